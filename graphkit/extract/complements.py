"""Infinitives the parser hung as purposes where they are complements: in "the militia threatened on Sunday to
attack American forces", spaCy sometimes reads "to attack" as an adverbial clause of purpose (advcl), as if the
militia threatened in order to attack; so the attack was told as done and the threat had no target.

``repair_complements`` relabels, in place, such an infinitive as the open complement (xcomp) it is, when its verb
is one that takes an infinitive (cues ``infinitive_taking_verbs``: "threaten", "vow", "refuse", "vote"), has no
object or particle of its own ("offered aid to Turkey to assist", "set up a team to investigate" keep their
purposes), and the infinitive follows it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphkit.extract.context import infinitive
from graphkit.extract.deps import ADVERBIAL_CLAUSES, DATIVES, DIRECT_OBJECTS, PARTICLES
from graphkit.vocabulary import cue_words

INFINITIVE_TAKING = cue_words("infinitive_taking_verbs")
OPEN_COMPLEMENT = "xcomp"


def repair_complements(doc: Doc) -> Doc:
    """The doc with each infinitive misread as the purpose of an infinitive-taking verb made its complement."""
    for token in doc:
        verb = token.head
        if (
            token.dep_ in ADVERBIAL_CLAUSES
            and token.i > verb.i
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in INFINITIVE_TAKING
            and infinitive(token)
            and not any(c.dep_ in DIRECT_OBJECTS | DATIVES | PARTICLES for c in verb.children)
        ):
            token.dep_ = OPEN_COMPLEMENT
    return doc

"""Events expressed by a verb of the lexicon: "Russia attacked Ukraine", "Iran refused to supply arms".

One generator, ``verbal_sites``, yields a ``Site`` per event verb with its subjects and objects,
found by the patterns of ``arguments``: active, passive, ditransitive, prepositional, control,
complement targets ("threatened to break relations with Russia") and reciprocal subjects.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.arguments import complement_targets, givers, objects_of, subjects_of, verb_key
from graphkit.extract.context import asserted
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.sites import Site

DIRECT_CONFIDENCE = 0.8  # subject and object straight from the verb
COMPLEMENT_CONFIDENCE = 0.7  # the target comes from the clause the verb governs
RECIPROCAL_CONFIDENCE = 0.7  # "A and B agreed": each is the other's target


def relation_of(verb: Token, lexicon: Lexicon) -> Relation | None:
    """The relation a verb expresses: by lemma and particle ("blow up"), else by lemma."""
    if verb.pos_ != "VERB":
        return None
    return lexicon.verb(verb_key(verb)) or lexicon.verb(verb.lemma_.lower())


def verbal_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A Site for every event verb whose clause asserts it (not "urged Iran to stop ...")."""
    for verb in doc:
        relation = relation_of(verb, lexicon)
        if relation is None or not asserted(verb, lambda t: relation_of(t, lexicon)):
            continue
        subjects = givers(verb) if relation.frame == "receive" else subjects_of(verb)
        objects, theme = objects_of(verb, relation)
        if not subjects:
            continue
        if objects:
            yield Site(verb, relation, tuple(subjects), tuple(objects), theme, "svo/2", DIRECT_CONFIDENCE)
            continue
        targets = complement_targets(verb, relation) if relation.complement else []
        if targets:
            yield Site(verb, relation, tuple(subjects), tuple(targets), theme, "control/1", COMPLEMENT_CONFIDENCE)
        elif relation.reciprocal:
            yield Site(verb, relation, tuple(subjects), (), theme, "reciprocal/1", RECIPROCAL_CONFIDENCE, reciprocal=True)

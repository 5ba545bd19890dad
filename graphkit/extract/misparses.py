"""Misparses of news that the rules after would read wrong, repaired in place before they read the Doc.

- An infinitive hung as a purpose where it is a complement: in "the militia threatened on Sunday to attack American
  forces", spaCy sometimes reads "to attack" as an adverbial clause of purpose (advcl), as if the militia
  threatened in order to attack; so the attack was told as done and the threat had no target. Such an infinitive
  is relabelled the open complement (xcomp) it is, when its verb takes one (cues ``infinitive_taking_verbs``:
  "threaten", "vow", "refuse", "vote"), has no object or particle of its own ("offered aid to Turkey to assist",
  "set up a team to investigate" keep their purposes), and the infinitive follows it.
- "Declared two Chilean diplomats persona non grata": the parser makes the diplomats the subject of a clause
  "persona non grata"; they are the object of "declared", and "persona" its predicate (cues
  ``unwelcome_phrases``), as "declared the ambassador an enemy" is parsed.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Token

from graphkit.extract.context import infinitive
from graphkit.extract.deps import ADVERBIAL_CLAUSES, DATIVES, DIRECT_OBJECTS, PARTICLES, PREPOSITIONS, SUBJECTS
from graphkit.vocabulary import cue_words

INFINITIVE_TAKING = cue_words("infinitive_taking_verbs")
UNWELCOME = cue_words("unwelcome_phrases")  # "declared two Chilean diplomats persona non grata"
DECLARING = cue_words("declaring_verbs")
OPEN_COMPLEMENT = "xcomp"
DIRECT_OBJECT = "dobj"
OBJECT_PREDICATE = "oprd"
AGENT = "agent"
BY = "by"


def repair_misparses(doc: Doc) -> Doc:
    """The doc with the misparses this module knows repaired."""
    repair_complements(doc)
    repair_unwelcome(doc)
    return doc


def repair_complements(doc: Doc) -> Doc:
    """The doc with each infinitive misread as the purpose of an infinitive-taking verb made its complement."""
    for token in with_values(doc, "DEP", ADVERBIAL_CLAUSES):
        verb = token.head
        if (
            token.i > verb.i
            and verb.pos_ in ("VERB", "AUX")
            and verb.lemma_.lower() in INFINITIVE_TAKING
            and infinitive(token)
            and not any(c.dep_ in DIRECT_OBJECTS | DATIVES | PARTICLES for c in verb.children)
        ):
            token.dep_ = OPEN_COMPLEMENT
    return doc


def with_values(doc: Doc, attr: str, values: frozenset[str]) -> list[Token]:
    """The tokens whose ``attr`` is one of ``values``, read from the Doc's array as it is now (not the memo of
    ``doc_index``, which a repair would leave stale)."""
    column = doc.to_array(attr)
    wanted = numpy.array([doc.vocab.strings[v] for v in values], dtype=column.dtype)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(column, wanted))]


def repair_unwelcome(doc: Doc) -> Doc:
    """The doc with "declared X persona non grata" parsed with X the object of "declared" (cues
    ``unwelcome_phrases``)."""
    for phrase in UNWELCOME:
        words = phrase.split()
        for token in with_values(doc, "LOWER", frozenset(words[:1])):
            end = token.i + len(words)
            if end > len(doc) or [t.lower_ for t in doc[token.i : end]] != words:
                continue
            verb = token.head
            if verb.lemma_.lower() not in DECLARING or verb.i > token.i:
                continue  # "declared ... persona non grata" (not "a persona non grata in Lima")
            declared = [s for s in token.children if s.dep_ in SUBJECTS and s.i < token.i]
            for person in declared:  # "declared [two Chilean diplomats persona] non grata": a clause's subject
                person.head, person.dep_ = verb, DIRECT_OBJECT
            token.dep_ = OBJECT_PREDICATE
            for by in [c for c in token.children if c.dep_ in PREPOSITIONS and c.lower_ == BY]:
                by.head, by.dep_ = verb, AGENT  # "were declared persona non grata by Bolivia"
    return doc


def declared_unwelcome(verb: Token) -> bool:
    """Whether a verb declares its object unwelcome, an expulsion: "declared two Chilean diplomats persona non
    grata" (as repaired by ``repair_unwelcome``)."""
    if verb.lemma_.lower() not in DECLARING:
        return False
    doc = verb.doc
    for predicate in (c for c in verb.children if c.dep_ == OBJECT_PREDICATE):
        if any(doc[predicate.i : predicate.i + len(p.split())].text.lower() == p for p in UNWELCOME):
            return True
    return False

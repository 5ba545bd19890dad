"""Events expressed by a noun: "Russia's invasion of Ukraine", "US aid to Ukraine", "imposed sanctions on Iran".

Two patterns, one generator (``nominal_sites``):

- a light verb with an event noun as object ("held talks with", "imposed sanctions on", "launched
  an attack on"): the verb's subject acts, the noun's (or the verb's) prepositional object undergoes;
- a bare event noun whose actor is a modifier or "by X" ("Russia's invasion of Ukraine", "US aid to
  Ukraine", "the invasion of Ukraine by Russia").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.arguments import Argument, children, prep_objects, subjects_of, verb_key, with_conjuncts
from graphkit.extract.deps import ACTOR_MODIFIERS, DIRECT_OBJECTS, NOUN_MODIFIERS
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.mentions import actor_of, entity_of
from graphkit.extract.sites import Site

LIGHT_CONFIDENCE = 0.75
NOMINAL_CONFIDENCE = 0.6
TARGET_PREPS = ("against", "on", "with", "to", "into", "of")  # "sanctions on", "attack against", "aid to"


def noun_relation(noun: Token, lexicon: Lexicon) -> Relation | None:
    """The relation an event noun expresses; "hunger strike" is looked up before "strike"."""
    if noun.pos_ != "NOUN":
        return None
    for modifier in children(noun, NOUN_MODIFIERS):
        relation = lexicon.noun(f"{modifier.lemma_.lower()} {noun.lemma_.lower()}")
        if relation is not None:
            return relation
    return lexicon.noun(noun.lemma_.lower()) or lexicon.noun(noun.lower_)


def noun_targets(noun: Token, relation: Relation) -> list[Argument]:
    """Who an event noun is done to: "sanctions on Russia", "invasion of Ukraine", "suspension of links with Serbia"."""
    preps = tuple(dict.fromkeys((*relation.preps, *TARGET_PREPS)))
    if relation.frame == "transfer":
        preps = ("to", "for")
    found = [Argument(t) for t in prep_objects(noun, preps) if actor_of(t)]
    if not found:  # one noun deeper: "a suspension of air links with Serbia"
        inner = [o for o in prep_objects(noun, ("of",)) if not actor_of(o)]
        found = [Argument(t, 1) for o in inner for t in prep_objects(o, relation.preps or TARGET_PREPS) if actor_of(t)]
    return [Argument(t, a.steps) for a in found for t in with_conjuncts([a.token])]


def noun_actors(noun: Token) -> list[Argument]:
    """Who does what a noun names: its actor modifier ("Russia's", "US") or "by X"."""
    modifiers = [c for c in noun.children if c.dep_ in ACTOR_MODIFIERS and entity_of(c) is not None]
    by = [t for t in prep_objects(noun, ("by",)) if actor_of(t)]
    return [Argument(t, 1) for t in with_conjuncts(modifiers + by)]


def nominal_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A Site for every event noun with an actor on each side (or coordinated actors, if reciprocal)."""
    for noun in doc:
        relation = noun_relation(noun, lexicon)
        if relation is None:
            continue
        head = noun.head
        targets = noun_targets(noun, relation)
        if noun.dep_ in DIRECT_OBJECTS and head.pos_ == "VERB" and lexicon.is_light(verb_key(head), relation):
            subjects = subjects_of(head)
            targets = targets or [Argument(t) for t in prep_objects(head, relation.preps) if actor_of(t)]
            if subjects and targets:
                yield Site(head, relation, tuple(subjects), tuple(targets), None, "light/1", LIGHT_CONFIDENCE)
            elif subjects and relation.reciprocal:
                yield Site(head, relation, tuple(subjects), (), None, "reciprocal/1", LIGHT_CONFIDENCE, reciprocal=True)
            continue
        actors = noun_actors(noun)
        targets = [t for t in targets if all(t.token.i != a.token.i for a in actors)]
        if actors and targets:
            yield Site(noun, relation, tuple(actors), tuple(targets), None, "nominal/1", NOMINAL_CONFIDENCE)

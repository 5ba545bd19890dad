"""Protests told by the force that meets them: "police fired tear gas at thousands of protesters outside parliament in
Tbilisi", "soldiers shot dead 38 anti-coup protesters in Yangon", or by the state that gives in to them. The crowd
named by its noun of protest protested there, against the place's government (or, where no place is named, its own
country's), as a crowd that rallies there does; the act of force makes its own claim."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.actors import is_collective, names_actor
from graphkit.extract.arguments import holders, places_of, subjects_of
from graphkit.extract.deps import (
    ADVERBIAL_CLAUSES,
    CLAUSAL_MODIFIERS,
    DIRECT_OBJECTS,
    GERUND,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    PASSIVE_SUBJECTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
)
from graphkit.extract.event_nouns import PROTEST
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.protests import PROTESTERS, away, crowd_home
from graphkit.extract.restrictions import own_state
from graphkit.extract.sites import Filler, Site
from graphkit.extract.tree import among, children, prep_objects
from graphkit.extract.verbal import POLICE, PROTEST_VERB, VIOLENCE
from graphkit.extract.verbs import verb_types
from graphkit.extract.when_where import MISSIONS

FACED_CROWD_PATTERN = "faced-crowd/1"
YIELDING = frozenset({"CONCEDE"})  # a state that gives in to a crowd faces it: "gave in to students who protested"
CONFIDENCE = 0.6


def faced_crowd_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A protest by each crowd of protesters an act of force is done to, where the act or the crowd is."""
    relation = lexicon.verb(PROTEST_VERB)
    if relation is None:
        return
    for crowd in doc:
        if crowd.pos_ != "NOUN" or (crowd.lower_ not in PROTESTERS and not protesting(crowd)):
            continue
        act = meeting_force(crowd)
        if act is None or away([crowd]):
            continue
        places = places_of(act) or places_of(counted_by(crowd)) or places_of(crowd)
        targets = missions_faced(crowd, act, relation) or places or crowd_home([crowd]) or policing_state(act)
        if targets:
            fillers = tuple(Filler(t, 2) for t in targets)
            yield Site(crowd, relation, (Filler(crowd, 1),), fillers, None, FACED_CROWD_PATTERN, CONFIDENCE)


def missions_faced(crowd: Token, act: Token, relation: Relation) -> list[Token]:
    """The states whose embassy a crowd is at (cues ``diplomatic_missions``), by the crowd, its participle or the act
    that meets it: "dispersed protesters outside the Ugandan embassy in Nairobi", "activists rallying outside the US
    embassy" protest against Uganda and the US, as a crowd that rallies there does."""
    at = [crowd, act, *children(crowd, CLAUSAL_MODIFIERS | RELATIVE_CLAUSES)]
    missions = [o for t in at for o in prep_objects(t, relation.preps) if o.lemma_.lower() in MISSIONS]
    return [h for o in missions for h in ([o] if names_actor(o) else holders(o))]


def protesting(people: Token) -> bool:
    """Whether people are named with a participle of protest right after them: "dispersed students marching on
    parliament", "arrested workers striking for higher pay" (the parser may hang it on the verb); or before them
    ("beat up striking nurses"), or with a clause of protest ("gave in to students who had been protesting")."""
    told = [c for c in people.children if c.dep_ in RELATIVE_CLAUSES or (c.dep_ in NOUN_MODIFIERS and c.tag_ == GERUND)]
    if any(PROTEST in verb_types(c) for c in told):
        return True
    if people.i + 1 >= len(people.doc):
        return False
    participle = people.doc[people.i + 1]
    on_people = participle.head.i == people.i and participle.dep_ in CLAUSAL_MODIFIERS
    on_verb = participle.head.i == people.head.i and participle.dep_ in ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS
    return participle.tag_ == GERUND and (on_people or on_verb) and PROTEST in verb_types(participle)


def policing_state(act: Token) -> list[Token]:
    """The state whose police met a crowd no place or people's name places ("Georgian riot police dispersed
    protesters outside parliament"), or the place of the police: police act at home, where an army may not."""
    if YIELDING.intersection(verb_types(act)):  # "Ghana's government gave in to students who had been protesting"
        return own_state(act)
    police = [f.token for f in subjects_of(act) if among([f.token], POLICE)]
    # "police in Colombo dispersed students marching on parliament": where the police are
    return (own_state(act) or [p for t in police for p in places_of(t)]) if police else []


def counted_by(crowd: Token) -> Token:
    """The noun that counts a crowd ("thousands of protesters"), or the crowd itself."""
    head = crowd.head
    if crowd.dep_ in PREP_OBJECTS and head.lower_ == "of" and is_collective(head.head):
        return head.head
    return crowd


def meeting_force(crowd: Token) -> Token | None:
    """The verb of an act of force, an arrest or a raid (``VIOLENCE``) done to a crowd: its object ("arrested dozens of
    demonstrators"), its passive subject ("protesters were dispersed"), or after a preposition ("fired tear gas at
    protesters", "cracked down on protesters")."""
    slot = counted_by(crowd)
    if slot.dep_ in DIRECT_OBJECTS | PASSIVE_SUBJECTS:
        verb = slot.head
    elif slot.dep_ in PREP_OBJECTS and slot.head.dep_ in PREPOSITIONS:
        verb = slot.head.head
    else:
        return None
    if verb.pos_ != "VERB" or not (VIOLENCE | YIELDING).intersection(verb_types(verb)):
        return None
    return verb

"""Protests told by the force that meets them: "police fired tear gas at thousands of protesters outside parliament in
Tbilisi", "soldiers shot dead 38 anti-coup protesters in Yangon". The crowd named by its noun of protest protested
there, against the place's government (or, where no place is named, its own country's), as a crowd that rallies
there does; the act of force makes its own claim."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.actors import is_collective
from graphkit.extract.arguments import places_of, subjects_of
from graphkit.extract.deps import DIRECT_OBJECTS, PASSIVE_SUBJECTS, PREP_OBJECTS, PREPOSITIONS
from graphkit.extract.lexicon import Lexicon
from graphkit.extract.protests import PROTESTERS, away, crowd_home
from graphkit.extract.restrictions import own_state
from graphkit.extract.sites import Filler, Site
from graphkit.extract.verbal import POLICE, PROTEST_VERB, VIOLENCE
from graphkit.extract.verbs import verb_types

FACED_CROWD_PATTERN = "faced-crowd/1"
CONFIDENCE = 0.6


def faced_crowd_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A protest by each crowd of protesters an act of force is done to, where the act or the crowd is."""
    relation = lexicon.verb(PROTEST_VERB)
    if relation is None:
        return
    for crowd in doc:
        if crowd.lower_ not in PROTESTERS or crowd.pos_ != "NOUN":
            continue
        act = meeting_force(crowd)
        if act is None or away([crowd]):
            continue
        places = places_of(act) or places_of(counted_by(crowd)) or places_of(crowd)
        targets = places or crowd_home([crowd]) or policing_state(act)
        if targets:
            fillers = tuple(Filler(t, 2) for t in targets)
            yield Site(crowd, relation, (Filler(crowd, 1),), fillers, None, FACED_CROWD_PATTERN, CONFIDENCE)


def policing_state(act: Token) -> list[Token]:
    """The state whose police met a crowd no place or people's name places ("Georgian riot police dispersed
    protesters outside parliament"): police act at home, where an army may not."""
    police = any(POLICE.intersection((f.token.lemma_.lower(), f.token.lower_)) for f in subjects_of(act))
    return own_state(act) if police else []


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
    if verb.pos_ != "VERB" or not VIOLENCE.intersection(verb_types(verb)):
        return None
    return verb

"""Concessions to the street: whom a state gives in to when it names no one, by the protests, demands or pressure it
followed. "The prime minister resigned after weeks of street protests", "the government scrapped the reform,
bowing to protests by students", "withdrew the bill after protesters stormed parliament" concede to those who
protested (CAMEO 083, "accede to demands"; PLOVER CONCEDE), or to the state's own public when no one is named, as
event coders code a government that yields at home."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.actors import names_actor, unnamed
from graphkit.extract.arguments import AUTHOR_PREPS, authors, places_of, subjects_of
from graphkit.extract.deps import (
    ADVERBIAL_CLAUSES,
    AGENTS,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    DIRECT_OBJECTS,
    MARKERS,
    PREP_OBJECTS,
    PREPOSITIONS,
)
from graphkit.extract.event_nouns import CROWDS, noun_relation
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.restrictions import own_state
from graphkit.extract.sites import Filler
from graphkit.extract.tree import among, children, prep_objects, with_conjuncts, with_counted
from graphkit.extract.verbs import verb_keys
from graphkit.types import PUBLIC_PATTERN
from graphkit.vocabulary import cue_words

PRESSURE_PATTERN = "pressure/1"  # the pattern of a concession to who pressed for it
CONCEDE = "concede"  # the lexicon's verb whose relation a concession under pressure takes
PROTEST = "PROTEST"
CONCEDE_TYPE = "CONCEDE"
PRESSURED = cue_words("pressured_verbs")  # "resigned", "scrapped", "withdrew": given up under pressure
PRESSURE_PREPS = cue_words("pressure_preps")  # "after", "amid", "under": what a concession followed
PRESSURE_FRAMES = cue_words("pressure_frames")  # "in the face of", "in the wake of": a cause through its noun
PRESSURE_NOUNS = cue_words("pressure_nouns")  # "pressure", "unrest", "demands": what a state gives in to
YIELDING = cue_words("yielding_verbs")  # "bowing to weeks of protests"
IN = "in"  # "in the face of protests", through a noun of ``PRESSURE_FRAMES``
# "protests by students", "pressure from the opposition", "demands of miners"
MAKER_PREPS = (*AUTHOR_PREPS, "of")


def pressured_concession(verb: Token, keys: tuple[str, ...], lexicon: Lexicon) -> Relation | None:
    """A concession, for a verb of giving up (cues ``pressured_verbs``) done under pressure from protests or
    demands, that acts on no actor: "resigned after weeks of protests", "scrapped the reform, bowing to protests";
    not "withdrew its troops after protests" (a retreat), nor "resigned after the scandal"."""
    if keys[0] not in PRESSURED or not causes(verb, lexicon):
        return None
    wheres = [p for p in children(verb, PREPOSITIONS) if p.lower_ not in PRESSURE_PREPS | {IN}]  # not "in May"
    taken = [*children(verb, DIRECT_OBJECTS), *(o for p in wheres for o in children(p, PREP_OBJECTS))]
    if any(names_actor(t) or unnamed(t) for t in taken):
        return None  # "withdrew its ambassador", "pulled out of Iraq": acts on someone
    return lexicon.verb(CONCEDE)


def pressurers(verb: Token, lexicon: Lexicon) -> tuple[list[Filler], str]:
    """Whom a concession that names no one gives in to: who made the protests, demands or pressure it followed
    ("protests by students", "after protesters stormed parliament", "under US pressure"), else where they were
    ("protests in Tbilisi"), else the public of the state that gave in ("the Armenian prime minister resigned
    after weeks of street protests"); with the pattern that says which (the public: ``PUBLIC_PATTERN``)."""
    pressing = causes(verb, lexicon)
    found = [t for cause in pressing for t in makers(cause, lexicon)]
    if found or not pressing:
        return [Filler(t, 2) for t in found], PRESSURE_PATTERN
    places = [p for cause in pressing for p in places_of(cause)]
    return [Filler(t, 2) for t in places or own_state(verb)], PUBLIC_PATTERN


def causes(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The protests, demands or pressure a verb followed or bowed to: the noun after "after", "amid", "under",
    "in the face of" (through measures: "after weeks of protests"; on the verb or, as the parser may hang it, on
    its object), the noun a participle of yielding bows to ("bowing to street protests"), or the clause of a
    protest or a crowd's act ("after protesters stormed parliament", "after protests spread")."""
    found = []
    shared = [p for c in verb.conjuncts if c.i > verb.i for p in children(c, PREPOSITIONS)]  # "resigned and fled after"
    for prep in [
        *shared,
        *children(verb, PREPOSITIONS),
        *(p for o in children(verb, DIRECT_OBJECTS) for p in children(o, PREPOSITIONS)),
    ]:
        word = prep.lower_
        for thing in children(prep, PREP_OBJECTS):
            if word == IN and thing.lemma_.lower() in PRESSURE_FRAMES:  # "in the face of mass protests"
                found += [c for o in prep_objects(thing, ("of", "to")) for c in measured(o) if cause_of(c, lexicon)]
            elif word in PRESSURE_PREPS:
                found += [c for c in measured(thing) if cause_of(c, lexicon)]
    for clause in children(verb, ADVERBIAL_CLAUSES):
        if clause.lemma_.lower() in YIELDING:  # "bowing to the biggest protests since 1989"
            found += [c for t in prep_objects(clause, ("to",)) for c in measured(t) if cause_of(c, lexicon)]
        marked = any(m.lower_ in PRESSURE_PREPS for m in children(clause, MARKERS))
        if marked and crowd_act(clause, lexicon):  # "after protesters stormed parliament"
            found.append(clause)
    return found


def measured(thing: Token) -> list[Token]:
    """A noun and what its "of" phrases measure, two deep: "protests" in "weeks of protests", "a wave of mass
    rallies", "three nights of protests"."""
    inner = prep_objects(thing, ("of",))
    return [thing, *inner, *(o for i in inner for o in prep_objects(i, ("of",)))]


def cause_of(thing: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names what a state gives in to: a protest ("protests", "a general strike", "rallies") or
    pressure, unrest, demands (cues ``pressure_nouns``)."""
    if thing.pos_ != "NOUN":
        return False
    if thing.lemma_.lower() in PRESSURE_NOUNS:
        return True
    relation = noun_relation(thing, lexicon)
    return relation is not None and relation.event_type == PROTEST


def crowd_act(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause tells what a crowd did ("protesters stormed parliament") or what protests did ("protests
    spread across the country")."""
    doers = with_counted([f.token for f in subjects_of(clause)])
    return among(doers, CROWDS) or any(cause_of(d, lexicon) for d in doers)


def makers(cause: Token, lexicon: Lexicon) -> list[Token]:
    """Who made a protest, demand or pressure, or the crowd of a clause: "protests by students", "students'
    protests", "student protests", "protests led by Maia Sandu", "pressure from the opposition", "US pressure",
    "protesters" of "after protesters stormed parliament"."""
    if cause.pos_ == "VERB":  # "after protesters stormed parliament"; "after protests spread": by whom, they say
        doers = [f.token for f in subjects_of(cause)]
        return [t for d in doers for t in ([d] if names_actor(d) or unnamed(d) else makers(d, lexicon))]
    found = authors(cause)
    found += [o for o in prep_objects(cause, MAKER_PREPS) if o not in found and (names_actor(o) or unnamed(o))]
    found += [c for c in children(cause, COMPOUNDS) if names_actor(c) or unnamed(c)]
    led = [
        a for v in children(cause, CLAUSAL_MODIFIERS) for p in children(v, AGENTS) for a in children(p, PREP_OBJECTS)
    ]
    return found + [a for a in with_conjuncts(led) if names_actor(a)]


def yielding_state(cause: Token, lexicon: Lexicon) -> list[Token]:
    """The state named with whoever gave in to protests told by their noun alone: "Armenian" of "the Armenian prime
    minister resigned after weeks of protests" (``cause``: the protests' noun, or the measure that counts them,
    "weeks")."""
    prep = cause.head
    verb = prep.head if prep.dep_ in PREPOSITIONS else prep
    verb = verb.head if verb.pos_ == "NOUN" else verb  # "suspended the fare rise after protests": hung on its object
    verb = verb.head if verb.lemma_.lower() in YIELDING and verb.dep_ in ADVERBIAL_CLAUSES else verb  # "bowing to"
    if verb.pos_ != "VERB" or not any(c.i in {t.i for t in cause.subtree} for c in causes(verb, lexicon)):
        return []
    keys = verb_keys(verb)
    conceding = any((r := lexicon.verb(k)) is not None and r.event_type == CONCEDE_TYPE for k in keys)
    return own_state(verb) if conceding or pressured_concession(verb, keys, lexicon) is not None else []

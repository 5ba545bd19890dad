"""Where a crowd protests and against whom, when it names no one: "thousands of Venezuelans rallied in Caracas"
protest against the government of the place, "took to the streets of Havana" is a protest, and a diaspora's
protest in a foreign capital is against no one there."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphkit.extract.actors import actors, is_group
from graphkit.extract.arguments import PLACE_PREPS, names_place, place_named, place_of_part, places_of, subjects_of
from graphkit.extract.cameo import ENTRY_PREPS
from graphkit.extract.deps import (
    ADVERBIAL_CLAUSES,
    ADVERBS,
    BASE_FORM,
    CLAUSAL_MODIFIERS,
    DETERMINERS,
    DIRECT_OBJECTS,
    NOMINALS,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    STATE_LABELS,
    SUBJECTS,
)
from graphkit.extract.event_nouns import CROWDS, protest_noun
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.peoples import PEOPLE_LABEL
from graphkit.extract.tree import among, children, prep_objects, with_counted
from graphkit.extract.verbs import verb_keys
from graphkit.nlp.country_names import country_names
from graphkit.vocabulary import cue_sequence, cue_words

COMPLAIN = "complain"  # the lexicon's verb of a complaint, whose relation a state's protest takes
STATE_BODIES = cue_words("state_bodies")  # "the government"
DIASPORA = cue_words("diaspora_nouns")  # "Tibetan exiles protested in New Delhi": not against India
PROTEST_IDIOMS = cue_words("protest_idioms")  # "took to the streets": a protest
STRIKE_IDIOMS = cue_words("strike_idioms")  # "nurses walked out over pay": a strike
WORKPLACES = cue_words("workplaces")  # "doctors walked out of hospitals": a strike
TAKEOVERS = cue_words("takeover_verbs")  # "protesters occupied the parliament": a protest
TAKEOVER_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE"})  # what taking a place is read as when armed men take it
IDIOM_VERBS = frozenset(idiom.split()[0] for idiom in PROTEST_IDIOMS | STRIKE_IDIOMS)  # "take", "walk", "down"
PROCESSION_PREPS = cue_sequence("procession_preps")  # "marched through Nairobi": the protest is in Nairobi
GATHERING = cue_words("gathering_verbs")  # "protesters gathered outside the US embassy": a rally
GATHERED_FOR = frozenset({"DISAPPROVE", "DEMAND", "PROTEST"})  # "turned out to denounce corruption": a protest
TO = "to"
PROTESTERS = cue_words("protester_nouns")  # who gather as a protest
PURPOSES = ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS  # "boycotted courts to protest": what a clause is done for
DETENTION = cue_words("detention_places")  # "prisoners in Israeli jails": Israel holds them
UNREST_PREPS = cue_words("unrest_preps")  # "after weeks of protests in Yerevan": the protests took place
YIELDING = cue_words("yielding_verbs")  # "bowing to months of protests": the protests took place
CROWDLESS_PATTERN = "crowdless/1"  # the pattern of a protest told by its noun alone, by the public of its place


def street_protest(verb: Token) -> bool:
    """Whether a verb and the place it goes to say a crowd protests (cues ``protest_idioms``): "took to the streets
    of Havana", "poured into the streets", "walked off the job"; or its particle or object say workers strike (cues
    ``strike_idioms``): "nurses walked out over pay", "downed tools"; not "walked out of the talks", nor a state or
    a party that walks out ("Peru walked out, accusing Chile ..."); or protesters gather (cues ``gathering_verbs``,
    ``protester_nouns``): "protesters gathered outside the US embassy"."""
    lemma = verb.lemma_.lower()
    if GATHERING.intersection((*verb_keys(verb)[:1], lemma)):
        protesters = among(with_counted([f.token for f in subjects_of(verb)]), PROTESTERS)
        return protesters or gathered_against(verb)
    if lemma not in IDIOM_VERBS:
        return False
    said = [f"{lemma} {c.lower_}" for c in children(verb, PARTICLES | ADVERBS)]  # "walked out": a particle or an adverb
    said += [f"{lemma} {o.lemma_.lower()}" for o in children(verb, DIRECT_OBJECTS)]
    said += [k for k in verb_keys(verb) if " " in k]  # "walked out of hospitals", "out" read as a preposition
    # "walked out of hospitals" strike, "walked out of the talks" do not (cues ``workplaces``)
    left = [o for h in (verb, *children(verb, PREPOSITIONS)) for o in prep_objects(h, ("of",))]
    if STRIKE_IDIOMS.intersection(said) and all(o.lemma_.lower() in WORKPLACES for o in left):
        return any(f.token.pos_ == "NOUN" for f in subjects_of(verb))  # people, not a state or a party
    return any(
        f"{lemma} {p.lower_} the {o.lemma_.lower()}" in PROTEST_IDIOMS
        for p in children(verb, PREPOSITIONS)
        for o in children(p, PREP_OBJECTS)
    )


def gathered_against(verb: Token) -> bool:
    """Whether people gather or turn out to criticize or demand (cues ``gathering_verbs``): "thousands turned out in
    Asuncion to denounce corruption"; not "gathered to mourn the victims"."""
    purposes = [c for c in children(verb, PURPOSES) if c.tag_ == BASE_FORM and any(m.lower_ == TO for m in c.children)]
    crowd = any(f.token.pos_ in ("NOUN", "NUM") for f in subjects_of(verb))  # people, not a state
    lexicon = lexicon_of(verb.doc)  # the lexicon's own verbs: not the dictionary's "mourn"
    listed = [r.event_type for c in purposes for r in map(lexicon.verb, verb_keys(c)) if r is not None]
    return crowd and bool(GATHERED_FOR.intersection(listed))


def people_named(token: Token) -> bool:
    """Whether a people's name stands alone for people of it: "Kenyans", "thousands of Georgians"; not "the
    Iranians" (a side) nor "Kenyan" (a modifier)."""
    bare = not any(c.dep_ in DETERMINERS for c in token.children)
    return token.ent_type_ == PEOPLE_LABEL and token.pos_ in NOMINALS and bare


def names_state(token: Token) -> bool:
    """Whether a token names a state or its government (see ``by_authority``); not a people ("Palestinians")."""
    return (token.ent_type_ in STATE_LABELS and not people_named(token)) or token.lemma_.lower() in STATE_BODIES


def by_crowd(verb: Token) -> bool:
    """Whether a verb's subject is a crowd (cues ``crowd_nouns``), or counts one: "Bangladeshi workers", "about
    200 supporters of Ben Bella", "thousands of Georgians"; not "Egyptian police"."""
    crowd = with_counted([f.token for f in subjects_of(verb)])
    return among(crowd, CROWDS) or any(map(people_named, crowd))


def protest_places(verb: Token, climb: bool = True) -> list[Token]:
    """Where a protest is: "rallied in Caracas", "marched through Nairobi", "marched through the centre of Algiers",
    "took to the streets of Havana", "staged a strike near Seoul", or where the crowd is ("students in Dhaka staged a
    sit-in")."""
    parts = [o for p in children(verb, PREPOSITIONS) for o in children(p, PREP_OBJECTS)]
    ways = [o for o in prep_objects(verb, PROCESSION_PREPS) if names_place(o)]
    found = places_of(verb) or ways or [t for o in parts for t in place_of_part(o)]
    # "staged a strike near Seoul": where the protest its object names is
    protests = [o for o in children(verb, DIRECT_OBJECTS) if protest_noun(o)]
    found = found or [t for o in protests for t in places_of(o)]
    # where the crowd is: "students in Dhaka", "workers at state-owned mines in Zambia"; or whose people they are:
    # "residents of Antananarivo"
    crowd = [f.token for f in subjects_of(verb)]
    found = found or [t for c in crowd for t in places_of(c)]
    found = found or [o for c in crowd if is_group(c) for o in prep_objects(c, ("of",)) if names_place(o)]
    if not found and climb and verb.dep_ in PURPOSES and verb.head.i != verb.i:  # "boycotted courts in Lahore to
        # protest against ...": where what it is done by is done (one clause up only)
        head = verb.head
        found = protest_places(head, climb=False) or [t for o in children(head, DIRECT_OBJECTS) for t in places_of(o)]
        found = found or [o for o in prep_objects(head, ENTRY_PREPS) if names_place(o)]  # "drove tractors into
        # Dublin to protest": where the crowd came; not "blocked highways into New Delhi in protest"
    return found


def taken_by_crowd(verb: Token, event_type: str) -> list[Token]:
    """Against whom a crowd protests that takes, storms or burns a place no one is named for: where the crowd or the
    act is, else the crowd's own country ("demonstrators in Abuja torched a police station", "Kenyan protesters
    stormed the parliament building"); none for people away from home (cues ``takeover_verbs``)."""
    if event_type not in TAKEOVER_TYPES or verb.lemma_.lower() not in TAKEOVERS or not by_crowd(verb) or abroad(verb):
        return []
    return protest_places(verb) or home_of(verb) if children(verb, DIRECT_OBJECTS) else []


def home_of(verb: Token) -> list[Token]:
    """Whose people protest, when neither a target nor a place is named: "Zimbabwean teachers went on strike",
    "Nigeria's unions launched a strike" protest against their own country's government, as event coders code a
    crowd's protest at home. Only people named by their noun (a state or a party that protests complains) and of a
    country ("European farmers" have none), not people somewhere a place names; people held in a state's jails
    protest against their keeper ("Palestinian prisoners in Israeli jails began a hunger strike": against Israel)."""
    return crowd_home([f.token for f in subjects_of(verb)])


def crowd_home(crowds: list[Token]) -> list[Token]:
    """The country of people named by their noun, or where a place says they are, or the state that holds them
    (see ``home_of``)."""
    found = []
    for crowd in crowds:
        people = with_counted([crowd])  # "hundreds of Palestinian prisoners in Israeli jails"
        held = [keeper for p in people for keeper in keepers(p)]
        found += held or [t for p in people for t in places_of(p)]  # "textile workers in Haiti": there
        if held or any(prep_objects(p, PLACE_PREPS) for p in people):
            continue
        found += [
            span.root
            for span, qualifier in (actors(crowd) if crowd.pos_ == "NOUN" or crowd.is_lower else [])  # "teachers union"
            if qualifier is not None and state_name(span)
        ]
        # "thousands of Israelis": a people's name alone is people of its country
        found += [span.root for p in people if people_named(p) for span, _ in actors(p) if state_name(span)]
    return found


def keepers(people: Token) -> list[Token]:
    """The states whose jails, prisons or custody people are in (cues ``detention_places``): "Israeli" in
    "prisoners in Israeli jails"."""
    holding = [people, *children(people, CLAUSAL_MODIFIERS)]  # "prisoners held in Israeli jails"
    places = [o for t in holding for o in prep_objects(t, ("in",)) if o.lemma_.lower() in DETENTION]
    return [span.root for o in places for span, _ in actors(o) if state_name(span)]


def state_name(span: Span) -> bool:
    """Whether a span names a country, or its people by their adjective."""
    return span.label_ in STATE_LABELS and span.text.lower() in country_names()


def abroad(verb: Token) -> bool:
    """Whether the verb's subjects live away from home (cues ``diaspora_nouns``): "Tibetan exiles protested in New
    Delhi" protest against no one in New Delhi."""
    return away([f.token for f in subjects_of(verb)])


def away(crowds: list[Token]) -> bool:
    """Whether people live away from home (see ``abroad``)."""
    return among(with_counted(crowds), DIASPORA)


def crowd_scene(protest: Token, crowds: list[Token]) -> list[Token]:
    """Against whom a protest noun's crowd protests when it names no one: where the protest or the crowd is ("protests
    by Thai opposition supporters in Bangkok"), else the crowd's own country or keeper ("a hunger strike by Kenyan
    students"), unless another acts on the protest ("police broke up a rally by Moldovan students": where, no one
    says); none for people away from home."""
    if away(crowds):
        return []
    found = places_of(protest) or [t for c in crowds for t in places_of(c)]
    acted_on = protest.dep_ in DIRECT_OBJECTS | PASSIVE_SUBJECTS
    return found or ([t for c in crowds for t in keepers(c)] if acted_on else crowd_home(crowds))


def crowdless_scene(noun: Token, slot: Token, held: bool = False) -> tuple[Token, list[Token]] | None:
    """Where a protest told by its noun alone took place, and the word that tells it did: "protests erupted in
    Tbilisi" (the verb), "mass rallies swept Belgrade", "resigned after weeks of protests in Yerevan" (the noun);
    the place's public protests there, as a crowd that rallies there does. None when nothing says it took place
    ("banned a rally in Minsk", "protests are planned in Minsk") or where. ``slot`` is the noun or the measure
    that counts it ("weeks of protests"); ``held`` when a light verb of the protest says it was held ("rallies were
    held in several cities")."""
    head = slot.head
    doing = slot.dep_ in SUBJECTS or (held and slot.dep_ in PASSIVE_SUBJECTS)
    if doing and head.pos_ == "VERB" and head.i != slot.i:  # "protests erupted in Tbilisi"
        struck = [t for o in children(head, DIRECT_OBJECTS) if (t := place_named(o)) is not None]  # "swept Belgrade"
        return head, places_of(noun) or places_of(slot) or places_of(head) or struck
    yielded = head.lower_ == "to" and head.head.lemma_.lower() in YIELDING  # "bowing to months of protests"
    if slot.dep_ in PREP_OBJECTS and (head.lower_ in UNREST_PREPS or yielded):  # "after weeks of protests in Yerevan"
        return noun, places_of(noun) or places_of(slot)
    return None

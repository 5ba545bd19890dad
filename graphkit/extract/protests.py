"""Where a crowd protests and against whom, when it names no one: "thousands of Venezuelans rallied in Caracas"
protest against the government of the place, "took to the streets of Havana" is a protest, and a diaspora's
protest in a foreign capital is against no one there."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.actors import actors
from graphkit.extract.arguments import PLACE_PREPS, names_place, place_of_part, places_of, subjects_of
from graphkit.extract.deps import ADVERBS, DIRECT_OBJECTS, PARTICLES, PREP_OBJECTS, PREPOSITIONS, STATE_LABELS
from graphkit.extract.tree import children, prep_objects
from graphkit.nlp.country_names import country_names
from graphkit.vocabulary import cue_sequence, cue_words

DIASPORA = cue_words("diaspora_nouns")  # "Tibetan exiles protested in New Delhi": not against India
PROTEST_IDIOMS = cue_words("protest_idioms")  # "took to the streets": a protest
STRIKE_IDIOMS = cue_words("strike_idioms")  # "nurses walked out over pay": a strike
IDIOM_VERBS = frozenset(idiom.split()[0] for idiom in PROTEST_IDIOMS | STRIKE_IDIOMS)  # "take", "walk", "down"
PROCESSION_PREPS = cue_sequence("procession_preps")  # "marched through Nairobi": the protest is in Nairobi


def street_protest(verb: Token) -> bool:
    """Whether a verb and the place it goes to say a crowd protests (cues ``protest_idioms``): "took to the streets
    of Havana", "poured into the streets", "walked off the job"; or its particle or object say workers strike (cues
    ``strike_idioms``): "nurses walked out over pay", "downed tools"; not "walked out of the talks", nor a state or
    a party that walks out ("Peru walked out, accusing Chile ...")."""
    lemma = verb.lemma_.lower()
    if lemma not in IDIOM_VERBS:
        return False
    said = [f"{lemma} {c.lower_}" for c in children(verb, PARTICLES | ADVERBS)]  # "walked out": a particle or an adverb
    said += [f"{lemma} {o.lemma_.lower()}" for o in children(verb, DIRECT_OBJECTS)]
    if STRIKE_IDIOMS.intersection(said) and not prep_objects(verb, ("of",)):
        return any(f.token.pos_ == "NOUN" for f in subjects_of(verb))  # people, not a state or a party
    return any(
        f"{lemma} {p.lower_} the {o.lemma_.lower()}" in PROTEST_IDIOMS
        for p in children(verb, PREPOSITIONS)
        for o in children(p, PREP_OBJECTS)
    )


def protest_places(verb: Token) -> list[Token]:
    """Where a protest is: "rallied in Caracas", "marched through Nairobi", "marched through the centre of Algiers",
    "took to the streets of Havana", or where the crowd is ("students in Dhaka staged a sit-in")."""
    parts = [o for p in children(verb, PREPOSITIONS) for o in children(p, PREP_OBJECTS)]
    ways = [o for o in prep_objects(verb, PROCESSION_PREPS) if names_place(o)]
    found = places_of(verb) or ways or [t for o in parts for t in place_of_part(o)]
    # where the crowd is: "students in Dhaka", "workers at state-owned mines in Zambia"
    return found or [t for f in subjects_of(verb) for t in places_of(f.token)]


def home_of(verb: Token) -> list[Token]:
    """Whose people protest, when neither a target nor a place is named: "Zimbabwean teachers went on strike",
    "Nigeria's unions launched a strike" protest against their own country's government, as event coders code a
    crowd's protest at home. Only people named by their noun (a state or a party that protests complains) and of a
    country ("European farmers" have none), not people somewhere no place names ("Palestinian prisoners in Israeli
    jails": whose jails they are in)."""
    return [
        span.root
        for f in subjects_of(verb)
        if f.token.pos_ == "NOUN" and not prep_objects(f.token, PLACE_PREPS)
        for span, qualifier in actors(f.token)
        if qualifier is not None and span.label_ in STATE_LABELS and span.text.lower() in country_names()
    ]


def abroad(verb: Token) -> bool:
    """Whether the verb's subjects live away from home (cues ``diaspora_nouns``): "Tibetan exiles protested in New
    Delhi" protest against no one in New Delhi."""
    return any(
        t.lemma_.lower() in DIASPORA or t.lower_ in DIASPORA
        for f in subjects_of(verb)
        for t in (f.token, *prep_objects(f.token, ("of",)))
    )

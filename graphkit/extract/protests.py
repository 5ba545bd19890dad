"""Where a crowd protests and against whom, when it names no one: "thousands of Venezuelans rallied in Caracas"
protest against the government of the place, "took to the streets of Havana" is a protest, and a diaspora's
protest in a foreign capital is against no one there."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.arguments import place_of_part, places_of, subjects_of
from graphkit.extract.deps import PREP_OBJECTS, PREPOSITIONS
from graphkit.extract.tree import children, prep_objects
from graphkit.vocabulary import cue_words

DIASPORA = cue_words("diaspora_nouns")  # "Tibetan exiles protested in New Delhi": not against India
PROTEST_IDIOMS = cue_words("protest_idioms")  # "took to the streets": a protest


def street_protest(verb: Token) -> bool:
    """Whether a verb and the place it goes to say a crowd protests (cues ``protest_idioms``): "took to the streets
    of Havana", "poured into the streets"."""
    return any(
        f"{verb.lemma_.lower()} {p.lower_} the {o.lemma_.lower()}" in PROTEST_IDIOMS
        for p in children(verb, PREPOSITIONS)
        for o in children(p, PREP_OBJECTS)
    )


def protest_places(verb: Token) -> list[Token]:
    """Where a protest is: "rallied in Caracas", "marched through the centre of Algiers", "took to the streets of
    Havana", or where the crowd is ("students in Dhaka staged a sit-in")."""
    parts = [o for p in children(verb, PREPOSITIONS) for o in children(p, PREP_OBJECTS)]
    found = places_of(verb) or [t for o in parts for t in place_of_part(o)]
    return found or [t for f in subjects_of(verb) for t in places_of(f.token, within=False)]


def abroad(verb: Token) -> bool:
    """Whether the verb's subjects live away from home (cues ``diaspora_nouns``): "Tibetan exiles protested in New
    Delhi" protest against no one in New Delhi."""
    return any(
        t.lemma_.lower() in DIASPORA or t.lower_ in DIASPORA
        for f in subjects_of(verb)
        for t in (f.token, *prep_objects(f.token, ("of",)))
    )

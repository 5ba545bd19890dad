"""Verb keys: how an event verb is looked up in the lexicon, by lemma and particle ("blow up"), and by
the lemma a regular form should have had when the model gave another ("staged" -> "stage", not "stag")."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.deps import ADVERBS, DIRECT_OBJECTS, PARTICLES, PREP_OBJECTS, PREPOSITIONS
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, prep_objects
from graphkit.vocabulary import cue_words
from graphkit.vocabulary.cameo import cameo_dictionary

KEYS = "graphkit_verb_keys"  # the doc.user_data key of the verbs' keys
ADVERB_PARTICLES = cue_words("adverb_particles")  # "sent back", parsed as an adverb
REGULAR_ENDINGS = (("ed", ("e", "")), ("ing", ("e", "")), ("es", ("e", "")), ("s", ("",)))
VOWELS = frozenset("aeiou")


def verb_keys(verb: Token) -> tuple[str, ...]:
    """Keys to look a verb up by, best first: lemma with particle, lemma, then the lemma the
    model should have given a regular form when it gave another ("staged" -> "stage", not "stag").
    Worked out once per verb of a Doc (kept in ``doc.user_data``).
    """
    known: dict[int, tuple[str, ...]] = verb.doc.user_data.setdefault(KEYS, {})
    if verb.i not in known:
        known[verb.i] = keys_of(verb)
    return known[verb.i]


def light_keys(verb: Token) -> tuple[str, ...]:
    """The keys a light verb is looked up by: with a particle, only the verb with it ("carried out" an attack,
    but "called off" a strike is no strike called)."""
    keys = verb_keys(verb)
    with_particle = tuple(k for k in keys if " " in k)
    return with_particle or keys


def keys_of(verb: Token) -> tuple[str, ...]:
    lemma = verb.lemma_.lower()
    stems = [lemma]
    word = verb.lower_
    for ending, replacements in REGULAR_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems += [word[: -len(ending)] + r for r in replacements]
            stem = word[: -len(ending)]
            if stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                stems.append(stem[:-1])  # "teargassed" -> "teargas", where the model gave "teargasse"
    particles = children(verb, PARTICLES) or out_of(verb) or adverb_particle(verb)
    keys = [f"{stem} {particles[0].lower_}" for stem in stems] if particles else []
    return tuple(dict.fromkeys([*idioms(verb), *keys[:1], *stems[:1], *keys[1:], *stems[1:]]))


def idioms(verb: Token) -> list[str]:
    """The verb read whole with a bare noun after a preposition, where the lexicon lists it so: "took three
    suspects into custody", "put the editor behind bars" (lemma, preposition, noun)."""
    lexicon = lexicon_of(verb.doc)
    found = (
        f"{verb.lemma_.lower()} {p.lower_} {o.lower_}"
        for p in children(verb, PREPOSITIONS)
        if p.i > verb.i
        for o in children(p, PREP_OBJECTS)
        if all(c.dep_ in PREPOSITIONS for c in o.children)  # "to court over the landmines": bare, with its own "over"
    )
    return [key for key in found if lexicon.verb(key) is not None]


def adverb_particle(verb: Token) -> list[Token]:
    """ "back" parsed as an adverb after the verb but read as a particle: "sent back two migrants", "handed the
    islands back" (cues ``adverb_particles``)."""
    return [c for c in verb.children if c.i > verb.i and c.dep_ in ADVERBS and c.lower_ in ADVERB_PARTICLES][:1]


def out_of(verb: Token) -> list[Token]:
    """ "out" parsed as a preposition but read as a particle: "forced the agency out of the country", and so too
    where the parser hung it on the verb's object ("flushed Boko Haram fighters out of the forest")."""
    heads = [verb, *(o for o in verb.children if o.dep_ in DIRECT_OBJECTS)]
    return [
        c
        for h in heads
        for c in h.children
        if c.lower_ == "out" and c.dep_ in PREPOSITIONS and prep_objects(c, ("of",))
    ]


def verb_types(verb: Token) -> list[str]:
    """The event types a verb has out of context: the lexicon's, else the CAMEO dictionary's default codes'."""
    lexicon = lexicon_of(verb.doc)
    types = [r.event_type for r in map(lexicon.verb, verb_keys(verb)) if r is not None]
    return types or cameo_types(verb_keys(verb))


def phrasal_types(verb: Token) -> list[str]:
    """The CAMEO dictionary's default types of a verb with a particle the lexicon does not list, read whole:
    "called up reservists" mobilizes (CAMEO 150), where the lexicon's "call" asks."""
    key = verb_keys(verb)[0]
    if " " not in key or lexicon_of(verb.doc).verb(key) is not None:
        return []
    return cameo_types((key,))


def cameo_types(keys: tuple[str, ...]) -> list[str]:
    """The event types of the CAMEO dictionary's default codes of the verbs ``keys``."""
    cameo = cameo_dictionary()
    entries = (cameo.verb(key) for key in keys)
    codings = (cameo.coding(e.code) for e in entries if e is not None and e.code is not None)
    return [c.event_type for c in codings if c is not None]

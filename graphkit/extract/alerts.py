"""Forces put on alert: "placed its forces on high alert", "the army was put on standby", "Pakistan went on alert",
"raised the alert level of its air force" are a show of force (CAMEO 151-152, increase police or military alert
status; PLOVER MOBILIZE), against whom the alert answers, faces or warns (see ``verbal.confronted``)."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.deps import (
    DIRECT_OBJECTS,
    NOUN_MODIFIERS,
    PASSIVE_SUBJECTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    STATE_LABELS,
    SUBJECTS,
)
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, prep_objects
from graphkit.vocabulary import cue_sequence, cue_words

ALERT_NOUNS = cue_words("alert_nouns")  # "on high alert", "on standby", "on a war footing"
PLACING_VERBS = cue_words("alert_placing_verbs")  # "put", "placed", "went" on alert
RAISING_VERBS = cue_words("alert_raising_verbs")  # "raised", "heightened" the alert level
STATE_PREPS = cue_sequence("alert_preps")  # "on high alert", "in a state of alert"


def raises_alert(verb: Token) -> bool:
    """Whether a verb puts armed forces or a state on alert ("placed its navy on high alert", "the army was put on
    standby", "Pakistan went on alert"), or raises their alert ("raised the alert level of its air force", "Japan
    raised its alert status"); not hospitals or markets put on alert."""
    lemma = verb.lemma_.lower()
    if lemma in PLACING_VERBS:
        # "placed [its missile units on combat readiness]": the parser may hang the alert on the forces
        placed = [verb, *children(verb, DIRECT_OBJECTS)]
        states = [
            o
            for t in placed
            for p in children(t, PREPOSITIONS)
            if p.lower_ in STATE_PREPS
            for o in children(p, PREP_OBJECTS)
        ]
        states += [o for s in states for o in prep_objects(s, ("of",))]  # "in a state of alert"
        # "put troops on standby", the parser hanging "standby" on the verb, not on "on"
        states += [
            c for c in verb.children if c.i and c.doc[c.i - 1].lower_ in STATE_PREPS and c.doc[c.i - 1].head == verb
        ]
        if not any(alert(s) for s in states):
            return False
        alerted = children(verb, DIRECT_OBJECTS) or children(verb, PASSIVE_SUBJECTS) or children(verb, SUBJECTS)
        return any(armed(t) for t in alerted)
    if lemma in RAISING_VERBS:
        levels = [o for o in children(verb, DIRECT_OBJECTS) if alert(o)]
        whose = [*children(verb, SUBJECTS), *(o for level in levels for o in prep_objects(level, ("of",)))]
        return bool(levels) and any(armed(t) for t in whose)
    return False


def alert(thing: Token) -> bool:
    """Whether a noun is an alert, or a level of one: "alert", "standby", "the alert level", "combat readiness"."""
    return thing.lemma_.lower() in ALERT_NOUNS or any(
        m.lemma_.lower() in ALERT_NOUNS for m in children(thing, NOUN_MODIFIERS)
    )


def armed(thing: Token) -> bool:
    """Armed forces or police (the lexicon's ``military_nouns``), those of its arms of war (``military_arms``: "its
    missile units", "air defences"), or a state named: "its navy", "Pakistan"."""
    lexicon = lexicon_of(thing.doc)
    forces = lexicon.military_nouns
    return (
        thing.lemma_.lower() in forces
        or thing.lower_ in forces  # "troops", whose lemma "troop" the lexicon does not list
        or thing.ent_type_ in STATE_LABELS
        or any(m.lower_ in forces or m.lemma_.lower() in lexicon.military_arms for m in children(thing, NOUN_MODIFIERS))
    )

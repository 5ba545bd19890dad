"""Whom a show of force is meant for when it names no target: whom it warns ("as a warning to Iran", "in a show of
force aimed at Pyongyang") or faces ("along its border with Armenia", "amid tension with Azerbaijan"), for a verb
("deployed troops") and for an event noun a light verb carries ("declared a general mobilisation")."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.actors import names_actor
from graphkit.extract.arguments import WITH, actor_objects
from graphkit.extract.attribution import AS
from graphkit.extract.deps import (
    CLAUSAL_MODIFIERS,
    DIRECT_OBJECTS,
    PAST_PARTICIPLE,
    POSSESSIVES,
    PREP_OBJECTS,
    PREPOSITIONS,
)
from graphkit.extract.sites import Filler
from graphkit.extract.tree import children, prep_objects, with_conjuncts
from graphkit.vocabulary import cue_words

WARNING_NOUNS = cue_words("warning_nouns")  # "as a warning to Iran": whom a show of force is for
FACING_NOUNS = cue_words("facing_nouns")  # "along its border with Armenia": whom a deployment faces
THEIR = "their"  # "their shared border": of the subjects together
SIGN_PREPS = (*AS, "in")  # "as a warning to Iran", "in a show of force against North Korea"


def warned(verb: Token) -> list[Filler]:
    """Whom a show of force is meant for, when it says so with "as" or "in" (cues ``warning_nouns``): "as a warning to
    Iran", "as a deterrent to Hezbollah", "in a show of force against North Korea"."""
    signs = [o for o in prep_objects(verb, SIGN_PREPS) if o.lemma_.lower() in WARNING_NOUNS]
    # "in a show of force against North Korea": on the sign or on what it is a show of
    shown = [*signs, *(o for s in signs for o in prep_objects(s, ("of",)))]
    # "in a show of force aimed at Pyongyang", "as a warning directed at Tehran": on the participle that aims it
    shown += [c for s in shown for c in children(s, CLAUSAL_MODIFIERS) if c.tag_ == PAST_PARTICIPLE]
    found = [a.token for s in shown for a in actor_objects(s, ("to", "against", "at"))]
    return [Filler(t, 2) for t in with_conjuncts(found)]


def faced(verb: Token) -> list[Filler]:
    """Whom a show of force faces when it names no target: the actor a border, frontier or tension "with" names in
    its clause (cues ``facing_nouns``): "deployed troops to positions along its border with Armenia", "placed units
    on alert, citing rising tensions with Pyongyang"."""
    nouns = [t for t in verb.subtree if t.lemma_.lower() in FACING_NOUNS and t.pos_ == "NOUN"]
    found = [a.token for n in nouns for a in actor_objects(n, (WITH,))]
    # "on alert along the frontier with Russia", the "with" hung on the verb right after the noun
    after = [n.doc[n.i + 1] for n in nouns if n.i + 1 < len(n.doc) and n.doc[n.i + 1].lower_ == WITH]
    found += [o for w in after if w.head.i == verb.i for o in children(w, PREP_OBJECTS) if names_actor(o)]
    return [Filler(t, 3) for t in with_conjuncts(found)]


def shared_border(verb: Token, sides: int) -> bool:
    """Whether a verb's place is a border that its ``sides`` coordinated subjects share, so each acts on the other:
    "Tajikistan and Kyrgyzstan pulled back troops from their shared frontier", "massed troops along their common
    border" (cues ``facing_nouns``)."""
    # on the verb or on what it moves ("massed troops along their common border")
    heads = [verb, *children(verb, DIRECT_OBJECTS)]
    places = [o for h in heads for p in children(h, PREPOSITIONS) for o in children(p, PREP_OBJECTS)]
    theirs = [o for o in places if any(c.lower_ == THEIR for c in children(o, POSSESSIVES))]
    return sides > 1 and any(o.lemma_.lower() in FACING_NOUNS for o in theirs)

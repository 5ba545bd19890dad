"""Lists of the designated: "removed Cuba from its list of state sponsors of terrorism" eases a sanction on Cuba
(CAMEO 081, PLOVER CONCEDE); "added Iran's Revolutionary Guards to its terrorist blacklist" imposes one (PLOVER
SANCTION, as "blacklisted" does)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from graphkit.extract.actors import actors
from graphkit.extract.deps import DIRECT_OBJECTS, PASSIVE_SUBJECTS
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.tree import children, prep_objects
from graphkit.vocabulary import cue_sequence, cue_words

BLACKLISTS = cue_words("blacklist_nouns")  # "its terrorist blacklist"
LIST_NOUNS = cue_words("list_nouns")  # "its list of state sponsors of terrorism", not "its list of rivals"
DESIGNATIONS = cue_words("designation_words")  # "terrorism", "sanctions": what makes a list one of the designated
DELISTING = cue_words("delisting_verbs")  # "removed Cuba from its list"
LISTING = cue_words("listing_verbs")  # "added the Houthis to its list"
OFF_PREPS = cue_sequence("delisting_preps")  # "from its list", "off the list"
ONTO_PREPS = cue_sequence("listing_preps")  # "to its blacklist", "on the list"
EASE = "lift"  # the lexicon's verb of a sanction eased
BLACKLIST = "blacklist"  # the lexicon's verb of a sanction imposed


def listing(verb: Token, keys: Sequence[str], lexicon: Lexicon) -> Relation | None:
    """The relation of an actor put on a list of the designated, or taken off one (``a_list``): a sanction
    or its easing on the actor; None for anything else ("removed the names from the list" lists no actor)."""
    if keys[0] in DELISTING and any(a_list(o) for o in prep_objects(verb, OFF_PREPS)):
        key = EASE
    elif keys[0] in LISTING and any(a_list(o) for o in prep_objects(verb, ONTO_PREPS)):
        key = BLACKLIST
    else:
        return None
    listed = children(verb, DIRECT_OBJECTS) or children(verb, PASSIVE_SUBJECTS)
    return lexicon.verb(key) if any(actors(t) for t in listed) else None


def a_list(thing: Token) -> bool:
    """Whether a noun is a list of the designated: a blacklist, or a list its words say is one ("its list of state
    sponsors of terrorism", "the sanctions list"; cues ``designation_words``), not "its list of rivals"."""
    lemma = thing.lemma_.lower()
    if lemma in BLACKLISTS:
        return True
    return lemma in LIST_NOUNS and any(w.lower_ in DESIGNATIONS for w in thing.subtree if w.i != thing.i)

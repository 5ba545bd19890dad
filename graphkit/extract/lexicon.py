r"""The relation vocabulary (``graphkit/vocabulary/lexicon.toml``): which words make which predicate and PLOVER type.

The PLOVER event types are ``graphkit.vocabulary``'s (``plover.toml``), and so are the predicates
(``predicates.toml``): every relation names one of them, with its type. A user lexicon of the same shape
(``--lexicon FILE``) adds relations and words; a word it lists is its, whatever relation the shipped file
gives it (``lexicon_with``).

>>> lexicon = default_lexicon()
>>> lexicon.verb("provide").event_type, lexicon.verb("blow up").event_type, lexicon.noun("invasion").event_type
('AID', 'COERCE', 'FIGHT')
>>> user = '[[relation]]\npredicate = "supplies"\nevent_type = "AID"\nframe = "transfer"\nverbs = ["ferry"]'
>>> lexicon_with(user).verb("ferry").predicate, lexicon_with(user).verb("provide").predicate
('supplies', 'supplies')
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from graphkit.errors import InputError
from graphkit.vocabulary import event_types, predicates
from graphkit.vocabulary.cameo import CameoReading

FRAMES = ("direct", "transfer", "receive")
COMPLEMENTS = ("object", "subject")
KEYS = frozenset({
    "predicate", "event_type", "frame", "verbs", "preps", "nouns", "light_verbs", "preps_only", "complement",
    "proposition", "reciprocal", "asserts", "themes", "combat", "content", "actors_fit", "commercial",
    "noun_preps_only", "intended", "themes_only", "bids", "authority", "armed", "public", "owner_first",
})  # fmt: skip
WORD_LISTS = ("verbs", "preps", "nouns", "light_verbs", "themes")  # keys of a relation that hold words
FLAGS = (
    "preps_only",
    "proposition",
    "reciprocal",
    "asserts",
    "combat",
    "content",
    "actors_fit",
    "commercial",
    "noun_preps_only",
    "intended",
    "themes_only",
    "bids",
    "authority",
    "armed",
    "public",
    "owner_first",
)  # keys that are true or false
SHARED_LISTS = (
    "light_verbs", "military_nouns", "military_arms", "generic_heads", "travel_verbs", "own_act_types",
    "recipient_types", "local_types", "domestic_types", "armed_nouns", "armed_light_verbs", "receiving_verbs",
    "origin_types", "faced_public_types",
)  # fmt: skip
# the shared lists that name PLOVER types
TYPE_LISTS = ("own_act_types", "recipient_types", "local_types", "domestic_types", "origin_types", "faced_public_types")
TOP_LEVEL = ("relation", *SHARED_LISTS, "cameo")  # what a lexicon file may hold


@dataclass(frozen=True)
class Relation:
    """One entry of the vocabulary: a predicate, its PLOVER type, the words that express it and how."""

    predicate: str
    event_type: str
    frame: str
    verbs: tuple[str, ...]
    preps: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    light_verbs: tuple[str, ...] = ()
    preps_only: bool = False
    complement: str | None = None  # "object" or "subject": where a target is found in a governed clause
    proposition: bool = False  # "accused X of V-ing": V is a second claim, attributed to the accuser
    reciprocal: bool = False  # "A and B met": each acts on the other
    asserts: bool = True  # False: what it governs is asked for ("urged Iran to stop"), not claimed
    combat: bool = False  # an ASSAULT by armed forces ("Serb forces killed") is FIGHT
    content: bool = False  # it acts on what a report says: "an investigation into an allegation by X that Y ..." -> Y
    themes: tuple[
        str, ...
    ] = ()  # when set, a direct object must be one of these ("deploy troops", not "deploy lobbyists")
    actors_fit: bool = False  # themes limit only the things it takes: "met Putin", not "met the deadline"
    commercial: bool = False  # trade: an event only with a state or a people on one side ("sold jets to India")
    noun_preps_only: bool = False  # its nouns' targets are only the objects of its own preps ("drills off Peru")
    intended: bool = False  # its own act is still to come: "invited Peru's president" hosts him later
    themes_only: bool = False  # with no object it is not this sense: "closed its embassy", not "the index closed"
    bids: bool = False  # only bidding an actor to act: "told Chile to withdraw", not "told Chile about it"
    authority: bool = False  # only a state or its government, named as subject, does it: "Japan allowed European banks"
    armed: bool = False  # only armed forces, as subject, do it: "Syrian troops left Lebanon", not "the minister left"
    public: bool = False  # its themes are the public's means: "shut down the internet" cuts off the state's own public
    owner_first: bool = False  # whose the thing is ("let a UN convoy into Sagaing") is the target before where it goes


@dataclass(frozen=True)
class Lexicon:
    relations: tuple[Relation, ...]
    light_verbs: tuple[str, ...] = ()  # shared by every relation's nouns
    military_nouns: tuple[str, ...] = ()  # "forces", "troops": their ASSAULT is FIGHT
    generic_heads: tuple[str, ...] = ()  # "effort" in "a mediation effort": the compound's event is the modifier's
    travel_verbs: tuple[str, ...] = ()  # "arrived in Beijing for talks": going somewhere for a meeting is a visit
    own_act_types: tuple[str, ...] = ()  # their verbs on an event noun change their own act: "lifted sanctions on"
    recipient_types: tuple[str, ...] = ()  # their nouns target whom they are given to: "gave Iran a warning"
    local_types: tuple[
        str, ...
    ] = ()  # their unnamed actors belong where it happens: "police fired on protesters in Lagos"
    domestic_types: tuple[str, ...] = ()  # a state does them at home: "Beijing detained activists" are China's
    armed_nouns: tuple[str, ...] = ()  # a protest's noun that is an armed attack done "on" someone: "strikes on Gaza"
    armed_light_verbs: tuple[str, ...] = ()  # ... or launched or carried out: "launched strikes", not "staged a strike"
    receiving_verbs: tuple[str, ...] = ()  # take an event noun from its doer: "won backing from", "drew criticism from"
    origin_types: tuple[str, ...] = ()  # their people object is from the verb's "from": "expelled diplomats from Chile"
    faced_public_types: tuple[str, ...] = ()  # their people object may be the public a state faces at home
    military_arms: tuple[str, ...] = ()  # "missiles", "drones": a state's ASSAULT with them is FIGHT
    # how the CAMEO dictionary is read for the verbs this lexicon does not list
    cameo: CameoReading = field(default_factory=CameoReading)

    def military(self, relation: Relation, qualifier: str | None, arms: Iterable[str] = ()) -> Relation:
        """FIGHT for a combat ASSAULT by armed forces ("Serb forces killed", "navy ships fired on") or with a state's
        arms (``arms``, the words of what it used: "fired missiles at", "launched drone strikes"), else the relation
        itself."""
        forces = self.names_forces(qualifier)
        if not relation.combat or not (forces or any(w in self.military_arms for w in arms)):
            return relation
        return next((r for r in self.relations if r.event_type == "FIGHT"), relation)

    def names_forces(self, words: str | None) -> bool:
        """Whether one of the words (an actor's role: "soldiers", "army units") is a noun of armed forces."""
        return any(w in self.military_nouns for w in (words or "").lower().split())

    def by_verb(self) -> dict[str, Relation]:
        """Each verb's relation; of a verb listed in several (``verb_senses``), the last, its most general sense."""
        return {verb: r for r in self.relations for verb in r.verbs}

    @cached_property
    def _senses(self) -> dict[tuple[str, str], tuple[Relation, ...]]:
        found: dict[tuple[str, str], tuple[Relation, ...]] = {}
        for r in self.relations:
            for kind, words in (("verb", r.verbs), ("noun", r.nouns)):
                for word in words:
                    found[kind, word] = (*found.get((kind, word), ()), r)
        return found

    def verb_senses(self, key: str) -> tuple[Relation, ...]:
        """Every relation that lists the verb: "violate" a treaty (REJECT) or a ceasefire (FIGHT)."""
        return self._senses.get(("verb", key), ())

    def by_noun(self) -> dict[str, Relation]:
        return {noun: r for r in self.relations for noun in r.nouns}

    def noun_senses(self, key: str) -> tuple[Relation, ...]:
        """Every relation that lists the noun: "expulsion" of diplomats (SANCTION) or of journalists (COERCE)."""
        return self._senses.get(("noun", key), ())

    @cached_property
    def _verb_index(self) -> dict[str, Relation]:
        return self.by_verb()

    @cached_property
    def _noun_index(self) -> dict[str, Relation]:
        return self.by_noun()

    def verb(self, key: str) -> Relation | None:
        """The relation a verb lemma (or "lemma particle") expresses."""
        return self._verb_index.get(key)  # built once: hashing the whole lexicon per lookup was a hot spot

    def noun(self, key: str) -> Relation | None:
        """The relation an event noun (lemma, or "modifier lemma") expresses."""
        return self._noun_index.get(key)

    def is_light(self, verb: str, relation: Relation) -> bool:
        """Whether ``verb`` with one of the relation's nouns as object expresses it: "impose sanctions"."""
        return verb in self.light_verbs or verb in relation.light_verbs


def parse_lexicon(text: str) -> Lexicon:
    """A Lexicon from TOML text; raises ValueError naming the entry that is wrong (tomllib's for bad TOML)."""
    data = tomllib.loads(text)
    unknown = set(data) - set(TOP_LEVEL)
    if unknown:
        raise ValueError(f"unknown top-level keys {sorted(unknown)}; known: {list(TOP_LEVEL)}")
    for key in SHARED_LISTS:
        if not _words(data.get(key, [])):
            raise ValueError(f"{key} must be a list of words")
    if not isinstance(data.get("cameo", {}), dict):
        raise ValueError("cameo must be a table")
    for key in TYPE_LISTS:
        if not set(data.get(key, [])) <= set(event_types()):
            raise ValueError(f"{key} must be PLOVER types")
    cameo = CameoReading.parse(data.get("cameo", {}), event_types())
    unknown_predicates = sorted(set(cameo.predicates.values()) - {p.name for p in predicates()})
    if unknown_predicates:
        raise ValueError(f"[cameo.predicates]: {', '.join(unknown_predicates)} not in predicates.toml")
    if not isinstance(data.get("relation", []), list):
        raise ValueError("relation must be an array of tables: [[relation]]")
    relations = []
    seen: dict[tuple[str, str], str] = {}
    # words whose every listing so far names its themes: a sense each ("violate" a treaty or a ceasefire, the
    # "expulsion" of journalists or of diplomats)
    themed: set[tuple[str, str]] = set()
    for number, entry in enumerate(data.get("relation", []), start=1):
        where = f"relation #{number} ({entry.get('predicate', '?') if isinstance(entry, dict) else '?'})"
        _check_relation(entry, where)
        for kind in ("verbs", "nouns"):
            for word in entry.get(kind, []):
                if (kind, word) in seen and (kind, word) not in themed:
                    raise ValueError(f"{where}: {kind[:-1]} {word!r} is already listed under {seen[kind, word]!r}")
                seen[kind, word] = entry["predicate"]
                if entry.get("themes"):
                    themed.add((kind, word))  # a later relation may list it again, for other themes or for any object
                else:
                    themed.discard((kind, word))
        relations.append(
            Relation(
                predicate=entry["predicate"],
                event_type=entry["event_type"],
                frame=entry["frame"],
                verbs=tuple(entry.get("verbs", [])),
                preps=tuple(entry.get("preps", [])),
                nouns=tuple(entry.get("nouns", [])),
                light_verbs=tuple(entry.get("light_verbs", [])),
                preps_only=bool(entry.get("preps_only", False)),
                complement=entry.get("complement"),
                proposition=bool(entry.get("proposition", False)),
                reciprocal=bool(entry.get("reciprocal", False)),
                asserts=bool(entry.get("asserts", True)),
                themes=tuple(entry.get("themes", [])),
                combat=bool(entry.get("combat", False)),
                content=bool(entry.get("content", False)),
                actors_fit=bool(entry.get("actors_fit", False)),
                commercial=bool(entry.get("commercial", False)),
                noun_preps_only=bool(entry.get("noun_preps_only", False)),
                intended=bool(entry.get("intended", False)),
                themes_only=bool(entry.get("themes_only", False)),
                bids=bool(entry.get("bids", False)),
                authority=bool(entry.get("authority", False)),
                armed=bool(entry.get("armed", False)),
                public=bool(entry.get("public", False)),
                owner_first=bool(entry.get("owner_first", False)),
            )
        )
    return Lexicon(
        tuple(relations),
        tuple(data.get("light_verbs", [])),
        tuple(data.get("military_nouns", [])),
        tuple(data.get("generic_heads", [])),
        tuple(data.get("travel_verbs", [])),
        tuple(data.get("own_act_types", [])),
        tuple(data.get("recipient_types", [])),
        tuple(data.get("local_types", [])),
        tuple(data.get("domestic_types", [])),
        tuple(data.get("armed_nouns", [])),
        tuple(data.get("armed_light_verbs", [])),
        cameo=cameo,
        receiving_verbs=tuple(data.get("receiving_verbs", [])),
        origin_types=tuple(data.get("origin_types", [])),
        faced_public_types=tuple(data.get("faced_public_types", [])),
        military_arms=tuple(data.get("military_arms", [])),
    )


def _words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w for w in value)


def _check_relation(entry: Any, where: str) -> None:
    """ValueError naming what is wrong with one ``[[relation]]`` entry."""
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: must be a table")
    unknown = set(entry) - KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}; known: {sorted(KEYS)}")
    if entry.get("event_type") not in event_types():
        raise ValueError(f"{where}: event_type {entry.get('event_type')!r} is not a PLOVER type")
    if entry.get("frame") not in FRAMES:
        raise ValueError(f"{where}: frame must be one of {FRAMES}")
    if entry.get("complement") not in (None, *COMPLEMENTS):
        raise ValueError(f"{where}: complement must be one of {COMPLEMENTS}")
    known = {p.name: p.event_type for p in predicates()}
    if entry.get("predicate") not in known:
        raise ValueError(f"{where}: predicate {entry.get('predicate')!r} is not in graphkit/vocabulary/predicates.toml")
    if known[entry["predicate"]] != entry["event_type"]:
        coded = known[entry["predicate"]] or "no event type (a static relation)"
        raise ValueError(
            f"{where}: predicate {entry['predicate']!r} has {coded} in predicates.toml, not {entry['event_type']}"
        )
    for key in WORD_LISTS:
        if not _words(entry.get(key, [])):
            raise ValueError(f"{where}: {key} must be a list of words")
    for key in FLAGS:
        if not isinstance(entry.get(key, False), bool):
            raise ValueError(f"{where}: {key} must be true or false")


def merge_lexicons(shipped: Lexicon, user: Lexicon) -> Lexicon:
    """``shipped`` with ``user``'s relations added: a verb or noun ``user`` lists is taken from the shipped relation
    that had it, so the user's entry wins; the shared lists are joined, and ``user``'s reading of CAMEO adds to
    the shipped one (``merge_readings``)."""
    verbs = {w for r in user.relations for w in r.verbs}
    nouns = {w for r in user.relations for w in r.nouns}
    kept = tuple(
        replace(
            r,
            verbs=tuple(w for w in r.verbs if w not in verbs),
            nouns=tuple(w for w in r.nouns if w not in nouns),
        )
        for r in shipped.relations
    )
    return Lexicon(
        kept + user.relations,
        tuple(dict.fromkeys(shipped.light_verbs + user.light_verbs)),
        tuple(dict.fromkeys(shipped.military_nouns + user.military_nouns)),
        tuple(dict.fromkeys(shipped.generic_heads + user.generic_heads)),
        tuple(dict.fromkeys(shipped.travel_verbs + user.travel_verbs)),
        tuple(dict.fromkeys(shipped.own_act_types + user.own_act_types)),
        tuple(dict.fromkeys(shipped.recipient_types + user.recipient_types)),
        tuple(dict.fromkeys(shipped.local_types + user.local_types)),
        tuple(dict.fromkeys(shipped.domestic_types + user.domestic_types)),
        tuple(dict.fromkeys(shipped.armed_nouns + user.armed_nouns)),
        tuple(dict.fromkeys(shipped.armed_light_verbs + user.armed_light_verbs)),
        cameo=merge_readings(shipped.cameo, user.cameo),
        receiving_verbs=tuple(dict.fromkeys(shipped.receiving_verbs + user.receiving_verbs)),
        origin_types=tuple(dict.fromkeys(shipped.origin_types + user.origin_types)),
        faced_public_types=tuple(dict.fromkeys(shipped.faced_public_types + user.faced_public_types)),
        military_arms=tuple(dict.fromkeys(shipped.military_arms + user.military_arms)),
    )


def merge_readings(shipped: CameoReading, user: CameoReading) -> CameoReading:
    """The shipped reading of the CAMEO dictionary with a user's ``[cameo]`` table added: its entries win."""
    return CameoReading(
        shipped.patterns_only | user.patterns_only,
        {**shipped.retype, **user.retype},
        {**shipped.predicates, **user.predicates},
        {**shipped.target_preps, **user.target_preps},
        shipped.reciprocal | user.reciprocal,
        shipped.armed_senses | user.armed_senses,
        shipped.unread | user.unread,
        shipped.own_patterns | user.own_patterns,
    )


ACTIVE = "graphkit_lexicon"  # the doc.user_data key of the lexicon a Doc is being read with


def read_with(doc: Doc, lexicon: Lexicon) -> None:
    """Note the lexicon a Doc is read with, for the rules deep in the tree that look a word up."""
    doc.user_data[ACTIVE] = lexicon


def lexicon_of(doc: Doc) -> Lexicon:
    """The lexicon a Doc is being read with (``read_with``), else graphkit's own."""
    found = doc.user_data.get(ACTIVE)
    return found if isinstance(found, Lexicon) else default_lexicon()


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The vocabulary shipped with graphkit."""
    return parse_lexicon(resources.files("graphkit.vocabulary").joinpath("lexicon.toml").read_text("utf-8"))


@lru_cache(maxsize=4)
def lexicon_with(user_text: str | None = None) -> Lexicon:
    """The shipped vocabulary, with a user lexicon's entries (TOML text in lexicon.toml's shape) added and winning.

    Workers get the text, not a path they may not be able to read; each builds the lexicon once.
    """
    if user_text is None:
        return default_lexicon()
    return merge_lexicons(default_lexicon(), parse_lexicon(user_text))


def read_user_lexicon(path: str | Path) -> str:
    """The text of a user lexicon file, checked before any parse: InputError naming the file and the bad entry."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read lexicon file {path}: {err}") from err
    try:
        lexicon_with(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"lexicon file {path} is not valid TOML: {err}") from err
    except ValueError as err:
        raise InputError(f"lexicon file {path}: {err}") from err
    return text

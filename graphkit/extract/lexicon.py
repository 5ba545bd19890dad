"""The relation vocabulary (``lexicon.toml``): which words make which predicate and PLOVER type.

The PLOVER event types themselves are ``graphkit.vocabulary``'s (``plover.toml``).

>>> lexicon = default_lexicon()
>>> lexicon.verb("provide").event_type, lexicon.verb("blow up").event_type, lexicon.noun("invasion").event_type
('AID', 'COERCE', 'FIGHT')
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from graphkit.vocabulary import event_types
from graphkit.vocabulary.cameo import CameoReading

FRAMES = ("direct", "transfer", "receive")
COMPLEMENTS = ("object", "subject")
KEYS = frozenset({
    "predicate", "event_type", "frame", "verbs", "preps", "nouns", "light_verbs", "preps_only", "complement",
    "proposition", "reciprocal", "asserts", "themes", "combat", "content",
})  # fmt: skip


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


@dataclass(frozen=True)
class Lexicon:
    relations: tuple[Relation, ...]
    light_verbs: tuple[str, ...] = ()  # shared by every relation's nouns
    military_nouns: tuple[str, ...] = ()  # "forces", "troops": their ASSAULT is FIGHT
    generic_heads: tuple[str, ...] = ()  # "effort" in "a mediation effort": the compound's event is the modifier's
    travel_verbs: tuple[str, ...] = ()  # "arrived in Beijing for talks": going somewhere for a meeting is a visit
    own_act_types: tuple[str, ...] = ()  # their verbs on an event noun change their own act: "lifted sanctions on"
    # how the CAMEO dictionary is read for the verbs this lexicon does not list
    cameo: CameoReading = field(default_factory=CameoReading)

    def military(self, relation: Relation, qualifier: str | None) -> Relation:
        """FIGHT for a combat ASSAULT by armed forces ("Serb forces killed"), else the relation itself."""
        if not relation.combat or qualifier is None or qualifier.lower() not in self.military_nouns:
            return relation
        return next((r for r in self.relations if r.event_type == "FIGHT"), relation)

    def by_verb(self) -> dict[str, Relation]:
        return {verb: r for r in self.relations for verb in r.verbs}

    def by_noun(self) -> dict[str, Relation]:
        return {noun: r for r in self.relations for noun in r.nouns}

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
    """A Lexicon from TOML text; raises ValueError naming the entry that is wrong."""
    data = tomllib.loads(text)
    relations = []
    seen: dict[tuple[str, str], str] = {}
    for number, entry in enumerate(data.get("relation", []), start=1):
        where = f"relation #{number} ({entry.get('predicate', '?')})"
        unknown = set(entry) - KEYS
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}; known: {sorted(KEYS)}")
        if entry.get("event_type") not in event_types():
            raise ValueError(f"{where}: event_type {entry.get('event_type')!r} is not a PLOVER type")
        if entry.get("frame") not in FRAMES:
            raise ValueError(f"{where}: frame must be one of {FRAMES}")
        if entry.get("complement") not in (None, *COMPLEMENTS):
            raise ValueError(f"{where}: complement must be one of {COMPLEMENTS}")
        for kind in ("verbs", "nouns"):
            for word in entry.get(kind, []):
                if (kind, word) in seen:
                    raise ValueError(f"{where}: {kind[:-1]} {word!r} is already listed under {seen[kind, word]!r}")
                seen[kind, word] = entry["predicate"]
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
            )
        )
    return Lexicon(
        tuple(relations),
        tuple(data.get("light_verbs", [])),
        tuple(data.get("military_nouns", [])),
        tuple(data.get("generic_heads", [])),
        tuple(data.get("travel_verbs", [])),
        tuple(data.get("own_act_types", [])),
        CameoReading.parse(data.get("cameo", {}), event_types()),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The vocabulary shipped with graphkit."""
    return parse_lexicon(resources.files("graphkit.extract").joinpath("lexicon.toml").read_text("utf-8"))

"""The relation vocabulary (``lexicon.toml``): which lemma makes which predicate and PLOVER type."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
)  # fmt: skip
FRAMES = ("direct", "transfer")


@dataclass(frozen=True)
class Relation:
    """One entry of the vocabulary: a predicate, its PLOVER type, and the words that express it."""

    predicate: str
    event_type: str
    frame: str
    verbs: tuple[str, ...]
    preps: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    light_verbs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    relations: tuple[Relation, ...]

    def by_verb(self) -> dict[str, Relation]:
        return {verb: r for r in self.relations for verb in r.verbs}

    def by_light_verb(self) -> dict[tuple[str, str], Relation]:
        """(light verb, noun) -> relation, for "impose sanctions on X"."""
        return {(v, n): r for r in self.relations for v in r.light_verbs for n in r.nouns}


def parse_lexicon(text: str) -> Lexicon:
    """A Lexicon from TOML text; raises ValueError naming the entry that is wrong."""
    data = tomllib.loads(text)
    relations = []
    seen: dict[str, str] = {}
    for number, entry in enumerate(data.get("relation", []), start=1):
        where = f"relation #{number} ({entry.get('predicate', '?')})"
        if entry.get("event_type") not in PLOVER_EVENT_TYPES:
            raise ValueError(f"{where}: event_type {entry.get('event_type')!r} is not a PLOVER type")
        if entry.get("frame") not in FRAMES:
            raise ValueError(f"{where}: frame must be one of {FRAMES}")
        for verb in entry.get("verbs", []):
            if verb in seen:
                raise ValueError(f"{where}: verb {verb!r} is already listed under {seen[verb]!r}")
            seen[verb] = entry["predicate"]
        relations.append(
            Relation(
                predicate=entry["predicate"],
                event_type=entry["event_type"],
                frame=entry["frame"],
                verbs=tuple(entry.get("verbs", [])),
                preps=tuple(entry.get("preps", [])),
                nouns=tuple(entry.get("nouns", [])),
                light_verbs=tuple(entry.get("light_verbs", [])),
            )
        )
    return Lexicon(tuple(relations))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The vocabulary shipped with graphkit."""
    return parse_lexicon(resources.files("graphkit.extract").joinpath("lexicon.toml").read_text("utf-8"))

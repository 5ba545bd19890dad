"""graphkit's vocabulary, kept as data: the PLOVER event types and their quad classes (``plover.toml``), the
predicates with their verb forms (``predicates.toml``, read by ``vocabulary.predicates``) and the cue words of
the extraction rules (``cues.toml``, read by ``vocabulary.cues``).

The ground floor, like ``types.py``: every stage may import it, and it imports nothing from the rest of
graphkit. Each vocabulary is a TOML file of this package, read once (``load_data``, in ``vocabulary.data``)
and checked as it is read; small functions answer from it. The RDF terms (``vocabulary.rdf``) are kept apart,
so that this module needs only the standard library. See docs/architecture.md.

>>> event_types()[:3], len(event_types())
(('AGREE', 'CONSULT', 'SUPPORT'), 18)
>>> list(quad_classes())
['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']
>>> quad_class("AID"), quad_class("disapprove"), quad_class(None), quad_class("HUG")
('material cooperation', 'verbal conflict', None, None)
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

# Re-exported, so that ``from graphkit.vocabulary import cue_words, predicate_phrase`` works.
from graphkit.vocabulary.cues import cue_sequence as cue_sequence
from graphkit.vocabulary.cues import cue_words as cue_words
from graphkit.vocabulary.data import load_data as load_data
from graphkit.vocabulary.predicates import Predicate as Predicate
from graphkit.vocabulary.predicates import predicate_entry as predicate_entry
from graphkit.vocabulary.predicates import predicate_phrase as predicate_phrase
from graphkit.vocabulary.predicates import predicates as predicates


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type: its code, the quad class it belongs to, and what it means."""

    code: str
    quad_class: str
    definition: str


def records(name: str, table: str, record: type[Any]) -> tuple[Any, ...]:
    """The ``[[table]]`` entries of ``{name}.toml`` as ``record`` dataclasses; ValueError naming a bad entry."""
    keys = {f.name for f in fields(record)}
    found = []
    for number, entry in enumerate(load_data(name).get(table, []), start=1):
        if set(entry) != keys:
            raise ValueError(f"{name}.toml: [[{table}]] #{number} must have exactly the keys {sorted(keys)}")
        found.append(record(**entry))
    return tuple(found)


@lru_cache(maxsize=1)
def plover_types() -> tuple[EventType, ...]:
    """The PLOVER event types, in the order of the PLOVER codebook (cooperation first, conflict last)."""
    return records("plover", "event_type", EventType)


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """The codes of the PLOVER event types, in codebook order."""
    return tuple(t.code for t in plover_types())


@lru_cache(maxsize=1)
def quad_classes() -> dict[str, tuple[str, ...]]:
    """The four quad classes, each with its event types, in codebook order."""
    classes: dict[str, tuple[str, ...]] = {}
    for t in plover_types():
        classes[t.quad_class] = (*classes.get(t.quad_class, ()), t.code)
    return classes


@lru_cache(maxsize=1)
def _quad_of() -> dict[str, str]:
    return {t.code: t.quad_class for t in plover_types()}


def quad_class(event_type: str | None) -> str | None:
    """The quad class of a PLOVER event type (in any case); None for no event type or an unknown one."""
    return _quad_of().get((event_type or "").upper())

"""graphkit's predicates (``predicates.toml``): each with its PLOVER type, its ontology label, and how to say it.

>>> predicate_entry("supplies").event_type, predicate_entry("holds_role").event_type
('AID', None)
>>> predicate_phrase("supplies"), predicate_phrase("supplies", "negative")
('supplies', 'does not supply')
>>> predicate_phrase("withdraws_from", modality="intended"), predicate_phrase("calls_on", "negative", "possible")
('intends to withdraw from', 'may not call on')
>>> predicate_phrase("member_of", "negative"), predicate_phrase("member_of", "negative", "intended")
('is not a member of', 'does not intend to be a member of')
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from graphkit.vocabulary.data import load_data

POLARITIES = ("positive", "negative")
MODALITIES = ("actual", "intended", "possible")


@dataclass(frozen=True)
class Predicate:
    """One predicate: its name, PLOVER type (None for a static relation), ontology label and comment, verb forms."""

    name: str
    label: str
    comment: str
    present: str  # "supplies", "is"
    verb: str  # "supply", "be"
    event_type: str | None = None
    rest: str = ""  # the words between the verb and the object: "from" in "withdraws from"

    def phrase(self, polarity: str = "positive", modality: str = "actual") -> str:
        """The verb phrase of a claim with this predicate, polarity and modality (see ``predicate_phrase``)."""
        if polarity not in POLARITIES:
            raise ValueError(f"polarity must be one of {POLARITIES}, not {polarity!r}")
        if modality not in MODALITIES:
            raise ValueError(f"modality must be one of {MODALITIES}, not {modality!r}")
        negative = polarity == "negative"
        if modality == "possible":
            verb = f"may not {self.verb}" if negative else f"may {self.verb}"
        elif modality == "intended":
            verb = f"does not intend to {self.verb}" if negative else f"intends to {self.verb}"
        elif not negative:
            verb = self.present
        else:  # "be" takes "not" itself; every other verb needs "do"
            verb = f"{self.present} not" if self.verb == "be" else f"does not {self.verb}"
        return f"{verb} {self.rest}" if self.rest else verb


@lru_cache(maxsize=1)
def predicates() -> tuple[Predicate, ...]:
    """Every predicate of ``predicates.toml``, in its order; ValueError naming an entry that is malformed."""
    known = {f.name for f in fields(Predicate)}
    required = {"name", "label", "comment", "present", "verb"}
    found: list[Predicate] = []
    for number, entry in enumerate(load_data("predicates").get("predicate", []), start=1):
        where = f"predicates.toml: [[predicate]] #{number} ({entry.get('name', '?')})"
        if not required <= set(entry) <= known:
            raise ValueError(f"{where} must have the keys {sorted(required)}, and may have event_type and rest")
        if not all(isinstance(value, str) and value for value in entry.values()):
            raise ValueError(f"{where}: every value must be a non-empty string")
        if any(p.name == entry["name"] for p in found):
            raise ValueError(f"{where}: listed twice")
        found.append(Predicate(**entry))
    return tuple(found)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Predicate]:
    return {p.name: p for p in predicates()}


def predicate_entry(name: str) -> Predicate:
    """The predicate called ``name``; ValueError if graphkit has no such predicate."""
    found = _by_name().get(name)
    if found is None:
        raise ValueError(f"{name!r} is not one of graphkit's predicates (graphkit/vocabulary/predicates.toml)")
    return found


def predicate_phrase(predicate: str, polarity: str = "positive", modality: str = "actual") -> str:
    """How a claim with this predicate, polarity and modality is said in plain English, between its subject
    and its object: "supplies", "does not supply", "intends to supply", "does not intend to supply",
    "may supply", "may not supply"; "withdraws from", "is a member of".

    >>> [predicate_phrase("meets", p, m) for p in ("positive", "negative") for m in ("actual", "intended")]
    ['meets with', 'intends to meet with', 'does not meet with', 'does not intend to meet with']
    >>> predicate_phrase("hugs")
    Traceback (most recent call last):
    ...
    ValueError: 'hugs' is not one of graphkit's predicates (graphkit/vocabulary/predicates.toml)
    """
    return predicate_entry(predicate).phrase(polarity, modality)

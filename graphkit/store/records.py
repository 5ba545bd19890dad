"""Entities, claims and articles to JSON-ready dicts and back, for the store.

>>> import json
>>> from graphkit.types import Argument, Evidence
>>> ev = Evidence("a1", "Iran supplies Russia.", 0, 21, "svo/1")
>>> c = Claim(Argument("country/IRN", "Iran"), "supplies", "AID", Argument("country/RUS", "Russia", "MIL"), ev)
>>> claim_from(json.loads(json.dumps(claim_dict(c)))) == c
True
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from graphkit.types import Argument, Article, Claim, Entity, Evidence

TUPLES = tuple(f.name for f in fields(Entity) if f.type == "tuple[str, ...]")


def article_dict(article: Article) -> dict[str, Any]:
    """The article without its text (the store keeps its hash, not the text)."""
    return {k: v for k, v in asdict(article).items() if k != "text"}


def article_from(record: dict[str, Any]) -> Article:
    return Article(text="", **record)


def entity_dict(entity: Entity) -> dict[str, Any]:
    return asdict(entity)


def entity_from(record: dict[str, Any]) -> Entity:
    fields_: dict[str, Any] = {k: tuple(v) if k in TUPLES else v for k, v in record.items()}
    return Entity(**fields_)


def claim_dict(claim: Claim) -> dict[str, Any]:
    return asdict(claim)


def claim_from(record: dict[str, Any]) -> Claim:
    def argument(value: dict[str, Any] | None) -> Argument | None:
        return None if value is None else Argument(**value)

    return Claim(
        **{
            **record,
            "subject": argument(record["subject"]),
            "object": argument(record["object"]),
            "attributed_to": argument(record["attributed_to"]),
            "evidence": Evidence(**record["evidence"]),
        }
    )

"""The graph as JSON Lines: the records of ``claims.jsonl`` and ``entities.jsonl`` (the output contract's
schema, see docs/architecture.md and README.md), and their writers.

``graphkit extract`` prints the same claim records, and ``export.tables`` flattens the same entity records.

>>> from graphkit.types import Argument, Claim, Entity, Evidence
>>> g = ClaimGraph()
>>> iran = Entity("country/IRN", "Iran", "Country", iso3="IRN")
>>> ev = Evidence("a1", "Iran supplies Russia.", 0, 21, "test")
>>> tehran, troops = Argument(iran.id, "Iran", None, "IRN"), Argument("country/RUS", "Russia", "MIL", "RUS")
>>> g.add([iran, Entity("country/RUS", "Russia", "Country")], [Claim(tehran, "supplies", "AID", troops, ev)])
>>> record = claim_record(g, g.claims[0])
>>> record["subject"]["text"], record["subject"]["country"], record["subject"]["sector"]
('Iran', 'IRN', None)
>>> record["object"]["country"], record["object"]["sector"], record["predicate"]
('RUS', 'MIL', 'supplies')
>>> entity_record(iran)["iso3"]
'IRN'
"""

from __future__ import annotations

import json
from pathlib import Path

from graphkit.export.atomic import atomic_text
from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument, Claim, Entity


def argument_record(graph: ClaimGraph, arg: Argument | None) -> dict[str, object] | None:
    """A claim's subject, object or speaker: its entity, and the words the sentence used for it."""
    if arg is None:
        return None
    e = graph.entities[arg.entity_id]
    record: dict[str, object] = {"id": e.id, "label": e.label, "type": e.type}
    if e.iso3:
        record["iso3"] = e.iso3
    record["text"] = arg.text
    record["country"] = arg.country
    record["sector"] = arg.sector
    return record


def claim_record(graph: ClaimGraph, claim: Claim) -> dict[str, object]:
    """The claim as a line of ``claims.jsonl``: its sentence, arguments (entities of ``graph``) and coding."""
    ev = claim.evidence
    return {
        "article": ev.article_id,
        "sentence": ev.sentence,
        "start": ev.start,
        "end": ev.end,
        "subject": argument_record(graph, claim.subject),
        "predicate": claim.predicate,
        "event_type": claim.event_type,
        "object": argument_record(graph, claim.object),
        "polarity": claim.polarity,
        "modality": claim.modality,
        "attributed_to": argument_record(graph, claim.attributed_to),
        "quantity": claim.quantity,
        "theme": claim.theme,
        "date": claim.date,
        "location": claim.location,
        "confidence": claim.confidence,
        "extractor": ev.extractor,
        "cameo": claim.cameo,
        "mode": claim.mode,
        "context": claim.context,
    }


def entity_record(entity: Entity) -> dict[str, object]:
    """The entity as a line of ``entities.jsonl``."""
    return {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type,
        "iso3": entity.iso3,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "same_as": list(entity.same_as),
        "roles": list(entity.roles),
    }


def claim_lines(graph: ClaimGraph) -> list[str]:
    return [json.dumps(claim_record(graph, c), ensure_ascii=False) for c in graph.claims]


def entity_lines(graph: ClaimGraph) -> list[str]:
    return [
        json.dumps(entity_record(e), ensure_ascii=False) for e in sorted(graph.entities.values(), key=lambda e: e.id)
    ]


def write_lines(lines: list[str], path: str | Path) -> None:
    with atomic_text(path) as handle:
        handle.writelines(line + "\n" for line in lines)


def write_claims(graph: ClaimGraph, path: str | Path) -> None:
    write_lines(claim_lines(graph), path)


def write_entities(graph: ClaimGraph, path: str | Path) -> None:
    write_lines(entity_lines(graph), path)

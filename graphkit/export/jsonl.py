"""The graph as JSON Lines: ``claims.jsonl`` and ``entities.jsonl`` of the output contract."""

from __future__ import annotations

import json
from pathlib import Path

from graphkit.export.files import atomic_text
from graphkit.graph.model import ClaimGraph


def claim_lines(graph: ClaimGraph) -> list[str]:
    return [json.dumps(graph.claim_record(c), ensure_ascii=False) for c in graph.claims]


def entity_lines(graph: ClaimGraph) -> list[str]:
    return [json.dumps(graph.entity_record(e), ensure_ascii=False) for e in sorted(graph.entities.values(), key=lambda e: e.id)]


def write_lines(lines: list[str], path: str | Path) -> None:
    with atomic_text(path) as handle:
        handle.writelines(line + "\n" for line in lines)


def write_claims(graph: ClaimGraph, path: str | Path) -> None:
    write_lines(claim_lines(graph), path)


def write_entities(graph: ClaimGraph, path: str | Path) -> None:
    write_lines(entity_lines(graph), path)

"""Shared fixtures: the seed articles built once per test session with the real spaCy model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphkit

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def seed_graph() -> graphkit.KnowledgeGraph:
    return graphkit.build(SEEDS)


@pytest.fixture(scope="session")
def seed_out(seed_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed_out")
    seed_graph.save(out)
    return out


@pytest.fixture(scope="session")
def seed_claims(seed_out) -> list[dict]:
    return [json.loads(line) for line in (seed_out / "claims.jsonl").read_text("utf-8").splitlines()]

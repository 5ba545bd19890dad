"""Shared fixtures: the seed articles built once per test session with the real spaCy model."""

from __future__ import annotations

import json
import os
import subprocess
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


SLOW_KINDS = ("browser", "processes", "dask", "notebook")  # what the fast tier (-m "not slow") leaves out


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test of a slow kind is also ``slow``, so that ``-m "not slow"`` leaves them all out."""
    for item in items:
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def fast_tests_start_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test outside the slow tier that starts a process fails, naming the marker it lacks: the fast tier
    stays fast, and says so truthfully."""
    if request.node.get_closest_marker("slow"):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(
            f"{request.node.nodeid} starts a process: mark it with one of {', '.join(SLOW_KINDS)} "
            "(see [tool.pytest.ini_options] markers in pyproject.toml)"
        )

    monkeypatch.setattr(subprocess.Popen, "_execute_child", refuse)
    monkeypatch.setattr(os, "fork", refuse)

"""graphkit: turn world news into a knowledge graph of geopolitical actors, with the evidence for every edge.

The names below are loaded on first use (PEP 562), so ``import graphkit`` and ``graphkit --help`` start
without spaCy; ``import graphkit.extract`` gives the extraction stage, ``graphkit.extract_claims`` the API
function. See docs/architecture.md for the stages and where each kind of change goes.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from graphkit.version import __version__

if TYPE_CHECKING:
    from graphkit.api import (
        KnowledgeGraph,
        build,
        build_to,
        extract_claims,
        iter_claim_records,
        query_graph,
        read_turtle,
        stream_claims,
    )
    from graphkit.readers import read_articles
    from graphkit.types import Article, Claim, Entity, Evidence

# Public name -> the module that defines it.
_EXPORTS = {
    "KnowledgeGraph": "graphkit.api",
    "build": "graphkit.api",
    "build_to": "graphkit.api",
    "extract_claims": "graphkit.api",
    "iter_claim_records": "graphkit.api",
    "query_graph": "graphkit.api",
    "read_turtle": "graphkit.api",
    "stream_claims": "graphkit.api",
    "read_articles": "graphkit.readers",
    "Article": "graphkit.types",
    "Claim": "graphkit.types",
    "Entity": "graphkit.types",
    "Evidence": "graphkit.types",
}

__all__ = [
    "Article",
    "Claim",
    "Entity",
    "Evidence",
    "KnowledgeGraph",
    "__version__",
    "build",
    "build_to",
    "extract_claims",
    "iter_claim_records",
    "query_graph",
    "read_articles",
    "read_turtle",
    "stream_claims",
]


def __getattr__(name: str) -> Any:
    """Import the module that defines a public name when the name is first used, and keep it."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'graphkit' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})

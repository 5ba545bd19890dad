"""graphkit: turn world news into a knowledge graph of geopolitical actors, with the evidence for every edge."""

__version__ = "0.1.0"

from graphkit.api import KnowledgeGraph, build, build_to, extract, iter_claim_records, read_turtle  # noqa: E402
from graphkit.readers import read_articles  # noqa: E402
from graphkit.types import Article, Claim, Entity, Evidence  # noqa: E402

__all__ = [
    "Article", "Claim", "Entity", "Evidence", "KnowledgeGraph", "build", "build_to", "extract", "iter_claim_records",
    "read_articles", "read_turtle", "__version__",
]  # fmt: skip

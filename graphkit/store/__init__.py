"""A persistent, incremental build: articles by content hash, with their entities and claims, in SQLite.

A build with a store parses only the articles whose text the store has not seen; each article's resolved
entities and claims are committed with it, so a build killed half-way keeps every article committed and the
next one resumes. The graph (and every export) is regenerated from the store, in the order articles entered it.
"""

from graphkit.store.sqlite import Store
from graphkit.types import content_hash

__all__ = ["Store", "content_hash"]

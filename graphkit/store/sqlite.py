"""The store: one SQLite file, one row per article (by content hash) holding its resolved entities and claims."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from graphkit.errors import InputError
from graphkit.graph import ClaimGraph
from graphkit.store.records import article_dict, article_from, claim_dict, claim_from, entity_dict, entity_from
from graphkit.types import Article, Claim, Entity

G = TypeVar("G", bound=ClaimGraph)
SQL_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order articles entered the store: the order of the merge
    hash TEXT NOT NULL UNIQUE,              -- sha256 of the text: the same content is stored once
    id TEXT NOT NULL,
    article TEXT NOT NULL,                  -- JSON: id, title, date, url, source (not the text)
    entities TEXT NOT NULL,                 -- JSON list of the article's resolved entities
    claims TEXT NOT NULL                    -- JSON list of the article's resolved claims
);
"""
COMMIT_ARTICLES = 32  # articles per transaction
COMMIT_SECONDS = 2.0  # ... or the time since the last commit, whichever comes first


def content_hash(text: str) -> str:
    """The key of an article's content.

    >>> content_hash("Iran supplies Russia.")[:12]
    'c54a9bbf3423'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An open store; ``settings`` (model, graphkit version, aliases, lexicon) must match those it was built with.

    A setting whose value is None is one the build does not have (no user lexicon): the store must not have it.
    """

    def __init__(self, path: str | Path, settings: dict[str, str | None] | None = None) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(f"store {self.path} is a folder: give a file path with --store")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SQL_SCHEMA)
        except (OSError, sqlite3.DatabaseError) as err:
            raise InputError(f"store {self.path} is not a graphkit store (SQLite): {err}") from err
        self.hashes = {row[0] for row in self.db.execute("SELECT hash FROM articles")}
        self.before = len(self.hashes)
        self.pending = 0
        self.last_commit = time.monotonic()
        self.check(settings or {})

    def check(self, settings: dict[str, str | None]) -> None:
        """Record ``settings`` in a new store; InputError if an existing store was built with others."""
        known = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if not known:
            recorded = [(k, v) for k, v in settings.items() if v is not None]
            self.db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(recorded))
            return
        changed = [k for k in settings if known.get(k) != settings[k]]
        if changed:
            k = changed[0]
            raise InputError(
                f"store {self.path} was built with {k} {shown(known.get(k))}, not {shown(settings[k])}: "
                "use a new --store file (or the same settings)"
            )

    def new_articles(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles whose content the store has not seen (nor this build, earlier)."""
        seen: set[str] = set()
        for article in articles:
            key = content_hash(article.text)
            if key not in self.hashes and key not in seen:
                seen.add(key)
                yield article

    def add(self, article: Article, entities: Iterable[Entity], claims: Iterable[Claim]) -> None:
        """Keep one article's entities and claims; committed in batches (``COMMIT_ARTICLES``, ``COMMIT_SECONDS``)."""
        key = content_hash(article.text)
        if key in self.hashes:
            return
        if not self.pending:
            self.db.execute("BEGIN")
        self.db.execute(
            "INSERT INTO articles (hash, id, article, entities, claims) VALUES (?, ?, ?, ?, ?)",
            (
                key,
                article.id,
                dumps(article_dict(article)),
                dumps([entity_dict(e) for e in entities]),
                dumps([claim_dict(c) for c in claims]),
            ),
        )
        self.hashes.add(key)
        self.pending += 1
        if self.pending >= COMMIT_ARTICLES or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self.pending:
            self.db.execute("COMMIT")
            self.pending = 0
        self.last_commit = time.monotonic()

    def load(self, graph: G) -> G:
        """Merge every stored article into ``graph``, in the order they entered the store."""
        rows = self.db.execute("SELECT article, entities, claims FROM articles ORDER BY seq")
        for article, entities, claims in rows:
            graph.add(
                [entity_from(e) for e in json.loads(entities)],
                [claim_from(c) for c in json.loads(claims)],
                article_from(json.loads(article)),
            )
        return graph

    def __len__(self) -> int:
        return len(self.hashes)

    def close(self) -> None:
        self.commit()
        self.db.close()


def shown(setting: str | None) -> str:
    """A setting in a message: quoted, or "none" for one a build did not have."""
    return repr(setting) if setting is not None else "none"


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

"""The store: one SQLite file, one row per article (by content hash) holding its resolved entities and claims."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from graphkit.errors import InputError
from graphkit.graph import ClaimGraph
from graphkit.store.records import article_dict, article_from, claim_dict, claim_from, entity_dict, entity_from
from graphkit.types import Article, Claim, Entity, ReadReport, content_hash

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
BUSY_SECONDS = 600.0  # how long a build waits for another one's transaction (each lasts milliseconds)


Row = tuple[str, str, str, str, str]  # hash, id, article, entities, claims
R = TypeVar("R")
LOCKED = "database is locked"  # SQLite's message when another connection holds the lock
RETRY_SECONDS = 0.05  # how long to wait before trying a locked step again


def when_free(step: Callable[[], R]) -> R:
    """Run a step SQLite refuses at once while another connection holds the file's lock (not waiting on its
    busy timeout, as a journal-mode switch does), again until it is free, for up to ``BUSY_SECONDS``."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return step()
        except sqlite3.OperationalError as err:
            if LOCKED not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(RETRY_SECONDS)


class Store:
    """An open store; ``settings`` (model, graphkit version, aliases, lexicon) must match those it was built with.

    A setting whose value is None is one the build does not have (no user lexicon): the store must not have it.

    Several builds may share a store at once: each keeps its new articles in memory and writes them in
    short transactions (``INSERT OR IGNORE``: an article another build stored first is kept once), and a
    build that finds the store busy waits for the other's transaction (up to ``BUSY_SECONDS``).
    """

    def __init__(self, path: str | Path, settings: dict[str, str | None] | None = None) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise InputError(f"store {self.path} is a folder: give a file path with --store")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
            # switching a new file to WAL takes its lock without waiting: two builds starting a store at once
            # may find it locked, so the first steps are retried (each lasts milliseconds)
            when_free(lambda: self.db.execute("PRAGMA journal_mode=WAL"))
            self.db.execute("PRAGMA synchronous=NORMAL")
            when_free(lambda: self.db.executescript(SQL_SCHEMA))
            self.check(settings or {})
            self.ids = dict(self.db.execute("SELECT hash, id FROM articles").fetchall())
        except (OSError, sqlite3.DatabaseError) as err:
            raise InputError(f"store {self.path} is not a graphkit store (SQLite): {err}") from err
        self.before = len(self.ids)
        self.pending: list[Row] = []
        self.last_commit = time.monotonic()

    def check(self, settings: dict[str, str | None]) -> None:
        """Record ``settings`` in a new store; InputError if an existing store was built with others."""
        self.db.execute("BEGIN IMMEDIATE")  # two builds starting a new store at once: one records, both compare
        try:
            known = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
            if not known:  # a new store records the settings it has (a store records none after its start)
                recorded = [(k, v) for k, v in settings.items() if v is not None]
                self.db.executemany("INSERT OR IGNORE INTO meta VALUES (?, ?)", sorted(recorded))
                known = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            self.db.execute("COMMIT")
        changed = [k for k in settings if known.get(k) != settings[k]]
        if changed:
            k = changed[0]
            raise InputError(
                f"store {self.path} was built with {k} {shown(known.get(k))}, not {shown(settings[k])}: "
                "use a new --store file (or the same settings)"
            )

    def stored_id(self, key: str) -> str | None:
        """The id under which the store holds the content ``key`` (stored by any build), or None."""
        if key not in self.ids:
            row = self.db.execute("SELECT id FROM articles WHERE hash = ?", (key,)).fetchone()
            if row is None:
                return None
            self.ids[key] = row[0]
        return self.ids[key]

    def new_articles(self, articles: Iterable[Article], report: ReadReport | None = None) -> Iterator[Article]:
        """The articles whose content the store has not seen (nor this build, earlier).

        The same text under another id, here or in the store, is recorded in ``report`` as a duplicate
        (its claims are those of the first); the same text under the same id is what the store is for.
        """
        report = report if report is not None else ReadReport()
        first: dict[str, Article] = {}
        for article in articles:
            key = content_hash(article.text)
            source = article.source or article.id
            earlier, stored = first.get(key), self.stored_id(key)
            if earlier is not None:
                report.demote(source, f"duplicate of {earlier.source or earlier.id} (same text as {earlier.id!r})")
            elif stored is not None and stored != article.id:
                report.demote(source, f"duplicate of {stored!r} in the store {self.path.name} (same text)")
            else:
                first[key] = article
                if stored is None:
                    yield article

    def add(self, article: Article, entities: Iterable[Entity], claims: Iterable[Claim]) -> None:
        """Keep one article's entities and claims; written in batches (``COMMIT_ARTICLES``, ``COMMIT_SECONDS``)."""
        key = content_hash(article.text)
        if key in self.ids:
            return
        self.pending.append(
            (
                key,
                article.id,
                dumps(article_dict(article)),
                dumps([entity_dict(e) for e in entities]),
                dumps([claim_dict(c) for c in claims]),
            )
        )
        self.ids[key] = article.id
        if len(self.pending) >= COMMIT_ARTICLES or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Write the pending articles in one short transaction (another build's is waited for)."""
        if self.pending:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany(
                    "INSERT OR IGNORE INTO articles (hash, id, article, entities, claims) VALUES (?, ?, ?, ?, ?)",
                    self.pending,
                )
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            self.pending = []
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
        """The articles in the store now (other builds sharing it included)."""
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def close(self) -> None:
        self.commit()
        self.db.close()


def shown(setting: str | None) -> str:
    """A setting in a message: quoted, or "none" for one a build did not have."""
    return repr(setting) if setting is not None else "none"


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

"""The whole path, streamed: read -> parse -> extract -> resolve -> merge.

Articles flow through ``nlp.pipe`` in batches; only plain records leave each article, so memory holds
the graph, not the Docs.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from graphkit.canon import resolve_article
from graphkit.canon.aliases import Aliases
from graphkit.errors import InputError
from graphkit.extract import combine, extract_doc
from graphkit.extract.lexicon import lexicon_with, read_user_lexicon
from graphkit.graph import ClaimGraph
from graphkit.nlp import Pipeline, load_model, model_name, parse
from graphkit.options import MAX_ARTICLE_CHARS
from graphkit.progress import progress as show_progress
from graphkit.readers import distinct_texts, estimate_articles, read_articles
from graphkit.store import Store
from graphkit.types import Article, Extraction, ReadReport
from graphkit.version import __version__, code_digest

G = TypeVar("G", bound=ClaimGraph)


@dataclass
class BuildReport:
    """What a build read, skipped and produced, and how long each stage took."""

    inputs: list[str]
    model: str = ""
    reading: ReadReport = field(default_factory=ReadReport)
    articles: list[dict[str, object]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    store: dict[str, object] | None = None  # the store's path and size, when the build used one
    lexicon: str | None = None  # the user lexicon file, when the build used one
    outputs: dict[str, str] = field(default_factory=dict)  # file name -> path, once the graph is saved

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    def summary(self, graph: ClaimGraph | None = None) -> list[str]:
        """A few lines for the end of a build: counts, then the problems (the first few, then by kind)."""
        r = self.reading
        found = len(r.read) + len(r.skipped) + len(r.failed)
        lines = [f"read {len(r.read)} of {found} inputs ({len(r.skipped)} skipped, {len(r.failed)} failed)"]
        if graph is not None:
            lines[0] += f"; {len(graph.claims)} claims, {len(graph.edges)} edges, {len(graph.entities)} entities"
        problems = [(p["source"], p.get("reason") or p.get("error") or "") for p in r.skipped + r.failed]
        lines += [f"  {source}: {reason}" for source, reason in problems[:SUMMARY_PROBLEMS]]
        if len(problems) > SUMMARY_PROBLEMS:
            rest = Counter(problem_kind(reason) for _, reason in problems[SUMMARY_PROBLEMS:])
            kinds = ", ".join(f"{n} {kind}" for kind, n in rest.most_common())
            lines.append(f"  ... and {len(problems) - SUMMARY_PROBLEMS} more ({kinds}): see report.json")
        return lines

    def to_dict(self, graph: ClaimGraph | None = None) -> dict[str, object]:
        r = self.reading
        record: dict[str, object] = {
            "graphkit": __version__,
            "model": self.model,
            "inputs": self.inputs,
            "counts": {
                "found": len(r.read) + len(r.skipped) + len(r.failed),
                "read": len(r.read),
                "skipped": len(r.skipped),
                "failed": len(r.failed),
            },
            "skipped": r.skipped,
            "failed": r.failed,
            "articles": self.articles,
            "timings_s": {k: round(v, 3) for k, v in self.timings.items()},
        }
        if self.store is not None:
            record["store"] = self.store
        if self.lexicon is not None:
            record["lexicon"] = self.lexicon
        if graph is not None:
            record["graph"] = {"entities": len(graph.entities), "claims": len(graph.claims), "edges": len(graph.edges)}
        if self.outputs:
            record["outputs"] = dict(self.outputs)
        return record


SUMMARY_PROBLEMS = 8  # problems listed one by one at the end of a build; the rest are counted


def problem_kind(reason: str) -> str:
    """A reason without its particulars, to count alike problems: "malformed JSON line 3: ..." -> "malformed JSON"."""
    return re.split(r"[:(]| line \d| \d", reason, maxsplit=1)[0].strip()


def within_length(articles: Iterable[Article], max_chars: int, report: ReadReport) -> Iterator[Article]:
    """Articles up to ``max_chars`` characters; longer ones are recorded as skipped, never parsed."""
    for article in articles:
        if len(article.text) > max_chars:
            report.demote(
                article.source or article.id, f"too large: {len(article.text)} characters (limit {max_chars})"
            )
        else:
            yield article


def extractions(
    articles: Iterable[Article],
    nlp: Pipeline,
    report: BuildReport,
    max_chars: int = MAX_ARTICLE_CHARS,
    lexicon_text: str | None = None,
) -> Iterator[Extraction]:
    """Each article parsed (in parts if long) and reduced to its mentions and raw claims.

    ``lexicon_text`` is a user lexicon (TOML, checked by ``read_user_lexicon``) added to the shipped one.
    A failure on one article is recorded in the report and the build goes on.
    """
    lexicon = lexicon_with(lexicon_text)
    valid = (article.repaired() for article in articles)  # invalid Unicode never reaches spaCy
    stream = parse(nlp, within_length(valid, max_chars, report.reading))
    parts: list[Extraction] = []
    failed: str | None = None
    while True:
        with report.timed("read_and_parse"):
            item = next(stream, None)
        if parts and (item is None or item[0].id != parts[0].article.id):
            yield combine(parts)
            parts = []
        if item is None:
            return
        article, offset, doc = item
        if failed == article.id:
            continue
        with report.timed("extract"):
            try:
                parts.append(extract_doc(article, doc, lexicon, offset))
            except Exception as err:  # a bug on one article must not lose the others: record it
                report.reading.demote(article.source or article.id, f"{type(err).__name__}: {err}", failed=True)
                failed, parts = article.id, []


def merge(
    extractions: Iterable[Extraction],
    graph: G,
    report: BuildReport,
    aliases: Aliases | None = None,
    store: Store | None = None,
) -> G:
    """Resolve each article's mentions and claims to canonical entities and merge them into ``graph``.

    With a ``store``, each article's entities and claims are committed to it instead: the graph is then
    regenerated from the store (``Store.load``), so an incremental build and a full one merge alike.
    """
    for extraction in extractions:
        with report.timed("resolve_and_merge"):
            try:
                entities, claims = resolve_article(extraction, aliases=aliases)
            except Exception as err:  # a bug on one article must not lose the others: record it
                source = extraction.article.source or extraction.article.id
                report.reading.demote(source, f"{type(err).__name__}: {err}", failed=True)
                continue
            if store is None:
                graph.add(entities, claims, extraction.article)
            else:
                store.add(extraction.article, entities, claims)
        article = extraction.article
        record: dict[str, object] = {
            "id": article.id,
            "source": article.source,
            "mentions": len(extraction.mentions),
            "claims": len(claims),
        }
        if extraction.topic:
            record[extraction.topic] = True  # "sport": true, "entertainment": true: no event claims were made of it
        report.articles.append(record)
    return graph


ExtractStage = Callable[[Iterable[Article], BuildReport], Iterable[Extraction]]


def run(
    inputs: Iterable[str | Path],
    graph: G,
    model: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    strict: bool = False,
    aliases: str | Path | Aliases | None = None,
    extract: ExtractStage | None = None,
    store: str | Path | None = None,
    progress: bool = False,
    lexicon: str | Path | None = None,
    lexicon_text: str | None = None,
) -> tuple[G, BuildReport]:
    """Read ``inputs`` (files, folders, ``-``) and merge what they say into ``graph``.

    With ``strict``, any input skipped or failed is an InputError (raised once all are read).
    ``aliases`` names a user file of names that add to or override graphkit's (see README), or is one loaded.
    ``lexicon`` names a user lexicon file and ``lexicon_text`` is its checked content (``read_user_lexicon``),
    which ``extract`` must have been given too; a store records its hash.
    ``extract`` is the parse-and-extract stage (``graphkit.engines.extractor``; default: this process).
    ``store`` names a SQLite file that keeps what was extracted: only articles it has not seen are parsed,
    and the graph is regenerated from it. ``progress`` shows a bar on standard error when it is a terminal.
    """
    report = BuildReport(inputs=[str(i) for i in inputs])
    if lexicon is not None:
        lexicon_text = lexicon_text if lexicon_text is not None else read_user_lexicon(lexicon)
        report.lexicon = str(lexicon)
    names = Aliases.load(aliases) if isinstance(aliases, (str, Path)) else aliases
    if extract is None:
        nlp = load_model(model)
        report.model = model_name(nlp)
        extract = lambda items, rep: extractions(items, nlp, rep, max_chars, lexicon_text)  # noqa: E731
    articles: Iterable[Article] = read_articles(report.inputs, report.reading)
    kept = Store(store, store_settings(model, names, lexicon_text)) if store is not None else None
    try:
        if kept is not None:
            articles = kept.new_articles(articles, report.reading)
        else:
            articles = distinct_texts(articles, report.reading)
        items = show_progress(extract(articles, report), lambda: estimate_articles(report.inputs), progress)
        merge(items, graph, report, names, kept)
        if kept is not None:
            kept.commit()
            with report.timed("load_store"):
                kept.load(graph)
            report.store = {"path": str(kept.path), "articles_before": kept.before, "articles": len(kept)}
    finally:
        if kept is not None:
            kept.close()
    problems = report.reading.skipped + report.reading.failed
    if strict and problems:
        first = problems[0]
        raise InputError(
            f"{len(problems)} input(s) skipped or failed (--strict), first {first['source']}: "
            f"{first.get('reason') or first.get('error')}"
        )
    return graph, report


def store_settings(
    model: str | None, aliases: Aliases | None, lexicon_text: str | None = None
) -> dict[str, str | None]:
    """What a store's contents depend on: a store built with other settings is not reused.

    A user lexicon is recorded by the hash of its content, and only when there is one (None: the shipped
    lexicon alone), so that stores built before graphkit recorded it still open without one. The code that
    makes claims is recorded by its digest (``code_digest``): the version alone did not change with it.
    """
    return {
        "graphkit": __version__,
        "code": code_digest(),  # a store of claims that older code made is not reused, whatever the version
        "model": model_name(load_model(model)),
        "aliases": (aliases or Aliases()).digest,
        "lexicon": None if lexicon_text is None else "sha256:" + hashlib.sha256(lexicon_text.encode()).hexdigest()[:16],
    }

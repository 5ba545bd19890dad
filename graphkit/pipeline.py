"""The whole path, streamed: read -> parse -> extract -> resolve -> merge.

Articles flow through ``nlp.pipe`` in batches; only plain records leave each article, so memory holds
the graph, not the Docs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from spacy.language import Language

from graphkit import __version__
from graphkit.canon import resolve
from graphkit.extract import default_lexicon, extract_doc
from graphkit.graph import ClaimGraph
from graphkit.nlp import load_model, model_name, parse
from graphkit.readers import read_articles
from graphkit.types import Article, Extraction, ReadReport

G = TypeVar("G", bound=ClaimGraph)


@dataclass
class BuildReport:
    """What a build read, skipped and produced, and how long each stage took."""

    inputs: list[str]
    model: str = ""
    reading: ReadReport = field(default_factory=ReadReport)
    articles: list[dict[str, object]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

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
        if graph is not None:
            record["graph"] = {"entities": len(graph.entities), "claims": len(graph.claims), "edges": len(graph.edges)}
        return record


def within_length(articles: Iterable[Article], max_chars: int, report: ReadReport) -> Iterator[Article]:
    """Articles short enough for the parser; longer ones are recorded as skipped, not loaded into it."""
    for article in articles:
        if len(article.text) > max_chars:
            report.read.remove(article.source or article.id)
            report.skip(article.source or article.id, f"too large: {len(article.text)} characters (limit {max_chars})")
        else:
            yield article


def extractions(articles: Iterable[Article], nlp: Language, report: BuildReport) -> Iterator[Extraction]:
    """Each article parsed and reduced to its mentions and raw claims; a failure is recorded, not raised."""
    lexicon = default_lexicon()
    stream = parse(nlp, within_length(articles, nlp.max_length, report.reading))
    while True:
        with report.timed("read_and_parse"):
            item = next(stream, None)
        if item is None:
            return
        article, doc = item
        with report.timed("extract"):
            try:
                extraction = extract_doc(article, doc, lexicon)
            except Exception as err:  # a bug on one article must not lose the others: record it
                source = article.source or article.id
                report.reading.read.remove(source)
                report.reading.fail(source, f"extraction failed: {type(err).__name__}: {err}")
                continue
        yield extraction


def merge(extractions: Iterable[Extraction], graph: G, report: BuildReport) -> G:
    """Resolve each article's mentions and claims to canonical entities and merge them into ``graph``."""
    for extraction in extractions:
        with report.timed("resolve_and_merge"):
            entities, claims = resolve(extraction)
            graph.add(entities, claims, extraction.article)
        article = extraction.article
        report.articles.append(
            {"id": article.id, "source": article.source, "mentions": len(extraction.mentions), "claims": len(claims)}
        )
    return graph


def run(inputs: Iterable[str | Path], graph: G, model: str | None = None) -> tuple[G, BuildReport]:
    """Read ``inputs`` (files, folders, ``-``) and merge what they say into ``graph``."""
    report = BuildReport(inputs=[str(i) for i in inputs])
    nlp = load_model(model)
    report.model = model_name(nlp)
    articles = read_articles(report.inputs, report.reading)
    return merge(extractions(articles, nlp, report), graph, report), report

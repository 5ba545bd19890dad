"""What a worker does: parse and extract a batch of articles, returning only plain records.

The functions live in an importable module (not ``__main__``) so that worker processes, local or Dask,
can run them. A worker loads its model once (``load_model`` is cached per process).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from graphkit.nlp import load_model, model_name
from graphkit.pipeline import BuildReport, extractions
from graphkit.types import Article, Extraction

F = TypeVar("F")
BATCH_ARTICLES = 16  # articles per task: big enough to amortize the round trip, small enough to balance


@dataclass
class BatchResult:
    """A batch's extractions, in order, and the articles it had to skip or fail, with the reasons."""

    extractions: list[Extraction]
    skipped: list[dict[str, str]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    model: str = ""


def extract_batch(
    articles: list[Article], model: str | None, max_chars: int, lexicon_text: str | None = None
) -> BatchResult:
    """Parse and extract ``articles`` in this process (the worker side of every engine), with the shipped
    lexicon and the user lexicon ``lexicon_text`` (TOML text, built into a lexicon once per process)."""
    nlp = load_model(model)
    report = BuildReport(inputs=[])
    found = list(extractions(articles, nlp, report, max_chars, lexicon_text))
    r = report.reading
    return BatchResult(found, r.skipped, r.failed, report.timings, model_name(nlp))


def batches(articles: Iterable[Article], size: int = BATCH_ARTICLES) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size``."""
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def in_order(
    submit: Callable[[list[Article]], F], result: Callable[[F], BatchResult], articles: Iterable[Article], window: int
) -> Iterator[BatchResult]:
    """Results of the batches of ``articles`` in input order, with at most ``window`` batches in flight.

    The window keeps memory flat: articles are read only as fast as the workers take them.
    """
    pending: deque[F] = deque()
    for batch in batches(articles):
        pending.append(submit(batch))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def merge_results(results: Iterable[BatchResult], report: BuildReport) -> Iterator[Extraction]:
    """The extractions of each batch, its skips and failures recorded in ``report`` as they come."""
    for batch in results:
        report.model = report.model or batch.model
        for problem in batch.skipped:
            report.reading.demote(problem["source"], problem["reason"])
        for problem in batch.failed:
            report.reading.demote(problem["source"], problem["error"], failed=True)
        for stage, seconds in batch.timings.items():
            report.timings[f"workers_{stage}"] = report.timings.get(f"workers_{stage}", 0.0) + seconds
        yield from batch.extractions

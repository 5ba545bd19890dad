"""The parse and extraction on N processes of this machine; the merge stays in the calling process."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial

from graphkit.engines.work import BatchResult, extract_batch, in_order, merge_results
from graphkit.pipeline import BuildReport
from graphkit.types import Article, Extraction


def process_extractions(
    articles: Iterable[Article],
    report: BuildReport,
    model: str | None,
    max_chars: int,
    workers: int,
    lexicon_text: str | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, parsed on ``workers`` processes.

    Each worker loads the model on its first batch; a missing model raises its ModelNotFoundError here.
    """
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        work = partial(extract_batch, model=model, max_chars=max_chars, lexicon_text=lexicon_text)
        submit = lambda batch: pool.submit(work, batch)  # noqa: E731
        results: Iterator[BatchResult] = in_order(submit, Future.result, articles, window=4 * workers)
        yield from merge_results(results, report)

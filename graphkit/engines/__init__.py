"""Where the parse and extraction run: this process (``local``), N local processes, or Dask workers.

Every engine yields the same extractions in the same (input) order, so the merge, done in the calling
process, gives the same graph whatever the engine. No engine runs the caller's script again in its workers:
``build(..., workers=N)`` needs no ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from graphkit.errors import InputError
from graphkit.nlp import load_model, model_name
from graphkit.options import ENGINES
from graphkit.pipeline import BuildReport, extractions
from graphkit.types import Article, Extraction

Extractor = Callable[[Iterable[Article], BuildReport], Iterator[Extraction]]


def local_extractions(
    articles: Iterable[Article],
    report: BuildReport,
    model: str | None,
    max_chars: int,
    lexicon_text: str | None = None,
) -> Iterator[Extraction]:
    """Extractions parsed in this process."""
    nlp = load_model(model)
    report.model = model_name(nlp)
    return extractions(articles, nlp, report, max_chars, lexicon_text)


@contextmanager
def extractor(
    model: str | None,
    max_chars: int,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    lexicon_text: str | None = None,
) -> Iterator[Extractor]:
    """The extraction stage for ``engine`` on ``workers`` processes (``scheduler``: a Dask cluster's address),
    ready to run: the model is loaded, and the worker processes or the Dask cluster are up.

    ``lexicon_text`` is a user lexicon's content (``read_user_lexicon``): every worker gets it with its work,
    never a path it may not be able to read.

    Everything that can fail at the start (a missing model, a worker that cannot start, an unreachable
    scheduler) fails here, before the build reads an input or writes a file. Worker processes and a local
    cluster stop when the block exits; if it exits on an error, they are killed at once.
    """
    if workers < 1:
        raise InputError(f"workers must be 1 or more, not {workers}")
    if scheduler and engine != "dask":
        engine = "dask"  # --scheduler implies the Dask engine
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "dask":
        load_model(model)
        from graphkit.engines.dask import DaskEngine

        with DaskEngine(workers, scheduler) as dask:
            yield partial(dask.extractions, model=model, max_chars=max_chars, lexicon_text=lexicon_text)
    elif workers > 1:
        from graphkit.engines.processes import WorkerPool

        pool = WorkerPool(workers, model, max_chars=max_chars, lexicon_text=lexicon_text).start()
        try:
            yield pool.extractions
        except BaseException:
            pool.close(kill=True)
            raise
        pool.close()
    else:
        load_model(model)
        yield partial(local_extractions, model=model, max_chars=max_chars, lexicon_text=lexicon_text)

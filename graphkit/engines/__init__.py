"""Where the parse and extraction run: this process (``local``), N local processes, or Dask workers.

Every engine yields the same extractions in the same (input) order, so the merge, done in the calling
process, gives the same graph whatever the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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


def extractor(
    model: str | None,
    max_chars: int,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    lexicon_text: str | None = None,
) -> Extractor:
    """The extraction stage for ``engine`` on ``workers`` processes (``scheduler``: a Dask cluster's address).

    ``lexicon_text`` is a user lexicon's content (``read_user_lexicon``): every worker gets it with its work,
    never a path it may not be able to read. A missing model fails before any work starts: here for the local
    and Dask engines, and in the first batch for worker processes (which load it themselves, while this
    process reads).
    """
    if workers < 1:
        raise InputError(f"workers must be 1 or more, not {workers}")
    if scheduler and engine != "dask":
        engine = "dask"  # --scheduler implies the Dask engine
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "dask":
        load_model(model)
        from graphkit.engines.dask import dask_extractions

        return partial(
            dask_extractions,
            model=model,
            max_chars=max_chars,
            workers=workers,
            scheduler=scheduler,
            lexicon_text=lexicon_text,
        )
    if workers > 1:
        from graphkit.engines.processes import process_extractions

        return partial(
            process_extractions, model=model, max_chars=max_chars, workers=workers, lexicon_text=lexicon_text
        )
    return partial(local_extractions, model=model, max_chars=max_chars, lexicon_text=lexicon_text)

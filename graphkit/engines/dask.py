"""The parse and extraction on a Dask cluster: ``extract_batch`` runs in the workers, the merge stays here.

``scheduler`` is the address of a running cluster (``tcp://host:8786``); without one, a local cluster
of ``workers`` processes is started and closed with the build.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graphkit.engines.work import extract_batch, in_order, merge_results
from graphkit.errors import InputError
from graphkit.pipeline import BuildReport
from graphkit.types import Article, Extraction


def dask_extractions(
    articles: Iterable[Article],
    report: BuildReport,
    model: str | None,
    max_chars: int,
    workers: int,
    scheduler: str | None = None,
    lexicon_text: str | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``articles`` in input order, parsed by Dask workers."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise InputError("the Dask engine needs dask.distributed: pip install 'graphkit[dask]'") from err
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        submit = lambda batch: client.submit(extract_batch, batch, model, max_chars, lexicon_text, pure=False)  # noqa: E731
        yield from merge_results(in_order(submit, lambda future: future.result(), articles, window), report)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

"""The parse and extraction on a Dask cluster: ``extract_batch`` runs in the workers, the merge stays here.

``scheduler`` is the address of a running cluster (``tcp://host:8786``). Without one, a local cluster is
started for the build and closed with it: a scheduler in this process and N ``dask worker`` processes
(``python -m dask worker ADDRESS``), as on several machines. Those processes run the dask
command, not the caller's script, so a plain script needs no ``if __name__ == "__main__":`` guard.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any

from graphkit.engines.processes import child_environment
from graphkit.engines.work import extract_batch, in_order, merge_results
from graphkit.errors import InputError
from graphkit.pipeline import BuildReport
from graphkit.types import Article, Extraction

START_SECONDS = 120  # how long a local cluster's workers may take to start
QUIET = {"DASK_LOGGING__DISTRIBUTED": "warning"}  # the workers log warnings and errors only


class DaskEngine:
    """A Dask client, on the cluster at ``scheduler`` or on a local cluster of ``workers`` processes."""

    def __init__(self, workers: int, scheduler: str | None = None) -> None:
        self.workers = workers
        self.scheduler = scheduler
        self.cluster: Any = None
        self.processes: list[subprocess.Popen[bytes]] = []
        # The local workers' log: a task's error reaches the build through its future, and what the workers
        # say as they leave (heartbeats cut short) is noise, so the log is kept out of sight, for start-up errors.
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in __exit__)
        self.client: Any = None

    def __enter__(self) -> DaskEngine:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise InputError("the Dask engine needs dask.distributed: pip install 'graphkit[dask]'") from err
        if self.scheduler:
            try:
                self.client = Client(self.scheduler, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise InputError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}") from err
            return self
        try:
            self.cluster = LocalCluster(
                n_workers=0, processes=False, protocol="tcp", host="127.0.0.1", dashboard_address=None
            )
            for _ in range(self.workers):  # one process each, without a nanny: nothing to outlive the build
                self.processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "dask", "worker", self.cluster.scheduler_address, "--no-nanny",
                         "--nthreads", "1", "--no-dashboard", "--death-timeout", "60"],
                        env={**child_environment(), **QUIET},
                        stdin=subprocess.DEVNULL,
                        stdout=self.log,
                        stderr=subprocess.STDOUT,
                    )
                )  # fmt: skip
            self.client = Client(self.cluster)
            try:
                self.client.wait_for_workers(self.workers, timeout=START_SECONDS)
            except TimeoutError as err:
                raise InputError(
                    f"the {self.workers} local Dask workers did not start within {START_SECONDS} s: {self.last_words()}"
                ) from err
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.client is not None and self.processes:
            self.client.retire_workers(close_workers=True)  # the local workers leave, and their processes end
        if self.client is not None:
            self.client.close()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self.cluster is not None:
            self.cluster.close()
        self.log.close()

    def last_words(self) -> str:
        """The last line the local workers logged, for an error message."""
        self.log.seek(0)
        lines = self.log.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else "they said nothing"

    def extractions(
        self,
        articles: Iterable[Article],
        report: BuildReport,
        model: str | None,
        max_chars: int,
        lexicon_text: str | None = None,
    ) -> Iterator[Extraction]:
        """Extractions of ``articles`` in input order, at most four batches per worker in flight."""
        client = self.client
        window = 4 * max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        submit = lambda batch: client.submit(extract_batch, batch, model, max_chars, lexicon_text, pure=False)  # noqa: E731
        yield from merge_results(in_order(submit, lambda future: future.result(), articles, window), report)

"""The parse and extraction on N processes of this machine; the merge stays in the calling process.

Each worker is a fresh interpreter running ``graphkit.engines.worker``. It never imports the caller's
``__main__``, so ``build(..., workers=N)`` works from a plain script without an ``if __name__ == "__main__":``
guard, from ``python -c``, and from a notebook alike. The pool is started, and every worker has loaded the
model, before the build reads or writes anything (``WorkerPool.start``): a worker that cannot start fails
the build at once, with the worker's own error (a ModelNotFoundError stays one).
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from graphkit.engines.work import BatchResult, in_order, merge_results
from graphkit.engines.worker import WorkerError, receive, send
from graphkit.pipeline import BuildReport
from graphkit.types import Article, Extraction

WORKER_MODULE = "graphkit.engines.worker"
STOP_SECONDS = 10.0  # how long a worker may take to finish its batch and exit once told to stop


def child_environment() -> dict[str, str]:
    """This process's environment, with the graphkit it runs first on the path of a child interpreter
    (installed or a source tree, the child imports the same graphkit)."""
    source = str(Path(__file__).resolve().parents[2])
    paths = [source, *(p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and p != source)]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


class Worker:
    """One worker process and its pipes."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", WORKER_MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_environment(),
        )
        try:
            send(self.requests, settings)
        except BrokenPipeError:  # it could not even start (an interpreter without graphkit, say)
            raise self.stopped() from None

    @property
    def requests(self) -> IO[bytes]:
        assert self.process.stdin is not None
        return self.process.stdin

    @property
    def replies(self) -> IO[bytes]:
        assert self.process.stdout is not None
        return self.process.stdout

    def answer(self, expected: str) -> Any:
        """The worker's next message, which must be ``expected``; its error raised here if it sent one."""
        try:
            kind, value = receive(self.replies)
        except EOFError:
            raise self.stopped() from None
        if kind == "error":
            raise value
        if kind != expected:
            raise WorkerError(f"a graphkit worker process answered {kind!r}, not {expected!r}")
        return value

    def stopped(self) -> WorkerError:
        """The error of a worker that has gone (killed, out of memory, crashed)."""
        status = self.process.wait()
        return WorkerError(
            f"a graphkit worker process stopped (exit status {status}); its error, if any, is on standard error"
        )

    def run(self, batch: list[Article]) -> BatchResult:
        """Parse and extract ``batch`` in the worker."""
        try:
            send(self.requests, batch)
        except (BrokenPipeError, ValueError):  # the worker has gone (ValueError: its pipe is already closed)
            raise self.stopped() from None
        result: BatchResult = self.answer("result")
        return result

    def stop(self, kill: bool = False) -> None:
        """Close the worker's input (it exits after its batch), or kill it; wait for it either way."""
        if kill:
            self.process.kill()
        with contextlib.suppress(OSError):  # the pipe is already broken: the worker has gone
            self.requests.close()
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.replies.close()


class WorkerPool:
    """``workers`` worker processes; ``submit`` runs a batch on the next idle one, in a thread of this process."""

    def __init__(self, workers: int, model: str | None, **work: Any) -> None:
        """``work``: the keyword arguments of ``extract_batch`` besides the batch and model (``max_chars``, ...)."""
        self.size = workers
        self.settings = {"sys_path": list(sys.path), "model": model, "work": work}
        self.workers: list[Worker] = []
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.threads = ThreadPoolExecutor(workers, thread_name_prefix="graphkit-worker")
        self.model = ""

    def start(self) -> WorkerPool:
        """Start every worker and wait until each has loaded the model (all start at once)."""
        try:
            for _ in range(self.size):
                self.workers.append(Worker(self.settings))
            for worker in self.workers:
                self.model = worker.answer("ready")
                self.idle.put(worker)
        except BaseException:
            self.close(kill=True)
            raise
        return self

    def submit(self, batch: list[Article]) -> Future[BatchResult]:
        return self.threads.submit(self._run, batch)

    def _run(self, batch: list[Article]) -> BatchResult:
        worker = self.idle.get()  # never waits long: there are as many threads as workers
        try:
            return worker.run(batch)
        finally:
            self.idle.put(worker)

    def close(self, kill: bool = False) -> None:
        """Stop the workers (``kill``: at once, for a build that failed or was interrupted)."""
        for worker in self.workers:
            worker.stop(kill)
        self.threads.shutdown(wait=True, cancel_futures=True)

    def extractions(self, articles: Iterable[Article], report: BuildReport) -> Iterator[Extraction]:
        """Extractions of ``articles`` in input order, at most four batches per worker in flight."""
        report.model = report.model or self.model
        results: Iterator[BatchResult] = in_order(self.submit, Future.result, articles, window=4 * self.size)
        yield from merge_results(results, report)

"""Worker processes start where users call them: from a plain script without a ``__main__`` guard, with one,
and from a notebook; a start that fails does so at once, before a store or an output is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

import graphkit
from graphkit.engines import processes
from graphkit.engines.processes import WorkerPool
from graphkit.engines.worker import WorkerError
from graphkit.errors import ModelNotFoundError
from graphkit.types import Article

pytestmark = pytest.mark.processes

PLAIN = """
import json, sys
import graphkit

kg = graphkit.build([{seeds!r}], {options}, store="news.sqlite")
json.dump({{"claims": len(kg.claims), "edges": len(kg.edges), "model": kg.report.model}}, sys.stdout)
"""


def run_script(folder: Path, source: str) -> subprocess.CompletedProcess[str]:
    """``python build.py`` in ``folder``, as a user runs a script (this tree's graphkit on the path)."""
    (folder / "build.py").write_text(textwrap.dedent(source), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "build.py"], cwd=folder, env=env, capture_output=True, text=True, timeout=600
    )


def guarded(source: str) -> str:
    body = textwrap.indent(textwrap.dedent(source).split("import graphkit\n", 1)[1], "    ")
    return "import json, sys\nimport graphkit\n\nif __name__ == '__main__':\n" + body


@pytest.fixture(scope="module")
def plain_build() -> dict[str, object]:
    """The seeds' counts from a build in this process, to compare the scripts' with."""
    kg = graphkit.build(SEEDS)
    return {"claims": len(kg.claims), "edges": len(kg.edges)}


@pytest.mark.parametrize("guard", [False, True], ids=["plain script", "with a __main__ guard"])
def test_a_script_builds_on_two_workers_with_or_without_a_main_guard(guard, plain_build, tmp_path):
    source = PLAIN.format(seeds=str(SEEDS), options="workers=2")
    result = run_script(tmp_path, guarded(source) if guard else source)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert {k: counts[k] for k in plain_build} == plain_build
    assert counts["model"].startswith("en_core_web_sm")
    assert "bootstrapping" not in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "news.sqlite").is_file()


@pytest.mark.dask
def test_a_script_builds_on_a_local_dask_cluster_without_a_main_guard(plain_build, tmp_path):
    result = run_script(tmp_path, PLAIN.format(seeds=str(SEEDS), options='engine="dask", workers=2'))
    assert result.returncode == 0, result.stderr
    assert {k: json.loads(result.stdout)[k] for k in plain_build} == plain_build
    assert "Traceback" not in result.stderr


def test_a_failed_start_fails_at_once_and_writes_no_store(tmp_path):
    store = tmp_path / "news.sqlite"
    with pytest.raises(ModelNotFoundError, match="no_such_pipeline"):
        graphkit.build(SEEDS, model="no_such_pipeline", workers=2, store=store)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ModelNotFoundError):
        graphkit.build_to([SEEDS], tmp_path / "out", model="no_such_pipeline", workers=2, store=store)
    assert list(tmp_path.iterdir()) == []
    assert worker_processes() == []


def test_a_failed_start_on_the_command_line_is_one_line_and_writes_nothing(tmp_path):
    command = [sys.executable, "-m", "graphkit.cli", "build", str(SEEDS), "--out", str(tmp_path / "out")]
    command += ["--workers", "2", "--store", str(tmp_path / "news.sqlite"), "--model", "no_such_pipeline"]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    assert result.returncode == 2
    assert result.stderr.startswith("graphkit: error: spaCy pipeline 'no_such_pipeline' is not installed")
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_a_worker_that_dies_is_a_clear_error_and_no_worker_outlives_the_build(tmp_path):
    pool = WorkerPool(2, None, max_chars=100_000).start()
    try:
        assert len(worker_processes()) == 2
        pool.workers[0].process.kill()
        pool.workers[0].process.wait()
        batch = [Article("a", "Iran supplied Russia with drones.")]
        results = [pool.submit(batch) for _ in range(2)]
        errors = [f.exception() for f in results]
        assert any(isinstance(e, WorkerError) and "stopped (exit status -9)" in str(e) for e in errors)
        assert any(e is None for e in errors)  # the other worker still answers
    finally:
        pool.close(kill=True)
    assert worker_processes() == []


def test_workers_stop_when_the_build_fails_half_way(tmp_path):
    store = tmp_path / "news.sqlite"
    graphkit.build(SEEDS, store=store)
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[people]\n"Yevgeny Prigozhin" = ["Prigozhin"]\n', "utf-8")
    with pytest.raises(graphkit.errors.InputError, match="new --store"):
        graphkit.build(SEEDS, store=store, aliases=aliases, workers=2)
    assert worker_processes() == []


def worker_processes() -> list[int]:
    """Process ids of this process's graphkit worker children (Linux: read from /proc)."""
    if not Path("/proc/self").is_dir():
        pytest.skip("needs /proc")
    found = []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        ppid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), None)
        if ppid == os.getpid() and b"graphkit.engines.worker" in cmdline:
            found.append(int(entry.name))
    return found


def test_a_worker_that_cannot_start_fails_the_build_at_once(monkeypatch, tmp_path):
    monkeypatch.setattr(processes, "WORKER_MODULE", "graphkit.no_such_module")
    with pytest.raises(WorkerError, match=r"stopped \(exit status 1\)"):
        graphkit.build_to([SEEDS], tmp_path / "out", workers=2, store=tmp_path / "news.sqlite")
    assert list(tmp_path.iterdir()) == [] and worker_processes() == []

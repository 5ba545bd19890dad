"""Builds at scale give the graph a plain build gives: on N processes, on Dask, incremental, resumed after a kill."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import signal
import sqlite3
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

import graphkit

CORPORA = ROOT.parent / "shared" / "corpora"
WIKINEWS = CORPORA / "wikinews_gum.jsonl"
BBC = CORPORA / "bbc_news_2004_2005.jsonl"
COMPARED = ("claims.jsonl", "entities.jsonl", "graph.ttl")
needs_corpora = pytest.mark.skipif(not (WIKINEWS.exists() and BBC.exists()), reason="needs ../shared/corpora")


def lines_of(source: Path, start: int, stop: int, path: Path) -> Path:
    with source.open(encoding="utf-8") as handle:
        path.write_text("".join(line for n, line in enumerate(handle) if start <= n < stop), "utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """Two batches of real articles: the seeds and 3 Wikinews articles, then 3 more."""
    folder = tmp_path_factory.mktemp("corpus")
    first, more = folder / "first", folder / "more"
    first.mkdir(), more.mkdir()
    for seed in SEEDS.iterdir():
        (first / seed.name).write_bytes(seed.read_bytes())
    if WIKINEWS.exists():
        lines_of(WIKINEWS, 0, 3, first / "wikinews.jsonl")
        lines_of(WIKINEWS, 3, 6, more / "wikinews.jsonl")
    else:
        (more / "extra.txt").write_text("Iran has supplied Russia with drones, Western officials say.", "utf-8")
    return first, more


@pytest.fixture(scope="module")
def full(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The outputs of a plain build of both batches."""
    out = tmp_path_factory.mktemp("full")
    graphkit.build(list(corpus)).save(out)
    return outputs(out)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in COMPARED}


def saved(graph: graphkit.KnowledgeGraph, out: Path) -> dict[str, bytes]:
    graph.save(out)
    return outputs(out)


@pytest.mark.processes
def test_two_workers_give_the_same_outputs(corpus, full, tmp_path):
    graph = graphkit.build(list(corpus), workers=2)
    assert saved(graph, tmp_path) == full
    assert graph.report.model.startswith("en_core_web_sm")


@pytest.mark.dask
def test_a_dask_build_on_a_two_worker_local_cluster_equals_the_local_build(corpus, full, tmp_path):
    graph = graphkit.build(list(corpus), engine="dask", workers=2)
    assert saved(graph, tmp_path) == full
    assert len(graph.report.articles) == len(json.loads(json.dumps(graph.report.articles)))


def test_an_incremental_build_equals_the_full_build_and_parses_only_new_articles(corpus, full, tmp_path):
    first, more = corpus
    store = tmp_path / "graph.sqlite"
    one = graphkit.build([first], store=store)
    parsed_first = len(one.report.articles)
    assert parsed_first >= 3
    two = graphkit.build([first, more], store=store)
    assert saved(two, tmp_path / "two") == full
    assert 1 <= len(two.report.articles) < parsed_first + len(two.report.articles)
    assert {a["id"] for a in two.report.articles}.isdisjoint({a["id"] for a in one.report.articles})
    again = graphkit.build([first, more], store=store)
    assert again.report.articles == [] and saved(again, tmp_path / "again") == full


def test_the_same_content_under_another_name_is_not_counted_twice(corpus, tmp_path):
    first, _ = corpus
    store = tmp_path / "graph.sqlite"
    graph = graphkit.build([first], store=store)
    copy = tmp_path / "copy"
    copy.mkdir()
    seed = sorted(SEEDS.iterdir())[0]
    (copy / ("renamed" + seed.suffix)).write_bytes(seed.read_bytes())
    again = graphkit.build([first, copy], store=store)
    assert again.report.articles == []
    assert set(again.articles) == set(graph.articles)
    assert {e.id: e.mentions for e in again.entities.values()} == {e.id: e.mentions for e in graph.entities.values()}


def test_a_store_built_with_other_settings_is_refused(corpus, tmp_path):
    store = tmp_path / "graph.sqlite"
    graphkit.build([corpus[1]], store=store)
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[people]\n"Yevgeny Prigozhin" = ["Putin\'s chef"]\n', "utf-8")
    with pytest.raises(graphkit.errors.InputError, match="new --store"):
        graphkit.build([corpus[1]], store=store, aliases=aliases)


def stored_articles(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        with sqlite3.connect(store, timeout=5) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


@pytest.mark.processes
@needs_corpora
def test_a_killed_build_keeps_what_it_committed_and_resumes(tmp_path):
    corpus = lines_of(BBC, 0, 150, tmp_path / "bbc.jsonl")
    store, out = tmp_path / "graph.sqlite", tmp_path / "out"
    command = [sys.executable, "-m", "graphkit.cli", "build", str(corpus), "--out", str(out), "--store", str(store)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored_articles(store) == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    assert process.poll() is None, "the build ended before it could be killed: use a larger corpus"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    committed = stored_articles(store)
    assert 0 < committed < 150 and not out.exists()
    result = subprocess.run([*command, "--quiet"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # --quiet: no summary, no progress
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert len(report["articles"]) == 150 - committed  # only what the killed build had not committed
    assert report["store"]["articles"] == 150
    full = tmp_path / "full"
    graphkit.build(corpus).save(full)
    assert outputs(out) == outputs(full)


@pytest.mark.processes
def test_the_progress_bar_shows_on_a_terminal_only(tmp_path):
    command = [sys.executable, "-m", "graphkit.cli", "build", str(SEEDS), "--out", str(tmp_path / "out")]
    piped = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert piped.returncode == 0 and "articles/s" not in piped.stderr and "read 2 of 2" in piped.stderr
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a terminal 120 wide
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=terminal, env={**os.environ, "TERM": "xterm"})
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    process.wait(timeout=300)
    os.close(main)
    assert process.returncode == 0
    assert b"articles/s" in seen and b"2/2" in seen, seen


@pytest.mark.processes
def test_a_missing_model_is_a_clear_error_with_workers_too():
    with pytest.raises(graphkit.errors.ModelNotFoundError, match="not installed"):
        graphkit.build(SEEDS, model="no_such_pipeline", workers=2)


def test_a_store_that_is_a_folder_or_not_sqlite_is_a_clear_error(tmp_path):
    with pytest.raises(graphkit.errors.InputError, match="is a folder"):
        graphkit.build(SEEDS, store=tmp_path)
    (tmp_path / "notes.sqlite").write_text("not a database " * 100, "utf-8")
    with pytest.raises(graphkit.errors.InputError, match="not a graphkit store"):
        graphkit.build(SEEDS, store=tmp_path / "notes.sqlite")

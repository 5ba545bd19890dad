"""One store serves two builds at once, and the same text under two ids is reported, never silently absent.

The builds are real processes (``graphkit build --store``) started together, on a new store and on one that
another process keeps locked for longer than SQLite's default wait.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import graphkit

TEXTS = {
    "one": "Chile accused Peru of spying on its navy.",
    "two": "Peru condemned Chile on Tuesday.",
    "three": "Bolivia accused Chile of blocking its exports.",
    "four": "Peru expelled two Chilean diplomats.",
    "five": "Argentina condemned Bolivia on Friday.",
}


def folder_of(root: Path, name: str, ids: list[str]) -> Path:
    folder = root / name
    folder.mkdir()
    for article_id in ids:
        (folder / f"{article_id}.txt").write_text(TEXTS[article_id], "utf-8")
    return folder


def start_build(inputs: Path, out: Path, store: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "graphkit.cli", "build", str(inputs), "--out", str(out), "--store", str(store), "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = process.communicate(timeout=600)
    return process.returncode, err


def articles_of(out: Path) -> set[str]:
    return set(graphkit.read_turtle(out / "graph.ttl").articles)


def stored_ids(store: Path) -> list[str]:
    with sqlite3.connect(store, timeout=60) as db:
        return sorted(row[0] for row in db.execute("SELECT id FROM articles"))


def check_both(tmp_path: Path, runs: list[tuple[Path, subprocess.Popen[str]]], read: list[set[str]]) -> None:
    for (out, run), ids in zip(runs, read, strict=True):
        code, err = finished(run)
        assert code == 0, err
        assert ids <= articles_of(out)  # everything it read is in its graph, whoever stored it first
        report = json.loads((out / "report.json").read_text("utf-8"))
        assert report["counts"]["read"] == len(ids) and report["counts"]["skipped"] == 0


@pytest.mark.processes
def test_two_builds_start_a_new_store_at_once_and_both_keep_what_they_read(tmp_path):
    store = tmp_path / "news.sqlite"
    first = folder_of(tmp_path, "first", ["one", "two", "three"])
    second = folder_of(tmp_path, "second", ["three", "four", "five"])
    runs = [(tmp_path / "out1", start_build(first, tmp_path / "out1", store))]
    runs.append((tmp_path / "out2", start_build(second, tmp_path / "out2", store)))
    check_both(tmp_path, runs, [{"one", "two", "three"}, {"three", "four", "five"}])
    assert stored_ids(store) == sorted(TEXTS)  # "three" once


HOLD = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


@pytest.mark.processes
def test_builds_wait_for_a_store_another_process_keeps_locked(tmp_path):
    store = tmp_path / "news.sqlite"
    graphkit.build(folder_of(tmp_path, "earlier", ["one"]), store=store)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store), "12"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    locked_at = time.monotonic()
    first = folder_of(tmp_path, "first", ["two", "three"])
    second = folder_of(tmp_path, "second", ["four", "five"])
    runs = [
        (tmp_path / f"out{n}", start_build(inputs, tmp_path / f"out{n}", store))
        for n, inputs in ((1, first), (2, second))
    ]
    check_both(tmp_path, runs, [{"two", "three"}, {"four", "five"}])
    assert time.monotonic() - locked_at >= 12  # they waited (longer than SQLite's default 5 s), then finished
    assert holder.wait(timeout=60) == 0
    assert stored_ids(store) == sorted(TEXTS)
    assert {"one", "four", "five"} <= articles_of(tmp_path / "out2")


def test_the_same_text_under_two_ids_is_reported_as_a_duplicate(tmp_path):
    store = tmp_path / "news.sqlite"
    folder = folder_of(tmp_path, "first", ["one", "two"])
    (folder / "copy.txt").write_text(TEXTS["one"], "utf-8")
    graph = graphkit.build(folder, store=store)
    skipped = graph.report.reading.skipped
    assert [(Path(s["source"]).name, s["reason"]) for s in skipped] == [
        ("one.txt", f"duplicate of {folder / 'copy.txt'} (same text as 'copy')")
    ]
    assert set(graph.articles) == {"copy", "two"} and len(graph.report.reading.read) == 2
    later = tmp_path / "later"
    later.mkdir()
    (later / "again.txt").write_text(TEXTS["two"], "utf-8")
    (later / "two.txt").write_text(TEXTS["two"], "utf-8")
    again = graphkit.build(later, store=store)
    reasons = {Path(s["source"]).name: s["reason"] for s in again.report.reading.skipped}
    assert reasons == {"again.txt": "duplicate of 'two' in the store news.sqlite (same text)"}
    assert [Path(r).name for r in again.report.reading.read] == ["two.txt"]  # the same id: what a store is for


@pytest.mark.processes
def test_a_duplicate_makes_the_command_exit_3_with_its_reason_in_the_report(tmp_path):
    folder = folder_of(tmp_path, "in", ["one"])
    (folder / "copy.txt").write_text(TEXTS["one"], "utf-8")
    code, err = finished(start_build(folder, tmp_path / "out", tmp_path / "news.sqlite"))
    assert code == 3, err
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert [s["reason"] for s in report["skipped"]] == [f"duplicate of {folder / 'copy.txt'} (same text as 'copy')"]


def open_store(path: Path, ready: Any, results: Any) -> None:
    from graphkit.store.sqlite import Store

    ready.wait()  # every process opens the new store at the same moment
    try:
        Store(path, {"model": "m", "graphkit": "1"}).db.close()
        results.put("opened")
    except Exception as err:  # the test reports what a process met
        results.put(repr(err))


@pytest.mark.processes
def test_many_builds_opening_a_new_store_at_the_same_moment_all_open_it(tmp_path):
    # switching a new file to WAL takes its lock without SQLite's wait: without a retry, one opener in a few
    # rounds failed with "database is locked", reported as "not a graphkit store"
    context = multiprocessing.get_context("fork")
    met = []
    for round_number in range(12):
        path = tmp_path / f"store{round_number}.sqlite"
        ready, results = context.Barrier(4), context.Queue()
        openers = [context.Process(target=open_store, args=(path, ready, results)) for _ in range(4)]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join(timeout=120)
        met += [results.get(timeout=10) for _ in openers]
    assert met == ["opened"] * len(met)

"""Outputs change as one set: a failure or a kill at any file leaves the previous set whole, and --out is checked
before any parse.

The failures are injected at each output file in turn (in this process, and in real processes killed with
SIGKILL at that file); a full disk is a real file size limit (``ulimit -f``).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

import graphkit
import graphkit.export.atomic as atomic
from graphkit import api
from graphkit.api import OUTPUT_FILES, OWNED_FILES
from graphkit.errors import InputError, OutputError

ALL_FILES = (*OUTPUT_FILES, "graph.nt")  # with --format ntriples


def files(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder``, by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def siblings(out: Path) -> list[str]:
    """What graphkit left beside ``out``: sets being written or swapped out."""
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.graphkit-"))


@pytest.fixture(scope="module")
def small_ttl(tmp_path_factory) -> Path:
    """The graph.ttl of one article unlike the seeds: the earlier set that the seeds' outputs replace."""
    folder = tmp_path_factory.mktemp("small")
    (folder / "recall.txt").write_text("Chile accused Peru of spying on its navy.", "utf-8")
    graphkit.build(folder / "recall.txt").save(folder / "out")
    return folder / "out" / "graph.ttl"


@pytest.fixture(scope="module")
def small_graph(small_ttl) -> graphkit.KnowledgeGraph:
    return graphkit.read_turtle(small_ttl)


@pytest.fixture
def old_set(tmp_path, small_graph) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding a complete earlier set, the user's own notes and folder beside it."""
    out = tmp_path / "out"
    small_graph.save(out)
    (out / "notes.txt").write_text("my notes", "utf-8")
    (out / "figures").mkdir()
    (out / "figures" / "map.png").write_bytes(b"\x89PNG mine")
    return out, files(out)


@pytest.mark.parametrize("failing", ALL_FILES)
def test_a_failure_at_any_file_leaves_the_previous_set_whole(old_set, seed_graph, monkeypatch, failing):
    out, before = old_set
    real_replace = os.replace

    def full_disk(src, dst):
        if Path(dst).name == failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(OutputError, match=r"No space left on device.*previous outputs are kept"):
        seed_graph.save(out, formats=["ntriples"])
    assert files(out) == before and siblings(out) == []
    monkeypatch.undo()
    seed_graph.save(out, formats=["ntriples"])  # then the whole new set, the user's files kept
    after = files(out)
    assert sorted(after) == sorted([*ALL_FILES, "notes.txt", "figures/map.png"])
    assert after["claims.jsonl"] != before["claims.jsonl"] and after["notes.txt"] == before["notes.txt"]
    report = json.loads(after["report.json"])
    assert report["outputs"]["graph.nt"] == str(out / "graph.nt")


def test_a_set_without_an_earlier_format_drops_that_file_and_keeps_a_symbolic_link(tmp_path, seed_graph, small_graph):
    real = tmp_path / "real"
    link = tmp_path / "link"
    small_graph.save(real, formats=["gexf"])
    link.symlink_to(real, target_is_directory=True)
    seed_graph.save(link)
    assert link.is_symlink() and sorted(p.name for p in real.iterdir()) == sorted(OUTPUT_FILES)


SAVE_AND_DIE = """
import os, signal, sys
from pathlib import Path
import graphkit, graphkit.export.atomic as atomic
graph = graphkit.read_turtle(sys.argv[1])
where, name = sys.argv[3], sys.argv[4]
real = {"replace": os.replace, "adopt": atomic._adopt, "rename": os.rename}
def die(*args):
    os.kill(os.getpid(), signal.SIGKILL)
if where == "file":  # killed as the file appears whole in the new set
    atomic.os.replace = lambda src, dst: die() if Path(dst).name == name else real["replace"](src, dst)
elif where == "adopt":  # killed after the swap, before the user's files follow
    atomic._adopt = die
elif where == "between-renames":  # no renameat2: killed between moving the old set away and the new one in
    atomic.exchange = lambda one, other: False
    calls = []
    def rename(src, dst):
        calls.append(dst)
        if ".graphkit-old-" not in str(dst) and len(calls) > 1:
            die()
        real["rename"](src, dst)
    atomic.os.rename = rename
graph.save(sys.argv[2], formats=["ntriples"])
"""


def save_and_die(graph_ttl: Path, out: Path, where: str, name: str = "") -> None:
    result = subprocess.run(
        [sys.executable, "-c", SAVE_AND_DIE, str(graph_ttl), str(out), where, name],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == -9, result.stderr  # SIGKILL: it died where it was told to


@pytest.mark.processes
@pytest.mark.parametrize("name", ALL_FILES)
def test_a_build_killed_at_any_file_leaves_the_previous_set_and_the_next_one_cleans_up(
    old_set, seed_out, small_graph, name
):
    out, before = old_set
    save_and_die(seed_out / "graph.ttl", out, "file", name)
    assert files(out) == before
    assert len(siblings(out)) == 1  # the new set it was writing, never swapped in
    small_graph.save(out)  # the next save sweeps the dead process's set
    assert siblings(out) == [] and sorted(files(out)) == sorted(before)


@pytest.mark.processes
def test_a_build_killed_right_after_the_swap_gives_the_user_files_back_on_the_next_save(old_set, seed_out, seed_graph):
    out, before = old_set
    save_and_die(seed_out / "graph.ttl", out, "adopt")
    swapped = files(out)
    assert sorted(swapped) == sorted(ALL_FILES)  # the new set whole, the user's files still in the old one
    seed_graph.save(out, formats=["ntriples"])
    after = files(out)
    assert after["notes.txt"] == before["notes.txt"] and after["figures/map.png"] == before["figures/map.png"]
    assert siblings(out) == []


@pytest.mark.processes
def test_a_build_killed_between_two_renames_is_undone(old_set, seed_out):
    out, before = old_set
    save_and_die(seed_out / "graph.ttl", out, "between-renames")
    assert not out.exists() and len(siblings(out)) == 2  # the old set moved away, the new one not yet in
    atomic.recover(out, OWNED_FILES)
    assert files(out) == before and siblings(out) == []


@pytest.mark.processes
def test_a_full_disk_in_a_real_build_is_one_line_and_keeps_the_previous_set(old_set, tmp_path):
    out, before = old_set
    command = f"ulimit -f 64; exec {sys.executable} -m graphkit.cli build {SEEDS} --out {out} --quiet"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "File too large" in lines[0] and "previous outputs are kept" in lines[0]
    assert files(out) == before and siblings(out) == []


@pytest.mark.processes
def test_two_processes_saving_into_one_folder_leave_one_whole_set(tmp_path, seed_out, small_ttl, seed_graph):
    out = tmp_path / "out"
    script = textwrap.dedent("""
        import sys, graphkit
        graph = graphkit.read_turtle(sys.argv[1])
        for _ in range(5):
            graph.save(sys.argv[2])
    """)
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(ttl), str(out)], cwd=ROOT, stderr=subprocess.PIPE)
        for ttl in (seed_out / "graph.ttl", small_ttl)
    ]
    for run in runs:
        assert run.wait(timeout=300) == 0, run.stderr.read() if run.stderr else ""
    report = json.loads((out / "report.json").read_text("utf-8"))
    claims = (out / "claims.jsonl").read_text("utf-8").splitlines()
    assert report["graph"]["claims"] == len(claims)  # the report and the claims of one and the same set
    assert len(claims) in (len(seed_graph.claims), len(graphkit.read_turtle(small_ttl).claims))
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES) and siblings(out) == []


def build_to_error(inputs, out, **options) -> str:
    """The InputError of ``build_to``; the model named cannot load, so an error about it means the check came late."""
    with pytest.raises(InputError) as caught:
        graphkit.build_to(inputs, out, model="no_such_pipeline", **options)
    return str(caught.value)


def test_out_is_checked_against_the_inputs_before_any_parse(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    assert "inside the input" in build_to_error([articles], articles)
    assert "inside the input" in build_to_error([articles], articles / "out")
    assert "holds the input" in build_to_error([articles], tmp_path)
    assert "holds the input" in build_to_error([articles / "000_d15bbcbb6ade96e7.txt"], tmp_path)
    monkeypatch.chdir(tmp_path)
    assert "holds the current folder" in build_to_error([SEEDS], ".")
    assert "holds the current folder" in build_to_error([SEEDS], tmp_path)


@pytest.mark.processes
def test_out_in_a_folder_that_cannot_be_written_fails_before_any_parse(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "out").mkdir()
    made = subprocess.run(["chattr", "+i", str(locked)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"chattr cannot make a folder immutable here: {made.stderr.strip()}")
    try:
        assert "is not writable" in build_to_error([SEEDS], locked / "new")
        assert "is not writable" in build_to_error([SEEDS], locked / "out")  # its set could not be swapped
        result = subprocess.run(
            [sys.executable, "-m", "graphkit.cli", "build", str(SEEDS), "--out", str(locked / "new")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=True)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot write the outputs" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.processes
def test_out_equal_to_an_input_folder_is_a_one_line_error(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    result = subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "build", str(articles), "--out", str(articles)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "inside the input" in result.stderr
    assert sorted(p.name for p in articles.iterdir()) == sorted(p.name for p in SEEDS.iterdir())


MOUNTED = """
import json, os, sys, graphkit
from pathlib import Path
out = Path(sys.argv[2])
assert os.path.ismount(out)
(out / "notes.txt").write_text("mine")
graph = graphkit.read_turtle(sys.argv[1])
graph.save(out, formats=["gexf"])
first = sorted(p.name for p in out.iterdir())
graph.save(out)
print(json.dumps({"first": first, "second": sorted(p.name for p in out.iterdir())}))
"""


@pytest.mark.processes
def test_a_mount_point_cannot_be_swapped_so_its_files_are_replaced_one_by_one(tmp_path, seed_out):
    out = tmp_path / "mounted"
    out.mkdir()
    script = 'mount -t tmpfs none "$1" && exec "$2" -c "$3" "$4" "$1"'
    args = [str(out), sys.executable, MOUNTED, str(seed_out / "graph.ttl")]
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    if result.returncode != 0 and "mount" in result.stderr and "graphkit" not in result.stderr:
        pytest.skip(f"no mount namespace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert listed["first"] == sorted([*OUTPUT_FILES, "graph.gexf", "notes.txt"])
    assert listed["second"] == sorted([*OUTPUT_FILES, "notes.txt"])  # the earlier set's graph.gexf is gone


def test_a_folder_swapped_away_while_probed_is_probed_through_the_folder_around_it(tmp_path):
    out = tmp_path / "out"  # between the two renames of a concurrent save, the folder is not there
    api.probe_writable(out, out)
    assert not out.exists() and not list(tmp_path.iterdir())  # the probe made in tmp_path is gone again

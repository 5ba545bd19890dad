"""Property-based tests: arbitrary bytes and text never crash the readers or the extraction."""

from __future__ import annotations

import ast
import json

from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphkit
from graphkit.readers import read_articles
from graphkit.types import ReadReport

SUFFIXES = (".txt", ".md", ".html", ".jsonl", ".json")
# Text as news scrapes deliver it: any Unicode (no surrogates), control characters, very long tokens.
texts = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=400),
    st.lists(
        st.sampled_from(
            [
                "Iran",
                "supplied",
                "Russia",
                "with",
                "drones",
                ".",
                "\n\n",
                "\x00",
                "\u202e",
                "<script>",
                "’s",
                "not",
                "refused",
                "to",
                "attack",
                "Ukraine",
                "x" * 5000,
                "🇮🇷",
                "Tehran",
                ",",
            ]
        ),
        max_size=60,
    ).map(" ".join),
)
files_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@files_settings
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_readers_survive_any_bytes_and_account_for_them(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / f"input{suffix}").write_bytes(data)
    report = ReadReport()
    articles = list(read_articles([folder], report))
    assert len(articles) == len(report.read)
    assert report.read or report.skipped or report.failed  # the file is accounted for, one way or another
    for article in articles:
        assert article.text.strip()


@files_settings
@given(records=st.lists(st.one_of(texts, st.dictionaries(st.sampled_from(["id", "text", "title"]), texts)), max_size=8))
def test_jsonl_lines_are_each_read_or_skipped(tmp_path_factory, records):
    folder = tmp_path_factory.mktemp("jsonl")
    lines = [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ") for r in records]
    lines = [line for line in lines if line.strip()]
    (folder / "records.jsonl").write_text("\n".join(lines), "utf-8", errors="surrogatepass")
    report = ReadReport()
    list(read_articles([folder], report))
    if lines:
        assert len(report.read) + len(report.skipped) + len(report.failed) >= 1


@settings(max_examples=200, deadline=None)
@given(text=texts)
def test_extraction_never_raises_and_evidence_points_into_the_text(text):
    for claim in graphkit.extract_claims(text):
        assert text[claim["start"] : claim["end"]] == claim["sentence"]
        assert claim["polarity"] in ("positive", "negative")


def test_nothing_from_an_article_reaches_a_shell_or_eval():
    """No module of graphkit evaluates code, starts a shell or unpickles: article text stays data.

    The one exception is the worker processes of a build: the engines start ``python -m ...`` (a fixed command
    line, no shell) and exchange pickles with their own workers over private pipes, as multiprocessing does."""
    builtins = {"eval", "exec", "compile", "__import__"}
    workers = {
        "engines/processes.py": {"subprocess"},
        "engines/worker.py": {"pickle"},
        "engines/dask.py": {"subprocess"},
    }
    for path in (ROOT / "graphkit").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        allowed = workers.get(path.relative_to(ROOT / "graphkit").as_posix(), set())
        assert not imported & ({"subprocess", "pickle", "shelve", "marshal"} - allowed), path
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and "subprocess" in allowed):
            if getattr(call.func, "attr", "") == "Popen":  # a fixed command line: [sys.executable, "-m", ...]
                command = call.args[0]
                assert isinstance(command, ast.List) and ast.unparse(command.elts[0]) == "sys.executable", path
                assert not any(k.arg == "shell" for k in call.keywords), path
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in builtins:
                raise AssertionError(f"{path.relative_to(ROOT)}:{node.lineno} calls {func.id}")
            if (
                isinstance(func, ast.Attribute)
                and getattr(func.value, "id", "") == "os"
                and (func.attr in {"system", "popen"} or func.attr.startswith(("exec", "spawn")))
            ):
                raise AssertionError(f"{path.relative_to(ROOT)}:{node.lineno} calls os.{func.attr}")

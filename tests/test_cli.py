"""The command line, run as a user runs it: a real process, real files, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

pytestmark = pytest.mark.processes

COMMANDS = ("build", "extract", "query")
OUTPUTS = {"claims.jsonl", "entities.jsonl", "graph.ttl", "graph.html", "report.json"}
WHO_SUPPLIES = """PREFIX gk: <https://w3id.org/graphkit/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?supplier ?recipient WHERE { ?s gk:supplies ?r . ?s rdfs:label ?supplier . ?r rdfs:label ?recipient }"""


def graphkit(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphkit.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command):
    result = graphkit(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout
    if command is None:
        assert all(c in result.stdout for c in COMMANDS)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"graphkit {command}" in readme


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("cli") / "out"
    return out, graphkit("build", str(SEEDS), "--out", str(out))


def test_build_writes_the_output_contract(built):
    out, result = built
    assert result.returncode == 0, result.stderr
    assert {p.name for p in out.iterdir()} == OUTPUTS
    assert "read 2 of 2 inputs" in result.stderr
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text("utf-8").splitlines()]
    assert claims and all(c["article"] in {p.stem for p in SEEDS.iterdir()} for c in claims)


def test_extract_prints_the_same_claims_as_json_lines(built):
    out, _ = built
    result = graphkit("extract", str(SEEDS))
    assert result.returncode == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    written = [json.loads(line) for line in (out / "claims.jsonl").read_text("utf-8").splitlines()]
    key = lambda c: (c["article"], c["start"], c["subject"]["id"], c["predicate"], c["object"]["id"])  # noqa: E731
    assert sorted(map(key, printed)) == sorted(map(key, written))
    assert set(printed[0]) == set(written[0])


def test_extract_from_standard_input():
    result = graphkit("extract", "-", stdin="Iran has consistently refused to supply arms to Russia.")
    assert result.returncode == 0, result.stderr
    (claim,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (claim["subject"]["iso3"], claim["event_type"], claim["object"]["iso3"], claim["polarity"]) == (
        "IRN",
        "AID",
        "RUS",
        "negative",
    )


def test_query_prints_table_csv_and_json(built):
    out, _ = built
    graph = str(out / "graph.ttl")
    table = graphkit("query", graph, WHO_SUPPLIES)
    assert table.returncode == 0, table.stderr
    assert re.search(r"^Iran\s+Russia$", table.stdout, re.M)
    rows = list(csv.DictReader(io.StringIO(graphkit("query", graph, WHO_SUPPLIES, "--format", "csv").stdout)))
    assert {"supplier": "Iran", "recipient": "Russia"} in rows
    assert {"supplier": "Iran", "recipient": "Russia"} in json.loads(
        graphkit("query", graph, WHO_SUPPLIES, "-f", "json").stdout
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/path", "--out", "{tmp}/out"], "input not found"),
        (["build", str(SEEDS), "--out", "{tmp}/file.txt"], "is a file"),
        (["extract", "--model", "no_such_model", str(SEEDS)], "not installed"),
        (["query", "{graph}", "SELECT ?x WHERE { ?x ?y }"], "malformed SPARQL query at line"),
        (["query", "{tmp}/missing.ttl", "SELECT * WHERE {}"], "graph file not found"),
        (["build", str(SEEDS), "--out", "{tmp}/o", "--base-iri", "not-an-iri"], "not an absolute IRI"),
        (["build", str(SEEDS), "--out", "{tmp}/o", "--format", "pdf"], "'pdf' is not one of"),
        (["build", "--out", "{tmp}/o"], "Missing argument"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_2(args, message, tmp_path, built):
    (tmp_path / "file.txt").write_text("not a folder", "utf-8")
    args = [a.replace("{tmp}", str(tmp_path)).replace("{graph}", str(built[0] / "graph.ttl")) for a in args]
    result = graphkit(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback_and_keeps_the_exit_status():
    result = graphkit("--debug", "build", "no/such/path", "--out", "/tmp/never")
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_skipped_inputs_set_exit_status_3(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "good.txt").write_text("Russia attacked Ukraine.", "utf-8")
    (articles / "bad.jsonl").write_text("{not json\n", "utf-8")
    result = graphkit("build", str(articles), "--out", str(tmp_path / "out"))
    assert result.returncode == 3
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["counts"] == {"found": 2, "read": 1, "skipped": 1, "failed": 0}
    assert "malformed JSON line 1" in result.stderr
    assert graphkit("extract", str(articles)).returncode == 3


def test_an_article_over_the_length_limit_is_reported_by_extract(tmp_path):
    (tmp_path / "huge.txt").write_text("Chile attacked Peru. " * 100_000, "utf-8")  # over 2,000,000 characters
    (tmp_path / "small.txt").write_text("Russia attacked Ukraine.", "utf-8")
    result = graphkit("extract", str(tmp_path))
    assert result.returncode == 3
    assert "huge.txt: too large" in result.stderr
    assert [json.loads(line)["subject"]["label"] for line in result.stdout.splitlines()] == ["Russia"]

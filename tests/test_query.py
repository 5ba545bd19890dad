"""graphkit query: the examples answer on the seeds, a query comes from a string or a file, mistakes are located."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from graphkit.errors import QueryError
from graphkit.query import format_result, query_source, run_query

QUERIES = ROOT / "examples" / "queries"


def rows(graph: Path, name: str) -> list[dict[str, str | None]]:
    result = run_query(graph, (QUERIES / name).read_text("utf-8"))
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


@pytest.fixture(scope="module")
def graph(seed_out) -> Path:
    return seed_out / "graph.ttl"


def test_every_example_query_is_tested():
    assert {p.name for p in QUERIES.glob("*.rq")} == {
        "who_supplies_whom.rq",
        "claims_between_countries.rq",
        "refused_or_denied.rq",
        "claims_by_speaker.rq",
    }


def test_who_supplies_whom(graph):
    found = rows(graph, "who_supplies_whom.rq")
    assert {"supplier": "Iran", "recipient": "Russia"} in [{k: r[k] for k in ("supplier", "recipient")} for r in found]
    assert all(int(r["sentences"]) >= 1 for r in found)


def test_claims_between_iran_and_russia_with_their_sentences(graph):
    found = rows(graph, "claims_between_countries.rq")
    assert {(r["subject"], r["object"]) for r in found} <= {("Iran", "Russia"), ("Russia", "Iran")}
    polarities = {(r["polarity"], r["modality"]) for r in found}
    assert {("positive", "actual"), ("negative", "actual"), ("positive", "intended")} <= polarities
    assert any("refused to supply arms to Russia" in r["sentence"] for r in found)
    assert {r["event_type"] for r in found} == {"AID"}


def test_refused_or_denied_actions(graph):
    found = rows(graph, "refused_or_denied.rq")
    refused = [r for r in found if r["sentence"].startswith("Iran has consistently refused to supply arms to Russia")]
    assert [(r["subject"], r["predicate"], r["object"]) for r in refused] == [("Iran", "supplies", "Russia")]
    assert len(found) >= 2


def test_claims_by_speaker(graph):
    found = rows(graph, "claims_by_speaker.rq")
    sullivan = [r for r in found if r["speaker"] == "Jake Sullivan"]
    assert sullivan and any("prepared to give Russia" in r["sentence"] for r in sullivan)
    assert all(r["speaker"] for r in found)


def test_the_query_comes_from_exactly_one_place(tmp_path):
    (tmp_path / "q.rq").write_text("SELECT * WHERE { ?s ?p ?o }", "utf-8")
    assert query_source(file=tmp_path / "q.rq") == "SELECT * WHERE { ?s ?p ?o }"
    assert query_source("ASK {}") == "ASK {}"
    for args in ((None, None), ("ASK {}", tmp_path / "q.rq")):
        with pytest.raises(QueryError, match="exactly one"):
            query_source(*args)
    with pytest.raises(QueryError, match="not found"):
        query_source(file=tmp_path / "missing.rq")


@pytest.mark.parametrize(
    ("sparql", "where", "detail"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o } LIMIT x", "line 1, column 36", 'at "x"'),
        ("SELECT ?s WHERE {\n  ?s nope:p ?o }", "line 2, column 12", "unknown prefix nope:"),
        ("SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", "line 3, column", "expected"),
    ],
)
def test_a_malformed_query_is_located(graph, sparql, where, detail):
    with pytest.raises(QueryError) as caught:
        run_query(graph, sparql)
    message = str(caught.value)
    assert message.startswith("malformed SPARQL query at " + where) and detail in message
    assert "\n" not in message


def test_graph_prefixes_need_no_declaration(graph):
    result = run_query(graph, "SELECT ?o WHERE { ?s gk:supplies ?o ; gk:iso3 'IRN' }")
    assert result.rows and format_result(result, "csv").startswith("o\n")


@pytest.mark.processes
def test_query_file_on_the_command_line(graph):
    args = [sys.executable, "-m", "graphkit.cli", "query", str(graph), "--file", str(QUERIES / "who_supplies_whom.rq")]
    result = subprocess.run([*args, "--format", "csv"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "supplier,recipient,sentences" and "Iran,Russia," in result.stdout
    both = subprocess.run([*args, "ASK {}"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert both.returncode == 2 and "exactly one" in both.stderr

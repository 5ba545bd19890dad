"""The Turtle graphkit writes is read back by graphkit itself (rdflib) for every article id it accepts, and a
claim's ``location`` goes through Turtle and ``--merge`` unchanged."""

from __future__ import annotations

import json
import subprocess
import sys

import pyoxigraph
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

import graphkit
from graphkit.export.rdf import serialize_rdf
from graphkit.graph import ClaimGraph
from graphkit.readers.turtle import from_rdf
from graphkit.types import Argument, Article, Claim, Entity, Evidence

PIECES = st.sampled_from([".", "..", "-", "_", "~", "%", "%2E", "/", " ", "é", "#", ":", "?", "'", "a", "7"])
IDS = st.lists(st.one_of(PIECES, st.text(max_size=4)), min_size=1, max_size=6).map("".join).filter(str.strip)


def graph_of(article_id: str, location: str | None) -> ClaimGraph:
    chile, peru = Entity("country/CHL", "Chile", "Country", iso3="CHL"), Entity("country/PER", "Peru", "Country")
    claim = Claim(
        Argument(chile.id, "Chile"),
        "accuses",
        "DISAPPROVE",
        Argument(peru.id, "Peru"),
        Evidence(article_id, "Chile accused Peru in Lima.", 0, 27, "svo/1"),
        location=location,
    )
    graph = ClaimGraph()
    graph.add([chile, peru], [claim], Article(article_id, "", title="Accusation"))
    return graph


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_id=IDS, location=st.one_of(st.none(), st.text(min_size=1, max_size=12)))
def test_every_article_id_and_location_round_trip_through_rdflib(article_id, location):
    graph = graph_of(article_id, location)
    data = serialize_rdf(graph).decode("utf-8")
    back = from_rdf(Graph().parse(data=data, format="turtle"), ClaimGraph())
    assert list(back.articles) == [article_id]
    assert [(c.evidence.article_id, c.location) for c in back.claims] == [(article_id, location)]
    pyoxigraph.Store().load(data.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)  # and an independent parser


@pytest.mark.processes
def test_ids_ending_in_a_dot_through_the_command_line(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "report..txt").write_text("Chilean police arrested Peruvian fishermen in Arica on Sunday.", "utf-8")
    (articles / "notes.json").write_text(
        json.dumps([{"id": "brief.", "text": "Chile accused Peru of spying on its navy."}]), "utf-8"
    )

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "graphkit.cli", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)

    first = cli("build", str(articles), "--out", str(tmp_path / "one"))
    assert first.returncode == 0, first.stderr
    query = cli(
        "query",
        str(tmp_path / "one" / "graph.ttl"),
        "SELECT ?id WHERE { ?a dcterms:identifier ?id ; a schema:NewsArticle }",
        "-f",
        "csv",
    )
    assert query.returncode == 0, query.stderr
    assert sorted(query.stdout.splitlines()[1:]) == ["brief.", "report."]
    more = tmp_path / "more"
    more.mkdir()
    (more / "later.txt").write_text("Bolivia accused Chile of blocking its exports.", "utf-8")
    merged = cli("build", str(more), "--out", str(tmp_path / "two"), "--merge", str(tmp_path / "one" / "graph.ttl"))
    assert merged.returncode == 0, merged.stderr
    old = [json.loads(line) for line in (tmp_path / "one" / "claims.jsonl").read_text("utf-8").splitlines()]
    new = [json.loads(line) for line in (tmp_path / "two" / "claims.jsonl").read_text("utf-8").splitlines()]
    located = [c for c in old if c["location"]]
    assert located, "the sentence names where the event took place"
    assert {(c["article"], c["predicate"], c["location"]) for c in located} <= {
        (c["article"], c["predicate"], c["location"]) for c in new
    }
    assert {c["article"] for c in new} == {"report.", "brief.", "later"}
    assert set(graphkit.read_turtle(tmp_path / "two" / "graph.ttl").articles) == {"report.", "brief.", "later"}

"""The seeds' RDF, checked by independent tools: pyoxigraph, Debian's rapper, pyshacl, and graphkit's reader."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from conftest import ROOT, SEEDS
from pyshacl import validate
from rdflib import RDF, Graph, Literal

import graphkit
from graphkit.export.jsonl import claim_record
from graphkit.export.rdf import IRIs, shapes_path
from graphkit.vocabulary.rdf import GK


def claim_key(record: dict) -> tuple:
    return (
        record["article"],
        record["start"],
        record["end"],
        record["predicate"],
        record["subject"]["id"],
        record["object"]["id"],
        record["polarity"],
        record["modality"],
    )


def shacl(data: Graph) -> tuple[bool, str]:
    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, advanced=True)
    return conforms, text


@pytest.fixture(scope="module")
def seed_ttl(seed_out) -> Path:
    return seed_out / "graph.ttl"


@pytest.fixture(scope="module")
def seed_rdf(seed_ttl) -> Graph:
    return Graph().parse(seed_ttl, format="turtle")


def test_pyoxigraph_loads_the_seeds_turtle(seed_ttl, seed_rdf):
    store = pyoxigraph.Store()
    store.load(path=str(seed_ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(seed_rdf) > 300


@pytest.mark.processes
@pytest.mark.skipif(
    shutil.which("rapper") is None and not os.environ.get("CI"), reason="rapper (raptor2-utils) not installed"
)
def test_rapper_parses_the_seeds_turtle_to_the_same_triples(seed_ttl, seed_rdf):
    result = subprocess.run(["rapper", "-i", "turtle", "-o", "ntriples", str(seed_ttl)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(seed_rdf)
    assert f"returned {len(seed_rdf)} triples" in result.stderr


def test_the_seeds_conform_to_the_shapes(seed_rdf):
    conforms, text = shacl(seed_rdf)
    assert conforms, text


def test_a_negated_claim_asserted_as_a_triple_fails_the_shapes(seed_rdf):
    broken = Graph() + seed_rdf
    negated = [
        (broken.value(c, RDF.subject), broken.value(c, RDF.predicate), broken.value(c, RDF.object))
        for c in broken.subjects(GK.polarity, Literal("negative"))
    ]
    triple = next(t for t in negated if t not in broken)  # e.g. "Israelis don't attack Russian bases"
    broken.add(triple)
    conforms, text = shacl(broken)
    assert not conforms and "without a positive, actual claim" in text


@pytest.mark.parametrize(
    ("prop", "value", "message"),
    [
        (GK.sentence, None, "gk:sentence"),
        (GK.polarity, Literal("maybe"), "gk:polarity"),
        (GK.start, Literal(10**6), "gk:start"),
    ],
)
def test_a_broken_claim_fails_the_shapes(seed_rdf, prop, value, message):
    broken = Graph() + seed_rdf
    claim = next(iter(broken.subjects(RDF.type, GK.Claim)))
    broken.remove((claim, prop, None))
    if value is not None:
        broken.add((claim, prop, value))
    conforms, text = shacl(broken)
    assert not conforms and message in text.replace("https://w3id.org/graphkit/ontology#", "gk:")


def test_the_seeds_round_trip_through_read_turtle(seed_graph, seed_claims, seed_ttl):
    back = graphkit.read_turtle(seed_ttl)
    assert isinstance(back, graphkit.KnowledgeGraph)
    records = [claim_record(back, c) for c in back.claims]
    assert sorted(records, key=claim_key) == sorted(seed_claims, key=claim_key)
    assert back.entities == seed_graph.entities
    assert back.articles.keys() == seed_graph.articles.keys()
    assert all(back.articles[i].title == a.title for i, a in seed_graph.articles.items())


def test_the_plain_triples_are_exactly_the_positive_actual_claims(seed_graph, seed_rdf):
    iris = IRIs()
    expected = {
        (iris.entity(c.subject.entity_id), GK[c.predicate], iris.entity(c.object.entity_id))
        for c in seed_graph.claims
        if c.polarity == "positive" and c.modality == "actual"
    }
    asserted = {(s, p, o) for s, p, o in seed_rdf if p in {GK[c.predicate] for c in seed_graph.claims}}
    assert asserted == expected


def graphkit_cli(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "graphkit.cli", *args], capture_output=True, text=True, cwd=ROOT, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory) -> tuple[Path, Path]:
    """The seeds built twice in separate processes with different hash seeds; the second in every format."""
    base = tmp_path_factory.mktemp("builds")
    one = graphkit_cli("build", str(SEEDS), "--out", str(base / "one"), seed="1")
    assert one.returncode == 0, one.stderr
    two = graphkit_cli(
        "build",
        str(SEEDS),
        "--out",
        str(base / "two"),
        *["-f", "ntriples", "-f", "jsonld", "--format", "graphml", "--format", "gexf"],
        seed="2",
    )
    assert two.returncode == 0, two.stderr
    return base / "one", base / "two"


@pytest.mark.processes
def test_the_same_input_gives_byte_identical_turtle(two_builds):
    one, two = two_builds
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()


@pytest.mark.processes
def test_build_writes_every_format_asked_for(two_builds, seed_rdf):
    import networkx as nx
    from rdflib.compare import isomorphic

    one, two = two_builds
    assert not (one / "graph.nt").exists()
    assert isomorphic(Graph().parse(two / "graph.nt", format="nt"), seed_rdf)
    assert isomorphic(Graph().parse(two / "graph.jsonld", format="json-ld"), seed_rdf)
    claims = len((two / "claims.jsonl").read_text("utf-8").splitlines())
    for name, read in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        network = read(two / name)
        assert network.has_edge("country/IRN", "country/RUS")
        assert sum(int(d["count"]) for _, _, d in network.edges(data=True)) == claims
    outputs = json.loads((two / "report.json").read_text("utf-8"))["outputs"]
    assert {"graph.nt", "graph.jsonld", "graph.graphml", "graph.gexf"} <= set(outputs)


@pytest.mark.processes
def test_merge_adds_a_new_article_and_duplicates_nothing(two_builds, tmp_path):
    one, _ = two_builds
    (tmp_path / "new.txt").write_text("Russia attacked Ukraine.\n\nIran refused to supply arms to Russia.", "utf-8")
    result = graphkit_cli(
        "build",
        str(tmp_path / "new.txt"),
        str(SEEDS),
        "--out",
        str(tmp_path / "out"),
        "--merge",
        str(one / "graph.ttl"),
    )
    assert result.returncode == 0, result.stderr
    old = [json.loads(line) for line in (one / "claims.jsonl").read_text("utf-8").splitlines()]
    new = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").read_text("utf-8").splitlines()]
    assert sorted(map(claim_key, new)) == sorted(set(map(claim_key, new)))  # no claim twice
    assert {claim_key(c) for c in old} < {claim_key(c) for c in new}
    assert {c["article"] for c in new} - {c["article"] for c in old} == {"new"}
    entities = [json.loads(line) for line in (tmp_path / "out" / "entities.jsonl").read_text("utf-8").splitlines()]
    old_entities = {e["id"]: e for e in map(json.loads, (one / "entities.jsonl").read_text("utf-8").splitlines())}
    assert len(entities) == len({e["id"] for e in entities})
    ukraine = next(e for e in entities if e["id"] == "country/UKR")
    assert (
        ukraine["mentions"] == old_entities["country/UKR"]["mentions"] + 1
    )  # the seeds' mentions are not counted twice


@pytest.mark.processes
def test_merge_of_a_missing_graph_fails_before_any_work(tmp_path):
    result = graphkit_cli("build", str(SEEDS), "--out", str(tmp_path / "out"), "--merge", str(tmp_path / "no.ttl"))
    assert result.returncode == 2 and "graph file not found" in result.stderr
    assert not (tmp_path / "out").exists()

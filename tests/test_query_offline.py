"""Queries read only the graph they are given: no SERVICE, no FROM, no remote JSON-LD context, no update.

A local HTTP server (127.0.0.1, this test's own) stands in for the network and counts what reaches it.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import ROOT

from graphkit.errors import InputError, QueryError
from graphkit.query import load_graph, offline, run_query


class Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.hits.append(self.path)
        body = json.dumps({"@context": {"x": "http://example.org/x"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """The base URL of a local server that records every request it gets."""
    Recorder.hits = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def graph(seed_out) -> Path:
    return seed_out / "graph.ttl"


def query_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphkit.cli", "query", *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.mark.processes
def test_service_is_refused_and_nothing_is_sent(graph, server):
    sparql = f"SELECT * WHERE {{ SERVICE <{server}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match=r"SERVICE .* refused"):
        run_query(graph, sparql)
    silent = f"SELECT * WHERE {{ ?a a gk:Actor . SERVICE SILENT <{server}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryError, match="never the network"):
        run_query(graph, silent)
    result = query_cli(str(graph), sparql)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "refused" in result.stderr and "Traceback" not in result.stderr
    unreachable = query_cli(str(graph), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    assert unreachable.returncode == 2 and "URLError" not in unreachable.stderr
    assert Recorder.hits == []


def test_from_and_from_named_are_refused(graph, server):
    for clause in (f"FROM <{server}/g>", f"FROM NAMED <{server}/g>", "FROM <file:///etc/hostname>"):
        with pytest.raises(QueryError, match=r"FROM .* refused"):
            run_query(graph, f"SELECT * {clause} WHERE {{ ?s ?p ?o }}")
    assert Recorder.hits == []


@pytest.mark.processes
def test_a_json_ld_graph_with_a_remote_context_is_refused(tmp_path, server):
    document = tmp_path / "graph.jsonld"
    document.write_text(json.dumps({"@context": f"{server}/context.jsonld", "@id": "http://a.test/s", "x": "1"}))
    with pytest.raises(InputError, match=r"context .* by reference"):
        load_graph(document)
    nested = tmp_path / "nested.jsonld"
    nested.write_text(json.dumps({"@graph": [{"@context": [{"@import": f"{server}/c"}], "@id": "http://a.test/s"}]}))
    with pytest.raises(InputError, match="by reference"):
        load_graph(nested)
    result = query_cli(str(document), "SELECT * WHERE { ?s ?p ?o }")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert Recorder.hits == []


def test_beneath_the_checks_no_url_is_opened_while_a_graph_is_loaded_or_queried(tmp_path, server):
    from rdflib import Graph

    document = tmp_path / "graph.jsonld"
    document.write_text(json.dumps({"@context": f"{server}/context.jsonld", "@id": "http://a.test/s", "x": "1"}))
    with pytest.raises(Exception, match="never the network"), offline():
        Graph().parse(document, format="json-ld")  # rdflib itself, past graphkit's checks
    with pytest.raises(Exception, match="never the network"), offline():
        list(Graph().query(f"SELECT * WHERE {{ SERVICE <{server}/x> {{ ?s ?p ?o }} }}"))
    assert Recorder.hits == []
    import urllib.request

    with urllib.request.urlopen(f"{server}/after") as response:  # outside the block, nothing is changed
        assert response.status == 200
    assert Recorder.hits == ["/after"]


@pytest.mark.processes
@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a.test/s> <http://a.test/p> <http://a.test/o> }",
        "DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "DROP DEFAULT",
        "LOAD <http://127.0.0.1:9/graph.ttl>",
        "PREFIX gk: <https://w3id.org/graphkit/ontology#> DELETE { ?c gk:polarity ?p } WHERE { ?c gk:polarity ?p }",
    ],
)
def test_an_update_is_refused_and_says_the_graph_is_read_only(graph, update):
    before = graph.read_bytes()
    with pytest.raises(QueryError, match="the graph is read-only"):
        run_query(graph, update)
    result = query_cli(str(graph), update)
    assert result.returncode == 2 and "the graph is read-only" in result.stderr
    assert graph.read_bytes() == before


def test_the_notebook_sparql_is_offline_too(seed_graph, server):
    with pytest.raises(QueryError, match="refused"):
        seed_graph.sparql(f"SELECT * WHERE {{ SERVICE <{server}/x> {{ ?s ?p ?o }} }}")
    with pytest.raises(QueryError, match="read-only"):
        seed_graph.sparql("CLEAR ALL")
    assert seed_graph.sparql("ASK { ?s a gk:Actor }") is True
    assert Recorder.hits == []

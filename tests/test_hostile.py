"""Hostile article text, end to end: built by the real pipeline, opened in a real browser, nothing runs."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from browser import open_in_browser

import graphkit

ARTIFACTS = Path(__file__).parent / "artifacts"
PAYLOADS = [
    '<img src=x onerror=alert("img")>',
    '<script>alert("s")</script>',
    "</script><script>alert(1)</script>",
    "<svg/onload=alert('svg')>",
    "\u2028\u2029 javascript:alert('ls')",
]
RECORDS = [
    {
        "id": 'evil"><script>alert("id")</script>',
        "title": '<script>alert("title")</script> Drones <b onmouseover=alert("b")>deal</b>',
        "url": 'javascript:alert("url")',
        "date": "2023-02-20",
        "text": f"Russia attacked Ukraine {PAYLOADS[0]} on Monday. "
        f"{PAYLOADS[1]} Iran has provided Moscow with drones {PAYLOADS[2]}. {PAYLOADS[3]} {PAYLOADS[4]}",
    },
]


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS), "utf-8")
    graph = graphkit.build(folder)
    out = folder / "out"
    graph.save(out)
    return graph, out


def test_the_payloads_reach_the_claims_as_text(hostile_build):
    graph, _ = hostile_build
    sentences = " ".join(c.evidence.sentence for c in graph.claims)
    assert PAYLOADS[0] in sentences and PAYLOADS[2] in sentences
    assert len(graph.edges) >= 2


@pytest.mark.browser
def test_nothing_runs_in_the_browser_and_the_text_is_shown(hostile_build):
    graph, out = hostile_build
    hover = [("edge", f"e{i}") for i in range(len(graph.edges))] + [("node", e) for e in graph.to_networkx().nodes]
    ARTIFACTS.mkdir(exist_ok=True)
    result = open_in_browser(out / "graph.html", ARTIFACTS / "hostile_map.png", hover=hover)
    assert result["drawn"] and result["edges"] == len(graph.edges)
    assert result["dialogs"] == [] and result["page_errors"] == [] and result["external_requests"] == []
    tooltips = [t for t in result["tooltips"].values() if t is not None]
    assert tooltips, "no tooltip could be opened"
    assert all(t["elements"] == 0 for t in tooltips)  # shown as text: no element was created from it
    shown = " ".join(t["text"] for t in tooltips)
    assert 'onerror=alert("img")' in shown or "</script><script>alert(1)</script>" in shown
    page = (out / "graph.html").read_text("utf-8")
    assert "<script>alert" not in page and 'href="javascript:' not in page


def test_the_turtle_keeps_the_payloads_exactly(hostile_build):
    graph, out = hostile_build
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    literals = {t.object.value for t in store if isinstance(t.object, pyoxigraph.Literal)}
    for claim in graph.claims:
        assert claim.evidence.sentence in literals
    assert RECORDS[0]["title"] in literals

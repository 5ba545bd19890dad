"""The HTML map: self-contained, faithful to the graph, and safe with hostile article text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from graphkit.export.html import generate_html, write_html
from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument, Claim, Entity, Evidence

ARTIFACTS = Path(__file__).parent / "artifacts"
HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"

IRAN = Entity("country/IRN", "Iran", "Country", iso3="IRN", aliases=("Tehran", "the Islamic Republic"), mentions=7)
RUSSIA = Entity("country/RUS", "Russia", "Country", iso3="RUS", aliases=("Moscow", "the Kremlin"), mentions=5)
USA = Entity("country/USA", "United States", "Country", iso3="USA", aliases=("Washington",), mentions=4)
SULLIVAN = Entity("person/jake-sullivan", "Jake Sullivan", "Person", roles=("National Security Advisor",), mentions=2)
NATO = Entity("org/nato", "NATO", "Organization", mentions=3)
HOSTILE_GROUP = Entity("group/hostile", "Cell " + HOSTILE, "Group", aliases=(HOSTILE,), mentions=1)
KYIV = Entity("location/kyiv", "Kyiv", "Location", mentions=1)  # in no edge: not drawn


def claim(subject, predicate, obj, sentence, article="a1", start=0, polarity="positive", modality="actual", by=None):
    evidence = Evidence(article, sentence, start, start + len(sentence), "test")
    return Claim(Argument(subject.id, subject.label), predicate, "AID", Argument(obj.id, obj.label), evidence,
                 polarity=polarity, modality=modality, confidence=0.6,
                 attributed_to=None if by is None else Argument(by.id, by.label))


CLAIMS = [
    # e0: one merged edge, two sentences from two articles, one attributed to Jake Sullivan
    claim(IRAN, "supplies", RUSSIA, "Iran is prepared to give Russia hundreds of UAVs.", "003_3158", 10,
          modality="intended", by=SULLIVAN),
    claim(IRAN, "supplies", RUSSIA, "Iran will send Russia more drones.", "000_d15b", 40, modality="intended"),
    # e1: the negative claim between the same pair (a parallel edge)
    claim(IRAN, "supplies", RUSSIA, "Iran has consistently refused to supply arms to Russia.", "000_d15b", 90,
          polarity="negative"),
    # e2: a hostile sentence
    claim(USA, "accuses", RUSSIA, "Washington accused Moscow of " + HOSTILE, "a2", 5),
    # e3: a reverse edge between the same pair as e2
    claim(RUSSIA, "criticizes", USA, "The Kremlin criticized the United States.", "a2", 70),
    claim(NATO, "condemns", IRAN, "NATO condemned Tehran.", "a3", 0),
    # e5: a hostile label, alias, speaker and sentence
    claim(HOSTILE_GROUP, "threatens", NATO, "The cell threatened NATO. " + HOSTILE, "a3", 50, by=HOSTILE_GROUP),
]
NODE_IDS = {IRAN.id, RUSSIA.id, USA.id, NATO.id, HOSTILE_GROUP.id}


@pytest.fixture(scope="module")
def graph() -> ClaimGraph:
    g = ClaimGraph()
    g.add([IRAN, RUSSIA, USA, SULLIVAN, NATO, HOSTILE_GROUP, KYIV], CLAIMS)
    assert len(g.edges) == 6
    return g


@pytest.fixture(scope="module")
def page(graph) -> str:
    return generate_html(graph, title="Test map")


@pytest.fixture(scope="module")
def data(page) -> dict:
    soup = BeautifulSoup(page, "html.parser")
    return json.loads(soup.find("script", id="graphkit-data").string)


def external_references(page: str) -> list[str]:
    """Every src/href/url()/@import in the page that points anywhere but the page itself."""
    soup = BeautifulSoup(page, "html.parser")
    refs = [tag.get(attr) for tag in soup.find_all(True) for attr in ("src", "href", "action", "data", "poster")
            if tag.get(attr) is not None]
    refs += re.findall(r"""url\(\s*['"]?([^'")\s]+)""", page)
    refs += re.findall(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)""", page)
    refs += re.findall(r"""\b(?:src|href)\s*=\s*['"]?((?:https?:)?//[^'"\s>]+)""", page, flags=re.I)
    return [r for r in refs if not r.startswith(("data:", "#", "blob:", "about:"))]


def test_no_external_references(page):
    assert external_references(page) == []
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find_all("link") == []
    assert all(not s.get("src") for s in soup.find_all("script"))
    assert "bootstrap" not in page and "cdn.jsdelivr" not in page and "cdnjs" not in page
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_external_reference_check_can_fail():
    page = '<link href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>' \
           '<style>@import "http://e.x/a.css"; b{background:url(https://e.x/i.png)}</style>'
    assert len(external_references(page)) >= 4


def test_nodes_and_edges(data):
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == NODE_IDS  # Jake Sullivan (speaker only) and Kyiv (no edge) are not drawn
    assert nodes[IRAN.id]["label"] == "Iran"
    assert nodes[IRAN.id]["color"]["background"] != nodes[NATO.id]["color"]["background"]
    assert nodes[IRAN.id]["color"]["background"] == nodes[RUSSIA.id]["color"]["background"]
    assert nodes[IRAN.id]["value"] > nodes[HOSTILE_GROUP.id]["value"]
    assert nodes[IRAN.id]["title"].splitlines()[:3] == [
        "Iran", "Country \u00b7 ISO3 IRN", "also: Tehran, the Islamic Republic"]

    edges = {e["id"]: e for e in data["edges"]}
    assert len(edges) == 6
    merged, negative = edges["e0"], edges["e1"]
    assert (merged["from"], merged["to"], merged["label"]) == (IRAN.id, RUSSIA.id, "supplies (intended)")
    assert (negative["from"], negative["to"], negative["label"]) == (IRAN.id, RUSSIA.id, "not supplies")
    assert negative["dashes"] is True and merged["dashes"] is False
    assert sum(e["dashes"] for e in edges.values()) == 1
    assert merged["count"] == 2 and merged["width"] > negative["width"]
    assert all(e["arrows"] == "to" for e in edges.values())


def test_edge_tooltip_holds_the_evidence(data):
    title = {e["id"]: e for e in data["edges"]}["e0"]["title"]
    assert "[003_3158] \u201cIran is prepared to give Russia hundreds of UAVs.\u201d" in title
    assert "[000_d15b] \u201cIran will send Russia more drones.\u201d" in title
    assert "according to Jake Sullivan" in title
    assert title.startswith("Iran \u2192 supplies (intended) \u2192 Russia\n2 sentences")


def test_parallel_edges_are_curved_apart(data):
    edges = {e["id"]: e for e in data["edges"]}
    for a, b in (("e0", "e1"), ("e2", "e3")):
        shapes = [(edges[i].get("smooth") or {}) for i in (a, b)]
        assert all(s.get("enabled") for s in shapes), shapes
        # same direction: opposite rotation; reverse direction: same rotation = opposite sides
        same_direction = edges[a]["from"] == edges[b]["from"]
        assert (shapes[0]["type"] == shapes[1]["type"]) is not same_direction
    assert "smooth" not in edges["e5"]  # a lone edge stays straight


def test_hostile_text_stays_data(page, data):
    soup = BeautifulSoup(page, "html.parser")
    scripts = soup.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/json", None, None]
    assert HOSTILE not in page and "<img" not in page and "<script>alert" not in page
    assert "alert(1)" not in "".join(s.string or "" for s in scripts[1:])
    raw = scripts[0].string
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\\u003c/script\\u003e" in raw
    assert soup.find("img") is None
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[HOSTILE_GROUP.id]["title"].startswith("Cell " + HOSTILE)  # round-trips intact, as text
    assert HOSTILE in {e["id"]: e for e in data["edges"]}["e2"]["title"]


def test_title_is_escaped():
    page = generate_html(ClaimGraph(), title="<b>x</b> & y")
    assert "<title>&lt;b&gt;x&lt;/b&gt; &amp; y</title>" in page
    assert "<b>x</b>" not in page


def test_write_html(graph, tmp_path):
    path = tmp_path / "sub" / "graph.html"
    write_html(graph, path)
    assert path.read_text(encoding="utf-8") == generate_html(graph)


# --- in the real browser -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser_report(graph):
    from browser import open_in_browser

    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "test_map.html"
    write_html(graph, path, title="Test map")
    hover = [("node", HOSTILE_GROUP.id), ("edge", "e2"), ("edge", "e0")]
    return open_in_browser(path, ARTIFACTS / "test_map.png", hover=hover)


def test_browser_draws_the_network(browser_report):
    r = browser_report
    assert r["drawn"] is True, r
    assert (r["nodes"], r["edges"]) == (5, 6)
    assert r["settled"] is True and r["still"] is True
    assert r["painted_pixels"] > 5000
    assert r["title"] == "Test map"
    assert (ARTIFACTS / "test_map.png").stat().st_size > 10_000


def test_browser_is_clean_and_offline(browser_report):
    r = browser_report
    assert r["console_errors"] == []
    assert r["page_errors"] == []
    assert r["dialogs"] == []  # alert() never fired
    assert r["external_requests"] == []
    assert r["images"] == 0  # the hostile <img> was never created


def test_browser_tooltips_are_text(browser_report):
    tips = browser_report["tooltips"]
    node, hostile_edge, merged = tips[HOSTILE_GROUP.id], tips["e2"], tips["e0"]
    assert node is not None and hostile_edge is not None and merged is not None, tips
    assert node["text"].startswith("Cell " + HOSTILE) and node["elements"] == 0
    assert HOSTILE in hostile_edge["text"] and hostile_edge["elements"] == 0
    assert "according to Jake Sullivan" in merged["text"]


def test_empty_graph_in_browser(tmp_path):
    from browser import open_in_browser

    path = tmp_path / "empty.html"
    write_html(ClaimGraph(), path)
    r = open_in_browser(path)
    assert (r["nodes"], r["edges"]) == (0, 0)
    assert r["settled"] is True
    assert r["console_errors"] == r["page_errors"] == r["external_requests"] == []

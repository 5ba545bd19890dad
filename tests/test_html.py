"""The HTML map as a page: self-contained, faithful to the graph, styled by meaning, safe with hostile text.

What the page does in a browser is in test_html_browser.py; the fixtures here are shared with it.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from bs4 import BeautifulSoup

from graphkit.export.map import generate_html, iframe_html, write_html
from graphkit.export.map.items import map_data, rank_nodes, safe_url
from graphkit.export.map.style import QUAD_COLORS, RELATION, quad_or_relation
from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument, Article, Claim, Entity, Evidence
from graphkit.vocabulary import event_types, quad_classes

PLOVER_TYPES, QUAD_CLASSES = event_types(), quad_classes()

HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
EVIL_URL = "javascript:alert(3)"

IRAN = Entity("country/IRN", "Iran", "Country", iso3="IRN", aliases=("Tehran", "the Islamic Republic"), mentions=7)
RUSSIA = Entity("country/RUS", "Russia", "Country", iso3="RUS", aliases=("Moscow", "the Kremlin"), mentions=5)
USA = Entity("country/USA", "United States", "Country", iso3="USA", aliases=("Washington",), mentions=4)
SULLIVAN = Entity("person/jake-sullivan", "Jake Sullivan", "Person", roles=("National Security Advisor",), mentions=2)
NATO = Entity("org/nato", "NATO", "Organization", mentions=3)
HOSTILE_GROUP = Entity("group/hostile", "Cell " + HOSTILE, "Group", aliases=(HOSTILE,), mentions=1)
KYIV = Entity("location/kyiv", "Kyiv", "Location", mentions=1)  # in no edge: not drawn

ARTICLES = [
    Article(
        "003_3158",
        "",
        title="Iran's Secret Deal With Putin",
        date="2023-07-15",
        url="https://news.example/deal?a=1&b=2",
    ),
    Article("000_d15b", "", title="Austin warns of ties", date="2023-02-20", url=None),
    Article("a2", "", title="Title " + HOSTILE, date="2023-03-01", url=EVIL_URL),
    Article("a3", "", title=None, date=None, url="https://news.example/" + HOSTILE),
]
EVENT_TYPES = {
    "supplies": "AID",
    "accuses": "DISAPPROVE",
    "criticizes": "DISAPPROVE",
    "condemns": "DISAPPROVE",
    "threatens": "THREATEN",
    "attacks": "ASSAULT",
    "member_of": None,
}


def claim(subject, predicate, obj, sentence, article="a1", start=0, polarity="positive", modality="actual", by=None):
    evidence = Evidence(article, sentence, start, start + len(sentence), "test")
    return Claim(
        Argument(subject.id, subject.label),
        predicate,
        EVENT_TYPES[predicate],
        Argument(obj.id, obj.label),
        evidence,
        polarity=polarity,
        modality=modality,
        confidence=0.6,
        attributed_to=None if by is None else Argument(by.id, by.label),
    )


CLAIMS = [
    # e0: one merged edge, two sentences from two articles, one attributed to Jake Sullivan
    claim(
        IRAN,
        "supplies",
        RUSSIA,
        "Iran is prepared to give Russia hundreds of UAVs.",
        "003_3158",
        10,
        modality="intended",
        by=SULLIVAN,
    ),
    claim(IRAN, "supplies", RUSSIA, "Iran will send Russia more drones.", "000_d15b", 40, modality="intended"),
    # e1: the negative claim between the same pair (a parallel edge)
    claim(
        IRAN,
        "supplies",
        RUSSIA,
        "Iran has consistently refused to supply arms to Russia.",
        "000_d15b",
        90,
        polarity="negative",
    ),
    # e2: a hostile sentence in an article with a hostile title and a javascript: URL
    claim(USA, "accuses", RUSSIA, "Washington accused Moscow of " + HOSTILE, "a2", 5),
    # e3: a reverse edge between the same pair as e2
    claim(RUSSIA, "attacks", USA, "The Kremlin attacked the United States.", "a2", 70),
    claim(NATO, "condemns", IRAN, "NATO condemned Tehran.", "a3", 0),
    # e5: a hostile label, alias, speaker and sentence
    claim(HOSTILE_GROUP, "threatens", NATO, "The cell threatened NATO. " + HOSTILE, "a3", 50, by=HOSTILE_GROUP),
    # e6: a static relation (no event type)
    claim(IRAN, "member_of", NATO, "Iran joined NATO in this test.", "a3", 90),
]
NODE_IDS = {IRAN.id, RUSSIA.id, USA.id, NATO.id, HOSTILE_GROUP.id}


def sample_graph() -> ClaimGraph:
    g = ClaimGraph()
    for article in ARTICLES:
        g.add([], [], article)
    g.add([IRAN, RUSSIA, USA, SULLIVAN, NATO, HOSTILE_GROUP, KYIV], CLAIMS)
    assert len(g.edges) == 7
    return g


def star_graph(spokes: int, hubs: int = 3) -> ClaimGraph:
    """``hubs`` hubs linked in a ring, each with ``spokes`` leaves: a graph whose most connected nodes are known."""
    g = ClaimGraph()
    hub = [Entity(f"country/H{i:02d}", f"Hub {i}", "Country", iso3=f"H{i:02d}", mentions=5) for i in range(hubs)]
    claims = [
        claim(hub[i], "accuses", hub[(i + 1) % hubs], f"Hub {i} accused its neighbour.", "r", i) for i in range(hubs)
    ]
    leaves = []
    for i in range(hubs):
        for j in range(spokes):
            leaf = Entity(f"person/l{i}-{j}", f"Leaf {i}.{j}", "Person", mentions=1)
            leaves.append(leaf)
            claims.append(claim(leaf, "attacks", hub[i], f"Leaf {i}.{j} attacked hub {i}.", "r", 100 + i * 1000 + j))
    g.add(hub + leaves, claims)
    return g


@pytest.fixture(scope="module")
def graph() -> ClaimGraph:
    return sample_graph()


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
    refs = [
        tag.get(attr)
        for tag in soup.find_all(True)
        for attr in ("src", "href", "action", "data", "poster")
        if tag.get(attr) is not None
    ]
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
    assert "unsafe-eval" not in csp and csp.count("'sha256-") == 2


def test_external_reference_check_can_fail():
    page = (
        '<link href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>'
        '<style>@import "http://e.x/a.css"; b{background:url(https://e.x/i.png)}</style>'
    )
    assert len(external_references(page)) >= 4


def test_nodes(data):
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == NODE_IDS  # Jake Sullivan (speaker only) and Kyiv (no edge) are not drawn
    iran = nodes[IRAN.id]
    assert (iran["label"], iran["iso3"], iran["aliases"]) == ("Iran", "IRN", ["Tehran", "the Islamic Republic"])
    assert iran["color"]["background"] != nodes[NATO.id]["color"]["background"]
    assert iran["color"]["background"] == nodes[RUSSIA.id]["color"]["background"]
    # sized by how much the articles say: mentions plus the sentences of its relations
    assert iran["value"] == 7 + 5 and iran["sentences"] == 5 and iran["value"] > nodes[HOSTILE_GROUP.id]["value"]
    assert iran["title"].splitlines()[:3] == ["Iran", "Country \u00b7 ISO3 IRN", "also: Tehran, the Islamic Republic"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes.values())
    # the strongest relations first: the two-sentence edge before the one-sentence ones
    assert iran["top"][0] == "e0" and set(iran["top"]) == {"e0", "e1", "e4", "e6"}


def test_edges_are_styled_by_meaning(data):
    edges = {e["id"]: e for e in data["edges"]}
    assert len(edges) == 7
    merged, negative, accuses, attacks, static = edges["e0"], edges["e1"], edges["e2"], edges["e3"], edges["e6"]
    assert (merged["from"], merged["to"], merged["label"]) == (IRAN.id, RUSSIA.id, "supplies (intended)")
    assert (negative["from"], negative["to"], negative["label"]) == (IRAN.id, RUSSIA.id, "not supplies")
    # dashed for negative, lighter for intended or possible, thicker with more sentences
    assert negative["dashes"] is True and merged["dashes"] is False
    assert sum(e["dashes"] for e in edges.values()) == 1
    assert merged["color"]["opacity"] < 1 == negative["color"]["opacity"]
    assert merged["count"] == 2 and merged["width"] > negative["width"]
    # coloured by quad class
    assert [edges[i]["quad"] for i in ("e0", "e2", "e3", "e6")] == [
        "material cooperation",
        "verbal conflict",
        "material conflict",
        "relation",
    ]
    assert merged["color"]["color"] == negative["color"]["color"] == QUAD_COLORS["material cooperation"]
    assert len({e["color"]["color"] for e in (merged, accuses, attacks, static)}) == 4
    assert static["event_type"] is None and static["label"] == "member_of"
    assert all(e["arrows"] == "to" for e in edges.values())


def test_every_plover_type_has_one_quad_class():
    assert len(PLOVER_TYPES) == len(set(PLOVER_TYPES)) == 18
    assert len(QUAD_CLASSES) == 4
    assert {quad_or_relation(t) for t in PLOVER_TYPES} == set(QUAD_CLASSES)
    assert quad_or_relation("CONSULT") == "verbal cooperation" and quad_or_relation("FIGHT") == "material conflict"
    assert quad_or_relation("NOT_A_TYPE") == quad_or_relation(None) == RELATION
    assert list(QUAD_COLORS) == [*QUAD_CLASSES, RELATION]  # a colour for each quad class of the vocabulary


def test_edge_evidence_and_tooltip(data):
    edge = {e["id"]: e for e in data["edges"]}["e0"]
    assert [(ev["sentence"], ev["article"], ev["speaker"]) for ev in edge["evidence"]] == [
        ("Iran is prepared to give Russia hundreds of UAVs.", "003_3158", "Jake Sullivan"),
        ("Iran will send Russia more drones.", "000_d15b", None),
    ]
    title = edge["title"]
    assert title.startswith("Iran \u2192 supplies (intended) \u2192 Russia\nAID \u00b7 2 sentences \u00b7 2 article(s)")
    assert (
        "\u201cIran is prepared to give Russia hundreds of UAVs.\u201d\n    \u2014 according to Jake Sullivan \u00b7 "
        "Iran's Secret Deal With Putin, 2023-07-15" in title
    )
    assert "\u201cIran will send Russia more drones.\u201d\n    \u2014 Austin warns of ties, 2023-02-20" in title


def test_articles_keep_only_safe_links(data):
    articles = data["articles"]
    assert set(articles) == {"003_3158", "000_d15b", "a2", "a3"}
    assert articles["003_3158"] == {
        "title": "Iran's Secret Deal With Putin",
        "date": "2023-07-15",
        "url": "https://news.example/deal?a=1&b=2",
    }
    assert articles["a2"]["url"] is None and articles["a2"]["title"] == "Title " + HOSTILE
    assert articles["a3"]["url"] is None  # a URL with spaces and markup is no link either


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example/x",
        "/relative",
        "https://",
        "http://a b.example",
        "file:///etc/passwd",
        "",
    ],
)
def test_unsafe_urls_are_refused(url):
    assert safe_url(url) is None


def test_safe_urls_are_kept():
    assert safe_url("http://example.org") == "http://example.org"
    assert safe_url("HTTPS://example.org/a?b=%3Cc%3E#d") == "HTTPS://example.org/a?b=%3Cc%3E#d"


def test_parallel_edges_are_curved_apart(data):
    edges = {e["id"]: e for e in data["edges"]}
    for a, b in (("e0", "e1"), ("e2", "e3")):
        shapes = [(edges[i].get("smooth") or {}) for i in (a, b)]
        assert all(s.get("enabled") for s in shapes), shapes
        # same direction: opposite rotation; reverse direction: same rotation = opposite sides
        same_direction = edges[a]["from"] == edges[b]["from"]
        assert (shapes[0]["type"] == shapes[1]["type"]) is not same_direction
        assert edges[a]["length"] == edges[b]["length"] > 180  # parallel edges get room for their labels
    assert "smooth" not in edges["e5"] and "length" not in edges["e5"]  # a lone edge stays straight


def test_hostile_text_stays_data(page, data):
    soup = BeautifulSoup(page, "html.parser")
    scripts = soup.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/json", None, None]
    assert HOSTILE not in page and "<img" not in page and "<script>alert" not in page
    assert EVIL_URL not in page.replace("\\u003c", "<")  # the javascript: URL is not even carried
    assert "alert(1)" not in "".join(s.string or "" for s in scripts[1:])
    raw = scripts[0].string
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\\u003c/script\\u003e" in raw
    assert soup.find("img") is None and soup.find("a") is None
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[HOSTILE_GROUP.id]["title"].startswith("Cell " + HOSTILE)  # round-trips intact, as text
    edges = {e["id"]: e for e in data["edges"]}
    assert HOSTILE in edges["e2"]["title"] and ("Title " + HOSTILE) in edges["e2"]["title"]
    assert edges["e5"]["evidence"][0]["speaker"] == "Cell " + HOSTILE


def test_title_is_escaped():
    page = generate_html(ClaimGraph(), title="<b>x</b> & y")
    assert "<title>&lt;b&gt;x&lt;/b&gt; &amp; y</title>" in page
    assert "<b>x</b>" not in page


def test_write_html(graph, tmp_path):
    path = tmp_path / "sub" / "graph.html"
    write_html(graph, path)
    assert path.read_text(encoding="utf-8") == generate_html(graph)


def test_same_graph_same_map(graph):
    assert generate_html(graph) == generate_html(sample_graph())


def test_filters_list_the_event_types_present(page):
    soup = BeautifulSoup(page, "html.parser")
    values = [i["value"] for i in soup.select("#filter-event input[name=event]")]
    assert values == ["AID", "DISAPPROVE", "THREATEN", "ASSAULT", "relation"]  # cooperation to conflict
    assert [i["value"] for i in soup.select("input[name=polarity]")] == ["positive", "negative"]
    assert [i["value"] for i in soup.select("input[name=modality]")] == ["actual", "intended", "possible"]
    assert soup.find(id="search") is not None and soup.find(id="omitted") is None


def test_large_graphs_keep_the_most_connected_nodes():
    g = star_graph(spokes=40)  # 3 hubs + 120 leaves, 123 edges
    assert rank_nodes(g.edges)[:3] == ["country/H00", "country/H01", "country/H02"]
    data = map_data(g, max_nodes=23)
    ids = {n["id"] for n in data.nodes}
    assert {"country/H00", "country/H01", "country/H02"} <= ids and len(ids) == 23
    assert all(e["from"] in ids and e["to"] in ids for e in data.edges) and len(data.edges) == 23
    assert (data.omitted_nodes, data.omitted_edges) == (100, 100)
    assert len(map_data(g, max_nodes=None).nodes) == 123
    page = generate_html(g, max_nodes=23)
    note = BeautifulSoup(page, "html.parser").find(id="omitted").get_text()
    assert "23 most connected of 123 actors" in note and "100 actors and 100 relations left out" in note
    assert "--max-nodes" in note


def test_iframe_holds_the_whole_page(graph):
    frame = BeautifulSoup(iframe_html(graph, title="T <x>"), "html.parser").iframe
    assert frame["srcdoc"] == generate_html(graph, title="T <x>")  # the attribute round-trips exactly
    sandbox = frame["sandbox"] if isinstance(frame["sandbox"], list) else frame["sandbox"].split()
    assert set(sandbox) == {"allow-scripts", "allow-popups", "allow-popups-to-escape-sandbox"}  # no same-origin
    assert HOSTILE not in iframe_html(graph) and html.escape(HOSTILE) not in iframe_html(graph)


def test_seed_map_shows_the_key_relations(seed_out):
    page = (seed_out / "graph.html").read_text("utf-8")
    data = json.loads(BeautifulSoup(page, "html.parser").find("script", id="graphkit-data").string)
    label = {n["id"]: n["name"] for n in data["nodes"]}
    assert {"Iran", "Russia", "Ukraine", "Lloyd Austin", "Jordan", "Egypt", "Israel"} <= set(label.values())
    edges = {(label[e["from"]], e["label"], label[e["to"]]): e for e in data["edges"]}
    refused, supplied = edges[("Iran", "not supplies", "Russia")], edges[("Iran", "supplies", "Russia")]
    assert refused["dashes"] is True and supplied["dashes"] is False
    assert refused["quad"] == supplied["quad"] == "material cooperation"
    assert any("refused to supply arms" in ev["sentence"] for ev in refused["evidence"])
    assert edges[("Lloyd Austin", "visits", "Jordan")]["quad"] == "verbal cooperation"
    assert {n["iso3"] for n in data["nodes"] if n["name"] == "Iran"} == {"IRN"}

"""``kg.to_pyvis()``: a pyvis Network with the map's nodes, colours, dashes and evidence, whose own controls work,
and whose page draws in a real browser with hostile text shown as text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser import browser_page, open_in_browser, wait_until_still
from pyvis.network import Network
from test_html import HOSTILE, HOSTILE_GROUP, IRAN, NATO, RUSSIA, claim, sample_graph

import graphkit
from graphkit.errors import InputError
from graphkit.export.map.items import map_data
from graphkit.export.map.pyvis_network import to_pyvis
from graphkit.export.map.style import QUAD_COLORS, TYPE_COLORS
from graphkit.graph.model import ClaimGraph
from graphkit.types import Entity

ARTIFACTS = Path(__file__).parent / "artifacts"
LINK = '<a href="javascript:alert(4)">click</a>'


def linked_graph() -> ClaimGraph:
    """The sample graph plus an actor whose name and aliases carry a link: pyvis must not read it as HTML."""
    g = sample_graph()
    linker = Entity("group/linker", "Linker " + LINK, "Group", aliases=(LINK,), mentions=1)
    g.add([linker], [claim(linker, "threatens", IRAN, "The linker threatened Iran. " + LINK, "a3", 200)])
    return g


@pytest.fixture(scope="module")
def net() -> Network:
    return to_pyvis(linked_graph())


def test_nodes_and_edges_are_the_maps(net):
    data = map_data(linked_graph())
    assert [n["id"] for n in net.nodes] == [n["id"] for n in data.nodes]
    assert [e["id"] for e in net.edges] == [e["id"] for e in data.edges]
    drawn = {e["id"]: e for e in data.edges}
    for edge in net.edges:
        mine = drawn[edge["id"]]
        assert (edge["from"], edge["to"]) == (mine["from"], mine["to"])
        for key in ("label", "color", "dashes", "width", "title", "smooth", "event_type", "polarity", "modality"):
            assert edge.get(key) == mine.get(key), key
        assert "evidence" not in edge  # the sentences travel in the title, not as data
    for node, mine in zip(net.nodes, data.nodes, strict=True):
        for key in ("label", "color", "x", "y", "value", "type", "iso3"):
            assert node.get(key) == mine.get(key), key


def test_colours_dashes_and_evidence_follow_the_meaning(net):
    nodes = {n["id"]: n for n in net.nodes}
    assert nodes[IRAN.id]["color"]["background"] == TYPE_COLORS["Country"]
    assert nodes[HOSTILE_GROUP.id]["color"]["background"] == TYPE_COLORS["Group"]
    supplies = [e for e in net.edges if e["from"] == IRAN.id and e["to"] == RUSSIA.id]
    refused = next(e for e in supplies if e["polarity"] == "negative")
    intended = next(e for e in supplies if e["modality"] == "intended")
    assert refused["dashes"] is True and intended["dashes"] is False
    assert refused["color"]["color"] == QUAD_COLORS["material cooperation"]
    assert intended["color"]["opacity"] < refused["color"]["opacity"]
    assert "refused to supply arms to Russia" in refused["title"]
    assert "according to Jake Sullivan" in intended["title"]
    member = next(e for e in net.edges if e["from"] == IRAN.id and e["to"] == NATO.id)
    assert member["color"]["color"] == QUAD_COLORS["relation"]


def test_pyvis_controls_work_on_it(net):
    options = json.loads(net.options.to_json())
    assert options["physics"]["enabled"] is False  # laid out already: still at once
    assert options["nodes"]["shape"] == "dot" and options["edges"]["smooth"]["enabled"] is False
    copy = to_pyvis(sample_graph())
    copy.show_buttons(filter_=["physics"])
    copy.toggle_physics(True)
    copy.barnes_hut(gravity=-3000)
    options = json.loads(copy.options.to_json())
    assert options["physics"]["enabled"] is True and options["physics"]["barnesHut"]["gravitationalConstant"] == -3000
    assert options["configure"] == {"enabled": True, "filter": ["physics"]}
    assert to_pyvis(sample_graph(), physics=True).options.physics.enabled is True


def test_the_knowledge_graph_method_checks_its_arguments(seed_graph):
    net = seed_graph.to_pyvis(max_nodes=3, select_menu=True)
    assert isinstance(net, Network) and len(net.nodes) <= 3 and net.select_menu is True
    assert len(seed_graph.to_pyvis(max_nodes=None).nodes) == len(map_data(seed_graph, None).nodes)
    with pytest.raises(InputError, match="max_nodes"):
        seed_graph.to_pyvis(max_nodes=-1)


def test_its_page_holds_the_data_as_json_and_never_as_markup(net, tmp_path):
    page = net.generate_html()
    data = re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page, re.S)
    assert data is not None
    edges = json.loads(data.group(1))
    assert any(HOSTILE in e["title"] for e in edges)  # the text is all there, as JSON data
    assert HOSTILE not in page and LINK not in page  # never as markup
    assert "popup.innerHTML" not in page  # pyvis's HTML popup (a node title with "href") stays off
    assert all("href" not in n["title"] for n in net.nodes)


def test_an_empty_graph_gives_an_empty_network():
    net = to_pyvis(ClaimGraph())
    assert (net.nodes, net.edges) == ([], [])
    assert "nodes = new vis.DataSet([])" in net.generate_html()


@pytest.mark.browser
def test_its_page_draws_in_a_browser_and_shows_the_evidence_as_text(net, tmp_path):
    path = tmp_path / "pyvis_map.html"
    net.write_html(str(path))
    ARTIFACTS.mkdir(exist_ok=True)
    hover = [("edge", e["id"]) for e in net.edges] + [("node", n["id"]) for n in net.nodes]
    result = open_in_browser(path, ARTIFACTS / "pyvis_map.png", hover=hover)
    assert result["drawn"] and (result["nodes"], result["edges"]) == (len(net.nodes), len(net.edges))
    assert result["still"] and result["painted_pixels"] > 5000
    assert result["dialogs"] == [] and result["page_errors"] == []
    assert all(url.startswith("https://cdn.jsdelivr.net/npm/bootstrap") for url in result["external_requests"])
    tooltips = {item: t for item, t in result["tooltips"].items() if t is not None}
    assert len(tooltips) >= len(net.edges) // 2, result["tooltips"]
    assert all(t["elements"] == 0 for t in tooltips.values())  # text, never elements made from it
    shown = " ".join(t["text"] for t in tooltips.values())
    assert "refused to supply arms to Russia" in shown
    assert "onerror=alert(2)" in shown or "javascript:alert(4)" in shown


@pytest.mark.browser
def test_physics_moves_it_when_asked(tmp_path):
    net = to_pyvis(sample_graph())
    net.toggle_physics(True)
    path = tmp_path / "physics.html"
    net.write_html(str(path))
    with browser_page(path) as (page, report):
        wait_until_still(page)
        enabled = page.evaluate("() => window.network.physics.physicsEnabled")
    assert enabled is True and report["page_errors"] == []


def test_the_api_gives_it_on_a_build(seed_graph):
    assert isinstance(seed_graph, graphkit.KnowledgeGraph)
    net = seed_graph.to_pyvis()
    labels = {n["label"] for n in net.nodes}
    assert {"Iran", "Russia"} <= labels
    assert any(e["label"] == "supplies" and "drones" in e["title"] for e in net.edges)

"""The HTML map in headless Chromium: drawn and still, clean and offline, and its controls work.

Every interaction is a real mouse click or key press on the page; hostile article text must show as
text, never run (no dialog, no element made from it, no javascript: link).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import browser_page, open_in_browser, point_of, wait_until_still
from test_html import EVIL_URL, HOSTILE, HOSTILE_GROUP, IRAN, NATO, RUSSIA, USA, sample_graph, star_graph

import graphkit
from graphkit.export.map import write_html
from graphkit.graph.model import ClaimGraph
from graphkit.notebook import repr_html

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "artifacts"

_PANEL_JS = """() => {
  const p = document.getElementById("details");
  return {
    text: p.textContent, node: p.getAttribute("data-node"), edge: p.getAttribute("data-edge"),
    links: Array.from(p.querySelectorAll("a")).map(a => [a.getAttribute("href"), a.textContent, a.target, a.rel]),
    made: p.querySelectorAll("img, script, iframe, object, embed, [onerror], [onload]").length,
  };
}"""
_INJECT_JS = """() => {
  const s = document.createElement("script");
  s.textContent = "window.injected = true";
  document.body.appendChild(s);
  return window.injected === true;
}"""
_HIDDEN_JS = """() => ({
  edges: window.network.body.data.edges.get().filter(e => e.hidden).map(e => e.id).sort(),
  nodes: window.network.body.data.nodes.get().filter(n => n.hidden).map(n => n.id).sort(),
  status: document.getElementById("status").textContent,
})"""


@pytest.fixture(scope="module")
def map_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("map") / "test_map.html"
    write_html(sample_graph(), path, title="Test map")
    return path


@pytest.fixture(scope="module")
def browser_report(map_path):
    ARTIFACTS.mkdir(exist_ok=True)
    hover = [("node", HOSTILE_GROUP.id), ("edge", "e2"), ("edge", "e0")]
    return open_in_browser(map_path, ARTIFACTS / "test_map.png", hover=hover)


def test_browser_draws_the_network(browser_report):
    r = browser_report
    assert r["drawn"] is True, r
    assert (r["nodes"], r["edges"]) == (5, 7)
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


def click(page, kind: str, item: str) -> dict:
    point = point_of(page, kind, item)
    assert point is not None, (kind, item)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_timeout(100)
    return page.evaluate(_PANEL_JS)


def test_clicks_show_evidence_and_only_safe_links(map_path):
    with browser_page(map_path) as (page, report):
        wait_until_still(page)
        panel = click(page, "edge", "e0")
        assert panel["edge"] == "e0"
        assert "Iran is prepared to give Russia hundreds of UAVs." in panel["text"]
        assert "Iran will send Russia more drones." in panel["text"]
        assert "according to Jake Sullivan" in panel["text"] and "2023-07-15" in panel["text"]
        assert panel["links"] == [
            ["https://news.example/deal?a=1&b=2", "Iran's Secret Deal With Putin", "_blank", "noopener noreferrer"]
        ]  # the article without a URL is plain text
        assert "Austin warns of ties" in panel["text"]

        panel = click(page, "edge", "e2")  # hostile sentence and title, javascript: URL
        assert panel["edge"] == "e2"
        assert HOSTILE in panel["text"] and ("Title " + HOSTILE) in panel["text"]
        assert panel["links"] == [] and panel["made"] == 0
        assert page.evaluate("() => document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
        assert EVIL_URL not in page.content()

        panel = click(page, "edge", "e5")  # hostile speaker
        assert ("according to Cell " + HOSTILE) in panel["text"] and panel["made"] == 0

        panel = click(page, "node", IRAN.id)
        assert panel["node"] == IRAN.id
        for text in (
            "Country \u00b7 ISO3 IRN",
            "Also called",
            "Tehran, the Islamic Republic",
            "Strongest relations",
            "\u2192 supplies (intended) \u2192 Russia (2)",
        ):
            assert text in panel["text"], text
        page.click("ul.relations button[data-edge=e0]")
        assert page.evaluate(_PANEL_JS)["edge"] == "e0"
        assert page.evaluate("() => window.network.getSelectedEdges()") == ["e0"]

        click(page, "node", HOSTILE_GROUP.id)
        assert page.evaluate(_PANEL_JS)["made"] == 0
        assert report["dialogs"] == [] and report["page_errors"] == [] and report["console_errors"] == []
        assert report["popups"] == []


def test_filters_hide_edges_and_orphaned_actors(map_path):
    with browser_page(map_path) as (page, report):
        wait_until_still(page)
        page.uncheck("input[name=polarity][value=negative]")
        state = page.evaluate(_HIDDEN_JS)
        assert (state["edges"], state["nodes"]) == (["e1"], [])
        assert state["status"] == "showing 6 of 7 relations"

        page.uncheck("input[name=event][value=DISAPPROVE]")
        assert page.evaluate(_HIDDEN_JS)["edges"] == ["e1", "e2", "e4"]

        page.uncheck("input[name=modality][value=actual]")  # only the intended supply is left
        state = page.evaluate(_HIDDEN_JS)
        assert state["edges"] == ["e1", "e2", "e3", "e4", "e5", "e6"]
        assert state["nodes"] == sorted([USA.id, NATO.id, HOSTILE_GROUP.id])

        for selector in (
            "input[name=polarity][value=negative]",
            "input[name=event][value=DISAPPROVE]",
            "input[name=modality][value=actual]",
        ):
            page.check(selector)
        state = page.evaluate(_HIDDEN_JS)
        assert (state["edges"], state["nodes"], state["status"]) == ([], [], "")
        assert report["page_errors"] == [] and report["console_errors"] == []


def test_search_focuses_an_actor_by_any_name(map_path):
    with browser_page(map_path) as (page, report):
        wait_until_still(page)
        for name, expected in (("tehran", IRAN.id), ("The Kremlin", RUSSIA.id), ("NATO", NATO.id)):
            page.fill("#search", name)
            page.press("#search", "Enter")
            page.wait_for_timeout(100)
            assert page.evaluate(_PANEL_JS)["node"] == expected, name
            assert page.evaluate("() => window.network.getSelectedNodes()") == [expected]
        assert page.evaluate("() => document.getElementById('actor-names').options.length") == 5

        page.fill("#search", HOSTILE)
        page.press("#search", "Enter")
        page.wait_for_timeout(100)
        assert page.evaluate(_PANEL_JS)["node"] == HOSTILE_GROUP.id  # found by its (hostile) alias

        page.fill("#search", "Atlantis <b>x</b>")
        page.press("#search", "Enter")
        status = page.evaluate("() => document.getElementById('status').textContent")
        assert status == "no actor named \u201cAtlantis <b>x</b>\u201d on this map"
        assert page.evaluate("() => document.querySelectorAll('#status *').length") == 0
        assert report["dialogs"] == [] and report["page_errors"] == []


def test_large_map_is_drawn_still_without_physics(tmp_path):
    path = tmp_path / "large.html"
    write_html(star_graph(spokes=150), path, max_nodes=None)  # 453 actors: laid out in Python
    r = open_in_browser(path)
    assert (r["nodes"], r["edges"]) == (453, 453)
    assert r["settled"] and r["still"] and r["page_errors"] == [] and r["console_errors"] == []


def test_left_out_actors_are_announced(tmp_path):
    path = tmp_path / "cut.html"
    write_html(star_graph(spokes=150), path, max_nodes=50)
    with browser_page(path) as (page, report):
        wait_until_still(page)
        assert page.evaluate("() => window.network.body.data.nodes.length") == 50
        note = page.inner_text("#omitted")
        assert "50 most connected of 453 actors" in note and "403 actors" in note
        assert page.is_visible("#omitted")
        assert report["page_errors"] == []


def test_empty_graph_in_browser(tmp_path):
    path = tmp_path / "empty.html"
    write_html(ClaimGraph(), path)
    r = open_in_browser(path)
    assert (r["nodes"], r["edges"]) == (0, 0)
    assert r["settled"] is True
    assert r["console_errors"] == r["page_errors"] == r["external_requests"] == []


def test_notebook_iframe_runs_sandboxed_under_its_policy(tmp_path):
    """The map as a notebook shows it: inside a sandboxed srcdoc iframe of a host page."""
    host = tmp_path / "notebook.html"
    host.write_text(
        f"<!DOCTYPE html><html><head><title>host</title></head><body>{repr_html(sample_graph())}</body></html>",
        encoding="utf-8",
    )
    with browser_page(host) as (page, report):
        page.wait_for_function("() => document.querySelector('iframe') !== null")
        frame = next(f for f in page.frames if f != page.main_frame)
        assert wait_until_still(frame) is True
        assert frame.evaluate(
            "() => [window.network.body.data.nodes.length, window.network.body.data.edges.length]"
        ) == [5, 7]
        # the page's own CSP still holds inside the frame (an injected inline script is refused, while the
        # host page, which has no policy, runs one), and the sandbox keeps the map away from the notebook
        assert frame.evaluate(_INJECT_JS) is False
        assert page.evaluate(_INJECT_JS) is True
        assert (
            frame.evaluate("() => { try { return parent.document.title; } catch (e) { return e.name; } }")
            == "SecurityError"
        )
        assert page.evaluate("() => document.images.length") == 0
        assert report["dialogs"] == [] and report["page_errors"] == [] and report["external_requests"] == []
        assert len(report["console_errors"]) == 1 and "Content Security Policy" in report["console_errors"][0]


def test_two_sectors_of_one_country_are_a_loop_that_shows_its_evidence(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Kenyan police arrested Kenyan villagers in Nairobi on Monday.\n", "utf-8")
    graphkit.build_to(article, tmp_path / "out")
    with browser_page(tmp_path / "out" / "graph.html") as (page, report):
        wait_until_still(page)
        edges = page.evaluate("() => window.network.body.data.edges.get().map(e => [e.id, e.from, e.to])")
        loops = [e for e in edges if e[1] == e[2]]
        assert len(loops) == 1 and loops[0][1] == "country/KEN"
        panel = click(page, "node", "country/KEN")  # a loop's middle is its node: its relations list it
        assert "\u2192 coerces \u2192 Kenya (1)" in panel["text"]
        page.click(f"ul.relations button[data-edge={loops[0][0]}]")
        panel = page.evaluate(_PANEL_JS)
        assert panel["edge"] == loops[0][0] and "Kenyan police arrested Kenyan villagers" in panel["text"]
        assert "KEN COP" in panel["text"] and "KEN CVL" in panel["text"]
        assert report["page_errors"] == [] and report["console_errors"] == []

"""How long a large map takes to become a still picture in headless Chromium.

A benchmark, not a test: ``python bench/map_speed.py [--runs N]``. For each size it builds a synthetic
ClaimGraph (a preferential-attachment network of countries, people and organisations, with evidence
sentences and articles), writes the map with graphkit, opens it in Debian's Chromium (as the browser tests
do) and prints the seconds from navigation to a still, drawn map: the page's ``data-state="still"``
followed by one more drawn frame. It also prints what one frame costs once the map is still (vis-network's
drawing plus the page's own placing and drawing of names, as on every zoom or pan step) and how many
names that frame showed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

from graphkit.export.map import write_html  # noqa: E402
from graphkit.graph.model import ClaimGraph  # noqa: E402
from graphkit.types import Argument, Article, Claim, Entity, Evidence  # noqa: E402

PREDICATES = [
    ("supplies", "AID"),
    ("visits", "CONSULT"),
    ("accuses", "DISAPPROVE"),
    ("attacks", "ASSAULT"),
    ("sanctions", "SANCTION"),
    ("threatens", "THREATEN"),
    ("meets", "CONSULT"),
    ("invades", "FIGHT"),
]
TYPES = ["Country", "Country", "Person", "Organization", "Group"]

# Resolves when the map is still and one more frame has been drawn.
STILL_JS = """async () => {
  while (document.body.getAttribute("data-state") !== "still") { await new Promise(r => setTimeout(r, 10)); }
  await new Promise(r => { window.network.once("afterDrawing", () => r()); window.network.redraw(); });
  return Number(document.body.getAttribute("data-still-ms"));
}"""


def synthetic_graph(nodes: int, edges: int, seed: int = 1) -> ClaimGraph:
    """A ClaimGraph of about ``nodes`` actors and ``edges`` merged edges, hubs included."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, max(1, round(edges / nodes)), seed=seed)
    graph = ClaimGraph()
    entities = []
    for i in shape.nodes:
        kind = TYPES[i % len(TYPES)]
        iso3 = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) if kind == "Country" else None
        entities.append(
            Entity(
                f"{kind.lower()}/{i}",
                f"{kind} {i}",
                kind,
                iso3=iso3,  # type: ignore[arg-type]
                aliases=(f"alias {i}",),
                mentions=rng.randint(1, 40),
            )
        )
    graph.add(entities, [])
    articles = [
        Article(
            f"a{j}",
            "",
            title=f"Article {j} on world affairs",
            date=f"2023-{1 + j % 12:02d}-15",
            url=f"https://news.example/{j}",
        )
        for j in range(max(10, nodes // 5))
    ]
    for article in articles:
        graph.add([], [], article)
    for n, (u, v) in enumerate(shape.edges):
        predicate, event_type = rng.choice(PREDICATES)
        polarity = rng.choice(("positive",) * 5 + ("negative",))
        modality = rng.choice(("actual",) * 4 + ("intended", "possible"))
        claims = []
        for k in range(rng.choice((1, 1, 1, 2, 3))):
            article = rng.choice(articles)
            sentence = (
                f"Sentence {n}.{k}: {entities[u].label} {predicate} {entities[v].label}, officials said on Monday."
            )
            claims.append(
                Claim(
                    Argument(entities[u].id, entities[u].label),
                    predicate,
                    event_type,
                    Argument(entities[v].id, entities[v].label),
                    Evidence(article.id, sentence, 0, len(sentence), "bench"),
                    polarity=polarity,
                    modality=modality,
                    confidence=0.6,
                )
            )
        graph.add([], claims)
    return graph


# Milliseconds per frame over 20 synchronous redraws, and the names the last one drew.
FRAME_JS = """() => {
  const net = window.network, started = performance.now();
  for (let i = 0; i < 20; i++) { net.renderer._redraw(); }
  return [(performance.now() - started) / 20, window.graphkitLabels().nodes.length];
}"""


def time_to_still(browser, path: Path) -> tuple[float, float, float, int]:
    """Wall seconds from navigation to a still drawn map, the page's own clock at "still", then the
    milliseconds of one frame and the names it drew."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(120_000)
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    still_ms = page.evaluate(STILL_JS)
    seconds = time.perf_counter() - started
    frame_ms, names = page.evaluate(FRAME_JS)
    page.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return seconds, still_ms / 1000, frame_ms, names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="page loads per size (the median is printed)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    cases = [(1000, 2000, None), (3000, 6000, None), (3000, 6000, 300)]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        print(
            f"{'graph':>12} {'drawn':>12} {'write s':>8} {'MB':>6} {'still s (median, wall)':>23} {'page clock s':>13}"
            f" {'frame ms':>9} {'names':>6}"
        )
        for nodes, edges, max_nodes in cases:
            graph = synthetic_graph(nodes, edges)
            path = Path(tmp) / f"map_{nodes}_{max_nodes}.html"
            started = time.perf_counter()
            write_html(graph, path, max_nodes=max_nodes)
            written = time.perf_counter() - started
            runs = sorted(time_to_still(browser, path) for _ in range(args.runs))
            wall, clock, frame, names = runs[len(runs) // 2]
            drawn = f"{max_nodes or 'all'}"
            size = f"{len(graph.entities)}/{len(graph.edges)}"
            print(
                f"{size:>12} {drawn:>12} {written:8.2f} {path.stat().st_size / 1e6:6.1f} {wall:23.2f} {clock:13.2f}"
                f" {frame:9.1f} {names:6d}"
            )
        browser.close()


if __name__ == "__main__":
    main()

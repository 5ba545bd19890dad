"""The interactive map: one self-contained HTML page, drawn by vis-network (as pyvis ships it).

Nodes are actors, coloured by type and sized by how much the articles say about them; arrows are merged
claims, coloured by PLOVER quad class, dashed when negative, lighter when intended or possible, thicker
with more sentences. Hover for a summary, click for the evidence (sentences, speakers, articles with
links), filter by event type, polarity and modality, and search for an actor by any of its names.

The work is split: ``items`` turns the graph into drawable items (with positions from ``layout``),
``style`` decides colours and lines, and this module renders the page: the HTML template, the inlined
scripts and styles, and the policy that guards them. The page opens offline and shows article text as
text, never runs it.

vis-network comes from pyvis's own copy and is inlined with graphkit's script (``assets/map.js``) and
style (``assets/map.css``); nothing else is loaded. A Content-Security-Policy lets exactly these two
scripts run (by hash) and forbids every other source. The data travels as JSON in a non-executed
``application/json`` block with ``<``, ``>`` and ``&`` escaped, and the script puts article text into the
page with ``textContent`` only.

>>> from graphkit.graph.model import ClaimGraph
>>> page = generate_html(ClaimGraph(), title="empty")
>>> page.startswith("<!DOCTYPE html>"), "<title>empty</title>" in page
(True, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import DictLoader, Environment
from markupsafe import Markup

from graphkit.export.atomic import atomic_text
from graphkit.export.map.items import SHARED, SPRING_LENGTH, MapData, map_data
from graphkit.export.map.style import QUAD_COLORS, RELATION, TYPE_COLORS, quad_or_relation, quad_order
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_MAX_NODES

_PYVIS = importlib.util.find_spec("pyvis")  # found, not imported: pyvis imports IPython and networkx, slowly
_VIS = Path(*(_PYVIS and _PYVIS.submodule_search_locations) or ()) / "templates" / "lib" / "vis-9.1.2"  # its copy
_ASSETS = Path(__file__).parent / "assets"
CROWDED = 300  # above this many nodes, edges are hidden while dragging or zooming
SCRIPTS = ("labels.js", "map.js")  # graphkit's own script, in this order: the names on the map, then the rest

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ heading }}</title>
<style>{{ vis_css }}</style>
<style>{{ map_css }}</style>
</head>
<body>
<header>
  <div class="title-row">
    <h1>{{ heading }}</h1>
    <span class="counts" id="counts">{{ counts }}</span>
    {%- if omitted %}
    <span class="omitted" id="omitted">{{ omitted }}</span>
    {%- endif %}
  </div>
  <form id="controls" autocomplete="off">
    <span><input type="search" id="search" list="actor-names" placeholder="Find an actor: name or alias"
      aria-label="Find an actor"> <button type="submit">Find</button> <button type="button" id="fit"
      title="Show the whole map">Fit</button></span>
    {%- if fold %}
    <label class="view" title="Fold people, national bodies and sector groups into their states"><input
      type="checkbox" id="view-countries">Countries</label>
    {%- endif %}
    <datalist id="actor-names"></datalist>
    <fieldset id="filter-event"><legend>Event</legend>
      {%- for value, color in event_types %}
      <label><input type="checkbox" name="event" value="{{ value }}" checked><span class="line" style="border-color: {{ color }}"></span>{{ value }}</label>
      {%- endfor %}
    </fieldset>
    <fieldset id="filter-polarity"><legend>Polarity</legend>
      <label><input type="checkbox" name="polarity" value="positive" checked>positive</label>
      <label><input type="checkbox" name="polarity" value="negative" checked>negative</label>
    </fieldset>
    <fieldset id="filter-modality"><legend>Modality</legend>
      <label><input type="checkbox" name="modality" value="actual" checked>actual</label>
      <label><input type="checkbox" name="modality" value="intended" checked>intended</label>
      <label><input type="checkbox" name="modality" value="possible" checked>possible</label>
    </fieldset>
    {%- if days|length > 1 %}
    <fieldset id="filter-date"><legend>Dates</legend>
      <input type="range" id="date-from" min="0" max="{{ days|length - 1 }}" value="0" step="1"
        aria-label="From this day"><output id="date-from-text">{{ days[0] }}</output>
      <span>to</span>
      <input type="range" id="date-to" min="0" max="{{ days|length - 1 }}" value="{{ days|length - 1 }}" step="1"
        aria-label="To this day"><output id="date-to-text">{{ days[-1] }}</output>
    </fieldset>
    {%- endif %}
    <span id="status" role="status"></span>
  </form>
</header>
<main>
  <div id="mynetwork">{% if not nodes %}<p id="empty">No relations to show.</p>{% endif %}</div>
  <aside>
    <div class="legend-box" id="legend">
      <ul class="legend">
        {%- for type, color in types %}
        <li><span class="dot" style="background: {{ color }}"></span>{{ type }}</li>
        {%- endfor %}
      </ul>
      <ul class="legend">
        {%- for quad, color in quads %}
        <li><span class="line" style="border-color: {{ color }}"></span>{{ quad }}</li>
        {%- endfor %}
      </ul>
      <ul class="legend">
        <li><span class="line"></span>happened</li>
        <li><span class="line dashed"></span>did not</li>
        <li><span class="line faded"></span>intended or possible</li>
        <li><span class="line thick"></span>more sentences</li>
      </ul>
    </div>
    <div id="details" aria-live="polite"></div>
  </aside>
</main>
<script type="application/json" id="graphkit-data">{{ payload|scriptjson }}</script>
<script>{{ vis_js }}</script>
<script>{{ main_js }}</script>
</body>
</html>
"""  # noqa: E501  (the template's lines are the page's: one is long)


def script_json(value: Any) -> Markup:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped.

    >>> str(script_json({"s": "</script><b>&"}))
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return Markup(text)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def assets() -> dict[str, Any]:
    """vis-network's CSS and JS, graphkit's, and a CSP that lets only these two scripts run.

    The hashes come from the known script texts, never from the rendered page, so a script smuggled in
    by article text could not whitelist itself.
    """
    vis_js = (_VIS / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (_VIS / "vis-network.css").read_text(encoding="utf-8")
    main_js = "\n".join((_ASSETS / name).read_text(encoding="utf-8") for name in SCRIPTS)
    map_css = (_ASSETS / "map.css").read_text(encoding="utf-8")
    for text in (vis_js, main_js, vis_css, map_css):
        if "</script" in text.lower() or "</style" in text.lower():
            raise RuntimeError("an inlined asset would end its own element early")
    csp = (
        f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(main_js)}; style-src 'unsafe-inline'; "
        "img-src data:; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    return {
        "vis_js": Markup(vis_js),
        "vis_css": Markup(vis_css),
        "main_js": Markup(main_js),
        "map_css": Markup(map_css),
        "csp": csp,
    }


def vis_options(node_count: int) -> dict[str, Any]:
    """vis-network options: physics off (positions come from ``layout``), lighter interaction when crowded."""
    physics = False  # the map.js also handles a map that settles with physics first, should this change
    crowded = node_count > CROWDED
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "nodes": {
            "shape": "dot",
            "borderWidth": 2,
            "scaling": {"min": 14, "max": 44, "label": {"enabled": False}},
            "font": {
                "size": 16,
                "face": "system-ui, sans-serif",
                "color": "#222222",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
            "font": {"size": 12, "face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "smooth": {"enabled": False},
            "selectionWidth": 1.5,
            "hoverWidth": 0.8,
        },
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -9000,
                "centralGravity": 0.25,
                "springLength": SPRING_LENGTH,
                "springConstant": 0.03,
                "damping": 0.25,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": physics, "iterations": 250, "updateInterval": 50, "fit": True},
            "minVelocity": 0.75,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": False,
            "hideEdgesOnDrag": crowded,
            "hideEdgesOnZoom": crowded,
        },
    }


def _counts(data: MapData, articles: int | None = None) -> str:
    sentences = sum(e["count"] for e in data.edges)
    return (
        f"{len(data.nodes):,} actors \u00b7 {len(data.edges):,} relations \u00b7 {sentences:,} sentences "
        f"from {len(data.articles) if articles is None else articles:,} articles"
    )


def _omitted(data: MapData) -> str:
    if not data.omitted_nodes and not data.omitted_edges:
        return ""
    return (
        f"Showing the {len(data.nodes):,} most connected of {data.total_nodes:,} actors: "
        f"{data.omitted_nodes:,} actors and {data.omitted_edges:,} relations left out "
        "(raise --max-nodes to see more)"
    )


def render_page(data: MapData, title: str) -> str:
    """The whole page for ``data``, with ``title`` as its heading (escaped)."""
    env = Environment(loader=DictLoader({"map.html": _TEMPLATE}), autoescape=True)
    env.filters["scriptjson"] = script_json
    order = quad_order()
    events = sorted(
        {e["event_type"] or RELATION for e in data.edges}, key=lambda t: (order.index(quad_or_relation(t)), t)
    )
    present_types = {n["type"] for n in data.nodes}
    present_quads = {e["quad"] for e in data.edges}
    days = sorted({d for e in data.edges for d in e["dates"] if d})
    folded = data.countries if data.countries is not None and len(data.countries.nodes) < len(data.nodes) else None
    payload: dict[str, Any] = {
        "nodes": data.nodes,
        "edges": data.edges,
        "articles": data.articles,
        "counts": _counts(data),
        "days": days,
        "shared": list(SHARED),
        "options": vis_options(len(data.nodes)),
    }
    if folded is not None:  # the country view, if it folds anything
        counts = _counts(folded, len(data.articles))
        payload["countries"] = {"nodes": folded.nodes, "edges": folded.edges, "counts": counts}
    return env.get_template("map.html").render(
        **assets(),
        heading=title,
        counts=_counts(data),
        omitted=_omitted(data),
        nodes=data.nodes,
        payload=payload,
        fold=folded is not None,
        days=days,
        event_types=[(t, QUAD_COLORS[quad_or_relation(t)]) for t in events],
        types=[(t, c) for t, c in TYPE_COLORS.items() if t in present_types] or list(TYPE_COLORS.items())[:1],
        quads=[(q, QUAD_COLORS[q]) for q in order if q in present_quads],
    )


def generate_html(graph: ClaimGraph, *, title: str = "graphkit map", max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """The map of ``graph`` as one self-contained HTML page (no network access needed to open it).

    At most ``max_nodes`` actors are drawn, the most connected first (None: all of them); the page
    says how many were left out.
    """
    return render_page(map_data(graph, max_nodes), title)


def write_html(
    graph: ClaimGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "graphkit map",
    max_nodes: int | None = DEFAULT_MAX_NODES,
) -> None:
    """Write the map of ``graph`` to ``path`` (UTF-8), creating the parent directory if needed."""
    page = generate_html(graph, title=title, max_nodes=max_nodes)
    with atomic_text(path) as handle:
        handle.write(page)


def iframe_html(
    graph: ClaimGraph, *, title: str = "graphkit map", max_nodes: int | None = DEFAULT_MAX_NODES, height: int = 640
) -> str:
    """The map as an ``<iframe srcdoc>``, for a notebook cell.

    The page runs in a sandbox with an opaque origin: its scripts (still limited by its own CSP) cannot
    reach the notebook, and its article links open in a new tab.

    >>> frame = iframe_html(ClaimGraph(), title="<b>")
    >>> frame.startswith("<iframe "), "<b>" in frame, "&lt;title&gt;&amp;lt;b&amp;gt;&lt;/title&gt;" in frame
    (True, False, True)
    """
    page = generate_html(graph, title=title, max_nodes=max_nodes)
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" title="{html.escape(title, quote=True)}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd; border-radius: 4px"></iframe>'
    )

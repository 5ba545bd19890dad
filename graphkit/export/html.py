"""The interactive map: a self-contained HTML page drawn with pyvis / vis-network.

Nodes are the entities that take part in at least one edge, coloured by type and sized by mentions and
degree; each merged edge is one arrow labelled with its predicate, dashed when negative, whose tooltip
holds the evidence sentences.

The page opens offline: vis-network is inlined from pyvis's own copy and nothing else is loaded (a
Content-Security-Policy forbids any other source). Article text is untrusted: it travels as JSON inside a
non-executed ``application/json`` block with ``<``, ``>`` and ``&`` escaped, and vis-network shows string
titles with ``innerText``, so a sentence is always shown as text, never run as HTML.

>>> from graphkit.graph.model import ClaimGraph
>>> page = generate_html(ClaimGraph(), title="empty")
>>> page.startswith("<!DOCTYPE html>"), "<title>empty</title>" in page
(True, True)
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import DictLoader, Environment
from markupsafe import Markup
from pyvis.network import Network

from graphkit.export.files import atomic_text
from graphkit.graph.model import ClaimGraph, Edge
from graphkit.types import Argument, Claim, Entity

__all__ = ["generate_html", "write_html", "edge_label", "TYPE_COLORS"]

#: Node colours by entity type (Tableau 10), and the colour of any other type.
TYPE_COLORS: dict[str, str] = {
    "Country": "#4e79a7",
    "Person": "#f28e2b",
    "Organization": "#59a14f",
    "Group": "#e15759",
    "Location": "#b07aa1",
}
OTHER_COLOR = "#9d9d9d"
EDGE_COLOR = "#8a8a8a"
NEGATIVE_EDGE_COLOR = "#c0392b"

MAX_EVIDENCE = 12  # sentences listed in one edge tooltip
MAX_SENTENCE = 480  # characters of one sentence in a tooltip
MAX_LABEL = 40  # characters of a node label on the canvas (the tooltip has it all)

_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"  # the copy pyvis 0.3.2 inlines

_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "nodes": {
        "shape": "dot",
        "borderWidth": 2,
        "scaling": {"min": 14, "max": 42, "label": {"enabled": False}},
        "font": {"size": 16, "face": "system-ui, sans-serif", "color": "#222",
                 "strokeWidth": 4, "strokeColor": "#ffffff"},
    },
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
        "font": {"size": 12, "face": "system-ui, sans-serif", "color": "#333",
                 "strokeWidth": 3, "strokeColor": "#ffffff"},
        "smooth": {"enabled": False},
        "selectionWidth": 1.5,
    },
    "physics": {
        "enabled": True,
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -9000, "centralGravity": 0.25, "springLength": 190,
                      "springConstant": 0.03, "damping": 0.2, "avoidOverlap": 0.4},
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
        "minVelocity": 0.75,
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": False},
}

# The page's own script: draw, let physics settle, then stop it so that the map stays still.
_MAIN_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkit-data").textContent);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container,
      {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)}, data.options);
  window.network = network;
  var settled = false;
  function settle() {
    if (settled) { return; }
    settled = true;
    network.setOptions({physics: false});
    network.fit({maxZoomLevel: 1.5});
    document.body.setAttribute("data-state", "still");
  }
  network.once("stabilizationIterationsDone", settle);
  if (data.nodes.length === 0) { settle(); }
})();
"""

# Only vis-network's JS and CSS are inlined; pyvis's bootstrap, tom-select and utils.js are left out.
_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ heading }}</title>
<style>{{ vis_css }}</style>
<style>
html, body { margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 28px; padding: 10px 16px;
         border-bottom: 1px solid #ddd; background: #fafafa; }
h1 { font-size: 18px; margin: 0; font-weight: 600; }
.counts { font-size: 13px; color: #666; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; margin: 0; padding: 0; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.dot { width: 12px; height: 12px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); }
.line { width: 26px; height: 0; border-top: 2px solid """ + EDGE_COLOR + """; }
.line.negative { border-top: 2px dashed """ + NEGATIVE_EDGE_COLOR + """; }
.hint { font-size: 12px; color: #888; }
#mynetwork { flex: 1; min-height: 420px; position: relative; background: #fff; }
#empty { position: absolute; top: 40%; width: 100%; text-align: center; color: #888; }
div.vis-tooltip { white-space: pre-wrap; max-width: 520px; font: 13px/1.45 system-ui, sans-serif;
                  background: #fffef8; color: #222; padding: 8px 10px; }
</style>
</head>
<body>
<header>
  <h1>{{ heading }}</h1>
  <span class="counts">{{ nodes|length }} actors &middot; {{ edges|length }} relations</span>
  <ul class="legend" id="legend">
    {%- for type, color in legend %}
    <li><span class="dot" style="background: {{ color }}"></span>{{ type }}</li>
    {%- endfor %}
    <li><span class="line"></span>does</li>
    <li><span class="line negative"></span>does not</li>
  </ul>
  <span class="hint">Hover an actor or a line to read its evidence; scroll to zoom.</span>
</header>
<div id="mynetwork">{% if not nodes %}<p id="empty">No relations to show.</p>{% endif %}</div>
<script type="application/json" id="graphkit-data">{{ {"nodes": nodes, "edges": edges, "options": options|fromjson}|scriptjson }}</script>
<script>{{ vis_js }}</script>
<script>{{ main_js }}</script>
</body>
</html>
"""


def _script_json(value: Any) -> Markup:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and line separators escaped.

    >>> str(_script_json({"s": "</script><b>&"}))
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return Markup(text)


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """vis-network's CSS and JS, our script, and a CSP that lets only these two scripts run.

    The hashes come from the known script texts, never from the rendered page, so a script smuggled in
    by article text could not whitelist itself.
    """
    vis_js = (_VIS / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (_VIS / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise RuntimeError("the inlined vis-network files would end their own element early")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii") + "'"
        for js in (vis_js, _MAIN_JS)
    )
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'")
    return {"vis_js": Markup(vis_js), "vis_css": Markup(vis_css), "main_js": Markup(_MAIN_JS), "csp": csp}


def _entity(graph: ClaimGraph, arg: Argument) -> Entity:
    """The argument's entity, or a stand-in named by its surface text if the graph lacks it."""
    return graph.entities.get(arg.entity_id) or Entity(arg.entity_id, arg.text or arg.entity_id, "Unknown")  # type: ignore[arg-type]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def edge_label(claim: Claim) -> str:
    """The arrow's label: ``not`` for negative polarity, the modality when it is not actual."""
    label = ("not " if claim.polarity == "negative" else "") + claim.predicate
    return label if claim.modality == "actual" else f"{label} ({claim.modality})"


def _node_title(entity: Entity, degree: int) -> str:
    lines = [entity.label, entity.type + (f" \u00b7 ISO3 {entity.iso3}" if entity.iso3 else "")]
    if entity.aliases:
        lines.append("also: " + _shorten(", ".join(entity.aliases), 300))
    if entity.roles:
        lines.append("roles: " + _shorten("; ".join(entity.roles), 300))
    lines.append(f"{entity.mentions} mentions \u00b7 {degree} relations")
    return "\n".join(lines)


def _edge_title(graph: ClaimGraph, edge: Edge) -> str:
    c = edge.first
    head = f"{_entity(graph, c.subject).label} \u2192 {edge_label(c)} \u2192 {_entity(graph, c.object).label}"
    sentences = "sentence" if edge.count == 1 else "sentences"
    lines = [head, f"{edge.count} {sentences} \u00b7 {len(edge.articles)} article(s) \u00b7 "
                   f"confidence {edge.confidence:.2f}"]
    for claim in edge.claims[:MAX_EVIDENCE]:
        lines.append("")
        lines.append(f"[{claim.evidence.article_id}] \u201c{_shorten(claim.evidence.sentence, MAX_SENTENCE)}\u201d")
        if claim.attributed_to is not None:
            lines.append(f"    according to {_entity(graph, claim.attributed_to).label}")
    if edge.count > MAX_EVIDENCE:
        lines.append(f"\n\u2026 and {edge.count - MAX_EVIDENCE} more")
    return "\n".join(lines)


def _curves(edges: list[Edge]) -> list[dict[str, Any]]:
    """Per-edge vis options that fan parallel edges out so that each stays readable.

    Edges between the same two actors (either direction) alternate sides with growing roundness; a lone
    edge is straight. ``curvedCW`` is relative to the edge's direction, so reverse edges flip it.
    """
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, edge in enumerate(edges):
        s, _, o, _, _ = edge.key
        pairs[(min(s, o), max(s, o))].append(i)
    result: list[dict[str, Any]] = [{} for _ in edges]
    for (low, high), members in pairs.items():
        if low == high:  # self-loops: spread them around the node
            for j, i in enumerate(members):
                result[i] = {"selfReference": {"size": 22, "angle": round(j * math.pi / 3, 3)}}
            continue
        shift = 0 if len(members) % 2 else 1  # an odd group keeps one straight edge in the middle
        for j, i in enumerate(members):
            k = j + shift
            if k == 0:
                continue
            side = 1 if k % 2 else -1
            if edges[i].key[0] != low:
                side = -side
            result[i] = {"smooth": {"enabled": True, "type": "curvedCW" if side > 0 else "curvedCCW",
                                    "roundness": round(0.25 * ((k + 1) // 2), 2)}}
    return result


def _network(graph: ClaimGraph, title: str) -> Network:
    """The pyvis network: one node per connected entity, one arrow per merged edge."""
    edges = graph.edges
    degree: dict[str, int] = defaultdict(int)
    for edge in edges:
        degree[edge.key[0]] += 1
        degree[edge.key[2]] += 1
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading=title)
    for edge in edges:
        for arg in (edge.first.subject, edge.first.object):
            entity = _entity(graph, arg)
            if entity.id in net.node_map:
                continue
            color = TYPE_COLORS.get(entity.type, OTHER_COLOR)
            net.add_node(
                entity.id,
                label=_shorten(entity.label, MAX_LABEL),
                color={"background": color, "border": "#ffffff", "highlight": {"background": color, "border": "#222"},
                       "hover": {"background": color, "border": "#222"}},
                title=_node_title(entity, degree[entity.id]),
                value=entity.mentions + degree[entity.id],
                type=entity.type,
            )
    for i, (edge, curve) in enumerate(zip(edges, _curves(edges))):
        c = edge.first
        negative = c.polarity == "negative"
        color = NEGATIVE_EDGE_COLOR if negative else EDGE_COLOR
        net.add_edge(
            c.subject.entity_id,
            c.object.entity_id,
            id=f"e{i}",
            label=edge_label(c),
            title=_edge_title(graph, edge),
            dashes=negative,
            width=round(1.5 + 2 * math.log2(edge.count), 2),
            color={"color": color, "highlight": "#222", "hover": "#222"},
            count=edge.count,
            **curve,
        )
    net.options = _OPTIONS  # get_network_data serialises a dict as it is
    return net


def generate_html(graph: ClaimGraph, *, title: str = "graphkit map") -> str:
    """The map of ``graph`` as one self-contained HTML page (no network access needed to open it)."""
    net = _network(graph, title)
    env = Environment(loader=DictLoader({"graphkit.html": _TEMPLATE}), autoescape=True)
    env.filters["scriptjson"] = _script_json
    env.filters["fromjson"] = json.loads
    env.globals.update(_assets(), legend=list(TYPE_COLORS.items()))
    net.templateEnv, net.path = env, "graphkit.html"  # pyvis renders our template instead of its own
    return net.generate_html()


def write_html(graph: ClaimGraph, path: str | os.PathLike[str], *, title: str = "graphkit map") -> None:
    """Write the map of ``graph`` to ``path`` (UTF-8), creating the parent directory if needed."""
    page = generate_html(graph, title=title)
    with atomic_text(path) as handle:
        handle.write(page)

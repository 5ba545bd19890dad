"""The map as a ``pyvis.network.Network``, for users who want pyvis's own controls (``show_buttons``, physics).

Nothing is styled here: the nodes and edges are the map's (``items.map_data``: the same actors, positions,
colours, dashes, widths, labels and hover text with the evidence) and so are the options
(``page.vis_options``). graphkit's own page (``page.generate_html``) stays the default output: it is
self-contained under a Content-Security-Policy and has the evidence panel, filters and search, which a
pyvis page has not; a pyvis page also links bootstrap from a CDN (it still draws offline).

pyvis draws a string ``title`` as text, but a node title that contains ``href`` switches its template to an
HTML popup (``innerHTML``); article text never turns that on here (see ``_as_text``).
"""

from __future__ import annotations

from typing import Any

from pyvis.network import Network

from graphkit.export.map.items import map_data
from graphkit.export.map.page import vis_options
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_MAX_NODES

WORD_JOINER = "\u2060"  # invisible, and keeps "href" from reading as a link to pyvis's template


def to_pyvis(
    graph: ClaimGraph,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    physics: bool = False,
    height: str = "750px",
    width: str = "100%",
    **network: Any,
) -> Network:
    """A pyvis Network of the map of ``graph`` (at most ``max_nodes`` actors, the most connected first).

    Positions come laid out, so the network is still at once; ``physics=True`` (or ``net.toggle_physics``)
    lets vis-network move it. Other keywords go to ``pyvis.network.Network`` (``notebook=True``,
    ``select_menu=True``, ...). Each node and edge also carries the map's plain fields (``type``, ``iso3``,
    ``event_type``, ``polarity``, ``modality``, ``count``, ...), which pyvis's ``filter_menu`` can filter on.

    >>> from graphkit.graph.model import ClaimGraph
    >>> net = to_pyvis(ClaimGraph())
    >>> type(net).__name__, net.options.physics.enabled
    ('Network', False)
    """
    data = map_data(graph, max_nodes)
    network.setdefault("cdn_resources", "in_line")  # the only choice that draws offline
    net = Network(height=height, width=width, directed=True, **network)
    for node in data.nodes:
        fields = _fields(node)
        fields["title"] = _as_text(fields.get("title", ""))
        net.add_node(fields.pop("id"), **fields)
    for edge in data.edges:
        fields = _fields(edge)
        net.add_edge(fields.pop("from"), fields.pop("to"), **fields)
    _overlay(net.options, vis_options(len(data.nodes)))
    net.options.physics.enabled = physics
    net.options.physics.stabilization.enabled = physics
    return net


def _fields(item: dict[str, Any]) -> dict[str, Any]:
    """The item's vis options and plain fields; its lists (evidence, aliases, roles) stay with graphkit's map."""
    return {key: value for key, value in item.items() if not isinstance(value, list)}


def _as_text(title: str) -> str:
    """A node title that pyvis's template shows as text, never as HTML.

    >>> _as_text("Sherefa Ahref") == "Sherefa Ah\\u2060ref"
    True
    """
    return title.replace("href", "h" + WORD_JOINER + "ref")


def _overlay(target: Any, options: dict[str, Any]) -> None:
    """Set ``options`` on pyvis's Options object, keeping its sub-objects (``physics``, ``edges``, ...) so that
    its own methods (``toggle_physics``, ``show_buttons``, ``barnes_hut``) still work on them."""
    for key, value in options.items():
        if isinstance(getattr(type(target), key, None), type):
            continue  # a solver pyvis sets up itself (``physics.barnesHut``: ``net.barnes_hut(...)``)
        current = (target if isinstance(target, dict) else vars(target)).get(key)
        if isinstance(value, dict) and (isinstance(current, dict) or hasattr(current, "__dict__")):
            _overlay(current, value)
        elif isinstance(target, dict):
            target[key] = value
        else:
            setattr(target, key, value)

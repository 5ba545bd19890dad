"""The interactive map: one self-contained HTML page, drawn by vis-network (as pyvis ships it).

Nodes are actors, coloured by type and sized by how much the articles say about them; arrows are merged
claims, coloured by PLOVER quad class, dashed when negative, lighter when intended or possible, thicker
with more sentences. Hover for a summary, click for the evidence (sentences, speakers, articles with
links), filter by event type, polarity and modality, and search for an actor by any of its names.

The work is split: ``map_data`` turns the graph into drawable items (with positions from ``layout``),
``map_style`` decides colours and lines, ``map_page`` renders the page with its inlined scripts. The page
opens offline and shows article text as text, never runs it (see ``map_page``).

>>> from graphkit.graph.model import ClaimGraph
>>> page = generate_html(ClaimGraph(), title="empty")
>>> page.startswith("<!DOCTYPE html>"), "<title>empty</title>" in page
(True, True)
"""

from __future__ import annotations

import html
import os

from graphkit.export.files import atomic_text
from graphkit.export.map_data import DEFAULT_MAX_NODES, map_data, safe_url
from graphkit.export.map_page import render_page
from graphkit.export.map_style import QUAD_CLASSES, QUAD_COLORS, TYPE_COLORS, edge_label, quad_class
from graphkit.graph.model import ClaimGraph

__all__ = [
    "DEFAULT_MAX_NODES", "QUAD_CLASSES", "QUAD_COLORS", "TYPE_COLORS", "edge_label", "generate_html", "iframe_html",
    "quad_class", "safe_url", "write_html",
]  # fmt: skip


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

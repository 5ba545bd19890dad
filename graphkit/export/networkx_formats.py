"""The networkx graph for Gephi and other network tools: GraphML and GEXF.

``ClaimGraph.to_networkx`` keeps Evidence objects on its edges; these formats hold only scalar
attributes, so each edge's evidence is flattened into counts and joined text, and missing values
are left out. Text is cleaned of the control characters XML cannot hold.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from graphkit.errors import InputError
from graphkit.export.atomic import atomic_path
from graphkit.graph.model import ClaimGraph

NETWORKX_FORMATS = ("graphml", "gexf")
SEPARATOR = "\n"  # between the sentences (and article ids) of one edge
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _scalar(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def flat_networkx(graph: ClaimGraph) -> nx.MultiDiGraph:
    """``graph.to_networkx()`` with only str, int and float attributes, None values dropped.

    >>> from graphkit.types import Argument, Claim, Entity, Evidence
    >>> g = ClaimGraph()
    >>> ev = Evidence("a1", "Iran supplies Russia.", 0, 21, "test")
    >>> g.add([Entity("country/IRN", "Iran", "Country"), Entity("country/RUS", "Russia", "Country")],
    ...       [Claim(Argument("country/IRN", "Iran"), "supplies", "AID", Argument("country/RUS", "Russia"), ev)])
    >>> [(u, v, d["sentences"], d["articles"]) for u, v, d in flat_networkx(g).edges(data=True)]
    [('country/IRN', 'country/RUS', 'Iran supplies Russia.', 'a1')]
    """
    source = graph.to_networkx()
    flat: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for u, v, key, data in source.edges(keys=True, data=True):
        evidence = data.pop("evidence", [])
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None}
        attrs["label"] = attrs.get("predicate", "")
        attrs["sentences"] = _scalar(SEPARATOR.join(e.sentence for e in evidence))
        attrs["articles"] = _scalar(SEPARATOR.join(dict.fromkeys(e.article_id for e in evidence)))
        flat.add_edge(u, v, key=key, **attrs)
    return flat


def serialize_networkx(graph: ClaimGraph, fmt: str) -> bytes:
    """The graph as GraphML or GEXF bytes (UTF-8)."""
    flat = flat_networkx(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(flat, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat, buffer, encoding="utf-8")
    else:
        raise InputError(f"unknown network format {fmt!r}: use one of {', '.join(NETWORKX_FORMATS)}")
    return buffer.getvalue()


def write_networkx(graph: ClaimGraph, path: str | Path, fmt: str) -> None:
    """Write the graph to ``path`` as ``graphml`` or ``gexf``, atomically."""
    data = serialize_networkx(graph, fmt)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)

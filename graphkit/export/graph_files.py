"""The graph as one file, in any format: RDF (Turtle, N-Triples, JSON-LD) or networkx (GraphML, GEXF).

The formats and their file names are ``graphkit.options.GRAPH_FILES``; each is written by ``rdf`` or
``networkx_formats``.

>>> format_of("out/graph.nt"), FILE_NAMES["gexf"]
('ntriples', 'graph.gexf')
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from graphkit.errors import InputError
from graphkit.export.atomic import atomic_path
from graphkit.export.networkx_formats import NETWORKX_FORMATS, serialize_networkx
from graphkit.export.rdf import RDF_FORMATS, serialize_rdf
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_BASE_IRI, FORMATS
from graphkit.options import GRAPH_FILES as FILE_NAMES

SUFFIXES = {Path(name).suffix: fmt for fmt, name in FILE_NAMES.items()} | {".json": "jsonld", ".turtle": "turtle"}


def format_of(path: str | Path) -> str:
    """The format a file name asks for, by its suffix; InputError for one graphkit does not write."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"cannot tell the format of {path}: use a suffix among {', '.join(sorted(SUFFIXES))} or name it"
        )
    return SUFFIXES[suffix]


def file_names(formats: Iterable[str]) -> list[str]:
    """The file names ``save`` gives ``formats``, in order, without repeats; InputError for an unknown one."""
    unknown = [f for f in formats if f not in FILE_NAMES]
    if unknown:
        raise InputError(f"unknown graph format {unknown[0]!r}: use one of {', '.join(FORMATS)}")
    return list(dict.fromkeys(FILE_NAMES[f] for f in formats))


def serialize_graph(graph: ClaimGraph, fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI) -> bytes:
    """The graph in one of ``FORMATS``, as bytes."""
    if fmt in RDF_FORMATS:
        return serialize_rdf(graph, fmt, base_iri)
    if fmt in NETWORKX_FORMATS:
        return serialize_networkx(graph, fmt)
    raise InputError(f"unknown graph format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_graph(graph: ClaimGraph, path: str | Path, fmt: str | None = None, base_iri: str = DEFAULT_BASE_IRI) -> Path:
    """Write the graph to ``path`` in ``fmt`` (by default, the format its suffix names), atomically."""
    data = serialize_graph(graph, fmt or format_of(path), base_iri)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)

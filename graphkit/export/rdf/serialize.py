"""The graph's RDF as bytes and files: Turtle, N-Triples and JSON-LD, the same graph giving the same bytes.

Turtle and N-Triples are written fast: rdflib builds and writes Turtle at about 20k triples/s; converting
the same terms to pyoxigraph's and letting pyoxigraph write them is several times faster (see
``bench/throughput.py``, item 5). The triples are sorted first, so the same set of triples gives the same
bytes. JSON-LD comes from rdflib, its nodes sorted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from graphkit.errors import InputError
from graphkit.export.atomic import atomic_path
from graphkit.export.rdf.triples import IRIs, rdf_triples, to_rdf
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_BASE_IRI
from graphkit.vocabulary.rdf import PREFIXES

RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}  # graphkit's name -> rdflib's

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


class Converter:
    """rdflib terms to pyoxigraph terms, each IRI and literal converted once."""

    def __init__(self) -> None:
        self.nodes: dict[str, ox.NamedNode] = {}
        self.literals: dict[tuple[str, str | None, str | None], ox.Literal] = {}

    def iri(self, term: str) -> ox.NamedNode:
        node = self.nodes.get(term)
        if node is None:
            node = self.nodes[term] = ox.NamedNode(str(term))
        return node

    def term(self, term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
        if isinstance(term, URIRef):
            return self.iri(term)
        if not isinstance(term, Literal):
            raise TypeError(f"graphkit writes no blank nodes or other terms: {term!r}")
        key = (str(term), term.datatype, term.language)
        literal = self.literals.get(key)
        if literal is None:
            if term.language:
                literal = ox.Literal(key[0], language=term.language)
            elif term.datatype:
                literal = ox.Literal(key[0], datatype=self.iri(term.datatype))
            else:
                literal = ox.Literal(key[0])
            self.literals[key] = literal
        return literal


def sort_key(triple: tuple[URIRef, URIRef, URIRef | Literal]) -> tuple[str, ...]:
    """Subject, predicate, then object (IRIs before literals, then datatype and language): a total order.

    Plain ``str`` copies, so that the sort compares in C rather than through rdflib's ``__lt__``/``__eq__``
    (which took half the time of writing).
    """
    s, p, o = triple
    if isinstance(o, Literal):
        return (str.__str__(s), str.__str__(p), "1", str.__str__(o), str(o.datatype or ""), o.language or "")
    return (str.__str__(s), str.__str__(p), "0", str.__str__(o), "", "")


def serialize_triples(
    triples: Iterable[tuple[URIRef, URIRef, URIRef | Literal]], fmt: str, prefixes: dict[str, str]
) -> bytes:
    """``turtle`` or ``ntriples`` bytes of the triples, sorted, so the same triples give the same bytes."""
    convert = Converter()
    ordered = sorted(triples, key=sort_key)
    ox_triples = [ox.Triple(convert.iri(s), convert.iri(p), convert.term(o)) for s, p, o in ordered]
    if fmt == "ntriples":
        data = ox.serialize(ox_triples, format=OX_FORMATS[fmt])
    else:
        data = ox.serialize(ox_triples, format=OX_FORMATS[fmt], prefixes=prefixes)
    if data is None:  # pyoxigraph returns None only when given a file to write to
        raise RuntimeError("pyoxigraph returned no bytes")
    return data


TURTLE_WRITERS = ("pyoxigraph", "rdflib")  # fastest first: see bench/throughput.py, item 5


def serialize_rdf(
    graph: ClaimGraph, fmt: str = "turtle", base_iri: str = DEFAULT_BASE_IRI, writer: str = "pyoxigraph"
) -> bytes:
    """The graph as ``turtle``, ``ntriples`` or ``jsonld`` bytes (UTF-8); the same graph gives the same bytes.

    Turtle and N-Triples are written by ``writer``: pyoxigraph (from the sorted triples, several times
    faster) or rdflib (whose Turtle writer sorts as it goes). graphkit writes no blank nodes, so either
    is deterministic; N-Triples lines and JSON-LD nodes are sorted here.
    """
    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}: use one of {', '.join(RDF_FORMATS)}")
    if writer not in TURTLE_WRITERS:
        raise InputError(f"unknown RDF writer {writer!r}: use one of {', '.join(TURTLE_WRITERS)}")
    if fmt != "jsonld" and writer == "pyoxigraph":
        prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()} | {"id": IRIs(base_iri).base}
        data = serialize_triples(rdf_triples(graph, base_iri), fmt, prefixes)
    else:
        rdf = to_rdf(graph, base_iri)
        if fmt == "jsonld":
            context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
            document = json.loads(rdf.serialize(format="json-ld", context=context))
            if isinstance(document, dict) and isinstance(document.get("@graph"), list):
                document["@graph"].sort(key=lambda node: node.get("@id", ""))
            return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
        data = rdf.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
    if fmt == "ntriples":
        data = b"".join(sorted(line + b"\n" for line in data.splitlines() if line.strip()))
    return data


def write_rdf(
    graph: ClaimGraph,
    path: str | Path,
    fmt: str = "turtle",
    base_iri: str = DEFAULT_BASE_IRI,
    writer: str = "pyoxigraph",
) -> None:
    """Write the graph to ``path`` as ``turtle``, ``ntriples`` or ``jsonld``, atomically."""
    data = serialize_rdf(graph, fmt, base_iri, writer)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_turtle(
    graph: ClaimGraph, path: str | Path, base_iri: str = DEFAULT_BASE_IRI, writer: str = "pyoxigraph"
) -> None:
    """Write the graph as Turtle to ``path`` (with the ``pyoxigraph`` writer, or ``rdflib``)."""
    write_rdf(graph, path, "turtle", base_iri, writer)

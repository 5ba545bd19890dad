"""Write rdflib triples fast: converted to pyoxigraph terms, sorted, and serialized by pyoxigraph.

rdflib builds and writes Turtle at about 20k triples/s; converting the same terms and letting pyoxigraph
write them is several times faster (see ``bench/throughput.py``, item 5). The triples are sorted first, so
the same set of triples gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal, URIRef

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
        return ox.serialize(ox_triples, format=OX_FORMATS[fmt])
    return ox.serialize(ox_triples, format=OX_FORMATS[fmt], prefixes=prefixes)

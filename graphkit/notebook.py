"""What a KnowledgeGraph shows and answers in a notebook: a summary with the map inline, and SPARQL.

The map runs in a sandboxed ``<iframe srcdoc>`` (see ``export.map.page.iframe_html``): the page keeps its
own Content-Security-Policy and cannot reach the notebook. SPARQL runs on the graph's RDF export.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any, cast

from rdflib import Graph, Literal
from rdflib.query import Result
from rdflib.term import Node

from graphkit.errors import QueryError
from graphkit.export.map import iframe_html
from graphkit.export.rdf import to_rdf
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES
from graphkit.query import as_row, check_query, graphkit_cause, offline


def summary(graph: ClaimGraph) -> str:
    """One line of counts and one of the commonest event types.

    >>> summary(ClaimGraph())
    '0 actors, 0 relations (0 claims) from 0 articles'
    """
    edges = graph.edges
    line = (
        f"{len(graph.entities):,} actors, {len(edges):,} relations ({sum(e.count for e in edges):,} claims) "
        f"from {len(graph.articles):,} articles"
    )
    kinds = Counter(c.event_type or "relation" for c in graph.claims).most_common(6)
    return line + ("\n" + ", ".join(f"{k} {n}" for k, n in kinds) if kinds else "")


def repr_html(graph: ClaimGraph, max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """A short summary and the interactive map, as notebook HTML (all text escaped)."""
    lines = summary(graph).splitlines()
    head = f"<strong>{html.escape(type(graph).__name__)}</strong>: {html.escape(lines[0])}"
    kinds = f"<br><small>{html.escape(lines[1])}</small>" if len(lines) > 1 else ""
    return f'<div class="graphkit"><p>{head}{kinds}</p>{iframe_html(graph, max_nodes=max_nodes)}</div>'


def _value(term: Node | None) -> Any:
    if term is None:
        return None
    return term.toPython() if isinstance(term, Literal) else str(term)


def sparql(graph: ClaimGraph, query: str, base_iri: str = DEFAULT_BASE_IRI) -> Any:
    """Run ``query`` on the graph's RDF (as ``graph.ttl`` holds it).

    SELECT gives a list of ``{variable: value}`` dicts (literals as Python values, IRIs as strings),
    ASK a bool, CONSTRUCT and DESCRIBE an rdflib Graph. A malformed query is a QueryError.
    """
    check_query(query)
    rdf = to_rdf(graph, base_iri)
    with offline():
        try:
            result = rdf.query(query)
        except Exception as err:  # pyparsing and rdflib raise several types
            refused = graphkit_cause(err)
            if refused is not None and refused is not err:
                raise refused from err
            line, col = getattr(err, "lineno", None), getattr(err, "col", None)
            where = f" at line {line}, column {col}" if line is not None else ""
            message = getattr(err, "msg", None) or str(err).splitlines()[0]
            raise QueryError(f"malformed SPARQL query{where}: {message}") from err
        try:
            return _answer(result)
        except Exception as err:  # evaluation is lazy: a refused access shows here
            refused = graphkit_cause(err)
            if refused is None or refused is err:
                raise
            raise refused from err


def _answer(result: Result) -> Any:
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type == "SELECT":
        names = [str(v) for v in result.vars or ()]
        return [{name: _value(row[i]) for i, name in enumerate(names)} for row in map(as_row, result)]
    out = Graph()
    for triple in result:
        out.add(cast(tuple[Node, Node, Node], triple))  # CONSTRUCT and DESCRIBE give triples
    return out

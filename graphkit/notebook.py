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
from graphkit.export.map.items import rank_nodes
from graphkit.export.rdf import to_rdf
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES
from graphkit.query import as_row, check_query, graphkit_cause, offline

KINDS_SHOWN = 10  # claim kinds (event types, static predicates) named in a summary; the rest are counted


def map_counts(graph: ClaimGraph, max_nodes: int | None = DEFAULT_MAX_NODES) -> dict[str, int]:
    """What the map of ``graph`` draws, counted as the map counts it (``export.map.items.map_data``, without
    the layout): ``actors`` (entities in a drawn relation), ``relations`` (merged edges), ``sentences`` (their
    claims) and ``articles`` (that those sentences come from); ``in_relations``: every entity in a relation."""
    edges = graph.edges
    ranked = rank_nodes(edges)
    kept = set(ranked if max_nodes is None else ranked[: max(max_nodes, 0)])
    drawn = [e for e in edges if e.key[0] in kept and e.key[2] in kept]
    return {
        "actors": len({i for e in drawn for i in (e.key[0], e.key[2])}),
        "relations": len(drawn),
        "sentences": sum(e.count for e in drawn),
        "articles": len({a for e in drawn for a in e.articles}),
        "in_relations": len(ranked),
    }


def summary(graph: ClaimGraph, max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """What the graph holds, in a few lines: the map's counts, what the map leaves out, and the claims by kind
    (a PLOVER event type, or the predicate of a static relation), naming or counting every kind.

    >>> print(summary(ClaimGraph()))
    0 actors · 0 relations · 0 sentences from 0 articles (as the map counts them)
    0 entities named in 0 articles read
    """
    drawn = map_counts(graph, max_nodes)
    lines = [
        f"{drawn['actors']:,} actors · {drawn['relations']:,} relations · {drawn['sentences']:,} sentences "
        f"from {drawn['articles']:,} articles (as the map counts them)"
    ]
    named = f"{len(graph.entities):,} entities named in {len(graph.articles):,} articles read"
    alone = len(graph.entities) - drawn["in_relations"]
    if alone:
        named += f"; the {alone:,} in no relation are not on the map"
    if drawn["in_relations"] > drawn["actors"]:
        named += f"; the map draws the {drawn['actors']:,} most connected of {drawn['in_relations']:,} actors"
    lines.append(named)
    kinds = Counter(c.event_type or c.predicate for c in graph.claims).most_common()
    if kinds:
        shown = kinds if len(kinds) <= KINDS_SHOWN else kinds[: KINDS_SHOWN - 1]
        line = "claims by kind: " + ", ".join(f"{kind} {n:,}" for kind, n in shown)
        rest = kinds[len(shown) :]
        if rest:
            line += f", and {len(rest)} more kinds ({sum(n for _, n in rest):,} claims)"
        lines.append(line)
    return "\n".join(lines)


def repr_html(graph: ClaimGraph, max_nodes: int | None = DEFAULT_MAX_NODES) -> str:
    """A short summary and the interactive map, as notebook HTML (all text escaped)."""
    first, *rest = summary(graph, max_nodes).splitlines()
    head = f"<strong>{html.escape(type(graph).__name__)}</strong>: {html.escape(first)}"
    more = "".join(f"<br><small>{html.escape(line)}</small>" for line in rest)
    return f'<div class="graphkit"><p>{head}{more}</p>{iframe_html(graph, max_nodes=max_nodes)}</div>'


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

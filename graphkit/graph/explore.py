"""Exploring a ClaimGraph: find actors by any name, their neighbours, the claims between two of them,
and smaller graphs cut by event type, polarity, modality, date, source or actors.

The functions take a ClaimGraph; ``Explorer`` is a ClaimGraph with them as methods (``KnowledgeGraph`` is one). Cuts
return a new graph of the same class holding the claims kept, the entities they name and their articles.

>>> from graphkit.types import Argument, Evidence
>>> g = ClaimGraph()
>>> iran = Entity("country/IRN", "Iran", "Country", aliases=("Tehran",))
>>> russia = Entity("country/RUS", "Russia", "Country", aliases=("Moscow",))
>>> ev = Evidence("a1", "Tehran has provided Moscow with drones.", 0, 39, "test")
>>> g.add([iran, russia], [Claim(Argument(iran.id, "Tehran"), "supplies", "AID", Argument(russia.id, "Moscow"), ev)])
>>> actor_id(g, "tehran")
'country/IRN'
>>> [e.label for e in neighbors(g, "Moscow")]
['Iran']
>>> [c.evidence.sentence for c in between(g, "Russia", "Iran")]
['Tehran has provided Moscow with drones.']
>>> len(filter_claims(g, polarity="negative").claims)
0
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from graphkit.errors import GraphkitError
from graphkit.graph.model import ClaimGraph, Edge
from graphkit.types import Claim, Entity

G = TypeVar("G", bound=ClaimGraph)
Choice = str | Iterable[str] | None
EdgeRef = Edge | tuple[str, ...]


class UnknownActorError(GraphkitError, LookupError):
    """A name that is no actor's label, alias or id in the graph (or that names several)."""


def actor_id(graph: ClaimGraph, name: str) -> str:
    """The id of the entity called ``name``: its id, label or one of its aliases, in any case.

    A label wins over an alias; a name shared by several entities at the same rank is an error that
    lists them, and an unknown name an error that suggests close ones.
    """
    if name in graph.entities:
        return name
    key = name.strip().casefold()
    for names in (lambda e: (e.label,), lambda e: e.aliases):
        found = sorted(e.id for e in graph.entities.values() if key in {n.casefold() for n in names(e)})
        if len(found) == 1:
            return found[0]
        if found:
            labels = ", ".join(f"{graph.entities[i].label} ({i})" for i in found)
            raise UnknownActorError(f"{name!r} names several actors: {labels}; give one of their ids")
    known = {n.casefold(): n for e in graph.entities.values() for n in (e.label, *e.aliases)}
    close = [known[k] for k in difflib.get_close_matches(key, list(known), n=3, cutoff=0.7)]
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise UnknownActorError(f"no actor called {name!r} in this graph{hint}")


def neighbors(graph: ClaimGraph, name: str) -> list[Entity]:
    """The actors linked to ``name`` by a claim either way, the most often mentioned together first."""
    me = actor_id(graph, name)
    weight: Counter[str] = Counter()
    for edge in graph.edges:
        s, _, o, _, _ = edge.key
        if me in (s, o) and s != o:
            weight[o if s == me else s] += edge.count
    return [graph.entities[i] for i, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])) if i in graph.entities]


def between(graph: ClaimGraph, a: str, b: str) -> list[Claim]:
    """Every claim between actors ``a`` and ``b``, in both directions, in the order read."""
    ends = {actor_id(graph, a), actor_id(graph, b)}
    return [c for c in graph.claims if {c.subject.entity_id, c.object.entity_id} == ends]


def find_edge(graph: ClaimGraph, edge: EdgeRef) -> Edge:
    """The merged edge for an ``Edge``, a claim key ``(subject, predicate, object, polarity, modality)``
    (names accepted) or a networkx edge ``(u, v, key)`` of ``to_networkx()``."""
    if isinstance(edge, Edge):
        return edge
    if len(edge) == 3:
        predicate, polarity, modality = str(edge[2]).split("|")
        edge = (edge[0], predicate, edge[1], polarity, modality)
    if len(edge) != 5:
        raise ValueError("give an Edge, (subject, predicate, object, polarity, modality) or (u, v, key)")
    s, predicate, o, polarity, modality = edge
    key = (actor_id(graph, s), predicate, actor_id(graph, o), polarity, modality)
    for candidate in graph.edges:
        if candidate.key == key:
            return candidate
    raise KeyError(f"no edge {key} in this graph")


def evidence(graph: ClaimGraph, edge: EdgeRef) -> list[dict[str, Any]]:
    """The sentences behind an edge, each with its article (title, date, url) and speaker."""
    rows = []
    for claim in find_edge(graph, edge).claims:
        ev = claim.evidence
        article = graph.articles.get(ev.article_id)
        speaker = claim.attributed_to
        rows.append(
            {
                "sentence": ev.sentence,
                "article": ev.article_id,
                "title": article.title if article else None,
                "date": article.date if article else None,
                "url": article.url if article else None,
                "speaker": graph.entities[speaker.entity_id].label
                if speaker and speaker.entity_id in graph.entities
                else (speaker.text if speaker else None),
                "start": ev.start,
                "end": ev.end,
            }
        )
    return rows


def _as_set(value: Choice, normal: Callable[[str], str] = str.lower) -> set[str] | None:
    if value is None:
        return None
    return {normal(value)} if isinstance(value, str) else {normal(v) for v in value}


def _day(value: str | date | None) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a date, a datetime or an ISO string."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()[:10]


def filter_claims(
    graph: G,
    *,
    event_type: Choice = None,
    polarity: Choice = None,
    modality: Choice = None,
    since: str | date | None = None,
    until: str | date | None = None,
    source: Choice = None,
    predicate: Choice = None,
) -> G:
    """A new graph of the claims that pass every given test (each test takes a value or several).

    ``since`` and ``until`` (inclusive; dates or ISO strings) compare the claim's date, or else its
    article's date; a claim with neither is left out when either is given. ``source`` keeps articles whose
    id equals it, or whose source path or URL contains it.
    """
    events, polarities = _as_set(event_type, str.upper), _as_set(polarity)
    modalities, predicates, sources = _as_set(modality), _as_set(predicate), _as_set(source)
    first, last = _day(since), _day(until)

    def article_ok(article_id: str) -> bool:
        article = graph.articles.get(article_id)
        places = [article_id.lower()] + (
            [(article.source or "").lower(), (article.url or "").lower()] if article else []
        )
        return any(s == places[0] or any(s in p for p in places[1:] if p) for s in sources or ())

    def keep(c: Claim) -> bool:
        if events is not None and (c.event_type or "").upper() not in events:
            return False
        if polarities is not None and c.polarity not in polarities:
            return False
        if modalities is not None and c.modality not in modalities:
            return False
        if predicates is not None and c.predicate.lower() not in predicates:
            return False
        if sources is not None and not article_ok(c.evidence.article_id):
            return False
        if first or last:
            article = graph.articles.get(c.evidence.article_id)
            day = _day(c.date or (article.date if article else None))
            if not day or (first and day < first) or (last and day > last):
                return False
        return True

    return _cut(graph, [c for c in graph.claims if keep(c)])


def subgraph(graph: G, names: Iterable[str]) -> G:
    """A new graph of the claims whose subject and object are both among ``names``."""
    ids = {actor_id(graph, n) for n in ([names] if isinstance(names, str) else names)}
    return _cut(graph, [c for c in graph.claims if c.subject.entity_id in ids and c.object.entity_id in ids])


def _cut(graph: G, claims: list[Claim]) -> G:
    """A new, empty graph of ``graph``'s class, given ``claims`` and what they refer to."""
    new = type(graph)()
    used = {
        i
        for c in claims
        for i in (c.subject.entity_id, c.object.entity_id, c.attributed_to.entity_id if c.attributed_to else None)
    }
    for article_id in dict.fromkeys(c.evidence.article_id for c in claims):
        if article_id in graph.articles:
            new.add([], [], graph.articles[article_id])
    new.add([e for i, e in graph.entities.items() if i in used], claims)
    return new


class Explorer(ClaimGraph):
    """A ClaimGraph with the exploring functions as methods (``KnowledgeGraph`` is one)."""

    def resolve(self, name: str) -> str:
        """The id of the actor called ``name`` (id, label or alias, in any case)."""
        return actor_id(self, name)

    def neighbors(self, name: str) -> list[Entity]:
        """The actors linked to ``name``, the most often mentioned together first."""
        return neighbors(self, name)

    def between(self, a: str, b: str) -> list[Claim]:
        """Every claim between ``a`` and ``b``, both directions, with its sentence."""
        return between(self, a, b)

    def evidence(self, edge: EdgeRef) -> list[dict[str, Any]]:
        """The sentences behind an edge, with article title, date, url and speaker."""
        return evidence(self, edge)

    def filter(
        self: G,
        *,
        event_type: Choice = None,
        polarity: Choice = None,
        modality: Choice = None,
        since: str | date | None = None,
        until: str | date | None = None,
        source: Choice = None,
        predicate: Choice = None,
    ) -> G:
        """A new graph of the claims that pass every given test (see ``filter_claims``)."""
        return filter_claims(
            self,
            event_type=event_type,
            polarity=polarity,
            modality=modality,
            since=since,
            until=until,
            source=source,
            predicate=predicate,
        )

    def subgraph(self: G, names: Iterable[str]) -> G:
        """A new graph of the claims among the actors ``names``."""
        return subgraph(self, names)

"""The merged graph: canonical entities and the claims between them.

Merging never overwrites: the same (subject, predicate, object, polarity, modality) said by many
sentences is one edge whose evidence grows, and whose confidence corroboration raises.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from math import prod

import networkx as nx

from graphkit.types import Article, Claim, Entity

PLURALS = {"Country": "countries", "Person": "people"}  # entity types whose plural is not type + "s"


@dataclass(frozen=True)
class Edge:
    """All claims of one (subject, predicate, object, polarity, modality), in the order read."""

    claims: tuple[Claim, ...]

    @property
    def first(self) -> Claim:
        return self.claims[0]

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        return self.first.key

    @property
    def count(self) -> int:
        return len(self.claims)

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.evidence.article_id for c in self.claims))

    @property
    def confidence(self) -> float:
        """Noisy-OR of the best claim of each article: independent sources corroborate.

        >>> from graphkit.types import Argument, Evidence
        >>> def claim(article, conf):
        ...     ev = Evidence(article, "s", 0, 1, "test")
        ...     return Claim(Argument("a", "A"), "supplies", "AID", Argument("b", "B"), ev, confidence=conf)
        >>> Edge((claim("x", 0.5),)).confidence
        0.5
        >>> Edge((claim("x", 0.5), claim("x", 0.5))).confidence
        0.5
        >>> Edge((claim("x", 0.5), claim("y", 0.5))).confidence
        0.75
        """
        best: dict[str, float] = {}
        for c in self.claims:
            best[c.evidence.article_id] = max(best.get(c.evidence.article_id, 0.0), c.confidence)
        return round(1 - prod(1 - v for v in best.values()), 4)


class ClaimGraph:
    """Entities and claims, merged as they are added.

    >>> from graphkit.types import Argument, Evidence
    >>> g = ClaimGraph()
    >>> iran, russia = Entity("country/IRN", "Iran", "Country"), Entity("country/RUS", "Russia", "Country")
    >>> ev = Evidence("a1", "Iran supplies Russia.", 0, 21, "test")
    >>> c = Claim(Argument(iran.id, "Iran"), "supplies", "AID", Argument(russia.id, "Russia"), ev)
    >>> g.add([iran, russia], [c, c])
    >>> len(g.claims), len(g.edges)
    (1, 1)
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.articles: dict[str, Article] = {}  # what is known of each article read, without its text
        self._edges: dict[tuple[str, ...], list[Claim]] = {}
        self._seen: set[tuple[object, ...]] = set()

    def add(self, entities: Iterable[Entity], claims: Iterable[Claim], article: Article | None = None) -> None:
        """Merge entities (aliases, mention counts) and claims (evidence) into the graph.

        An article already added (read again, or merged from an earlier graph) adds no mentions twice.
        """
        repeated = article is not None and article.id in self.articles
        if article is not None:
            self.articles.setdefault(article.id, replace(article, text=""))
        for entity in entities:
            if repeated:
                entity = replace(entity, mentions=0)
            known = self.entities.get(entity.id)
            self.entities[entity.id] = entity if known is None else known.merged(entity)
        for claim in claims:
            ev = claim.evidence
            identity = (claim.key, ev.article_id, ev.start, ev.end)
            if identity in self._seen:
                continue  # the same sentence read twice is one piece of evidence, not two
            self._seen.add(identity)
            self._edges.setdefault(claim.key, []).append(claim)

    @property
    def claims(self) -> list[Claim]:
        """Every claim, one per sentence that makes it, grouped by edge."""
        return [c for group in self._edges.values() for c in group]

    @property
    def edges(self) -> list[Edge]:
        """The merged edges: one per (subject, predicate, object, polarity, modality)."""
        return [Edge(tuple(group)) for group in self._edges.values()]

    def __repr__(self) -> str:
        """What the graph holds, for a plain REPL: entities by type, claims, edges and articles.

        >>> ClaimGraph()
        <ClaimGraph: 0 entities, 0 claims in 0 edges, from 0 articles>
        """
        types = Counter(e.type for e in self.entities.values()).most_common()
        kinds = ", ".join(f"{n:,} {PLURALS.get(t, t.lower() + 's') if n != 1 else t.lower()}" for t, n in types)
        return (
            f"<{type(self).__name__}: {len(self.entities):,} entities{f' ({kinds})' if kinds else ''}, "
            f"{len(self.claims):,} claims in {len(self._edges):,} edges, from {len(self.articles):,} articles>"
        )

    def entity(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def to_networkx(self) -> nx.MultiDiGraph:
        """A MultiDiGraph: nodes are entity ids, one edge per merged claim with its evidence.

        Edge keys are ``predicate|polarity|modality``, so parallel claims between two actors stay apart.
        """
        g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
        used = {i for e in self.edges for i in (e.key[0], e.key[2])}
        for entity_id in sorted(used):
            e = self.entities[entity_id]
            g.add_node(entity_id, label=e.label, type=e.type, iso3=e.iso3, mentions=e.mentions)
        for edge in self.edges:
            c = edge.first
            g.add_edge(
                c.subject.entity_id,
                c.object.entity_id,
                key=f"{c.predicate}|{c.polarity}|{c.modality}",
                predicate=c.predicate,
                event_type=c.event_type,
                polarity=c.polarity,
                modality=c.modality,
                count=edge.count,
                confidence=edge.confidence,
                evidence=[claim.evidence for claim in edge.claims],
            )
        return g

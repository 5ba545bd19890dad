"""Read graphkit's RDF back into a graph: entities, articles and claims, as ``export.rdf`` wrote them.

Entities and articles are found by their ``dcterms:identifier`` (not their IRIs), so graphs written
under different ``--base-iri`` merge too. Merging into a graph that already holds some of them adds
nothing twice: ``ClaimGraph.add`` merges entities by id and claims by (key, article, offsets).

The reader sits with the other readers, on the first floor: it needs only the plain records
(``graphkit.types``) and the RDF terms (``graphkit.vocabulary.rdf``), and it merges into any graph that
has ``ClaimGraph``'s ``add`` (``Merges``), without importing the ``graph`` stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar, get_args

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.term import Node

from graphkit.errors import InputError
from graphkit.types import Argument, Article, Claim, Entity, Evidence, Modality, Polarity
from graphkit.vocabulary.rdf import ENTITY_TYPES, GK, PLOVER, SCHEMA, local_name


class Merges(Protocol):
    """What the reader merges into: a graph with ``ClaimGraph.add`` (a ClaimGraph, a KnowledgeGraph)."""

    def add(self, entities: Iterable[Entity], claims: Iterable[Claim], article: Article | None = None) -> None: ...


G = TypeVar("G", bound=Merges)


def _one(rdf: Graph, node: Node, prop: URIRef) -> str | None:
    value = rdf.value(node, prop)
    return None if value is None else str(value)


def _required(rdf: Graph, node: Node, prop: URIRef) -> str:
    value = _one(rdf, node, prop)
    if value is None:
        raise InputError(f"{node} has no {rdf.namespace_manager.normalizeUri(prop)}: not a graph graphkit wrote")
    return value


def _one_of(rdf: Graph, node: Node, prop: URIRef, choices: tuple[Any, ...]) -> Any:
    """The one value of ``prop``, which must be one of ``choices`` (a polarity, a modality); InputError otherwise."""
    value = _required(rdf, node, prop)
    if value not in choices:
        name = rdf.namespace_manager.normalizeUri(prop)
        raise InputError(f"{node} has {name} {value!r}, not one of {', '.join(choices)}: not a graph graphkit wrote")
    return value


def _strings(rdf: Graph, node: Node, prop: URIRef) -> tuple[str, ...]:
    return tuple(sorted(str(v) for v in rdf.objects(node, prop)))


def rdf_entities(rdf: Graph) -> dict[Node, Entity]:
    """Every ``gk:Actor``, by its node."""
    entities = {}
    for node in rdf.subjects(RDF.type, GK.Actor, unique=True):
        types = [ENTITY_TYPES[t] for t in rdf.objects(node, RDF.type) if t in ENTITY_TYPES]
        mentions = rdf.value(node, GK.mentions)
        entities[node] = Entity(
            id=_required(rdf, node, DCTERMS.identifier),
            label=_required(rdf, node, RDFS.label),
            type=types[0] if types else "Group",
            iso3=_one(rdf, node, GK.iso3),
            aliases=_strings(rdf, node, SKOS.altLabel),
            same_as=_strings(rdf, node, OWL.sameAs),
            roles=_strings(rdf, node, GK.role),
            mentions=int(mentions.toPython()) if isinstance(mentions, Literal) else 0,
        )
    return entities


def rdf_articles(rdf: Graph) -> dict[Node, Article]:
    """Every ``schema:NewsArticle``, by its node, without text (graphkit never writes it)."""
    return {
        node: Article(
            id=_required(rdf, node, DCTERMS.identifier),
            text="",
            title=_one(rdf, node, DCTERMS.title),
            date=_one(rdf, node, DCTERMS.date),
            url=_one(rdf, node, SCHEMA.url),
        )
        for node in rdf.subjects(RDF.type, SCHEMA.NewsArticle, unique=True)
    }


def rdf_claim(rdf: Graph, node: Node, entities: dict[Node, Entity], articles: dict[Node, Article]) -> Claim:
    """The claim a ``gk:Claim`` statement records."""

    def argument(prop: URIRef, text_prop: URIRef, sector_prop: URIRef, country_prop: URIRef) -> Argument | None:
        target = rdf.value(node, prop)
        if target is None:
            return None
        if target not in entities:
            raise InputError(f"claim {node} refers to {target}, which is not a gk:Actor of the graph")
        text = _one(rdf, node, text_prop)
        label = entities[target].label if text is None else text
        return Argument(entities[target].id, label, _one(rdf, node, sector_prop), _one(rdf, node, country_prop))

    predicate = local_name(rdf.value(node, RDF.predicate), GK)
    event_type = rdf.value(node, GK.eventType)
    source = rdf.value(node, PROV.wasDerivedFrom)
    if predicate is None or source not in articles:
        raise InputError(f"claim {node} has no graphkit rdf:predicate or no article (prov:wasDerivedFrom)")
    subject = argument(RDF.subject, GK.subjectText, GK.subjectSector, GK.subjectCountry)
    obj = argument(RDF.object, GK.objectText, GK.objectSector, GK.objectCountry)
    if subject is None or obj is None:
        raise InputError(f"claim {node} has no rdf:subject or rdf:object")
    evidence = Evidence(
        article_id=articles[source].id,
        sentence=_required(rdf, node, GK.sentence),
        start=int(_required(rdf, node, GK.start)),
        end=int(_required(rdf, node, GK.end)),
        extractor=_one(rdf, node, GK.extractor) or "",
    )
    return Claim(
        subject=subject,
        predicate=predicate,
        event_type=None if event_type is None else local_name(event_type, PLOVER) or str(event_type),
        object=obj,
        evidence=evidence,
        polarity=_one_of(rdf, node, GK.polarity, get_args(Polarity)),
        modality=_one_of(rdf, node, GK.modality, get_args(Modality)),
        attributed_to=argument(PROV.wasAttributedTo, GK.speakerText, GK.speakerSector, GK.speakerCountry),
        theme=_one(rdf, node, GK.theme),
        quantity=_one(rdf, node, GK.quantity),
        date=_one(rdf, node, DCTERMS.date),
        cameo=_one(rdf, node, GK.cameoCode),
        mode=_one(rdf, node, GK.ploverMode),
        context=_one(rdf, node, GK.ploverContext),
        confidence=float(_required(rdf, node, GK.confidence)),
        location=_one(rdf, node, SCHEMA.location),
    )


def from_rdf(rdf: Graph, into: G) -> G:
    """Merge the entities, articles and claims of an rdflib Graph (as ``export.rdf.to_rdf`` makes it) into ``into``."""
    entities, articles = rdf_entities(rdf), rdf_articles(rdf)
    claims = [rdf_claim(rdf, node, entities, articles) for node in rdf.subjects(RDF.type, GK.Claim, unique=True)]
    claims.sort(key=lambda c: (c.evidence.article_id, c.evidence.start, c.evidence.end, c.key))
    by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        by_article.setdefault(claim.evidence.article_id, []).append(claim)
    into.add(entities.values(), [])
    for article in sorted(articles.values(), key=lambda a: a.id):
        into.add([], by_article.get(article.id, []), article)
    return into


def read_rdf(path: str | Path, into: G, fmt: str = "turtle") -> G:
    """Parse the RDF file graphkit wrote at ``path`` and merge it into ``into``; InputError if it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"graph file not found: {path} (give a graph.ttl that 'graphkit build' wrote)")
    try:
        rdf = Graph().parse(path, format=fmt)
    except Exception as err:  # rdflib raises several parser-specific types
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise InputError(f"{path} is not valid {fmt}: {first_line}") from err
    return from_rdf(rdf, into)

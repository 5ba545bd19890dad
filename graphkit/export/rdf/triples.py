"""The graph as RDF: typed, labelled entities and every claim reified with its provenance.

Each claim is an ``rdf:Statement`` and a ``gk:Claim`` (rdflib has no RDF-star) carrying its predicate,
PLOVER event type (a SKOS concept), polarity, modality, confidence and the evidence: the sentence, its
character offsets and the article it comes from (``prov:wasDerivedFrom``). The plain triple
``subject predicate object`` is asserted only for positive, actual claims, so a naive query returns
what the articles say happened. The terms are in ``graphkit/vocabulary/rdf.py`` and declared in
``graphkit/vocabulary/ontology.ttl``; ``readers.turtle`` reads these triples back.
"""

from __future__ import annotations

import hashlib
from datetime import date as Date
from decimal import Decimal
from urllib.parse import quote, urlsplit

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from graphkit.errors import InputError
from graphkit.graph.model import ClaimGraph
from graphkit.options import DEFAULT_BASE_IRI
from graphkit.types import Article, Claim, Entity
from graphkit.vocabulary.rdf import (
    ENTITY_CLASSES,
    GK,
    PLOVER_SCHEME,
    PREFIXES,
    SCHEMA,
    event_type_iri,
    predicate_iri,
)


def check_base_iri(base: str) -> str:
    """The base IRI if it is absolute ("https://example.org/kg/", "urn:x:"); InputError otherwise."""
    parts = urlsplit(base)
    if not parts.scheme or not (parts.netloc or parts.scheme == "urn") or any(c in base for c in '<>"{}|\\^` '):
        raise InputError(f"base IRI {base!r} is not an absolute IRI: give one like https://example.org/kg/")
    return base


class IRIs:
    """Mints IRIs under a base: safe from any text (percent-encoded), the same for the same input."""

    def __init__(self, base: str = DEFAULT_BASE_IRI) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def mint(self, *parts: str) -> URIRef:
        """The IRI of ``parts`` under the base; a final "." is spelled %2E, for a Turtle prefixed name cannot
        end in "." and rdflib does not read the escaped ``\\.`` that other writers use there.

        >>> IRIs("https://example.org/id/").mint("article", "report.")
        rdflib.term.URIRef('https://example.org/id/article/report%2E')
        """
        iri = self.base + "/".join(quote(p, safe="") for p in parts)
        kept = iri.rstrip(".")
        return URIRef(kept + "%2E" * (len(iri) - len(kept)))

    def entity(self, entity_id: str) -> URIRef:
        return self.mint(*entity_id.split("/"))

    def article(self, article_id: str) -> URIRef:
        return self.mint("article", article_id)

    def claim(self, claim: Claim) -> URIRef:
        ev = claim.evidence
        identity = "\x1f".join(map(str, (*claim.key, ev.article_id, ev.start, ev.end)))
        return self.mint("claim", hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16])


def _optional(g: Graph | Triples, node: URIRef, prop: URIRef, value: object, datatype: URIRef | None = None) -> None:
    if value not in (None, ""):
        g.add((node, prop, Literal(value, datatype=datatype)))


def decimal_text(value: float) -> str:
    """The ``xsd:decimal`` lexical form of a number: no exponent (``1e-05`` -> ``0.00001``).

    >>> decimal_text(0.8), decimal_text(1e-05), decimal_text(1)
    ('0.8', '0.00001', '1')
    """
    return format(Decimal(repr(value)), "f")


def date_literal(value: str) -> Literal:
    """An ``xsd:date`` for an ISO date ("2023-02-20"), a plain string for anything else ("Feb 2023")."""
    try:
        return Literal(value, datatype=XSD.date) if len(value) == 10 and Date.fromisoformat(value) else Literal(value)
    except ValueError:
        return Literal(value)


def add_entity(g: Graph | Triples, iris: IRIs, entity: Entity) -> None:
    node = iris.entity(entity.id)
    g.add((node, RDF.type, GK.Actor))
    g.add((node, RDF.type, ENTITY_CLASSES.get(entity.type, GK.Actor)))
    g.add((node, RDFS.label, Literal(entity.label)))
    g.add((node, DCTERMS.identifier, Literal(entity.id)))
    for alias in entity.aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    _optional(g, node, GK.iso3, entity.iso3)
    for role in entity.roles:
        g.add((node, GK.role, Literal(role)))
    for uri in entity.same_as:
        g.add((node, OWL.sameAs, URIRef(uri)))
    g.add((node, GK.mentions, Literal(entity.mentions, datatype=XSD.integer)))


def add_article(g: Graph | Triples, iris: IRIs, article: Article) -> None:
    node = iris.article(article.id)
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, DCTERMS.identifier, Literal(article.id)))
    _optional(g, node, DCTERMS.title, article.title)
    if article.date:
        g.add((node, DCTERMS.date, date_literal(article.date)))
    if article.url:
        g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))


def add_event_type(g: Graph | Triples, code: str) -> None:
    """The PLOVER concept a claim points at, with its code, so the output is readable without the ontology."""
    node = event_type_iri(code)
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, SKOS.inScheme, PLOVER_SCHEME))
    g.add((node, SKOS.notation, Literal(code)))


def add_claim(g: Graph | Triples, iris: IRIs, claim: Claim) -> None:
    node = iris.claim(claim)
    subject, obj = iris.entity(claim.subject.entity_id), iris.entity(claim.object.entity_id)
    predicate = predicate_iri(claim.predicate)
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.type, GK.Claim))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))
    g.add((node, GK.subjectText, Literal(claim.subject.text)))
    g.add((node, GK.objectText, Literal(claim.object.text)))
    _optional(g, node, GK.subjectSector, claim.subject.sector)
    _optional(g, node, GK.objectSector, claim.object.sector)
    _optional(g, node, GK.subjectCountry, claim.subject.country)
    _optional(g, node, GK.objectCountry, claim.object.country)
    if claim.event_type:
        g.add((node, GK.eventType, event_type_iri(claim.event_type)))
        add_event_type(g, claim.event_type)
    g.add((node, GK.polarity, Literal(claim.polarity)))
    g.add((node, GK.modality, Literal(claim.modality)))
    g.add((node, GK.confidence, Literal(decimal_text(claim.confidence), datatype=XSD.decimal)))
    _optional(g, node, GK.theme, claim.theme)
    _optional(g, node, GK.quantity, claim.quantity)
    _optional(g, node, SCHEMA.location, claim.location)
    _optional(g, node, GK.cameoCode, claim.cameo)
    _optional(g, node, GK.ploverMode, claim.mode)
    _optional(g, node, GK.ploverContext, claim.context)
    if claim.date:
        g.add((node, DCTERMS.date, date_literal(claim.date)))
    if claim.attributed_to is not None:
        g.add((node, PROV.wasAttributedTo, iris.entity(claim.attributed_to.entity_id)))
        g.add((node, GK.speakerText, Literal(claim.attributed_to.text)))
        _optional(g, node, GK.speakerSector, claim.attributed_to.sector)
        _optional(g, node, GK.speakerCountry, claim.attributed_to.country)
    ev = claim.evidence
    g.add((node, PROV.wasDerivedFrom, iris.article(ev.article_id)))
    g.add((node, GK.sentence, Literal(ev.sentence)))
    g.add((node, GK.start, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, GK.end, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, GK.extractor, Literal(ev.extractor)))
    if claim.polarity == "positive" and claim.modality == "actual":
        g.add((subject, predicate, obj))


class Triples(set[tuple[URIRef, URIRef, URIRef | Literal]]):
    """The triples of a graph as a plain set: the ``add_*`` functions fill it as they would an rdflib Graph,
    without the Graph's indexes (which cost more than the triples themselves)."""

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        super().add(triple)


def rdf_triples(graph: ClaimGraph, base_iri: str = DEFAULT_BASE_IRI) -> Triples:
    """Every triple of the graph's RDF (what ``to_rdf`` holds), as rdflib terms in a set."""
    g = Triples()
    add_all(g, graph, IRIs(base_iri))
    return g


def to_rdf(graph: ClaimGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib Graph of the entities, the articles read or cited as evidence, and every claim."""
    iris = IRIs(base_iri)
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", Namespace(iris.base))
    add_all(g, graph, iris)
    return g


def add_all(g: Graph | Triples, graph: ClaimGraph, iris: IRIs) -> None:
    """Add the entities, the articles read or cited as evidence, and every claim to ``g``."""
    for entity in graph.entities.values():
        add_entity(g, iris, entity)
    articles = dict(graph.articles)
    for claim in graph.claims:
        articles.setdefault(claim.evidence.article_id, Article(claim.evidence.article_id, ""))
    for article in articles.values():
        add_article(g, iris, article)
    for claim in graph.claims:
        add_claim(g, iris, claim)

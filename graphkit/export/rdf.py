"""The graph as RDF: typed, labelled entities and every claim reified with its provenance.

Each claim is an ``rdf:Statement`` (rdflib has no RDF-star) carrying its predicate, PLOVER event
type, polarity, modality, confidence and the evidence: the sentence, its character offsets and the
article it comes from (``prov:wasDerivedFrom``). The plain triple ``subject predicate object`` is
asserted only for positive, actual claims, so a naive query returns what the articles say happened.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote, urlsplit

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from graphkit.errors import InputError
from graphkit.export.files import atomic_path
from graphkit.graph.model import ClaimGraph
from graphkit.types import Article, Claim, Entity

GK = Namespace("https://w3id.org/graphkit/ontology#")
SCHEMA = Namespace("https://schema.org/")
DEFAULT_BASE_IRI = "https://w3id.org/graphkit/id/"
ENTITY_CLASSES = {
    "Country": SCHEMA.Country,
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "Group": GK.Group,
    "Location": SCHEMA.Place,
}


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
        return URIRef(self.base + "/".join(quote(p, safe="") for p in parts))

    def entity(self, entity_id: str) -> URIRef:
        return self.mint(*entity_id.split("/"))

    def article(self, article_id: str) -> URIRef:
        return self.mint("article", article_id)

    def claim(self, claim: Claim) -> URIRef:
        ev = claim.evidence
        identity = "\x1f".join(map(str, (*claim.key, ev.article_id, ev.start, ev.end)))
        return self.mint("claim", hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16])


def _optional(g: Graph, node: URIRef | BNode, prop: URIRef, value: object, datatype: URIRef | None = None) -> None:
    if value not in (None, ""):
        g.add((node, prop, Literal(value, datatype=datatype)))


def add_entity(g: Graph, iris: IRIs, entity: Entity) -> None:
    node = iris.entity(entity.id)
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


def add_article(g: Graph, iris: IRIs, article: Article) -> None:
    node = iris.article(article.id)
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, DCTERMS.identifier, Literal(article.id)))
    _optional(g, node, DCTERMS.title, article.title)
    _optional(g, node, DCTERMS.date, article.date)
    if article.url:
        g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))


def add_claim(g: Graph, iris: IRIs, claim: Claim) -> None:
    node = iris.claim(claim)
    subject, obj = iris.entity(claim.subject.entity_id), iris.entity(claim.object.entity_id)
    predicate = GK[claim.predicate]
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))
    _optional(g, node, GK.eventType, claim.event_type)
    g.add((node, GK.polarity, Literal(claim.polarity)))
    g.add((node, GK.modality, Literal(claim.modality)))
    g.add((node, GK.confidence, Literal(claim.confidence, datatype=XSD.decimal)))
    _optional(g, node, GK.theme, claim.theme)
    _optional(g, node, GK.quantity, claim.quantity)
    _optional(g, node, DCTERMS.date, claim.date)
    if claim.attributed_to is not None:
        g.add((node, PROV.wasAttributedTo, iris.entity(claim.attributed_to.entity_id)))
    ev = claim.evidence
    g.add((node, PROV.wasDerivedFrom, iris.article(ev.article_id)))
    g.add((node, GK.sentence, Literal(ev.sentence)))
    g.add((node, GK.start, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, GK.end, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, GK.extractor, Literal(ev.extractor)))
    if claim.polarity == "positive" and claim.modality == "actual":
        g.add((subject, predicate, obj))


def to_rdf(graph: ClaimGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """An rdflib Graph of the entities, the articles cited as evidence, and every claim."""
    iris = IRIs(base_iri)
    g = Graph()
    for prefix, ns in (("gk", GK), ("schema", SCHEMA), ("prov", PROV), ("dcterms", DCTERMS), ("skos", SKOS)):
        g.bind(prefix, ns)
    g.bind("owl", OWL)
    g.bind("id", Namespace(iris.base))
    for entity in graph.entities.values():
        add_entity(g, iris, entity)
    cited = dict.fromkeys(c.evidence.article_id for c in graph.claims)
    for article_id in cited:
        article = graph.articles.get(article_id) or Article(article_id, "")
        add_article(g, iris, article)
    for claim in graph.claims:
        add_claim(g, iris, claim)
    return g


def write_turtle(graph: ClaimGraph, path: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the graph as Turtle to ``path``."""
    data = to_rdf(graph, base_iri).serialize(format="turtle", encoding="utf-8")
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)

"""graphkit's RDF terms: closed namespaces, so that a mistyped term is an error, not a new IRI.

``GK`` holds graphkit's own classes and properties (declared in ``ontology.ttl``, beside this module),
``PLOVER`` the event types of ``plover.toml`` as SKOS concepts, ``SCHEMA`` the few schema.org terms
graphkit uses. Everything else is reused from rdflib's own closed namespaces (RDF, RDFS, OWL, SKOS, PROV,
DCTERMS). On the ground floor: the RDF writer (``export.rdf``) and the Turtle reader (``readers.turtle``)
both use these terms.

>>> GK.supplies
rdflib.term.URIRef('https://w3id.org/graphkit/ontology#supplies')
>>> predicate_iri("suplies")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
graphkit.errors.GraphkitError: predicate 'suplies' is not in graphkit's RDF vocabulary: declare it in ...
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, ClosedNamespace, DefinedNamespace
from rdflib.term import Node

from graphkit.errors import GraphkitError
from graphkit.types import EntityType
from graphkit.vocabulary import event_types

ONTOLOGY_IRI = URIRef("https://w3id.org/graphkit/ontology")
PLOVER_SCHEME = URIRef("https://w3id.org/graphkit/plover")


class GK(DefinedNamespace):
    """graphkit's own terms: the ones no standard vocabulary has."""

    _NS = Namespace("https://w3id.org/graphkit/ontology#")
    _fail = True

    # classes
    Actor: URIRef  # anything that acts or is acted upon: a country, person, organization, group, place
    Group: URIRef  # a people or faction named collectively ("Western", "Palestinians")
    Claim: URIRef  # one sentence's claim, an rdf:Statement

    # properties of a claim
    eventType: URIRef
    polarity: URIRef
    modality: URIRef
    confidence: URIRef
    theme: URIRef
    quantity: URIRef
    cameoCode: URIRef
    ploverMode: URIRef
    ploverContext: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    extractor: URIRef
    subjectText: URIRef
    objectText: URIRef
    speakerText: URIRef
    subjectSector: URIRef
    objectSector: URIRef
    speakerSector: URIRef
    subjectCountry: URIRef
    objectCountry: URIRef
    speakerCountry: URIRef

    # properties of an actor
    iso3: URIRef
    role: URIRef
    mentions: URIRef

    # the PLOVER event type of a relation predicate
    ploverType: URIRef

    # relation predicates (graphkit's readable names, see graphkit/extract/lexicon.toml)
    agrees_with: URIRef
    visits: URIRef
    meets: URIRef
    hosts: URIRef
    mediates: URIRef
    supports: URIRef
    concedes_to: URIRef
    cooperates_with: URIRef
    supplies: URIRef
    receives_from: URIRef
    aids: URIRef
    withdraws_from: URIRef
    investigates: URIRef
    demands: URIRef
    calls_on: URIRef
    accuses: URIRef
    criticizes: URIRef
    rejects: URIRef
    threatens: URIRef
    protests_against: URIRef
    mobilizes_against: URIRef
    sanctions: URIRef
    coerces: URIRef
    attacks: URIRef
    fights: URIRef
    # static relations (no PLOVER event type)
    holds_role: URIRef
    belongs_to: URIRef
    member_of: URIRef
    located_in: URIRef


#: The PLOVER event types (``plover.toml``), as SKOS concepts of the scheme ``PLOVER_SCHEME``.
PLOVER = ClosedNamespace("https://w3id.org/graphkit/plover#", list(event_types()))


class SCHEMA(DefinedNamespace):
    """The schema.org terms graphkit uses (rdflib's SDO only warns about a typo)."""

    _NS = Namespace("https://schema.org/")
    _fail = True

    Country: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    NewsArticle: URIRef
    url: URIRef
    location: URIRef  # where a claim's event took place, in the sentence's words ("Amman")


PREDICATES = (
    "agrees_with", "visits", "meets", "hosts", "mediates", "supports", "concedes_to", "cooperates_with", "supplies",
    "receives_from", "aids", "withdraws_from", "investigates", "demands", "calls_on", "accuses", "criticizes",
    "rejects", "threatens", "protests_against", "mobilizes_against", "sanctions", "coerces", "attacks", "fights",
    "holds_role", "belongs_to", "member_of", "located_in",
)  # fmt: skip
ENTITY_CLASSES: dict[EntityType, URIRef] = {
    "Country": SCHEMA.Country,
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "Group": GK.Group,
    "Location": SCHEMA.Place,
}
ENTITY_TYPES: dict[Node, EntityType] = {iri: name for name, iri in ENTITY_CLASSES.items()}
#: The prefixes of graphkit's RDF, as every writer binds them.
PREFIXES = {
    "gk": GK._NS, "plover": PLOVER, "schema": SCHEMA._NS, "prov": PROV._NS, "dcterms": DCTERMS._NS,
    "skos": SKOS._NS, "owl": OWL._NS, "rdf": RDF._NS, "rdfs": RDFS._NS, "xsd": XSD._NS,
}  # fmt: skip


def predicate_iri(name: str) -> URIRef:
    """The property of a relation predicate; GraphkitError naming the fix when it is not declared."""
    if name not in PREDICATES:
        raise GraphkitError(
            f"predicate {name!r} is not in graphkit's RDF vocabulary: "
            "declare it in graphkit/vocabulary/rdf.py and ontology.ttl"
        )
    return GK[name]


def event_type_iri(code: str) -> URIRef:
    """The SKOS concept of a PLOVER event type ("AID" -> plover:AID)."""
    if code not in event_types():
        raise GraphkitError(f"event type {code!r} is not a PLOVER event type")
    return PLOVER[code]


def local_name(iri: Node | None, namespace: type[DefinedNamespace] | ClosedNamespace) -> str | None:
    """The term of ``iri`` in ``namespace`` ("...ontology#supplies" -> "supplies"), or None if it is not one.

    >>> local_name(GK.supplies, GK), local_name(PLOVER.AID, PLOVER), local_name(PLOVER.AID, GK)
    ('supplies', 'AID', None)
    """
    base = str(namespace)
    return str(iri)[len(base) :] if str(iri).startswith(base) else None


def ontology_path() -> Path:
    """``ontology.ttl``, shipped with graphkit: every ``gk:`` term declared, and the PLOVER concept scheme."""
    return Path(str(resources.files("graphkit.vocabulary").joinpath("ontology.ttl")))

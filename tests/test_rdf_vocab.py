"""The vocabulary is closed, and the ontology and shapes shipped with graphkit declare exactly its terms."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH, SKOS

from graphkit.errors import GraphkitError
from graphkit.export.rdf import shapes_path
from graphkit.extract.lexicon import default_lexicon
from graphkit.vocabulary import event_types, plover_types, predicates
from graphkit.vocabulary.rdf import (
    GK,
    ONTOLOGY_IRI,
    PLOVER,
    PLOVER_SCHEME,
    PREDICATES,
    SCHEMA,
    event_type_iri,
    ontology_path,
    predicate_iri,
)

PLOVER_EVENT_TYPES = event_types()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def gk_terms() -> set[URIRef]:
    return {GK[name] for name in [*GK.__annotations__, *GK._extras]}


@pytest.mark.parametrize("namespace", [GK, PLOVER, SCHEMA])
def test_a_typo_in_a_term_is_an_error(namespace):
    with pytest.raises(AttributeError):
        namespace.Sentense  # noqa: B018


def test_unknown_predicates_and_event_types_name_the_fix():
    with pytest.raises(GraphkitError, match=r"declare it in graphkit/vocabulary/predicates\.toml"):
        predicate_iri("hugs")
    with pytest.raises(GraphkitError, match="not a PLOVER event type"):
        event_type_iri("HUG")


def test_every_lexicon_predicate_and_plover_type_is_in_the_vocabulary():
    assert {r.predicate for r in default_lexicon().relations} <= set(PREDICATES)
    assert tuple(p.name for p in predicates()) == PREDICATES
    assert all(GK[p] == GK._NS[p] for p in PREDICATES)
    assert all(PLOVER[code] for code in PLOVER_EVENT_TYPES)  # the closed namespace has every type, and only them
    with pytest.raises(KeyError):
        PLOVER["HUG"]


def test_the_ontology_declares_every_graphkit_term_with_label_comment_domain_range(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    declared = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(GK._NS))}
    assert declared == gk_terms()
    for term in gk_terms():
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, term
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term
        if OWL.Class not in kinds:
            assert ontology.value(term, RDFS.domain) and ontology.value(term, RDFS.range), term


def test_relation_predicates_map_to_their_lexicon_plover_type(ontology):
    for relation in default_lexicon().relations:
        assert ontology.value(GK[relation.predicate], GK.ploverType) == PLOVER[relation.event_type]


def test_the_ontology_declares_each_predicate_as_predicates_toml_does(ontology):
    declared = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) - {GK.eventType, GK.ploverType}
    assert declared == {GK[p.name] for p in predicates()}
    for p in predicates():
        term = GK[p.name]
        assert (str(ontology.value(term, RDFS.label)), str(ontology.value(term, RDFS.comment))) == (p.label, p.comment)
        plover_type = ontology.value(term, GK.ploverType)
        assert plover_type == (PLOVER[p.event_type] if p.event_type else None), p.name


def test_plover_types_form_a_skos_concept_scheme(ontology):
    assert (PLOVER_SCHEME, RDF.type, SKOS.ConceptScheme) in ontology
    concepts = set(ontology.subjects(SKOS.inScheme, PLOVER_SCHEME))
    assert concepts == {PLOVER[code] for code in PLOVER_EVENT_TYPES}
    for concept in concepts:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert str(ontology.value(concept, SKOS.notation)) == str(concept).rpartition("#")[2]
        assert ontology.value(concept, SKOS.prefLabel) and ontology.value(concept, SKOS.definition)


def test_the_ontology_defines_each_plover_type_as_plover_toml_does(ontology):
    for event_type in plover_types():
        assert str(ontology.value(PLOVER[event_type.code], SKOS.definition)) == event_type.definition


def test_shapes_allow_exactly_the_vocabulary(shapes):
    lists = [set(Collection(shapes, node)) for node in shapes.objects(None, SH["in"])]
    (allowed,) = [values for values in lists if GK.supplies in values]  # rdf:predicate's list
    assert allowed == {predicate_iri(p) for p in PREDICATES}
    assert {PLOVER[code] for code in PLOVER_EVENT_TYPES} in lists
    used = {o for o in shapes.objects() if isinstance(o, URIRef) and str(o).startswith(str(GK._NS))}
    assert used <= gk_terms()

"""RDF export: independent parsers load it, claims keep their provenance, hostile text stays data."""

from __future__ import annotations

import pyoxigraph
from rdflib import RDF, Graph, Literal, URIRef

from graphkit.export.rdf import IRIs, to_rdf, write_turtle
from graphkit.graph import ClaimGraph
from graphkit.types import Argument, Article, Claim, Entity, Evidence
from graphkit.vocabulary.rdf import GK

HOSTILE = 'Evil "name" > <script>alert(1)</script> \\ \n ; . @prefix x: <http://evil/> .'
A = Entity(
    "country/IRN", "Iran", "Country", iso3="IRN", aliases=("Tehran",), same_as=("https://sws.geonames.org/130758/",)
)
B = Entity("country/RUS", "Russia", "Country", iso3="RUS")
C = Entity("group/x-1", HOSTILE, "Group", aliases=(HOSTILE,))
SPEAKER = Entity("person/jake-sullivan", "Jake Sullivan", "Person")


def make_claim(
    subject, predicate, obj, sentence, polarity="positive", modality="actual", start=0, by=None, article="a1"
):
    ev = Evidence(article, sentence, start, start + len(sentence), "test")
    return Claim(
        Argument(subject.id, subject.label),
        predicate,
        "AID",
        Argument(obj.id, obj.label),
        ev,
        polarity=polarity,
        modality=modality,
        confidence=0.8,
        theme="drones",
        attributed_to=Argument(by.id, by.label) if by else None,
    )


def sample_graph() -> ClaimGraph:
    g = ClaimGraph()
    claims = [
        make_claim(A, "supplies", B, "Tehran has provided Moscow with drones.", by=SPEAKER),
        make_claim(A, "supplies", B, "Iran has refused to supply arms to Russia.", polarity="negative", start=50),
        make_claim(A, "supplies", B, "Iran is prepared to give Russia UAVs.", modality="intended", start=100),
        make_claim(C, "attacks", B, HOSTILE, start=200, article='x"> <id'),
    ]
    g.add(
        [A, B, C, SPEAKER],
        claims,
        Article("a1", "", title="Iran & Russia <ties>", date="2023-02-20", url="https://x.test/a?b=1&c=2"),
    )
    return g


def test_turtle_loads_in_pyoxigraph_and_round_trips(tmp_path):
    g = sample_graph()
    path = tmp_path / "graph.ttl"
    write_turtle(g, path)
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(to_rdf(g))
    back = Graph().parse(path, format="turtle")
    assert set(back.objects(None, GK.sentence)) == {Literal(c.evidence.sentence) for c in g.claims}
    assert Literal(HOSTILE) in set(back.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))


def test_plain_triple_only_for_positive_actual_claims():
    rdf = to_rdf(sample_graph())
    iris = IRIs()
    assert (iris.entity(A.id), GK.supplies, iris.entity(B.id)) in rdf
    statements = list(rdf.subjects(RDF.type, RDF.Statement))
    assert len(statements) == 4
    asserted = list(rdf.triples((None, GK.supplies, None)))
    assert len(asserted) == 1  # not the refused one, not the intended one


def test_claims_carry_provenance():
    rdf = to_rdf(sample_graph())
    query = """
        PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?sentence ?polarity ?modality ?speaker ?title ?start WHERE {
          ?c gk:sentence ?sentence ; gk:polarity ?polarity ; gk:modality ?modality ; gk:start ?start ;
             prov:wasDerivedFrom ?a .
          OPTIONAL { ?c prov:wasAttributedTo ?speaker }
          OPTIONAL { ?a dcterms:title ?title }
        } ORDER BY ?start"""
    rows = [tuple(None if v is None else str(v) for v in row) for row in rdf.query(query)]
    assert rows[0][:3] == ("Tehran has provided Moscow with drones.", "positive", "actual")
    assert rows[0][3].endswith("/person/jake-sullivan") and rows[0][4] == "Iran & Russia <ties>"
    assert rows[1][1:3] == ("negative", "actual") and rows[2][1:3] == ("positive", "intended")


def test_iris_are_minted_safely_and_stably():
    iris = IRIs("https://example.org/kg")
    odd = iris.article('x"> <id')
    assert str(odd) == "https://example.org/kg/article/x%22%3E%20%3Cid"
    assert iris.entity("person/абв") == iris.entity("person/абв")
    claim = sample_graph().claims[0]
    assert iris.claim(claim) == IRIs("https://example.org/kg").claim(claim)


def test_same_input_gives_the_same_turtle(tmp_path):
    write_turtle(sample_graph(), tmp_path / "one.ttl")
    write_turtle(sample_graph(), tmp_path / "two.ttl")
    one, two = Graph().parse(tmp_path / "one.ttl"), Graph().parse(tmp_path / "two.ttl")
    assert set(one) == set(two)


def test_claims_are_typed_and_point_at_plover_concepts():
    from rdflib.namespace import SKOS

    from graphkit.vocabulary.rdf import PLOVER

    rdf = to_rdf(sample_graph())
    claims = set(rdf.subjects(RDF.type, GK.Claim))
    assert claims == set(rdf.subjects(RDF.type, RDF.Statement)) and len(claims) == 4
    assert set(rdf.objects(None, GK.eventType)) == {PLOVER.AID}
    assert rdf.value(PLOVER.AID, SKOS.notation) == Literal("AID")
    assert set(map(str, rdf.objects(None, GK.speakerText))) == {"Jake Sullivan"}
    assert {str(o) for o in rdf.objects(None, GK.subjectText)} == {"Iran", HOSTILE}


def test_turtle_does_not_depend_on_the_order_things_were_added():
    from graphkit.export.rdf import serialize_rdf

    forward = sample_graph()
    backward = ClaimGraph()
    backward.add(
        reversed(list(forward.entities.values())), reversed(forward.claims), next(iter(forward.articles.values()))
    )
    assert serialize_rdf(forward) == serialize_rdf(backward)


def test_every_rdf_format_holds_the_same_triples():
    from rdflib.compare import isomorphic

    from graphkit.export.rdf import serialize_rdf

    g = sample_graph()
    turtle = Graph().parse(data=serialize_rdf(g, "turtle"), format="turtle")
    for fmt, parser in (("ntriples", "nt"), ("jsonld", "json-ld")):
        assert isomorphic(Graph().parse(data=serialize_rdf(g, fmt), format=parser), turtle), fmt
    lines = serialize_rdf(g, "ntriples").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(turtle)


def test_graphml_and_gexf_flatten_the_evidence(tmp_path):
    import networkx as nx

    from graphkit.export.graph_files import write_graph

    g = sample_graph()
    for name, read in (("g.graphml", nx.read_graphml), ("g.gexf", nx.read_gexf)):
        back = read(write_graph(g, tmp_path / name))
        assert back.number_of_edges() == len(g.edges), name
        edges = [d for _, _, d in back.edges(data=True) if d.get("predicate") == "supplies"]
        assert {"\n".join(c.evidence.sentence for c in e.claims) for e in g.edges if e.key[1] == "supplies"} == {
            d["sentences"] for d in edges
        }
        assert {d["polarity"] for d in edges} == {"positive", "negative"}
        assert all(not isinstance(v, list) for d in edges for v in d.values())


def test_unknown_formats_are_named(tmp_path):
    from graphkit.errors import InputError
    from graphkit.export.graph_files import write_graph

    for path, fmt in ((tmp_path / "g.xyz", None), (tmp_path / "g.ttl", "rdfxml")):
        try:
            write_graph(sample_graph(), path, fmt)
        except InputError as err:
            assert "format" in str(err)
        else:
            raise AssertionError(f"{path} {fmt} was accepted")


def test_read_back_gives_the_same_graph(tmp_path):
    from graphkit.export.jsonl import claim_record
    from graphkit.readers.turtle import read_rdf

    g = sample_graph()
    write_turtle(g, tmp_path / "g.ttl", "https://example.org/kg/")
    back = read_rdf(tmp_path / "g.ttl", ClaimGraph())
    key = lambda r: (r["article"], r["start"])  # noqa: E731
    assert sorted((claim_record(g, c) for c in g.claims), key=key) == sorted(
        (claim_record(back, c) for c in back.claims), key=key
    )
    assert back.entities == g.entities
    assert back.articles["a1"] == g.articles["a1"]


def test_merging_a_graph_into_itself_duplicates_no_claim(tmp_path):
    from graphkit.readers.turtle import read_rdf

    write_turtle(sample_graph(), tmp_path / "g.ttl")
    merged = read_rdf(tmp_path / "g.ttl", sample_graph())
    assert len(merged.claims) == 4 and len(merged.edges) == 4 and len(merged.entities) == 4
    assert merged.entities["country/IRN"].aliases == ("Tehran",)
    assert [e.count for e in merged.edges] == [1, 1, 1, 1]


def test_a_file_that_is_not_a_graphkit_graph_is_an_input_error(tmp_path):
    import pytest

    from graphkit.errors import InputError
    from graphkit.readers.turtle import read_rdf

    (tmp_path / "bad.ttl").write_text("<a> <b> ", "utf-8")
    (tmp_path / "other.ttl").write_text(
        "@prefix gk: <https://w3id.org/graphkit/ontology#> .\n<x> a gk:Actor .\n", "utf-8"
    )
    with pytest.raises(InputError, match="not valid turtle"):
        read_rdf(tmp_path / "bad.ttl", ClaimGraph())
    with pytest.raises(InputError, match="has no dcterms:identifier"):
        read_rdf(tmp_path / "other.ttl", ClaimGraph())
    with pytest.raises(InputError, match="not found"):
        read_rdf(tmp_path / "missing.ttl", ClaimGraph())

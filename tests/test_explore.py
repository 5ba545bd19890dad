"""Exploring a KnowledgeGraph as in a notebook: names, neighbours, cuts, evidence, tables, SPARQL, display."""

from __future__ import annotations

import sys

import networkx as nx
import pytest
from bs4 import BeautifulSoup

import graphkit
from graphkit.errors import QueryError
from graphkit.export.map.items import map_data
from graphkit.export.tables import CLAIM_COLUMNS, ENTITY_COLUMNS
from graphkit.graph.explore import UnknownActorError, find_edge
from graphkit.notebook import KINDS_SHOWN, summary
from graphkit.types import Argument, Article, Claim, Entity, Evidence
from graphkit.vocabulary import event_types

IRAN = Entity("country/IRN", "Iran", "Country", iso3="IRN", aliases=("Tehran", "Iranian"), mentions=6)
RUSSIA = Entity("country/RUS", "Russia", "Country", iso3="RUS", aliases=("Moscow", "the Kremlin"), mentions=5)
UKRAINE = Entity("country/UKR", "Ukraine", "Country", iso3="UKR", aliases=("Kyiv",), mentions=3)
USA = Entity("country/USA", "United States", "Country", iso3="USA", aliases=("Washington", "US"), mentions=4)
SULLIVAN = Entity("person/jake-sullivan", "Jake Sullivan", "Person", mentions=1)
GEORGIA_US = Entity("location/georgia-us", "Georgia", "Location", aliases=("GA",))
GEORGIA = Entity("country/GEO", "Georgia", "Country", iso3="GEO")  # two actors share a label

ARTICLES = [
    Article(
        "jan", "", title="January", date="2023-01-10", url="https://news.example/jan", source="feeds/reuters.jsonl:1"
    ),
    Article(
        "mar", "", title="March", date="2023-03-05T08:00:00Z", url="https://other.example/mar", source="feeds/ap.txt"
    ),
    Article("undated", "", title="No date", source="feeds/ap2.txt"),
]


def claim(s, predicate, event_type, o, sentence, article, start, polarity="positive", modality="actual", by=None):
    ev = Evidence(article, sentence, start, start + len(sentence), "test")
    return Claim(
        Argument(s.id, s.label),
        predicate,
        event_type,
        Argument(o.id, o.label),
        ev,
        polarity=polarity,
        modality=modality,
        attributed_to=Argument(by.id, by.label) if by else None,
    )


CLAIMS = [
    claim(IRAN, "supplies", "AID", RUSSIA, "Tehran has provided Moscow with drones.", "jan", 0),
    claim(IRAN, "supplies", "AID", RUSSIA, "Iran sent Russia more drones.", "mar", 0),
    claim(IRAN, "supplies", "AID", RUSSIA, "Iran refused to supply arms to Russia.", "mar", 50, polarity="negative"),
    claim(
        IRAN,
        "supplies",
        "AID",
        RUSSIA,
        "Iran is prepared to give Russia UAVs.",
        "undated",
        0,
        modality="intended",
        by=SULLIVAN,
    ),
    claim(RUSSIA, "attacks", "ASSAULT", UKRAINE, "Russia attacked Kyiv.", "jan", 60),
    claim(USA, "accuses", "DISAPPROVE", RUSSIA, "Washington accused Moscow.", "mar", 100),
    claim(RUSSIA, "criticizes", "DISAPPROVE", USA, "The Kremlin criticized Washington.", "undated", 40),
]


@pytest.fixture()
def kg() -> graphkit.KnowledgeGraph:
    g = graphkit.KnowledgeGraph()
    for article in ARTICLES:
        g.add([], [], article)
    g.add([IRAN, RUSSIA, UKRAINE, USA, SULLIVAN, GEORGIA_US, GEORGIA], CLAIMS)
    return g


def sentences(graph) -> list[str]:
    return [c.evidence.sentence for c in graph.claims]


def test_names_are_ids_labels_or_aliases_in_any_case(kg):
    assert [kg.resolve(n) for n in ("country/IRN", "Iran", "tehran", " IRANIAN ", "the kremlin")] == [
        "country/IRN",
        "country/IRN",
        "country/IRN",
        "country/IRN",
        "country/RUS",
    ]
    assert kg.resolve("GA") == "location/georgia-us"
    with pytest.raises(UnknownActorError, match=r"'Georgia' names several actors: .*country/GEO.*location/georgia-us"):
        kg.resolve("Georgia")
    with pytest.raises(UnknownActorError, match=r"no actor called 'Tehrn'.*did you mean 'Tehran'"):
        kg.neighbors("Tehrn")
    with pytest.raises(LookupError):  # also a LookupError, and a GraphkitError for the CLI
        kg.between("Atlantis", "Iran")


def test_neighbors_strongest_first(kg):
    assert [e.label for e in kg.neighbors("Moscow")] == ["Iran", "United States", "Ukraine"]
    assert [e.label for e in kg.neighbors("Kyiv")] == ["Russia"]
    assert kg.neighbors("Jake Sullivan") == []  # a speaker only


def test_between_gives_every_claim_both_ways(kg):
    assert sentences(graphkit.KnowledgeGraph()) == []
    found = kg.between("Washington", "Russia")
    assert [c.evidence.sentence for c in found] == ["Washington accused Moscow.", "The Kremlin criticized Washington."]
    assert {(c.polarity, c.modality) for c in kg.between("Tehran", "Moscow")} == {
        ("positive", "actual"),
        ("negative", "actual"),
        ("positive", "intended"),
    }


def test_filter_returns_a_new_knowledge_graph(kg):
    refused = kg.filter(polarity="negative")
    assert isinstance(refused, graphkit.KnowledgeGraph) and refused is not kg
    assert sentences(refused) == ["Iran refused to supply arms to Russia."]
    assert set(refused.entities) == {IRAN.id, RUSSIA.id} and set(refused.articles) == {"mar"}
    assert len(kg.claims) == len(CLAIMS)  # the original is untouched
    assert len(kg.filter(event_type="aid").claims) == 4
    assert len(kg.filter(event_type=["DISAPPROVE", "ASSAULT"]).claims) == 3
    assert sentences(kg.filter(modality="intended")) == ["Iran is prepared to give Russia UAVs."]
    assert set(kg.filter(modality="intended").entities) == {IRAN.id, RUSSIA.id, SULLIVAN.id}  # the speaker stays
    both = kg.filter(event_type="AID", polarity="positive", modality="actual")
    assert sentences(both) == ["Tehran has provided Moscow with drones.", "Iran sent Russia more drones."]
    assert kg.filter(predicate="criticizes").claims[0].predicate == "criticizes"


def test_filter_by_article_date(kg):
    import datetime

    assert set(kg.filter(since="2023-02-01").articles) == {"mar"}  # the undated article is left out
    assert set(kg.filter(until="2023-01-10").articles) == {"jan"}  # inclusive
    assert set(kg.filter(since=datetime.date(2023, 1, 1), until=datetime.datetime(2023, 3, 5, 23)).articles) == {
        "jan",
        "mar",
    }
    assert kg.filter(since="2024-01-01").claims == []


def test_filter_by_source(kg):
    assert set(kg.filter(source="jan").articles) == {"jan"}  # an article id
    assert set(kg.filter(source="other.example").articles) == {"mar"}  # part of the URL
    assert set(kg.filter(source=["reuters", "ap2.txt"]).articles) == {"jan", "undated"}  # part of the source path
    assert kg.filter(source="nowhere").claims == []


def test_subgraph(kg):
    sub = kg.subgraph(["Iran", "Moscow"])
    assert {c.predicate for c in sub.claims} == {"supplies"} and len(sub.claims) == 4
    assert len(kg.subgraph(["Russia", "Ukraine", "US"]).edges) == 3
    assert kg.subgraph(["Iran"]).claims == []


def test_evidence_of_an_edge_in_any_form(kg):
    edge = next(e for e in kg.edges if e.key == (IRAN.id, "supplies", RUSSIA.id, "positive", "actual"))
    rows = kg.evidence(edge)
    assert [(r["sentence"], r["title"], r["date"], r["url"]) for r in rows] == [
        ("Tehran has provided Moscow with drones.", "January", "2023-01-10", "https://news.example/jan"),
        ("Iran sent Russia more drones.", "March", "2023-03-05T08:00:00Z", "https://other.example/mar"),
    ]
    assert kg.evidence(("Tehran", "supplies", "Moscow", "positive", "actual")) == rows
    u, v, key = next((u, v, k) for u, v, k in kg.to_networkx().edges(keys=True) if k == "supplies|positive|actual")
    assert kg.evidence((u, v, key)) == rows
    assert kg.evidence(("Iran", "supplies", "Russia", "positive", "intended"))[0]["speaker"] == "Jake Sullivan"
    with pytest.raises(KeyError):
        find_edge(kg, ("Iran", "attacks", "Russia", "positive", "actual"))


def test_to_pandas(kg):
    claims, entities = kg.to_pandas()
    assert list(claims.columns) == CLAIM_COLUMNS and list(entities.columns) == ENTITY_COLUMNS
    assert len(claims) == len(CLAIMS) and len(entities) == 7
    refused = claims[claims.polarity == "negative"]
    assert refused[["subject", "predicate", "object", "date"]].values.tolist() == [
        ["Iran", "supplies", "Russia", "2023-03-05T08:00:00Z"]
    ]
    assert claims.loc[claims.modality == "intended", "speaker"].tolist() == ["Jake Sullivan"]
    russia = entities.set_index("label").loc["Russia"]
    assert (russia["degree"], russia["claims"], russia["iso3"]) == (6, 7, "RUS")
    empty_claims, empty_entities = graphkit.KnowledgeGraph().to_pandas()
    assert list(empty_claims.columns) == CLAIM_COLUMNS and len(empty_entities) == 0


def test_to_pandas_names_the_fix_without_pandas(kg, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an environment without pandas sees
    with pytest.raises(ImportError, match=r"pip install 'graphkit\[jupyter\]'"):
        kg.to_pandas()


def test_networkx_for_algorithms(kg):
    g = kg.to_networkx()
    central = max(nx.degree_centrality(g).items(), key=lambda kv: kv[1])[0]
    assert g.nodes[central]["label"] == "Russia"


def test_sparql_on_the_rdf_export(seed_graph):
    rows = seed_graph.sparql("""
        PREFIX gk: <https://w3id.org/graphkit/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?supplier ?recipient WHERE { ?s gk:supplies ?r . ?s rdfs:label ?supplier . ?r rdfs:label ?recipient }""")
    assert {"supplier": "Iran", "recipient": "Russia"} in rows
    assert seed_graph.sparql("ASK { ?s ?p ?o }") is True
    with pytest.raises(QueryError, match="malformed SPARQL query"):
        seed_graph.sparql("SELECT WHERE {")


def test_seed_names_resolve(seed_graph):
    assert seed_graph.resolve("Tehran") == "country/IRN"
    assert "Russia" in [e.label for e in seed_graph.neighbors("Tehran")]
    refused = seed_graph.filter(polarity="negative", event_type="AID")
    assert any("refused to supply arms" in c.evidence.sentence for c in refused.claims)


def test_repr_html_is_a_summary_and_the_map(kg):
    kg.entities[RUSSIA.id] = Entity(RUSSIA.id, "Russia <script>alert(1)</script>", "Country", iso3="RUS")
    markup = kg._repr_html_()
    soup = BeautifulSoup(markup, "html.parser")
    text = soup.p.get_text()
    assert text.startswith("KnowledgeGraph: 4 actors · 6 relations · 7 sentences from 3 articles")
    assert "7 entities named in 3 articles read; the 3 in no relation are not on the map" in text
    assert "claims by kind: AID 4, DISAPPROVE 2, ASSAULT 1" in text
    assert soup.find("script") is None and "<script>alert(1)" not in markup  # the map page is inside srcdoc, escaped
    page = soup.iframe["srcdoc"]
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page and '"country/RUS"' in page


def test_repr_says_what_the_graph_holds(kg):
    assert repr(kg) == (
        "<KnowledgeGraph: 7 entities (5 countries, 1 person, 1 location), 7 claims in 6 edges, from 3 articles>"
    )
    assert str(kg.filter(event_type="AID")).startswith("<KnowledgeGraph: 3 entities (2 countries, 1 person), 4 claims")


def test_the_summary_counts_as_the_map_does_and_says_what_it_leaves_out():
    hubs = [Entity(f"country/H{i}", f"Hub {i}", "Country") for i in range(3)]
    kinds = list(event_types())
    claims = [
        claim(hubs[i % 3], "acts", kind, hubs[(i + 1) % 3], f"Hub {i} acted.", "jan", 10 * i)
        for i, kind in enumerate(kinds)
    ]
    leaves = [Entity(f"person/p{i}", f"Leaf {i}", "Person") for i in range(6)]
    claims += [
        claim(leaf, "attacks", "ASSAULT", hubs[0], f"{leaf.label} attacked.", "mar", 500 + i)
        for i, leaf in enumerate(leaves)
    ]
    g = graphkit.KnowledgeGraph()
    g.add([*hubs, *leaves, SULLIVAN], claims)
    for max_nodes in (None, 4, 1):
        drawn = map_data(g, max_nodes)
        first, named, by_kind = summary(g, max_nodes).splitlines()
        sentences = sum(e["count"] for e in drawn.edges)
        assert first.startswith(f"{len(drawn.nodes)} actors · {len(drawn.edges)} relations · {sentences} sentences")
        assert ("the map draws" in named) == (len(drawn.nodes) < drawn.total_nodes)
    assert "the 1 in no relation are not on the map" in named  # Jake Sullivan
    assert by_kind.startswith("claims by kind: ASSAULT 7, ") and by_kind.endswith(", and 9 more kinds (9 claims)")
    assert by_kind.count(",") == KINDS_SHOWN - 1  # the kinds shown, then the count of the rest

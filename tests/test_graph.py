"""Merging: repeated claims become one edge whose evidence accumulates."""

from __future__ import annotations

from graphkit.graph import ClaimGraph
from graphkit.types import Argument, Claim, Entity, Evidence

IRAN = Entity("country/IRN", "Iran", "Country", iso3="IRN", aliases=("Tehran",), mentions=1)
RUSSIA = Entity("country/RUS", "Russia", "Country", iso3="RUS", mentions=1)


def claim(article: str, start: int, polarity: str = "positive", confidence: float = 0.6) -> Claim:
    ev = Evidence(article, "Iran supplies Russia.", start, start + 21, "test")
    return Claim(
        Argument(IRAN.id, "Iran"),
        "supplies",
        "AID",
        Argument(RUSSIA.id, "Russia"),
        ev,
        polarity=polarity,
        confidence=confidence,
    )


def test_repeated_claims_merge_and_evidence_accumulates():
    g = ClaimGraph()
    g.add([IRAN, RUSSIA], [claim("a1", 0), claim("a2", 10)])
    g.add(
        [IRAN, Entity("country/IRN", "Iran", "Country", iso3="IRN", aliases=("Iranian",), mentions=2)], [claim("a3", 5)]
    )
    (edge,) = g.edges
    assert edge.count == 3 and edge.articles == ("a1", "a2", "a3")
    assert edge.confidence > 0.9  # three independent articles corroborate
    assert g.entities["country/IRN"].mentions == 4
    assert g.entities["country/IRN"].aliases == ("Iranian", "Tehran")


def test_same_sentence_twice_is_one_piece_of_evidence():
    g = ClaimGraph()
    g.add([IRAN, RUSSIA], [claim("a1", 0), claim("a1", 0)])
    assert len(g.claims) == 1


def test_opposite_polarity_stays_a_separate_edge():
    g = ClaimGraph()
    g.add([IRAN, RUSSIA], [claim("a1", 0), claim("a2", 0, polarity="negative")])
    assert sorted(e.key[3] for e in g.edges) == ["negative", "positive"]


def test_to_networkx_is_a_multidigraph_with_evidence():
    g = ClaimGraph()
    g.add([IRAN, RUSSIA], [claim("a1", 0), claim("a2", 0), claim("a3", 0, polarity="negative")])
    nx_graph = g.to_networkx()
    assert nx_graph.is_multigraph() and nx_graph.is_directed()
    assert nx_graph.number_of_edges("country/IRN", "country/RUS") == 2
    data = nx_graph.get_edge_data("country/IRN", "country/RUS")["supplies|positive|actual"]
    assert data["count"] == 2 and data["event_type"] == "AID"
    assert [e.article_id for e in data["evidence"]] == ["a1", "a2"]
    assert nx_graph.nodes["country/IRN"]["iso3"] == "IRN"

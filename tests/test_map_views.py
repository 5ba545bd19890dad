"""The map's data for its country view and its date filter: who folds into which state, what merges, which days.

What the page does with them in a browser is in test_map_readable.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from bs4 import BeautifulSoup
from newsgraph import news_graph
from test_html import sample_graph

from graphkit.export.map import generate_html
from graphkit.export.map.fold import fold_countries, states_of
from graphkit.export.map.items import claim_dates, day, map_data
from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument, Article, Claim, Entity, Evidence

IRAN = Entity("country/IRN", "Iran", "Country", iso3="IRN", mentions=4)
RUSSIA = Entity("country/RUS", "Russia", "Country", iso3="RUS", mentions=3)
USA = Entity("country/USA", "United States", "Country", iso3="USA", mentions=2)
MINISTER = Entity("person/minister", "Parisa Tehrani", "Person", roles=("Foreign Minister (Iran)",), mentions=2)
GUARD = Entity("org/guard", "Revolutionary Guard", "Organization", mentions=1)
ENVOY = Entity("person/envoy", "Sam Envoy", "Person", mentions=1)  # no role: stays an actor of its own
UN = Entity("org/un", "United Nations", "Organization", mentions=1)


@dataclass(frozen=True)
class CountryArgument(Argument):
    """An argument that carries the ``country`` it acts for, as claim arguments will."""

    country: str | None = None


def claim(subject, predicate, event, obj, sentence, article="a1", **kw) -> Claim:
    return Claim(
        kw.pop("subject_arg", Argument(subject.id, subject.label)),
        predicate,
        event,
        Argument(obj.id, obj.label),
        Evidence(article, sentence, 0, len(sentence), "test"),
        **kw,
    )


def fold_graph() -> ClaimGraph:
    g = ClaimGraph()
    g.add([], [], Article("a1", "", title="One", date="2023-03-02"))
    g.add([], [], Article("a2", "", title="Two", date="2023-05-09T08:00:00Z"))
    g.add([], [], Article("a3", "", title="Three"))
    g.add(
        [IRAN, RUSSIA, USA, MINISTER, GUARD, ENVOY, UN],
        [
            claim(MINISTER, "holds_role", None, IRAN, "Iran's foreign minister Parisa Tehrani"),
            claim(GUARD, "belongs_to", None, IRAN, "Iran's Revolutionary Guard"),
            claim(IRAN, "supplies", "AID", RUSSIA, "Iran supplies Russia with drones.", "a1"),
            claim(MINISTER, "supplies", "AID", RUSSIA, "Tehrani promised Russia more drones.", "a2"),
            claim(GUARD, "supplies", "AID", RUSSIA, "The Guard shipped drones to Russia.", "a3", date="2023-04-01"),
            claim(USA, "accuses", "DISAPPROVE", MINISTER, "Washington accused Tehrani of lying.", "a2"),
            claim(ENVOY, "visits", "CONSULT", UN, "Sam Envoy visited the United Nations.", "a1"),
        ],
    )
    return g


def test_states_come_from_argument_country_then_iso3_then_roles():
    iran_says = CountryArgument(ENVOY.id, "the envoy", country="IRN")
    entities = {e.id: e for e in (IRAN, RUSSIA, USA, MINISTER, GUARD, ENVOY, UN)}
    claims = [
        claim(MINISTER, "holds_role", None, IRAN, "s1"),
        claim(MINISTER, "holds_role", None, USA, "s2"),
        claim(MINISTER, "holds_role", None, USA, "s3"),  # two roles for the United States, one for Iran
        claim(GUARD, "belongs_to", None, IRAN, "s4"),
        claim(GUARD, "belongs_to", None, RUSSIA, "s5", polarity="negative"),  # "does not belong": no vote
        claim(ENVOY, "visits", "CONSULT", UN, "s6", subject_arg=iran_says),
        # an argument's own country outranks a role: the minister acts for Russia here, twice
        claim(MINISTER, "meets", "CONSULT", UN, "s7", subject_arg=CountryArgument(MINISTER.id, "x", country="RUS")),
        claim(MINISTER, "meets", "CONSULT", UN, "s8", subject_arg=CountryArgument(MINISTER.id, "x", country="RUS")),
    ]
    states = states_of(entities, claims)
    assert states[ENVOY.id] == "IRN"  # from the argument's country
    assert states[MINISTER.id] == "RUS"  # the argument's country before the roles
    assert states[GUARD.id] == "IRN"
    assert states[IRAN.id] == "IRN" and states[USA.id] == "USA"  # a country is its own state
    assert UN.id not in states
    without_arguments = states_of(entities, claims[:6])
    assert without_arguments[MINISTER.id] == "USA"  # the most frequent role
    assert states_of(entities, claims[:1] + claims[1:2])[MINISTER.id] == "IRN"  # a tie: alphabetical


def test_folding_merges_parallel_edges_and_keeps_evidence():
    graph = fold_graph()
    fold = fold_countries(graph, graph.edges)
    folded = fold.graph
    assert fold.members == {IRAN.id: [GUARD.id, MINISTER.id]}
    edges = {(e.key[0], e.key[1], e.key[2]): e for e in folded.edges}
    supplies = edges[(IRAN.id, "supplies", RUSSIA.id)]
    assert supplies.count == 3  # Iran's, its minister's and its Guard's
    assert {c.evidence.sentence for c in supplies.claims} == {
        "Iran supplies Russia with drones.",
        "Tehrani promised Russia more drones.",
        "The Guard shipped drones to Russia.",
    }
    assert {c.subject.text for c in supplies.claims} == {"Iran", "Parisa Tehrani", "Revolutionary Guard"}
    supplied = [i for i, e in enumerate(graph.edges) if e.key[1] == "supplies"]
    assert sorted(fold.edge_sources(supplies)) == supplied  # which drawn edges it merges
    assert (USA.id, "accuses", IRAN.id) in edges
    assert (ENVOY.id, "visits", UN.id) in edges  # no state: as it was
    assert not any(e.key[1] in ("holds_role", "belongs_to") for e in folded.edges)  # loops the fold made
    assert folded.entities[IRAN.id].mentions == 4 + 2 + 1  # what was said of all it folds in


def test_a_state_missing_from_the_graph_gets_a_node():
    g = ClaimGraph()
    g.add(
        [ENVOY, UN],
        [claim(ENVOY, "visits", "CONSULT", UN, "s", subject_arg=CountryArgument(ENVOY.id, "e", country="NOR"))],
    )
    fold = fold_countries(g, g.edges)
    assert fold.members == {"country/NOR": [ENVOY.id]}
    assert fold.graph.entities["country/NOR"].iso3 == "NOR" and fold.graph.entities["country/NOR"].type == "Country"


def test_map_data_carries_the_country_view():
    data = map_data(fold_graph())
    assert data.countries is not None
    assert len(data.nodes) == 7 and len(data.countries.nodes) == 5
    iran = {n["id"]: n for n in data.countries.nodes}[IRAN.id]
    assert iran["folds"] == ["Revolutionary Guard", "Parisa Tehrani"]
    assert all(e["id"].startswith("c") for e in data.countries.edges)
    assert all(e["id"].startswith("e") for e in data.edges)
    assert [n["rank"] for n in data.nodes] == list(range(7))
    drawn = {e["id"]: e for e in data.edges}
    supplies = next(e for e in data.countries.edges if drawn[e["members"][0]]["label"] == "supplies")
    assert supplies["count"] == 3 and "evidence" not in supplies  # the page gathers it from the members
    assert "label" not in supplies and "color" not in supplies  # and what it shares with them
    assert sorted(supplies["members"]) == sorted(i for i, e in drawn.items() if e["label"] == "supplies")
    assert sum(drawn[i]["count"] for i in supplies["members"]) == 3
    assert supplies["title"].splitlines()[:4] == [
        "Iran \u2192 supplies \u2192 Russia",
        supplies["title"].splitlines()[1],
        "",
        "folds in:",
    ]
    assert "    Revolutionary Guard \u2192 supplies \u2192 Russia (1)" in supplies["title"]
    assert map_data(fold_graph(), countries=False).countries is None


def test_days_come_from_the_claim_else_its_article():
    graph = fold_graph()
    supplies = {e.key[0]: e for e in graph.edges if e.key[1] == "supplies"}
    assert claim_dates(graph, supplies[IRAN.id]) == {"2023-03-02": 1}
    assert claim_dates(graph, supplies[MINISTER.id]) == {"2023-05-09": 1}  # a timestamp's day
    assert claim_dates(graph, supplies[GUARD.id]) == {"2023-04-01": 1}  # its own date; the article has none
    visits = next(e for e in graph.edges if e.key[1] == "visits")
    assert claim_dates(graph, visits) == {"2023-03-02": 1}
    assert day("sometime in May") == "" and day("2023-02-30") == "2023-02-30"  # a shape check, not a calendar


def page_data(page: str) -> tuple[dict, BeautifulSoup]:
    soup = BeautifulSoup(page, "html.parser")
    return json.loads(soup.find("script", id="graphkit-data").string), soup


def test_page_offers_the_views_and_dates_it_has():
    data, soup = page_data(generate_html(fold_graph()))
    assert soup.find(id="view-countries") is not None and len(data["countries"]["nodes"]) == 5
    assert data["days"] == ["2023-03-02", "2023-04-01", "2023-05-09"]
    assert soup.find(id="date-from")["max"] == "2" and soup.find(id="date-to")["value"] == "2"
    assert soup.find(id="date-from-text").get_text() == "2023-03-02"
    assert data["countries"]["counts"].startswith("5 actors \u00b7 3 relations \u00b7 5 sentences")

    data, soup = page_data(generate_html(sample_graph()))  # only countries and bodies of no state: nothing folds
    assert "countries" not in data and soup.find(id="view-countries") is None
    assert soup.find(id="filter-date") is not None  # three dated articles

    undated = ClaimGraph()
    undated.add([IRAN, RUSSIA], [claim(IRAN, "supplies", "AID", RUSSIA, "Iran supplies Russia.")])
    data, soup = page_data(generate_html(undated))
    assert data["days"] == [] and soup.find(id="filter-date") is None


def test_news_graph_folds_to_its_states():
    graph = news_graph(100)
    data = map_data(graph)
    assert len(data.nodes) == 100
    assert data.countries is not None and len(data.countries.nodes) < 50
    kinds = {n["type"] for n in data.countries.nodes}
    assert "Person" not in kinds and "Organization" not in kinds  # every person and body here has a state
    assert sum(e["count"] for e in data.countries.edges) == sum(
        e["count"] for e in data.edges if e["label"] not in ("holds_role", "belongs_to")
    )  # every event claim is kept; only the roles that made the fold are left out

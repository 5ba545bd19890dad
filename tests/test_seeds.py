"""End to end on the two seed articles, with the real spaCy model: the claims an analyst relies on."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph
import pytest
from browser import open_in_browser
from bs4 import BeautifulSoup
from conftest import SEEDS

ARTIFACTS = Path(__file__).parent / "artifacts"


def find(claims, subject, event_type, obj, **fields):
    return [
        c
        for c in claims
        if c["subject"]["label"] == subject
        and c["event_type"] == event_type
        and c["object"]["label"] == obj
        and all(c[k] == v for k, v in fields.items())
    ]


def test_tehran_provided_moscow_with_drones(seed_claims):
    found = find(seed_claims, "Iran", "AID", "Russia", polarity="positive", modality="actual")
    assert any("Tehran has provided Moscow with drones" in c["sentence"] for c in found)
    claim = next(c for c in found if "Tehran has provided Moscow" in c["sentence"])
    assert (claim["subject"]["iso3"], claim["object"]["iso3"]) == ("IRN", "RUS")
    assert (claim["subject"]["text"], claim["object"]["text"]) == ("Tehran", "Moscow")
    assert claim["theme"] == "drones"


def test_refused_to_supply_is_negative_and_never_positive(seed_claims):
    sentence = "Iran has consistently refused to supply arms to Russia"
    from_sentence = [c for c in seed_claims if sentence in c["sentence"]]
    assert [(c["event_type"], c["polarity"]) for c in from_sentence] == [("AID", "negative")]


def test_austin_visits_jordan_egypt_and_israel(seed_claims):
    for country in ("Jordan", "Egypt", "Israel"):
        found = find(seed_claims, "Lloyd Austin", "CONSULT", country, polarity="positive")
        assert found, f"no Lloyd Austin -CONSULT-> {country}"
        assert found[0]["subject"]["id"] == "person/lloyd-austin"


def test_capitals_are_their_countries(seed_out):
    entities = [json.loads(line) for line in (seed_out / "entities.jsonl").read_text("utf-8").splitlines()]
    actors = {e["label"] for e in entities if e["type"] != "Location"}  # "officials in Washington": a place
    assert not actors & {"Tehran", "Moscow", "Washington"}
    by_label = {e["label"]: e for e in entities}
    assert {"Tehran"} <= set(by_label["Iran"]["aliases"])
    assert {"Moscow"} <= set(by_label["Russia"]["aliases"])
    assert {"Washington", "US"} <= set(by_label["United States"]["aliases"])
    assert by_label["Iran"]["iso3"] == "IRN" and by_label["Iran"]["same_as"]


def test_claims_point_at_their_sentences(seed_claims):
    texts = {p.stem: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    assert len(seed_claims) >= 8
    for claim in seed_claims:
        assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["sentence"]
        assert claim["polarity"] in ("positive", "negative")
        assert claim["modality"] in ("actual", "intended", "possible")


def test_accusation_and_attribution(seed_claims):
    assert find(seed_claims, "United States", "DISAPPROVE", "Russia")
    intended = find(seed_claims, "Iran", "AID", "Russia", modality="intended")
    assert any((c["attributed_to"] or {}).get("label") == "Jake Sullivan" for c in intended)


def test_report_accounts_for_every_article(seed_out):
    report = json.loads((seed_out / "report.json").read_text("utf-8"))
    assert report["counts"] == {"found": 2, "read": 2, "skipped": 0, "failed": 0}
    assert {a["id"] for a in report["articles"]} == {p.stem for p in SEEDS.glob("*.txt")}
    assert report["graph"]["claims"] > 0 and report["model"]


def test_turtle_parses_with_an_independent_parser_and_holds_every_sentence(seed_out, seed_claims):
    store = pyoxigraph.Store()
    store.load(path=str(seed_out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    sentences = {
        row["s"].value
        for row in store.query(
            "PREFIX gk: <https://w3id.org/graphkit/ontology#> SELECT ?s WHERE { ?c a rdf:Statement ; gk:sentence ?s }",
            prefixes={"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
        )
    }
    assert {c["sentence"] for c in seed_claims} == sentences
    articles = {
        row["id"].value
        for row in store.query(
            "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            "SELECT ?id WHERE { ?c prov:wasDerivedFrom ?a . ?a dcterms:identifier ?id }"
        )
    }
    assert articles == {c["article"] for c in seed_claims}


def test_html_references_nothing_on_the_network(seed_out):
    page = (seed_out / "graph.html").read_text("utf-8")
    soup = BeautifulSoup(page, "html.parser")
    for tag in soup.find_all(src=True) + soup.find_all(href=True):
        assert not re.match(r"^(https?:)?//", tag.get("src") or tag.get("href")), tag
    assert not re.search(r"""url\(\s*['"]?(https?:)?//""", page)
    assert not re.search(r"@import\s+['\"]?(url\()?\s*['\"]?(https?:)?//", page)


@pytest.mark.browser
def test_seed_map_in_a_real_browser(seed_graph, seed_out):
    ARTIFACTS.mkdir(exist_ok=True)
    result = open_in_browser(seed_out / "graph.html", screenshot=ARTIFACTS / "seeds_map.png")
    graph = seed_graph.to_networkx()
    assert result["drawn"]
    assert (result["nodes"], result["edges"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert result["nodes"] >= 6
    assert result["console_errors"] == [] and result["page_errors"] == [] and result["external_requests"] == []
    assert (ARTIFACTS / "seeds_map.png").stat().st_size > 10_000

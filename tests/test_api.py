"""The Python API mirrors the CLI: build, extract, and the KnowledgeGraph's methods."""

from __future__ import annotations

import networkx as nx
import pytest
import spacy
from conftest import SEEDS

import graphkit
import graphkit.api
import graphkit.types
from graphkit.errors import InputError, ModelNotFoundError, UnreadArticle
from graphkit.nlp import load_model


def test_extract_from_a_string():
    (record,) = graphkit.extract_claims("Iran has consistently refused to supply arms to Russia.")
    assert (record["subject"]["id"], record["predicate"], record["object"]["id"]) == (
        "country/IRN",
        "supplies",
        "country/RUS",
    )
    assert record["polarity"] == "negative" and record["article"] == "text-1"


def test_extract_from_articles_keeps_their_ids():
    articles = [graphkit.Article("x", "Russia attacked Ukraine."), graphkit.Article("y", "Putin will visit Tehran.")]
    records = graphkit.extract_claims(articles)
    assert [(r["article"], r["event_type"], r["modality"]) for r in records] == [
        ("x", "ASSAULT", "actual"),
        ("y", "CONSULT", "intended"),
    ]


def test_an_article_extract_cannot_read_is_named_in_a_warning_not_lost():
    huge = graphkit.Article("huge", "Chile attacked Peru. " * 100_000)  # over the 2,000,000-character limit
    with pytest.warns(UnreadArticle, match=r"article huge makes no claims: too large"):
        records = graphkit.extract_claims([huge, graphkit.Article("y", "Russia attacked Ukraine.")])
    assert [r["article"] for r in records] == ["y"]


def test_knowledge_graph_of_the_seeds(seed_graph, tmp_path):
    assert isinstance(seed_graph, graphkit.KnowledgeGraph)
    assert seed_graph.entities["country/IRN"].iso3 == "IRN"
    g = seed_graph.to_networkx()
    assert isinstance(g, nx.MultiDiGraph) and g.has_edge("country/IRN", "country/RUS")
    seed_graph.write_turtle(tmp_path / "g.ttl")
    seed_graph.write_html(tmp_path / "g.html")
    assert "rdf:Statement" in (tmp_path / "g.ttl").read_text("utf-8")
    assert "<html" in (tmp_path / "g.html").read_text("utf-8").lower()


def test_default_model_loads_a_parser_and_ner():
    nlp = load_model()
    assert {"parser", "ner"} <= set(nlp.pipe_names)


def test_the_default_model_asked_for_by_name_is_the_same_loaded_pipeline():
    default = load_model()
    assert load_model(None) is default
    assert load_model(f"{default.meta['lang']}_{default.meta['name']}") is default  # loaded once, not twice


def test_a_pipeline_without_parser_is_refused_with_the_fix(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFoundError, match="has no parser"):
        load_model(str(tmp_path / "blank"))


def test_unknown_model_names_the_fix():
    with pytest.raises(ModelNotFoundError, match="pip install"):
        load_model("en_core_web_nonexistent")


def test_a_blank_line_ends_a_sentence():
    text = (
        "Iran’s Secret Deal With Putin Could Spell Doom For Ukraine\n\n( Washington accused Russia of seeking drones."
    )
    (record,) = graphkit.extract_claims(text)
    assert record["sentence"] == "( Washington accused Russia of seeking drones."
    assert text[record["start"] : record["end"]] == record["sentence"]


def test_outputs_are_readable_by_others(seed_graph, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        seed_graph.save(tmp_path / "out")
    finally:
        os.umask(old)
    for path in (tmp_path / "out").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path


@pytest.mark.parametrize("base_iri", ["bad", "no-scheme/kg/", "https://example.org/a b"])
def test_a_bad_base_iri_fails_in_the_api_as_in_the_cli(base_iri, seed_graph, tmp_path):
    with pytest.raises(InputError, match="not an absolute IRI"):
        graphkit.build_to([SEEDS], tmp_path / "out", base_iri=base_iri)  # before any parsing
    with pytest.raises(InputError, match="not an absolute IRI"):
        seed_graph.save(tmp_path / "out", base_iri=base_iri)
    with pytest.raises(InputError, match="not an absolute IRI"):
        seed_graph.write(tmp_path / "g.nt", base_iri=base_iri)
    assert not (tmp_path / "out").exists() and not (tmp_path / "g.nt").exists()


def test_limits_are_checked_by_the_api(seed_graph, tmp_path):
    with pytest.raises(InputError, match="max_nodes"):
        seed_graph.save(tmp_path / "out", max_nodes=-1)
    with pytest.raises(InputError, match="max_chars"):
        graphkit.build([SEEDS], max_chars=0)
    with pytest.raises(InputError, match="unknown graph format"):
        graphkit.build_to([SEEDS], tmp_path / "out", formats=["rdfxml"])


def test_saving_records_the_files_written(seed_graph, tmp_path):
    paths = seed_graph.save(tmp_path / "out", formats=["gexf", "turtle"])
    assert list(seed_graph.report.outputs) == [*graphkit.api.OUTPUT_FILES, "graph.gexf"]
    assert seed_graph.report.outputs == {name: str(path) for name, path in paths.items()}


def test_query_graph_and_stream_claims_are_what_the_cli_runs(seed_graph, tmp_path):
    seed_graph.write_turtle(tmp_path / "g.ttl")
    table = graphkit.query_graph(tmp_path / "g.ttl", "SELECT ?s WHERE { ?s gk:supplies ?o }", fmt="csv")
    assert table.splitlines()[0] == "s" and len(table.splitlines()) > 1
    reading = graphkit.types.ReadReport()
    records = list(graphkit.stream_claims([SEEDS], reading=reading))
    assert {r["article"] for r in records} == {p.stem for p in SEEDS.iterdir()} and len(reading.read) == 2


def test_one_story_filed_twice_is_read_once_and_reported(tmp_path):
    text = "Kenya expelled two Ugandan diplomats on Monday.\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "b.txt").write_text(text, "utf-8")
    (tmp_path / "c.txt").write_text("Ghana recalled its envoy from Togo.\n", "utf-8")
    graph = graphkit.build(tmp_path)
    reading = graph.report.reading
    assert [(s["source"], s["reason"]) for s in reading.skipped] == [
        (str(tmp_path / "b.txt"), f"duplicate of {tmp_path / 'a.txt'} (same text as 'a')")
    ]
    assert len(reading.read) == 2 and set(graph.articles) == {"a", "c"}
    expelled = [c for c in graph.claims if c.event_type == "SANCTION" and c.subject.text == "Kenya"]
    assert len(expelled) == 1  # its claims count once

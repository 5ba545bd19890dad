"""The Python API mirrors the CLI: build, extract, and the KnowledgeGraph's methods."""

from __future__ import annotations

import networkx as nx
import pytest
import spacy

import graphkit
from graphkit.errors import ModelNotFoundError
from graphkit.nlp import load_model


def test_extract_from_a_string():
    (record,) = graphkit.extract("Iran has consistently refused to supply arms to Russia.")
    assert (record["subject"]["id"], record["predicate"], record["object"]["id"]) == ("country/IRN", "supplies", "country/RUS")
    assert record["polarity"] == "negative" and record["article"] == "text-1"


def test_extract_from_articles_keeps_their_ids():
    articles = [graphkit.Article("x", "Russia attacked Ukraine."), graphkit.Article("y", "Putin will visit Tehran.")]
    records = graphkit.extract(articles)
    assert [(r["article"], r["event_type"], r["modality"]) for r in records] == [
        ("x", "ASSAULT", "actual"), ("y", "CONSULT", "intended"),
    ]  # fmt: skip


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


def test_a_pipeline_without_parser_is_refused_with_the_fix(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFoundError, match="has no parser"):
        load_model(str(tmp_path / "blank"))


def test_unknown_model_names_the_fix():
    with pytest.raises(ModelNotFoundError, match="pip install"):
        load_model("en_core_web_nonexistent")


def test_a_blank_line_ends_a_sentence():
    text = "Iran’s Secret Deal With Putin Could Spell Doom For Ukraine\n\n( Washington accused Russia of seeking drones."
    (record,) = graphkit.extract(text)
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

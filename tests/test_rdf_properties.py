"""Property test: whatever text names an actor or fills a sentence, the Turtle parses and keeps it exactly."""

from __future__ import annotations

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graphkit.export.jsonl import claim_record
from graphkit.export.rdf import serialize_rdf
from graphkit.graph import ClaimGraph
from graphkit.readers.turtle import from_rdf
from graphkit.types import Argument, Article, Claim, Entity, Evidence

HOSTILE = st.sampled_from(
    [
        '"',
        "'",
        '"""',
        "<",
        ">",
        "\\",
        "\n",
        "\r",
        "\t",
        "\x00",
        "\x01",
        "\x7f",
        "\u2028",
        "@prefix",
        " . ",
        ";",
        "#",
        "^^",
        "@en",
        "Тегеран",
        "طهران",
        "德黑兰",
        "🚀",
        "\ufeff",
        "%20",
        "é",
    ]
)
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=5)), min_size=1, max_size=8).map("".join).filter(bool)


def one_claim_graph(name: str, alias: str, sentence: str, title: str, theme: str) -> ClaimGraph:
    actor = Entity(
        f"person/{name}", name, "Person", aliases=(alias,), roles=(theme,), same_as=("https://example.org/x",)
    )
    other = Entity("country/RUS", "Russia", "Country", iso3="RUS")
    claim = Claim(
        Argument(actor.id, alias),
        "supplies",
        "AID",
        Argument(other.id, name),
        Evidence(title, sentence, 0, 5, "t"),
        attributed_to=Argument(actor.id, sentence),
        theme=theme,
        quantity=alias,
        confidence=0.5,
    )
    graph = ClaimGraph()
    graph.add([actor, other], [claim], Article(title, "", title=title, url=None))
    return graph


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, alias=TEXT, sentence=TEXT, title=TEXT, theme=TEXT)
def test_hostile_text_stays_data_and_survives_exactly(name, alias, sentence, title, theme):
    graph = one_claim_graph(name, alias, sentence, title, theme)
    data = serialize_rdf(graph)
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    literals = {q.object.value for q in store if isinstance(q.object, pyoxigraph.Literal)}
    assert {name, alias, sentence, title, theme} <= literals
    back = from_rdf(Graph().parse(data=data.decode("utf-8"), format="turtle"), ClaimGraph())
    assert [claim_record(back, c) for c in back.claims] == [claim_record(graph, c) for c in graph.claims]
    assert back.entities == graph.entities

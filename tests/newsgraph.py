"""A synthetic graph shaped like a map of real news, for the map's tests (a helper, not a test module).

``news_graph(100)`` has about a hundred actors: states, the ministers and agencies that act for them (with
``holds_role`` and ``belongs_to`` claims, so the country view can fold them), groups and organizations with
no state, linked by preferential attachment (a few hubs, many actors with one or two relations), and
claims dated over a year by their articles, a few by their own date, a few not at all. Names and sentences
are made up here.
"""

from __future__ import annotations

import random

import networkx as nx

from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument, Article, Claim, Entity, Evidence

EVENTS = [
    ("accuses", "DISAPPROVE"),
    ("visits", "CONSULT"),
    ("supplies", "AID"),
    ("attacks", "ASSAULT"),
    ("threatens", "THREATEN"),
    ("meets", "CONSULT"),
    ("sanctions", "SANCTION"),
]
FIRST = ["Amara", "Boris", "Chen", "Dalia", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kofi", "Lena"]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Haddad", "Novak", "Tanaka", "Ferreira", "Kowalski", "Osei"]
BODIES = ["Ministry of Defence", "Foreign Ministry", "Central Bank", "Border Police", "Interior Ministry"]
GROUPS = ["Relief Coalition", "Harbour Workers Union", "Northern Front", "Press Freedom Watch", "Grain Council"]


def _claim(subject: Entity, predicate: str, event: str | None, obj: Entity, article: str, n: int, **kw) -> Claim:
    sentence = f"Report {n}: {subject.label} {predicate} {obj.label}, according to officials."
    return Claim(
        Argument(subject.id, subject.label),
        predicate,
        event,
        Argument(obj.id, obj.label),
        Evidence(article, sentence, 0, len(sentence), "test"),
        confidence=0.7,
        **kw,
    )


def news_graph(actors: int = 100, seed: int = 5) -> ClaimGraph:
    """About ``actors`` actors in relations dated through 2023 (see the module)."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(actors, 1, seed=seed)
    states = max(4, actors // 6)
    entities: list[Entity] = []
    state_of: dict[int, int] = {}
    for i in range(actors):
        if i < states:
            code = "Q" + chr(65 + i // 26) + chr(65 + i % 26)  # user-assigned ISO codes: QAA, QAB, ...
            entities.append(Entity(f"country/{code}", f"Republic of {LAST[i % len(LAST)]}ia {i}", "Country",
                                   iso3=code, mentions=rng.randint(5, 30)))  # fmt: skip
            continue
        kind = rng.choice(["Person", "Person", "Organization", "Group"])
        if kind == "Person":
            name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]} {i}"
            entities.append(Entity(f"person/p{i}", name, "Person", mentions=rng.randint(1, 8)))
        elif kind == "Organization":
            entities.append(Entity(f"org/o{i}", f"{BODIES[i % len(BODIES)]} {i}", "Organization", mentions=2))
        else:
            entities.append(Entity(f"group/g{i}", f"{GROUPS[i % len(GROUPS)]} {i}", "Group", mentions=1))
        if kind != "Group":
            state_of[i] = rng.randrange(states)
    graph = ClaimGraph()
    articles = [Article(f"art{j}", "", title=f"Dispatch {j}", date=f"2023-{1 + j % 12:02d}-{1 + j % 28:02d}")
                for j in range(36)] + [Article("undated", "", title="Undated dispatch")]  # fmt: skip
    for article in articles:
        graph.add([], [], article)
    claims: list[Claim] = []
    for n, (u, v) in enumerate(sorted(shape.edges)):
        predicate, event = EVENTS[n % len(EVENTS)]
        for k in range(rng.choice((1, 1, 2, 3))):
            article = rng.choice(articles).id
            own = {"date": "2023-06-30"} if (n + k) % 17 == 0 else {}
            claims.append(_claim(entities[u], predicate, event, entities[v], article, n * 10 + k, **own))
    for i, s in sorted(state_of.items()):
        static = "holds_role" if entities[i].type == "Person" else "belongs_to"
        claims.append(_claim(entities[i], static, None, entities[s], "art0", 5000 + i))
    graph.add(entities, claims)
    return graph

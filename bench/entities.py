"""Entity-resolution figures: the seed articles' checks, and the Wikinews articles' nodes for a human audit.

Run from the repository's root:  python bench/entities.py [--wikinews PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from pathlib import Path

import graphkit
from graphkit.canon.acronyms import article_acronyms
from graphkit.canon.aliases import generic_nouns

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "corpora" / "wikinews_gum.jsonl"
SEED_CHECKS = [
    ("Tehran, Iranian(s) are Iran", lambda g: {"Tehran", "Iranian"} <= set(g.entities["country/IRN"].aliases)),
    ("Moscow is Russia", lambda g: "Moscow" in g.entities["country/RUS"].aliases),
    ("Washington, US are the United States", lambda g: {"Washington", "US"} <= set(g.entities["country/USA"].aliases)),
    ("Austin is Lloyd Austin, not a place", lambda g: "Austin" in g.entities["person/lloyd-austin"].aliases
     and not any(e.label == "Austin" for e in g.entities.values())),
    ("Sullivan is Jake Sullivan", lambda g: "Sullivan" in g.entities["person/jake-sullivan"].aliases),
    ("Abdollahian: Foreign Minister (Iran)", lambda g: "Foreign Minister (Iran)"
     in g.entities["person/hossein-amir-abdollahian"].roles),
    ("Sullivan: National Security Advisor (United States)", lambda g: "National Security Advisor (United States)"
     in g.entities["person/jake-sullivan"].roles),
    ("CIA belongs to the United States", lambda g: any(c.predicate == "belongs_to" and c.object.entity_id
     == "country/USA" and c.subject.entity_id == "org/central-intelligence-agency" for c in g.claims)),
    ("Western officials are a group, not a country", lambda g: g.entities["group/western-countries"].type == "Group"),
    ("no actor node is labelled Tehran, Moscow or Washington (a place where something happens is a Location)",
     lambda g: not {"Tehran", "Moscow", "Washington"} & {e.label for e in g.entities.values() if e.type != "Location"}),
    ("Lloyd Austin: Secretary of Defense (United States)", lambda g: "Secretary of Defense (United States)"
     in g.entities["person/lloyd-austin"].roles),
]  # fmt: skip


def seeds() -> None:
    started = time.perf_counter()
    graph = graphkit.build(ROOT / "data" / "articles")
    print(f"seed articles: built in {time.perf_counter() - started:.2f} s, {len(graph.entities)} entities")
    passed = 0
    for name, check in SEED_CHECKS:
        try:
            ok = bool(check(graph))
        except KeyError as err:
            ok, name = False, f"{name} (missing {err})"
        passed += ok
        print(f"  [{'ok' if ok else 'FAIL'}] {name}")
    print(f"  {passed}/{len(SEED_CHECKS)} checks pass")
    print("  entities with aliases or roles:")
    for e in sorted(graph.entities.values(), key=lambda e: e.id):
        if e.aliases or e.roles:
            print(f"    {e.id:40} aliases={list(e.aliases)} roles={list(e.roles)}")


def wikinews(path: Path) -> None:
    started = time.perf_counter()
    graph = graphkit.build(path)
    print(f"\nWikinews ({path.name}): built in {time.perf_counter() - started:.2f} s")
    by_type: dict[str, int] = defaultdict(int)
    for e in graph.entities.values():
        by_type[e.type] += 1
    print("  nodes by type: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    print(f"  claims {len(graph.claims)}, edges {len(graph.edges)}")
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_alias: dict[str, list[str]] = defaultdict(list)
    for e in graph.entities.values():
        if e.type == "Person":
            by_surname[e.label.split()[-1]].append(e.id)
        for alias in {e.label, *e.aliases}:
            by_alias[alias.lower()].append(e.id)
    print("  people who share a surname (to audit):")
    for surname, ids in sorted(by_surname.items()):
        if len(ids) > 1:
            print(f"    {surname}: {', '.join(sorted(ids))}")
    print("  names that stand for more than one node (to audit):")
    for alias, ids in sorted(by_alias.items()):
        if len(set(ids)) > 1:
            print(f"    {alias!r}: {', '.join(sorted(set(ids)))}")
    splits(graph, [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()])


def splits(graph: graphkit.KnowledgeGraph, articles: list[dict]) -> None:
    """Entities the articles themselves link but the graph keeps apart, and bare common nouns as entities.

    Linked by the article: an acronym it defines in brackets and its expansion; a surname used in an
    article that also has the full name; a possessive ("New People's Party") and the plain name; one
    name on nodes of two kinds.
    """
    nodes: dict[str, set[str]] = defaultdict(set)
    for e in graph.entities.values():
        for name in {e.label, *e.aliases}:
            nodes[name.lower()].add(e.id)
    found: set[tuple[str, str]] = set()
    reasons: list[str] = []

    def split(a: set[str], b: set[str], why: str) -> None:
        for x in a:
            for y in b - a:
                pair = (min(x, y), max(x, y))
                if pair not in found:
                    found.add(pair)
                    reasons.append(f"    {why}: {pair[0]} / {pair[1]}")

    for article in articles:
        for short, long in article_acronyms(article["text"]).items():
            split(nodes.get(short.lower(), set()), nodes.get(long.lower(), set()), f"acronym {short}")
    people = [e for e in graph.entities.values() if e.type == "Person" and " " in e.label]
    for person in people:
        alone = person.label.split()[-1]
        if any(person.label in a["text"] and alone in a["text"] for a in articles):
            alone_nodes = {i for i in nodes.get(alone.lower(), set()) if graph.entities[i].label == alone}
            split({person.id}, alone_nodes, "surname")
    for name, ids in nodes.items():
        plain = re.sub(r"['\u2019]s\b", "", name)
        if plain != name:
            split(ids, nodes.get(plain, set()), "possessive")
        kinds = {graph.entities[i].type for i in ids}
        if len(ids) > 1 and len(kinds) > 1 and kinds != {"Country", "Location"}:  # a capital as a place is apart
            split({sorted(ids)[0]}, set(sorted(ids)[1:]), "one name, two kinds")
    generic = sorted(e.id for e in graph.entities.values() if e.label.lower() in generic_nouns())
    print(f"  split entities (the article links the names, the graph keeps two nodes): {len(found)}")
    print("\n".join(reasons) if reasons else "    none")
    print(f"  generic-noun entities: {len(generic)} {generic}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wikinews", type=Path, default=WIKINEWS)
    args = parser.parse_args()
    seeds()
    if args.wikinews.exists():
        wikinews(args.wikinews)
    else:
        print(f"\n{args.wikinews} not found: Wikinews figures skipped")


if __name__ == "__main__":
    main()

"""Entity-resolution figures: the seed articles' checks, and the Wikinews articles' nodes for a human audit.

Run from the repository's root:  python bench/entities.py [--wikinews PATH]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

import graphkit

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
    ("no node is labelled Tehran, Moscow or Washington", lambda g: not {"Tehran", "Moscow", "Washington"}
     & {e.label for e in g.entities.values()}),
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

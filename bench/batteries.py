"""Event coding against batteries of wire sentences with expected events and traps.

    python bench/batteries.py FILE.jsonl ... [--dump OUT.json] [--model NAME]

A battery is a JSON-lines file of sentences written to a brief (``bench/batteries/BRIEF.md``) by writers who never
saw graphkit's code, each coded by its writer to PLOVER:
``{"id", "text", "expected": [EVENT ...], "traps": [EVENT ...]}`` where
``EVENT = {"source": {"code", "text"}, "type", "target": {"code", "text"}, "either"}``.

- an expected event is *hit* when some claim of its sentence stands for its type (``events.plover_types``: a
  refused act counts as REJECT, an intended one as AGREE or THREATEN) between actors that match it by code or by
  words (``events.actor_matches``); with ``either``, in either direction;
- a trap *fires* when some claim asserts its type between its actors: the act itself, done (``asserted``); between
  two actors of one country, matched by their words.

Prints hits and fired traps per battery, recall per type over all, and the sentences that make no event claim.
``--dump`` writes each sentence's hits, fired traps and claims, for comparing two commits row by row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import graphkit
from graphkit.types import Article
from graphkit.vocabulary import quad_class

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events import actor_matches, plover_types, read_jsonl


def gold_actor(actor: dict) -> dict:
    """A battery actor in the PLOVER records' shape that ``actor_matches`` reads."""
    return {"actorText": actor.get("text") or "", "code": actor.get("code") or ""}


def asserted(claim: dict) -> set[str]:
    """The PLOVER types a claim asserts as done: a refusal is REJECT, an intention AGREE or THREATEN.

    >>> sorted(asserted({"event_type": "AID", "polarity": "negative", "modality": "actual"}))
    ['REJECT']
    >>> sorted(asserted({"event_type": "ASSAULT", "polarity": "positive", "modality": "possible"}))
    []
    """
    if claim["polarity"] == "negative":
        return {"REJECT"}
    if claim["modality"] == "intended":
        return {"AGREE" if "cooperation" in (quad_class(claim["event_type"]) or "") else "THREATEN"}
    if claim["modality"] == "possible":
        return set()
    return {claim["event_type"]}


def between(claim: dict, event: dict, by_words: bool = False) -> bool:
    """The claim's subject and object are the event's source and target (or the other way, with ``either``);
    ``by_words``: matched by their words only, not by their country."""
    source, target = gold_actor(event["source"]), gold_actor(event["target"])
    if by_words:
        source, target = {**source, "code": ""}, {**target, "code": ""}
    if actor_matches(claim["subject"], source) and actor_matches(claim["object"], target):
        return True
    return (
        bool(event.get("either")) and actor_matches(claim["subject"], target) and actor_matches(claim["object"], source)
    )


def hit(event: dict, claims: list[dict]) -> bool:
    return any(event["type"] in plover_types(c) and between(c, event) for c in claims)


def fired(trap: dict, claims: list[dict]) -> bool:
    """Whether a claim asserts the trap's act between its actors; between two of one country by their words, as a
    trap there tells apart people of one state ("a regional governor" is not "the Congress")."""
    domestic = (trap["source"].get("code") or "") == (trap["target"].get("code") or "")
    return any(trap["type"] in asserted(c) and between(c, trap, by_words=domestic) for c in claims)


def extract(rows: list[dict], model: str | None) -> dict[str, list[dict]]:
    """The event claims of each sentence, each sentence read as an article of its own."""
    articles = [Article(r["id"], r["text"].strip()) for r in rows]
    out: dict[str, list[dict]] = {a.id: [] for a in articles}
    for claim in graphkit.extract_claims(articles, model=model):
        if claim["event_type"]:
            out[claim["article"]].append(claim)
    return out


def brief(claim: dict) -> str:
    neg = " NOT" if claim["polarity"] == "negative" else ""
    s, o = claim["subject"], claim["object"]
    return (f"{s['text']}[{s.get('country') or ''}] -{claim['event_type']}{neg}/{claim['modality']}-> "
            f"{o['text']}[{o.get('country') or ''}]")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--dump", type=Path, help="write each sentence's hits, fired traps and claims here")
    parser.add_argument("--model")
    args = parser.parse_args(argv)
    per_type, per_type_hit = Counter(), Counter()
    totals = Counter()
    dump = {}
    print(f"{'battery':<12}{'expected':>9}{'hits':>6}{'recall':>8}{'traps':>7}{'fired':>7}{'silent':>8}")
    for path in args.files:
        rows = read_jsonl(path)
        claims = extract(rows, args.model)
        counts = Counter()
        for row in rows:
            mine = claims[row["id"]]
            hits = [hit(e, mine) for e in row["expected"]]
            traps = [fired(t, mine) for t in row["traps"]]
            for event, ok in zip(row["expected"], hits, strict=True):
                per_type[event["type"]] += 1
                per_type_hit[event["type"]] += ok
            counts.update(expected=len(hits), hits=sum(hits), traps=len(traps), fired=sum(traps))
            counts["silent"] += bool(row["expected"]) and not mine
            dump[row["id"]] = {"hits": hits, "traps": traps, "claims": sorted(brief(c) for c in mine)}
        totals.update(counts)
        recall = counts["hits"] / counts["expected"] if counts["expected"] else 0.0
        print(f"{path.stem:<12}{counts['expected']:>9}{counts['hits']:>6}{recall:>8.3f}{counts['traps']:>7}"
              f"{counts['fired']:>7}{counts['silent']:>8}")  # fmt: skip
    recall = totals["hits"] / totals["expected"] if totals["expected"] else 0.0
    print(f"{'ALL':<12}{totals['expected']:>9}{totals['hits']:>6}{recall:>8.3f}{totals['traps']:>7}"
          f"{totals['fired']:>7}{totals['silent']:>8}")  # fmt: skip
    rates = (f"{t} {per_type_hit[t] / per_type[t]:.2f} ({per_type_hit[t]}/{per_type[t]})" for t in sorted(per_type))
    print("\nrecall per type: " + ", ".join(rates))
    if args.dump:
        args.dump.write_text(json.dumps(dump, indent=0, sort_keys=True), "utf-8")


if __name__ == "__main__":
    main()

"""Event coding against PLOVER gold-standard records: precision and recall, overall and per type.

    python bench/events.py [GOLD.jsonl] [--model NAME] [--show]

Each gold record is one sentence with one event: ``event`` (a PLOVER type), ``source`` and
``target`` lists of actors (``actorText``, ``code``: ISO alpha-3 or IGO/NGO/...), and ``markup``
where ``SRC/TAR`` marks the actors of a reciprocal event. graphkit extracts claims from each
sentence on its own, then:

- recall: gold events for which some claim of the sentence has the gold type, a subject matching a
  gold source and an object matching a gold target (an actor matches by ISO code or by its text;
  for a reciprocal record either direction counts; a negative claim counts for a gold REJECT);
- precision: claims with an event type that match their sentence's gold event in the same way.

The gold file is read in place (by default ``../shared/eval/plover_gsr_dev.jsonl`` beside the repo).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import graphkit
from graphkit.types import Article

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"


def words(text: str) -> str:
    """Lower-cased words joined by single spaces, without possessive endings or a leading "the".

    >>> words("The  United States'")
    'united states'
    """
    text = re.sub(r"['’]s?\b", "", text.lower())
    tokens = re.findall(r"[\w.-]+", text)
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(t.strip(".") for t in tokens if t.strip("."))


def actor_matches(argument: dict | None, gold: dict) -> bool:
    """A claim's subject or object names the gold actor: same ISO code, or one's words inside the other's.

    >>> actor_matches({"iso3": "IRN", "text": "Tehran", "label": "Iran"}, {"actorText": "Iran", "code": "IRN"})
    True
    >>> red_crescent = {"text": "Red Crescent", "label": "Red Crescent"}
    >>> actor_matches(red_crescent, {"actorText": "Red Crescent in Bam", "code": "IGO"})
    True
    >>> actor_matches({"text": "Israel", "label": "Israel"}, {"actorText": "Israeli soldiers", "code": "ISR"})
    False
    """
    if argument is None:
        return False
    if argument.get("iso3") and argument["iso3"] == gold.get("code"):
        return True
    gold_words = f" {words(gold.get('actorText') or '')} "
    for text in (argument.get("text") or "", argument.get("label") or ""):
        mine = words(text)
        if mine and (f" {mine} " in gold_words or f" {gold_words.strip()} " in f" {mine} "):
            return True
    return False


def is_reciprocal(record: dict) -> bool:
    return "SRC/TAR" in (record.get("markup") or "")


def claim_matches(claim: dict, record: dict) -> bool:
    """The claim codes the record's gold event: its type (or a negative claim for REJECT) and its actors."""
    type_ok = claim["event_type"] == record["event"] or (
        record["event"] == "REJECT" and claim["polarity"] == "negative"
    )
    if not type_ok:
        return False
    if is_reciprocal(record):
        actors = record["source"] + record["target"]
        return any(
            actor_matches(claim["subject"], a) and actor_matches(claim["object"], b)
            for a in actors
            for b in actors
            if a is not b
        )
    return any(actor_matches(claim["subject"], s) for s in record["source"]) and any(
        actor_matches(claim["object"], t) for t in record["target"]
    )


def score(records: list[dict], claims_by_record: dict[str, list[dict]]) -> dict[str, dict[str, float]]:
    """Per event type and overall: gold events found (recall) and claims right (precision)."""
    gold, found, made, right = Counter(), Counter(), Counter(), Counter()
    for record in records:
        claims = [c for c in claims_by_record.get(record["id"], []) if c["event_type"]]
        gold[record["event"]] += 1
        found[record["event"]] += any(claim_matches(c, record) for c in claims)
        for claim in claims:
            made[claim["event_type"]] += 1
            right[claim["event_type"]] += claim_matches(claim, record)
    table = {}
    for name in sorted(set(gold) | set(made)):
        table[name] = figures(gold[name], found[name], made[name], right[name])
    table["ALL"] = figures(sum(gold.values()), sum(found.values()), sum(made.values()), sum(right.values()))
    return table


def figures(gold: int, found: int, made: int, right: int) -> dict[str, float]:
    return {
        "gold": gold,
        "found": found,
        "recall": found / gold if gold else 0.0,
        "claims": made,
        "right": right,
        "precision": right / made if made else 0.0,
    }


def extract_all(records: Iterable[dict], model: str | None) -> dict[str, list[dict]]:
    """Claim records of each gold sentence, by record id."""
    articles = [Article(r["id"], r["text"].strip()) for r in records]
    out: dict[str, list[dict]] = {a.id: [] for a in articles}
    for claim in graphkit.extract_claims(articles, model=model):
        out[claim["article"]].append(claim)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--model")
    parser.add_argument("--show", action="store_true", help="print each sentence's gold event and claims")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in Path(args.gold).read_text("utf-8").splitlines() if line.strip()]
    claims = extract_all(records, args.model)
    if args.show:
        for r in records:
            sources, targets = [s["actorText"] for s in r["source"]], [t["actorText"] for t in r["target"]]
            print(f"{r['id']} {r['event']} {sources} -> {targets}")
            print(f"    {r['text'].strip()}")
            for c in claims[r["id"]]:
                mark = "+" if claim_matches(c, r) else "-"
                neg = " NOT" if c["polarity"] == "negative" else ""
                print(
                    f"  {mark} {c['subject']['text']} -{c['event_type']}{neg}/{c['predicate']}-> "
                    f"{c['object']['text']} [{c['modality']}] {c['extractor']}"
                )
    table = score(records, claims)
    print(f"{'type':<12}{'gold':>6}{'found':>7}{'recall':>8}{'claims':>8}{'right':>7}{'precision':>11}")
    for name, row in table.items():
        print(
            f"{name:<12}{row['gold']:>6}{row['found']:>7}{row['recall']:>8.2f}"
            f"{row['claims']:>8}{row['right']:>7}{row['precision']:>11.2f}"
        )


if __name__ == "__main__":
    main()

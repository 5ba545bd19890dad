"""Actor coding against the PLOVER gold-standard records: do claim arguments carry the gold country and sector?

    python bench/actors.py [GOLD.jsonl] [--model NAME] [--show A|B]

Each gold record is one sentence whose ``source`` and ``target`` actors carry ``code`` (ISO alpha-3, or a
non-state code: IGO, NGO, IMG, MNC ...) and ``sector`` (GOV, MIL, REB ...; ``***`` for unknown). graphkit
extracts claims from each sentence on its own; a claim argument (subject, object, attributed_to) is
*matched* to a gold actor when one's words hold the other's (never by code, so the country is measured,
not assumed). Each gold actor counts once. Then:

- country: the argument's ``country`` equals the gold code (None for a non-state code);
- sector: the argument's ``sector`` equals the gold sector's first three letters (None when gold has
  none; for a non-state code its own name, IGO or NGO, also counts); ``***`` is left out.

Records are split into halves by a fixed hash of the sentence (A: the first byte of its sha1 is even),
so rules are tuned on half A and half B shows what carries over. Also prints the gazetteer's start-up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import graphkit
from graphkit.types import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events import PLOVER_GOLD, half_of, words

NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM", "UNO", "EUR"})
ARGUMENTS = ("subject", "object", "attributed_to")


def same_words(argument: dict, gold: dict) -> bool:
    mine = words(argument.get("text") or "")
    theirs = words(gold.get("actorText") or "")
    return bool(mine and theirs) and (f" {mine} " in f" {theirs} " or f" {theirs} " in f" {mine} ")


def expected_country(gold: dict) -> str | None:
    code = (gold.get("code") or "").upper()
    return None if code in NON_STATE or not code else code


def sector_ok(argument: dict, gold: dict) -> bool | None:
    """Whether the sector agrees; None when the gold sector is unknown (***)."""
    sector = gold.get("sector")
    if sector and sector.startswith("*"):
        return None
    want = {sector[:3].upper() if sector else None}
    if (gold.get("code") or "").upper() in NON_STATE:
        want.add((gold.get("code") or "").upper())
    return argument.get("sector") in want


def pairs(record: dict, claims: list[dict]) -> list[tuple[dict, dict]]:
    """(gold actor, the first claim argument matched to it) for each gold actor some argument matches."""
    out = []
    for gold in record["source"] + record["target"]:
        for claim in claims:
            found = next((claim[k] for k in ARGUMENTS if claim.get(k) and same_words(claim[k], gold)), None)
            if found is not None:
                out.append((gold, found))
                break
    return out


def extract_all(records: list[dict], model: str | None) -> dict[str, list[dict]]:
    extract = getattr(graphkit, "extract_claims", None) or graphkit.extract
    out: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for claim in extract([Article(r["id"], r["text"].strip()) for r in records], model=model):
        out[claim["article"]].append(claim)
    return out


def gazetteer_startup() -> tuple[float, float]:
    """Wall and CPU seconds to load the shipped gazetteer (decompress, parse, index)."""
    from graphkit.canon.gazetteer import Gazetteer, load_data

    wall, cpu = time.perf_counter(), time.process_time()
    Gazetteer(load_data())
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", default=str(PLOVER_GOLD))
    parser.add_argument("--model")
    parser.add_argument("--show", choices=("A", "B"), help="print the matched arguments of one half")
    args = parser.parse_args(argv)
    records = [json.loads(line) for line in Path(args.gold).read_text("utf-8").splitlines() if line.strip()]
    claims = extract_all(records, args.model)
    print(f"{'half':<6}{'records':>8}{'gold actors':>12}{'matched':>9}{'country':>9}{'sector':>8}{'(of)':>6}")
    for name in ("A", "B", "all"):
        chosen = [r for r in records if name == "all" or half_of(r["text"]) == name]
        matched = [(r, g, a) for r in chosen for g, a in pairs(r, claims[r["id"]])]
        country = sum(a.get("country") == expected_country(g) for _, g, a in matched)
        judged = [ok for _, g, a in matched if (ok := sector_ok(a, g)) is not None]
        gold_actors = sum(len(r["source"]) + len(r["target"]) for r in chosen)
        shares = f"{country / max(1, len(matched)):>9.2f}{sum(judged) / max(1, len(judged)):>8.2f}"
        print(f"{name:<6}{len(chosen):>8}{gold_actors:>12}{len(matched):>9}{shares}{len(judged):>6}")
        if args.show == name:
            for r, g, a in matched:
                mark = "ok" if a.get("country") == expected_country(g) and sector_ok(a, g) is not False else "XX"
                print(f"  {mark} {g['actorText']!r} gold {g.get('code')}/{g.get('sector')}"
                      f" -> {a.get('text')!r} {a.get('country')}/{a.get('sector')}   [{r['id']}]")  # fmt: skip
    wall, cpu = gazetteer_startup()
    print(f"gazetteer start-up: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")


if __name__ == "__main__":
    main()

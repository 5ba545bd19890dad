"""How extraction time grows with the length of one sentence without punctuation (issue 13).

    python bench/hostile.py [--sizes 25000,50000,100000,200000] [--texts clause,mixed]

Each text is one article of that many characters and no punctuation, parsed (in parts of at most
``CHUNK_CHARS``, as a build does) and then extracted; the figures are seconds for each stage, and the time per
1,000 characters, which stays flat when the cost grows linearly. Texts:

- ``clause``: one clause of actors and events repeated ("the president of russia said that iran supplied
  drones to moscow and ..."): the parser finds no sentence break, so the part is one sentence;
- ``mixed``: a seeded random mix of names, pronouns, verbs and function words, as junk text can be.
"""

from __future__ import annotations

import argparse
import random
import time

from graphkit.extract import extract_doc
from graphkit.nlp import load_model, parse
from graphkit.types import Article

CLAUSE = "the president of russia said that iran supplied drones to moscow and "
MIXED = (
    "Russia attacked Ukraine and Iran supplied Moscow with drones while the president said he would visit China "
    "they accused Washington of helping Israel which denied it officials in Tehran told reporters that NATO and "
    "the European Union would send aid to Kyiv after Putin met Xi in Beijing"
)
WORDS = tuple(MIXED.split())


def clause_text(chars: int) -> str:
    return (CLAUSE * (chars // len(CLAUSE) + 1))[:chars].rsplit(" ", 1)[0]


def mixed_text(chars: int, seed: int = 13) -> str:
    rng = random.Random(seed)
    words, size = [], 0
    while size < chars:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:chars].rsplit(" ", 1)[0]


TEXTS = {"clause": clause_text, "mixed": mixed_text}


def measure(nlp, text: str) -> dict[str, float]:
    article = Article("long", text)
    start = time.perf_counter()
    docs = list(parse(nlp, [article]))
    parsed = time.perf_counter()
    extractions = [extract_doc(article, doc, None, offset) for _, offset, doc in docs]
    done = time.perf_counter()
    longest = max(len(sentence) for _, _, doc in docs for sentence in doc.sents)
    return {
        "parse_s": parsed - start,
        "extract_s": done - parsed,
        "total_s": done - start,
        "longest_sentence_tokens": longest,
        "claims": sum(len(e.claims) for e in extractions),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25000,50000,100000,200000")
    parser.add_argument("--texts", default="clause,mixed")
    args = parser.parse_args()
    nlp = load_model()
    nlp("Warm the pipeline up.")
    print(
        f"{'text':8} {'chars':>8} {'parse s':>8} {'extract s':>10} {'total s':>8} {'s/1k chars':>10} "
        f"{'longest sent':>12} {'claims':>7}"
    )
    for name in args.texts.split(","):
        for chars in (int(n) for n in args.sizes.split(",")):
            m = measure(nlp, TEXTS[name](chars))
            print(
                f"{name:8} {chars:>8} {m['parse_s']:>8.2f} {m['extract_s']:>10.2f} {m['total_s']:>8.2f} "
                f"{1000 * m['total_s'] / chars:>10.3f} {m['longest_sentence_tokens']:>12} {m['claims']:>7}",
                flush=True,
            )


if __name__ == "__main__":
    main()

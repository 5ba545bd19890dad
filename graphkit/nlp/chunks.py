"""Split long texts for the parser at paragraph, then sentence, then word boundaries, and cut run-on text.

No Doc holds more than ``CHUNK_CHARS`` characters, so the parser's memory stays bounded; and no Doc holds a
stretch without a sentence break longer than ``RUN_ON_CHARS``: such a stretch (text without punctuation) is
cut at line or word breaks into Docs of its own, so that no sentence, and no search within one, grows with
the length of the text. News sentences are far shorter (the longest in the development corpora: 1,902
characters).

>>> split_text("One.\\n\\nTwo.", 100)
[(0, 'One.\\n\\nTwo.')]
>>> split_text("First para.\\n\\nSecond para.", 15)
[(0, 'First para.\\n\\n'), (13, 'Second para.')]
>>> [(start, len(part)) for start, part in split_text("word " * 10, 12)]
[(0, 10), (10, 10), (20, 10), (30, 10), (40, 10)]
>>> [(start, len(part)) for start, part in split_text("Short one. " + "word " * 10, 100, run_on=12)]
[(0, 21), (21, 10), (31, 10), (41, 10), (51, 10)]
"""

from __future__ import annotations

import re
from itertools import pairwise

CHUNK_CHARS = 100_000  # what one Doc holds at most: parser memory stays bounded whatever the article
RUN_ON_CHARS = 5_000  # the longest stretch without a sentence break one Doc holds
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))
SENTENCE_BREAKS = re.compile(r"\n\s*\n|(?<=[.!?])[\"'”’)\]]*\s+")
RUN_ON_BREAKS = (re.compile(r"\n"), re.compile(r"\s+"))  # where a run-on is cut: a line break, else a space


def cut_point(text: str, limit: int, boundaries: tuple[re.Pattern[str], ...] = BOUNDARIES) -> int:
    """Where to end a chunk of at most ``limit`` characters: the last paragraph, sentence or word break."""
    window = text[:limit]
    for boundary in boundaries:
        ends = [m.end() for m in boundary.finditer(window) if m.end() < len(window)]
        if ends and ends[-1] > limit // 4:
            return ends[-1]
    return limit


def run_on_cuts(text: str, limit: int) -> list[int]:
    """Where to cut ``text`` so that no piece holds more than ``limit`` characters without a sentence break."""
    cuts: list[int] = []
    start = 0
    for match in [*SENTENCE_BREAKS.finditer(text), None]:
        end = match.start() if match else len(text)
        while end - start > limit:
            start += cut_point(text[start : start + limit + 1], limit, RUN_ON_BREAKS)
            cuts.append(start)
        start = match.end() if match else end
    return cuts


def split_text(text: str, limit: int = CHUNK_CHARS, run_on: int = RUN_ON_CHARS) -> list[tuple[int, str]]:
    """``(start, part)`` pairs covering ``text`` in order: each part at most ``limit`` characters, and none
    with more than ``run_on`` characters without a sentence break."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + cut_point(text[start:], limit)
        parts.append((start, text[start:end]))
        start = end
    parts.append((start, text[start:]))
    pieces = []
    for start, part in parts:
        edges = [0, *run_on_cuts(part, run_on), len(part)]
        pieces += [(start + a, part[a:b]) for a, b in pairwise(edges) if b > a]
    return pieces

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

from graphkit.vocabulary import cue_words

CHUNK_CHARS = 100_000  # what one Doc holds at most: parser memory stays bounded whatever the article
RUN_ON_CHARS = 5_000  # the longest stretch without a sentence break one Doc holds
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))
SENTENCE_BREAKS = re.compile(r"\n\s*\n|(?<=[.!?])[\"'”’)\]]*\s+")
RUN_ON_BREAKS = (re.compile(r"\n"), re.compile(r"\s+"))  # where a run-on is cut: a line break, else a space
AGENCIES = "|".join(re.escape(a) for a in sorted(cue_words("news_agencies"), key=len, reverse=True))
_PLACE = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*"  # "NAJAF", "GAZA CITY": a dateline's city is in capitals
_REGION = r"(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)?"  # ", Iraq", ", Gaza Strip"
_DATE = r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"  # " Sept. 7, 2004", ", Sept. 30, 2004"
_CREDIT = rf"(?:\((?i:{AGENCIES})\)|\([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){{0,3}}\))"  # "(Reuters)", "(Antara)"
_DASH = r"(?:\s+(?:--?|—)\s+|:\s+)"  # " - ", " -- ", " — ", or a colon: "BAGHDAD, Sept 12: "
_SOURCE = r"[A-Z][\w.'’&]*(?: [A-Z][\w.'’&]*){0,4}"  # a paper's name before its dateline: "Los Angeles Times"
_PLACED = rf"{_PLACE}{_REGION}{_DATE}(?: {_CREDIT})?{_DASH}"  # "NAJAF, Iraq - ", "JAKARTA (Antara): "
DATELINE = re.compile(
    rf"{_SOURCE}{_DASH}{_PLACED}"  # "Los Angeles Times - BAGHDAD — ": a named source only before a dateline
    rf"|(?:(?i:{AGENCIES}){_DASH})?(?:{_PLACED})?"
    rf"|(?:(?i:{AGENCIES}){_DASH})"
)
MAX_DATELINE = 100  # characters: a dateline is short, and anything longer is the story


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


def dateline_length(text: str) -> int:
    """The length of the wire credit and dateline that open a story ("NAJAF, Iraq - ", "PARIS (Reuters) - ",
    "AFP - "), or 0: they are parsed apart from the story, so that no name runs into its first words."""
    match = DATELINE.match(text)
    return match.end() if match and match.end() <= MAX_DATELINE else 0


def split_text(text: str, limit: int = CHUNK_CHARS, run_on: int = RUN_ON_CHARS) -> list[tuple[int, str]]:
    """``(start, part)`` pairs covering ``text`` in order: the dateline, if any, on its own; then parts of at
    most ``limit`` characters, none with more than ``run_on`` characters without a sentence break."""
    head = dateline_length(text)
    if head:
        return [(0, text[:head]), *((head + s, p) for s, p in split_text(text[head:], limit, run_on))]
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

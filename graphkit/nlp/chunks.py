"""Split long texts for the parser at paragraph, then sentence, then word boundaries.

>>> split_text("One.\\n\\nTwo.", 100)
[(0, 'One.\\n\\nTwo.')]
>>> split_text("First para.\\n\\nSecond para.", 15)
[(0, 'First para.\\n\\n'), (13, 'Second para.')]
>>> [(start, len(part)) for start, part in split_text("word " * 10, 12)]
[(0, 10), (10, 10), (20, 10), (30, 10), (40, 10)]
"""

from __future__ import annotations

import re

CHUNK_CHARS = 100_000  # what one Doc holds at most: parser memory stays bounded whatever the article
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def cut_point(text: str, limit: int) -> int:
    """Where to end a chunk of at most ``limit`` characters: the last paragraph, sentence or word break."""
    window = text[:limit]
    for boundary in BOUNDARIES:
        ends = [m.end() for m in boundary.finditer(window) if m.end() < len(window)]
        if ends and ends[-1] > limit // 4:
            return ends[-1]
    return limit


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(start, part)`` pairs covering ``text`` in order, each part at most ``limit`` characters."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + cut_point(text[start:], limit)
        parts.append((start, text[start:end]))
        start = end
    parts.append((start, text[start:]))
    return parts

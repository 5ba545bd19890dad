"""Nouns for the people or bodies of a sector ("magistrates", "bishops", "clerics", "dissidents"), from
PETRARCH-2's agents dictionary (``Phoenix.agents.txt``, MIT; see PETRARCH2_LICENSE.txt): one lower-case word a
line in ``sector_nouns.txt``, compiled with the gazetteer by ``python -m graphkit.compile_lexicons``. Extraction
reads a plural of them as people acting for whom they belong to ("magistrates in Peru"); canon keeps each noun's
sector (``Gazetteer.agent``).

>>> {"magistrates", "clerics", "police"} <= sector_nouns(), "the" in sector_nouns()
(True, False)
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

SECTOR_NOUNS_FILE = "sector_nouns.txt"
WORD = re.compile(r"[a-z][a-z-]*[a-z]")  # one word, letters and inner hyphens: no "adm.", no "b-52"


@cache
def sector_nouns() -> frozenset[str]:
    """The shipped sector nouns."""
    text = resources.files("graphkit.vocabulary").joinpath(SECTOR_NOUNS_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def sector_noun_lines(agent_keys: list[str]) -> str:
    """The text of ``sector_nouns.txt`` from the agents dictionary's noun keys: its one-word nouns, sorted."""
    words = sorted({k for k in agent_keys if WORD.fullmatch(k)})
    header = (
        "# Nouns of a sector, from PETRARCH-2's Phoenix.agents.txt (MIT; see PETRARCH2_LICENSE.txt).\n"
        "# Compiled by python -m graphkit.compile_lexicons; do not edit by hand.\n"
    )
    return header + "".join(f"{w}\n" for w in words)

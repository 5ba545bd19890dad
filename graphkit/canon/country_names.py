"""Alternate country names (DPRK, Korea Republic, Burma, Ivory Coast ...) from country_converter's regexes.

country_converter (coco) keeps a regular expression per country that matches its many names. Its
``country_data.tsv`` is read directly with the csv module: importing coco itself needs pandas < 3.

A name is a country's when its regex finds it and every word the match leaves over is a word that can
stand in a country's name ("republic", "democratic", "coast" ...): "Korea Republic" is South Korea,
while "Korean Air" or "New England" are not countries.

>>> names = alternate_names()
>>> [names.lookup(n) for n in ("DPRK", "Korea Republic", "Republic of China", "Burma", "Ivory Coast")]
['PRK', 'KOR', 'TWN', 'MMR', 'CIV']
>>> [names.lookup(n) for n in ("Korean Air", "New England", "Gaza City", "Bank of England")]
[None, None, None, None]
>>> [names.within_a_word(n) for n in ("Perugia", "Karakalpakstan", "Zaire", "Burma")]
[True, True, False, False]
"""

from __future__ import annotations

import csv
import importlib.util
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_FILE = "country_data.tsv"


def coco_data_file() -> Path:
    """The path of country_converter's data table, found without importing the package."""
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("country_converter is not installed: pip install 'country_converter>=1.3' (a dependency)")
    return Path(next(iter(spec.submodule_search_locations))) / DATA_FILE


MAX_KNOWN = 100_000  # names whose answer is kept (memory stays bounded over a long build)


class AlternateNames:
    """Country names matched by country_converter's regular expressions."""

    def __init__(self, rows: list[tuple[str, str]], name_words: frozenset[str]) -> None:
        self._patterns = [(re.compile(regex, re.IGNORECASE), iso3) for regex, iso3 in rows if regex and iso3]
        # one search rules out most names (all the regexes at once, in C) before each is tried on its own
        self._any = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._patterns), re.IGNORECASE)
        self._name_words = name_words
        self._known: dict[str, str | None] = {}  # the answers so far: the same names come back article after article

    def lookup(self, name: str) -> str | None:
        """The ISO alpha-3 code of the one country whose regex covers ``name``, or None."""
        text = " ".join(name.replace("’", "'").split()).strip(" .,")
        if not text or len(text) > 60 or re.search(r"\s(?:and|or)\s|&|/", text):  # "North and South Korea": two
            return None
        if text not in self._known:
            if len(self._known) >= MAX_KNOWN:
                self._known.clear()
            found = (
                {iso3 for pattern, iso3 in self._patterns if self._covers(pattern, text)}
                if self._any.search(text)
                else set()
            )
            self._known[text] = found.pop() if len(found) == 1 else None
        return self._known[text]

    def within_a_word(self, name: str) -> bool:
        """Whether the country ``lookup`` finds matches only inside a word of the name, by a stem or a leading
        wildcard of its pattern: "Peru" in "Perugia", ".*paki?stan" in "Karakalpakstan" (as in "Afghanistan" by
        "afghan": by itself no sign the name is another's)."""
        text = " ".join(name.replace("’", "'").split()).strip(" .,")
        iso3 = self.lookup(name)
        for pattern, code in self._patterns:
            match = pattern.search(text) if code == iso3 else None
            if match is not None:
                return inside_word(text, match.start(), match.end()) or wildcard_prefix(pattern, text, match.end())
        return False

    def _covers(self, pattern: re.Pattern[str], text: str) -> bool:
        match = pattern.search(text)
        if match is None or match.end() == match.start():
            return False
        left = text.rfind(" ", 0, match.start()) + 1
        right = text.find(" ", match.end())
        rest = (text[:left] + " " + (text[right:] if right >= 0 else "")).lower().split()
        return all(word.strip(".,'") in self._name_words for word in rest)


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether a match starts or ends inside a word of the text, not at its edges: "Peru" in "Perugia"."""
    return (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
        end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    )


def wildcard_prefix(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """Whether the word a match ends in is matched only through a pattern's leading wildcard, which a name's other
    words are meant to fill: "Karakalpakstan" by ".*paki?stan" (its tail "arakalpakstan" matches too), where
    "Pakistan" is matched and "akistan" is not."""
    word = text[text.rfind(" ", 0, end) + 1 : end]
    if len(word) < 2 or not word[1].isalpha():  # "d'Ivoire": the name starts after the apostrophe
        return False
    return pattern.search(word) is not None and pattern.search(word[1:]) is not None


@lru_cache(maxsize=1)
def alternate_names() -> AlternateNames:
    """country_converter's regexes, read once per process."""
    with coco_data_file().open(encoding="utf-8", newline="") as handle:
        rows = [(row["regex"], row["ISO3"]) for row in csv.DictReader(handle, delimiter="\t")]
    words = resources.files("graphkit.canon").joinpath("country_name_words.txt").read_text("utf-8")
    return AlternateNames(rows, frozenset(w.strip() for w in words.splitlines() if w.strip() and w[0] != "#"))

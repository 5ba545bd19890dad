"""People within one article: "Lloyd Austin", "Austin" and "Secretary Austin" are one person."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from graphkit.vocabulary import cue_sequence

# Titles that lead a name in news text; they say what a person is, not who.
HONORIFICS = cue_sequence("honorifics")
_HONORIFIC = re.compile(r"^(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+)+", re.IGNORECASE)


def person_name(text: str) -> str:
    """The name without leading titles: "President Xi Jinping" -> "Xi Jinping".

    >>> person_name("Crown Prince Mohammed bin Salman")
    'Mohammed bin Salman'
    >>> person_name("General")
    'General'
    """
    name = re.sub(r"\s+", " ", text).strip()
    stripped = _HONORIFIC.sub("", name)
    return stripped or name


def surname(name: str) -> str:
    return name.split(" ")[-1]


def given_or_family_name(name: str) -> str:
    """The first part of a name: the family name in Chinese or Korean order ("Xi Jinping")."""
    return name.split(" ")[0]


NEAR_GIVEN_MIN = 4  # letters given names need before a one-letter difference is read as a slip


class ArticlePeople:
    """The people of one article, so that a surname alone finds the full name.

    >>> people = ArticlePeople(["Lloyd Austin", "Austin", "Jake Sullivan"])
    >>> people.full_name("Austin"), people.full_name("Secretary Austin"), people.full_name("Putin")
    ('Lloyd Austin', 'Lloyd Austin', None)
    >>> people.full_name("the CIA") is None
    True
    >>> ArticlePeople(["Biden"]).full_name("Biden")  # an ORG mention of a name NER also saw as a person
    'Biden'
    >>> people = ArticlePeople(["Kristin Wilkins", "Kristen Wilkins", "Wilkins"])  # the article's own slip
    >>> people.full_name("Kristen Wilkins"), people.full_name("Wilkins")
    ('Kristin Wilkins', 'Kristin Wilkins')

    """

    def __init__(self, names: Iterable[str]) -> None:
        named = dict.fromkeys(map(person_name, names))  # in the order the article names them
        self._variants = spelling_variants([name for name in named if " " in name])
        self._full_names = {self._variants.get(name, name) for name in named if " " in name}
        self._single_names = {name for name in named if " " not in name}  # "Putin", "Biden": people here
        self._by_part = self._index(given_or_family_name) | self._index(surname)  # surnames win

    def _index(self, part: Callable[[str], str]) -> dict[str, str]:
        """Name part -> full name, for parts that only one person of the article has."""
        found: dict[str, set[str]] = {}
        for name in self._full_names:
            found.setdefault(part(name), set()).add(name)
        return {key: names.pop() for key, names in found.items() if len(names) == 1 and key[:1].isupper()}

    def has_part(self, text: str) -> bool:
        """Whether a single name is part of a full name of the article ("Austin" of "Lloyd Austin")."""
        return person_name(text) in self._by_part

    def full_name(self, text: str) -> str | None:
        """The full name a name stands for in this article, or None when it names no known person.

        The surname wins over the first name ("Xi" of "Xi Jinping" is found through the first name).
        """
        name = person_name(text)
        if " " in name:
            name = self._variants.get(name, name)
            return name if name in self._full_names else None
        return self._by_part.get(name) or (name if name in self._single_names else None)


def spelling_variants(full_names: list[str]) -> dict[str, str]:
    """Full names that spell an earlier one's given names a letter differently, surname the same, mapped to
    it: an article's "Kristen Wilkins" is the "Kristin Wilkins" it named first. Given names under four letters
    never match ("Jon" and "Jan" are two people)."""
    variants: dict[str, str] = {}
    for i, name in enumerate(full_names):
        given, _, family = name.rpartition(" ")
        for earlier in full_names[:i]:
            other, _, other_family = earlier.rpartition(" ")
            if earlier in variants or family != other_family or min(len(given), len(other)) < NEAR_GIVEN_MIN:
                continue
            if Levenshtein.distance(given, other, score_cutoff=1) <= 1:
                variants[name] = earlier
                break
    return variants

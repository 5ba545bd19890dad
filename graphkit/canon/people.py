"""People within one article: "Lloyd Austin", "Austin" and "Secretary Austin" are one person."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

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


class ArticlePeople:
    """The people of one article, so that a surname alone finds the full name.

    >>> people = ArticlePeople(["Lloyd Austin", "Austin", "Jake Sullivan"])
    >>> people.full_name("Austin"), people.full_name("Secretary Austin"), people.full_name("Putin")
    ('Lloyd Austin', 'Lloyd Austin', None)
    >>> people.full_name("the CIA") is None
    True
    >>> ArticlePeople(["Biden"]).full_name("Biden")  # an ORG mention of a name NER also saw as a person
    'Biden'

    """

    def __init__(self, names: Iterable[str]) -> None:
        named = set(map(person_name, names))
        self._full_names = {name for name in named if " " in name}
        self._single_names = named - self._full_names  # "Putin", "Biden": known as people here
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
            return name if name in self._full_names else None
        return self._by_part.get(name) or (name if name in self._single_names else None)

"""People within one article: "Lloyd Austin", "Austin" and "Secretary Austin" are one person."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Titles that lead a name in news text; they say what a person is, not who.
HONORIFICS = (
    "president", "vice president", "prime minister", "foreign minister", "defense minister", "minister",
    "secretary", "general", "gen.", "admiral", "adm.", "mr.", "mrs.", "ms.", "dr.", "crown prince",
    "prince", "king", "queen", "sen.", "senator", "rep.", "chancellor", "ayatollah", "sheikh", "director",
    "chairman", "advisor", "adviser", "premier", "pope", "emir", "sultan", "spokesman", "spokeswoman",
)  # fmt: skip
_HONORIFIC = re.compile(r"^(?:(?:%s)\s+)+" % "|".join(re.escape(h) for h in HONORIFICS), re.IGNORECASE)


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


class ArticlePeople:
    """The people of one article, so that a surname alone finds the full name.

    >>> people = ArticlePeople(["Lloyd Austin", "Austin", "Jake Sullivan"])
    >>> people.full_name("Austin"), people.full_name("Secretary Austin"), people.full_name("Putin")
    ('Lloyd Austin', 'Lloyd Austin', None)
    """

    def __init__(self, names: Iterable[str]) -> None:
        by_surname: dict[str, set[str]] = {}
        for name in map(person_name, names):
            if " " in name:
                by_surname.setdefault(surname(name), set()).add(name)
        self._by_surname = {s: full.pop() for s, full in by_surname.items() if len(full) == 1}

    def full_name(self, text: str) -> str | None:
        """The full name a name stands for in this article; a lone surname of no known person is None."""
        name = person_name(text)
        return name if " " in name else self._by_surname.get(name)

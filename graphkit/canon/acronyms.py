"""Acronyms an article defines: "Kennedy Space Center (KSC)" makes KSC an alias of its expansion.

After Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in
biomedical text": a short form in brackets after a long form (or a long form in brackets after a short
form) is a definition when the short form's letters occur in order in the long form, its first letter
starting a word, and the long form has no more than ``min(len + 5, 2 * len)`` words.

>>> article_acronyms("Staff at the Kennedy Space Center (KSC) said KSC would reopen.")
{'KSC': 'Kennedy Space Center'}
>>> article_acronyms("The New People's Party (NPP) won; the NPP (New People's Party) said so.")
{'NPP': "New People's Party"}
>>> article_acronyms("He came home (NYC) late.")  # the letters are not there: no definition
{}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graphkit.vocabulary import cue_words

BRACKETS = re.compile(r"\(([^()]{1,60})\)")
WORD = re.compile(r"[\w'’.&-]+")
LINK_WORDS = cue_words("acronym_links")


@dataclass(frozen=True)
class Definition:
    """An acronym and the expansion the article gives it, with the character offsets of both."""

    short: str
    long: str
    short_start: int
    long_start: int


def is_short_form(text: str) -> bool:
    """2 to 10 characters, one word, a capital letter first or among them, not all lower case.

    >>> [is_short_form(t) for t in ("KSC", "U.N.", "NPPs", "Nasa", "see", "2024", "and so on")]
    [True, True, True, False, False, False, False]
    """
    if not 2 <= len(text) <= 10 or " " in text or not text[0].isalnum():
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 and len(letters) >= 2


def best_long_form(short: str, candidate: str) -> str | None:
    """The shortest end of ``candidate`` whose letters spell ``short`` (Schwartz–Hearst matching).

    Letters are matched right to left; the short form's first letter must start a word.

    >>> best_long_form("KSC", "Staff at the Kennedy Space Center")
    'Kennedy Space Center'
    >>> best_long_form("UNHCR", "aid from the United Nations High Commissioner for Refugees")
    'United Nations High Commissioner for Refugees'
    >>> best_long_form("ABC", "no such thing here") is None
    True
    """
    letters = [c.lower() for c in short if c.isalnum()]
    s, at = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        char = letters[s]
        while at >= 0 and (candidate[at].lower() != char or (s == 0 and at > 0 and candidate[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return None
        s -= 1
        at -= 1
    start = candidate.rfind(" ", 0, at + 1) + 1
    long = candidate[start:].strip()
    words = long.split()
    if len(words) < 2:  # one word spelling a whole acronym is a coincidence more often than a definition
        return None
    if words and words[0].lower() in LINK_WORDS:
        return None
    return long


def definitions(text: str) -> Iterator[Definition]:
    """Every acronym definition in ``text``, in order: "long (SHORT)" and "SHORT (long)"."""
    for match in BRACKETS.finditer(text):
        inside = match.group(1).strip()
        before = text[: match.start()].rstrip()
        if is_short_form(inside):
            limit = min(len(inside) + 5, 2 * len(inside))
            words = list(WORD.finditer(before))[-limit:]
            sentence_break = max(before.rfind(". "), before.rfind("\n"), before.rfind(", "), before.rfind("; "))
            words = [w for w in words if w.start() > sentence_break]
            if not words:
                continue
            long = best_long_form(inside, before[words[0].start() :])
            if long is not None:
                yield Definition(inside, long, match.start(1), before.rfind(long))
        else:
            short = WORD.findall(before)[-1:] if before else []
            if short and is_short_form(short[0]) and len(inside.split()) <= 2 * len(short[0]):
                long = best_long_form(short[0], inside)
                if long is not None and long == inside:
                    yield Definition(short[0], inside, before.rfind(short[0]), match.start(1))


def article_acronyms(text: str) -> dict[str, str]:
    """Acronym -> expansion for one article; the first definition of an acronym wins."""
    found: dict[str, str] = {}
    for definition in definitions(text):
        found.setdefault(definition.short, trim_possessive(definition.long))
    return found


def trim_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def initials(name: str) -> str:
    """The capitals an acronym of ``name`` takes: "New People's Party" -> "NPP" (link words skipped).

    >>> initials("New People's Party"), initials("Democratic Party of the Left"), initials("Oxfam")
    ('NPP', 'DPL', '')
    """
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in LINK_WORDS]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else ""


def acronyms_by_initials(names: list[str]) -> dict[str, str]:
    """Acronym -> the one name of ``names`` it abbreviates: an article's "NPP" beside "New People Party".

    >>> acronyms_by_initials(["New People Party", "NPP", "Civic Party"])
    {'NPP': 'New People Party', 'CP': 'Civic Party'}
    >>> acronyms_by_initials(["Civic Party", "Communist Party"])  # two names: no guess
    {}
    """
    found: dict[str, set[str]] = {}
    for name in names:
        key = initials(trim_possessive(name))
        if len(key) >= 2:
            found.setdefault(key, set()).add(trim_possessive(name))
    return {key: names.pop() for key, names in found.items() if len(names) == 1}

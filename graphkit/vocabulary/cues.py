"""graphkit's cue words (``cues.toml``): the closed word lists extraction rules look for, read once.

>>> sorted(cue_words("future_auxiliaries"))
['shall', 'will']
>>> cue_sequence("possessive_clitics")
("'s", '’s')
>>> cue_words("nonsense")
Traceback (most recent call last):
...
ValueError: no cue list 'nonsense' in graphkit/vocabulary/cues.toml
"""

from __future__ import annotations

from functools import cache

from graphkit.vocabulary.data import load_data


@cache
def cue_lists() -> dict[str, tuple[str, ...]]:
    """Every list of ``cues.toml`` by name, in the file's order; ValueError naming a malformed one."""
    lists: dict[str, tuple[str, ...]] = {}
    for name, table in load_data("cues").items():
        where = f"cues.toml: [{name}]"
        if not isinstance(table, dict) or set(table) != {"words"}:
            raise ValueError(f"{where} must be a table with one key, words")
        words = table["words"]
        if not words or not all(isinstance(w, str) and w and w == w.lower() for w in words):
            raise ValueError(f"{where}: words must be a non-empty list of lower-case strings")
        if len(set(words)) != len(words):
            raise ValueError(f"{where}: a word is listed twice")
        lists[name] = tuple(words)
    return lists


def cue_sequence(name: str) -> tuple[str, ...]:
    """The words of the cue list ``name``, in order."""
    found = cue_lists().get(name)
    if found is None:
        raise ValueError(f"no cue list {name!r} in graphkit/vocabulary/cues.toml")
    return found


@cache
def cue_words(name: str) -> frozenset[str]:
    """The words of the cue list ``name``, as a set."""
    return frozenset(cue_sequence(name))

"""The compiled CAMEO verb dictionary (``cameo.json``): verbs, their patterns, and the PLOVER type of each code.

>>> cameo = cameo_dictionary()
>>> cameo.coding("0332")
Coding(cameo='0332', event_type='AGREE', mode=None, context='military')
>>> cameo.coding("1823").event_type, cameo.coding("010")  # a CAMEO statement has no PLOVER type
('ASSAULT', None)
>>> cameo.verb("airlift").code, len(cameo.patterns("kill")) > 10
('073', True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from graphkit.vocabulary.cues import cue_sequence

CAMEO_FILE = "cameo.json"
# graphkit's cue lists that extend a synonym set of the dictionary: "&MILITARY" has "troops" and "armed forces"
# but not "forces" or "artillery", so "Peruvian forces pounded the town" matched no "- &MILITARY * [190] # POUND".
OWN_SYNONYMS = {"&MILITARY": cue_sequence("military_synonyms")}


@dataclass(frozen=True)
class Coding:
    """Where a claim's coding came from: a CAMEO code and the PLOVER type, mode and context it maps to."""

    cameo: str
    event_type: str
    mode: str | None = None
    context: str | None = None


@dataclass(frozen=True)
class Pattern:
    """A verb pattern: slots of alternative phrases before and after the verb, and where the target is."""

    code: str | None  # None: in this construction the verb is no event ("killed in an accident")
    reverse: bool  # the target acts on the source: "X offended Y" is Y disapproving of X
    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    target: str | None  # "object", a preposition ("against"), or None (the usual places)
    verbs: tuple[str, ...] = ()  # the verbs of its block it was written for (its comment says); empty: all
    named: tuple[str, ...] = ()  # the verbs its comment names, when it holds for all: they prefer it to a tie
    mutual: bool = False  # the target does the same act back ("[112:112]"): coordinated subjects act on each other

    @property
    def size(self) -> int:
        """How specific the pattern is: the number of slots it must match."""
        return len(self.before) + len(self.after) + (self.target is not None)


Phrase = tuple[tuple[str, bool], ...]  # words, each with whether it must match whole (else as a prefix)


@dataclass(frozen=True)
class Slot:
    """One slot of a pattern, ready to match: its phrases, and the first words any match must start with."""

    phrases: tuple[Phrase, ...]
    first_whole: frozenset[str]  # first words that match whole
    first_prefix: frozenset[str]  # first words that match as prefixes

    @classmethod
    def of(cls, alternatives: tuple[str, ...]) -> Slot:
        phrases = tuple(tuple(word_of(w) for w in alt.split()) for alt in alternatives if alt.split())
        whole = frozenset(p[0][0] for p in phrases if p[0][1])
        prefix = frozenset(p[0][0] for p in phrases if not p[0][1])
        return cls(phrases, whole, prefix)


WHOLE_WORD_LENGTH = 3  # dictionary words this short match only whole ("on" is not "one")


def word_of(word: str) -> tuple[str, bool]:
    """A dictionary word and whether it must match whole: a trailing ``_``, or a short word.

    >>> word_of("cash_"), word_of("violat"), word_of("on")
    (('cash', True), ('violat', False), ('on', True))
    """
    core = word.rstrip("_")
    return core, word.endswith("_") or len(core) <= WHOLE_WORD_LENGTH


@dataclass(frozen=True)
class CompiledPattern:
    """A pattern with its slots ready to match (see ``graphkit.extract.cameo``)."""

    pattern: Pattern
    before: tuple[Slot, ...]
    after: tuple[Slot, ...]

    @classmethod
    def of(cls, pattern: Pattern) -> CompiledPattern:
        return cls(pattern, tuple(map(Slot.of, pattern.before)), tuple(map(Slot.of, pattern.after)))


class VerbPatterns:
    """The patterns of one verb, indexed by the first words of one slot each must match (the slot with the fewest
    alternatives), so that a sentence is checked only against the patterns whose words it has."""

    def __init__(self, patterns: tuple[CompiledPattern, ...]) -> None:
        self.patterns = patterns
        self._always: list[int] = []  # patterns with no words: only a target
        self._by_word: dict[str, list[int]] = {}
        for number, compiled in enumerate(patterns):
            slots = [*compiled.before, *compiled.after]
            if not slots:
                self._always.append(number)
                continue
            trigger = min(slots, key=lambda slot: len(slot.first_whole) + len(slot.first_prefix))
            for word in trigger.first_whole | trigger.first_prefix:
                self._by_word.setdefault(word, []).append(number)

    def candidates(self, words: set[str]) -> list[CompiledPattern]:
        """The patterns that may match a sentence with these words (whole forms and prefixes), in order."""
        found = set(self._always)
        for word in words & self._by_word.keys():
            found.update(self._by_word[word])
        return [self.patterns[n] for n in sorted(found)]


@dataclass(frozen=True)
class CameoReading:
    """graphkit's own reading of the dictionary (the ``[cameo]`` table of the relation lexicon)."""

    patterns_only: frozenset[str] = frozenset()  # verbs whose default code is dropped
    retype: dict[str, str] = field(default_factory=dict)  # verb -> the PLOVER type of its default code
    predicates: dict[str, str] = field(default_factory=dict)  # CAMEO code prefix or PLOVER type -> predicate
    target_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # PLOVER type -> prepositions
    reciprocal: frozenset[str] = frozenset()  # PLOVER types whose coordinated subjects act on each other
    armed_senses: frozenset[str] = frozenset()  # of ``patterns_only``: default code kept when armed forces do it
    unread: frozenset[str] = frozenset()  # verbs not read through the dictionary at all
    own_patterns: frozenset[str] = frozenset()  # verbs that take no pattern written for another verb of their block

    @classmethod
    def parse(cls, table: dict[str, Any], types: tuple[str, ...]) -> CameoReading:
        """The reading of a ``[cameo]`` table; ValueError naming what is wrong."""
        known = {
            "patterns_only",
            "retype",
            "predicates",
            "target_preps",
            "reciprocal",
            "armed_senses",
            "unread",
            "own_patterns",
        }
        unknown = set(table) - known
        if unknown:
            raise ValueError(f"[cameo]: unknown keys {sorted(unknown)}; known: {sorted(known)}")
        retype = dict(table.get("retype", {}))
        named = [*retype.values(), *table.get("target_preps", {}), *table.get("reciprocal", [])]
        named += [k for k in table.get("predicates", {}) if not k.isdigit()]
        wrong = sorted({t for t in named if t not in types})
        if wrong:
            raise ValueError(f"[cameo]: {', '.join(wrong)} is not a PLOVER type")
        return cls(
            frozenset(table.get("patterns_only", [])),
            retype,
            dict(table.get("predicates", {})),
            {k: tuple(v) for k, v in table.get("target_preps", {}).items()},
            frozenset(table.get("reciprocal", [])),
            frozenset(table.get("armed_senses", [])),
            frozenset(table.get("unread", [])),
            frozenset(table.get("own_patterns", [])),
        )

    def predicate(self, coding: Coding) -> str | None:
        """The predicate of a CAMEO-coded claim: by the longest listed prefix of its code, else by its type."""
        for end in range(len(coding.cameo), 1, -1):
            found = self.predicates.get(coding.cameo[:end])
            if found is not None:
                return found
        return self.predicates.get(coding.event_type)


@dataclass(frozen=True)
class CameoVerb:
    code: str | None  # the default code; None: the verb codes only through a pattern
    reverse: bool
    blocks: tuple[int, ...]


class CameoDictionary:
    """Lookups in the compiled dictionary; synonym-set names in pattern slots are expanded here."""

    def __init__(self, data: dict[str, Any], extra_synonyms: dict[str, list[str]] | None = None) -> None:
        self.notice: str = data["notice"]
        self._codes: dict[str, list[str | None]] = data["codes"]
        self._synsets: dict[str, list[str]] = dict(data["synsets"])
        for name, words in (extra_synonyms or {}).items():
            self._synsets[name] = list(dict.fromkeys([*self._synsets.get(name, []), *words]))
        self._raw_blocks: list[dict[str, Any]] = data["blocks"]
        self._blocks: dict[int, tuple[CompiledPattern, ...]] = {}  # compiled at first use: most are never needed
        self._indexed: dict[str, VerbPatterns] = {}
        self._verbs = {
            name: CameoVerb(v["code"], v["reverse"], tuple(v["blocks"])) for name, v in data["verbs"].items()
        }

    def verb(self, key: str) -> CameoVerb | None:
        """The entry of a verb lemma, or of a lemma and its particle ("call off")."""
        return self._verbs.get(key)

    def patterns(self, key: str) -> tuple[CompiledPattern, ...]:
        """The patterns of the verb's blocks written for it, or for the whole block."""
        return self.indexed(key).patterns

    def indexed(self, key: str) -> VerbPatterns:
        """The verb's patterns, indexed by their words (built once per verb)."""
        found = self._indexed.get(key)
        if found is None:
            entry = self._verbs.get(key)
            blocks = entry.blocks if entry is not None else ()
            chosen = tuple(p for b in blocks for p in self.block(b) if not p.pattern.verbs or key in p.pattern.verbs)
            found = self._indexed[key] = VerbPatterns(chosen)
        return found

    def block(self, number: int) -> tuple[CompiledPattern, ...]:
        """The patterns of one verb block, their synonym-set names expanded (compiled once)."""
        found = self._blocks.get(number)
        if found is None:
            found = self._blocks[number] = tuple(
                CompiledPattern.of(
                    Pattern(p["code"], p["reverse"], self._slots(p["before"]), self._slots(p["after"]), p["target"],
                            tuple(p["verbs"]), tuple(p.get("named", ())), p.get("mutual", False))
                )
                for p in self._raw_blocks[number]["patterns"]
            )  # fmt: skip
        return found

    def _slots(self, raw: list[list[str]]) -> tuple[tuple[str, ...], ...]:
        synsets = self._synsets
        return tuple(tuple(w for alt in slot for w in (synsets.get(alt, []) if alt.startswith("&") else [alt]))
                     for slot in raw)  # fmt: skip

    def coding(self, code: str | None) -> Coding | None:
        """The PLOVER type, mode and context of a CAMEO code (or of its nearest listed parent), or None."""
        key = code or ""
        while key and key not in self._codes:
            key = key[:-1]
        if not key or self._codes[key][0] is None:
            return None
        kind, mode, context = self._codes[key]
        return Coding(code or key, str(kind), mode, context)

    def __len__(self) -> int:
        return len(self._verbs)


@lru_cache(maxsize=1)
def cameo_dictionary() -> CameoDictionary:
    """The dictionary shipped with graphkit, loaded once per process."""
    text = resources.files("graphkit.vocabulary").joinpath(CAMEO_FILE).read_text("utf-8")
    return CameoDictionary(json.loads(text), {name: list(words) for name, words in OWN_SYNONYMS.items()})

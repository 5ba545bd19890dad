"""What extraction asks of a Doc again and again, computed once per Doc: the entity each token is part of, the
sentence each token is in, and runs of like candidates for the pronoun rule.

Through spaCy each of these costs time in proportion to the Doc or the sentence at every call (``doc.ents``
rebuilds every entity span, ``token.sent`` walks to the sentence's ends), so over one long sentence the calls
added up to time that grew with the square of its length. Here a lookup is a list index or a binary search.

>>> from spacy.tokens import Doc, Span
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Iran", "told", "the", "United", "States", "it", "would", "act"])
>>> doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 5, "GPE")]
>>> index = doc_index(doc)
>>> index.entity(4), index.entity(1)
((3, 5, 'GPE'), None)
>>> index is doc_index(doc)  # built once per Doc
True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar, cast

import numpy
from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
Trim = Callable[[Span], Span | None]
Candidate = tuple[int, int, str, str]  # start, end (tokens), NER label, text of an actor entity


@dataclass(frozen=True)
class Runs:
    """Candidates that pass a test, in text order, with where each one's run of like names begins."""

    items: list[Candidate]
    starts: list[int]  # the candidates' first tokens, ascending (entities never overlap) ...
    ends: list[int]  # ... and their ends, ascending too
    run_start: list[int]  # run_start[j]: the first position of the run of equal names that ends at j

    def between(self, first: int, stop: int, end: int) -> tuple[int, int]:
        """Positions ``[low, high)`` of the candidates starting in ``[first, stop)`` and ending by ``end``."""
        return bisect_left(self.starts, first), min(bisect_left(self.starts, stop), bisect_right(self.ends, end))

    def only_name(self, low: int, high: int) -> Candidate | None:
        """The last candidate of positions ``[low, high)`` if all of them share one name, else None."""
        return self.items[high - 1] if high > low and self.run_start[high - 1] <= low else None


class DocIndex:
    """The index of one Doc; build it with ``doc_index``, which keeps the last one."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents = [(ent.start, ent.end, ent.label_, "\n" in ent.text) for ent in doc.ents]
        self.owner = [-1] * len(doc)  # token -> position of its entity in ents
        for n, (start, end, _, _) in enumerate(self.ents):
            self.owner[start:end] = [n] * (end - start)
        self._trimmed: dict[int, tuple[int, int] | None] = {}
        self._candidates: dict[frozenset[str], list[Candidate]] = {}
        self._runs: dict[Hashable, Runs] = {}
        self._memo: dict[Hashable, object] = {}

    @cached_property
    def sentence_start(self) -> list[int]:
        """Token -> the first token of its sentence (``token.sent.start``)."""
        starts = [0] * len(self.doc)
        for sentence in self.doc.sents:
            starts[sentence.start : sentence.end] = [sentence.start] * len(sentence)
        return starts

    def positions(self, attr: str, values: frozenset[str]) -> list[int]:
        """The tokens whose ``attr`` ("POS", "LEMMA" ...) is one of ``values``, in order: read from the Doc's
        array, without making a Token of every word."""
        key = ("positions", attr, values)
        if key not in self._memo:
            self._memo[key] = value_positions(self.doc, attr, values)
        return cast(list[int], self._memo[key])

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per ``key`` for this Doc."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(T, self._memo[key])

    def trimmed(self, n: int, trim: Trim) -> tuple[int, int] | None:
        """The token range of entity ``n`` after ``trim``, or None when nothing is left (computed once)."""
        if n not in self._trimmed:
            start, end, _, _ = self.ents[n]
            span = trim(self.doc[start:end])
            self._trimmed[n] = (span.start, span.end) if span is not None else None
        return self._trimmed[n]

    def ent(self, i: int) -> tuple[int, int, str] | None:
        """``(start, end, label)`` of the named entity token ``i`` is part of (``doc.ents``), or None."""
        n = self.owner[i]
        return None if n < 0 else self.ents[n][:3]

    def entity(self, i: int, trim: Trim | None = None) -> tuple[int, int, str] | None:
        """``(start, end, label)`` of the entity token ``i`` is part of (trimmed, if ``trim``), or None; an entity
        that spans lines is NER noise and none."""
        n = self.owner[i]
        if n < 0 or self.ents[n][3]:
            return None
        start, end, label, _ = self.ents[n]
        if trim is None:
            return start, end, label
        kept = self.trimmed(n, trim)
        return None if kept is None else (*kept, label)

    def candidates(self, labels: frozenset[str], trim: Trim) -> list[Candidate]:
        """The entities with one of ``labels``, trimmed, that have a letter, in text order (computed once)."""
        if labels not in self._candidates:
            found = []
            for n, (_, _, label, multiline) in enumerate(self.ents):
                kept = self.trimmed(n, trim) if label in labels and not multiline else None
                if kept is not None and any(ch.isalpha() for ch in self.doc[kept[0] : kept[1]].text):  # "U.S." too
                    found.append((*kept, label, self.doc[kept[0] : kept[1]].text))
            self._candidates[labels] = found
        return self._candidates[labels]

    def runs(
        self,
        key: Hashable,
        candidates: list[Candidate],
        keep: Callable[[Candidate], bool],
        name: Callable[[Candidate], str],
    ) -> Runs:
        """The ``candidates`` that ``keep`` accepts, with runs of equal ``name``; computed once per ``key``."""
        if key not in self._runs:
            items = [c for c in candidates if keep(c)]
            run_start: list[int] = []
            for j, item in enumerate(items):
                same = j > 0 and name(items[j - 1]) == name(item)
                run_start.append(run_start[j - 1] if same else j)
            self._runs[key] = Runs(items, [c[0] for c in items], [c[1] for c in items], run_start)
        return self._runs[key]


_last: tuple[Doc, DocIndex] | None = None


def tokens_with(doc: Doc, attr: str, values: frozenset[str]) -> Iterator[Token]:
    """The tokens of ``doc`` whose ``attr`` is one of ``values`` (see ``DocIndex.positions``)."""
    return (doc[i] for i in doc_index(doc).positions(attr, values))


def doc_index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built at its first use; the index of the Doc used last is kept."""
    global _last
    last = _last
    if last is not None and last[0] is doc:
        return last[1]
    index = DocIndex(doc)
    _last = (doc, index)
    return index


def value_positions(doc: Doc, attr: str, values: frozenset[str]) -> list[int]:
    """The indices of the tokens whose ``attr`` is one of ``values``, read from the Doc's array as it is now. A few
    values are compared at once (``numpy.isin`` costs more than the comparison for so few)."""
    column = doc.to_array(attr)
    wanted = numpy.array([doc.vocab.strings[v] for v in values], dtype=column.dtype)
    return numpy.flatnonzero((column[:, None] == wanted[None, :]).any(axis=1)).tolist()

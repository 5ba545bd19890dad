"""spaCy's attribute ruler with its one-token rules answered from memory: the same attributes, faster.

The English pipelines' attribute ruler maps each fine tag to a part of speech and morphology, and corrects
a few words ("was" takes the lemma "be"), through some 180 Matcher patterns tried at every token: 2 s of a
20 s parse of 600 Reuters articles. Its patterns test a token's tag, word, dependency and whitespace, and
nearly all look at one token only. ``RememberedAttributes`` answers each test once per combination of those
values, finds the few longer patterns from the answers, leaves any rule it cannot read to a Matcher, and
applies the results in the ruler's order: a later rule wins, as in spaCy. A ruler of another kind stays as
it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, POS  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

REMEMBERED = "graphkit_attributes"
SPACY_RULER = "attribute_ruler"
STRING_FEATURES = ("TAG", "LOWER", "DEP", "ORTH", "NORM")  # a one-token rule may test these ...
FLAG_FEATURES = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")  # ... and these
IN_ARRAYS = (POS, MORPH, LEMMA)  # set for a whole Doc at once; any other attribute token by token
Setting = tuple[tuple[int, int], ...]  # (attribute id, value), the attributes a rule sets
Reading = tuple[tuple[int, ...], frozenset[int]]  # a token's one-token rules, and the run tests it passes
MAX_REMEMBERED = 200_000  # feature values remembered before starting afresh


class Feature:
    """One attribute the one-token rules test, with what they test it against.

    Its values fall in classes that every rule treats alike: a value some rule names is its own class,
    any other is classed by which of the rules' regular expressions it matches.
    """

    def __init__(self, name: str, specs: list[Any]) -> None:
        self.name = name
        self.id = IDS[name]
        self.flag = name in FLAG_FEATURES
        self.named = {str(v) for s in specs for v in named_values(s)}
        self.regexes = [re.compile(s["REGEX"]) for s in specs if isinstance(s, dict) and "REGEX" in s]
        self.classes: dict[int, object] = {}

    def class_of(self, value: int, strings: Any) -> object:
        found = self.classes.get(value)
        if found is None:
            if self.flag:
                found = bool(value)
            else:
                text = strings[value]
                found = text if text in self.named else tuple(bool(r.search(text)) for r in self.regexes)
            self.classes[value] = found
        return found


def named_values(spec: Any) -> list[Any]:
    if isinstance(spec, dict):
        return [v for op in ("IN", "NOT_IN") for v in spec.get(op, [])]
    return [spec]


def holds(spec: Any, value: Any) -> bool:
    """Whether a token's ``value`` (a string, or a bool for flags) satisfies a pattern's ``spec``."""
    if not isinstance(spec, dict):
        return value == spec
    return (
        ("IN" not in spec or value in spec["IN"])
        and ("NOT_IN" not in spec or value not in spec["NOT_IN"])
        and ("REGEX" not in spec or re.search(spec["REGEX"], value) is not None)
    )


def readable(patterns: Sequence[Sequence[dict[str, Any]]], index: int) -> bool:
    """Whether a rule's patterns are fixed runs of tokens with tests this module can answer."""
    return all(
        -len(pattern) <= index < len(pattern)
        and all(
            key in STRING_FEATURES + FLAG_FEATURES
            and (not isinstance(spec, dict) or set(spec) <= {"IN", "NOT_IN", "REGEX"})
            and (key not in FLAG_FEATURES or isinstance(spec, bool))
            for token in pattern
            for key, spec in token.items()
        )
        for pattern in patterns
    )


class RememberedAttributes:
    """Sets what ``ruler`` would set on a Doc."""

    def __init__(self, ruler: AttributeRuler) -> None:
        rules: list[dict[str, Any]] = list(ruler.patterns)  # in the ruler's order, which is the order they apply in
        self.settings: list[Setting] = [tuple(ruler.attrs[i].items()) for i in range(len(rules))]
        self.indices = list(ruler.indices)
        self.tests: list[dict[str, Any]] = []  # every token test of the rules read here, once
        self.single: list[tuple[int, int]] = []  # (rule, test) of one-token patterns
        self.runs: list[tuple[int, list[int]]] = []  # (rule, tests) of longer patterns
        self.others = Matcher(ruler.vocab)  # the rules this module cannot read
        for i, rule in enumerate(rules):
            if not readable(rule["patterns"], rule["index"]):
                self.others.add(str(i), rule["patterns"])
                continue
            for pattern in rule["patterns"]:
                tests = [self.test_id(token) for token in pattern]
                if len(tests) == 1:
                    self.single.append((i, tests[0]))
                else:
                    self.runs.append((i, tests))
        self.run_starts = {tests[0] for _, tests in self.runs}
        self.run_tests = {t for _, tests in self.runs for t in tests}
        specs: dict[str, list[Any]] = {}
        for test in self.tests:
            for key, spec in test.items():
                specs.setdefault(key, []).append(spec)
        self.features = [Feature(name, found) for name, found in specs.items()]
        self.by_classes: dict[tuple[object, ...], Reading] = {}
        self.by_values: dict[tuple[int, ...], Reading] = {}
        self.applied: dict[tuple[int, ...], tuple[dict[int, int], dict[int, int]]] = {}

    def test_id(self, token: dict[str, Any]) -> int:
        if token not in self.tests:
            self.tests.append(token)
        return self.tests.index(token)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        values = doc.to_array([f.id for f in self.features]) if self.features else numpy.zeros((len(doc), 0), int)
        readings = [self.reading(tuple(row), strings) for row in values.tolist()]
        hits = [list(rules) for rules, _ in readings]
        for start, (_, held) in enumerate(readings):
            if held & self.run_starts:
                for rule, tests in self.runs:
                    end = start + len(tests)
                    if end <= len(doc) and all(t in readings[start + k][1] for k, t in enumerate(tests)):
                        hits[range(start, end)[self.indices[rule]]].append(rule)
        if len(self.others):
            for key, start, end in self.others(doc, allow_missing=True, as_spans=False):
                rule = int(strings[key])
                hits[range(start, end)[self.indices[rule]]].append(rule)
        arrays = doc.to_array(list(IN_ARRAYS))
        for position, rules in enumerate(hits):
            if rules:
                in_arrays, one_by_one = self.apply(tuple(sorted(rules)))
                for column, attr in enumerate(IN_ARRAYS):
                    if attr in in_arrays:
                        arrays[position, column] = in_arrays[attr]
                if one_by_one:
                    set_token_attrs(doc[position], one_by_one)
        doc.from_array(list(IN_ARRAYS), arrays)  # type: ignore[arg-type]  # spaCy's arrays, typed as floats
        return doc

    def reading(self, row: tuple[int, ...], strings: Any) -> Reading:
        """The one-token rules that match a token with these feature values, in order, and the tests of
        longer patterns that it passes."""
        found = self.by_values.get(row)
        if found is None:
            if len(self.by_values) > MAX_REMEMBERED:  # words are many: keep the memory bounded
                self.by_values.clear()
            classes = tuple(f.class_of(v, strings) for f, v in zip(self.features, row, strict=True))
            found = self.by_classes.get(classes)
            if found is None:
                token = {f.name: (bool(v) if f.flag else strings[v]) for f, v in zip(self.features, row, strict=True)}
                passed = {
                    t for t, test in enumerate(self.tests) if all(holds(spec, token[k]) for k, spec in test.items())
                }
                rules = tuple(sorted({rule for rule, test in self.single if test in passed}))
                found = self.by_classes[classes] = (rules, frozenset(passed & self.run_tests))
            self.by_values[row] = found
        return found

    def apply(self, rules: tuple[int, ...]) -> tuple[dict[int, int], dict[int, int]]:
        """What ``rules`` set when applied in order, split into the array attributes and the others."""
        found = self.applied.get(rules)
        if found is None:
            final: dict[int, int] = {}
            for rule in rules:
                final.update(self.settings[rule])
            in_arrays = {a: v for a, v in final.items() if a in IN_ARRAYS}
            found = self.applied[rules] = (in_arrays, {a: v for a, v in final.items() if a not in IN_ARRAYS})
        return found


@Language.factory(REMEMBERED)
def remembered_attributes(nlp: Language, name: str) -> RememberedAttributes:
    ruler = nlp.get_pipe(SPACY_RULER)
    assert isinstance(ruler, AttributeRuler)
    return RememberedAttributes(ruler)


def remember_attributes(nlp: Language) -> None:
    """Put ``RememberedAttributes`` in the place of spaCy's attribute ruler, when there is one."""
    if SPACY_RULER in nlp.pipe_names and type(nlp.get_pipe(SPACY_RULER)) is AttributeRuler:
        nlp.add_pipe(REMEMBERED, after=SPACY_RULER)
        nlp.disable_pipe(SPACY_RULER)

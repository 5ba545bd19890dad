"""The predicates are data (predicates.toml): every one says itself in plain English, in every polarity and modality."""

from __future__ import annotations

import pytest

from graphkit.extract.lexicon import default_lexicon
from graphkit.vocabulary import event_types, predicate_entry, predicate_phrase, predicates

POLARITIES = ("positive", "negative")
MODALITIES = ("actual", "intended", "possible")


@pytest.mark.parametrize(
    ("predicate", "polarity", "modality", "phrase"),
    [
        ("supplies", "positive", "actual", "supplies"),
        ("supplies", "negative", "actual", "does not supply"),
        ("supplies", "positive", "intended", "intends to supply"),
        ("supplies", "negative", "intended", "does not intend to supply"),
        ("supplies", "positive", "possible", "may supply"),
        ("supplies", "negative", "possible", "may not supply"),
        ("withdraws_from", "negative", "actual", "does not withdraw from"),
        ("protests_against", "positive", "actual", "protests against"),
        ("calls_on", "positive", "intended", "intends to call on"),
        ("meets", "positive", "actual", "meets with"),
        ("criticizes", "negative", "possible", "may not criticize"),
        ("holds_role", "negative", "actual", "does not hold a role serving"),
        ("member_of", "positive", "actual", "is a member of"),
        ("member_of", "negative", "actual", "is not a member of"),
        ("located_in", "positive", "possible", "may be located in"),
        ("belongs_to", "negative", "intended", "does not intend to belong to"),
    ],
)
def test_a_claim_is_said_in_plain_english(predicate, polarity, modality, phrase):
    assert predicate_phrase(predicate, polarity, modality) == phrase


def test_every_predicate_has_six_distinct_phrases_without_snake_case():
    for entry in predicates():
        phrases = {predicate_phrase(entry.name, p, m) for p in POLARITIES for m in MODALITIES}
        assert len(phrases) == 6, entry.name
        assert all("_" not in phrase and phrase == phrase.strip() and "  " not in phrase for phrase in phrases)
        assert predicate_phrase(entry.name).startswith(entry.present)


def test_predicates_carry_their_plover_type_and_the_lexicon_agrees():
    assert len({p.name for p in predicates()}) == len(predicates())
    assert {p.event_type for p in predicates()} - {None} == set(event_types())
    assert predicate_entry("holds_role").event_type is None
    for relation in default_lexicon().relations:
        assert predicate_entry(relation.predicate).event_type == relation.event_type, relation.predicate


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("hugs",), "not one of graphkit's predicates"),
        (("supplies", "maybe"), "polarity must be one of"),
        (("supplies", "positive", "certain"), "modality must be one of"),
    ],
)
def test_an_unknown_predicate_polarity_or_modality_is_named(args, error):
    with pytest.raises(ValueError, match=error):
        predicate_phrase(*args)

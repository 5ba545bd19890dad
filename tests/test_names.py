"""People's names kept whole, on Docs built by hand so a model upgrade cannot change the input."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.extract.names import repair_names


def doc(words: list[str], spaces: list[bool], ents: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, ents=ents)


def names(d: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in repair_names(d).ents]


def test_hyphen_joined_given_name_stays_whole():
    d = doc(["Chilean", "President", "Park", "Min", "-", "jun", "resigned", "."],
            [True, True, True, False, False, True, False, False],
            ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])  # fmt: skip
    assert names(d) == [("Chilean", "NORP"), ("Park Min-jun", "PERSON")]


def test_particle_before_a_surname_is_part_of_it():
    d = doc(["Minister", "Faisal", "al", "-", "Rashidi", "left"], [True, True, False, False, True, False],
            ["O", "B-PERSON", "O", "O", "B-PERSON", "O"])  # fmt: skip
    assert ("al-Rashidi", "PERSON") in names(d)


def test_a_titled_name_ner_called_an_organization_is_a_person():
    d = doc(["Premier", "Tomas", "Velkovar", "visited", "Oslo"], [True, True, True, True, False],
            ["O", "B-ORG", "I-ORG", "O", "B-GPE"])  # fmt: skip
    assert names(d) == [("Tomas Velkovar", "PERSON"), ("Oslo", "GPE")]


def test_an_organization_after_a_title_word_that_is_no_name_stays():
    d = doc(["President", "of", "the", "Red", "Cross"], [True, True, True, True, False],
            ["O", "O", "O", "B-ORG", "I-ORG"])  # fmt: skip
    assert names(d) == [("Red Cross", "ORG")]
    d = doc(["Chairman", "ACME", "Holdings", "said"], [True, True, True, False], ["O", "B-ORG", "I-ORG", "O"])
    assert names(d) == [("ACME Holdings", "ORG")]  # capitals, not a personal name


def test_spaced_dash_is_not_a_join():
    d = doc(["Anna", "Berg", "-", "the", "envoy"], [True, True, True, True, False],
            ["B-PERSON", "I-PERSON", "O", "O", "O"])  # fmt: skip
    assert names(d) == [("Anna Berg", "PERSON")]

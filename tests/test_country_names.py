"""Country names the entity recognizer missed are tagged by the parser's own step (nlp/country_names.py).

Hand-built Docs stand for what the model leaves untagged; the compiled table is checked against canon's names.
"""

from __future__ import annotations

from importlib import resources

import pytest

from docs import make_doc
from graphkit.canon.countries import standalone_source, standalone_table
from graphkit.nlp.country_names import NAMES_FILE, country_names, tag_country_names


def tagged(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in tag_country_names(make_doc(spec)).ents]


def test_an_untagged_country_at_the_start_of_a_sentence_becomes_a_place():
    spec = "Chile/PROPN/nsubj/1 sent/VERB/ROOT/1 aid/NOUN/dobj/1 to/ADP/prep/1 Peru/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    assert tagged(spec) == [("Chile", "GPE"), ("Peru", "GPE")]


def test_an_untagged_demonym_becomes_a_nationality_and_a_title_after_it_stays_out():
    somali = "Somali/ADJ/amod/2 opposition/NOUN/compound/2 leaders/NOUN/nsubj/3 agreed/VERB/ROOT/3 ./PUNCT/punct/3"
    titled = (
        "Bahraini/ADJ/amod/2 Prime/PROPN/compound/2 Minister/PROPN/compound/3 Khalifa/PROPN/nsubj/4/B-PERSON "
        "spoke/VERB/ROOT/4 ./PUNCT/punct/4"
    )
    assert tagged(somali) == [("Somali", "NORP")]
    assert tagged(titled) == [("Bahraini", "NORP"), ("Khalifa", "PERSON")]


def test_a_leading_the_is_left_out_of_a_country_of_two_words():
    spec = "The/DET/det/2 Czech/PROPN/compound/2 Republic/PROPN/nsubj/3 protested/VERB/ROOT/3 ./PUNCT/punct/3"
    assert tagged(spec) == [("Czech Republic", "GPE")]


def test_a_country_inside_a_longer_name_stays_untagged():
    charity = "Israel/PROPN/compound/2 Flying/PROPN/compound/2 Aid/PROPN/nsubj/3 helped/VERB/ROOT/3 ./PUNCT/punct/3"
    after_a_word = (
        "a/DET/det/2 Free/PROPN/compound/2 Cuba/PROPN/pobj/3 committee/NOUN/nsubj/4 met/VERB/ROOT/4 ./PUNCT/punct/4"
    )
    assert tagged(charity) == [] and tagged(after_a_word) == []


def test_a_number_after_a_country_is_no_part_of_its_name():
    spec = (
        "Chile/PROPN/nsubj/1/B-GPE gave/VERB/ROOT/1 Peru/PROPN/dative/1 5/NUM/compound/4/B-MONEY "
        "million/NUM/nummod/5/I-MONEY dollars/NOUN/dobj/1/I-MONEY ./PUNCT/punct/1"
    )
    assert ("Peru", "GPE") in tagged(spec)


def test_what_the_recognizer_found_is_kept():
    spec = "Georgia/PROPN/nsubj/1/B-PERSON sang/VERB/ROOT/1 ./PUNCT/punct/1"
    assert tagged(spec) == [("Georgia", "PERSON")]


def test_lower_case_words_are_no_country():
    spec = "turkey/NOUN/nsubj/1 was/AUX/ROOT/1 served/VERB/acomp/1 ./PUNCT/punct/1"
    assert tagged(spec) == []


@pytest.mark.skipif(
    resources.files("graphkit.nlp").joinpath(NAMES_FILE).read_text(encoding="utf-8").splitlines()[0]
    != standalone_source(),
    reason="the installed pycountry or countryinfo is not the one the shipped name table was compiled from",
)
def test_shipped_name_table_is_what_canon_makes():
    assert resources.files("graphkit.nlp").joinpath(NAMES_FILE).read_text(encoding="utf-8") == standalone_table()
    names = country_names()
    assert names["peru"] == "GPE" and names["peruvians"] == "NORP" and "lima" not in names and "usa" not in names
    # the curated names of aliases.toml [countries] that are a country's name, not its capital or seat
    assert names["turkiye"] == "GPE" and "ankara" not in names and "kremlin" not in names
    # the demonyms of aliases.toml [demonyms], which no country library has, are nationalities
    assert names["tajik"] == "NORP" and names["kazakhs"] == "NORP"


def test_a_demonym_taken_for_a_name_before_a_noun_or_title_is_a_nationality():
    farmers = "Moldovan/PROPN/compound/1/B-PERSON farmers/NOUN/nsubj/2 marched/VERB/ROOT/2 ./PUNCT/punct/2"
    titled = (
        "Nigerien/PROPN/compound/1/B-ORG President/PROPN/compound/2 Ana/PROPN/nsubj/3/B-PERSON "
        "spoke/VERB/ROOT/3 ./PUNCT/punct/3"
    )
    assert tagged(farmers) == [("Moldovan", "NORP")]
    assert tagged(titled) == [("Nigerien", "NORP"), ("Ana", "PERSON")]


def test_a_demonym_that_is_a_name_of_its_own_keeps_its_label():
    alone = "Moldovan/PROPN/nsubj/1/B-PERSON sang/VERB/ROOT/1 ./PUNCT/punct/1"
    surname = "Ana/PROPN/compound/1/B-PERSON Moldovan/PROPN/nsubj/2/I-PERSON sang/VERB/ROOT/2 ./PUNCT/punct/2"
    assert tagged(alone) == [("Moldovan", "PERSON")]
    assert tagged(surname) == [("Ana Moldovan", "PERSON")]


def test_a_country_taken_for_a_body_is_the_country_and_one_taken_for_a_person_only_where_it_is_a_place():
    placed = (
        "Rebels/NOUN/nsubj/1 raided/VERB/ROOT/1 a/DET/det/3 village/NOUN/dobj/1 in/ADP/prep/3 Chad/PROPN/poss/8/B-ORG "
        "'s/PART/case/5 Lac/PROPN/compound/8/B-LOC region/NOUN/pobj/4 ./PUNCT/punct/1"
    )
    assert ("Chad", "GPE") in tagged(placed)
    acting = "Chad/PROPN/poss/2/B-ORG 's/PART/case/0 army/NOUN/nsubj/3 left/VERB/ROOT/3 ./PUNCT/punct/3"
    assert tagged(acting) == [("Chad", "GPE")]  # a country's whole name is no body's, wherever it is
    person = "Chad/PROPN/poss/2/B-PERSON 's/PART/case/0 brother/NOUN/nsubj/3 left/VERB/ROOT/3 ./PUNCT/punct/3"
    assert tagged(person) == [("Chad", "PERSON")]  # not where something is: a person's name may be his


def test_a_country_taken_for_a_person_in_a_sentence_of_states_is_the_country():
    states = (
        "Chad/PROPN/nsubj/1/B-PERSON massed/VERB/ROOT/1 tanks/NOUN/dobj/1 near/ADP/prep/1 its/PRON/poss/5 "
        "border/NOUN/pobj/3 ./PUNCT/punct/1"
    )
    assert tagged(states) == [("Chad", "GPE")]  # "its" border: a state's
    accused = (
        "Armenia/PROPN/nsubj/1/B-GPE accused/VERB/ROOT/1 Azerbaijan/PROPN/dobj/1/B-PERSON of/ADP/prep/1 "
        "lying/VERB/pcomp/3 ./PUNCT/punct/1"
    )
    assert tagged(accused) == [("Armenia", "GPE"), ("Azerbaijan", "GPE")]  # beside another country
    body = "Mali/PROPN/poss/2/B-PERSON 's/PART/case/0 junta/NOUN/nsubj/3 resigned/VERB/ROOT/3 ./PUNCT/punct/3"
    assert tagged(body) == [("Mali", "GPE")]  # a body it owns; not "Chad's brother" (above)
    bearer = (
        "Michael/PROPN/compound/1/B-PERSON Jordan/PROPN/nsubj/2/I-PERSON met/VERB/ROOT/2 Peru/PROPN/dobj/2/B-GPE "
        "and/CCONJ/cc/2 Jordan/PROPN/nsubj/6/B-PERSON praised/VERB/conj/2 its/PRON/poss/8 team/NOUN/dobj/6 "
        "./PUNCT/punct/2"
    )
    assert ("Jordan", "PERSON") in tagged(bearer)  # the name a person of the text bears


def test_a_country_s_name_taken_with_its_possessive_ending_for_a_person_s_is_the_country():
    spec = (
        "Sri/PROPN/compound/1/B-PERSON Lanka/PROPN/poss/3/I-PERSON 's/PART/case/1/I-PERSON president/NOUN/nsubj/4 "
        "visited/VERB/ROOT/4 India/PROPN/dobj/4/B-GPE ./PUNCT/punct/4"
    )
    assert tagged(spec) == [("Sri Lanka", "GPE"), ("India", "GPE")]
    place = spec.replace("B-PERSON", "B-GPE").replace("I-PERSON", "I-GPE")  # a place's name with the ending
    assert tagged(place) == [("Sri Lanka", "GPE"), ("India", "GPE")]
    person = "Ana/PROPN/compound/1/B-PERSON Sosa/PROPN/poss/3/I-PERSON 's/PART/case/1/I-PERSON son/NOUN/nsubj/4 "
    assert tagged(person + "sang/VERB/ROOT/4 ./PUNCT/punct/4") == [("Ana Sosa's", "PERSON")]

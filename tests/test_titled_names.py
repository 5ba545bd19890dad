"""Names the entity recognizer missed after a title ("President Ruto") are people; nothing NER found changes."""

from __future__ import annotations

import graphkit
from graphkit.nlp import load_model
from graphkit.nlp.titled_names import TITLED_NAMES


def people(text: str, with_component: bool = True) -> list[str]:
    nlp = load_model()
    if with_component:
        doc = nlp(text)
    else:
        with nlp.select_pipes(disable=[TITLED_NAMES]):
            doc = nlp(text)
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_proper_noun_after_a_title_is_a_person():
    text = "President Ruto has threatened to ban two opposition candidates."
    assert people(text, with_component=False) == []  # the recognizer alone misses him
    assert people(text) == ["Ruto"]


def test_a_title_after_a_title_is_no_name():
    assert people("The Secretary General spoke to the Security Council on Monday.") == []


def test_what_the_recognizer_found_is_kept_as_it_was():
    text = "Prime Minister Wekesa met UN Secretary General Antonio Guterres in Nairobi."
    assert people(text) == people(text, with_component=False) == ["Wekesa", "Antonio Guterres"]


def test_the_untagged_name_makes_the_claim():
    records = graphkit.extract_claims("President Ruto has threatened to expel the Ugandan ambassador.")
    assert any(c["subject"]["text"] == "Ruto" and c["event_type"] == "THREATEN" for c in records)


def test_a_title_the_recognizer_took_for_a_name_before_a_name_is_a_title():
    text = "Kuwait's Emir Sheikh Sabah al-Ahmad al-Sabah received the Iraqi foreign minister."
    assert people(text, with_component=False) == ["Emir Sheikh", "Sabah al-Ahmad al-Sabah"]  # the title a person
    assert people(text) == ["Sabah al-Ahmad al-Sabah"]
    records = graphkit.extract_claims(text)
    assert any(c["subject"]["text"] == "Sabah al-Ahmad al-Sabah" and c["subject"]["country"] == "KWT" for c in records)


def roles_held(text: str) -> list[tuple[str, str, str]]:
    return [
        (c["subject"]["label"], c["theme"], c["object"]["id"])
        for c in graphkit.extract_claims([text])
        if c["predicate"] == "holds_role"
    ]


def test_a_title_whose_of_names_a_body_serves_it_and_a_states_body_serves_the_state():
    text = "Police arrested Tomas Varga, a leader of Hamas, on Monday."
    assert roles_held(text) == [("Tomas Varga", "Leader", "org/hamas")]
    text = "Tomas Varga, spokesman for Hezbollah, denied the report on Monday."
    assert roles_held(text) == [("Tomas Varga", "Spokesman", "org/hezbollah")]
    text = "Federal Reserve chairman Tomas Varga met Chinese officials on Monday."
    assert roles_held(text) == [("Tomas Varga", "Federal Reserve Chairman", "country/USA")]  # a state's body
    text = "International Criminal Court prosecutor Tomas Varga met Chilean officials on Monday."
    assert roles_held(text) == [
        ("Tomas Varga", "International Criminal Court Prosecutor", "org/international-criminal-court")
    ]
    assert roles_held("Foreign Ministry spokesman Tomas Varga criticized Israel on Monday.") == []  # whose ministry?
    text = "Tomas Varga, the UN envoy for Syria, met Iranian officials on Monday."
    assert roles_held(text) == [("Tomas Varga", "UN Envoy", "org/united-nations")]  # not Syria, what it is about
    text = "Juan Ortega, the head of Venezuela's National Assembly, met Chilean diplomats on Monday."
    assert roles_held(text) == [("Juan Ortega", "Head", "country/VEN")]
    text = "Hamas spokesman Ahmad Rahimi denied the report on Monday."
    assert roles_held(text) == [("Ahmad Rahimi", "Hamas Spokesman", "org/hamas")]


def test_a_headline_in_title_case_gives_no_role():
    # its capitalized verb and nouns read as a name after the title: "Slams Chinese Steel", "Tours"
    assert roles_held("EU Trade Chief Slams Chinese Steel Dumping") == []
    assert roles_held("UN Aid Chief Tours Flooded Villages in Southern Chad") == []
    assert roles_held("UN aid chief Tomas Varga toured flooded villages in southern Chad on Monday.") == [
        ("Tomas Varga", "UN Aid Chief", "org/united-nations")
    ]


def test_a_name_after_of_and_a_title_is_a_person():
    # "of" alone opens no body's name: "the resignation of President Ruto" names him ("of the General Assembly" does)
    text = "Opposition parties demanded the resignation of President Ruto over the tax bill."
    assert people(text, with_component=False) == []  # the recognizer alone misses him
    assert people(text) == ["Ruto"]
    assert people("The envoy addressed a session of the General Assembly on Monday.") == []

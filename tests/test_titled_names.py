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

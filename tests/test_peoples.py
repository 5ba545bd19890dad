"""A people named with its country is one people of that country ("Iraqi Kurds"), on hand-built parses."""

from __future__ import annotations

from docs import make_doc
from graphkit.extract.peoples import join_peoples


def entities(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in join_peoples(make_doc(spec)).ents]


def test_a_country_s_demonym_before_a_people_joins_it():
    spec = "Moldovan/ADJ/amod/1/B-NORP Kurds/PROPN/nsubj/2/B-NORP protested|protest/VERB/ROOT/2 ./PUNCT/punct/2"
    assert entities(spec) == [("Moldovan Kurds", "NORP")]


def test_a_people_that_is_a_country_s_own_keeps_its_name():
    spec = (
        "Chilean/ADJ/amod/1/B-NORP Peruvians|Peruvian/PROPN/nsubj/2/B-NORP protested|protest/VERB/ROOT/2 "
        "./PUNCT/punct/2"
    )
    assert entities(spec) == [("Chilean", "NORP"), ("Peruvians", "NORP")]


def test_a_country_that_does_not_modify_the_people_is_not_joined():
    spec = (
        "In/ADP/prep/3 Moldova/PROPN/pobj/0/B-GPE Kurds/PROPN/nsubj/3/B-NORP protested|protest/VERB/ROOT/3 "
        "./PUNCT/punct/3"
    )
    assert entities(spec) == [("Moldova", "GPE"), ("Kurds", "NORP")]

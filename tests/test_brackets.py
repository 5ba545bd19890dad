"""Entities the recognizer ran into the opening bracket of a short name: cut into the name and the short name."""

from __future__ import annotations

from docs import make_doc
from graphkit.nlp import load_model
from graphkit.nlp.brackets import split_unclosed_brackets


def entities(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in split_unclosed_brackets(make_doc(spec)).ents]


def test_a_name_run_into_an_unclosed_bracket_is_cut_into_the_name_and_the_short_name():
    # "Chile thanked the Pan American Health Organization (PAHO) on Friday", the bracket inside the entity
    spec = (
        "Chile/PROPN/nsubj/1/B-GPE thanked|thank/VERB:VBD/ROOT/1 the/DET/det/6/B-ORG Pan/PROPN/compound/6/I-ORG "
        "American/PROPN/compound/6/I-ORG Health/PROPN/compound/6/I-ORG Organization/PROPN/compound/6/I-ORG "
        "(/PUNCT/punct/6/I-ORG PAHO/PROPN/dobj/1/I-ORG )/PUNCT/punct/1 on/ADP/prep/1 Friday/PROPN/pobj/9/B-DATE "
        "./PUNCT/punct/1"
    )
    assert entities(spec) == [
        ("Chile", "GPE"),
        ("the Pan American Health Organization", "ORG"),
        ("PAHO", "ORG"),
        ("Friday", "DATE"),
    ]


def test_a_name_with_both_brackets_or_none_is_left_as_it_is():
    closed = (
        "the/DET/det/3/B-ORG Andean/PROPN/compound/3/I-ORG Community/PROPN/compound/3/I-ORG "
        "(/PUNCT/punct/3/I-ORG CAN/PROPN/ROOT/3/I-ORG )/PUNCT/punct/3/I-ORG"
    )
    assert entities(closed) == [("the Andean Community ( CAN )", "ORG")]  # a hand-built Doc spaces every word
    plain = "the/DET/det/2/B-ORG Andean/PROPN/compound/2/I-ORG Community/PROPN/ROOT/2/I-ORG"
    assert entities(plain) == [("the Andean Community", "ORG")]


def test_the_pipeline_names_the_body_a_claim_is_about_not_the_bracket():
    # the small model runs this name into its bracket; the claim's object is the body canon knows
    doc = load_model()("Peru criticized the World Health Organization (WHO) on Monday.")
    assert ("the World Health Organization", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert all("(" not in e.text for e in doc.ents)

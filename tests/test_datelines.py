"""Wire credits and datelines ("TRIPOLI, Libya - ", "OSLO (Reuters) - ", "AFP - ") are parsed apart from the
story: no actor is made of a dateline's city or of an agency's name, and none runs into the story's first words.

The articles here are written for the test.
"""

from __future__ import annotations

import json

import pytest

import graphkit
from graphkit.nlp.chunks import dateline_length, split_text


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("TRIPOLI, Libya - Rival militias clashed.", "TRIPOLI, Libya - "),
        ("OSLO (Reuters) - Norway expelled two diplomats.", "OSLO (Reuters) - "),
        ("AFP - Chile recalled its envoy.", "AFP - "),
        ("Canadian Press - HALIFAX (CP) - The navy sailed.", "Canadian Press - HALIFAX (CP) - "),
        ("SAN JOSE, Costa Rica Oct. 3, 2004 -- Voters queued.", "SAN JOSE, Costa Rica Oct. 3, 2004 -- "),
        ("LIMA, Oct. 3, 2004 -- Peru recalled its envoy.", "LIMA, Oct. 3, 2004 -- "),
        ("QUITO, Nov 8: Ecuador closed the border.", "QUITO, Nov 8: "),
        ("Daily Gleaner - KINGSTON — Jamaica closed its ports.", "Daily Gleaner - KINGSTON — "),
        ("DHAKA (Bernama): Bangladesh recalled its envoy.", "DHAKA (Bernama): "),
        ("Ecuador said: the border stays closed.", ""),
        ("KENYA has asked Somalia for talks.", ""),
        ("UK - France talks resumed today.", ""),
        ("Peru - the report says - will act.", ""),
    ],
)
def test_the_dateline_is_the_opening_credit_and_city_only(text, dateline):
    assert text[: dateline_length(text)] == dateline


def test_the_dateline_is_a_part_of_its_own_and_offsets_cover_the_text():
    text = "OSLO (Reuters) - Norway expelled two diplomats.\n\nSweden did the same."
    parts = split_text(text, limit=40)
    assert parts[0] == (0, "OSLO (Reuters) - ")
    assert "".join(part for _, part in parts) == text
    assert all(text[start : start + len(part)] == part for start, part in parts)


def test_no_actor_is_made_of_a_dateline_or_a_credit(tmp_path):
    articles = [
        {"id": "d1", "text": "TRIPOLI, Libya - Egyptian warplanes bombed militia camps near Derna on Monday."},
        {"id": "d2", "text": "AFP - Chile recalled its ambassador from Bolivia after a border incident."},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    graph = graphkit.build(path)
    sides = {text for c in graph.claims for text in (c.subject.text, c.object.text)}
    assert sides, "the stories make claims"
    assert not {s for s in sides if "TRIPOLI" in s or "AFP" in s or " - " in s}
    for claim in graph.claims:  # offsets still point into the whole text
        text = articles[0 if claim.evidence.article_id == "d1" else 1]["text"]
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
        assert not claim.evidence.sentence.startswith(("TRIPOLI", "AFP"))

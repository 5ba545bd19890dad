"""Event coding with the real spaCy model: a few sentences per construction, end to end through canon."""

from __future__ import annotations

import pytest

import graphkit
from graphkit.types import Article


def coded(text: str, date: str | None = None) -> set[tuple[str, str, str, str, str]]:
    records = graphkit.extract_claims(Article("t", text, date=date))
    return {
        (c["subject"]["label"], c["event_type"], c["object"]["label"], c["polarity"], c["modality"])
        for c in records
        if c["event_type"]
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was attacked by Ukraine.", ("Ukraine", "ASSAULT", "Russia", "positive", "actual")),
        ("Iran will give Russia hundreds of drones.", ("Iran", "AID", "Russia", "positive", "intended")),
        ("Moscow bought drones from Tehran.", ("Iran", "AID", "Russia", "positive", "actual")),
        ("The EU imposed sanctions on Russia.", ("European Union", "SANCTION", "Russia", "positive", "actual")),
        ("Britain urged Iran to stop attacking Israel.", ("United Kingdom", "DEMAND", "Iran", "positive", "actual")),
        ("Iran has refused to supply arms to Russia.", ("Iran", "AID", "Russia", "negative", "actual")),
    ],
)
def test_real_parses(text, expected):
    assert expected in coded(text)


def test_the_urged_act_is_not_claimed():
    assert not any(t == "ASSAULT" for _, t, *_ in coded("Britain urged Iran to stop attacking Israel."))


def test_accusation_carries_a_second_claim_attributed_to_the_accuser():
    records = graphkit.extract_claims("The United States accused Russia of seeking to buy drones from Iran.")
    by_type = {c["event_type"]: c for c in records if c["event_type"]}
    assert by_type["DISAPPROVE"]["object"]["label"] == "Russia"
    aid = by_type["AID"]
    assert (aid["subject"]["label"], aid["object"]["label"], aid["modality"]) == ("Iran", "Russia", "intended")
    assert aid["attributed_to"]["label"] == "United States"


def test_date_is_resolved_against_the_article_date():
    records = graphkit.extract_claims(Article("t", "Russia attacked Ukraine on Monday.", date="2023-07-14"))
    assert [c["date"] for c in records if c["event_type"] == "ASSAULT"] == ["2023-07-10"]


def test_a_place_hung_on_the_named_object_is_the_events_location():
    article = graphkit.Article(
        "a", "Lloyd Austin met Ayman Safadi in Amman on Monday, officials said.", date="2023-03-06"
    )
    (record,) = graphkit.extract_claims(article)
    assert (record["object"]["label"], record["location"], record["date"]) == ("Ayman Safadi", "Amman", "2023-03-06")

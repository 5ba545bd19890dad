"""Sports and film reports make no event claims: their results, fixtures and reviews are not events between
actors."""

from __future__ import annotations

import json

import graphkit
from graphkit.types import Article

SPORTS_REPORT = (
    "Ruritania beat Moldova 3-1 in the quarter-final of the regional football cup on Saturday. The Ruritanian "
    "coach praised his striker, who scored two goals before half time. Moldova attacked the Ruritanian goal "
    "for most of the second half, but the hosts held on. Ruritania will face Estonia in the "
    "semi-final next week, and the coach said his squad was ready for the match against the champions."
)
FILM_REPORT = (
    "The Estonian band attacked Moldovan critics in an interview. Its new album, the soundtrack of a film "
    "comedy starring two Ruritanian singers, topped the charts for a month, and the actress who "
    "plays the lead will tour Moldova in the spring. The festival season opens with the premiere of her next "
    "movie, and the band will play three gigs in the capital's largest theatre before the awards night."
)
POLITICAL_REPORT = (
    "Ruritania attacked Moldova on Saturday, its defence ministry said, days after talks between the two "
    "governments broke down. Moldova accused Ruritania of shelling border villages and said it would ask the "
    "United Nations for help. The fighting began a week after both countries withdrew from a football "
    "tournament they were to host together. Diplomats said the crisis could spread to the rest of the region "
    "unless both sides agreed to a ceasefire soon."
)


def events(text: str) -> set[tuple[str, str, str]]:
    records = graphkit.extract_claims(Article("a", text))
    return {(c["subject"]["label"], c["event_type"], c["object"]["label"]) for c in records if c["event_type"]}


def test_a_sports_report_makes_no_event_claims():
    assert events(SPORTS_REPORT) == set()
    # one of its sentences alone, too short to be judged a sports text, is read as an attack
    assert ("Moldova", "ASSAULT", "Ruritanian") in events(SPORTS_REPORT.split(". ")[2] + ".")


def test_a_political_report_that_mentions_sport_keeps_its_events():
    assert ("Moldova", "DISAPPROVE", "Ruritania") in events(POLITICAL_REPORT)  # "accused Ruritania of shelling"


def test_the_report_marks_a_sports_text(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [{"id": "sport-1", "text": SPORTS_REPORT}, {"id": "war-1", "text": POLITICAL_REPORT}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    graph = graphkit.build(path)
    marked = {a["id"]: a.get("sport", False) for a in graph.report.articles}
    assert marked == {"sport-1": True, "war-1": False}


def test_a_film_report_makes_no_event_claims_and_is_marked(tmp_path):
    assert events(FILM_REPORT) == set()
    assert ("Estonia", "ASSAULT", "Moldova") in events(FILM_REPORT.split(". ")[0] + ".")  # alone: too short to judge
    path = tmp_path / "news.jsonl"
    lines = [{"id": "film-1", "text": FILM_REPORT}, {"id": "war-1", "text": POLITICAL_REPORT}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    marked = {a["id"]: a.get("entertainment", False) for a in graphkit.build(path).report.articles}
    assert marked == {"film-1": True, "war-1": False}


TELEVISION_REPORT = (
    "The Ruritanian director will make an episode of a Moldovan crime series, Lawyers of Chisinau. The Moldovan "
    "network attacked the Ruritanian director over his last sequel, which reached cinemas a year late, but he "
    "admires the writers of the series and will shoot the episode in the capital in the spring, before his next "
    "sequel opens in cinemas across the region later in the year, the network said on its website on Monday."
)


def test_a_television_report_makes_no_event_claims():
    assert events(TELEVISION_REPORT) == set()
    # a sentence alone is too short to judge
    assert ("Moldova", "ASSAULT", "Ruritanian") in events(
        "He said the Moldovan network attacked the Ruritanian director."
    )

"""Hostile input, round two: no record or file kills a build, and every one is accounted for with its reason.

Deep JSON, invalid Unicode, fields of the wrong type and files of an unsupported type named on the command line
go through the real pipeline (the real spaCy model), and the outputs are read back by JSON and by rdflib.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import graphkit
from graphkit.readers import read_articles
from graphkit.types import Article, ReadReport

DEEP = "[" * 100_000  # a RecursionError in json.loads, before graphkit caught it


def read(*paths: Path) -> tuple[list[graphkit.Article], ReadReport]:
    report = ReadReport()
    return list(read_articles(paths, report)), report


def reasons(report: ReadReport) -> dict[str, str]:
    return {Path(s["source"]).name: s["reason"] for s in report.skipped}


def test_json_nested_too_deeply_is_skipped_and_the_good_lines_of_the_file_are_kept(tmp_path):
    (tmp_path / "deep.json").write_text(DEEP, "utf-8")
    lines = [
        json.dumps({"id": "good-1", "text": "Chile recalled its ambassador from Peru."}),
        DEEP,
        json.dumps({"id": "good-2", "text": "Peru expelled two Chilean diplomats."}),
        '{"id": "deep-record", "text": ' + "[" * 50_000 + "}",
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines), "utf-8")
    articles, report = read(tmp_path)
    assert [a.id for a in articles] == ["good-1", "good-2"]
    found = reasons(report)
    assert found["deep.json"] == "malformed JSON: nested too deeply to decode (line 1)"
    assert found["news.jsonl:2"] == "malformed JSON line 2: nested too deeply to decode"
    assert found["news.jsonl:4"] == "malformed JSON line 4: nested too deeply to decode"
    assert len(report.read) == 2 and report.failed == []


def write_surrogates(path: Path) -> None:
    """JSON escapes of lone surrogates, as a hostile or broken exporter writes them."""
    records = [
        '{"id": "lone\\ud800", "title": "Talks \\udfff resume", "text": "Chile accused Peru \\ud83d of spying on '
        'its navy on Monday."}',
        '{"id": "pair", "text": "Peru expelled two Chilean diplomats \\ud83d\\ude00 on Tuesday."}',
    ]
    path.write_text("\n".join(records), "utf-8")


def test_lone_surrogates_are_repaired_before_the_parser_and_the_writers(tmp_path):
    write_surrogates(tmp_path / "news.jsonl")
    articles, _ = read(tmp_path / "news.jsonl")
    assert [a.id for a in articles] == ["lone\ufffd", "pair"]
    assert articles[0].title == "Talks \ufffd resume" and "Peru \ufffd of spying" in articles[0].text
    assert "\U0001f600" in articles[1].text  # a valid pair is one character, kept
    graph = graphkit.build(tmp_path)
    out = tmp_path / "out"
    graph.save(out)
    for name in ("claims.jsonl", "entities.jsonl", "report.json", "graph.ttl", "graph.html"):
        (out / name).read_bytes().decode("utf-8")  # strict UTF-8: nothing invalid was written
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text("utf-8").splitlines()]
    assert {c["article"] for c in claims} == {"lone\ufffd", "pair"}
    back = graphkit.read_turtle(out / "graph.ttl")  # rdflib reads what graphkit wrote
    assert back.articles["lone\ufffd"].title == "Talks \ufffd resume"


def test_the_api_repairs_the_articles_it_is_given():
    records = graphkit.extract_claims(graphkit.Article("api\ud800", "Chile accused Peru of spying on its navy.\udc80"))
    assert records and {r["article"] for r in records} == {"api\ufffd"}
    json.dumps(records, ensure_ascii=False).encode("utf-8")


def test_a_file_name_that_is_not_utf8_is_read_and_reported_in_valid_text(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")  # undecodable bytes become surrogates in Python's file names
    (tmp_path / name).write_text("Chile recalled its ambassador from Peru.", "utf-8")
    (tmp_path / os.fsdecode(b"bad\xff.csv")).write_text("a,b", "utf-8")
    articles, report = read(tmp_path)
    assert [a.id for a in articles] == ["caf\ufffd"]
    assert report.read == [str(tmp_path / "caf\ufffd.txt")]
    assert [s["source"] for s in report.skipped] == [str(tmp_path / "bad\ufffd.csv")]
    json.dumps(report.skipped, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "a", "text": 42}, "text is a number, not a string"),
        ({"id": "a", "text": ["Chile recalled", "its ambassador"]}, "text is a list, not a string"),
        ({"id": "a", "text": {"body": "Chile recalled its ambassador."}}, "text is an object, not a string"),
        ({"id": "a", "text": True}, "text is a boolean, not a string"),
        ({"id": ["a", "b"], "text": "Chile recalled its ambassador."}, "id is a list, not a string"),
        ({"id": {"n": 1}, "text": "Chile recalled its ambassador."}, "id is an object, not a string"),
        ({"id": 1.5, "text": "Chile recalled its ambassador."}, "id is a number, not a string"),
        ({"id": "a", "text": "Chile recalled its ambassador.", "date": ["2024", "05"]}, "date is a list, not a string"),
        ({"id": "a", "text": "Chile recalled its ambassador.", "title": {"x": 1}}, "title is an object, not a string"),
        ({"id": "a", "text": "Chile recalled its ambassador.", "url": False}, "url is a boolean, not a string"),
    ],
)
def test_a_field_of_the_wrong_type_is_skipped_with_a_clear_reason(tmp_path, record, reason):
    (tmp_path / "news.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    articles, report = read(tmp_path / "news.jsonl")
    assert articles == [] and [s["reason"] for s in report.skipped] == [reason]


def test_integer_ids_and_dates_are_read_as_text(tmp_path):
    record = {"id": 7, "text": "Chile recalled its ambassador.", "date": 2024, "title": "Recall"}
    (tmp_path / "news.json").write_text(json.dumps(record), "utf-8")
    (article,), _ = read(tmp_path / "news.json")
    assert (article.id, article.date, article.title) == ("7", "2024", "Recall")


def cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphkit.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


@pytest.mark.processes
def test_files_named_on_the_command_line_are_accounted_for(tmp_path):
    notes, data, good = tmp_path / "notes.toml", tmp_path / "data.csv", tmp_path / "good.txt"
    notes.write_text('title = "not an article"\n', "utf-8")
    data.write_text("country,event\nChile,recall\n", "utf-8")
    good.write_text("Chile recalled its ambassador from Peru.", "utf-8")
    result = cli("build", str(notes), str(data), str(good), "--out", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    assert report["counts"] == {"found": 3, "read": 1, "skipped": 2, "failed": 0}
    found = {Path(s["source"]).name: s["reason"] for s in report["skipped"]}
    assert found["notes.toml"].startswith("unsupported file type .toml")
    assert found["data.csv"].startswith("unsupported file type .csv")
    strict = cli("build", str(notes), str(good), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 2 and "unsupported file type .toml" in strict.stderr
    assert len(strict.stderr.strip().splitlines()) == 1 and not (tmp_path / "strict").exists()


def test_html_entities_that_lost_their_ampersand_are_restored():
    records = graphkit.extract_claims(Article("a1", "Kenya warned Uganda of a quot;grave mistake quot; on Monday."))
    assert records and all("quot" not in c["sentence"] for c in records)
    assert all("quot" not in (c["object"] or {}).get("text", "") for c in records)
    assert '"grave mistake "' in records[0]["sentence"]

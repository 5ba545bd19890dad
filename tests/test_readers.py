"""Readers: every supported format, and every input accounted for."""

from __future__ import annotations

import io
import json

import pytest

from graphkit.errors import InputError
from graphkit.readers import read_articles
from graphkit.types import ReadReport


def read(*paths):
    report = ReadReport()
    return list(read_articles(paths, report)), report


def test_text_and_markdown(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nIran supplies Russia.", "utf-8")
    (tmp_path / "b.md").write_text("# Title here\n\nBody.", "utf-8")
    articles, report = read(tmp_path)
    assert [(a.id, a.title) for a in articles] == [("a", "Headline"), ("b", "Title here")]
    assert articles[0].text == "Headline\n\nIran supplies Russia."
    assert len(report.read) == 2 and report.skipped == []


def test_html_keeps_visible_text_only(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Drones</title><style>p{}</style><script>var x='Iran attacks';</script></head>"
        "<body><h1>Drones</h1><p>Tehran has provided <b>Moscow</b> with drones.</p>"
        "<ul><li><p>Item</p></li></ul></body></html>",
        "utf-8",
    )
    (article,), _ = read(tmp_path / "page.html")
    assert article.id == "page" and article.title == "Drones"
    assert "Tehran has provided Moscow with drones." in article.text
    assert "var x" not in article.text and "p{}" not in article.text
    assert article.text.count("Item") == 1


def test_jsonl_keeps_good_lines_and_records_bad_ones(tmp_path):
    lines = [
        json.dumps(
            {"id": "r1", "text": "Iran supplies Russia.", "title": "T", "date": "2023-02-20", "url": "https://x.test/1"}
        ),
        "{broken json",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "r2", "text": ""}),
        json.dumps({"id": "r3", "text": "Russia attacks Ukraine."}),
        json.dumps({"id": "r1", "text": "Same id again."}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    articles, report = read(tmp_path / "news.jsonl")
    assert [a.id for a in articles] == ["r1", "r3"]
    assert (articles[0].date, articles[0].url, articles[0].title) == ("2023-02-20", "https://x.test/1", "T")
    reasons = [s["reason"] for s in report.skipped]
    assert reasons[0].startswith("malformed JSON line 2")
    assert "not a JSON object" in reasons[1] and reasons[2] == "record without text"
    assert reasons[3].startswith("duplicate of")
    assert len(report.read) + len(report.skipped) == len(lines)


def test_json_list_and_single_record(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"id": "x", "text": "A."}, {"id": "y", "text": "B."}]), "utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": "z", "text": "C."}), "utf-8")
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == ["x", "y", "z"]


def test_skips_are_recorded_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    (tmp_path / "blank.jsonl").write_bytes(b"\xa0\n")  # a lone no-break space: white space, but not ASCII
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("Iran supplies Russia.", "utf-8")
    articles, report = read(tmp_path)
    assert [a.id for a in articles] == ["good"]
    reasons = {s["source"].rsplit("/", 1)[-1]: s["reason"] for s in report.skipped}
    assert reasons["empty.txt"] == reasons["blank.jsonl"] == "empty file"
    assert reasons["image.png"].startswith("unsupported file type")
    assert reasons["binary.txt"].startswith("not text: binary")


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8-sig", "Iran supplies Russia: “drones” – café."),
        ("utf-16", "Iran supplies Russia: “drones” – café."),
        ("utf-16-le", "Iran supplies Russia with drones, Western officials say."),
        ("latin-1", "Le président français a rencontré à Paris le ministre iranien, déjà critiqué."),
        ("cp1252", "“Iran supplies Russia,” officials said – a €73 billion deal…"),
        ("cp1251", "Россия поставляет оружие в Иран, сообщили в Москве."),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, text):
    (tmp_path / "a.txt").write_bytes(text.encode(encoding))
    (article,), report = read(tmp_path)
    assert article.text == text and report.skipped == []


def test_binary_on_standard_input_is_a_recorded_skip(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(bytes(range(256)) * 8)

    monkeypatch.setattr("sys.stdin", Stdin())
    articles, report = read("-")
    assert articles == [] and report.skipped[0]["reason"].startswith("not text")


def test_folders_are_walked_recursively_in_a_stable_order(tmp_path):
    for name in ("b/2.txt", "a/deep/1.txt", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Text of {name}.", "utf-8")
    articles, _ = read(tmp_path)
    assert [a.id for a in articles] == ["c", "1", "2"]  # a folder's files, then its sub-folders by name
    assert articles == read(tmp_path)[0]


def test_symlink_loop_is_recorded_not_followed_forever(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Iran supplies Russia.", "utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    articles, report = read(tmp_path)
    assert [a.id for a in articles] == ["a"]
    assert any("loop" in s["reason"] for s in report.skipped)


def test_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Iran supplies Russia."))
    (article,), _ = read("-")
    assert (article.id, article.text) == ("stdin", "Iran supplies Russia.")


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="input not found"):
        read(tmp_path / "nope")

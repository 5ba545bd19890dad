"""Turn the bytes of one file into articles, one parser per format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from graphkit.types import Article, ReadReport

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".jsonl", ".json"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
TITLE_MAX_CHARS = 300


def first_line_title(text: str) -> str | None:
    """The first non-empty line when it is short enough to be a headline (Markdown '#' dropped)."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= TITLE_MAX_CHARS else None
    return None


def parse_text(article_id: str, text: str, source: str) -> Article:
    """A .txt or .md file is one article, titled by its first line."""
    return Article(id=article_id, text=text, title=first_line_title(text), source=source)


def parse_html(article_id: str, markup: str, source: str) -> Article:
    """An HTML page is one article: the visible text of its body, titled by <title> or <h1>."""
    soup = BeautifulSoup(markup, "html.parser")
    heading = soup.title or soup.find("h1")
    title = heading.get_text(" ", strip=True) if heading else None
    for tag in soup(["head", "script", "style", "noscript", "template"]):
        tag.decompose()
    body = soup.body or soup
    block_tags = ["h1", "h2", "h3", "h4", "p", "li", "blockquote", "pre"]
    blocks = [b.get_text(" ", strip=True) for b in body.find_all(block_tags) if b.find_parent(block_tags) is None]
    text = "\n\n".join(b for b in blocks if b) or body.get_text("\n", strip=True)
    return Article(id=article_id, text=text, title=title or None, source=source)


def kind_of(value: object) -> str:
    """How a JSON value is named in a reason: "a number", "a list", "an object", ..."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def record_field(record: dict[str, Any], name: str) -> str | None:
    """An optional field as text: None when absent or empty; a string, or an integer written as one.

    Raises ValueError with the reason for anything else (a list, an object, a boolean, a fraction), which
    would otherwise reach the outputs as a Python repr.
    """
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"{name} is {kind_of(value)}, not a string")


def record_to_article(record: object, where: str, report: ReadReport) -> Article | None:
    """A JSON record with ``id`` and ``text`` (optional ``title``, ``date``, ``url``), or a recorded skip.

    ``text`` must be a string; ``id``, ``title``, ``date`` and ``url`` strings or integers.

    >>> report = ReadReport()
    >>> record_to_article({"id": 7, "text": "Iran supplies Russia."}, "a.jsonl:1", report).id
    '7'
    >>> record_to_article({"id": "x", "text": 42}, "a.jsonl:2", report)
    >>> record_to_article({"id": ["x"], "text": "Iran supplies Russia."}, "a.jsonl:3", report)
    >>> [s["reason"] for s in report.skipped]
    ['text is a number, not a string', 'id is a list, not a string']
    """
    if not isinstance(record, dict):
        report.skip(where, f"not a JSON object but {type(record).__name__}")
        return None
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        report.skip(where, f"text is {kind_of(text)}, not a string")
        return None
    if text is None or not text.strip():
        report.skip(where, "record without text")
        return None
    try:
        article_id, title, date, url = (record_field(record, name) for name in ("id", "title", "date", "url"))
    except ValueError as err:
        report.skip(where, str(err))
        return None
    if article_id is None:
        report.skip(where, "record without id")
        return None
    return Article(id=article_id, text=text, title=title, date=date, url=url, source=where)


def load_json(text: str) -> Any:
    """``json.loads``, with nesting too deep for the decoder as a JSONDecodeError (not a RecursionError).

    >>> load_json("[" * 100_000)
    Traceback (most recent call last):
    ...
    json.decoder.JSONDecodeError: nested too deeply to decode: line 1 column 1 (char 0)
    """
    try:
        return json.loads(text)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply to decode", text, 0) from None


def parse_jsonl(text: str, source: str, report: ReadReport) -> Iterator[Article]:
    """One record per line; a broken line is a recorded skip and the good ones are kept."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = load_json(line)
        except json.JSONDecodeError as err:
            report.skip(where, f"malformed JSON line {number}: {err.msg}")
            continue
        article = record_to_article(record, where, report)
        if article is not None:
            yield article


def parse_json(text: str, source: str, report: ReadReport) -> Iterator[Article]:
    """A JSON file holds one record or a list of records."""
    try:
        data = load_json(text)
    except json.JSONDecodeError as err:
        report.skip(source, f"malformed JSON: {err.msg} (line {err.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = source if len(records) == 1 else f"{source}#{number}"
        article = record_to_article(record, where, report)
        if article is not None:
            yield article


def parse_file(path: Path, text: str, report: ReadReport) -> Iterator[Article]:
    """Articles from a file's decoded text, by its suffix."""
    suffix = path.suffix.lower()
    source = str(path)
    if suffix in TEXT_SUFFIXES:
        yield parse_text(path.stem, text, source)
    elif suffix in HTML_SUFFIXES:
        yield parse_html(path.stem, text, source)
    elif suffix == ".jsonl":
        yield from parse_jsonl(text, source, report)
    elif suffix == ".json":
        yield from parse_json(text, source, report)

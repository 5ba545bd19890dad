"""Read articles from files, folders and standard input, accounting for every input.

>>> from graphkit.types import ReadReport
>>> report = ReadReport()
>>> [a.id for a in read_articles(["data/articles"], report)]
['000_d15bbcbb6ade96e7', '003_3158ac392837a07b']
>>> len(report.read), report.skipped
(2, [])
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.errors import InputError
from graphkit.readers.formats import SUPPORTED_SUFFIXES, decode, parse_file, parse_text
from graphkit.types import Article, ReadReport

STDIN = "-"


def find_files(root: Path, report: ReadReport) -> Iterator[Path]:
    """Files below ``root`` in a stable order; unsupported files are recorded as skipped."""
    if root.is_file():
        yield root
        return
    seen_dirs: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=lambda e: report.fail(e.filename, str(e))):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen_dirs:  # a symbolic-link loop
            dirs[:] = []
            report.skip(folder, "folder already visited (symbolic-link loop)")
            continue
        seen_dirs.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if name.startswith("."):
                continue
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                report.skip(str(path), f"unsupported file type {path.suffix or '(none)'}")


def read_file(path: Path, report: ReadReport) -> Iterator[Article]:
    """The articles of one file; unreadable or undecodable files are recorded, never raised."""
    try:
        data = path.read_bytes()
    except OSError as err:
        report.fail(str(path), f"cannot read: {err.strerror or err}")
        return
    if not data.strip():
        report.skip(str(path), "empty file")
        return
    try:
        text = decode(data)
    except UnicodeDecodeError as err:
        report.skip(str(path), f"not decodable as UTF-8 (byte {err.start})")
        return
    yield from parse_file(path, text, report)


def read_articles(inputs: Iterable[str | Path], report: ReadReport | None = None) -> Iterator[Article]:
    """Articles from files, folders (walked recursively) and ``-`` (standard input).

    Raises InputError for an input path that does not exist; every other problem is recorded in
    ``report``. An article whose id was already read is skipped as a duplicate.
    """
    report = report if report is not None else ReadReport()
    ids: dict[str, str] = {}
    for item in inputs:
        if str(item) == STDIN:
            articles: Iterable[Article] = [parse_text("stdin", sys.stdin.read(), STDIN)]
        else:
            root = Path(item)
            if not root.exists():
                raise InputError(f"input not found: {item} (give a file, a folder or '-' for standard input)")
            articles = (a for path in find_files(root, report) for a in read_file(path, report))
        for article in articles:
            source = article.source or article.id
            if not article.text.strip():
                report.skip(source, "empty article")
            elif article.id in ids:
                report.skip(source, f"duplicate of {ids[article.id]} (same id {article.id!r})")
            else:
                ids[article.id] = source
                report.read.append(source)
                yield article


__all__ = ["read_articles", "read_file", "find_files", "STDIN"]

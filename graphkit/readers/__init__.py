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
from graphkit.readers.decoding import NotText, decode
from graphkit.readers.formats import SUPPORTED_SUFFIXES, parse_file, parse_text
from graphkit.types import Article, ReadReport, content_hash

STDIN = "-"
MAX_FILE_BYTES = 512 * 1024 * 1024  # a larger file is skipped before it is read
COUNT_BYTES = 1 << 20  # block size when counting the lines of a file


def find_files(root: Path, report: ReadReport) -> Iterator[Path]:
    """Files below ``root`` in a stable order (a folder's files, then its sub-folders by name).

    Walks with its own stack, so no nesting is too deep; a folder reached twice (a symbolic-link loop)
    and a folder that cannot be listed are recorded; unsupported files, found in a folder or named
    themselves, are recorded as skipped.
    """
    if not root.is_dir():
        if root.suffix.lower() in SUPPORTED_SUFFIXES:
            yield root
        else:
            report.skip(str(root), unsupported(root))
        return
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            stat = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            report.fail(str(folder), f"cannot list folder: {err.strerror or err}")
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            report.skip(str(folder), "folder already visited (symbolic-link loop)")
            continue
        seen.add((stat.st_dev, stat.st_ino))
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if _is_dir(entry):
                subfolders.append(path)
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                report.skip(str(path), unsupported(path))
        stack.extend(reversed(subfolders))


def unsupported(path: Path) -> str:
    """The reason a file is skipped for its type."""
    return f"unsupported file type {path.suffix or '(none)'} (read: {', '.join(sorted(SUPPORTED_SUFFIXES))})"


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def read_file(path: Path, report: ReadReport, max_bytes: int = MAX_FILE_BYTES) -> Iterator[Article]:
    """The articles of one file; unreadable, oversized or non-text files are recorded, never raised."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            report.skip(str(path), f"too large: {size} bytes (limit {max_bytes})")
            return
        data = path.read_bytes()
    except OSError as err:
        report.fail(str(path), f"cannot read: {err.strerror or err}")
        return
    if not data.strip():
        report.skip(str(path), "empty file")
        return
    try:
        text = decode(data)
    except NotText as err:
        report.skip(str(path), f"not text: {err}")
        return
    if not text.strip():  # white space beyond ASCII: a lone no-break space
        report.skip(str(path), "empty file")
        return
    yield from parse_file(path, text, report)


def read_stdin(report: ReadReport) -> list[Article]:
    """Standard input as one article, decoded like a file; not text is a recorded skip."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    try:
        return [parse_text("stdin", decode(data) if data.strip() else "", STDIN)]
    except NotText as err:
        report.skip(STDIN, f"not text: {err}")
        return []


def read_articles(
    inputs: Iterable[str | Path], report: ReadReport | None = None, max_file_bytes: int = MAX_FILE_BYTES
) -> Iterator[Article]:
    """Articles from files, folders (walked recursively) and ``-`` (standard input).

    Raises InputError for an input path that does not exist; every other problem is recorded in
    ``report``. An article whose id was already read is skipped as a duplicate. Lone surrogates (invalid
    Unicode, from a JSON escape or a file name that is not UTF-8) become U+FFFD in every field.
    """
    report = report if report is not None else ReadReport()
    ids: dict[str, str] = {}
    for item in inputs:
        if str(item) == STDIN:
            articles: Iterable[Article] = read_stdin(report)
        else:
            root = Path(item)
            if not root.exists():
                raise InputError(f"input not found: {item} (give a file, a folder or '-' for standard input)")
            articles = (a for path in find_files(root, report) for a in read_file(path, report, max_file_bytes))
        for article in map(Article.repaired, articles):  # invalid Unicode never goes further
            source = article.source or article.id
            if not article.text.strip():
                report.skip(source, "empty article")
            elif article.id in ids:
                report.skip(source, f"duplicate of {ids[article.id]} (same id {article.id!r})")
            else:
                ids[article.id] = source
                report.read.append(source)
                yield article


def distinct_texts(articles: Iterable[Article], report: ReadReport) -> Iterator[Article]:
    """The articles whose text no earlier one of this build had: one story filed twice under two ids is read
    once, and the other is recorded as a duplicate of it (a store does the same, and across builds)."""
    first: dict[str, Article] = {}
    for article in articles:
        key = content_hash(article.text)
        earlier = first.get(key)
        if earlier is None:
            first[key] = article
            yield article
        else:
            source = article.source or article.id
            report.demote(source, f"duplicate of {earlier.source or earlier.id} (same text as {earlier.id!r})")


def estimate_articles(inputs: Iterable[str]) -> int:
    """About how many articles ``inputs`` hold, without parsing anything: one per file, one per line of a
    ``.jsonl`` file (for a progress bar's total).

    >>> estimate_articles(["data/articles"])
    2
    """
    total = 0
    for name in inputs:
        if name == STDIN:
            total += 1
            continue
        for path in find_files(Path(name), ReadReport()):
            if path.suffix.lower() == ".jsonl":
                total += count_lines(path)
            elif path.suffix.lower() in SUPPORTED_SUFFIXES:
                total += 1
    return total


def count_lines(path: Path) -> int:
    """Non-empty lines of a file, counted in blocks of bytes (0 if it cannot be read)."""
    try:
        with path.open("rb") as handle:
            lines, last = 0, b"\n"
            while block := handle.read(COUNT_BYTES):
                lines += block.count(b"\n")
                last = block[-1:]
            return lines + (last != b"\n")
    except OSError:
        return 0


__all__ = ["STDIN", "estimate_articles", "find_files", "read_articles", "read_file"]

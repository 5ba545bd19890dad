"""A progress bar for long builds: articles per second and time left, on the terminal only.

The bar goes to standard error and only when it is a terminal, so logs and pipes stay clean. The total
is an estimate (a JSON Lines file counts its lines) made without parsing anything.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from graphkit.readers import STDIN, find_files
from graphkit.readers.formats import SUPPORTED_SUFFIXES
from graphkit.types import ReadReport

T = TypeVar("T")
COUNT_BYTES = 1 << 20


def estimate_articles(inputs: Iterable[str]) -> int:
    """About how many articles ``inputs`` hold: one per file, one per line of a ``.jsonl`` file.

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


def progress(items: Iterable[T], inputs: Iterable[str], enabled: bool = True) -> Iterator[T]:
    """``items`` as they come, counted on a bar on standard error when ``enabled`` and it is a terminal."""
    if not enabled or not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield from items
        return
    with tqdm(total=estimate_articles(inputs), unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        for item in items:
            yield item
            bar.update()

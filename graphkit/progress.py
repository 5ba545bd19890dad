"""A progress bar for long builds: articles per second and time left, on the terminal only.

The bar goes to standard error and only when it is a terminal, so logs and pipes stay clean. The total
is the caller's estimate (``readers.estimate_articles`` counts without parsing anything), asked for only
when the bar is shown.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], total: Callable[[], int], enabled: bool = True) -> Iterator[T]:
    """``items`` as they come, counted on a bar on standard error when ``enabled`` and it is a terminal.

    ``total`` estimates how many items will come; it is called only when the bar is shown.
    """
    if not enabled or not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        yield from items
        return
    with tqdm(total=total(), unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        for item in items:
            yield item
            bar.update()

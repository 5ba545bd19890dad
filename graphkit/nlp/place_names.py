"""Names of places, by which a name the entity recognizer took for a person's or a body's is told to be a place.

The small English model tags the names of towns it has not learned as anything: "an ambush near Gao" (PERSON),
"kidnapped pupils in Bamenda" (ORG), "shot dead in Culiacan" (NORP). No place is then named, and an event whose
actors are named only by their noun ("gunmen", "police") has no place to be coded to. Where such a name is the
object of a place preposition (``country_names.placed``), ``known_names`` tags it a GPE when it is a city or a
region of canon's place table.

The names are canon's (``canon.places``: GeoNames' cities and ISO 3166-2's regions), as lookup keys
(``place_key``), compiled into ``place_names.txt.gz`` by ``python -m graphkit.compile_lexicons``.

>>> place_key("  The Culiacán ")
'culiacan'
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

PLACE_NAMES_FILE = "place_names.txt.gz"


def place_key(name: str) -> str:
    """A lookup key: accents and a leading "the" dropped, apostrophes and spaces unified, case folded."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
        name = name.replace("’", "'").replace("‘", "'")
    name = " ".join(name.split()).casefold()
    return name[4:] if name.startswith("the ") else name


@cache
def place_names() -> frozenset[str]:
    """The shipped place names, as lookup keys."""
    raw = resources.files("graphkit.nlp").joinpath(PLACE_NAMES_FILE).read_bytes()
    return frozenset(line for line in gzip.decompress(raw).decode("utf-8").splitlines() if line)


def listed_place(name: str) -> bool:
    """Whether the shipped place table lists a name (by its lookup key): "Bujumbura", "the Gaza Strip"."""
    return place_key(name) in place_names()


def write_place_names(names: Iterable[str], folder: Path) -> Path:
    """Write ``place_names.txt.gz`` (deterministic bytes: sorted keys, no timestamp) into ``folder``."""
    path = Path(folder) / PLACE_NAMES_FILE
    text = "".join(f"{key}\n" for key in sorted({place_key(n) for n in names} - {""}))
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return path

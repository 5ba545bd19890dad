"""Curated names: countries' other names, groups of countries, organizations, people, sectors.

The shipped ``aliases.toml`` covers what the country libraries do not (seats of power, international
organizations, national bodies); a user file of the same shape (``--aliases FILE``) adds or overrides.

>>> aliases = Aliases.load()
>>> aliases.country("the Kremlin"), aliases.group("Western"), aliases.organization("NATO").label
('RUS', 'Western countries', 'North Atlantic Treaty Organization')
>>> aliases.organization("the CIA").country, aliases.sector("troops")
('USA', 'MIL')
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from graphkit.canon.alias_table import body_tables, names_in, people_tables, shipped_alias_table
from graphkit.canon.countries import abbreviation_key, country_table, normalize
from graphkit.canon.gazetteer import BODIES_FILE
from graphkit.canon.places import capitals, place
from graphkit.errors import InputError
from graphkit.vocabulary import cue_words

SECTIONS = (
    "countries", "demonyms", "groups_of_states", "groups", "national_groups", "organizations", "national_bodies",
    "people", "sectors", "paired_names",
)  # fmt: skip


@dataclass(frozen=True)
class Organization:
    label: str
    country: str | None = None  # ISO alpha-3 of the state a national body belongs to


def key(name: str) -> str:
    """Abbreviations match in capitals only ("IS", not "is"); other names as countries.normalize does."""
    abbr = abbreviation_key(name)
    return "ABBR:" + abbr if abbr else normalize(name)


class Aliases:
    """Lookups by any name; later sources (a user file) override earlier ones (the shipped file)."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256(b"").hexdigest()[:16]  # of the user file's bytes: a store's setting
        self._countries: dict[str, str] = {}
        self._groups: dict[str, str] = {}
        self._state_groups: set[str] = set()
        self._group_countries: dict[str, str] = {}
        self._organizations: dict[str, Organization] = {}
        self._people: dict[str, str] = {}
        self._sectors: dict[str, str] = {}
        self._paired: dict[str, list[tuple[str, str]]] = {}  # name -> (state it names, the pair beside which)

    @classmethod
    def load(cls, user_file: str | Path | None = None) -> Aliases:
        """The shipped aliases, overridden by ``user_file`` when given."""
        aliases = cls()
        aliases.add(shipped_alias_table(), "graphkit/canon/aliases.toml")
        if user_file is not None:
            path = Path(user_file)
            try:
                raw = path.read_bytes()
                data = tomllib.loads(raw.decode("utf-8"))
            except OSError as err:
                raise InputError(f"cannot read aliases file {path}: {err.strerror or err}") from err
            except UnicodeDecodeError as err:
                raise InputError(f"aliases file {path} is not UTF-8 text (byte {err.start})") from err
            except tomllib.TOMLDecodeError as err:
                raise InputError(f"aliases file {path} is not valid TOML: {err}") from err
            except RecursionError:
                raise InputError(f"aliases file {path} is not valid TOML: nested too deeply") from None
            aliases.add(data, str(path))
            aliases.digest = hashlib.sha256(raw).hexdigest()[:16]
        return aliases

    def add(self, data: dict, where: str) -> None:
        """Add the sections of a parsed aliases file; InputError names what is malformed."""
        unknown = set(data) - set(SECTIONS)
        if unknown:
            raise InputError(f"{where}: unknown section(s) {sorted(unknown)}; use {', '.join(SECTIONS)}")
        bodies_by_country, groups_by_country, paired_by_country = (
            _per_country(data, "national_bodies", where),
            _per_country(data, "national_groups", where),
            _per_country(data, "paired_names", where),
        )
        checked: list[tuple[str, dict]] = [
            ("countries", _table(data, "countries", where)),
            ("demonyms", _table(data, "demonyms", where)),
            ("national_bodies", bodies_by_country),
            ("national_groups", groups_by_country),
            ("paired_names", paired_by_country),
            *(("paired_names", pairs) for pairs in paired_by_country.values()),  # the pair's code too
        ]
        for section, codes in checked:
            for code in codes:
                if code.upper() not in country_table().countries:
                    raise InputError(
                        f"{where}: [{section}] {code!r} is not an ISO 3166-1 alpha-3 country code (such as RUS, USA)"
                    )
        for iso3, names in (*_table(data, "countries", where).items(), *_table(data, "demonyms", where).items()):
            for name in [*names]:
                self._countries[key(name)] = iso3.upper()
        for label, names in _table(data, "groups_of_states", where).items():
            for name in [label, *names]:
                self._groups[key(name)] = label
            self._state_groups.add(label)
        for label, names in _table(data, "groups", where).items():
            for name in [label, *names]:
                self._groups[key(name)] = label
            self._state_groups.discard(label)
        for iso3, groups in groups_by_country.items():
            for label, names in _table({"g": groups}, "g", where).items():
                for name in [label, *names]:
                    self._groups[key(name)] = label
                self._group_countries[label] = iso3.upper()
        for label, names in _table(data, "organizations", where).items():
            for name in [label, *names]:
                self._organizations[key(name)] = Organization(label)
        for iso3, bodies in bodies_by_country.items():
            for label, names in _table({"b": bodies}, "b", where).items():
                for name in [label, *names]:
                    self._organizations[key(name)] = Organization(label, iso3.upper())
        for label, names in _table(data, "people", where).items():
            for name in [label, *names]:
                self._people[key(name)] = label
        for code, words in _table(data, "sectors", where).items():
            for word in words:
                self._sectors[normalize(word)] = code
        for iso3, pairs in paired_by_country.items():
            for pair, names in _table({"p": pairs}, "p", where).items():
                for name in names:
                    self._paired.setdefault(key(name), []).append((iso3.upper(), pair.upper()))

    def country(self, name: str) -> str | None:
        return self._countries.get(key(name))

    def group(self, name: str) -> str | None:
        return self._groups.get(key(name))

    def of_states(self, label: str) -> bool:
        """Whether a group is one of several states ("Gulf states"), not a people, a faith or a party."""
        return label in self._state_groups

    def group_country(self, label: str) -> str | None:
        """The state a people within one state is coded to: "Chechens" RUS (an armed Chechen group is RUS REB)."""
        return self._group_countries.get(label)

    def organization(self, name: str) -> Organization | None:
        return self._organizations.get(key(name))

    def person(self, name: str) -> str | None:
        return self._people.get(key(name))

    def paired_country(self, name: str, near: frozenset[str]) -> str | None:
        """The state a name stands for beside its pair (``[paired_names]``): "the North" in an article that names
        South or North Korea is North Korea; None where the article names neither."""
        return next((s for s, pair in self._paired.get(key(name), []) if near & {s, pair}), None)

    def sector(self, noun: str | None) -> str | None:
        return self._sectors.get(normalize(noun)) if noun else None


def _per_country(data: dict, section: str, where: str) -> dict[str, dict]:
    tables = data.get(section, {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise InputError(f"{where}: [{section}] must hold one table per country ([{section}.USA])")
    return tables


def _table(data: dict, section: str, where: str) -> dict[str, list[str]]:
    table = data.get(section, {})
    if not isinstance(table, dict) or not all(
        isinstance(v, list) and all(isinstance(n, str) and n.strip() for n in v) for v in table.values()
    ):
        raise InputError(f"{where}: [{section}] must map each name to a list of strings, none empty")
    return table


ACRONYM = re.compile(r"[A-Z]{2,6}")  # "IDF", "ISIL", "SBU": a short name in capitals
ONE_WORD = re.compile(r"[A-Z][a-z]+")  # "Houthi", "Chechens"
KNOWN_NAMES_FILE = "known_names.tsv"


def movement_acronyms() -> list[str]:
    """The short names in capitals of graphkit's own dictionary of movements and armed groups (``movements.txt``,
    lines such as ``+ISWAP_``), curated as the alias table is."""
    text = resources.files("graphkit.canon").joinpath(BODIES_FILE).read_text(encoding="utf-8")
    return [n for n in re.findall(r"^\+?([A-Z]+)_\s*$", text, re.MULTILINE) if ACRONYM.fullmatch(n)]


def parser_names() -> list[tuple[str, str]]:
    """``(name, label)`` of the shipped table's one-word names that the parser tags where its entity recognizer
    left them untagged (``nlp/known_names.tsv``, compiled by ``python -m graphkit.compile_lexicons``): the short
    names in capitals of bodies and groups ("IDF", "ISIL", "SBU": ORG), the one-word names of organizations
    ("Taliban", "Hezbollah": ORG; not a city standing for one, "Brussels"), the names of peoples within one
    state ("Houthi", "Chechens": NORP), the short names of graphkit's own movements ("ISWAP", ``movement_acronyms``)
    and the one-word names of capitals, which stand for their governments in
    news ("Kyiv", "Yerevan": GPE), but those that are also common words or people's names (cues
    ``capitals_as_words``)."""
    data = shipped_alias_table()
    bodies, peoples = body_tables(data), people_tables(data)
    found: dict[str, str] = {}
    organizations = [data.get("organizations", {})]
    for tables, label, form in (
        (bodies, "ORG", ACRONYM),
        (peoples, "NORP", ONE_WORD),
        (organizations, "ORG", ONE_WORD),
    ):
        for name in names_in(tables):
            if form.fullmatch(name) and not (tables is organizations and place(name) is not None):
                found.setdefault(name, label)  # not "Brussels": a city standing for the EU
    for name in movement_acronyms():  # "ISWAP", "TPLF": graphkit's own dictionary of armed groups and movements
        found.setdefault(name, "ORG")
    words = cue_words("capitals_as_words")
    aliased = {n.lower() for n in names_in([*bodies, *peoples])}
    for city in capitals():
        name = city.capitalize()
        if ONE_WORD.fullmatch(name) and city not in words and city not in aliased:  # "Brussels": the EU
            found.setdefault(name, "GPE")
    return sorted(found.items())


def write_parser_names(folder: Path) -> Path:
    """Write ``known_names.tsv`` into ``folder``; returns its path."""
    path = Path(folder) / KNOWN_NAMES_FILE
    lines = ["# one-word names of graphkit/canon/aliases.toml and of capitals; python -m graphkit.compile_lexicons"]
    lines += [f"{name}\t{label}" for name, label in parser_names()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def default_aliases() -> Aliases:
    """The shipped aliases, loaded once per process."""
    return Aliases.load()


@lru_cache(maxsize=1)
def generic_nouns() -> frozenset[str]:
    """Common nouns that are never an entity on their own ("the State", "the court"): ``generic_nouns.txt``."""
    text = resources.files("graphkit.canon").joinpath("generic_nouns.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

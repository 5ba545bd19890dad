"""CAMEO actor codes decoded into what event data counts by: the state and the sector of an actor.

A CAMEO code is a chain of 3-letter elements: a state or international element first, then agents
(sectors), organizations, religions. The tables live in ``actor_codes.toml``.

>>> decode("USAGOV")
ActorCode(code='USAGOV', country='USA', sector='GOV', organization=None)
>>> decode("IGOUNOKID")
ActorCode(code='IGOUNOKID', country=None, sector='IGO', organization='UNO')
>>> decode("USAMED").sector, decode("AFGELI").sector, decode("ROMGOV").country  # PLOVER's JRN; former official
('JRN', 'ELI', 'ROU')
>>> decode("IGOWSTNAT").organization  # NATO: the region element is skipped
'NAT'
>>> decode("~GOVMIL").sector, decode("IGO~").sector  # agent codes of the sector dictionary
('GOV', 'IGO')
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry


@dataclass(frozen=True)
class ActorCode:
    """A decoded CAMEO actor code: ISO alpha-3 of the state (or None), PLOVER sector, organization element."""

    code: str
    country: str | None
    sector: str | None
    organization: str | None = None


@dataclass(frozen=True)
class CodeTables:
    sectors: dict[str, str]
    secondary: dict[str, str]
    international: dict[str, str]
    regions: frozenset[str]
    countries: dict[str, str]
    iso3: frozenset[str]
    state_sectors: frozenset[str]
    commerce_sectors: frozenset[str]
    commerce_types: frozenset[str]
    firm_types: frozenset[str]
    within_state_types: frozenset[str]  # no event between two bodies of one state ([commerce] within_state)
    figurative_force: frozenset[str]  # event types a business does only as a figure of speech ([commerce])
    home_state: frozenset[str]
    home_public: frozenset[str]
    insurgency: tuple[str, ...]  # (army, rebels): an army unnamed that faces rebels of a state is that state's
    jurisdiction: frozenset[str]  # state sectors before which a person of no sector is one of the public
    public_acts: frozenset[str]  # event types in which a person of no sector facing the state is of its public
    restricted_places: frozenset[str]  # event types in which a state's own place named as object is its public
    armed: frozenset[str]  # sectors of armed groups whose attacks fall on their own country's people
    armed_acts: frozenset[str]  # event types in which they do
    custody_acts: frozenset[str]  # event types in which a state's civil power holds people of its own country
    held_abroad: frozenset[str]  # sectors of those it may hold as foreigners
    inquiry_acts: frozenset[str]  # event types in which a state's civil power acts on people of its own country
    inquirers: frozenset[str]  # state sectors that look into their own country's people and offices
    office_holders: frozenset[str]  # sectors of those in office whom unnamed police of their own state act on
    office_acts: frozenset[str]  # event types in which a state's civil power acts on an office of its own
    spoken_forces: frozenset[str]  # state sectors a state's speaker tells of, facing another state
    crowd_acts: frozenset[str]  # event types in which a public faces a body of its own state ([home] protested)
    protested: frozenset[str]  # public sectors that a crowd of another faces as its state's
    answered: frozenset[str]  # public sectors a state named alone answers as its government does
    verdict_acts: frozenset[str]  # event types in which a state's police or courts act on people of their own country
    left_home_acts: frozenset[str]  # event types that forces leaving their own state do to no one
    unread_sectors: frozenset[str]  # whose nouns extraction does not read as people ([sector_nouns] left_out)


@lru_cache(maxsize=1)
def tables() -> CodeTables:
    data = tomllib.loads(resources.files("graphkit.canon").joinpath("actor_codes.toml").read_text("utf-8"))
    secondary = {element: sector for sector, elements in data["secondary"].items() for element in elements}
    iso3 = frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(data["countries"].values())
    return CodeTables(
        data["sectors"],
        secondary,
        data["international"],
        frozenset(data["regions"]["codes"]),
        data["countries"],
        iso3,
        frozenset(data["state_sectors"]["codes"]),
        frozenset(data["commerce"]["sectors"]),
        frozenset(data["commerce"]["event_types"]),
        frozenset(data["commerce"]["between_firms"]),
        frozenset(data["commerce"]["within_state"]),
        frozenset(data["commerce"]["figurative_force"]),
        frozenset(data["home"]["state"]),
        frozenset(data["home"]["public"]),
        tuple(data["home"]["insurgency"]),
        frozenset(data["home"]["jurisdiction"]),
        frozenset(data["home"]["public_acts"]),
        frozenset(data["home"]["restricted_places"]),
        frozenset(data["home"]["armed"]),
        frozenset(data["home"]["armed_acts"]),
        frozenset(data["home"]["custody_acts"]),
        frozenset(data["home"]["held_abroad"]),
        frozenset(data["home"]["inquiry_acts"]),
        frozenset(data["home"]["inquirers"]),
        frozenset(data["home"]["office_holders"]),
        frozenset(data["home"]["office_acts"]),
        frozenset(data["home"]["spoken_forces"]),
        frozenset(data["home"]["crowd_acts"]),
        frozenset(data["home"]["protested"]),
        frozenset(data["home"]["answered"]),
        frozenset(data["home"]["verdict_acts"]),
        frozenset(data["home"]["left_home_acts"]),
        frozenset(data["sector_nouns"]["left_out"]),
    )


def elements(code: str) -> list[str]:
    """The 3-letter elements of a code; numeric religion sub-codes ("214") are dropped."""
    return [e for e in re.findall(r"[A-Z]{3}|[0-9]{3}", code.upper()) if e.isalpha()]


def state(element: str) -> str | None:
    """The ISO alpha-3 code a CAMEO state element stands for, or None."""
    t = tables()
    element = t.countries.get(element, element)
    return element if element in t.iso3 else None


def decode(code: str) -> ActorCode:
    """(country, sector, organization) of a CAMEO actor or agent code; unknown elements are skipped."""
    t = tables()
    parts = elements(code.replace("~", ""))
    country = sector = organization = None
    rest = parts
    if parts:
        first = parts[0]
        if first in t.international:
            sector = t.international[first]
            rest = []
            organization = next((e for e in parts[1:] if e not in t.regions and e not in t.sectors
                                 and e not in t.secondary and state(e) is None), None)  # fmt: skip
        elif first in t.regions:
            rest = parts[1:]
        elif state(first) is not None:
            country, rest = state(first), parts[1:]
    if sector is None:
        sector = next((t.sectors[e] for e in rest if e in t.sectors), None)
    if sector is None:
        sector = next((t.secondary[e] for e in rest if e in t.secondary), None)
    return ActorCode(code, country, sector, organization)

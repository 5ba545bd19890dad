"""Places with GeoNames ids, and the sectors of nouns, titles and known actors."""

from __future__ import annotations

import pytest

from graphkit.canon.coding import ActorCoder
from graphkit.canon.places import capital_of, place


def test_a_capital_is_a_place_of_its_country():
    riyadh = place("Riyadh")
    assert (riyadh.country, riyadh.uri) == ("SAU", "https://sws.geonames.org/108410/")
    assert capital_of("Riyadh") == "SAU"


def test_a_city_that_is_no_capital():
    assert place("Mosul").country == "IRQ" and capital_of("Mosul") is None


def test_other_spellings_find_the_same_city():
    assert place("Kiev") == place("Kyiv")


@pytest.mark.parametrize(
    "noun, sector",
    [("riot police", "COP"), ("troops", "MIL"), ("lawmakers", "LEG"), ("judges", "JUD"),
     ("refugees", "REF"), ("rebel commanders", "REB"), ("guerrillas", "REB"), ("doctors", "MED")],
)  # fmt: skip
def test_noun_sectors(noun, sector):
    assert ActorCoder().noun_sector(noun) == sector


@pytest.mark.parametrize(
    "title, sector",
    [("Interior Minister", "GOV"), ("President", "GOV"), ("Army Chief of Staff", "MIL"),
     ("Director of National Intelligence", "SPY"), ("Police Chief", "COP"), ("Senator", "LEG")],
)  # fmt: skip
def test_title_sectors(title, sector):
    assert ActorCoder().title_sector(title) == sector


def test_known_actors_are_read_at_the_articles_date():
    assert ActorCoder(date="2012-03-01").known("Barack Obama") == ("USA", "GOV")
    assert ActorCoder(date="2001-03-01").known("Barack Obama") == ("USA", "ELI")
    assert ActorCoder().known("a name nobody has") is None

"""Acronyms an article defines, and countries' alternate names from country_converter."""

from __future__ import annotations

import pytest

from graphkit.canon.acronyms import article_acronyms, best_long_form, definitions
from graphkit.canon.countries import country_table
from graphkit.canon.country_names import alternate_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Engineers of the Lunar Freight Agency (LFA) met; the LFA then voted.", {"LFA": "Lunar Freight Agency"}),
        (
            "She joined the World Meteorological Organization (WMO) in May.",
            {"WMO": "World Meteorological Organization"},
        ),
        ("Delegates of the Partido Verde Unido (PVU) walked out.", {"PVU": "Partido Verde Unido"}),
        ("The Allied Farmers' Union (AFU) struck.", {"AFU": "Allied Farmers' Union"}),
        (
            "Reports by the OCHA (Office Coordinating Humanitarian Affairs) came out.",
            {"OCHA": "Office Coordinating Humanitarian Affairs"},
        ),
        ("The Northern Rail Company's (NRC) trains stopped.", {"NRC": "Northern Rail Company"}),
        ("The U.N. (United Nations) met.", {"U.N.": "United Nations"}),
    ],
)
def test_definitions(text, expected):
    assert article_acronyms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister (who spoke first) left.",  # not a short form
        "Prices rose sharply (CPI) last year.",  # letters not in order at word starts
        "He met them in Paris (France) on Monday.",  # a place in brackets
        "A bill was passed (HB 12) on Monday.",  # two words
        "Rockets were fired at the base (ABC).",
    ],
)
def test_no_definition(text):
    assert article_acronyms(text) == {}


def test_offsets_point_at_both_forms():
    text = "Staff of the Orbital Launch Center (OLC) stayed."
    (found,) = definitions(text)
    assert text[found.short_start : found.short_start + len(found.short)] == "OLC"
    assert text[found.long_start : found.long_start + len(found.long)] == "Orbital Launch Center"


def test_first_letter_starts_a_word():
    assert best_long_form("SC", "the mosaic") is None
    assert best_long_form("SC", "a scheme") is None  # one word: not a definition
    assert best_long_form("SC", "the Supreme Court") == "Supreme Court"


@pytest.mark.parametrize(
    "name, iso3",
    [
        ("DPRK", "PRK"), ("D.P.R.K.", "PRK"), ("Korea Republic", "KOR"), ("Republic of China", "TWN"),
        ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("Swaziland", "SWZ"),
        ("Persia", "IRN"), ("Democratic Republic of the Congo", "COD"), ("Zaire", "COD"), ("Holy See", "VAT"),
        ("East Timor", "TLS"), ("People's Republic of China", "CHN"),
    ],
)  # fmt: skip
def test_alternate_country_names(name, iso3):
    assert alternate_names().lookup(name) == iso3


@pytest.mark.parametrize("name", ["Korean Air", "New England", "Bank of England", "Gaza City", "Indiana", "Kongo"])
def test_names_that_only_contain_a_country_are_not_countries(name):
    assert alternate_names().lookup(name) is None


@pytest.mark.parametrize(
    ("code", "iso3"), [("US", "USA"), ("U.S.", "USA"), ("UK", "GBR"), ("UAE", "ARE"), ("DRC", "COD")]
)
def test_country_abbreviations_news_uses_are_countries(code, iso3):
    assert country_table().lookup(code) == iso3


@pytest.mark.parametrize("code", ["EC", "IT", "NO", "IN", "BE"])
def test_other_iso_alpha_2_codes_are_no_countries(code):
    # "the EC" in 1980s news is the European Community, not Ecuador
    assert country_table().lookup(code) is None


def test_a_state_graphkit_codes_that_iso_3166_lacks_is_in_the_table_from_geonames():
    # Kosovo: actor_codes.toml maps CAMEO's KSV to XKX; an actor of it must resolve, not fail the article
    table = country_table()
    assert table.lookup("Kosovo") == "XKX"
    assert table["XKX"].same_as == ("https://sws.geonames.org/831053/",)
    assert table.lookup("Serbia and Montenegro") != "SCG"  # a dissolved state GeoNames keeps is not added

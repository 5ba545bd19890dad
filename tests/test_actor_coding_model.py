"""Issue 12 through the real parser: titled people whole, places apart, every argument coded.

Sentences are made up for these tests; the seed articles' checks are in test_seeds.py and below.
"""

from __future__ import annotations

import json

import pytest

import graphkit
from graphkit.types import Article


@pytest.fixture(scope="module")
def claims() -> dict[str, list[dict]]:
    texts = {
        "hyphen": "South Korean President Moon Jae-hwan criticized Norway on Tuesday.",
        "particle": "Iraqi Prime Minister Adel al-Mahdawi condemned Turkey on Sunday.",
        "org_title": "Kazakh President Kassym-Jomart Tokayev praised Uzbekistan.",
        "police": "Danish police arrested Swedish protesters in Malmo.",
        "seat": "Tehran has sent drones to Moscow, Western officials say.",
        "hyphen_title": "NATO Secretary-General Ines Larrauri criticized Uzbekistan on Friday.",
        "judge": "Judge Tomas Echeverri questioned Peruvian officials about the contract.",
        "lawmaker": "Latvian police detained Ion Rusu, a Peruvian lawmaker, in Riga.",
        "embassy": "Angry protesters demonstrated outside the Latvian embassy on Friday.",
        "home_police": "Protesters clashed with Peruvian police in the capital.",
        "described_after": "Chilean police arrested Juan Sosa, a Peruvian journalist, in Santiago.",
        "described_before": "Peru expelled British businessman Tom Walker on Monday.",
        "described_as_hostage": "Rebels in northern Mali freed Swiss hostage Anna Weber on Monday.",
        "described_by_phrase": "Venezuelan police detained Bolivian presidential candidate Ana Ruiz at the airport.",
        "not_described": "Chilean police arrested Juan Sosa on Monday.",
        "org_described": "Peruvian villagers demonstrated against the Chilean mining company Norte.",
        "demonym_as_name": "The Moldovan police arrested two Chilean activists on Monday.",
        "others_congress": "Peru's Congress voted to suspend military cooperation with Chile.",
        "others_senate": "The Philippine Senate criticized China on Monday.",
        "us_congress": "Congress criticized China on Monday.",
        "placed_congress": "Hundreds of Chilean farmers rallied outside Congress in Valparaiso on Monday.",
        "placed_senate": "Nigerian students rallied outside the Senate in Abuja on Monday.",
        "inner_possessive": "The Lanark People's Liberation Front criticized Norway on Monday.",
        "country_before_noun": "A Chinese court jailed US businessman Tom Walker for five years on Monday.",
        "dotted_country_before_noun": "A Chinese court jailed U.S. businessman Tom Walker for five years on Monday.",
        "outer_possessive": "The Lanark People's Liberation Front's leaders criticized Norway on Monday.",
        "described_figure": "Latvian police detained Moldovan opposition figure Ion Rusu in Riga on Monday.",
        "described_firm": "India opened an investigation into US chipmaker Micron.",
        "described_rapper": "Latvian police detained Moldovan rapper Ion Rusu in Riga on Monday.",
        "described_anchor": "Chilean police arrested Juan Sosa, a Peruvian television anchor, in Santiago.",
        "described_national": "Venezuela freed Dutch national Pieter Bakker after a year in custody in Caracas.",
        "described_airman": "Syria freed Jordanian air force pilot Khaled Haddad on Sunday.",
        "described_politician": "Police in Minsk arrested Belarusian opposition politician Pavel Sevruk.",
        "described_not_after_verb": "The Bolivian government rejected the UN's findings on the massacre.",
        "described_not_across_and": "Peru criticized the Chilean government and United Nations on Monday.",
        "commandos_to_border": "Turkey dispatched commandos to its border with Iraq on Monday.",
        "owned_party": "Japan's ruling Liberal Democratic Party criticized China on Monday.",
        "dictionary_party": "The Liberal Democratic Party criticized Ukraine on Monday.",
        "stateless_placed": "Suspected Islamist gunmen shot dead nine herders in northeastern Nigeria on Sunday.",
        "stateless_facing": "Maoist guerrillas ambushed a convoy of Indian paramilitary police on Friday.",
        "stateless_abroad": "Maoist guerrillas ambushed Indian police near the Nepalese border on Friday.",
        "town_by_people": "Turkish drones hit a fuel truck near the Syrian town of Qamishli on Sunday.",
        "town_by_people_struck": "Israeli gunboats shelled fishing huts near the southern Lebanese town of Khiam.",
        "town_in_state": "Turkish jets bombed Derik in Syria on Sunday.",
        "town_named_elsewhere": "Jihadist fighters overran the town of Palma in northern Mozambique on Friday.",
        "town_in_part_of_state": "Gunmen torched a clinic in Cordoba in the north of Colombia.",
        "villages_by_town": "Israeli drones struck villages near the southern Lebanese town of Khiam overnight.",
        "inquiry_people": "Kenyan prosecutors are investigating 12 students over the riots in the capital.",
        "inquiry_into_people": "Ghana's police opened an investigation into three soldiers on Tuesday.",
        "inquiry_into_report": "Chile's rights body opened an inquiry into reports that police beat detained miners.",
        "inquiry_abroad": "Greek police are investigating three Albanian fishermen over the smuggling ring.",
        "inquiry_into_victims": "Peru's police opened an inquiry into the deaths of four protesters in the Andes.",
        "inquiry_into_harm": "Bolivian prosecutors are investigating an arson attack on a radio station.",
        "inquiry_into_stampede": "Ecuador ordered an inquiry into a stampede at a football stadium.",
        "inquiry_into_harm_abroad": "Ghanaian police are investigating an explosion at a market in Lome.",
        "inquiry_of_crash_abroad": "Chilean investigators flew to Bolivia to examine the crash of the airliner.",
    }
    out: dict[str, list[dict]] = {key: [] for key in texts}
    for record in graphkit.extract_claims([Article(key, text) for key, text in texts.items()]):
        out[record["article"]].append(record)
    return out


def event(records: list[dict]) -> dict:
    return next(r for r in records if r["event_type"])


def test_hyphenated_name_stays_whole_with_its_country(claims):
    subject = event(claims["hyphen"])["subject"]
    assert (subject["label"], subject["type"], subject["country"], subject["sector"]) == (
        "Moon Jae-hwan", "Person", "KOR", "GOV")  # fmt: skip


def test_particle_name_with_its_country(claims):
    subject = event(claims["particle"])["subject"]
    assert (subject["label"], subject["country"], subject["sector"]) == ("Adel al-Mahdawi", "IRQ", "GOV")


def test_a_titled_name_is_a_person_never_an_organization(claims):
    subject = event(claims["org_title"])["subject"]
    assert (subject["id"], subject["type"], subject["country"]) == ("person/kassym-jomart-tokayev", "Person", "KAZ")


def test_a_hyphenated_title_is_one_office_not_a_military_rank(claims):
    subject = event(claims["hyphen_title"])["subject"]
    assert (subject["label"], subject["sector"]) == ("Ines Larrauri", "IGO")  # "General" is no rank here


def test_a_judge_before_a_name_is_judicial(claims):
    subject = event(claims["judge"])["subject"]
    assert (subject["label"], subject["sector"]) == ("Tomas Echeverri", "JUD")


def test_sector_nouns(claims):
    claim = event(claims["police"])
    assert (claim["subject"]["country"], claim["subject"]["sector"]) == ("DNK", "COP")
    assert claim["object"]["country"] == "SWE"


def test_a_capital_that_acts_is_its_government_and_the_speaker_is_coded(claims):
    claim = event(claims["seat"])
    assert (claim["subject"]["id"], claim["subject"]["sector"]) == ("country/IRN", "GOV")
    assert (claim["attributed_to"]["country"], claim["attributed_to"]["sector"]) == (None, "GOV")


def test_every_argument_carries_country_and_sector(claims):
    for records in claims.values():
        for record in records:
            for key in ("subject", "object", "attributed_to"):
                if record[key] is not None:
                    assert {"country", "sector"} <= set(record[key])


def test_an_attack_in_a_capital_is_a_place_not_the_country(tmp_path):
    (tmp_path / "a.txt").write_text("Blast in Kabul\n\nA bomb exploded in Kabul on Monday, police said.", "utf-8")
    graph = graphkit.build(tmp_path)
    assert graph.entities["location/kabul"].same_as == ("https://sws.geonames.org/1138958/",)
    assert "country/AFG" not in graph.entities
    assert not [c for c in graph.claims if c.subject.entity_id == "country/AFG"]


def test_lloyd_austin_has_his_role_and_his_claims_are_american(seed_graph, seed_claims):
    assert "Secretary of Defense (United States)" in seed_graph.entities["person/lloyd-austin"].roles
    visits = [c for c in seed_claims if c["predicate"] == "visits" and c["subject"]["id"] == "person/lloyd-austin"]
    assert visits and all((c["subject"]["country"], c["subject"]["sector"]) == ("USA", "GOV") for c in visits)
    assert all("country" in c["object"] for c in seed_claims)
    json.dumps(seed_claims)  # plain data


def test_a_lawmaker_in_apposition_gives_the_person_a_country_and_the_legislature(claims):
    obj = event(claims["lawmaker"])["object"]
    assert (obj["label"], obj["type"], obj["country"], obj["sector"]) == ("Ion Rusu", "Person", "PER", "LEG")


def test_a_demonym_the_recognizer_took_for_a_name_still_gives_the_country(claims):
    subject = event(claims["demonym_as_name"])["subject"]  # the small model tags "Moldovan" a PERSON here
    assert (subject["country"], subject["sector"]) == ("MDA", "COP")


def test_protesters_at_an_embassy_are_not_its_states_public(claims):
    assert not any(r["subject"]["country"] == "LVA" for r in claims["embassy"])  # they are the host country's
    subject = event(claims["home_police"])["subject"]  # but facing a state's police, they are its public
    assert (subject["country"], subject["sector"]) == ("PER", "CVL")


def test_a_demonym_and_a_noun_beside_a_name_give_the_persons_country_and_sector(claims):
    after = event(claims["described_after"])["object"]
    before = event(claims["described_before"])["object"]
    assert (after["label"], after["country"], after["sector"]) == ("Juan Sosa", "PER", "JRN")
    assert (before["label"], before["country"], before["sector"]) == ("Tom Walker", "GBR", "BUS")


def test_a_demonym_before_a_hostage_or_a_candidate_is_their_nationality(claims):
    hostage = event(claims["described_as_hostage"])["object"]
    candidate = event(claims["described_by_phrase"])["object"]  # the phrase is the agents' noun, not its last word
    assert (hostage["label"], hostage["country"], hostage["sector"]) == ("Anna Weber", "CHE", "CVL")
    assert (candidate["label"], candidate["country"], candidate["sector"]) == ("Ana Ruiz", "BOL", "PTY")


def test_a_clause_between_a_demonym_and_a_name_says_nothing_of_the_person(claims):
    person = event(claims["not_described"])["object"]  # "Chilean police arrested": not a Chilean police officer
    assert person["label"] == "Juan Sosa" and person["sector"] != "COP"


def test_a_demonym_and_a_noun_before_an_unknown_body_give_its_country(claims):
    firm = event(claims["org_described"])["object"]
    assert (firm["label"], firm["country"], firm["sector"]) == ("Norte", "CHL", "BUS")


def test_a_body_of_another_country_is_that_country_s_not_the_us_body_of_its_name(claims):
    # "Congress" and "the Senate" alone are the US Congress; "Peru's Congress", "the Philippine Senate" are not
    for key, country in (("others_congress", "PER"), ("others_senate", "PHL")):
        subject = event(claims[key])["subject"]
        assert (subject["label"], subject["country"], subject["sector"]) != ("US Congress", "USA", "LEG")
        assert subject["country"] == country
        assert subject["sector"] == "LEG"
    assert event(claims["us_congress"])["subject"]["label"] == "US Congress"


def test_a_body_of_a_shared_name_the_text_puts_in_another_state_s_town_is_that_state_s(claims):
    # "Congress in Valparaiso" is Chile's legislature: no US Congress, not even as a body it belongs to
    for key, country in (("placed_congress", "CHL"), ("placed_senate", "NGA")):
        target = event(claims[key])["object"]
        assert (target["country"], target["sector"]) == (country, "LEG")
        assert not [r for r in claims[key] if "USA" in (r["subject"]["country"], r["object"]["country"])]


def test_a_body_named_with_a_possessive_inside_keeps_it_in_its_label_and_has_one_id(claims):
    inner, outer = event(claims["inner_possessive"])["subject"], event(claims["outer_possessive"])["subject"]
    assert inner["label"] == outer["label"] == "Lanark People's Liberation Front"
    assert inner["id"] == outer["id"] == "org/lanark-people-liberation-front"


def test_a_countrys_name_and_a_noun_before_a_name_give_the_persons_country_and_sector(claims):
    for key in ("country_before_noun", "dotted_country_before_noun"):  # "U.S." is a name with letters too
        jailed = event(claims[key])["object"]
        assert (jailed["label"], jailed["country"], jailed["sector"]) == ("Tom Walker", "USA", "BUS")  # not China's


def test_a_movement_of_no_state_in_an_act_of_force_is_of_the_state_where_it_acts(claims):
    placed, facing = event(claims["stateless_placed"]), event(claims["stateless_facing"])
    assert (placed["subject"]["label"], placed["subject"]["country"]) == ("Islamists", "NGA")  # where it kills
    assert (facing["subject"]["label"], facing["subject"]["country"]) == ("Maoists", "IND")  # whom it attacks
    assert event(claims["stateless_abroad"])["subject"]["country"] is None  # two states named: either may be


def test_a_demonym_before_one_who_leads_or_speaks_for_a_sector_gives_the_persons_country(claims):
    person = event(claims["described_figure"])["object"]
    assert (person["label"], person["country"], person["sector"]) == ("Ion Rusu", "MDA", "OPP")
    firm = event(claims["described_firm"])["object"]  # a firm's trade named before it: a chipmaker is a business
    assert (firm["label"], firm["country"], firm["sector"]) == ("Micron", "USA", "BUS")


def test_a_body_the_text_says_another_state_owns_is_that_state_s_own_node(claims):
    # PETRARCH-2 knows a Liberal Democratic Party as Russia's; Japan's is another party of the same name
    owned, known = event(claims["owned_party"])["subject"], event(claims["dictionary_party"])["subject"]
    assert (owned["label"], owned["country"], owned["sector"]) == ("Liberal Democratic Party", "JPN", "PTY")
    assert known["country"] == "RUS" and owned["id"] != known["id"]


def test_a_demonym_beside_a_name_and_its_work_give_the_persons_country(claims):
    # an artist, a presenter: people PETRARCH-2's agents do not name by their work
    rapper, anchor = event(claims["described_rapper"])["object"], event(claims["described_anchor"])["object"]
    assert (rapper["label"], rapper["country"], rapper["sector"]) == ("Ion Rusu", "MDA", "CVL")
    assert (anchor["label"], anchor["country"], anchor["sector"]) == ("Juan Sosa", "PER", "JRN")
    national = event(claims["described_national"])["object"]
    assert (national["label"], national["country"], national["sector"]) == ("Pieter Bakker", "NLD", "CVL")
    # a noun no sector names, after one that does: one of that body
    airman = event(claims["described_airman"])["object"]
    assert (airman["label"], airman["country"], airman["sector"]) == ("Khaled Haddad", "JOR", "MIL")
    politician = event(claims["described_politician"])["object"]
    assert (politician["label"], politician["country"], politician["sector"]) == ("Pavel Sevruk", "BLR", "PTY")
    # a verb between the demonym and the name: the words describe no one
    assert event(claims["described_not_after_verb"])["object"]["country"] is None
    assert {r["object"]["label"]: r["object"]["country"] for r in claims["described_not_across_and"]}.get(
        "United Nations", "missing"
    ) is None


def test_commandos_sent_to_a_border_are_a_show_of_force_not_aid(claims):
    coded = [(r["event_type"], r["object"]["country"]) for r in claims["commandos_to_border"] if r["event_type"]]
    assert coded == [("MOBILIZE", "IRQ")]


def test_people_named_by_their_noun_whom_a_state_investigates_are_its_own(claims):
    """With no place named, whom a state's civil power investigates, by a verb or in an inquiry into them or into
    what a report says they did, are its people; named as of another state, they are that state's."""
    expected = {
        "inquiry_people": ("KEN", "KEN", "EDU"),
        "inquiry_into_people": ("GHA", "GHA", "MIL"),
        "inquiry_into_report": ("CHL", "CHL", "COP"),
        "inquiry_abroad": ("GRC", "ALB", None),
    }
    assert_inquiries(claims, expected)


def test_a_harm_looked_into_with_no_doer_or_place_named_is_at_home(claims):
    """An inquiry into a harm that names no doer and no place (an attack, an explosion, a stampede) is aimed at the
    investigating state's own public, and one into deaths at the people they befell; a place named abroad is
    that place's state."""
    expected = {
        "inquiry_into_victims": ("PER", "PER", "CVL"),
        "inquiry_into_harm": ("BOL", "BOL", "CVL"),
        "inquiry_into_stampede": ("ECU", "ECU", "CVL"),
        "inquiry_into_harm_abroad": ("GHA", "TGO", None),
    }
    assert_inquiries(claims, expected)
    # investigators sent abroad: the harm is not at home, nor is an airliner people it befell
    assert not [r for r in claims["inquiry_of_crash_abroad"] if r["event_type"] == "INVESTIGATE"]


def test_a_town_no_table_knows_is_of_the_state_the_text_places_it_in(claims):
    """ "the Syrian town of Qamishli", "Derik in Syria": a place the tables do not know is the state's its adjective
    or the state it is said to be in names, as the target and as the place of people named by their noun
    ("villages near ...")."""
    for key, iso3 in (("town_by_people", "SYR"), ("town_by_people_struck", "LBN"), ("town_in_state", "SYR")):
        target = event(claims[key])["object"]
        assert (target["type"], target["country"]) == ("Location", iso3), key


def test_a_town_the_text_places_in_a_state_is_there_whatever_the_table_says_elsewhere(claims):
    """ "the town of Palma in northern Mozambique", "Cordoba in the north of Colombia": the tables know a larger
    town of that name in Spain or Argentina; the text says which, and the place is a node of its own."""
    for key, iso3, town in (("town_named_elsewhere", "MOZ", "Palma"), ("town_in_part_of_state", "COL", "Cordoba")):
        target = event(claims[key])["object"]
        assert (target["type"], target["country"], target["text"]) == ("Location", iso3, town), key
        assert target["id"] != f"location/{town}", key
    struck = event(claims["villages_by_town"])
    assert (struck["object"]["country"], struck["object"]["sector"]) == ("LBN", "CVL")
    assert struck["location"] == "Lebanese town of Khiam"


def assert_inquiries(claims: dict[str, list[dict]], expected: dict[str, tuple[str, str, str | None]]) -> None:
    """Each sentence makes one inquiry, from the first country to the second, of the sector when one is given."""
    for key, (doer, target, sector) in expected.items():
        inquiries = [r for r in claims[key] if r["event_type"] == "INVESTIGATE"]
        assert [(r["subject"]["country"], r["object"]["country"]) for r in inquiries] == [(doer, target)], key
        if sector is not None:
            assert inquiries[0]["object"]["sector"] == sector, key


def test_a_shared_name_placed_in_another_state_makes_no_node_of_the_us_body(tmp_path):
    (tmp_path / "a.txt").write_text("Hundreds of Chilean farmers rallied outside Congress in Valparaiso on Monday.\n")
    entities = graphkit.build(tmp_path).entities
    assert "country/CHL" in entities
    assert not [e for e in entities.values() if e.label == "US Congress" or e.iso3 == "USA"]

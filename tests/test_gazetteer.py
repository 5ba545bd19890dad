"""The gazetteer compiled from PETRARCH-2's dictionaries: parsing, code decoding, dated roles, shipped data."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from graphkit.canon.actor_codes import decode
from graphkit.canon.gazetteer import Gazetteer, gazetteer, load_data
from graphkit.canon.gazetteer_compiler import (
    OWN_FILES,
    compile_actors,
    compile_gazetteer,
    parse_actors,
    parse_agents,
    write_sector_nouns,
)
from graphkit.compile_lexicons import DEFAULT_LEXICONS, PACKAGE, main
from graphkit.vocabulary.sector_nouns import SECTOR_NOUNS_FILE

COUNTRIES = """\
# a comment line
NORDLAND_  [NOR]
+NORDLAND_REPUBLIC_ # a synonym with a comment
+FJORDBY_

MARIT_EKSEMPEL_  # a made-up head of government
+PRIME_MINISTER_EKSEMPEL_
\t[NORELI 800101-050930]
\t[NORGOV 050930-130101]
\t[NORELI]
OLA_NORDMANN_ [NORGOV >150101]
KARI_KAPTEIN_
\t[NORMIL 19991231-20101231]
BROKEN_DATE_ [NORGOV 2004017-20061201]
NO_CODE_AT_ALL_
"""
INTERNATIONAL = """\
WORLD_EXAMPLE_ORGANIZATION_ [IGOUNOXMP]
+WEO_
JANE_DOE_EXAMPLE_\t[USAGOV 010120-050120] [IGOUNO >050501]# two careers
"""
MILNONSTATE = """\
FRONT_FOR_TESTING_(FFT)_ [NORREB] #  an armed group
+TESTING_FRONT_
"""
AGENTS = """\
!PERSON! = MAN, WOMAN
!MINIST! = MINISTER, MINISTRY

SENTRY [~MIL]
POLICE!PERSON! [~COP]
FOREIGN_!MINIST! [~GOV]
BAILIFF {} [~JUD]
GOOSE_HERD {GEESE_HERDS} [~AGR]
BLUE_HELMET [IGO~]
NOTHING_HERE
"""


@pytest.fixture()
def lexicons(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicons" / "petrarch2"
    folder.mkdir(parents=True)
    for name, text in [
        ("Phoenix.Countries.actors.txt", COUNTRIES), ("Phoenix.International.actors.txt", INTERNATIONAL),
        ("Phoenix.MilNonState.actors.txt", MILNONSTATE), ("Phoenix.agents.txt", AGENTS), ("LICENSE", "MIT notice\n"),
    ]:  # fmt: skip
        (folder / name).write_text(text, "utf-8")
    return folder.parent


@pytest.fixture()
def small(lexicons: Path) -> Gazetteer:
    return Gazetteer(compile_gazetteer(lexicons))


def test_actor_file_syntax():
    entries = parse_actors(COUNTRIES)
    names = [e.names for e in entries]
    assert names[0] == ["NORDLAND", "NORDLAND REPUBLIC", "FJORDBY"]
    assert entries[1].roles == [["NORELI", "1980-01-01", "2005-09-30"], ["NORGOV", "2005-09-30", "2013-01-01"],
                                ["NORELI", None, None]]  # fmt: skip
    assert entries[2].roles == [["NORGOV", "2015-01-01", None]]
    assert entries[3].roles == [["NORMIL", "1999-12-31", "2010-12-31"]]
    assert all("NO CODE AT ALL" not in e.names and "BROKEN DATE" not in e.names for e in entries)  # nothing usable
    two = parse_actors(INTERNATIONAL)[1]
    assert two.roles == [["USAGOV", "2001-01-20", "2005-01-20"], ["IGOUNO", "2005-05-01", None]]
    assert parse_actors(MILNONSTATE)[0].names == ["FRONT FOR TESTING", "FFT", "TESTING FRONT"]


def test_agent_file_syntax():
    agents = parse_agents(AGENTS)
    assert agents["sentry"] == agents["sentries"] == "~MIL"
    assert agents["policeman"] == agents["policewoman"] == agents["policemen"] == "~COP"
    assert agents["foreign minister"] == agents["foreign ministry"] == agents["foreign ministers"] == "~GOV"
    assert "bailiffs" not in agents and agents["bailiff"] == "~JUD"  # {} : no plural
    assert agents["geese herds"] == "~AGR" and "goose herds" not in agents
    assert agents["blue helmet"] == "IGO~" and "nothing here" not in agents


@pytest.mark.parametrize(
    "code, expected",
    [
        ("USAGOV", ("USA", "GOV", None)),
        ("USAMIL", ("USA", "MIL", None)),
        ("GBRSPY", ("GBR", "SPY", None)),
        ("IGOUNO", (None, "IGO", "UNO")),
        ("IGOEUREEC", (None, "IGO", "EEC")),
        ("NGOHRIAMN", (None, "NGO", "AMN")),
        ("IMGMUSALQ", (None, "REB", "ALQ")),
        ("AFGELI", ("AFG", "ELI", None)),
        ("KORGOVBUS", ("KOR", "GOV", None)),
        ("IRQMUSSHI", ("IRQ", "REL", None)),
        ("ROMGOV", ("ROU", "GOV", None)),
        ("MEAREB", (None, "REB", None)),
        ("CAFGOV", ("CAF", "GOV", None)),  # the Central African Republic, as the dictionaries code it
        ("CFRREB", (None, "REB", None)),  # CAMEO's Central Africa, a region
        ("USAHLH", ("USA", "MED", None)),
        ("USAMED", ("USA", "JRN", None)),
        ("SRB", ("SRB", None, None)),
        ("---", (None, None, None)),
    ],
)
def test_decode(code, expected):
    actor = decode(code)
    assert (actor.country, actor.sector, actor.organization) == expected


def test_dated_roles(small: Gazetteer):
    assert small.code("Marit Eksempel", "1999-05-01").sector == "ELI"
    assert small.code("Marit Eksempel", "2008-05-01").code == "NORGOV"
    assert small.code("prime minister Eksempel", "2020-05-01").code == "NORELI"  # the undated code after office
    assert small.code("Marit Eksempel").code == "NORELI"  # no date: the undated fallback, no open span
    assert small.code("Ola Nordmann").code == "NORGOV"
    assert small.code("Ola Nordmann", "2016-01-01T09:00:00Z").code == "NORGOV"
    assert small.code("Ola Nordmann", "2010-01-01") is None  # before the office: nothing known
    kari = small.code("Kari Kaptein", "2020-01-01")
    assert (kari.country, kari.sector) == ("NOR", "ELI")  # the office ended: a former official
    assert small.code("Kari Kaptein", "2005-01-01").sector == "MIL"
    assert small.code("Jane Doe Example", "2003-01-01").country == "USA"
    assert small.code("Jane Doe Example").sector == "IGO"


def test_lookups_ignore_case_and_article(small: Gazetteer):
    assert small.code("the Nordland Republic").code == "NOR"
    assert small.code("WEO").organization == "UNO"  # the first organization element: the UN system
    assert small.code("FFT") == small.code("Testing Front") == decode("NORREB")
    assert small.agent("Policemen").sector == "COP" and small.agent("unheard-of noun") is None
    assert small.code("Unknown Person") is None


def test_a_first_and_last_name_find_a_longer_name_of_a_person_not_of_a_body(tmp_path: Path, lexicons: Path):
    countries = lexicons / "petrarch2" / "Phoenix.Countries.actors.txt"
    countries.write_text(COUNTRIES + "NORA_SOLVEIG_HANSEN_ [NORGOV]\nCENTRE_FOR_COASTAL_RESEARCH_ [NORNGO]\n", "utf-8")
    found = Gazetteer(compile_gazetteer(lexicons))
    assert found.code("Nora Hansen") == decode("NORGOV")  # Nora Solveig Hansen
    assert found.code("centre research") is None  # a body's name: "Centre for ... Research" is no "centre research"
    assert found.code("Centre for Coastal Research") == decode("NORNGO")


def test_a_surname_one_letter_off_is_the_same_person(small: Gazetteer):
    assert small.person_by_near_name("Ola Nordman") == small.code("Ola Nordmann")  # a letter dropped
    assert small.person_by_near_name("Kari Kapteyn", "2005-01-01").sector == "MIL"  # another spelling, dated
    assert small.person_by_near_name("Ola Nordmannsen") is None  # more than one letter off
    assert small.person_by_near_name("Per Nordmann") is None  # other given names
    assert small.person_by_near_name("Nordman") is None  # a surname alone is ``person_by_surname``'s


def test_a_near_name_of_people_of_two_countries_is_not_guessed(tmp_path: Path, lexicons: Path):
    countries = lexicons / "petrarch2" / "Phoenix.Countries.actors.txt"
    countries.write_text(COUNTRIES + "OLA_NORDMANE_ [SWEGOV]\n", "utf-8")
    assert Gazetteer(compile_gazetteer(lexicons)).person_by_near_name("Ola Nordmand") is None


def test_shared_name_of_two_countries_is_not_guessed(tmp_path: Path, lexicons: Path):
    countries = lexicons / "petrarch2" / "Phoenix.Countries.actors.txt"
    countries.write_text(COUNTRIES + "SMITH_ [NORGOV]\nJOHN_SMITH_\n+SMITH_\n\t[GBRMIL]\n", "utf-8")
    assert Gazetteer(compile_gazetteer(lexicons)).code("Smith") is None


def test_a_name_coded_for_one_country_and_for_none_is_the_country_s(tmp_path: Path, lexicons: Path):
    # an armed group the dictionaries code both under its country and as a regional militant group
    militants = lexicons / "petrarch2" / "Phoenix.MilNonState.actors.txt"
    militants.write_text(MILNONSTATE + "FJORD_FRONT_ [NORREB]\nFJORD_FRONT_ [IMGSEAMUSFJF]\n", "utf-8")
    found = Gazetteer(compile_gazetteer(lexicons))
    assert found.code("Fjord Front") == decode("NORREB")
    assert found.code("Smith") is None  # unknown stays unknown
    # a name two groups share, one coded for a country and one for none, stays unknown
    militants.write_text(MILNONSTATE + "FJORD_FRONT_ [NORREB]\nSEA_FRONT_ [IMGSEAMUSFJF]\n+FJORD_FRONT_\n", "utf-8")
    assert Gazetteer(compile_gazetteer(lexicons)).code("Fjord Front") is None


HOLDERS = """\
# --- Nordland, since the dictionaries ---
MARIT_EKSEMPEL_
\t[NORGOV 20170101-20200101]
OLA_NORDMANN_
+OLA_NORDMAN_
\t[NORGOV 20150101-20190101]
\t[IGOUNO >20200101]
JON_FJORDBY_
+FJORDBY_
\t[NORMIL >20210101]
"""
MOVEMENTS = """\
# --- Nordland ---
FJORD_LIBERATION_ARMY_
+TESTING_FRONT_
\t[NORREB]
"""


def test_graphkit_actors_win_over_the_dictionaries(tmp_path: Path, lexicons: Path):
    (tmp_path / "office_holders.txt").write_text(HOLDERS, "utf-8")
    (tmp_path / "movements.txt").write_text(MOVEMENTS, "utf-8")
    found = Gazetteer(compile_gazetteer(lexicons, tmp_path))
    assert found.code("Ola Nordmann").code == "IGOUNO"  # the dictionaries' open office (NORGOV >2015) has ended
    assert found.code("Ola Nordmann", "2016-06-01").code == "NORGOV"
    assert found.code("Ola Nordman", "2022-06-01").code == "IGOUNO"  # a spelling of ours
    # the dictionaries' offices that ended before ours began stay, their undated fallback (NORELI) goes
    assert found.code("Marit Eksempel", "2008-05-01").code == "NORGOV"
    assert found.code("Prime Minister Eksempel", "2018-05-01").code == "NORGOV"  # their synonym joins ours
    assert found.code("Marit Eksempel", "2024-05-01").sector == "ELI"  # after office: a former official
    assert found.code("Fjordby").code == "NORMIL"  # our name: no longer also a synonym of the country
    assert found.code("Nordland Republic").code == "NOR"
    assert found.person_by_surname("Nordmann").code == "IGOUNO"  # ours are people: their surnames find them
    assert len([a for a in found.actors("Marit Eksempel")]) == 1
    assert [a.source for a in found.actors("Ola Nordmann")] == ["office_holders.txt"]
    army = found.actors("Testing Front")  # no longer the dictionaries' Front for Testing, whose other names stay
    assert [(a.name, a.source) for a in army] == [("FJORD LIBERATION ARMY", "movements.txt")]
    assert found.code("FFT") == decode("NORREB") and found.person_by_surname("Army") is None  # a body's, no surname
    without = Gazetteer(compile_gazetteer(lexicons, None))
    assert without.code("Ola Nordmann").code == "NORGOV" and without.code("Jon Fjordby") is None


def test_compile_writes_data_and_notice(tmp_path: Path, lexicons: Path):
    written = compile_actors(lexicons, tmp_path / "out")
    assert sorted(p.name for p in written) == ["PETRARCH2_LICENSE.txt", "gazetteer.json.gz"]
    assert (tmp_path / "out" / "PETRARCH2_LICENSE.txt").read_text("utf-8") == "MIT notice\n"
    first = (tmp_path / "out" / "gazetteer.json.gz").read_bytes()
    compile_actors(lexicons, tmp_path / "out")
    assert (tmp_path / "out" / "gazetteer.json.gz").read_bytes() == first  # deterministic bytes
    assert json.loads(gzip.decompress(first))["codes"]["NORGOV"] == ["NOR", "GOV", None]


def test_the_sector_nouns_are_the_agents_one_word_nouns(tmp_path: Path, lexicons: Path):
    words = write_sector_nouns(lexicons, tmp_path).read_text("utf-8").splitlines()
    nouns = [w for w in words if not w.startswith("#")]
    # one word each, singular and plural as the dictionary makes them ("BAILIFF {}" has none); phrases ("foreign
    # minister", "blue helmet") stay canon's alone
    assert nouns == ["bailiff", "policeman", "policemen", "policewoman", "policewomen", "sentries", "sentry"]


def test_the_nouns_of_business_are_left_out_of_the_sector_nouns(tmp_path: Path):
    folder = tmp_path / "lexicons" / "petrarch2"
    folder.mkdir(parents=True)
    (folder / "Phoenix.agents.txt").write_text("MAGISTRATE [~JUD]\nINVESTOR [~BUS]\n", encoding="utf-8")
    words = write_sector_nouns(tmp_path / "lexicons", tmp_path).read_text("utf-8").splitlines()
    assert [w for w in words if not w.startswith("#")] == ["magistrate", "magistrates"]  # actor_codes.toml


def test_command_line_names_a_missing_folder(tmp_path: Path, capsys):
    assert main([str(tmp_path / "nowhere")]) == 2
    assert "petrarch2 not found" in capsys.readouterr().err


@pytest.mark.skipif(not (DEFAULT_LEXICONS / "petrarch2").is_dir(), reason="../shared/lexicons is not beside the repo")
def test_shipped_gazetteer_is_what_the_compiler_makes(tmp_path: Path):
    assert load_data() == json.loads(json.dumps(compile_gazetteer(DEFAULT_LEXICONS)))
    shipped = (PACKAGE / "vocabulary" / SECTOR_NOUNS_FILE).read_text("utf-8")
    assert write_sector_nouns(DEFAULT_LEXICONS, tmp_path).read_text("utf-8") == shipped


def test_shipped_gazetteer_loads_fast_and_knows_leaders():
    started = time.process_time()  # CPU time: other processes on a busy machine do not count
    loaded = Gazetteer(load_data())
    assert time.process_time() - started < 1.0
    assert len(loaded) > 20_000
    assert gazetteer().code("Angela Merkel", "2010-01-01").code == "DEUGOV"
    assert gazetteer().code("Donald Trump").country == "USA"  # since the dictionaries: graphkit's office holders
    assert gazetteer().code("Antonio Guterres", "2020-01-01").code == "IGOUNO"
    assert gazetteer().code("Antonio Guterres", "1999-01-01").code == "PRTGOV"
    assert gazetteer().code("Hezbollah").sector == "REB"
    assert gazetteer().agent("riot police").sector == "COP"


def test_a_surname_alone_in_a_dated_story_names_only_a_bearer_in_office_then(tmp_path: Path, lexicons: Path):
    (tmp_path / "office_holders.txt").write_text(HOLDERS, "utf-8")
    (tmp_path / "movements.txt").write_text(MOVEMENTS, "utf-8")
    found = Gazetteer(compile_gazetteer(lexicons, tmp_path))
    assert found.person_by_surname("Fjordby").code == "NORMIL"
    assert found.person_by_surname("Fjordby", "2015-01-01") is None  # not yet in office: another Fjordby
    assert found.person_by_surname("Eksempel", "2018-01-01").code == "NORGOV"
    assert found.person_by_surname("Eksempel", "2024-01-01") is None  # her offices over: someone else
    assert found.person_by_surname("Eksempel").sector == "ELI"  # a story of no date: the latest, a former official


@pytest.mark.parametrize("file_name", sorted(OWN_FILES))
def test_every_code_of_graphkits_own_files_decodes_whole(file_name: str):
    """graphkit's own files are written in CAMEO's codes, as the dictionaries are: an outlet is MED (PLOVER's JRN),
    and a code no table knows would leave a body with a country alone, so the parser would tag it as a place."""
    text = (PACKAGE / "canon" / file_name).read_text("utf-8")
    codes = {code for entry in parse_actors(text, OWN_FILES[file_name]) for code, _, _ in entry.roles}
    undecoded = sorted(c for c in codes if (a := decode(c)).country and len(c) > 3 and not (a.sector or a.organization))
    assert codes and not undecoded

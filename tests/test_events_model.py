"""Event coding with the real spaCy model: a few sentences per construction, end to end through canon."""

from __future__ import annotations

import pytest

import graphkit
from graphkit.extract.arguments import money
from graphkit.nlp import load_model
from graphkit.types import Article


def coded(text: str, date: str | None = None) -> set[tuple[str, str, str, str, str]]:
    records = graphkit.extract_claims(Article("t", text, date=date))
    return {
        (c["subject"]["label"], c["event_type"], c["object"]["label"], c["polarity"], c["modality"])
        for c in records
        if c["event_type"]
    }


def test_a_counterpart_holds_the_office_of_whose_counterpart_he_is_for_his_own_country():
    text = "Bolivian Foreign Minister David Choquehuanca met his Peruvian counterpart Hector Bejar in Lima."
    roles = {(c["subject"]["label"], c["subject"]["country"], c["theme"]) for c in graphkit.extract_claims(text)
             if c["predicate"] == "holds_role"}  # fmt: skip
    assert ("Hector Bejar", "PER", "Foreign Minister") in roles


def test_a_part_of_a_country_before_a_demonym_is_no_country_of_the_title():
    records = graphkit.extract_claims("Chilean President Gabriel Boric received northern Peruvian governor Luis Soto.")
    people = {c["object"]["label"]: c["object"]["country"] for c in records if c["predicate"] == "hosts"}
    assert people == {"Luis Soto": "PER"}  # "northern" says which part of Peru, Peru's is the office


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was attacked by Ukraine.", ("Ukraine", "ASSAULT", "Russia", "positive", "actual")),
        ("Iran will give Russia hundreds of drones.", ("Iran", "AID", "Russia", "positive", "intended")),
        ("Moscow bought drones from Tehran.", ("Iran", "AID", "Russia", "positive", "actual")),
        ("The EU imposed sanctions on Russia.", ("European Union", "SANCTION", "Russia", "positive", "actual")),
        ("Britain urged Iran to stop attacking Israel.", ("United Kingdom", "DEMAND", "Iran", "positive", "actual")),
        ("Iran has refused to supply arms to Russia.", ("Iran", "AID", "Russia", "negative", "actual")),
        (
            "Brazil called on Monday for Chile to reopen the border.",
            ("Brazil", "DEMAND", "Chile", "positive", "actual"),
        ),
        ("Mexico pleaded with Canada to delay the tariffs.", ("Mexico", "DEMAND", "Canada", "positive", "actual")),
        ("Norway cut its development aid to Malawi.", ("Norway", "SANCTION", "Malawi", "positive", "actual")),
        ("Turkey massed tanks on the Syrian border.", ("Turkey", "MOBILIZE", "Syria", "positive", "actual")),
        ("Cuba accepted Mexico's offer of aid.", ("Cuba", "AGREE", "Mexico", "positive", "actual")),
        ("Kenya is to send troops to Somalia.", ("Kenya", "AID", "Somalia", "positive", "intended")),
        ("The problem is that Kenya sent troops to Somalia.", ("Kenya", "AID", "Somalia", "positive", "actual")),
        # the small model leaves "Chile" untagged here: the parser's country step tags it
        ("Chile provided $20 million in aid to Peru.", ("Chile", "AID", "Peru", "positive", "actual")),
        ("Putin called Erdogan to discuss the grain deal.", ("Putin", "CONSULT", "Erdogan", "positive", "actual")),
        ("Chile refused to remove sanctions on Peru.", ("Chile", "RETREAT", "Peru", "negative", "actual")),
        ("Chile expressed its support for Peru's bid.", ("Chile", "SUPPORT", "Peru", "positive", "actual")),
        ("Chile resisted sending troops to Peru.", ("Chile", "AID", "Peru", "negative", "actual")),
        ("Chile put pressure on Peru to withdraw its troops.", ("Chile", "DEMAND", "Peru", "positive", "actual")),
    ],
)
def test_real_parses(text, expected):
    assert expected in coded(text)


def test_a_call_paid_is_a_visit_and_a_reaction_given_is_no_aid():
    assert not any(t == "DEMAND" for _, t, _, _, _ in coded("The Chilean minister paid a call on Peru's president."))
    assert ("Chile", "CONSULT", "Peru", "positive", "actual") in coded("Chile's president paid a visit to Peru.")
    assert not any(t == "AID" for _, t, _, _, _ in coded("Chile gave Peru a quick reaction."))


def test_pressure_on_a_thing_is_no_demand():
    assert coded("Chile kept pressure on the peso after the election.") == set()


def test_an_entry_read_in_another_sense_keeps_a_dictionary_pattern_of_the_same_type_and_no_default():
    # "mobilize" is MOBILIZE for armed forces only; the dictionary's default code for the verb is MOBILIZE too
    assert not any(t == "MOBILIZE" for _, t, _, _, _ in coded("Saudi Arabia mobilized lobby groups in Canada."))


def test_a_verb_whose_object_is_not_its_entry_s_theme_takes_the_dictionary_s_other_sense():
    # "reduce" is a sanction of aid or ties; fewer troops somewhere is a withdrawal (the CAMEO dictionary's sense)
    found = {(s, t, o) for s, t, o, _, _ in coded("Japan will reduce the number of its troops in Iraq.")}
    assert ("Japan", "RETREAT", "Iraq") in found
    assert not any(t == "SANCTION" for _, t, _ in found)


def test_the_urged_act_is_not_claimed():
    assert not any(t == "ASSAULT" for _, t, *_ in coded("Britain urged Iran to stop attacking Israel."))


def test_accusation_carries_a_second_claim_attributed_to_the_accuser():
    records = graphkit.extract_claims("The United States accused Russia of seeking to buy drones from Iran.")
    by_type = {c["event_type"]: c for c in records if c["event_type"]}
    assert by_type["DISAPPROVE"]["object"]["label"] == "Russia"
    aid = by_type["AID"]
    assert (aid["subject"]["label"], aid["object"]["label"], aid["modality"]) == ("Iran", "Russia", "possible")
    assert aid["attributed_to"]["label"] == "United States"


def test_what_an_accuser_accuses_others_of_is_alleged_not_established():
    """ "Amnesty accused Kenyan police of killing 30 protesters": the killing is Amnesty's claim, possible, as an
    allegation is, also where the parser hangs the "of" on the accused."""
    records = graphkit.extract_claims("Amnesty International accused Kenyan police of killing 30 protesters.")
    killed = [c for c in records if c["event_type"] == "ASSAULT"]
    assert killed and {c["modality"] for c in killed} == {"possible"}
    assert {c["attributed_to"]["label"] for c in killed} == {"Amnesty International"}
    assert ("Amnesty International", "DISAPPROVE", "Kenya", "positive", "actual") in coded(
        "Amnesty International accused Kenyan police of killing 30 protesters."
    )


def test_date_is_resolved_against_the_article_date():
    records = graphkit.extract_claims(Article("t", "Russia attacked Ukraine on Monday.", date="2023-07-14"))
    assert [c["date"] for c in records if c["event_type"] == "ASSAULT"] == ["2023-07-10"]


def test_a_place_hung_on_the_named_object_is_the_events_location():
    article = graphkit.Article(
        "a", "Lloyd Austin met Ayman Safadi in Amman on Monday, officials said.", date="2023-03-06"
    )
    (record,) = graphkit.extract_claims(article)
    assert (record["object"]["label"], record["location"], record["date"]) == ("Ayman Safadi", "Amman", "2023-03-06")


def arguments(text: str) -> set[tuple[str, str | None, str, str, str | None]]:
    """(subject label, its sector, event type, object label, its sector) of each event claim."""
    return {
        (c["subject"]["label"], c["subject"]["sector"], c["event_type"], c["object"]["label"], c["object"]["sector"])
        for c in graphkit.extract_claims(text)
        if c["event_type"]
    }


def test_two_sectors_of_one_country_are_a_dyad_of_their_own():
    found = arguments("Israeli police arrested Israeli protesters near the Knesset.")
    assert ("Israel", "COP", "COERCE", "Israel", "CVL") in found
    found = arguments("Peru is investigating alleged abuses by Peruvian soldiers in Ayacucho.")
    assert ("Peru", None, "INVESTIGATE", "Peru", "MIL") in found  # a country named alone is its state


def test_working_people_whom_the_agents_dictionary_lacks_are_no_state_acting_on_itself():
    found = arguments("Bolivian tin miners marched against the Bolivian government in Oruro.")
    assert ("Bolivia", "LAB", "PROTEST", "Bolivia", "GOV") in found  # with no sector they were the state itself
    found = arguments("Striking truck drivers in Santiago protested against the government on Monday.")
    assert ("Chile", "LAB", "PROTEST", "Chile", "GOV") in found


def test_a_country_is_never_its_own_target():
    assert arguments("Tehran accused Iran of lying about the talks.") == set()
    assert arguments("Iranian officials met Iranian officials.") == set()


def test_a_common_noun_in_apposition_with_a_name_is_that_name():
    found = coded("The Venezuelan government ordered the newspaper El Nacional to close its offices.")
    assert any(s == "Venezuela" and o == "El Nacional" for s, _, o, _, _ in found)
    found = coded("Turkish jets bombed the militant group, the PKK, in northern Iraq.")
    assert {(s, t, o) for s, t, o, _, _ in found} == {("Turkey", "FIGHT", "PKK")}  # not Iraq, where it is


def test_an_operation_named_in_apposition_is_no_actor():
    found = coded("The Pakistani army launched a military operation, Operation Black Thunder, against militants.")
    assert not any("Thunder" in o for _, _, o, _, _ in found)


def test_refusing_a_request_rejects_whoever_made_it():
    assert ("Kenya", "REJECT", "Human Rights Watch", "positive", "actual") in coded(
        "Kenya refused a request from Human Rights Watch to visit the camp."
    )
    assert coded("Kenya refused to comment on the camp.") == set()


def test_a_name_apposed_to_a_title_takes_its_country_and_sector():
    records = graphkit.extract_claims(
        "A member of the Kenyan parliament, John Mbadi, began a hunger strike to protest the new tax."
    )
    roles = [c for c in records if c["predicate"] == "holds_role"]
    assert [(c["subject"]["label"], c["subject"]["country"], c["subject"]["sector"]) for c in roles] == [
        ("John Mbadi", "KEN", "LEG")
    ]


def test_a_demonym_before_a_titled_name_is_the_country_served():
    records = graphkit.extract_claims(
        "Omani Sultan Haitham bin Tariq has received the Qatari Ambassador to Oman, Ahmed Al-Thani, to discuss ties."
    )
    roles = {(c["subject"]["label"], c["subject"]["country"], c["subject"]["sector"]) for c in records
             if c["predicate"] == "holds_role"}  # fmt: skip
    # the ambassador to Oman serves Qatar, the country before his title
    assert roles == {("Haitham bin Tariq", "OMN", "GOV"), ("Ahmed Al-Thani", "QAT", "GOV")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police arrested dozens of protesters in Lagos on Friday.",
            ("Nigeria", "COP", "COERCE", "Nigeria", "CVL"),
        ),
        ("Nigerian troops killed several militants in Maiduguri.", ("Nigeria", "MIL", "FIGHT", "Nigeria", "REB")),
        ("Gunmen killed five villagers in Maiduguri.", ("Nigeria", "UAF", "ASSAULT", "Nigeria", "CVL")),
        ("Students were detained by police in Nairobi.", ("Kenya", "COP", "COERCE", "Kenya", "EDU")),
        ("Beijing detained dozens of activists on Tuesday.", ("China", "GOV", "COERCE", "China", "CVL")),
        ("China freed dozens of activists on Tuesday.", ("China", None, "RETREAT", "China", "CVL")),
        # no place named: police and the authorities are the country of the public they face, and back
        ("Chilean farmers clashed with police on Monday.", ("Chile", "AGR", "FIGHT", "Chile", "COP")),
        ("Peruvian police detained protesters on Sunday.", ("Peru", "COP", "COERCE", "Peru", "CVL")),
        (
            "A Bolivian opposition leader surrendered to the authorities.",
            ("Bolivia", "OPP", "CONCEDE", "Bolivia", "GOV"),
        ),
        (  # the sector of the longest end of the noun phrase that has one: an opposition leader, not a leader
            "A veteran Bolivian opposition leader surrendered to the authorities.",
            ("Bolivia", "OPP", "CONCEDE", "Bolivia", "GOV"),
        ),
        ("Peruvian students protested against police.", ("Peru", "EDU", "PROTEST", "Peru", "COP")),
        # a crowd counted without saying of whom is of the place it gathers in
        ("Hundreds rallied in Quito against Chile.", ("Ecuador", "CVL", "PROTEST", "Chile", None)),
        ("Venezuela freed dozens of activists.", ("Venezuela", None, "RETREAT", "Venezuela", "CVL")),
        # in talks or demands too, a public named by its noun faces its own state
        ("Rebel groups agreed to hold talks with the Chilean government.", ("Chile", "REB", "AGREE", "Chile", "GOV")),
        # a legislature faces its own state's government as the public does
        ("Ghanaian lawmakers accused the government of corruption.", ("Ghana", "LEG", "DISAPPROVE", "Ghana", "GOV")),
        ("Lawmakers criticized the Ghanaian president over the loan.", ("Ghana", "LEG", "DISAPPROVE", "Ghana", "GOV")),
        # so does a state's commission named by its noun, facing its public
        (
            "Ghana's opposition urged the electoral commission to recount the votes.",
            ("Ghana", "OPP", "DEMAND", "Ghana", "GOV"),
        ),
    ],
)
def test_an_actor_named_by_its_noun_is_of_the_country_where_it_acts(text, expected):
    assert expected in arguments(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired on protesters.",  # whose police, nothing says
        "Moldovan troops clashed with insurgents.",  # an army acts abroad: the insurgents may be anyone's
        "US troops clashed with insurgents.",  # so do a state's named by its abbreviation: "US" is no place
        "Chilean soldiers detained protesters.",
        "Police arrested two Bolivian citizens for spying.",  # citizens named by nationality are abroad
        "Diplomats investigated a report that a Peruvian engineer had been abducted.",  # diplomats may be anyone's
        "The international community imposed sanctions against Peruvian police.",  # no public of Peru
        "Officials met in Geneva on Monday.",  # a meeting's place says nothing of who meets
        "Russia bombed militants on Sunday.",  # an attack may be anywhere
        "Owners attacked tenants in Lagos on Monday.",  # neither noun has a sector
        "A suicide bomber attacked a U.S. convoy.",  # the convoy is American; the bomber is not
        "In Ohio, the company is fighting opposition to its new stores.",  # a firm is no unnamed actor
        "She took pills given to her by Marco Rossi in Milan.",  # a giver is not the author of what was taken
    ],
)
def test_an_unnamed_actor_without_a_country_or_a_sector_makes_no_claim(text):
    assert arguments(text) == set()


def test_a_rank_between_a_title_and_a_name_is_no_part_of_the_role(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Czech Chief of the General Staff General Karel Rehka met Slovak officials.\n", "utf-8")
    kg = graphkit.build(article)
    people = {e.label: e for e in kg.entities.values() if e.type == "Person"}
    assert list(people) == ["Karel Rehka"]  # "the General Staff" names no person "Staff"
    assert people["Karel Rehka"].roles == ("Chief of the General Staff (Czech Republic)",)


def test_coordinated_fighters_fight_each_other_and_not_the_battle():
    found = arguments("Ethiopian soldiers and Eritrean troops fought pitched battles near the border town.")
    assert {(s, t, o) for s, _, t, o, _ in found} == {
        ("Ethiopia", "FIGHT", "Eritrea"),
        ("Eritrea", "FIGHT", "Ethiopia"),
    }


def test_a_title_alone_is_not_the_holder_of_another_office():
    text = "Shadow foreign secretary Maria Lopez met Spanish officials. The foreign secretary met French officials."
    found = {(s, t, o) for s, _, t, o, _ in arguments(text)}
    assert ("Maria Lopez", "CONSULT", "Spain") in found
    assert ("Maria Lopez", "CONSULT", "France") not in found  # the foreign secretary is not the shadow one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korean army officers met Japanese officials.", ("South Korea", "MIL", "CONSULT", "Japan", "GOV")),
        ("Opposition groups in Zimbabwe criticized Zambia.", ("Zimbabwe", "OPP", "DISAPPROVE", "Zambia", None)),
        ("Angolan rebels kidnapped Russian civilian advisers.", ("Angola", "REB", "ASSAULT", "Russia", "CVL")),
        (
            "Rebels in Darfur attacked Sudanese troops.",
            ("Sudan", "REB", "ASSAULT", "Sudan", "MIL"),
        ),  # a region of Sudan
        ("An Indian tank killed two Pakistani soldiers near the border.", ("India", "MIL", "FIGHT", "Pakistan", "MIL")),
        ("Members of the Kenyan parliament criticized Uganda.", ("Kenya", "LEG", "DISAPPROVE", "Uganda", None)),
        # those who speak for a firm are of the firm, not legislators
        (
            "Danish officials met representatives of Vask Holdings.",
            ("Denmark", "GOV", "CONSULT", "Vask Holdings", None),
        ),
        (
            "Bolivia ordered the newspaper El Diario to close its offices.",  # a restriction (CAMEO 172)
            ("Bolivia", None, "COERCE", "El Diario", "JRN"),
        ),
    ],
)
def test_the_words_before_the_noun_say_who_acts(text, expected):
    assert expected in arguments(text)


def test_the_author_of_what_is_protested_is_its_target():
    found = coded("Thousands of Kenyans gathered in Nairobi to protest the abuses committed by Ugandan soldiers.")
    assert ("Kenya", "PROTEST", "Uganda", "positive", "actual") in found


def test_an_actor_named_only_by_its_noun_is_the_author_of_what_it_owns():
    found = arguments("Bolivian tin miners protested the government's new mining law in Potosi.")
    assert ("Bolivia", "LAB", "PROTEST", "Bolivia", "GOV") in found
    found = arguments("Chilean police attacked the protesters' camp outside the copper mine.")
    assert ("Chile", "COP", "ASSAULT", "Chile", "CVL") in found
    assert arguments("The company criticized the firm's decision to close the plant.") == set()  # no actors


def test_an_unnamed_actor_is_where_the_clause_it_completes_happened():
    found = arguments("Lawyers went on strike in Lahore to protest against the Pakistani government.")
    assert ("Pakistan", "JUD", "PROTEST", "Pakistan", "GOV") in found


def test_what_a_report_says_is_possible_and_a_denied_report_is_denied():
    assert coded("There were reports that Chilean jets bombed Peruvian positions.") == {
        ("Chile", "FIGHT", "Peru", "positive", "possible")
    }
    assert coded("Iran denied a report that it supplied missiles to Venezuela.") == {
        ("Iran", "AID", "Venezuela", "negative", "possible")
    }


def test_supporters_of_an_official_are_not_the_government():
    found = arguments("Supporters of a sacked Kenyan governor clashed with Kenyan police in Kisumu.")
    assert found and all(sector != "GOV" for _, sector, *_ in found)


def test_countries_listed_after_a_noun_do_not_act_on_each_other():
    text = "Britain lags behind some countries - especially Japan and South Korea - which offer faster broadband."
    assert not any(s in ("Japan", "South Korea") for s, *_ in coded(text))


def test_actors_who_offer_together_do_not_agree_with_each_other():
    assert coded("Kenya and Uganda are offering cheaper visas to tourists.") == set()
    assert {(s, t, o) for s, t, o, _, _ in coded("Kenya and Uganda signed a trade deal.")} == {
        ("Kenya", "SUPPORT", "Uganda"),  # a deal signed endorses it (PLOVER SUPPORT), each with the other
        ("Uganda", "SUPPORT", "Kenya"),
    }


def test_people_from_a_region_of_a_country_keep_their_own_sector():
    found = arguments("Rebel leaders from Ethiopia's Tigray region called on Kenya to mediate.")
    assert ("Ethiopia", "REB", "DEMAND", "Kenya", None) in found
    # a body of the country still gives its sector to its members
    assert ("Kenya", "LEG", "DISAPPROVE", "Uganda", None) in arguments(
        "Members of the Kenyan parliament criticized Uganda."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile has won backing from Peru for its fishing plan.", ("Peru", "SUPPORT", "Chile")),
        ("Chile drew sharp criticism from Peru and Bolivia.", ("Bolivia", "DISAPPROVE", "Chile")),
        ("Chile won the support of Peru.", ("Peru", "SUPPORT", "Chile")),
        ("Chile received Peruvian support for the treaty.", ("Peru", "SUPPORT", "Chile")),
    ],
)
def test_what_is_received_is_done_by_the_one_it_comes_from(text, expected):
    found = {(s, t, o) for s, t, o, _, _ in coded(text)}
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found  # never the other way round


@pytest.mark.parametrize(
    "text", ["Chile won support at home.", "Chilean ministers faced criticism last week.", "Chile won the election."]
)
def test_what_is_received_from_no_one_named_makes_no_claim(text):
    assert not coded(text)


def test_releasing_people_is_a_retreat_and_releasing_a_thing_is_nothing():
    # PLOVER: the actual release of prisoners is a RETREAT; a pardon is a concession
    assert ("Chile", "RETREAT", "Peru", "positive", "actual") in coded("Chile freed two Peruvian fishermen.")
    assert ("Chile", "RETREAT", "Peru", "positive", "actual") in coded("Chile released three Peruvian sailors.")
    assert ("Chile", "CONCEDE", "Peru", "positive", "actual") in coded("Chile pardoned two Peruvian fishermen.")
    assert not coded("Chile released a report on Peru.")
    assert not coded("The studio released the film in Peru.")


def test_meeting_people_is_a_meeting_and_meeting_a_request_is_not():
    assert ("Chile", "CONSULT", "Peru", "positive", "actual") in coded(
        "The Chilean minister met his Peruvian counterpart."
    )
    assert ("Chile", "CONSULT", "Peru", "positive", "actual") in coded("Chile's president met Peruvian fishermen.")
    assert not coded("Chile met Peru's request for more fishing rights.")
    assert not coded("Chile met the deadline set by Peru.")


def test_who_uses_an_instrument_does_the_act_not_the_instrument():
    found = coded("Peru has used Chilean drones to attack Bolivian positions.")
    assert ("Peru", "ASSAULT", "Bolivia", "positive", "actual") in found
    assert not [f for f in found if f[0] == "Chile" and f[1] == "ASSAULT"]


def test_a_government_named_after_its_leader_is_his_states():
    found = coded("The Obama administration accused Venezuela of lying.")
    assert ("United States", "DISAPPROVE", "Venezuela", "positive", "actual") in found
    assert not coded("A Putin ally criticized Ukraine.")  # an ally is no government


def test_a_known_body_the_recognizer_misses_is_an_actor():
    # the small model leaves "Human Rights Watch" untagged; the actor dictionaries know it
    assert ("Human Rights Watch", "DEMAND", "Chile", "positive", "actual") in coded(
        "Human Rights Watch said Chile must free the prisoners."
    )


def test_greeting_a_visitor_hosts_him_greeting_news_does_not():
    found = coded("The Chilean president greeted Peruvian President Pedro Castillo.")
    assert ("Chile", "CONSULT", "Pedro Castillo", "positive", "actual") in found
    assert not coded("Chilean investors greeted the news with dismay.")


def test_extraditing_cooperates_with_the_state_that_receives_not_the_one_handed_over():
    found = coded("Chile extradited a Peruvian banker to the United States.")
    assert ("Chile", "COOPERATE", "United States", "positive", "actual") in found
    assert not [f for f in found if f[2] == "Peru"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile provided 5 million dollars to help Peru rebuild after the floods.", ("Chile", "AID", "Peru")),
        ("Chile sent doctors to help Peru fight the epidemic.", ("Chile", "AID", "Peru")),
        ("Chile gave 20 million dollars to support Bolivia's recovery.", ("Chile", "AID", "Bolivia")),
        ("Chile gave 50 million dollars to help Peru.", ("Chile", "AID", "Peru")),  # "to help" hung on the money
        ("Chile sent doctors to support hospitals in Peru.", ("Chile", "AID", "Peru")),  # where what is helped is
        # whom what is helped serves, the "for" hung on the purpose's verb or on what it helps
        ("Chile handed over 30 trucks to support clinics for children in Peru.", ("Chile", "AID", "Peru")),
        ("Chile gave 9 million dollars to support the work of Peruvian hospitals.", ("Chile", "AID", "Peru")),
        # where those it helps are, in a purpose that speaks of aid or of an ill fought, or where relief goes
        (
            "Chile gave 4 million dollars to pay for emergency aid for families hit in Bolivia.",
            ("Chile", "AID", "Bolivia"),
        ),
        ("Chile sent nurses to fight the measles outbreak in Paraguay.", ("Chile", "AID", "Paraguay")),
        ("Chile delivered food aid to villagers cut off by the floods in Bolivia.", ("Chile", "AID", "Bolivia")),
    ],
)
def test_a_transfer_is_for_whom_its_purpose_helps(text, expected):
    assert expected in {(s, t, o) for s, t, o, _, _ in coded(text)}


def test_a_transfer_that_helps_its_giver_has_no_recipient():
    assert not coded("Chile sold 50 jets to help its economy.")
    # a purpose of no help, and goods that are no relief, put no one in the place they name
    assert not coded("Chile gave 80 million dollars to build a copper smelter in Peru.")
    assert not coded("Chile shipped copper to smelters in Peru.")


def test_a_name_with_pro_or_anti_is_a_stance_not_an_actor():
    assert not coded("Chile sent troops to support a pro-Lima militia.")
    assert not [f for f in coded("Anti-Peruvian protesters attacked Chilean police.") if f[0] == "Peru"]


def test_allies_moving_into_a_place_together_do_not_fight_each_other():
    found = coded("Chilean and Peruvian troops moved into the border town of Tacna on Sunday.")
    assert not [f for f in found if {f[0], f[2]} == {"Chile", "Peru"}]


def test_people_from_coordinated_states_are_of_each():
    found = coded("Chile expelled diplomats from Peru and Bolivia.")
    assert {("Chile", "SANCTION", "Peru"), ("Chile", "SANCTION", "Bolivia")} <= {(s, t, o) for s, t, o, _, _ in found}


def test_a_main_verb_parsed_as_a_participle_of_its_subject_keeps_its_subject():
    # the small model reads "airstrikes killed" as "airstrikes [that were] killed": the root is the noun
    assert ("United States", "ASSAULT", "Iraq", "positive", "actual") in coded(
        "American airstrikes killed at least 44 Iraqi civilians."
    )
    assert not coded("Chilean soldiers killed in the raid were buried in Lima.")


def test_trade_is_an_event_with_a_state_on_one_side_and_business_between_firms():
    assert ("Russia", "AID", "India", "positive", "actual") in coded("India bought fighter jets from Russia.")
    assert [(t, o) for _, t, o, _, _ in coded("Lockheed sold six jets to Taiwan.")] == [("AID", "Taiwan")]
    assert not coded("Nortel sold its optical plant to Flextronics.")
    assert not coded("Gazprom bought a stake in the refinery from Menatep.")


@pytest.mark.parametrize(
    "text",
    [
        "Santiago Wanderers were beaten 5-0 by Colo-Colo on Sunday.",
        "The two Chilean actors will battle it out for the best actor award.",
        "Peruvian artist Ana Quispe wins the Chilean Turner Prize.",
    ],
)
def test_games_and_awards_are_no_events(text):
    assert not coded(text)


def test_a_range_of_numbers_is_no_score():
    assert ("Chile", "FIGHT", "Peru", "positive", "actual") in coded(
        "Chilean troops attacked Peruvian positions, killing 5-6 soldiers."
    )


def test_a_range_of_years_is_no_score():
    assert ("Chile", "AID", "Peru", "positive", "actual") in coded(
        "Chile provided $40 million in aid to Peru in 2015-16."
    )


def test_what_a_threat_demands_is_no_event_even_under_a_refusal():
    assert not coded(
        "The kidnappers threatened to kill the hostage if the Chilean government refuses to pull its troops from Peru."
    )


def test_rebels_inside_a_country_are_its_rebels():
    found = graphkit.extract_claims(Article("t", "Chilean troops attacked rebels inside Peru."))
    assert [(c["object"]["country"], c["object"]["sector"]) for c in found if c["event_type"]] == [("PER", "REB")]


def test_sending_an_envoy_is_a_visit_and_sending_troops_is_aid():
    assert ("Chile", "CONSULT", "Peru", "positive", "intended") in coded("Chile will send an envoy to Peru next week.")
    assert not [f for f in coded("Chile will send an envoy to Peru next week.") if f[1] == "AID"]
    assert ("Chile", "AID", "Peru", "positive", "actual") in coded("Chile sent troops to Peru.")


def test_granting_autonomy_or_an_amnesty_concedes_and_granting_money_aids():
    assert ("Chile", "CONCEDE", "Peru", "positive", "actual") in coded("Chile granted an amnesty to Peruvian rebels.")
    assert ("Chile", "AID", "Peru", "positive", "actual") in coded("Chile granted 5 million dollars to Peru.")


def test_particle_verbs_read_as_their_particle_says():
    assert ("Chile", "REJECT", "Peru", "positive", "actual") in coded("Chile turned down Peru's offer of talks.")
    sent_back = coded("Chile sent back two Peruvian migrants.")  # "back" parsed as an adverb
    assert ("Chile", "COERCE", "Peru", "positive", "actual") in sent_back
    assert not [f for f in sent_back if f[1] == "AID"]


def test_an_ultimatum_is_a_threat():
    # CAMEO 139 "give ultimatum" is under 13 (threaten), not 10 (demand)
    assert ("Chile", "THREATEN", "Peru", "positive", "actual") in coded("Chile issued an ultimatum to Peru.")


def test_what_an_actor_says_with_its_act_is_its_own():
    # A participle after the clause that says something (accusing, urging) is said by the clause's subject
    assert ("Chile", "DISAPPROVE", "Peru", "positive", "actual") in coded(
        "Chile walked out of the talks on Monday, accusing Peru of bad faith."
    )
    assert not coded("Chile won the final on Sunday, beating Peru.")


def test_the_by_of_an_event_noun_hung_on_its_of_phrase_names_its_author():
    found = coded("Thousands of Chileans rallied in Santiago to protest the killing of a student by Peruvian police.")
    assert ("Chile", "PROTEST", "Peru", "positive", "actual") in found


def test_forces_loyal_to_a_government_act_for_its_country():
    found = graphkit.extract_claims(Article("t", "Forces loyal to the Peruvian government attacked Bolivian rebels."))
    assert [(c["subject"]["country"], c["subject"]["sector"], c["object"]["country"]) for c in found] == [
        ("PER", "MIL", "BOL")
    ]


def test_breaking_off_relations_is_a_sanction_and_two_states_doing_it_do_it_to_each_other():
    # The dictionary's "break * OFF" (130, a threat) matched before its "* RELATIONS" (161)
    assert ("Chile", "SANCTION", "Peru", "positive", "actual") in coded(
        "Chile broke off diplomatic relations with Peru."
    )
    assert not [f for f in coded("Chile broke off diplomatic relations with Peru.") if f[1] == "THREATEN"]
    both = {(s, t, o) for s, t, o, _, _ in coded("Chile and Peru restored diplomatic ties in 2010.")}
    assert {("Chile", "Peru"), ("Peru", "Chile")} <= {(s, o) for s, _, o in both}


def test_attacking_a_policy_is_criticism():
    found = coded("The United States openly attacked Japan's fiscal policy.")
    assert ("United States", "DISAPPROVE", "Japan", "positive", "actual") in found
    assert not [f for f in found if f[1] == "ASSAULT"]


def test_a_country_s_adjective_before_a_currency_names_no_actor():
    assert not coded("Banco Santander is issuing a 200 mln Australian dlr eurobond due 1995.")
    assert not coded("The central bank of Chile bought Canadian dollars on Monday.")
    assert ("Chile", "DISAPPROVE", "Canada", "positive", "actual") in coded("Chile criticized Canadian officials.")


def test_a_score_the_tagger_takes_for_a_date_is_still_a_score():
    assert not coded("Chile beat Peru 26-21 in Santiago.")  # NER tags "26-21" DATE
    assert ("Chile", "FIGHT", "Peru", "positive", "actual") in coded("Chilean troops killed 5-6 Peruvian soldiers.")


def test_plotting_an_attack_is_intending_it_and_a_decoration_received_is_no_aid():
    assert ("Peru", "ASSAULT", "Chile", "positive", "intended") in coded(
        "Peruvian rebels plotted to assassinate the Chilean president."
    )
    assert not coded("The Chilean ambassador received his decoration from the Peruvian minister.")


def test_a_people_named_with_its_country_is_of_that_country():
    claims = [
        c for c in graphkit.extract_claims("Iraqi Kurds protested against the Syrian government.") if c["event_type"]
    ]
    assert [(c["subject"]["label"], c["subject"]["country"]) for c in claims] == [("Iraqi Kurds", "IRQ")]


@pytest.mark.parametrize(
    ("text", "people", "iso3"),
    [
        ("Myanmar's army attacked Karen rebels near the Thai border.", "Karen", "MMR"),
        ("Government troops clashed with Karenni insurgents in the hills.", "Karenni", "MMR"),
        ("Sudanese soldiers fought Masalit militiamen outside the town.", "Masalit", "SDN"),
    ],
)
def test_a_people_of_one_state_whom_the_tagger_takes_for_a_name_is_of_that_state(text, people, iso3):
    claims = [c for c in graphkit.extract_claims(text) if c["event_type"] == "FIGHT"]
    assert (people, iso3) in {(c["object"]["label"], c["object"]["country"]) for c in claims}


def test_countries_of_a_list_the_recognizer_takes_for_one_name_are_each_a_country():
    found = coded("Mali, Burkina Faso and Niger suspended cooperation with ECOWAS.")
    assert {s for s, t, *_ in found if t == "SANCTION"} == {"Mali", "Burkina Faso", "Niger"}


def test_a_pronoun_never_stands_for_the_news_agency_that_reports():
    found = coded(
        "Oil analysts told Reuters that output was within the quota. "
        "They back recent statements by OPEC ministers that the group is producing within its ceiling."
    )
    assert not [f for f in found if "Reuters" in (f[0], f[2])]
    monitored = coded(
        "A broadcast, monitored by the British Broadcasting Corporation, said Fujimori made the speech. "
        "He said Peruvians must resist dissent and try to prevent it."
    )
    assert not [f for f in monitored if "British Broadcasting Corporation" in (f[0], f[2])]
    # a pronoun still stands for the one actor named before it
    assert ("Chile", "DISAPPROVE", "Peru", "positive", "actual") in coded(
        "Chile recalled its ambassador on Monday. It also criticized Peru."
    )


def test_an_arms_ban_imposed_on_a_state_is_a_sanction():
    found = {(s, t, o) for s, t, o, _, _ in coded("Chile imposed its arms ban on Peru in 1989.")}
    assert found == {("Chile", "SANCTION", "Peru")}


def test_a_document_ner_tags_as_a_body_is_no_party():
    assert not any(
        "Treaty" in o
        for _, _, o, _, _ in coded("Chile said it would withdraw from the Antarctic Treaty if Peru objected.")
    )
    assert coded("Bolivia pulled out of the Andean Free Trade Agreement.") == set()
    assert ("Peru", "DISAPPROVE", "Chile", "positive", "actual") in coded(
        "Peru accused Chile of violating the Geneva Conventions."
    )


def test_a_country_tagged_as_a_people_is_a_country_a_pronoun_stands_for():
    from graphkit.nlp import load_model

    doc = load_model()("Tajikistan said it would accept refugees from Afghanistan.")
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Tajikistan"] == [("Tajikistan", "GPE")]
    assert ("Tajikistan", "AID", "Afghanistan", "positive", "intended") in coded(doc.text)


# News forms of the grammar, each with what it must claim (subject, type, object, polarity, modality)
NEWS_FORMS = [
    # sides that exchange fire near a place fight each other
    pytest.param("Peruvian and Chilean forces exchanged artillery fire overnight near the border village of Tacna.",
                 ("Peru", "FIGHT", "Chile", "positive", "actual"), id="exchanged-fire-near-a-place"),
    # "riot police" the tagger read as a verb and its object is one noun, the police deployed
    pytest.param("Ghana deployed soldiers and riot police across Accra.",
                 ("Ghana", "MOBILIZE", "Ghana", "positive", "actual"), id="riot-police-deployed"),
    # an office named as the owner of the act asked for ("the president's resignation") is the public's own
    pytest.param("Zambian students demanded the president's resignation.",
                 ("Zambia", "DEMAND", "Zambia", "positive", "actual"), id="demanded-the-presidents-resignation"),
    # sides coordinated as subjects of a clash at a place fight each other there, not the place
    pytest.param("Indian and Chinese troops clashed at the Galwan border post.",
                 ("India", "FIGHT", "China", "positive", "actual"), id="clashed-at-a-place"),
    # a vehicle hijacked with the people it carries is violence against them; guns moved to a border are forces
    pytest.param("Gunmen hijacked a bus carrying 40 people near Quetta.",
                 ("Pakistan", "ASSAULT", "Pakistan", "positive", "actual"), id="hijacked-a-bus-carrying"),
    pytest.param("Armenia deployed howitzers to its border with Azerbaijan.",
                 ("Armenia", "MOBILIZE", "Azerbaijan", "positive", "actual"), id="deployed-howitzers"),
    # people of a region named by their noun are the region's state's; live fire on a crowd is violence
    pytest.param("Burundian troops launched operations against armed groups in South Kivu.",
                 ("Burundi", "FIGHT", "Democratic Republic of the Congo", "positive", "actual"),
                 id="armed-groups-in-a-region"),
    pytest.param("Soldiers dispersed protesters in Khartoum with live fire.",
                 ("Sudan", "ASSAULT", "Sudan", "positive", "actual"), id="dispersed-with-live-fire"),
    # men counted, and those whose offices or accounts a state's power raids or freezes, are acted on
    pytest.param("Police in Lusaka rounded up dozens of young men after the riots.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="dozens-of-young-men"),
    pytest.param("Ugandan police raided the offices of the main opposition party.",
                 ("Uganda", "COERCE", "Uganda", "positive", "actual"), id="offices-of-the-party"),
    # "the Congress party" is the party of that name, not the US Congress
    pytest.param("Indian authorities froze bank accounts belonging to the opposition Congress party.",
                 ("India", "SANCTION", "Congress party", "positive", "actual"), id="accounts-belonging-to"),
    # forces readied ahead of an offensive by others are mobilized against them
    pytest.param("Chad's army called up reservists ahead of an expected offensive by Sudanese rebels.",
                 ("Chad", "MOBILIZE", "Sudan", "positive", "actual"), id="ahead-of-an-offensive-by"),
    # a crowd blocking railway tracks protests against its own government (CAMEO 144); a protest's demand of its
    # own government is made where the protest is (a guard)
    pytest.param("Farmers in Lagos blocked railway tracks.",
                 ("Nigeria", "PROTEST", "Nigeria", "positive", "actual"), id="blocked-railway-tracks"),
    pytest.param("Hundreds of Ghanaians rallied outside the French embassy in Accra to demand that their government "
                 "expel the ambassador.", ("Ghana", "DEMAND", "Ghana", "positive", "actual"),
                 id="rallied-to-demand-of-their-government"),
    # an office no one is named for, or one held before, that a state's power charges is its own
    pytest.param("Ugandan prosecutors charged the former health minister with fraud.",
                 ("Uganda", "DISAPPROVE", "Uganda", "positive", "actual"), id="charged-the-former-minister"),
    pytest.param("Zambia's anti-corruption commission charged a former minister with abuse of office.",
                 ("Zambia", "DISAPPROVE", "Zambia", "positive", "actual"), id="charged-a-former-minister"),
    # forces sent across a town of the state's own, by it or by no one named, are mobilized at home
    pytest.param("Hundreds of riot police officers were deployed across Lusaka ahead of the opposition march.",
                 ("Zambia", "MOBILIZE", "Zambia", "positive", "actual"), id="police-were-deployed-across"),
    pytest.param("Zambia deployed soldiers across Lusaka after the riots.",
                 ("Zambia", "MOBILIZE", "Zambia", "positive", "actual"), id="deployed-soldiers-across-its-capital"),
    # a city's name before a place noun names a place in it, not a thing of the city
    pytest.param("Israeli troops withdrew from the northern Gaza town of Beit Hanoun.",
                 ("Israel", "RETREAT", "Palestine", "positive", "actual"), id="gaza-town-of"),
    # one who attacks with a knife, no one named, is of unidentified forces where he struck
    pytest.param("A knifeman stabbed three people at a station in the German city of Hamburg.",
                 ("Germany", "ASSAULT", "Germany", "positive", "actual"), id="knifeman"),
    # people named by their noun are where the clause on them says they act
    pytest.param("Police fired tear gas at students who were protesting in Dhaka.",
                 ("Bangladesh", "ASSAULT", "Bangladesh", "positive", "actual"), id="students-who-were-protesting-in"),
    pytest.param("Police arrested dozens of activists who had gathered in central Kampala.",
                 ("Uganda", "COERCE", "Uganda", "positive", "actual"), id="activists-who-had-gathered-in"),
    # a legislature's inquiry into an office no one is named for is into the state's own
    pytest.param("Brazil's Senate opened an investigation into the former health minister.",
                 ("Brazil", "INVESTIGATE", "Brazil", "positive", "actual"), id="senate-inquiry-into-an-office"),
    # people named by their noun whom a state lets or bids act
    pytest.param("Zambia's government allowed opposition parties to hold rallies.",
                 ("Zambia", "CONCEDE", "Zambia", "positive", "actual"), id="allowed-parties-to"),
    pytest.param("The Togolese government demanded that students end their strike.",
                 ("Togo", "DEMAND", "Togo", "positive", "actual"), id="demanded-that-students"),
    # people of no sector whom a state's police hold or question are its own
    pytest.param("Ghanaian police arrested four suspects over the robbery.",
                 ("Ghana", "COERCE", "Ghana", "positive", "actual"), id="arrested-suspects"),
    pytest.param("Peruvian detectives questioned two suspects about the killing.",
                 ("Peru", "INVESTIGATE", "Peru", "positive", "actual"), id="questioned-suspects"),
    pytest.param("Police in Lusaka arrested a man accused of arson.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="arrested-a-man"),
    # a verb with no object of its own shares the object of the verb coordinated right after it
    pytest.param("Kenyan police arrested and charged two opposition activists.",
                 ("Kenya", "COERCE", "Kenya", "positive", "actual"), id="arrested-and-charged"),
    pytest.param("Burmese soldiers beat and arrested dozens of villagers in Sagaing.",
                 ("Myanmar", "ASSAULT", "Myanmar", "positive", "actual"), id="beat-and-arrested"),
    pytest.param("Ecuador condemned and expelled the Peruvian ambassador.",
                 ("Ecuador", "DISAPPROVE", "Peru", "positive", "actual"), id="condemned-and-expelled"),
    # whom a thing struck is told to be owned or flagged by is whom the attack is against
    pytest.param("Somali pirates fired rockets at a Danish-owned cargo ship.",
                 ("Somalia", "ASSAULT", "Denmark", "positive", "actual"), id="fired-at-a-danish-owned-ship"),
    # people named by their noun whom a state's power accuses or bids act are its public, at home
    pytest.param("Ugandan police charged four opposition activists with treason.",
                 ("Uganda", "DISAPPROVE", "Uganda", "positive", "actual"), id="charged-activists"),
    pytest.param("The Togolese president urged students to return to class.",
                 ("Togo", "DEMAND", "Togo", "positive", "actual"), id="urged-students"),
    # who made a thing, told by a relative clause on it, is whom criticism of it targets
    pytest.param("Ecuador criticized the border plan that Colombia proposed.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="criticized-the-plan-it-proposed"),
    # a relative clause with a subject of its own is done to the noun it is on
    pytest.param("Canada imposed sanctions on three Haitian politicians it accused of backing armed gangs.",
                 ("Canada", "DISAPPROVE", "Haiti", "positive", "actual"), id="officials-it-accused"),
    pytest.param("Norway expelled a Russian diplomat whom Oslo accused of spying.",
                 ("Norway", "DISAPPROVE", "Russia", "positive", "actual"), id="diplomat-whom-it-accused"),
    # people named by their lot or work whose sector graphkit's table gives are people acted on, not things
    pytest.param("Peruvian police arrested 30 striking miners.",
                 ("Peru", "COERCE", "Peru", "positive", "actual"), id="arrested-miners"),
    pytest.param("Cuban authorities stripped 20 exiled critics of their citizenship.",
                 ("Cuba", "COERCE", "Cuba", "positive", "actual"), id="stripped-critics"),
    # a verb read whole with the bare noun after its preposition, where the lexicon lists it so
    pytest.param("A Zambian court put two opposition activists behind bars.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="put-behind-bars"),
    pytest.param("Cambodian police threw two opposition activists into jail.",
                 ("Cambodia", "COERCE", "Cambodia", "positive", "actual"), id="threw-into-jail"),
    # an office no one is named for is the state's own, whose holder its police hold or its prosecutors investigate
    pytest.param("Ghanaian police arrested the former energy minister.",
                 ("Ghana", "COERCE", "Ghana", "positive", "actual"), id="arrested-the-former-minister"),
    pytest.param("Peruvian prosecutors are investigating the former interior minister.",
                 ("Peru", "INVESTIGATE", "Peru", "positive", "actual"), id="investigating-the-former-minister"),
    # a state's governing body named only by its noun is the state of the public it faces, when the sentence names
    # no other; so are a protest's crowd and the government it demands of, where the protest is
    pytest.param("Malawian teachers accused the government of withholding their salaries.",
                 ("Malawi", "DISAPPROVE", "Malawi", "positive", "actual"), id="accused-the-government"),
    pytest.param("Zambian opposition parties urged the government to postpone the vote.",
                 ("Zambia", "DEMAND", "Zambia", "positive", "actual"), id="urged-the-government"),
    pytest.param("Thousands of farmers marched in Kampala demanding the resignation of the government.",
                 ("Uganda", "DEMAND", "Uganda", "positive", "actual"), id="protest-demanding-of-the-government"),
    # a crowd that protests a thing of no one named protests against its own government; a state's protest of a
    # thing is a complaint to no one named (a guard in NOT_CLAIMED)
    pytest.param("Chilean dockers protested the new port rules.",
                 ("Chile", "PROTEST", "Chile", "positive", "actual"), id="crowd-protested-a-thing"),
    # setting fire to a place burns it as torching does; attackers no one names are unidentified armed forces there
    pytest.param("Unidentified attackers set fire to a mosque in the Nigerien town of Tahoua.",
                 ("Niger", "ASSAULT", "Niger", "positive", "actual"), id="set-fire-to"),
    # reservists called up ahead of an offensive somewhere are mobilized against where it is to strike
    pytest.param("Azerbaijan called up reservists ahead of a ground offensive in Nagorno-Karabakh.",
                 ("Azerbaijan", "MOBILIZE", "Nagorno-Karabakh", "positive", "actual"), id="ahead-of-an-offensive-in"),
    # a sentence handed to one the parser made a second object of the verb falls on him; one remanded is held
    pytest.param("A Zambian court handed activist Peter Phiri a five-year jail term.",
                 ("Zambia", "COERCE", "Peter Phiri", "positive", "actual"), id="handed-a-sentence"),
    pytest.param("A Malawian court remanded opposition leader Peter Banda in custody.",
                 ("Malawi", "COERCE", "Peter Banda", "positive", "actual"), id="remanded-in-custody"),
    # a party or a body of the public the state dissolves is banned (PLOVER COERCE); not a parliament (a guard)
    pytest.param("Cambodia's Supreme Court dissolved the opposition Candlelight Party.",
                 ("Supreme Court", "COERCE", "Candlelight Party", "positive", "actual"), id="party-dissolved"),
    # a people's name alone as protesters is its public, not its state, so it may protest in its own capital
    pytest.param("Peruvians marched in Lima against the new tax.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="demonym-crowd-at-home"),
    # combatants captured in war are abducted (PLOVER ASSAULT), not arrested
    pytest.param("Shining Path guerrillas captured three Peruvian soldiers near Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="soldiers-captured"),
    # people let back in are the object of the letting, which the parser made a clause with no verb; inspectors
    # let in are a RETREAT (CAMEO 0862, receive inspectors)
    pytest.param("Iran allowed IAEA inspectors back into the Natanz plant.",
                 ("Iran", "RETREAT", "International Atomic Energy Agency", "positive", "actual"),
                 id="allowed-back-into"),
    # "the city of X" is X; a show of force "aimed at" someone is against them
    pytest.param("A car bomb planted by Shining Path exploded outside a bank in the city of Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="in-the-city-of"),
    pytest.param("Chile sent a frigate to the Pacific in a show of force aimed at Peru.",
                 ("Chile", "MOBILIZE", "Peru", "positive", "actual"), id="show-of-force-aimed-at"),
    # the "of" of a build-up written with a hyphen names whose forces build up; forces moved "closer to" a border
    pytest.param("A build-up of Azerbaijani troops near the Armenian border alarmed Yerevan.",
                 ("Azerbaijan", "MOBILIZE", "Armenia", "positive", "actual"), id="build-up-of-troops"),
    pytest.param("Belarus moved armoured units closer to the Polish border.",
                 ("Belarus", "MOBILIZE", "Poland", "positive", "actual"), id="moved-closer-to-a-border"),
    # legal proceedings launched against someone are a suit (CAMEO 115), as a lawsuit filed is
    pytest.param("The European Commission launched infringement proceedings against Hungary.",
                 ("European Commission", "DISAPPROVE", "Hungary", "positive", "actual"), id="proceedings-against"),
    # the means to speak given back is a restriction eased; ties restored are still diplomacy
    pytest.param("Myanmar's junta restored mobile internet in Rakhine.",
                 ("Myanmar", "CONCEDE", "Rakhine", "positive", "actual"), id="internet-restored"),
    pytest.param("Chile restored diplomatic ties with Peru.",
                 ("Chile", "SUPPORT", "Peru", "positive", "actual"), id="ties-restored"),
    # a group's fighters fight armed men, and assault whoever else they strike
    pytest.param("Shining Path fighters killed 14 Peruvian farmers near Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="group-fighters-kill-farmers"),
    pytest.param("Shining Path fighters attacked Peruvian troops near Lima.",
                 ("Shining Path", "FIGHT", "Peru", "positive", "actual"), id="group-fighters-attack-troops"),
    pytest.param("Shining Path fighters attacked Peruvian positions near Lima.",
                 ("Shining Path", "FIGHT", "Peru", "positive", "actual"), id="group-fighters-attack-positions"),
    # an act done in protest against no one named is a protest at home; a strike in protest against a state is
    # against that state
    pytest.param("Nepali shopkeepers shut their stores in protest against a new sales tax.",
                 ("Nepal", "PROTEST", "Nepal", "positive", "actual"), id="in-protest-at-home"),
    pytest.param("Ghanaian traders staged a hunger strike in protest against Nigeria.",
                 ("Ghana", "PROTEST", "Nigeria", "positive", "actual"), id="strike-in-protest-against"),
    # the means to speak cut off where people are coerces them (PLOVER: "shutting off internet access")
    pytest.param("Ethiopian authorities shut down the internet in Tigray.",
                 ("Ethiopia", "COERCE", "Tigray", "positive", "actual"), id="internet-shut-down"),
    # a place set on fire by armed men is attacked; by a crowd, protested at
    pytest.param("Shining Path guerrillas torched a police station in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="torched-a-station"),
    pytest.param("Angry Bolivian protesters torched the Chilean consulate in La Paz.",
                 ("Bolivia", "PROTEST", "Chile", "positive", "actual"), id="crowd-torched-a-consulate"),
    # forces sent somewhere "in a move" or "in a bid" to face someone are against them, not where they go
    pytest.param("Canada deployed a battalion to Latvia in a move to deter Russia.",
                 ("Canada", "MOBILIZE", "Russia", "positive", "actual"), id="in-a-move-to-deter"),
    pytest.param("France sent two frigates to the eastern Mediterranean in a bid to deter Turkey.",
                 ("France", "MOBILIZE", "Turkey", "positive", "actual"), id="in-a-bid-to-deter"),
    # jets scrambled are forces readied, against whom they answer
    pytest.param("Japan scrambled fighter jets after Russian bombers violated its airspace.",
                 ("Japan", "MOBILIZE", "Russia", "positive", "actual"), id="scrambled-jets"),
    # an alert after a state's act answers the state, whatever it did; forces named by their units or aircraft too
    pytest.param("Chile put its navy on alert after Argentina sent an oil survey ship into the Beagle Channel.",
                 ("Chile", "MOBILIZE", "Argentina", "positive", "actual"), id="alert-after-a-state-act"),
    pytest.param("Finland raised its military alert level after Russia tested a new cruise missile.",
                 ("Finland", "MOBILIZE", "Russia", "positive", "actual"), id="alert-level-after-a-test"),
    pytest.param("Uganda put its border units on combat alert after Congo moved tanks toward Lake Albert.",
                 ("Uganda", "MOBILIZE", "Democratic Republic of the Congo", "positive", "actual"),
                 id="units-on-alert"),
    pytest.param("Norway scrambled two F-35 jets after Russian bombers flew along its coast.",
                 ("Norway", "MOBILIZE", "Russia", "positive", "actual"), id="scrambled-after-bombers-flew"),
    # a mobilisation a light verb carries faces whom a tension or a border "with" names
    pytest.param("Serbia announced a partial mobilisation of reservists amid tension with Croatia.",
                 ("Serbia", "MOBILIZE", "Croatia", "positive", "actual"), id="mobilisation-amid-tension-with"),
    # people named by the noun before a demand made it: to bow to it concedes to them, to reject it rejects them
    pytest.param("The Zambian government bowed to opposition demands and postponed the vote.",
                 ("Zambia", "CONCEDE", "Zambia", "positive", "actual"), id="bowed-to-opposition-demands"),
    pytest.param("Nigeria's government bowed to worker demands on Friday.",
                 ("Nigeria", "CONCEDE", "Nigeria", "positive", "actual"), id="bowed-to-worker-demands"),
    pytest.param("Peru's government rejected worker demands.",
                 ("Peru", "REJECT", "Peru", "positive", "actual"), id="rejected-worker-demands"),
    # a vehicle struck that carries people strikes them, and they are no armed men for carrying arms' place
    pytest.param("Houthi rebels ambushed a bus carrying Saudi pilgrims near Najran.",
                 ("Houthis", "ASSAULT", "Saudi Arabia", "positive", "actual"), id="bus-carrying-people"),
    pytest.param("Taliban fighters ambushed a convoy carrying Turkish engineers near Herat.",
                 ("Taliban", "ASSAULT", "Turkey", "positive", "actual"), id="convoy-carrying-civilians"),
    # PLOVER's manual: a cyber attack is coercion (COERCE, mode cyber), an abduction violence (ASSAULT, abduct)
    pytest.param("Iranian hackers launched a cyber attack on Israeli water facilities.",
                 ("Iran", "COERCE", "Israel", "positive", "actual"), id="cyber-attack-coerces"),
    pytest.param("Russia waged a cyber war against Estonian banks.",
                 ("Russia", "COERCE", "Estonia", "positive", "actual"), id="cyber-war-coerces"),
    pytest.param("Boko Haram fighters abducted 40 Cameroonian villagers.",
                 ("Boko Haram", "ASSAULT", "Cameroon", "positive", "actual"), id="abduction-is-violence"),
    # war games held near a border are a show of force toward whom the border is with, not a joint exercise
    pytest.param("Iran held war games near the border with Azerbaijan.",
                 ("Iran", "MOBILIZE", "Azerbaijan", "positive", "actual"), id="war-games-near-a-border"),
    # what a show of force answers may hang on a verb coordinated with it
    pytest.param("India placed its army on high alert and cancelled all leave after Pakistani shells hit two villages.",
                 ("India", "MOBILIZE", "Pakistan", "positive", "actual"), id="alert-and-leave-cancelled-after"),
    # acts done together by any word for it are joint; an act wrapped up or concluded was done
    pytest.param("Malaysia began coordinated patrols with Indonesia in the Strait of Malacca.",
                 ("Malaysia", "COOPERATE", "Indonesia", "positive", "actual"), id="coordinated-patrols"),
    pytest.param("The Chinese and Pakistani navies wrapped up their joint exercise off Karachi.",
                 ("China", "COOPERATE", "Pakistan", "positive", "actual"), id="wrapped-up-a-joint-exercise"),
    pytest.param("Putin wrapped up a two-day visit to China.",
                 ("Putin", "CONSULT", "China", "positive", "actual"), id="wrapped-up-a-visit"),
    # the bosses of cartels handed over are extradited, not given
    pytest.param("Mexico handed over 29 cartel bosses to the United States.",
                 ("Mexico", "COOPERATE", "United States", "positive", "actual"), id="cartel-bosses-handed-over"),
    # students who boycott classes protest at home; a crowd at a protest takes part in it
    pytest.param("Kenyan university students boycotted classes for a week.",
                 ("Kenya", "PROTEST", "Kenya", "positive", "actual"), id="students-boycotted-classes"),
    pytest.param("Zambian women burned their headscarves at demonstrations across the country.",
                 ("Zambia", "PROTEST", "Zambia", "positive", "actual"), id="crowd-at-demonstrations"),
    # an inquiry into what is said of an act looks into who did the act
    pytest.param("Kenya opened an inquiry into reports of abuses by Ugandan soldiers in Busia.",
                 ("Kenya", "INVESTIGATE", "Uganda", "positive", "actual"), id="inquiry-into-reports-of-acts-by"),
    # people barred from acting are coerced (PLOVER COERCE, restrict)
    pytest.param("Israel barred two US congresswomen from entering the country.",
                 ("Israel", "COERCE", "United States", "positive", "actual"), id="barred-from-entering"),
    # whom a call is with, hung on the means it goes by
    pytest.param("Chilean President Gabriel Boric spoke by telephone with Peruvian President Pedro Castillo.",
                 ("Gabriel Boric", "CONSULT", "Pedro Castillo", "positive", "actual"), id="spoke-by-telephone-with"),
    # a participle of captivity after the people a verb of release frees: the parser made them a clause's subject
    pytest.param("Shining Path guerrillas freed three Peruvian engineers held hostage for two years.",
                 ("Shining Path", "RETREAT", "Peru", "positive", "actual"), id="freed-people-held-hostage"),
    # ... coordinated; and the ELN, which the dictionaries name only with Bolivia's and Colombia's beside it
    pytest.param("ELN rebels freed six Venezuelan soldiers and two police officers held captive since May.",
                 ("National Liberation Army", "RETREAT", "Venezuela", "positive", "actual"),
                 id="freed-coordinated-people-held"),
    # a participle on an event noun the parser made the noun's clause: "talks [which were] focused on trade"
    pytest.param("Chile held talks with Peru on Monday focused on trade.",
                 ("Chile", "CONSULT", "Peru", "positive", "actual"), id="talks-focused-on"),
    # forcing a way into a place where people gather is an attack on its country
    pytest.param("Shining Path gunmen stormed a crowded market in Lima on Sunday.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="stormed-a-market"),
    # victims with no country of their own, struck at or near a spot in a place: where that spot is
    pytest.param("Shining Path claimed responsibility for a bombing that killed 12 people at a police station in "
                 "Lima.", ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="victims-at-a-spot-in-a-place"),
    pytest.param("Shining Path claimed a bombing that wounded 30 people near a market in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="victims-near-a-spot-in-a-place"),
    # who is said to be behind an act of violence, or responsible for it, did it (as another says, the speaker)
    pytest.param("The Shining Path said it was behind the bombing of a police station in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="said-it-was-behind"),
    pytest.param("Peru said Shining Path was responsible for the car bombing in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="was-responsible-for"),
    # a crowd counted by its people that storms a building protests, as protesters do
    pytest.param("Hundreds of Peruvians stormed the presidential palace in Lima.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="hundreds-of-a-people-stormed"),
    # a hedge that starts a sentence is no word of the name after it
    pytest.param("Suspected Shining Path guerrillas attacked a police station in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="suspected-name"),
    # a town, a province or a region named by its people's adjective is in their country
    pytest.param("Shining Path gunmen attacked a bus in the Peruvian town of Tingo Maria on Sunday.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="in-the-peruvian-town-of"),
    # ... and a town the place table knows, which its noun says is a town, is itself the place struck near
    pytest.param("Shining Path gunmen ambushed a truck near the Peruvian town of Tingo Maria.",
                 ("Shining Path", "ASSAULT", "Tingo Maria", "positive", "actual"), id="near-the-peruvian-town-of"),
    # things attacked in coordination: where the last one is, the parser hangs the place on it alone
    pytest.param("FARC rebels attacked two police stations and an army base in Colombia on Sunday.",
                 ("Revolutionary Armed Forces of Colombia", "ASSAULT", "Colombia", "positive", "actual"),
                 id="coordinated-things-one-place"),
    # an attack "claimed by" a group, told in a clause of its own: whom the clause's passive names or where it was
    pytest.param("A bomb exploded in a crowded market in Kabul on Friday, killing nine people, in an attack claimed "
                 "by the Islamic State group.", ("Islamic State", "ASSAULT", "Afghanistan", "positive", "actual"),
                 id="attack-claimed-where-the-clause-was"),
    pytest.param("A Colombian colonel was shot dead outside his home in Cali, in an attack claimed by the ELN.",
                 ("National Liberation Army", "ASSAULT", "Colombia", "positive", "actual"),
                 id="attack-claimed-on-the-clause-victim"),
    # a show of force that names no target faces whom its border or a tension "with" names
    pytest.param("Estonia placed its army on alert along the frontier with Russia on Friday.",
                 ("Estonia", "MOBILIZE", "Russia", "positive", "actual"), id="alert-along-frontier-with"),
    pytest.param("Ecuador put its army on alert on Monday, citing rising tensions with Peru.",
                 ("Ecuador", "MOBILIZE", "Peru", "positive", "actual"), id="alert-citing-tensions-with"),
    # letting someone act, also bare ("let") and promised ("agreed to allow"): a concession to whom is let act
    pytest.param("Ecuador let Colombian troops cross the border on Monday.",
                 ("Ecuador", "CONCEDE", "Colombia", "positive", "actual"), id="let-bare-infinitive"),
    pytest.param("Ecuador agreed to let Colombian engineers build a bridge on the border.",
                 ("Ecuador", "AGREE", "Colombia", "positive", "actual"), id="agreed-to-let"),
    pytest.param("Bolivia agreed to allow Chilean inspectors to visit the mine on Tuesday.",
                 ("Bolivia", "CONCEDE", "Chile", "positive", "intended"), id="agreed-to-allow"),
    # an attitude voiced is toward whom its preposition names, even when "its" owns it
    pytest.param("Peru expressed its opposition to Chile's new border plan.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="attitude-its"),
    pytest.param("Ecuador voiced its disapproval of Colombia on Friday.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="attitude-of"),
    pytest.param("Bolivia expressed opposition to Argentina.",
                 ("Bolivia", "DISAPPROVE", "Argentina", "positive", "actual"), id="attitude-bare"),
    # criticism a protest is for is a protest against its target; criticism no protest is for stays criticism
    pytest.param("Peruvian farmers marched through Cusco to denounce Chile.",
                 ("Peru", "PROTEST", "Chile", "positive", "actual"), id="protest-purpose"),
    pytest.param("Ecuadorean students went on strike to voice their opposition to Colombia's border policy.",
                 ("Ecuador", "PROTEST", "Colombia", "positive", "actual"), id="protest-strike"),
    pytest.param("Bolivian miners rallied in Oruro, denouncing Chile.",
                 ("Bolivia", "PROTEST", "Chile", "positive", "actual"), id="protest-participle"),
    pytest.param("Peruvian officials met in Lima to condemn Chile.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="criticism-no-protest"),
    # the partner hung on the matter agreed
    pytest.param("Chile agreed on a fishing plan with Peru.",
                 ("Chile", "AGREE", "Peru", "positive", "actual"), id="matter-partner"),
    # forces sent into a country are moved against it; peacekeepers sent there, or troops sent to it, aid it
    pytest.param("Ecuador sent 2,000 troops into Colombia.",
                 ("Ecuador", "MOBILIZE", "Colombia", "positive", "actual"), id="troops-sent-into"),
    pytest.param("Brazil sent peacekeepers into Haiti.",
                 ("Brazil", "AID", "Haiti", "positive", "actual"), id="peacekeepers-sent-into"),
    pytest.param("Kenya sent troops to Somalia.",
                 ("Kenya", "AID", "Somalia", "positive", "actual"), id="troops-sent-to"),
    # armed forces going into a country occupy it (CAMEO 192)
    pytest.param("Ecuadorean troops moved into Colombia.",
                 ("Ecuador", "COERCE", "Colombia", "positive", "actual"), id="troops-moved-into"),
    # people who fled, taken in, are given asylum; accepting an offer is still an agreement
    pytest.param("Ecuador admitted 800 refugees from Colombia.",
                 ("Ecuador", "AID", "Colombia", "positive", "actual"), id="asylum-from"),
    pytest.param("Brazil is sheltering thousands of Venezuelan refugees.",
                 ("Brazil", "AID", "Venezuela", "positive", "actual"), id="asylum-counted"),
    pytest.param("Hungary will not accept Syrian migrants.",
                 ("Hungary", "AID", "Syria", "negative", "intended"), id="asylum-refused"),
    pytest.param("Ecuador accepted Colombia's offer.",
                 ("Ecuador", "AGREE", "Colombia", "positive", "actual"), id="offer-accepted"),
    # forces counted by the thousand are still forces
    pytest.param("Ecuador deployed thousands of troops to the Colombian border.",
                 ("Ecuador", "MOBILIZE", "Colombia", "positive", "actual"), id="forces-counted"),
    # a ceasefire names where it holds, as it names whom it is with
    pytest.param("Turkey declared a unilateral ceasefire in northern Syria.",
                 ("Turkey", "RETREAT", "Syria", "positive", "actual"), id="ceasefire-in"),
    pytest.param("Russia announced a truce with Ukraine.",
                 ("Russia", "RETREAT", "Ukraine", "positive", "actual"), id="ceasefire-with"),
    # a dictionary verb of mobilizing is aimed through its prepositions, with graphkit's border ones
    pytest.param("Ecuador stepped up military patrols along the Colombian frontier.",
                 ("Ecuador", "MOBILIZE", "Colombia", "positive", "actual"), id="mobilized-along"),
    # a name in apposition to a counterpart noun is whom it names
    pytest.param("Chile met its ally Peru on Friday.",
                 ("Chile", "CONSULT", "Peru", "positive", "actual"), id="ally-met"),
    pytest.param("Israel attacked Iran's ally Hezbollah on Sunday.",
                 ("Israel", "ASSAULT", "Hezbollah", "positive", "actual"), id="ally-attacked"),
    pytest.param("Russia sent weapons to its ally Syria.",
                 ("Russia", "AID", "Syria", "positive", "actual"), id="ally-armed"),
    # an accord initialled is signed, by each with the other: PLOVER SUPPORT ("ratify, sign, or finalize")
    pytest.param("Ecuador and Colombia initialled a trade agreement on Monday.",
                 ("Ecuador", "SUPPORT", "Colombia", "positive", "actual"), id="initialled"),
    pytest.param("Ecuador and Colombia initialled a trade agreement on Monday.",
                 ("Colombia", "SUPPORT", "Ecuador", "positive", "actual"), id="initialled-back"),
    # a visitor received from a body of a country is hosted, not a gift from it
    pytest.param("Kenya's president received a delegation from Sudan's military government in Nairobi.",
                 ("Kenya", "CONSULT", "Sudan", "positive", "actual"), id="delegation-received"),
    # captives or ground handed over are let go of
    pytest.param("Armenia handed over 15 Azerbaijani soldiers it had captured.",
                 ("Armenia", "RETREAT", "Azerbaijan", "positive", "actual"), id="captives-handed-over"),
    pytest.param("French troops handed their last base to Chadian authorities.",
                 ("France", "RETREAT", "Chad", "positive", "actual"), id="base-handed-over"),
    # a joint operation is between its partners, not with whom it is against
    pytest.param("Kenya and Uganda launched a joint operation against Somali militants.",
                 ("Kenya", "COOPERATE", "Uganda", "positive", "actual"), id="joint-operation"),
    # a water in a deal's name is no party to it; the states named after a water are
    pytest.param("Turkey agreed to extend the Black Sea shipping deal with Ukraine.",
                 ("Turkey", "AGREE", "Ukraine", "positive", "actual"), id="water-named-deal"),
    pytest.param("Iran criticized the Gulf Arab states.",
                 ("Iran", "DISAPPROVE", "Gulf states", "positive", "actual"), id="gulf-arab-states"),
    pytest.param("Iraq condemned the Persian Gulf states.",
                 ("Iraq", "DISAPPROVE", "Persian Gulf", "positive", "actual"), id="shore-states"),
    # an act said only to be unlikely or possible is possible
    pytest.param("A Russian invasion of Finland remains unlikely, analysts said.",
                 ("Russia", "FIGHT", "Finland", "positive", "possible"), id="judged-unlikely"),
    # a group led by a country acts for it; a thing drafted by one is its
    pytest.param("The Saudi-led coalition bombed Houthi positions near Hodeidah.",
                 ("Saudi Arabia", "ASSAULT", "Houthis", "positive", "actual"), id="x-led"),
    pytest.param("The coalition led by Saudi Arabia bombed Houthi positions.",
                 ("Saudi Arabia", "ASSAULT", "Houthis", "positive", "actual"), id="led-by"),
    pytest.param("Venezuela rejected the US-drafted resolution.",
                 ("Venezuela", "REJECT", "United States", "positive", "actual"), id="x-drafted"),
    # a warning that its addressee could face a hostile act from no one else is a threat
    pytest.param("The European Union warned Serbia that it could face sanctions over the election.",
                 ("European Union", "THREATEN", "Serbia", "positive", "actual"), id="warned-could-face"),
    # forces reinforced on a border, or sent toward a country, are moved against it
    pytest.param("Thailand reinforced troops on its border with Laos.",
                 ("Thailand", "MOBILIZE", "Laos", "positive", "actual"), id="reinforced-on-border"),
    pytest.param("China sent dozens of warplanes toward Taiwan on Monday.",
                 ("China", "MOBILIZE", "Taiwan", "positive", "actual"), id="sent-toward"),
    # a traveller arriving on a visit of their own visits where they arrive, more narrowly than the tour goes
    pytest.param("Indonesian President Joko Widodo arrived in Canberra on his first visit since the election.",
                 ("Joko Widodo", "CONSULT", "Australia", "positive", "actual"), id="arrived-on-own-visit"),
    pytest.param("The Japanese prime minister arrived in Hanoi on a tour of three Southeast Asian countries.",
                 ("Japan", "CONSULT", "Vietnam", "positive", "actual"), id="arrived-on-tour"),
    # people wanted by justice handed over are extradited, the "to" on the particle or on the verb
    pytest.param("Italy handed over to France three suspected Red Brigades members.",
                 ("Italy", "COOPERATE", "France", "positive", "actual"), id="suspects-handed-over"),
    pytest.param("Italy handed three suspected Red Brigades members over to France.",
                 ("Italy", "COOPERATE", "France", "positive", "actual"), id="suspects-handed-over-to"),
    # an act passed over for another is not done
    pytest.param("Britain abstained rather than veto the resolution on Argentina.",
                 ("United Kingdom", "REJECT", "Argentina", "negative", "actual"), id="rather-than"),
    pytest.param("France abstained instead of vetoing the resolution on Mali.",
                 ("France", "REJECT", "Mali", "negative", "actual"), id="instead-of"),
    # an act asked about is possible, and no one's promise
    pytest.param("Diplomats wonder if Ethiopia will attack Eritrea.",
                 ("Ethiopia", "ASSAULT", "Eritrea", "positive", "possible"), id="wonder-if"),
    # armed forces moved to a border are mobilized against whom it is shared with, wherever "with" hangs
    pytest.param("Ethiopia moved some 20,000 troops to its border with Eritrea.",
                 ("Ethiopia", "MOBILIZE", "Eritrea", "positive", "actual"), id="moved-troops"),
    pytest.param("Greece rushed tanks to its border with Turkey.",
                 ("Greece", "MOBILIZE", "Turkey", "positive", "actual"), id="rushed-tanks"),
    pytest.param("China announced new naval drills around the Philippines.",
                 ("China", "MOBILIZE", "Philippines", "positive", "actual"), id="drills-around"),
    # a threat names an act of its own, and the act names whom it is against
    pytest.param("Britain threatened sanctions on Zimbabwe.",
                 ("United Kingdom", "THREATEN", "Zimbabwe", "positive", "actual"), id="threatened-sanctions"),
    pytest.param("Russia threatened military intervention in Georgia.",
                 ("Russia", "THREATEN", "Georgia", "positive", "actual"), id="threatened-intervention"),
    # strikes hit where they are carried out, wherever the parser hangs the place
    pytest.param("Turkey carried out air strikes inside Iraq on Sunday.",
                 ("Turkey", "FIGHT", "Iraq", "positive", "actual"), id="strikes-inside"),
    pytest.param("Boko Haram carried out attacks in Cameroon.",
                 ("Boko Haram", "ASSAULT", "Cameroon", "positive", "actual"), id="attacks-in"),
    # a thing owned or flagged by a country, written against its name, is that country's
    pytest.param("The Houthis attacked a Norwegian-owned tanker.",
                 ("Houthis", "ASSAULT", "Norway", "positive", "actual"), id="x-owned"),
    pytest.param("Ukraine attacked a Russian-flagged cargo ship.",
                 ("Ukraine", "ASSAULT", "Russia", "positive", "actual"), id="x-flagged"),
    # what is promised "for" someone is promised to them
    pytest.param("Ghana pledged its support for Togo's bid to join the Commonwealth.",
                 ("Ghana", "AGREE", "Togo", "positive", "actual"), id="pledged-for"),
    # whom a light verb puts under arrest is its object, or in the passive its subject
    pytest.param("Belarus placed Svetlana Tikhanovskaya under house arrest.",
                 ("Belarus", "COERCE", "Svetlana Tikhanovskaya", "positive", "actual"), id="placed-under-arrest"),
    pytest.param("Svetlana Tikhanovskaya was placed under house arrest by Belarus's security service.",
                 ("Belarus", "COERCE", "Svetlana Tikhanovskaya", "positive", "actual"), id="placed-under-arrest-by"),
    # a threat named by its noun is made to whom the threatened act is done; military strikes are force
    pytest.param("Turkey's threat to cut water supplies to Syria worried the UN.",
                 ("Turkey", "THREATEN", "Syria", "positive", "actual"), id="threat-noun-to"),
    pytest.param("Uganda's threat to launch military strikes in Sudan alarmed Kenya.",
                 ("Uganda", "FIGHT", "Sudan", "positive", "intended"), id="military-strikes"),
    # the "from" of an offer, hung on what is offered, is its author
    pytest.param("Eritrea rejected an offer of talks from Ethiopia.",
                 ("Eritrea", "REJECT", "Ethiopia", "positive", "actual"), id="offer-of-from"),
    # people captured are seized; a town captured is force
    pytest.param("Israeli forces captured two Hezbollah commanders.",
                 ("Israel", "COERCE", "Hezbollah", "positive", "actual"), id="captured-people"),
    pytest.param("Ethiopian troops captured the Eritrean town of Badme.",
                 ("Ethiopia", "FIGHT", "Eritrea", "positive", "actual"), id="captured-town"),
    # people held as shields, whatever the verb, are the dictionary's human shields (CAMEO 184)
    pytest.param("Houthi fighters held Yemeni villagers as human shields.",
                 ("Houthis", "ASSAULT", "Yemen", "positive", "actual"), id="human-shields"),
    # capitals the small model does not know stand for their states
    pytest.param("Moscow accused Kyiv of shelling the plant.",
                 ("Russia", "DISAPPROVE", "Ukraine", "positive", "actual"), id="capital-kyiv"),
    pytest.param("Senegal and Nouakchott signed a fishing accord.",
                 ("Senegal", "SUPPORT", "Mauritania", "positive", "actual"), id="capital-nouakchott"),
    # a country's name the recognizer took for a date is the country
    pytest.param("The Economic Community of West African States urged Niger to restore its ousted president.",
                 ("Economic Community of West African States", "DEMAND", "Niger", "positive", "actual"),
                 id="niger-not-a-date"),
    pytest.param("FARC guerrillas attacked a Colombian army patrol.",
                 ("Revolutionary Armed Forces of Colombia", "ASSAULT", "Colombia", "positive", "actual"), id="farc"),
    # a junta is a government
    pytest.param("The African Union called on the junta in Mali to hold elections.",
                 ("African Union", "DEMAND", "Mali", "positive", "actual"), id="junta-in"),
    # a border reopened eases its closure
    pytest.param("Kenya reopened its border with Tanzania.",
                 ("Kenya", "CONCEDE", "Tanzania", "positive", "actual"), id="border-reopened"),
    # no one did it
    pytest.param("No Ugandan troops were withdrawn from Somalia.",
                 ("Uganda", "RETREAT", "Somalia", "negative", "actual"), id="no-troops-passive"),
    pytest.param("Chile said no Chilean troops had crossed into Peru.",
                 ("Chile", "FIGHT", "Peru", "negative", "actual"), id="no-troops-subject"),
    # asked whether it is so, or said what it would be: only possible
    pytest.param("Is Chile supplying Peru with tanks?",
                 ("Chile", "AID", "Peru", "positive", "possible"), id="yes-no-question"),
    pytest.param("Will Iran strike Israel?",
                 ("Iran", "ASSAULT", "Israel", "positive", "possible"), id="yes-no-question-will"),
    pytest.param("A Chilean attack on Peru would be a disaster.",
                 ("Chile", "ASSAULT", "Peru", "positive", "possible"), id="hypothetical-would"),
    pytest.param("Any Chilean blockade of Peru could trigger a war.",
                 ("Chile", "COERCE", "Peru", "positive", "possible"), id="hypothetical-any"),
    pytest.param("The Chilean attack on Peru could spark a war.",  # the attack is told; what it may do is not
                 ("Chile", "ASSAULT", "Peru", "positive", "actual"), id="definite-could"),
    # giving back, paying out, lending, taking one's own people out, asking for help
    pytest.param("Ethiopia handed back the captured town to Eritrean forces.",
                 ("Ethiopia", "RETREAT", "Eritrea", "positive", "actual"), id="handed-back-town"),
    pytest.param("Japan disbursed a loan of 100 million dollars to Laos.",
                 ("Japan", "AID", "Laos", "positive", "actual"), id="disbursed"),
    pytest.param("Canada evacuated its diplomats from Haiti.",
                 ("Canada", "RETREAT", "Haiti", "positive", "actual"), id="evacuated-own"),
    pytest.param("Egypt sought a new loan from the World Bank.",
                 ("Egypt", "DEMAND", "World Bank", "positive", "actual"), id="sought-from"),
    pytest.param("Tunisia made a plea to the European Union for migrant funding.",
                 ("Tunisia", "DEMAND", "European Union", "positive", "actual"), id="plea-to"),
    # an enemy hung on the ally one fights beside
    pytest.param("Kenyan troops fought alongside Somali forces against al Shabaab.",
                 ("Kenya", "FIGHT", "al Shabaab", "positive", "actual"), id="alongside-against"),
    # a protest delivered to a state is a complaint
    pytest.param("Seoul lodged a protest with Tokyo over the textbooks.",
                 ("South Korea", "DISAPPROVE", "Japan", "positive", "actual"), id="lodged-protest"),
    pytest.param("Ukraine filed a lawsuit against Russia at the World Court.",
                 ("Ukraine", "DISAPPROVE", "Russia", "positive", "actual"), id="lawsuit-against"),
    # letting an actor act concedes to it
    pytest.param("Jordan allowed Iraqi inspectors to visit the camp.",
                 ("Jordan", "CONCEDE", "Iraq", "positive", "actual"), id="allowed-to"),
    pytest.param("Peru did not permit Chilean warships to dock in Callao.",
                 ("Peru", "CONCEDE", "Chile", "negative", "actual"), id="not-permitted-to"),
    # roads blocked by protesters are a protest against whom its purpose names
    pytest.param("Ecuadorean protesters blocked roads in Quito to denounce Colombia.",
                 ("Ecuador", "PROTEST", "Colombia", "positive", "actual"), id="blocked-roads"),
    # a resolution drafted by some is theirs, whatever body's name it bears; a sea named alone is no actor
    pytest.param("Chile vetoed a Security Council resolution drafted by Peru and Bolivia.",
                 ("Chile", "REJECT", "Peru", "positive", "actual"), id="drafted-by"),
    # a relative pronoun in a passive stands for its noun
    pytest.param("Hezbollah fighters, who are backed by Iran, attacked Israeli positions.",
                 ("Iran", "SUPPORT", "Hezbollah", "positive", "actual"), id="relative-passive"),
    # an exchange of prisoners frees the other side's
    pytest.param("Baku and Yerevan agreed to exchange prisoners.",
                 ("Azerbaijan", "RETREAT", "Armenia", "positive", "intended"), id="prisoner-exchange"),
    pytest.param("Russia and Ukraine exchanged prisoners of war on Friday.",
                 ("Ukraine", "RETREAT", "Russia", "positive", "actual"), id="prisoner-swap"),
    # ships of relief sent give aid
    pytest.param("Greece deployed a hospital ship to Lebanon.",
                 ("Greece", "AID", "Lebanon", "positive", "actual"), id="hospital-ship"),
    # "Congo" alone is the Democratic Republic, as news has written it since 1997
    pytest.param("Rwanda accused Congo of shelling Gisenyi.",
                 ("Rwanda", "DISAPPROVE", "Democratic Republic of the Congo", "positive", "actual"), id="congo-drc"),
    pytest.param("Angola sent troops to Congo Republic.",
                 ("Angola", "AID", "Republic of the Congo", "positive", "actual"), id="congo-republic"),
    # giving in to a demand concedes to whoever made it; a demand's "of" names who made it
    pytest.param("Lima gave in to the demands of Santiago on Monday.",
                 ("Peru", "CONCEDE", "Chile", "positive", "actual"), id="gave-in-to-demands-of"),
    pytest.param("Minsk acceded to Vilnius's demand and reopened the crossing.",
                 ("Belarus", "CONCEDE", "Lithuania", "positive", "actual"), id="acceded-to-demand"),
    pytest.param("Quito rejected the demands of Bogota.",
                 ("Ecuador", "REJECT", "Colombia", "positive", "actual"), id="demands-of"),
    # a measure of an event noun stands where the noun would
    pytest.param("The EU imposed a fresh round of sanctions on Belarus.",
                 ("European Union", "SANCTION", "Belarus", "positive", "actual"), id="round-of-sanctions"),
    pytest.param("Peru held three days of talks with Chile.",
                 ("Peru", "CONSULT", "Chile", "positive", "actual"), id="days-of-talks"),
    # a place held by someone stands for who holds it
    pytest.param("Chilean warplanes bombed positions held by Peruvian rebels.",
                 ("Chile", "FIGHT", "Peru", "positive", "actual"), id="held-by"),
    # "the two countries": the two actors of the clause before
    pytest.param("Chile hosted Peru's foreign minister in Santiago, and the two countries signed a fishing accord.",
                 ("Peru", "SUPPORT", "Chile", "positive", "actual"), id="the-two-countries"),
    pytest.param("Quito and Lima held talks on Monday, and both sides agreed to reopen the border.",
                 ("Ecuador", "AGREE", "Peru", "positive", "actual"), id="both-sides"),
    # envoys ordered to leave are expelled
    pytest.param("Venezuela ordered diplomats from Chile and Peru to leave the country.",
                 ("Venezuela", "SANCTION", "Peru", "positive", "actual"), id="ordered-to-leave"),
    # "no" hung on the noun before an event noun still denies it; a passive of sending has the forces' owner send
    pytest.param("No ceasefire talks took place between Chile and Peru this week.",
                 ("Chile", "CONSULT", "Peru", "negative", "actual"), id="no-compound-talks"),
    pytest.param("Bolivian troops were sent to Paraguay.",
                 ("Bolivia", "AID", "Paraguay", "positive", "actual"), id="troops-sent-passive"),
    pytest.param("Bolivia and Chile vowed to deepen their no-limits partnership.",
                 ("Bolivia", "COOPERATE", "Chile", "positive", "intended"), id="no-limits"),
    # what will "likely" happen is a guess
    pytest.param("Chile will likely attack Peru.", ("Chile", "ASSAULT", "Peru", "positive", "possible"),
                 id="will-likely"),
    # a condition told by inversion is possible; stopping aid for a while sanctions
    pytest.param("Had Chile attacked Peru, Bolivia would have responded.",
                 ("Chile", "ASSAULT", "Peru", "positive", "possible"), id="inverted-had"),
    pytest.param("Were Ecuador to cut off gas supplies to Peru, prices would soar.",
                 ("Ecuador", "SANCTION", "Peru", "positive", "possible"), id="inverted-were"),
    pytest.param("Washington paused military aid to Egypt.",
                 ("United States", "SANCTION", "Egypt", "positive", "actual"), id="paused-aid"),
    # an object pronoun stands for another than its clause's subject
    pytest.param("Chilean President Michelle Bachelet called Peruvian President Alan Garcia on Monday, urging him to "
                 "reopen the border.", ("Michelle Bachelet", "DEMAND", "Alan Garcia", "positive", "actual"),
                 id="urging-him"),
    pytest.param("Chile criticized Peru, urging it to withdraw its troops.",
                 ("Chile", "DEMAND", "Peru", "positive", "actual"), id="urging-it"),
    # ships or planes carrying relief give aid where they go
    pytest.param("Peru dispatched two navy ships carrying food and medicine to Ecuador.",
                 ("Peru", "AID", "Ecuador", "positive", "actual"), id="ships-carrying-food"),
    pytest.param("Chile sent three planes carrying humanitarian aid to Bolivia.",
                 ("Chile", "AID", "Bolivia", "positive", "actual"), id="planes-carrying-aid"),
    # sanctions are adopted as they are imposed
    pytest.param("The European Union adopted a new package of sanctions against Belarus.",
                 ("European Union", "SANCTION", "Belarus", "positive", "actual"), id="adopted-sanctions"),
    # armed forces leaving a country pull out of it
    pytest.param("Chilean troops left Bolivia on Friday.",
                 ("Chile", "RETREAT", "Bolivia", "positive", "actual"), id="troops-left"),
    # a request given in to is a concession; a right granted concedes to whom it is granted
    pytest.param("Lima acceded to Quito's request to reopen the border.",
                 ("Peru", "CONCEDE", "Ecuador", "positive", "actual"), id="acceded-to-request"),
    pytest.param("Quito granted Peruvian inspectors access to the dam.",
                 ("Ecuador", "CONCEDE", "Peru", "positive", "actual"), id="granted-access"),
    # a joint search is cooperation between those who carry it out
    pytest.param("Ecuador and Peru carried out a joint search for the missing fishermen.",
                 ("Ecuador", "COOPERATE", "Peru", "positive", "actual"), id="joint-search"),
    # "neighbouring" read as a verb's participle still stands before the name it describes
    pytest.param("Ghana's government accused neighbouring Togo of harbouring dissidents.",
                 ("Ghana", "DISAPPROVE", "Togo", "positive", "actual"), id="neighbouring-name"),
    # troops massed are mobilized, whether told by a verb or by its noun
    pytest.param("Chile's massing of troops near Peru's border alarmed Bolivia.",
                 ("Chile", "MOBILIZE", "Peru", "positive", "actual"), id="massing-of-troops"),
    # an order for a newspaper to stop its work restricts it
    pytest.param("Bolivia's government ordered the opposition newspaper Pagina Siete to suspend publication.",
                 ("Bolivia", "COERCE", "Pagina Siete", "positive", "actual"), id="ordered-newspaper-shut"),
    # an attitude of disapproval shown is voiced, and a protest may be for showing it
    pytest.param("Ecuador showed its displeasure with Colombia.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="showed-displeasure"),
    pytest.param("Bolivian students blocked a road to show their anger at Chile.",
                 ("Bolivia", "PROTEST", "Chile", "positive", "actual"), id="blocked-to-show-anger"),
    pytest.param("President Bachelet visits neighboring Peru next week.",
                 ("Bachelet", "CONSULT", "Peru", "positive", "intended"), id="neighbouring-next-week"),
    # a participle after "X said," is the speaker's
    pytest.param("Peruvian jets downed a Chilean drone over Tacna, Santiago said, accusing Lima of a provocation.",
                 ("Chile", "DISAPPROVE", "Peru", "positive", "actual"), id="speaker-between-participle"),
    # a noun summing up the clause before names its doer to whoever reacts to it
    pytest.param("Ecuador recognized Western Sahara in 2023, a move Morocco condemned as hostile.",
                 ("Morocco", "DISAPPROVE", "Ecuador", "positive", "actual"), id="summary-relative"),
    pytest.param("Colombia accused Venezuela of harbouring rebels, a charge Caracas rejected.",
                 ("Venezuela", "REJECT", "Colombia", "positive", "actual"), id="summary-charge-rejected"),
    pytest.param("Colombia accused Venezuela of harbouring rebels, a charge Caracas rejected.",
                 ("Colombia", "DISAPPROVE", "Venezuela", "positive", "actual"), id="summary-not-negating"),
    pytest.param("Bolivia nationalized the gas fields, a decision criticized by Brazil.",
                 ("Brazil", "DISAPPROVE", "Bolivia", "positive", "actual"), id="summary-passive"),
    # a reaction drawn by what a clause tells is aimed at its subject
    pytest.param("Paraguay expelled two Bolivian diplomats, drawing a sharp rebuke from Argentina.",
                 ("Argentina", "DISAPPROVE", "Paraguay", "positive", "actual"), id="drawing-participle"),
    pytest.param("Peru's decision sparked condemnation from Chile.",
                 ("Chile", "DISAPPROVE", "Peru", "positive", "actual"), id="sparked-from"),
    # a protest for a demand is a protest against whom the demand is made of, and the demand
    pytest.param("Thousands of Bolivian miners marched through La Paz to demand the resignation of President Mesa.",
                 ("Bolivia", "PROTEST", "Mesa", "positive", "actual"), id="protest-to-demand"),
    pytest.param("Thousands of Bolivian miners marched through La Paz to demand the resignation of President Mesa.",
                 ("Bolivia", "DEMAND", "Mesa", "positive", "actual"), id="protest-to-demand-demands"),
    # an ask told as an act's occasion is made of whoever acts
    pytest.param("Brazilian troops arrived in Port-au-Prince at the request of Haiti's government.",
                 ("Haiti", "DEMAND", "Brazil", "positive", "actual"), id="at-the-request-of"),
    pytest.param("Chile kept its troops in the disputed valley despite repeated requests from Peru.",
                 ("Peru", "DEMAND", "Chile", "positive", "actual"), id="despite-requests-from"),
    pytest.param("Under pressure from Brazil, Paraguay lifted the curfew.",
                 ("Brazil", "DEMAND", "Paraguay", "positive", "actual"), id="under-pressure-from"),
    # "the two" after a host and its two guests are the guests
    pytest.param("Brazil hosted Peru and Ecuador in Brasilia, where the two agreed to reopen their border.",
                 ("Peru", "AGREE", "Ecuador", "positive", "actual"), id="two-guests-where"),
    # a plural noun with "a" before its possessive says what kind of place it is
    pytest.param("Chile bombed a children's hospital in Tacna.",
                 ("Chile", "ASSAULT", "Tacna", "positive", "actual"), id="classifying-possessive"),
    # a story written all in lower case still names countries
    pytest.param("the minister said ecuador sent aid to colombia on monday.",
                 ("ecuador sent", "AID", "Colombia", "positive", "actual"), id="lower-case-story"),
    # what is dispatched that is no armed force is sent as aid; forces dispatched are mobilized
    pytest.param("Chile dispatched firefighters to Bolivia after the forest fires.",
                 ("Chile", "AID", "Bolivia", "positive", "actual"), id="dispatched-firefighters"),
    pytest.param("Brazil dispatched two cargo planes loaded with blankets to Peru.",
                 ("Brazil", "AID", "Peru", "positive", "actual"), id="planes-loaded-with"),
    # money deposited in a state's bank shores it up
    pytest.param("Qatar deposited $2 billion in Egypt's central bank.",
                 ("Qatar", "AID", "Egypt", "positive", "actual"), id="deposit-in-bank"),
    # aid to people named by their noun goes where they are
    pytest.param("Canada sent tents to refugees in Ecuador.",
                 ("Canada", "AID", "Ecuador", "positive", "actual"), id="aid-to-refugees-in"),
    # forces sent toward a country, the parser hanging "toward" on the last of them
    pytest.param("Venezuela sent fighter jets and two frigates toward Guyana.",
                 ("Venezuela", "MOBILIZE", "Guyana", "positive", "actual"), id="toward-on-conjunct"),
    # a show of force "as a warning to" someone is meant for them
    pytest.param("Britain dispatched two warships to the Caribbean as a warning to Venezuela and Cuba.",
                 ("United Kingdom", "MOBILIZE", "Cuba", "positive", "actual"), id="as-a-warning-to"),
    # working with someone, or doing something jointly, is cooperation
    pytest.param("Paraguayan police worked with Brazilian prosecutors to dismantle a smuggling ring.",
                 ("Paraguay", "COOPERATE", "Brazil", "positive", "actual"), id="worked-with"),
    pytest.param("Bolivia and Paraguay worked together to reopen the river port.",
                 ("Bolivia", "COOPERATE", "Paraguay", "positive", "actual"), id="worked-together"),
    pytest.param("Chile and Argentina jointly opened a tunnel under the Andes.",
                 ("Chile", "COOPERATE", "Argentina", "positive", "actual"), id="jointly"),
    # an angry response drawn is criticism
    pytest.param("Ecuador recognized Kosovo, drawing an angry response from Serbia.",
                 ("Serbia", "DISAPPROVE", "Ecuador", "positive", "actual"), id="angry-response"),
    # sanctions lifted are lifted off whom the clause on them says they were imposed on
    pytest.param("Brazil lifted the sanctions it had imposed on Paraguay.",
                 ("Brazil", "RETREAT", "Paraguay", "positive", "actual"), id="lifted-relative-clause"),
    # an accusation's content names the accused, and "it" there is never the accuser
    pytest.param("Bolivia rejected Chile's accusations that it smuggles arms.",
                 ("Chile", "DISAPPROVE", "Bolivia", "positive", "actual"), id="accusation-that-it"),
    # "each side ... the other": the two sides named before, each to the other
    pytest.param("Peruvian and Ecuadorean troops clashed on the border, with each side blaming the other for the "
                 "fighting.", ("Ecuador", "DISAPPROVE", "Peru", "positive", "actual"), id="each-side-the-other"),
    # a place named in apposition with its noun is where a thing struck is
    pytest.param("FARC guerrillas stormed a hotel in the capital, Bogota.",
                 ("Revolutionary Armed Forces of Colombia", "ASSAULT", "Colombia", "positive", "actual"),
                 id="place-in-apposition"),
    # things struck across a country stand for it
    pytest.param("Chilean jets bombed bridges across Bolivia.",
                 ("Chile", "FIGHT", "Bolivia", "positive", "actual"), id="across-country"),
    # what is taken by force is taken from someone
    pytest.param("Peruvian troops captured the town of Tumbes from the Ecuadorean army.",
                 ("Peru", "FIGHT", "Ecuador", "positive", "actual"), id="captured-from"),
    # persons named alone who attack or clash with one another argue
    pytest.param("Brazilian President Luiz Inacio Lula da Silva attacked Jair Bolsonaro over the fires.",
                 ("Luiz Inacio Lula da Silva", "DISAPPROVE", "Jair Bolsonaro", "positive", "actual"),
                 id="person-attacks-person"),
    pytest.param("Peruvian President Alan Garcia and Hugo Chavez clashed at the summit in Lima.",
                 ("Alan Garcia", "DISAPPROVE", "Hugo Chavez", "positive", "actual"), id="persons-clash"),
    # shooting is no argument
    pytest.param("Gunman Juan Perez shot President Alan Garcia in Lima.",
                 ("Juan Perez", "ASSAULT", "Alan Garcia", "positive", "actual"), id="person-shoots-person"),
    # a refusal against an ask rejects whoever asked
    pytest.param("Uruguay refused to extradite the banker despite repeated requests from Argentina.",
                 ("Uruguay", "REJECT", "Argentina", "positive", "actual"), id="refused-despite-requests"),
    # whom one provokes or tricks "into" an act does it
    pytest.param("Chile tricked Peru into attacking Bolivia.",
                 ("Peru", "ASSAULT", "Bolivia", "positive", "actual"), id="tricked-into"),
    # money as support is aid
    pytest.param("The IMF approved financial support for Ecuador.",
                 ("International Monetary Fund", "AID", "Ecuador", "positive", "actual"), id="financial-support"),
    # a person named after a title or a counterpart noun is who acts or is acted on, not the country of the office
    pytest.param("Chilean President Gabriel Boric received his Peruvian counterpart Dina Boluarte in Santiago.",
                 ("Gabriel Boric", "CONSULT", "Dina Boluarte", "positive", "actual"), id="counterpart-named"),
    pytest.param("Brazilian President Luiz Inacio Lula da Silva hosted Bolivia's new president Rodrigo Paz.",
                 ("Luiz Inacio Lula da Silva", "CONSULT", "Rodrigo Paz", "positive", "actual"), id="title-named"),
    # an ally right before its name, both read as subjects: the name acts
    pytest.param("Venezuela's ally Cuba sent doctors to Haiti.",
                 ("Cuba", "AID", "Haiti", "positive", "actual"), id="ally-named-subject"),
    # a state's attack with arms of war is conventional force (FIGHT); a militia's rockets stay an assault
    pytest.param("Peru fired missiles at Chilean border posts on Sunday.",
                 ("Peru", "FIGHT", "Chile", "positive", "actual"), id="state-missiles"),
    pytest.param("Colombia launched drone strikes against Venezuelan bases.",
                 ("Colombia", "FIGHT", "Venezuela", "positive", "actual"), id="state-drone-strikes"),
    pytest.param("The Shining Path fired rockets at a Peruvian army base.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="militia-rockets"),
    # a crowd taking a place protests; an envoy or foreign forces ordered out are expelled
    pytest.param("Students occupied the Chilean embassy in Lima on Monday.",
                 ("Peru", "PROTEST", "Chile", "positive", "actual"), id="crowd-occupies"),
    pytest.param("Ecuador ordered the Colombian ambassador out of Quito.",
                 ("Ecuador", "SANCTION", "Colombia", "positive", "actual"), id="ordered-out-of"),
    pytest.param("Niger ordered French troops to leave the country by the end of the year.",
                 ("Niger", "SANCTION", "France", "positive", "actual"), id="troops-ordered-to-leave"),
    pytest.param("Bolivia ordered Chilean Ambassador Jorge Perez to leave the country within 72 hours.",
                 ("Bolivia", "SANCTION", "Jorge Perez", "positive", "actual"), id="titled-envoy-ordered-out"),
    # "the" attack criticized, with no doer of its own, is the one told of before it in the sentence
    pytest.param("Chilean troops shelled a Peruvian border post, and Lima condemned the attack.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="condemned-the-attack"),
    pytest.param("Colombian jets bombed a FARC camp in Ecuador, and Quito denounced the killing of Ecuadorean farmers.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="denounced-the-killing-of"),
    # blame in reported speech is an accusation, by whoever says it or by the clause a participle of saying follows
    pytest.param("Ecuador said Colombia was behind the bombing of its border post.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="said-behind"),
    pytest.param("Colombia was responsible for the massacre in Sucumbios, Ecuadorean officials said.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="responsible-officials-said"),
    pytest.param("Bolivia expelled two Chilean diplomats, saying Santiago was to blame for the explosion at the mine.",
                 ("Bolivia", "DISAPPROVE", "Chile", "positive", "actual"), id="saying-to-blame"),
    # demonyms the entity recognizer misses or takes for a name, alone or coordinated before one noun
    pytest.param("Tajik and Kyrgyz border guards exchanged fire near the disputed enclave on Thursday.",
                 ("Tajikistan", "FIGHT", "Kyrgyzstan", "positive", "actual"), id="tajik-kyrgyz"),
    pytest.param("Azerbaijani and Armenian troops clashed near the village of Tegh on Monday.",
                 ("Azerbaijan", "FIGHT", "Armenia", "positive", "actual"), id="demonyms-coordinated"),
    # a title that heads two coordinated names: both persons act
    pytest.param("Peruvian President Alan Garcia and Chilean President Michelle Bachelet held talks in Lima on Friday.",
                 ("Alan Garcia", "CONSULT", "Michelle Bachelet", "positive", "actual"), id="titles-coordinated"),
    # who claims an attack did it, against the place it struck when it names no one
    pytest.param("The Shining Path claimed responsibility for a car bombing in Lima on Tuesday.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="claimed-responsibility"),
    # the place of an attack told through the noun it happened in
    pytest.param("Shining Path guerrillas killed 12 farmers in an ambush in Peru's Ayacucho region.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="place-of-ambush"),
    pytest.param("Islamist militants killed 12 soldiers in an ambush in northern Mali.",
                 ("Islamists", "ASSAULT", "Mali", "positive", "actual"), id="country-misread-as-person"),
    # calling an act or an actor something bad criticizes its author
    pytest.param("Bolivia called the Chilean border fence an act of aggression.",
                 ("Bolivia", "DISAPPROVE", "Chile", "positive", "actual"), id="called-act-of-aggression"),
    pytest.param("Ecuador described Colombia's raid as a flagrant violation of its sovereignty.",
                 ("Ecuador", "DISAPPROVE", "Colombia", "positive", "actual"), id="described-as-violation"),
    pytest.param("Peru called Chile's new maritime claim illegal.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="called-illegal"),
    pytest.param("Chile expelled two Bolivian diplomats on Monday, a decision Bolivia called illegal.",
                 ("Bolivia", "DISAPPROVE", "Chile", "positive", "actual"), id="a-decision-called-illegal"),
    # a noun summing up the clause before sums up its main clause, not a clause of no tense it was hung on
    pytest.param("A Peruvian court sentenced the Bolivian trucker Juan Mamani to ten years for trying to smuggle arms, "
                 "a verdict the Bolivian government called unjust.",
                 ("Bolivia", "DISAPPROVE", "Peru", "positive", "actual"), id="summary-of-main-clause"),
    # a release demanded is asked of who holds the person, when the sentence tells who took him
    pytest.param("Bolivian police arrested the Chilean engineer Jorge Soto, and Santiago demanded his release.",
                 ("Chile", "DEMAND", "Bolivia", "positive", "actual"), id="release-of-the-detained"),
    pytest.param("Venezuela detained two Colombian soldiers, and Bogota demanded their release.",
                 ("Colombia", "DEMAND", "Venezuela", "positive", "actual"), id="release-their"),
    pytest.param("Ecuadorean police detained a Peruvian trucker near the border, and Lima called for his release.",
                 ("Peru", "DEMAND", "Ecuador", "positive", "actual"), id="release-called-for"),
    # a state's force against arms of war is combat; seizing a town is armed conflict, seizing a boat is not
    pytest.param("Peru shot down an Ecuadorean warplane over the disputed border.",
                 ("Peru", "FIGHT", "Ecuador", "positive", "actual"), id="shot-down-warplane"),
    pytest.param("Ecuadorean rebels seized the town of Lago Agrio in northern Ecuador.",
                 ("Ecuador", "FIGHT", "Lago Agrio", "positive", "actual"), id="seized-a-town"),
    # a person extradited "from" a country was extradited by it; a person handed to a court is extradited to it
    pytest.param("A former Ecuadorean army officer was extradited from Colombia to Ecuador on Friday.",
                 ("Colombia", "COOPERATE", "Ecuador", "positive", "actual"), id="extradited-from"),
    pytest.param("Peru transferred a former Bolivian interior minister to the International Criminal Court on Monday.",
                 ("Peru", "COOPERATE", "International Criminal Court", "positive", "actual"), id="handed-to-a-court"),
    # an organization named after its noun is the actor, not the country of its modifier
    pytest.param("The Peruvian guerrilla group Tupac Amaru seized the Japanese ambassador's residence in Lima.",
                 ("Tupac Amaru", "COERCE", "Japan", "positive", "actual"), id="group-named"),
    # a crowd's protest against no one named is against the government of where it marches
    pytest.param("Thousands of Ecuadorean students rallied in Quito on Monday.",
                 ("Ecuador", "PROTEST", "Ecuador", "positive", "actual"), id="protest-at-home"),
    # an inquiry into acts done somewhere, by no one named, is aimed at where they were done
    pytest.param("The International Criminal Court opened an investigation into crimes committed in Bolivia in 2019.",
                 ("International Criminal Court", "INVESTIGATE", "Bolivia", "positive", "actual"), id="inquiry-into"),
    pytest.param("The United Nations is investigating abuses committed in Colombia.",
                 ("United Nations", "INVESTIGATE", "Colombia", "positive", "actual"), id="investigating-abuses-in"),
    # the pronoun object of a participle after a clause stands for whom the clause acted on
    pytest.param("Peru expelled the Chilean ambassador on Monday, accusing him of spying.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="accusing-him"),
    # a reaction drawn by a noun summing up the clause before is aimed at the clause's subject
    pytest.param("Peru recalled its ambassador, a decision that drew criticism from Chile.",
                 ("Chile", "DISAPPROVE", "Peru", "positive", "actual"), id="a-move-that-drew"),
    # a participle after a clause rejecting an ask from someone rejects the asker
    pytest.param("Bolivia criticised Chile on Monday, rejecting calls from Santiago for a new border treaty.",
                 ("Bolivia", "REJECT", "Chile", "positive", "actual"), id="rejecting-calls-from"),
    # a capital or a country NER took for a mere location is the place graphkit codes
    pytest.param("Thousands of Algerian students marched in Algiers on Friday.",
                 ("Algeria", "PROTEST", "Algeria", "positive", "actual"), id="capital-read-as-location"),
    pytest.param("The United Nations opened an investigation into killings in Ivory Coast.",
                 ("United Nations", "INVESTIGATE", "Ivory Coast", "positive", "actual"), id="country-read-as-location"),
    # a name written with a hyphen where the dictionary has a space ("al-Shabaab") is still a known group's
    pytest.param("Somali troops and al-Shabaab militants clashed near the town of Baidoa on Tuesday.",
                 ("Somalia", "FIGHT", "al-Shabaab", "positive", "actual"), id="hyphenated-group-name"),
    # what coordinated actors sign is with whom it names, not with each other
    pytest.param("Chile and Bolivia signed agreements restoring relations with Peru on Tuesday.",
                 ("Chile", "SUPPORT", "Peru", "positive", "actual"), id="agreements-with-a-third"),
    # an accusation voiced beside an act still to come is made now; a visit beside a trip to come is to come too
    pytest.param("Peru will expel the Chilean ambassador, accusing Chile of spying.",
                 ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="accusing-beside-intended"),
    pytest.param("Peru will tour the region next week, visiting Chile.",
                 ("Peru", "CONSULT", "Chile", "positive", "intended"), id="visiting-beside-intended"),
    # a reaction a clause prompts, naming no target, is aimed at the clause's subject
    pytest.param("Chile closed its border crossings on Monday, prompting Bolivia to threaten retaliation.",
                 ("Bolivia", "THREATEN", "Chile", "positive", "actual"), id="prompting-a-threat"),
    # a name whose first word the parser reads as a verb ("Shining" a gerund, "Path guerrillas" its object)
    pytest.param("Shining Path guerrillas detonated a car bomb in Lima on Thursday.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="name-split-by-parser"),
    # a crowd taking to the streets protests; a trip for a round of talks is for the talks
    pytest.param("Thousands of Bolivians took to the streets of La Paz on Sunday.",
                 ("Bolivia", "PROTEST", "La Paz", "positive", "actual"), id="took-to-the-streets"),
    pytest.param("The Peruvian foreign minister flew to Santiago for a round of talks with Chilean officials.",
                 ("Peru", "CONSULT", "Chile", "positive", "actual"), id="trip-for-a-round-of-talks"),
    # a people counted in thousands is its public, which protests against its state
    pytest.param("Thousands of Ecuadoreans rallied in Quito on Monday.",
                 ("Ecuador", "PROTEST", "Ecuador", "positive", "actual"), id="people-counted"),
    # a promise of overthrow, or of an act CAMEO codes as force, is a threat
    pytest.param("Shining Path guerrillas vowed to topple the Peruvian government.",
                 ("Shining Path", "THREATEN", "Peru", "positive", "actual"), id="vowed-to-topple"),
    pytest.param("Colombia vowed to punish the FARC for the bombing.",
                 ("Colombia", "THREATEN", "Revolutionary Armed Forces of Colombia", "positive", "actual"),
                 id="vowed-to-punish"),
    # time given to leave expels envoys; time given for anything else is an ultimatum
    pytest.param("Peru gave Chilean diplomats 72 hours to leave the country.",
                 ("Peru", "SANCTION", "Chile", "positive", "actual"), id="hours-to-leave"),
    pytest.param("Chile gave Bolivia two weeks to withdraw its troops from the border.",
                 ("Chile", "THREATEN", "Bolivia", "positive", "actual"), id="weeks-to-withdraw"),
    # a body's name the recognizer cut in two ("Islamic" a nationality, "State" untagged) is whole
    pytest.param("Syrian troops fought Islamic State militants near Palmyra on Sunday.",
                 ("Syria", "FIGHT", "Islamic State", "positive", "actual"), id="body-name-in-pieces"),
    # militants linked or affiliated to a group act for it
    pytest.param("Militants linked to al-Shabaab attacked a Kenyan army base on Tuesday.",
                 ("al-Shabaab", "ASSAULT", "Kenya", "positive", "actual"), id="linked-to"),
    pytest.param("Gunmen affiliated with Hezbollah fired on an Israeli patrol.",
                 ("Hezbollah", "ASSAULT", "Israel", "positive", "actual"), id="affiliated-with"),
    # an inquiry into crimes committed by someone is aimed at them; a country named with "the" NER took for a
    # location is still the country
    pytest.param("The International Criminal Court's prosecutor opened an investigation on Monday into alleged crimes "
                 "against humanity committed by Laurent Gbagbo's government since the start of the crisis in December.",
                 ("International Criminal Court", "INVESTIGATE", "Ivory Coast", "positive", "actual"),
                 id="inquiry-into-crimes-by"),
    pytest.param("Peru opened an investigation into killings committed in the Central African Republic.",
                 ("Peru", "INVESTIGATE", "Central African Republic", "positive", "actual"),
                 id="country-with-the-as-location"),
    # a body named only by the noun it compounds, unknown to the recognizer or taken for a thing
    pytest.param("Chilean police arrested 12 members of the far-right Patria Nueva movement in Valparaiso.",
                 ("Chile", "COERCE", "Patria Nueva", "positive", "actual"), id="named-by-its-noun"),
    # whom a joint offensive is with is an ally; the enemy is whom it is against
    pytest.param("Chilean troops launched a joint offensive with Peruvian forces against Shining Path guerrillas.",
                 ("Chile", "FIGHT", "Shining Path", "positive", "actual"), id="joint-offensive-enemy"),
    # "U.S.-drafted" names its drafter as "US-drafted" does
    pytest.param("Russia vetoed a U.S.-drafted resolution on Ukraine.",
                 ("Russia", "REJECT", "United States", "positive", "actual"), id="abbreviation-hyphen"),
    # objections dropped concede to whom they were against, also when a gerund names them
    pytest.param("Hungary dropped its objections to Ukraine joining the European Union on Thursday.",
                 ("Hungary", "CONCEDE", "Ukraine", "positive", "actual"), id="dropped-objections"),
    # refusing to give something up despite calls rejects the callers
    pytest.param("Evo Morales refused to abandon his bid for a fourth term, despite calls from the Organization of "
                 "American States.", ("Evo Morales", "REJECT", "Organization of American States", "positive", "actual"),
                 id="refused-to-abandon-despite"),
    # arms of war shot down are combat, whoever shoots
    pytest.param("Bolivian rebels shot down two Peruvian army helicopters near the border.",
                 ("Bolivia", "FIGHT", "Peru", "positive", "actual"), id="helicopters-shot-down"),
    # an act one could or would undergo is only possible
    pytest.param("Peru could withstand an Ecuadorean invasion of Colombia.",
                 ("Ecuador", "FIGHT", "Colombia", "positive", "possible"), id="could-withstand-an-invasion"),
    # what a crowd's protest demands of no one named is demanded of the place's government, as the protest is
    pytest.param("Thousands of Ecuadoreans marched in Quito on Monday to demand the release of jailed union leaders.",
                 ("Ecuador", "DEMAND", "Ecuador", "positive", "actual"), id="protest-demand-at-place"),
    # a vessel intercepted, boarded or impounded is seized
    pytest.param("Chile's navy intercepted a Peruvian fishing boat inside its territorial waters.",
                 ("Chile", "COERCE", "Peru", "positive", "actual"), id="boat-intercepted"),
    # a person a state hands over is extradited, not sent on a visit
    pytest.param("Ecuador handed over the former minister to Colombia on Friday.",
                 ("Ecuador", "COOPERATE", "Colombia", "positive", "actual"), id="person-handed-over"),
    # envoys declared persona non grata are expelled, in the active and in the passive
    pytest.param("Bolivia declared two Chilean diplomats persona non grata on Monday.",
                 ("Bolivia", "SANCTION", "Chile", "positive", "actual"), id="persona-non-grata"),
    pytest.param("Two Peruvian diplomats were declared persona non grata by Ecuador.",
                 ("Ecuador", "SANCTION", "Peru", "positive", "actual"), id="persona-non-grata-passive"),
    # a body's vote to demand or condemn says it; a vote to strike or to impose sanctions plans them
    pytest.param("Ecuador's parliament voted on Tuesday to demand the withdrawal of Peruvian troops from the border.",
                 ("Ecuador", "DEMAND", "Peru", "positive", "actual"), id="voted-to-demand"),
    # "[the Colombian government and ELN] rebels": two actors the parser made one's modifiers
    pytest.param("The Colombian government and ELN rebels agreed on a ceasefire.",
                 ("Colombia", "AGREE", "National Liberation Army", "positive", "actual"), id="government-and-rebels"),
    # an aid package is aid
    pytest.param("Japan announced a $50 million aid package for Bolivia on Friday.",
                 ("Japan", "AID", "Bolivia", "positive", "actual"), id="aid-package"),
    # two titled names coordinated both act, though the parser hung the first on the second's title
    pytest.param("President Lula and Defense Minister Jose Mucio criticized Venezuela.",
                 ("Lula", "DISAPPROVE", "Venezuela", "positive", "actual"), id="titled-names-first"),
    pytest.param("Chilean President Gabriel Boric and Bolivian Defence Minister Edmundo Novillo met in La Paz on "
                 "Tuesday.", ("Gabriel Boric", "CONSULT", "Edmundo Novillo", "positive", "actual"),
                 id="titled-names-met"),
    # a sector's word right before a body's name is its modifier: the body is the actor
    pytest.param("Ecuador accused the separatist Shuar Federation of attacking a convoy.",
                 ("Ecuador", "DISAPPROVE", "Shuar Federation", "positive", "actual"), id="separatist-body"),
    # the "of" phrase after the second of two coordinated nouns is the second's
    pytest.param("The Colombian government and rebels of the National Liberation Army signed a truce in Havana.",
                 ("Colombia", "SUPPORT", "National Liberation Army", "positive", "actual"), id="rebels-of-body"),
    # a ceasefire signed is signed with whom it is signed (SUPPORT, CAMEO 057); one declared is a retreat
    pytest.param("Peru and Chile signed a ceasefire.",
                 ("Chile", "SUPPORT", "Peru", "positive", "actual"), id="ceasefire-signed"),
    pytest.param("Bolivia signed a truce with Paraguay in Buenos Aires.",
                 ("Bolivia", "SUPPORT", "Paraguay", "positive", "actual"), id="truce-signed-with"),
    pytest.param("Bolivia declared a truce with Paraguay.",
                 ("Bolivia", "RETREAT", "Paraguay", "positive", "actual"), id="truce-declared"),
    # a team sent to look into something is an investigation, not aid
    pytest.param("The OAS sent a fact-finding mission to Ecuador after the prison riots.",
                 ("OAS", "INVESTIGATE", "Ecuador", "positive", "actual"),
                 id="fact-finding-mission"),
    pytest.param("Brazil sent a team of experts to Paraguay to investigate the dam collapse.",
                 ("Brazil", "INVESTIGATE", "Paraguay", "positive", "actual"), id="team-to-investigate"),
    # a commission of inquiry set up is an inquiry
    pytest.param("The Organization of American States set up a commission of inquiry into abuses in Nicaragua.",
                 ("Organization of American States", "INVESTIGATE", "Nicaragua", "positive", "actual"),
                 id="commission-of-inquiry"),
    # force its doer says it will use is a threat, whatever verb of force it is
    pytest.param("Venezuela warned on Monday that it would retaliate against Guyana.",
                 ("Venezuela", "THREATEN", "Guyana", "positive", "actual"), id="warned-would-retaliate"),
    pytest.param("Colombia said it would retaliate against the ELN.",
                 ("Colombia", "THREATEN", "National Liberation Army", "positive", "actual"), id="said-would-retaliate"),
    # what is done militarily is done by force, in the country it is done in
    pytest.param("Brazil intervened militarily in Paraguay.",
                 ("Brazil", "FIGHT", "Paraguay", "positive", "actual"), id="intervened-militarily"),
    pytest.param("Argentina warned that it would intervene militarily in Uruguay.",
                 ("Argentina", "THREATEN", "Uruguay", "positive", "actual"), id="warned-intervene-militarily"),
    # whom an attack hit, the relative clause on it says
    pytest.param("The ELN claimed responsibility for a car bomb attack that killed four Colombian soldiers.",
                 ("National Liberation Army", "ASSAULT", "Colombia", "positive", "actual"), id="attack-that-killed"),
    pytest.param("Shining Path claimed responsibility for two bombings that struck a police station in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="bombings-that-struck"),
    # a sum "in aid" is the aid, whomever the sum is for
    pytest.param("Spain announced $30 million in aid for Honduras on Monday.",
                 ("Spain", "AID", "Honduras", "positive", "actual"), id="sum-in-aid"),
    pytest.param("Sweden announced on Friday a further 500 million crowns in humanitarian aid for Haiti.",
                 ("Sweden", "AID", "Haiti", "positive", "actual"), id="crowns-in-aid"),
    # an investigation authorised is opened
    pytest.param("The Inter-American Commission authorised an investigation into killings by Colombian police.",
                 ("Inter-American Commission", "INVESTIGATE", "Colombia", "positive", "actual"),
                 id="investigation-authorised"),
    # who claims an attack did it, in the active and in the passive
    pytest.param("The ELN claimed the bombing of an oil pipeline in Colombia.",
                 ("National Liberation Army", "ASSAULT", "Colombia", "positive", "actual"), id="claimed-the-bombing"),
    pytest.param("The car bombing in Lima was claimed by Shining Path.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="bombing-claimed-by"),
    # storming into a country is an attack on it
    pytest.param("Venezuelan troops stormed into Guyana on Sunday.",
                 ("Venezuela", "FIGHT", "Guyana", "positive", "actual"), id="stormed-into"),
    # what a warning says may happen unless the warned give in is a threat, not advice
    pytest.param("Brazil warned Paraguay that its exporters could lose access to Brazilian ports unless Asuncion "
                 "dropped the new tax.", ("Brazil", "THREATEN", "Paraguay", "positive", "actual"),
                 id="warned-unless"),
    # staying away from a vote in protest is a protest against the government whose vote it is; announced, a threat
    pytest.param("The opposition Broad Front boycotted the presidential elections in Uruguay on Sunday.",
                 ("Broad Front", "PROTEST", "Uruguay", "positive", "actual"), id="boycotted-elections"),
    pytest.param("The Colorado Party said it would boycott the elections in Paraguay unless the president resigned.",
                 ("Colorado Party", "THREATEN", "Paraguay", "positive", "actual"), id="will-boycott-unless"),
    # strikes on a thing hung on the verb are against whose the thing is
    pytest.param("Colombian federal forces launched air strikes on positions held by the ELN near Cucuta on Wednesday.",
                 ("Colombia", "FIGHT", "National Liberation Army", "positive", "actual"),
                 id="strikes-on-held-positions"),
    # a bomb someone planted that went off is their attack where it went off
    pytest.param("A car bomb planted by Shining Path rebels exploded outside a police station in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="bomb-planted-by"),
    # a light verb in a participle with no subject of its own: the noun's own doer does it
    pytest.param("The last Cuban troops flew out of Luanda on Friday, completing the Cuban withdrawal from Angola.",
                 ("Cuba", "RETREAT", "Angola", "positive", "actual"), id="completing-withdrawal"),
    # money released or earmarked in aid is aid
    pytest.param("The EU released 15 million euros in humanitarian aid for Haiti on Tuesday.",
                 ("European Union", "AID", "Haiti", "positive", "actual"), id="released-in-aid"),
    # intelligence shared is cooperation; a plane someone flies is theirs
    pytest.param("Colombia stepped up intelligence sharing with Ecuador on Monday.",
                 ("Colombia", "COOPERATE", "Ecuador", "positive", "actual"), id="intelligence-sharing"),
    pytest.param("Venezuelan fighter jets shot down a small plane flown by the Colombian air force.",
                 ("Venezuela", "FIGHT", "Colombia", "positive", "actual"), id="plane-flown-by"),
    # the members a noun for several lists after "including" are acted on too, and act
    pytest.param("Venezuelan police arrested twelve opposition activists, including Leopoldo Lopez, on Tuesday.",
                 ("Venezuela", "COERCE", "Leopoldo Lopez", "positive", "actual"), id="including-member"),
    pytest.param("Several South American countries, including Chile and Peru, condemned Venezuela on Monday.",
                 ("Peru", "DISAPPROVE", "Venezuela", "positive", "actual"), id="including-doers"),
    # "asset freezes", which the tagger reads as a noun and a verb, is a sanction
    pytest.param("Canada imposed asset freezes and travel bans on 14 Venezuelan officials on Friday.",
                 ("Canada", "SANCTION", "Venezuela", "positive", "actual"), id="asset-freezes"),
    # a group named after a country's possessive is the group's, not the country's; a government or a region
    # the possessive owns stays the country's
    pytest.param("Colombia's FARC rebels kidnapped two Ecuadorean engineers on Tuesday.",
                 ("Revolutionary Armed Forces of Colombia", "ASSAULT", "Ecuador", "positive", "actual"),
                 id="possessive-before-group"),
    pytest.param("Somalia's al-Shabaab militants killed two Kenyan soldiers near the border.",
                 ("al-Shabaab", "ASSAULT", "Kenya", "positive", "actual"), id="possessive-before-group-2"),
    pytest.param("Peru's Fujimori government expelled two Chilean diplomats on Monday.",
                 ("Peru", "SANCTION", "Chile", "positive", "actual"), id="possessive-before-government"),
    pytest.param("Bolivian troops shelled an outpost in Peru's southern Puno region.",
                 ("Bolivia", "FIGHT", "Peru", "positive", "actual"), id="possessive-before-region"),
    # a sentence handed down coerces whom it falls on, in the passive too; sanctions reimposed are sanctions; a
    # note of protest handed to an envoy disapproves of the envoy's country
    pytest.param("A Peruvian court gave a Chilean pilot a twelve-year prison term on Monday.",
                 ("Peru", "COERCE", "Chile", "positive", "actual"), id="prison-term-given"),
    pytest.param("The Chilean pilot was given a suspended death sentence by a Lima court.",
                 ("Peru", "COERCE", "Chile", "positive", "actual"), id="sentence-given-passive"),
    pytest.param("Washington reimposed oil sanctions on Venezuela on Tuesday.",
                 ("United States", "SANCTION", "Venezuela", "positive", "actual"), id="sanctions-reimposed"),
    pytest.param("Ecuador's foreign ministry handed a note of protest to Peru's ambassador in Quito.",
                 ("Ecuador", "DISAPPROVE", "Peru", "positive", "actual"), id="note-of-protest-handed"),
    # a participle on "X said" that condemns "the" act told of before condemns its doer
    pytest.param("Chilean troops seized a Peruvian fishing boat on Tuesday, Peru's navy said, condemning the seizure "
                 "as illegal.", ("Peru", "DISAPPROVE", "Chile", "positive", "actual"), id="said-condemning-the-act"),
    pytest.param("Bolivian jets struck Paraguayan army posts overnight, Paraguay's foreign ministry said, denouncing "
                 "the raids as a violation of its sovereignty.",
                 ("Paraguay", "DISAPPROVE", "Bolivia", "positive", "actual"), id="said-denouncing-the-raids"),
    # a visit during which one acts is a visit, wherever the parser hung "during"
    pytest.param("Peruvian President Ana Diaz praised Chile's president as a great leader during a visit to "
                 "Santiago on Tuesday.", ("Ana Diaz", "CONSULT", "Chile", "positive", "actual"), id="during-a-visit"),
    # whom one helps do something is the subject of what they do, an open complement of its own
    pytest.param("Chile pledged to help Bolivia rebuild.", ("Chile", "AGREE", "Bolivia", "positive", "actual"),
                 id="help-someone-do"),
    pytest.param("Chile helped Bolivia rebuild its roads.", ("Chile", "AID", "Bolivia", "positive", "actual"),
                 id="helped-someone-do"),
    # whom an act of violence is blamed on, or attributed to, did it
    pytest.param("Nine Peruvian soldiers died in an ambush blamed on the Shining Path.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="died-in-an-ambush-blamed-on"),
    pytest.param("A bombing attributed to ETA wounded four Spanish policemen in Bilbao.",
                 ("ETA", "ASSAULT", "Spain", "positive", "actual"), id="bombing-attributed-to"),
    # a protest staged or a rally held in a place, by its people, is against the place's government
    pytest.param("Peruvian miners staged a protest in Lima on Monday.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="staged-a-protest-in"),
    pytest.param("Ecuadorean teachers went on strike in Quito.",
                 ("Ecuador", "PROTEST", "Ecuador", "positive", "actual"), id="went-on-strike-in"),
    # so is one where the crowd is said to be
    pytest.param("Students in Quito staged a sit-in on Monday.",
                 ("Ecuador", "PROTEST", "Ecuador", "positive", "actual"), id="students-in-a-place-sat-in"),
    pytest.param("Protesters in Caracas rallied on Sunday.",
                 ("Venezuela", "PROTEST", "Venezuela", "positive", "actual"), id="protesters-in-a-place-rallied"),
    # people named by their noun in a state or a province are of its country (ISO 3166-2's regions)
    pytest.param("Boko Haram killed 11 farmers in Zamfara.",
                 ("Boko Haram", "ASSAULT", "Nigeria", "positive", "actual"), id="people-in-a-region"),
    pytest.param("Gunmen killed four policemen in a Kandahar hotel.",
                 ("Afghanistan", "ASSAULT", "Afghanistan", "positive", "actual"), id="people-in-a-named-spot"),
    pytest.param("Maoist rebels killed six policemen in an ambush in Chhattisgarh state.",
                 ("Maoists", "ASSAULT", "India", "positive", "actual"), id="people-in-a-state"),
    # a body's name the dictionaries write with an apostrophe is known at a sentence's start too
    pytest.param("The Lord's Resistance Army attacked a refugee camp in northern Uganda.",
                 ("Lord's Resistance Army", "ASSAULT", "Uganda", "positive", "actual"), id="name-with-apostrophe"),
    # coordinated acts of one subject share where they happened; acts of two subjects do not
    pytest.param("Shining Path guerrillas killed nine farmers and abducted three children in a raid in Peru.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="coordinated-acts-share-a-place"),
    # the place of the "by" doer of a passive is where the act happened
    pytest.param("Twenty farmers were killed by Boko Haram militants in Borno.",
                 ("Boko Haram", "ASSAULT", "Nigeria", "positive", "actual"), id="passive-doer-in-a-place"),
    # a region that acts is no part of its state: it is itself
    # a people or a creed written in lower case is still one, where the sentence writes names with capitals
    pytest.param("Funds were diverted to contra rebels fighting the Nicaraguan government.",
                 ("contra", "FIGHT", "Nicaragua", "positive", "actual"), id="lower-case-people"),
    # agreeing to demands gives in to them (CAMEO 083); agreeing to a request agrees
    pytest.param("Bolivia agreed to Chile's demands on Tuesday.",
                 ("Bolivia", "CONCEDE", "Chile", "positive", "actual"), id="agreed-to-demands"),
    pytest.param("Bolivia agreed to Chile's request on Tuesday.",
                 ("Bolivia", "AGREE", "Chile", "positive", "actual"), id="agreed-to-a-request"),
    # a show of force that names no target faces whoever did the act of force or threat it answers
    pytest.param("Chile put its navy on alert after Peruvian air strikes on its border posts.",
                 ("Chile", "MOBILIZE", "Peru", "positive", "actual"), id="alert-after-strikes"),
    pytest.param("Ecuador put its troops on alert after Peru shelled its border posts.",
                 ("Ecuador", "MOBILIZE", "Peru", "positive", "actual"), id="alert-after-a-clause"),
    pytest.param("Bolivia declared a general mobilization after Paraguayan attacks.",
                 ("Bolivia", "MOBILIZE", "Paraguay", "positive", "actual"), id="mobilization-after-attacks"),
    pytest.param("Scotland's first minister demanded a new referendum from the British government.",
                 ("Scotland", "DEMAND", "United Kingdom", "positive", "actual"), id="region-that-acts"),
    # a device of attack did what its author did: who claimed it, is blamed for it, planted or fired it
    pytest.param("A car bomb claimed by Shining Path killed six policemen in Lima.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="device-claimed-by"),
    pytest.param("A roadside bomb blamed on Shining Path guerrillas killed four soldiers in Ayacucho.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="device-blamed-on"),
    pytest.param("A rocket fired by Hezbollah killed two Israeli soldiers near the border.",
                 ("Hezbollah", "ASSAULT", "Israel", "positive", "actual"), id="device-fired-by"),
    # done "to death": killed, whatever the verb does otherwise
    pytest.param("Shining Path guerrillas hacked 14 villagers to death in Ayacucho.",
                 ("Shining Path", "ASSAULT", "Peru", "positive", "actual"), id="hacked-to-death"),
    # a march through a city is a protest there; a crowd at a spot in a place protests there
    pytest.param("Thousands of teachers marched through Lima demanding higher wages.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="marched-through"),
    pytest.param("Workers at state-owned copper mines in Chile went on strike.",
                 ("Chile", "PROTEST", "Chile", "positive", "actual"), id="crowd-at-a-spot-in-a-place"),
    # workers who walk out or walk off the job strike
    pytest.param("Miners in Bolivia walked out over unpaid wages.",
                 ("Bolivia", "PROTEST", "Bolivia", "positive", "actual"), id="walked-out"),
    pytest.param("Miners at the Chuquicamata mine in Chile walked off the job on Monday.",
                 ("Chile", "PROTEST", "Chile", "positive", "actual"), id="walked-off-the-job"),
    # a show of force answers the act it follows, written as a participle, or the other side of a clash
    pytest.param("Peru put its army on alert following Chilean naval drills near the border.",
                 ("Peru", "MOBILIZE", "Chile", "positive", "actual"), id="alert-following-drills"),
    pytest.param("Bolivia rushed troops to the border after a clash with Paraguayan soldiers.",
                 ("Bolivia", "MOBILIZE", "Paraguay", "positive", "actual"), id="troops-after-a-clash-with"),
    # a country's name the recognizer took for a body's is the country: its people are at home
    pytest.param("Belarus freed 18 political prisoners on Monday.",
                 ("Belarus", "RETREAT", "Belarus", "positive", "actual"), id="country-taken-for-a-body"),
    # a participle set between the subject and its verb is the subject's act too
    pytest.param("Peruvian police, working with the DEA, arrested a drug trafficker in Lima.",
                 ("Peru", "COOPERATE", "DEA", "positive", "actual"), id="participle-between-subject-and-verb"),
    # what is given to people in need is aid to the country the words after them put them in
    pytest.param("Chile gave 5 million dollars to families displaced by floods in Peru.",
                 ("Chile", "AID", "Peru", "positive", "actual"), id="given-to-people-in-need"),
    # a saying participle after a clause accuses whom its pronoun stands for
    pytest.param("President Rafael Correa expelled the Drug Enforcement Administration on Monday, accusing its agents "
                 "of meddling in politics.", ("Rafael Correa", "DISAPPROVE", "Drug Enforcement Administration",
                                              "positive", "actual"), id="accusing-its-agents"),
    # people named by their noun in a region the recognizer took for a body's name are of the region's country
    pytest.param("Bandits killed 12 villagers in Zamfara state on Friday.",
                 ("Nigeria", "ASSAULT", "Nigeria", "positive", "actual"), id="villagers-in-a-region"),
    # relief handed out to people in a place is aid to their country
    pytest.param("The Red Cross distributed food to flood victims in Bolivia.",
                 ("International Committee of the Red Cross", "AID", "Bolivia", "positive", "actual"),
                 id="distributed-relief"),
    # what people named only by their noun demand is theirs: giving in to it concedes to them
    pytest.param("The Bolivian government gave in to the demands of striking miners on Friday.",
                 ("Bolivia", "CONCEDE", "Bolivia", "positive", "actual"), id="demands-of-unnamed-people"),
    # a crowd of a country that protests or strikes with no target or place named protests against its government
    pytest.param("Guatemalan teachers went on strike on Tuesday.",
                 ("Guatemala", "PROTEST", "Guatemala", "positive", "actual"), id="strike-at-home"),
    pytest.param("Thousands of Paraguayan farmers marched on Monday.",
                 ("Paraguay", "PROTEST", "Paraguay", "positive", "actual"), id="march-at-home"),
    pytest.param("Uruguayan dock workers launched a strike on Monday.",
                 ("Uruguay", "PROTEST", "Uruguay", "positive", "actual"), id="strike-launched-by-workers"),
    # unions are labour, not the state they protest against
    pytest.param("Bolivian unions protested against the government on Friday.",
                 ("Bolivia", "PROTEST", "Bolivia", "positive", "actual"), id="unions-against-government"),
    # intelligence passed on is cooperation, not aid
    pytest.param("Colombia provided Ecuador with intelligence on the rebels.",
                 ("Colombia", "COOPERATE", "Ecuador", "positive", "actual"), id="intelligence-provided"),
    # an act a verb opposes through "against" is not done
    pytest.param("Uruguay decided against sending troops to Haiti.",
                 ("Uruguay", "AID", "Haiti", "negative", "actual"), id="decided-against"),
    pytest.param("The Ecuadorean government accepted the demands by the teachers.",
                 ("Ecuador", "CONCEDE", "Ecuador", "positive", "actual"), id="demands-by-unnamed-people"),
    # an amount pledged or stopped "in aid to" someone is aid pledged or stopped to them
    pytest.param("Norway pledged 50 million euros in new humanitarian assistance for Haiti.",
                 ("Norway", "AGREE", "Haiti", "positive", "actual"), id="amount-of-aid-pledged"),
    pytest.param("Canada cancelled $40 million in development aid to Haiti on Monday.",
                 ("Canada", "SANCTION", "Haiti", "positive", "actual"), id="amount-of-aid-frozen"),
    # a vote boycotted where no place is named is the boycotter's own country's
    pytest.param("Peru's main opposition party boycotted the presidential runoff.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="boycotted-own-vote"),
    # a show of force answers another's forces on the move
    pytest.param("Peru put its navy on alert after Chilean warships entered its waters.",
                 ("Peru", "MOBILIZE", "Chile", "positive", "actual"), id="alert-after-forces-moved"),
    # an official of a town said to be in a country is of that country
    pytest.param("Guerrillas killed the mayor of a town in Peru on Sunday.",
                 ("Peru", "ASSAULT", "Peru", "positive", "actual"), id="mayor-of-a-town-in"),
    # an explosive thrown at a place attacks it
    pytest.param("Militants hurled a grenade at a police station in Lahore.",
                 ("Pakistan", "ASSAULT", "Lahore", "positive", "actual"), id="grenade-hurled-at"),
    # people or remains sent home are returned
    pytest.param("Vietnam repatriated six Chinese fishermen on Friday.",
                 ("Vietnam", "RETREAT", "China", "positive", "actual"), id="repatriated"),
    # revenge vowed is a threat against whom it is vowed on
    pytest.param("The Shining Path vowed revenge against Peru for the death of its leader.",
                 ("Shining Path", "THREATEN", "Peru", "positive", "actual"), id="vowed-revenge"),
    # a participle after a preposition's object, which the parser took for the object's own verb
    pytest.param("Ecuador has granted diplomatic asylum to four Bolivian army officers holed up in its embassy since "
                 "the coup.", ("Ecuador", "AID", "Bolivia", "positive", "actual"), id="participle-after-object"),
    # a list of countries whose second the parser read as the first's apposition: each of them acts
    pytest.param("Sri Lanka, the Maldives, India and Nepal severed diplomatic ties with Pakistan on Monday.",
                 ("Nepal", "SANCTION", "Pakistan", "positive", "actual"), id="listed-apposition"),
    pytest.param("Sri Lanka, the Maldives, India and Nepal severed diplomatic ties with Pakistan on Monday.",
                 ("Maldives", "SANCTION", "Pakistan", "positive", "actual"), id="listed-apposition-itself"),
    # a show of force that names no target is against whom its purpose faces, strikes or deters
    pytest.param("Colombia massed troops along its eastern frontier to confront the ELN.",
                 ("Colombia", "MOBILIZE", "National Liberation Army", "positive", "actual"), id="massed-to-confront"),
    pytest.param("Kenya deployed troops along its northern frontier to deter Ethiopia.",
                 ("Kenya", "MOBILIZE", "Ethiopia", "positive", "actual"), id="deployed-to-deter"),
    # what the forces are moved for is still to come
    pytest.param("Nigeria deployed tanks near Maiduguri to attack Boko Haram.",
                 ("Nigeria", "ASSAULT", "Boko Haram", "positive", "intended"), id="deployed-to-attack"),
    # knowledge traded is cooperation, and what it is about no party to it nor a thing struck
    pytest.param("Peru and Chile exchanged intelligence on Bolivia's missile programme.",
                 ("Peru", "COOPERATE", "Chile", "positive", "actual"), id="exchanged-intelligence"),
    # a truce accepted stops the fighting with whom it is made (CAMEO 0871)
    pytest.param("The ELN accepted a Cuban-brokered ceasefire with Colombia.",
                 ("National Liberation Army", "RETREAT", "Colombia", "positive", "actual"), id="accepted-a-ceasefire"),
    # a measure of sanctions lifted lifts them
    pytest.param("Canada lifted a raft of trade sanctions on Iran.",
                 ("Canada", "RETREAT", "Iran", "positive", "actual"), id="lifted-a-raft-of-sanctions"),
    # looking into an act looks into whoever did it; an examination "of" killings, into where they happened
    pytest.param("UN experts are looking into the alleged use of cluster bombs by Ethiopian forces in Tigray.",
                 ("United Nations", "INVESTIGATE", "Ethiopia", "positive", "actual"), id="looking-into"),
    pytest.param("The ICC opened a preliminary examination of killings in Venezuela.",
                 ("International Criminal Court", "INVESTIGATE", "Venezuela", "positive", "actual"),
                 id="examination-of-killings-in"),
    # setting off for a place on a visit, or riding or driving there for one, visits it
    pytest.param("Mexico's president left for Havana on a three-day state visit.",
                 ("Mexico", "CONSULT", "Cuba", "positive", "actual"), id="left-for-on-a-visit"),
    pytest.param("The Bolivian president drove across the border to Arica for a visit to Chile.",
                 ("Bolivia", "CONSULT", "Arica", "positive", "actual"), id="drove-to-for-a-visit"),
    # people held in a state's prisons who strike protest against their keeper
    pytest.param("Hundreds of Kurdish inmates in Turkish prisons began a hunger strike on Monday.",
                 ("Kurds", "PROTEST", "Turkey", "positive", "actual"), id="inmates-in-prisons-strike"),
    # a protest noun whose crowd is named: against where it is, or the crowd's own government
    pytest.param("Weeks of protests by Serbian students in Belgrade forced the government to resign.",
                 ("Serbia", "PROTEST", "Serbia", "positive", "actual"), id="protests-by-a-crowd-in"),
    pytest.param("A hunger strike by Moroccan teachers entered its second week.",
                 ("Morocco", "PROTEST", "Morocco", "positive", "actual"), id="strike-by-a-crowd"),
    # someone titled handed to another's custody or court is extradited, not sent on a visit
    pytest.param("Pakistan transferred the Haqqani commander to US custody.",
                 ("Pakistan", "COOPERATE", "United States", "positive", "actual"), id="transferred-to-custody"),
    pytest.param("Uganda transferred LRA commander Thomas Kwoyelo to the ICC on Friday.",
                 ("Uganda", "COOPERATE", "International Criminal Court", "positive", "actual"),
                 id="transferred-to-the-icc"),
    # armed forces ordered somewhere are moved there, not asked anything
    pytest.param("Russia ordered tanks to the Estonian border.",
                 ("Russia", "MOBILIZE", "Estonia", "positive", "actual"), id="ordered-tanks-to"),
    # a sum pledged to help rebuild a country is promised to it
    pytest.param("Norway pledged $300 million to help rebuild Haiti.",
                 ("Norway", "AGREE", "Haiti", "positive", "actual"), id="pledged-to-help-rebuild"),
    # prisoners held in a state's jails protest against it
    pytest.param("Kurdish prisoners held in Turkish jails began a hunger strike.",
                 ("Kurds", "PROTEST", "Turkey", "positive", "actual"), id="held-in-jails"),
    # a noun summing up the clause after a comma is no second object of its verb
    pytest.param("Chinese Foreign Minister Wang Yi met Kenyan President William Ruto in Nairobi on Friday, the first "
                 "such visit in a decade.", ("Wang Yi", "CONSULT", "William Ruto", "positive", "actual"),
                 id="met-then-a-summary"),
    # fighters who surrender disarm before whom they surrender to (CAMEO 0874)
    pytest.param("More than 300 ELN fighters surrendered to Colombian troops in Arauca last week.",
                 ("National Liberation Army", "RETREAT", "Colombia", "positive", "actual"), id="fighters-surrendered"),
    # forces sent somewhere no actor names face whom the warning is for; what they are sent to do is to come
    pytest.param("Washington sent two aircraft carriers to the region as a warning to Iran.",
                 ("United States", "MOBILIZE", "Iran", "positive", "actual"), id="sent-carriers-as-a-warning"),
    pytest.param("Algeria sent troops to the Sahel to fight Islamic State.",
                 ("Algeria", "FIGHT", "Islamic State", "positive", "intended"), id="sent-troops-to-fight"),
    # a crowd's boycott is a protest, a state's a sanction
    pytest.param("Pakistani shoppers boycotted French goods over the cartoons.",
                 ("Pakistan", "PROTEST", "France", "positive", "actual"), id="shoppers-boycotted"),
    # people taken into custody where no one is named to do it: by the state where it is done
    pytest.param("Two Australian academics were detained in Myanmar last month.",
                 ("Myanmar", "COERCE", "Australia", "positive", "actual"), id="detained-in-a-country"),
    # exercises several hold together are military cooperation, not a show of force against each other
    pytest.param("Thai and Malaysian warships began the annual Sea Garuda naval exercise.",
                 ("Thailand", "COOPERATE", "Malaysia", "positive", "actual"), id="exercise-held-together"),
    # standing with someone supports them
    pytest.param("Serbia stands firmly with Russia on Kosovo.",
                 ("Serbia", "SUPPORT", "Russia", "positive", "actual"), id="stands-with"),
    # insisting that someone do something demands it of them, also where the tagger reads the bare form as a present
    pytest.param("Caracas insisted that Washington lift all sanctions first.",
                 ("Venezuela", "DEMAND", "United States", "positive", "actual"), id="insisted-that-do"),
    # a coordinated verb's "insisted that ..." is its shared subject's demand
    pytest.param("The Spanish government closed the port and insisted that Morocco take back the migrants.",
                 ("Spain", "DEMAND", "Morocco", "positive", "actual"), id="and-insisted-that"),
    # a show of force is against whom the act of force it prepares is against
    pytest.param("Israel called up reservists in preparation for a ground operation against Hezbollah.",
                 ("Israel", "MOBILIZE", "Hezbollah", "positive", "actual"), id="in-preparation-for"),
    pytest.param("Ethiopia deployed tanks ahead of an expected offensive against the TPLF.",
                 ("Ethiopia", "MOBILIZE", "TPLF", "positive", "actual"), id="ahead-of-an-offensive"),
    # troops poured somewhere are deployed there
    pytest.param("Kenya poured 5,000 troops into Lamu county.",
                 ("Kenya", "MOBILIZE", "Lamu", "positive", "actual"), id="poured-troops-into"),
    # training another's forces is military aid (CAMEO 072), in the active and the passive
    pytest.param("Canadian instructors trained 300 Iraqi soldiers in Erbil.",
                 ("Canada", "AID", "Iraq", "positive", "actual"), id="trained-soldiers"),
    pytest.param("Kurdish fighters were trained by Canadian instructors.",
                 ("Canada", "AID", "Kurds", "positive", "actual"), id="fighters-were-trained-by"),
    # a people's name the recognizer took for a language's, before a noun, is a nationality
    pytest.param("Australian advisers are training Filipino soldiers in Mindanao.",
                 ("Australia", "AID", "Philippines", "positive", "actual"), id="filipino-as-language"),
    # a themed thing taken in the passive stands for whom it names, as the object does in the active voice
    pytest.param("Dozens of Ethiopian prisoners were freed by Sudan.",
                 ("Sudan", "RETREAT", "Ethiopia", "positive", "actual"), id="prisoners-were-freed-by"),
    # relief carried, flown or trucked somewhere, or into it, is given to it
    pytest.param("Egypt trucked 40 tonnes of food into Gaza.",
                 ("Egypt", "AID", "Palestine", "positive", "actual"), id="trucked-food-into"),
    pytest.param("Spanish planes flew blankets and medicine to Morocco.",
                 ("Spain", "AID", "Morocco", "positive", "actual"), id="flew-medicine-to"),
    # a commander who surrenders to troops disarms, as fighters do
    pytest.param("A senior ELN commander surrendered to Colombian troops.",
                 ("National Liberation Army", "RETREAT", "Colombia", "positive", "actual"), id="commander-surrendered"),
    # fighters who hand over their weapons disarm
    pytest.param("Hundreds of Taliban fighters turned over their weapons to Afghan forces.",
                 ("Taliban", "RETREAT", "Afghanistan", "positive", "actual"), id="fighters-turned-over-weapons"),
    # forces put on alert, or whose alert is raised, are a show of force against whom the alert answers
    pytest.param("Taipei placed its navy on alert after China launched missiles.",
                 ("Taiwan", "MOBILIZE", "China", "positive", "actual"), id="placed-on-alert-after"),
    pytest.param("The Greek army was placed on high alert after Turkish jets violated its airspace.",
                 ("Greece", "MOBILIZE", "Turkey", "positive", "actual"), id="was-placed-on-alert"),
    pytest.param("Seoul raised the alert level of its forces after Pyongyang fired artillery shells.",
                 ("South Korea", "MOBILIZE", "North Korea", "positive", "actual"), id="raised-the-alert-level"),
    # forces sent somewhere against a foe the purpose names: against the foe, not where they go
    pytest.param("Niger stationed 500 soldiers in Tillaberi ahead of a push against Boko Haram.",
                 ("Niger", "MOBILIZE", "Boko Haram", "positive", "actual"), id="stationed-ahead-of-a-push"),
    pytest.param("Russian tanks were deployed along the Belarusian border with Ukraine.",
                 ("Russia", "MOBILIZE", "Ukraine", "positive", "actual"), id="border-of-one-with-another"),
    # shoppers somewhere are a crowd of that place: their boycott is a protest
    pytest.param("Shoppers in Algeria boycotted Spanish goods.",
                 ("Algeria", "PROTEST", "Spain", "positive", "actual"), id="shoppers-in-a-place-boycotted"),
    # a union's name the tagger took for a proper noun's is still a crowd's at home
    pytest.param("The Kenyan teachers union launched a nationwide strike over pay.",
                 ("Kenya", "PROTEST", "Kenya", "positive", "actual"), id="union-tagged-proper"),
    # a tip-off is intelligence shared
    pytest.param("Jordanian intelligence tipped off German police about the plot.",
                 ("Jordan", "COOPERATE", "Germany", "positive", "actual"), id="tipped-off"),
    # fighting beside others is military cooperation with them, and against whom the fight is
    pytest.param("Chadian troops fought alongside Cameroonian soldiers against Boko Haram.",
                 ("Chad", "COOPERATE", "Cameroon", "positive", "actual"), id="fought-alongside"),
    pytest.param("Chadian troops fought alongside Cameroonian soldiers against Boko Haram.",
                 ("Chad", "FIGHT", "Boko Haram", "positive", "actual"), id="fought-alongside-against"),
    # protesters who gather rally: against whose embassy they stand outside, or where they are
    pytest.param("Protesters gathered outside the Israeli embassy in Amman.",
                 ("Jordan", "PROTEST", "Israel", "positive", "actual"), id="protesters-gathered-outside"),
    pytest.param("Hundreds of protesters gathered in Tbilisi.",
                 ("Georgia", "PROTEST", "Georgia", "positive", "actual"), id="protesters-gathered-in"),
    # what is struck near a city is struck in its country
    pytest.param("Al-Shabaab fighters ambushed an army convoy near Mogadishu.",
                 ("Al-Shabaab", "FIGHT", "Somalia", "positive", "actual"), id="convoy-near-a-city"),
    # control of a place taken from others is force against them
    pytest.param("Taliban fighters took control of the district from Afghan government forces.",
                 ("Taliban", "FIGHT", "Afghanistan", "positive", "actual"), id="took-control-from"),
    pytest.param("Malian troops seized control of the town from Tuareg rebels.",
                 ("Mali", "FIGHT", "Tuareg", "positive", "actual"), id="seized-control-of-a-town-from"),
    # a crowd that blocks roads, aimed at no one named, protests where it is or at home
    pytest.param("Bangladeshi workers blocked highways in Dhaka.",
                 ("Bangladesh", "PROTEST", "Bangladesh", "positive", "actual"), id="workers-blocked-highways"),
    pytest.param("Striking truckers blocked roads in the Colombian city of Cali demanding lower fuel prices.",
                 ("Colombia", "PROTEST", "Colombia", "positive", "actual"), id="truckers-blocked-roads-demanding"),
    # police or agents who raid or search a place coerce whose it is (armed forces' raids are force)
    pytest.param("FBI agents raided the home of a Russian diplomat in Washington.",
                 ("Federal Bureau of Investigation", "COERCE", "Russia", "positive", "actual"), id="agents-raided"),
    pytest.param("Turkish police searched the offices of a Greek shipping firm in Istanbul.",
                 ("Turkey", "COERCE", "Greece", "positive", "actual"), id="police-searched"),
    # forces sent somewhere face whom a border there is shared with, as forces deployed do
    pytest.param("Venezuela sent 300 soldiers to a river island on its border with Guyana.",
                 ("Venezuela", "MOBILIZE", "Guyana", "positive", "actual"), id="sent-soldiers-to-a-border"),
    # an inquiry into whether someone did something investigates them
    pytest.param("Swiss prosecutors are investigating whether a Kazakh banker laundered the funds.",
                 ("Switzerland", "INVESTIGATE", "Kazakhstan", "positive", "actual"), id="investigating-whether"),
    # taken off a list of the designated, or put on one
    pytest.param("Canada took Libya off its list of terrorism sponsors.",
                 ("Canada", "CONCEDE", "Libya", "positive", "actual"), id="taken-off-a-list"),
    pytest.param("Japan put two Russian banks on its blacklist.",
                 ("Japan", "SANCTION", "Russia", "positive", "actual"), id="put-on-a-blacklist"),
    # relief goods among other things given: the help goes where those it reaches are
    # warships sent in a group are forces moved, not aid; where an event happened through a name taken for no place's
    pytest.param("Canberra dispatched a naval strike group to the Coral Sea to deter Indonesia.",
                 ("Australia", "MOBILIZE", "Indonesia", "positive", "actual"), id="strike-group-dispatched"),
    pytest.param("JNIM jihadists killed dozens of civilians near Djibo in Burkina Faso.",
                 ("JNIM", "ASSAULT", "Burkina Faso", "positive", "actual"), id="near-a-name-in-a-country"),
    # a restriction on going somewhere eased is eased on the place it keeps people or goods out of
    pytest.param("Egypt eased restrictions on trucks entering Libya.",
                 ("Egypt", "CONCEDE", "Libya", "positive", "actual"), id="restrictions-on-entering"),
    pytest.param("Egypt eased restrictions on the entry of fuel into Libya.",
                 ("Egypt", "CONCEDE", "Libya", "positive", "actual"), id="restrictions-on-entry-into"),
    # a people's plural name the country tables lack is still the country's people
    pytest.param("Thousands of Croats marched through Zagreb on Saturday against the pension law.",
                 ("Croatia", "PROTEST", "Croatia", "positive", "actual"), id="croats-marched"),
    # a crowd's participle after "to" is the crowd's adjective, not a gerund that strikes it
    pytest.param("The Peruvian government caved in to protesting farmers after a week of roadblocks.",
                 ("Peru", "CONCEDE", "Peru", "positive", "actual"), id="caved-in-to-protesting-farmers"),
    # "dead" after "shot", which the parser may take for a preposition with the victim its object
    pytest.param("A gunman shot dead a police officer in Karachi.",
                 ("Pakistan", "ASSAULT", "Pakistan", "positive", "actual"), id="shot-dead-a-police-officer"),
    # what a protest is for, asked by an infinitive or a participle after it, is asked of whom the protest is against
    pytest.param("Nigerian nurses went on strike to demand unpaid salaries.",
                 ("Nigeria", "DEMAND", "Nigeria", "positive", "actual"), id="strike-to-demand-at-home"),
    pytest.param("Nigerian nurses went on strike, demanding unpaid salaries.",
                 ("Nigeria", "DEMAND", "Nigeria", "positive", "actual"), id="strike-demanding-at-home"),
    pytest.param("Hundreds of students rallied in Quito, demanding free tuition.",
                 ("Ecuador", "DEMAND", "Ecuador", "positive", "actual"), id="rallied-in-demanding"),
    # a show of force answers the forces seen or moving while or after it is made; the alert may hang on the forces
    pytest.param("Manila put its navy on alert as Chinese warships sailed near the Spratly Islands.",
                 ("Philippines", "MOBILIZE", "China", "positive", "actual"), id="on-alert-as-warships-sailed"),
    pytest.param("Hanoi placed its coastal missile units on combat readiness after Chinese warships entered the Gulf "
                 "of Tonkin.", ("Vietnam", "MOBILIZE", "China", "positive", "actual"), id="missile-units-on-readiness"),
    pytest.param("Norway scrambled fighter jets after spotting two Russian bombers off its coast.",
                 ("Norway", "MOBILIZE", "Russia", "positive", "actual"), id="scrambled-after-spotting-bombers"),
    # where nameless attackers struck: through what they struck, or those they harmed, to where a participle puts it
    pytest.param("Insurgents ambushed a truck carrying Turkish contractors in Iraq's Kirkuk province.",
                 ("Iraq", "ASSAULT", "Turkey", "positive", "actual"), id="truck-carrying-in-a-province"),
    pytest.param("Gunmen kidnapped three South Korean nurses working at a clinic in northern Nigeria.",
                 ("Nigeria", "ASSAULT", "South Korea", "positive", "actual"), id="nurses-working-at-a-clinic-in"),
    pytest.param("Thousands of Turks protested against the arrest of Ekrem Imamoglu.",
                 ("Turkey", "PROTEST", "Turkey", "positive", "actual"), id="protest-against-an-arrest-at-home"),
    # an inquiry taken over or reopened is one its new holder makes
    pytest.param("Kenyan detectives took over the inquiry into the deaths of three miners.",
                 ("Kenya", "INVESTIGATE", "Kenya", "positive", "actual"), id="took-over-the-inquiry"),
    pytest.param("Sri Lankan police reopened their probe into the bombing of a church in Colombo.",
                 ("Sri Lanka", "INVESTIGATE", "Sri Lanka", "positive", "actual"), id="reopened-their-probe"),
    # what a threatened blockade's "of" names is whom it threatens (only a protest's object befalls another)
    pytest.param("Maoist rebels threatened to attack any vehicles on the main roads, in a blockade of Katmandu.",
                 ("Maoists", "THREATEN", "Katmandu", "positive", "actual"), id="threat-in-a-blockade-of"),
    # members of a body named by its noun are its people, as "cartel members" are
    pytest.param("Members of a criminal gang killed two soldiers in Honduras.",
                 ("Honduras", "ASSAULT", "Honduras", "positive", "actual"), id="members-of-a-gang"),
    # an act coordinated with another of one subject happened where the other did
    pytest.param("Gunmen ambushed a convoy in northern Mali and kidnapped two Chinese engineers.",
                 ("Mali", "ASSAULT", "China", "positive", "actual"), id="ambushed-in-and-kidnapped"),
    # people of a place named by their noun act there on people named by theirs
    pytest.param("Bandits in Niger's Tillaberi region abducted a dozen farmers.",
                 ("Niger", "ASSAULT", "Niger", "positive", "actual"), id="bandits-in-a-region-abducted"),
    # whom a vehicle fired on carries is whom the fire is aimed at
    pytest.param("Militants opened fire on a minibus carrying Indian pilgrims in Jammu.",
                 ("India", "ASSAULT", "India", "positive", "actual"), id="fire-on-a-minibus-carrying"),
    pytest.param("The ICRC delivered surgical kits and medicines to hospitals in Mekelle on Tuesday.",
                 ("International Committee of the Red Cross", "AID", "Mekelle", "positive", "actual"),
                 id="kits-and-medicines-to-hospitals-in"),
    # a crowd is people by itself; dispersing people is coercion, with arms of crowd control an assault
    pytest.param("Police in Accra dispersed crowds outside the electoral commission.",
                 ("Ghana", "COERCE", "Ghana", "positive", "actual"), id="dispersed-crowds"),
    pytest.param("Riot police in Dakar fired tear gas at the crowd.",
                 ("Senegal", "ASSAULT", "Senegal", "positive", "actual"), id="tear-gas-at-the-crowd"),
    pytest.param("Police in Accra used tear gas and batons to disperse traders protesting against new levies.",
                 ("Ghana", "ASSAULT", "Ghana", "positive", "actual"), id="tear-gas-to-disperse"),
    pytest.param("Kenyan police dispersed the students with water cannon.",
                 ("Kenya", "ASSAULT", "Kenya", "positive", "actual"), id="dispersed-with-water-cannon"),
    # people met by police while they march protest, the parser's clause of their own or not
    pytest.param("Police in Accra used tear gas and batons to disperse traders protesting against new levies.",
                 ("Ghana", "PROTEST", "Ghana", "positive", "actual"), id="dispersed-traders-protesting"),
    pytest.param("Police in Lusaka dispersed students marching on parliament.",
                 ("Zambia", "PROTEST", "Zambia", "positive", "actual"), id="dispersed-students-marching"),
    # a show of force answers forces reported or seen on the move
    pytest.param("Georgia put its troops on alert after Russian tanks were seen massing near the border.",
                 ("Georgia", "MOBILIZE", "Russia", "positive", "actual"), id="alert-after-forces-seen-massing"),
    # forces ordered somewhere are deployed, not bidden
    pytest.param("The Kremlin ordered 3,000 troops to the Finnish border.",
                 ("Russia", "MOBILIZE", "Finland", "positive", "actual"), id="ordered-troops-to"),
    # the "to" of whom someone is extradited to, hung on the participle that describes him
    pytest.param("Peru extradited a Chilean banker wanted for tax fraud to Santiago.",
                 ("Peru", "COOPERATE", "Chile", "positive", "actual"), id="extradited-someone-wanted-to"),
    # a protest banned or broken up coerces those it is by, named by their noun, wherever the parser hangs "by"
    pytest.param("Togo banned protests by the opposition.",
                 ("Togo", "COERCE", "Togo", "positive", "actual"), id="banned-protests-by"),
    pytest.param("The Gabonese government banned a rally by opposition parties.",
                 ("Gabon", "COERCE", "Gabon", "positive", "actual"), id="banned-a-rally-by-parties"),
    pytest.param("Police in Lome broke up a sit-in by teachers.",
                 ("Togo", "COERCE", "Togo", "positive", "actual"), id="broke-up-a-sit-in-by"),
    # people taken into custody are held; so are those stripped of what they have
    pytest.param("Eritrean soldiers took two Ethiopian farmers into custody.",
                 ("Eritrea", "COERCE", "Ethiopia", "positive", "actual"), id="took-into-custody"),
    pytest.param("Nicaragua stripped Chilean critics of their citizenship.",
                 ("Nicaragua", "COERCE", "Chile", "positive", "actual"), id="stripped-of-citizenship"),
    # security forces, named so, raid as police do: coercion, not combat
    pytest.param("Kenyan security forces raided the offices of a newspaper in Nairobi.",
                 ("Kenya", "COERCE", "Kenya", "positive", "actual"), id="security-forces-raided"),
    # positions around a city are where the city is, as those near it are
    pytest.param("Russian jets pounded rebel positions around the Syrian city of Idlib.",
                 ("Russia", "FIGHT", "Idlib", "positive", "actual"), id="positions-around-a-city"),
    # members of a cell handed over are people extradited, not aid
    pytest.param("Qatar handed over to Jordan six members of a militant cell.",
                 ("Qatar", "COOPERATE", "Jordan", "positive", "actual"), id="handed-over-members-of-a-cell"),
    # a vow of force is an act a show of force answers, as agreeing to a pause is not
    pytest.param("Armenia put its army on high alert after Baku vowed to retaliate for the shooting of two soldiers.",
                 ("Armenia", "MOBILIZE", "Azerbaijan", "positive", "actual"), id="alert-after-a-vow-to-retaliate"),
    # a name that starts a sentence does what the past form after it says, which the parser took for an adjective;
    # a state freeing someone from a restriction concedes to him
    pytest.param("Georgia jailed journalist Nino Beridze.",
                 ("Georgia", "COERCE", "Nino Beridze", "positive", "actual"), id="headline-verb-read-as-adjective"),
    # so does one that starts what a source is then said to say
    pytest.param("Eritrea massed troops and tanks near its border with Ethiopia over the weekend, the government in "
                 "Addis Ababa said.", ("Eritrea", "MOBILIZE", "Ethiopia", "positive", "actual"),
                 id="verb-read-as-adjective-in-a-said-clause"),
    pytest.param("Washington exempted India from the sanctions.",
                 ("United States", "CONCEDE", "India", "positive", "actual"), id="exempted-from"),
    # a name that starts a sentence is the subject of a verb that has none, where the parser read it as an adverb
    pytest.param("Tonga severed diplomatic ties with Fiji.",
                 ("Tonga", "SANCTION", "Fiji", "positive", "actual"), id="name-read-as-an-adverb"),
    pytest.param("Nauru severed diplomatic ties with Peru.",
                 ("Nauru", "SANCTION", "Peru", "positive", "actual"), id="name-read-as-an-adverb-2"),
    # fire opened on a thing strikes where the thing is, as strikes carried out there do
    pytest.param("Hamas gunmen opened fire on a bus in Haifa.",
                 ("Hamas", "ASSAULT", "Haifa", "positive", "actual"), id="opened-fire-on-a-thing-in"),
    # force promised should another act is a threat to that other
    pytest.param("Armenia said it would retaliate if Azerbaijan attacked its border posts.",
                 ("Armenia", "THREATEN", "Azerbaijan", "positive", "actual"), id="would-retaliate-if"),
    # where a victim was when struck
    # an object put after what it is called ("rejected as unfounded a Colombian accusation") is still the object
    pytest.param("Moscow condemned as illegal the Estonian decision to move a Soviet war memorial.",
                 ("Russia", "DISAPPROVE", "Estonia", "positive", "actual"), id="condemned-as-illegal-the"),
    pytest.param("Caracas rejected as unfounded a Colombian accusation that it shelters rebels.",
                 ("Venezuela", "REJECT", "Colombia", "positive", "actual"), id="rejected-as-unfounded-a"),
    # a permission refused is refused to whom it was for
    pytest.param("Sri Lanka refused permission for an Indian survey ship to dock in Hambantota.",
                 ("Sri Lanka", "REJECT", "India", "positive", "actual"), id="refused-permission-for"),
    # an office no one is named to hold, which a people demands of, is their own state's
    pytest.param("Thousands of Zambians marched in Ndola to demand the resignation of the president.",
                 ("Zambia", "DEMAND", "Zambia", "positive", "actual"), id="demand-of-the-president-at-home"),
    pytest.param("Kenyan lawmaker Peter Otieno was shot dead by a gunman while driving home in Nairobi.",
                 ("Kenya", "ASSAULT", "Peter Otieno", "positive", "actual"), id="shot-while-driving-in"),
    # a question looked into is about whom its clause is of
    pytest.param("Malawian police opened an inquiry into whether Tanzanian smugglers bribed border guards.",
                 ("Malawi", "INVESTIGATE", "Tanzania", "positive", "actual"), id="inquiry-into-whether"),
    pytest.param("Thai police are looking into whether Cambodian officials took bribes.",
                 ("Thailand", "INVESTIGATE", "Cambodia", "positive", "actual"), id="looking-into-whether"),
    # a show of force answers the act feared, and threats from whom they came
    pytest.param("Estonia put its troops on alert amid fears of a Russian incursion.",
                 ("Estonia", "MOBILIZE", "Russia", "positive", "actual"), id="alert-amid-fears-of"),
    pytest.param("Guyana placed its defence force on alert, citing threats from Venezuela.",
                 ("Guyana", "MOBILIZE", "Venezuela", "positive", "actual"), id="alert-citing-threats-from"),
    # a mob is people by itself
    pytest.param("A mob lynched two Bangladeshi traders in the Indian city of Guwahati.",
                 ("India", "ASSAULT", "Bangladesh", "positive", "actual"), id="a-mob-lynched"),
    # "them" in the clause after is the people the clause before told of
    pytest.param("Kenyan teachers marched on parliament in Nairobi, and police arrested dozens of them.",
                 ("Kenya", "COERCE", "Kenya", "positive", "actual"), id="arrested-dozens-of-them"),
    pytest.param("Hundreds of Pakistani lawyers gathered outside the court in Lahore before police dispersed them.",
                 ("Pakistan", "COERCE", "Pakistan", "positive", "actual"), id="before-police-dispersed-them"),
    # the dictionary is read for doers named by their noun too
    pytest.param("Police used tear gas against protesters in Dhaka.",
                 ("Bangladesh", "ASSAULT", "Bangladesh", "positive", "actual"), id="police-used-tear-gas-against"),
    pytest.param("Police searched the offices of an opposition newspaper in Harare.",
                 ("Zimbabwe", "COERCE", "Zimbabwe", "positive", "actual"), id="unnamed-police-searched"),
    # a gerund where a noun stands is the event noun ("after Pakistani shelling")
    pytest.param("India mobilized reservists after Pakistani shelling.",
                 ("India", "MOBILIZE", "Pakistan", "positive", "actual"), id="mobilized-after-gerund-shelling"),
    # a march "through" a city is there, and so is what its marchers do along the way
    pytest.param("Thousands of students marched through Santiago, denouncing the Argentine president.",
                 ("Chile", "PROTEST", "Argentina", "positive", "actual"), id="marched-through-a-city"),
    # people in a thing of a place's are in the place ("in Nigeria's public hospitals")
    pytest.param("Doctors in Nigeria's public hospitals went on strike.",
                 ("Nigeria", "PROTEST", "Nigeria", "positive", "actual"), id="in-a-countrys-hospitals"),
    pytest.param("Dock workers in Kenya's port of Mombasa went on strike for higher wages.",
                 ("Kenya", "PROTEST", "Mombasa", "positive", "actual"), id="in-a-countrys-port-of"),
    # a bomb no one is named for was set off by someone unknown where it went off (PLOVER's UAF)
    pytest.param("A roadside bomb killed three Pakistani soldiers in North Waziristan.",
                 ("Pakistan", "ASSAULT", "Pakistan", "positive", "actual"), id="a-roadside-bomb-killed"),
    pytest.param("Two Malian soldiers were killed by a landmine near Gao.",
                 ("Mali", "ASSAULT", "Mali", "positive", "actual"), id="killed-by-a-landmine"),
    pytest.param("A car bomb claimed by ETA killed two Spanish policemen in Bilbao.",
                 ("ETA", "ASSAULT", "Spain", "positive", "actual"), id="a-bomb-claimed-by-a-group"),
    # attacks unleashed are attacks made; a capital "around" which sites are struck is a place
    pytest.param("Russia unleashed drone attacks on Ukrainian cities.",
                 ("Russia", "FIGHT", "Ukraine", "positive", "actual"), id="unleashed-attacks-on"),
    pytest.param("Saudi Arabia bombed military sites around Sanaa.",
                 ("Saudi Arabia", "ASSAULT", "Yemen", "positive", "actual"), id="sites-around-a-capital"),
    # economic sanctions, an embargo or a boycott eased are a RETREAT (CAMEO 085 by PLOVER's crosswalk), however
    # they are taken away; a curfew or a ban lifted stays a concession (CAMEO 081)
    pytest.param("Norway lifted its trade embargo on Belarus on Tuesday.",
                 ("Norway", "RETREAT", "Belarus", "positive", "actual"), id="lifted-an-embargo"),
    pytest.param("The EU suspended its sanctions on Zimbabwe for six months.",
                 ("European Union", "RETREAT", "Zimbabwe", "positive", "actual"), id="suspended-sanctions"),
    pytest.param("Sanctions on Eritrea were lifted by the Security Council.",
                 ("UN Security Council", "RETREAT", "Eritrea", "positive", "actual"), id="sanctions-were-lifted-by"),
    pytest.param("Washington removed sanctions on two dozen firms blacklisted for links to Cuba.",
                 ("United States", "RETREAT", "Cuba", "positive", "actual"), id="sanctions-on-firms-kept-out"),
    pytest.param("Jordan lifted its ban on Syrian trucks.",
                 ("Jordan", "CONCEDE", "Syria", "positive", "actual"), id="lifted-a-ban"),
    # a phrase of why after the sanctions is no withdrawal from talks
    pytest.param("Japan lifted sanctions against Chile in recognition of its support for the coalition.",
                 ("Japan", "RETREAT", "Chile", "positive", "actual"), id="lifted-in-recognition"),
    # observers, inspectors, peacekeepers or aid let in are a RETREAT (CAMEO 086, PLOVER mode access): toward
    # whose they are, or, owned by no one named, where they go
    pytest.param("Sudan allowed African Union monitors into Darfur.",
                 ("Sudan", "RETREAT", "African Union", "positive", "actual"), id="allowed-monitors-into"),
    pytest.param("Myanmar's junta let a Red Cross convoy into the besieged city of Hpakant.",
                 ("Myanmar", "RETREAT", "International Committee of the Red Cross", "positive", "actual"),
                 id="let-a-convoy-into"),
    pytest.param("Israel allowed 40 aid trucks into Gaza on Sunday.",
                 ("Israel", "RETREAT", "Palestine", "positive", "actual"), id="allowed-aid-trucks-into"),
    # people who fled, taken in, are given asylum (CAMEO 075)
    pytest.param("Turkey took in 40,000 refugees from Iraq.",
                 ("Turkey", "AID", "Iraq", "positive", "actual"), id="took-in-refugees-from"),
    pytest.param("Jordan took in 20,000 refugees fleeing the fighting in Syria.",
                 ("Jordan", "AID", "Syria", "positive", "actual"), id="took-in-refugees-fleeing"),
    # a brawl or a scuffle between two sides is a clash
    pytest.param("Eritrean and Ethiopian soldiers brawled along the border.",
                 ("Eritrea", "FIGHT", "Ethiopia", "positive", "actual"), id="brawled-along-the-border"),
    # an amount of aid cut is toward whom the aid went, where the parser hangs the "to" on the verb
    pytest.param("Britain cut $20 million in aid to Malawi.",
                 ("United Kingdom", "SANCTION", "Malawi", "positive", "actual"), id="amount-of-aid-cut-to"),
    # the sides of a clash may be people named by their noun, and be named in a clause on the clash
    pytest.param("Two people died in clashes between Zambian police and protesters.",
                 ("Zambia", "FIGHT", "Zambia", "positive", "actual"), id="clashes-between-police-and-protesters"),
    pytest.param("Three people were killed in clashes that erupted between Zambian police and miners in Kitwe.",
                 ("Zambia", "FIGHT", "Zambia", "positive", "actual"), id="clashes-that-erupted-between"),
    # a commission or a tribunal named by its noun is of the place it sits in, as a court is
    pytest.param("A special tribunal in Lima sentenced a Chilean spy to 15 years in prison.",
                 ("Peru", "COERCE", "Chile", "positive", "actual"), id="a-tribunal-in-a-capital"),
    pytest.param("A commission in Peru began investigating army officers over the killings.",
                 ("Peru", "INVESTIGATE", "Peru", "positive", "actual"), id="a-commission-in-a-country"),
    # forces a state sends through its own land face its public; a name NER missed before "province" or "state" is
    # the place that noun says it is
    pytest.param("Zambia deployed troops across the country ahead of the vote.",
                 ("Zambia", "MOBILIZE", "Zambia", "positive", "actual"), id="deployed-across-the-country"),
    pytest.param("Peru's government deployed 500 soldiers to Puno province after clashes.",
                 ("Peru", "MOBILIZE", "Peru", "positive", "actual"), id="a-name-before-province"),
    # people put out of a country are deported (COERCE, as PLOVER's manual codes individual deportations);
    # diplomats expelled are a sanction
    pytest.param("Ethiopia expelled three Kenyan journalists.",
                 ("Ethiopia", "COERCE", "Kenya", "positive", "actual"), id="expelled-journalists"),
    pytest.param("Ethiopia expelled three Kenyan diplomats.",
                 ("Ethiopia", "SANCTION", "Kenya", "positive", "actual"), id="expelled-diplomats"),
    # a newspaper or a station shut, or its broadcasts suspended, is censored (COERCE), toward whose it is
    pytest.param("Nicaragua shut down the opposition newspaper La Prensa.",
                 ("Nicaragua", "COERCE", "La Prensa", "positive", "actual"), id="shut-down-a-newspaper"),
    # a town NER took for a people's name is the place where the event is, written as news writes it
    pytest.param("A suicide car bomber attacked a U.S. convoy in Samarra.",
                 ("Iraq", "ASSAULT", "United States", "positive", "actual"), id="a-town-read-as-a-people"),
    # a case or a complaint is against whom its own "against" names, not the court it is brought before
    pytest.param("Colombia filed a case against Nicaragua at the International Court of Justice.",
                 ("Colombia", "DISAPPROVE", "Nicaragua", "positive", "actual"), id="case-against-at-a-court"),
    # an office's holder says what kind of body the office is: a prosecutor's is a court's (JUD), whose inquiry
    # into an office no one is named for is into its own state's
    pytest.param("Kenya's Office of the Public Prosecutor opened an inquiry into a former governor.",
                 ("Office of the Public Prosecutor", "INVESTIGATE", "Kenya", "positive", "actual"),
                 id="office-of-a-prosecutor"),
    # an objection disapproves of whose the thing objected to is (PLOVER DISAPPROVE: "objections"), and of whom it
    # is lodged with
    pytest.param("Chile objected to Peru's new fishing rules.",
                 ("Chile", "DISAPPROVE", "Peru", "positive", "actual"), id="objected-to"),
    pytest.param("Bolivia lodged a formal objection with Paraguay over the dam.",
                 ("Bolivia", "DISAPPROVE", "Paraguay", "positive", "actual"), id="lodged-an-objection"),
    # a state's protest is diplomatic, which PLOVER codes DISAPPROVE, also as what an envoy is summoned for
    pytest.param("Uruguay protested Argentina's new tariff on Monday.",
                 ("Uruguay", "DISAPPROVE", "Argentina", "positive", "actual"), id="a-state-protested"),
    pytest.param("Ghana summoned the Togolese envoy to protest Lome's decision to close the border.",
                 ("Ghana", "DISAPPROVE", "Togo", "positive", "actual"), id="summoned-to-protest"),
    # a people's name alone is a crowd of its people, who protest a thing of no one's against their government
    pytest.param("Hungarians protested against the new labour law.",
                 ("Hungary", "PROTEST", "Hungary", "positive", "actual"), id="a-people-protested"),
    # a ban on a protest falls on those whose protest the noun before it names
    pytest.param("Zambia banned opposition rallies in Lusaka.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="banned-opposition-rallies"),
    # forces deployed in a town's streets or its centre are there; the streets are a destination for forces ordered
    pytest.param("Soldiers were deployed in the streets of Conakry on Friday.",
                 ("Guinea", "MOBILIZE", "Guinea", "positive", "actual"), id="deployed-in-the-streets-of"),
    pytest.param("Peru's president ordered the military onto the streets of Lima.",
                 ("Peru", "MOBILIZE", "Peru", "positive", "actual"), id="military-onto-the-streets"),
    # forces sent near a state or off its coast are a show of force against it, no aid
    pytest.param("Turkey sent frigates near Cyprus on Tuesday.",
                 ("Turkey", "MOBILIZE", "Cyprus", "positive", "actual"), id="sent-frigates-near"),
    # forces sent to put down unrest are deployed where it is
    pytest.param("Uganda deployed troops to quell unrest in Gulu.",
                 ("Uganda", "MOBILIZE", "Gulu", "positive", "actual"), id="deployed-to-quell-unrest"),
    # a site inspected in a state, the parser hanging the place on the verb, is an inquiry there
    pytest.param("IAEA inspectors inspected a nuclear site in Iran.",
                 ("International Atomic Energy Agency", "INVESTIGATE", "Iran", "positive", "actual"),
                 id="inspected-a-site-in"),
    # an office acts for whose it is
    pytest.param("The Romanian prosecutor's office is investigating a Russian sabotage plot.",
                 ("Romania", "INVESTIGATE", "Russia", "positive", "actual"), id="a-prosecutors-office"),
    # a verb coordinated under a negation, with no auxiliary of its own, is denied too
    pytest.param("Chile did not arrest the activists or expel the Peruvian journalists.",
                 ("Chile", "COERCE", "Peru", "negative", "actual"), id="not-this-or-that"),
    # joint exercises warning or facing a third state are military cooperation and a show of force against it
    pytest.param("Japan and Australia began joint naval drills as a warning to China.",
                 ("Japan", "MOBILIZE", "China", "positive", "actual"), id="joint-drills-as-a-warning"),
    pytest.param("Serbia and Hungary held joint military drills near the border with Croatia.",
                 ("Serbia", "MOBILIZE", "Croatia", "positive", "actual"), id="joint-drills-near-a-border"),
    # forces called up to fight against someone are mobilized against them
    pytest.param("Niger called up reservists to fight against Boko Haram.",
                 ("Niger", "MOBILIZE", "Boko Haram", "positive", "actual"), id="called-up-to-fight-against"),
    # forces sent to a region of the sender's own are deployed there, no aid
    pytest.param("Myanmar sent 2,000 more troops to its restive Rakhine state after an ambush.",
                 ("Myanmar", "MOBILIZE", "Myanmar", "positive", "actual"), id="troops-sent-to-its-own-region"),
    # people of no sector that a state's body questions are its own people, not the state itself
    pytest.param("Malawi's anti-graft bureau questioned officers over the missing funds.",
                 ("Malawi", "INVESTIGATE", "Malawi", "positive", "actual"), id="questioned-officers"),
    # the leader of a body named by its noun is of that body's sector
    pytest.param("A Zambian court convicted the leader of the main opposition party of sedition.",
                 ("Zambia", "SANCTION", "Zambia", "positive", "actual"), id="leader-of-the-opposition-party"),
    # forces massed on, or pulled back from, a border their coordinated holders share face each other
    pytest.param("Serbia and Croatia massed troops along their common border.",
                 ("Serbia", "MOBILIZE", "Croatia", "positive", "actual"), id="massed-along-their-border"),
    pytest.param("Uzbekistan and Tajikistan withdrew troops from their shared frontier.",
                 ("Tajikistan", "RETREAT", "Uzbekistan", "positive", "actual"), id="withdrew-from-their-frontier"),
    # soldiers counted by a collective noun that leave a state withdraw from it
    pytest.param("The last contingent of Italian soldiers left Lebanon on Friday.",
                 ("Italy", "RETREAT", "Lebanon", "positive", "actual"), id="contingent-of-soldiers-left"),
    # an act a warning says will be done to someone, told in the passive with no doer, is the warner's threat
    pytest.param("Japan warned that North Korean ships entering its waters would be seized.",
                 ("Japan", "THREATEN", "North Korea", "positive", "actual"), id="warned-would-be-seized"),
    pytest.param("Estonia warned that Russian aircraft violating its airspace would be shot down.",
                 ("Estonia", "THREATEN", "Russia", "positive", "actual"), id="warned-would-be-shot-down"),
    # a criticism drawn by a thing is of whom the thing is by, or of the state where a coercion was done
    pytest.param("The decision by Hungary drew sharp criticism from Austria.",
                 ("Austria", "DISAPPROVE", "Hungary", "positive", "actual"), id="decision-by-drew-criticism"),
    pytest.param("The arrest of a French journalist in Algeria drew condemnation from Paris.",
                 ("France", "DISAPPROVE", "Algeria", "positive", "actual"), id="arrest-in-drew-condemnation"),
    # money given to promote or boost something in a state is aid to it
    pytest.param("Britain gave 40 million pounds to promote renewable energy in Kenya.",
                 ("United Kingdom", "AID", "Kenya", "positive", "actual"), id="gave-to-promote"),
    pytest.param("Norway gave 15 million dollars to boost food production in Malawi.",
                 ("Norway", "AID", "Malawi", "positive", "actual"), id="gave-to-boost"),
    # aid suspended in a place is suspended to those there
    pytest.param("The World Food Programme suspended food deliveries in Tigray.",
                 ("World Food Programme", "SANCTION", "Tigray", "positive", "actual"), id="deliveries-suspended-in"),
    pytest.param("Britain halted aid shipments in Gaza.",
                 ("United Kingdom", "SANCTION", "Palestine", "positive", "actual"), id="shipments-halted-in"),
    # blame said for tensions or an escalation accuses whom it is laid on
    pytest.param("Beijing said Washington was to blame for rising tensions in the region.",
                 ("China", "DISAPPROVE", "United States", "positive", "actual"), id="to-blame-for-tensions"),
    pytest.param("Armenia said Azerbaijan bears responsibility for the escalation.",
                 ("Armenia", "DISAPPROVE", "Azerbaijan", "positive", "actual"), id="bears-responsibility-for"),
    # a verdict of naming the parser read into a clause on the object still names it so
    pytest.param("Japan called South Korea's decision to scrap the pact a grave mistake.",
                 ("Japan", "DISAPPROVE", "South Korea", "positive", "actual"), id="called-a-decision-a-mistake"),
    # a state acting "in protest at" something complains of whose it is
    pytest.param("Morocco recalled its envoy to Paris in protest at France's new visa policy.",
                 ("Morocco", "DISAPPROVE", "France", "positive", "actual"), id="recalled-in-protest-at"),
    # investigators of a place act for its state, as its police do
    pytest.param("Investigators in Italy questioned a Tunisian smuggler over the shipwreck.",
                 ("Italy", "INVESTIGATE", "Tunisia", "positive", "actual"), id="investigators-in"),
    # money disbursed is aid
    pytest.param("The World Bank approved a 500 million dollar tranche for Egypt.",
                 ("World Bank", "AID", "Egypt", "positive", "actual"), id="approved-a-tranche"),
    # an amount asked for is asked of whom the thing it counts is from
    pytest.param("Namibia demanded 500 million dollars in reparations from Germany.",
                 ("Namibia", "DEMAND", "Germany", "positive", "actual"), id="amount-demanded-from"),
    # an accusation said as a crowd protests is an accusation too
    pytest.param("Hundreds of Georgians rallied outside the Russian embassy in Tbilisi, accusing Moscow of meddling.",
                 ("Georgia", "DISAPPROVE", "Russia", "positive", "actual"), id="rallied-accusing"),
    # forces readied where they are, sent nowhere and against no one named, are readied at home
    pytest.param("Ecuador mobilized its reserves.", ("Ecuador", "MOBILIZE", "Ecuador", "positive", "actual"),
                 id="own-reserves"),
    pytest.param("Moldova called up 3,000 reservists on Tuesday.",
                 ("Moldova", "MOBILIZE", "Moldova", "positive", "actual"), id="called-up-reservists"),
    pytest.param("Bolivia placed its armed forces on maximum alert after a night of riots in La Paz.",
                 ("Bolivia", "MOBILIZE", "Bolivia", "positive", "actual"), id="alert-at-home"),
    # demonyms the country libraries lack, and a state ISO 3166 lacks
    pytest.param("Honduras called up 5,000 reservists for the exercises on Monday.",
                 ("Honduras", "MOBILIZE", "Honduras", "positive", "actual"), id="readied-for-is-no-destination"),
    # an answer or an act of theirs sought from someone is asked of them
    pytest.param("Manila sought an apology from Beijing over the water cannon incident.",
                 ("Philippines", "DEMAND", "China", "positive", "actual"), id="sought-an-apology-from"),
    pytest.param("Estonia sought assurances from Finland on the pipeline repairs.",
                 ("Estonia", "DEMAND", "Finland", "positive", "actual"), id="sought-assurances-from"),
    # a participle told as the time of its clause is done by who did, or underwent, the clause's act
    pytest.param("Bolivian miners clashed with police while protesting in La Paz.",
                 ("Bolivia", "PROTEST", "La Paz", "positive", "actual"), id="clashed-while-protesting"),
    pytest.param("Chilean students were injured while demonstrating in Valparaiso.",
                 ("Chile", "PROTEST", "Valparaiso", "positive", "actual"), id="injured-while-demonstrating"),
    # legal action taken against a state is a complaint of it (CAMEO 115)
    pytest.param("The European Commission opened an infringement procedure against Poland over the judicial reforms.",
                 ("European Commission", "DISAPPROVE", "Poland", "positive", "actual"), id="procedure-against"),
    # the object pronoun of a verb joined to another with no subject of its own is what the first acted on
    pytest.param("A Peruvian court convicted the former mayor of graft and sentenced him to eight years in prison.",
                 ("Peru", "COERCE", "Peru", "positive", "actual"), id="convicted-and-sentenced-him"),
    pytest.param("Bolivian police arrested three Chilean truckers and charged them with smuggling.",
                 ("Bolivia", "DISAPPROVE", "Chile", "positive", "actual"), id="arrested-and-charged-them"),
    # people held and handed over to a state are extradited; things seized and handed over are given
    pytest.param("Laotian police detained two Thai activists and handed them over to Bangkok.",
                 ("Laos", "COOPERATE", "Thailand", "positive", "actual"), id="detained-and-handed-them-over"),
    # passive verbs joined together share their subject and their doer; verbs in a row share the last one's object
    pytest.param("Two Eritrean journalists were arrested and later deported by Sudanese authorities.",
                 ("Sudan", "COERCE", "Eritrea", "positive", "actual"), id="arrested-and-deported-by"),
    pytest.param("Two Ethiopian journalists were arrested by Kenyan police and charged with espionage.",
                 ("Kenya", "DISAPPROVE", "Ethiopia", "positive", "actual"), id="arrested-by-and-charged"),
    pytest.param("Chadian troops detained, questioned and released three Sudanese soldiers.",
                 ("Chad", "COERCE", "Sudan", "positive", "actual"), id="detained-questioned-and-released"),
    # a clause that repeats the act by an auxiliary alone has its subject do it too
    pytest.param("Senegal condemned the Malian coup, as did Ghana.",
                 ("Ghana", "DISAPPROVE", "Mali", "positive", "actual"), id="as-did"),
    pytest.param("Laos criticized the Thai move, and so did Cambodia.",
                 ("Cambodia", "DISAPPROVE", "Thailand", "positive", "actual"), id="and-so-did"),
    # "neither ... nor" denies the act of both
    pytest.param("Neither Ecuador nor Colombia condemned the Venezuelan decision.",
                 ("Colombia", "DISAPPROVE", "Venezuela", "negative", "actual"), id="neither-nor"),
    # a crowd told as protesting, by a clause on it, protested: where the force or the concession that met it is
    pytest.param("Peru's government gave in to farmers who had been protesting against the water law for weeks.",
                 ("Peru", "PROTEST", "Peru", "positive", "actual"), id="gave-in-to-those-who-protested"),
    pytest.param("Ugandan police arrested several students in Kampala who had marched against the fee increase.",
                 ("Uganda", "PROTEST", "Uganda", "positive", "actual"), id="arrested-those-who-marched"),
    # a conviction is a sanction (PLOVER mode convict), whatever the crime; so are visa restrictions on officials
    pytest.param("A Peruvian court convicted Pedro Castillo of terrorism.",
                 ("Peru", "SANCTION", "Pedro Castillo", "positive", "actual"), id="convicted-of-terrorism"),
    pytest.param("Canada imposed visa restrictions on Nicaraguan officials.",
                 ("Canada", "SANCTION", "Nicaragua", "positive", "actual"), id="visa-restrictions"),
    # a custody no one is named for, told by a state's police or authorities, is theirs
    pytest.param("Two Thai activists were arrested on Monday, Lao police said.",
                 ("Laos", "COERCE", "Thailand", "positive", "actual"), id="were-arrested-police-said"),
    # a noun's sense by what its "of" names: people expelled are deported, diplomats expelled a sanction
    pytest.param("Mali ordered the expulsion of two Swiss journalists.",
                 ("Mali", "COERCE", "Switzerland", "positive", "actual"), id="expulsion-of-journalists"),
    pytest.param("Mali ordered the expulsion of two Swiss diplomats.",
                 ("Mali", "SANCTION", "Switzerland", "positive", "actual"), id="expulsion-of-diplomats"),
    # demonyms the country libraries lack, a state ISO 3166 lacks, a demonym the recognizer split in two
    pytest.param("Maldivian police arrested the former vice president on Sunday.",
                 ("Maldives", "COERCE", "Maldives", "positive", "actual"), id="maldivian-police"),
    pytest.param("Kosovar police detained four men near Pristina.",
                 ("Kosovo", "COERCE", "Kosovo", "positive", "actual"), id="kosovar-police"),
    pytest.param("Sierra Leonean police arrested 20 activists on Monday.",
                 ("Sierra Leone", "COERCE", "Sierra Leone", "positive", "actual"), id="sierra-leonean-police"),
    # forces sent into a town or a region are deployed there, not given; sent to shadow a ship, they face its state
    pytest.param("Nigeria sent 2,000 soldiers to Maiduguri after insurgents overran an army base.",
                 ("Nigeria", "MOBILIZE", "Maiduguri", "positive", "actual"), id="sent-troops-to-a-town"),
    pytest.param("Colombia sent police reinforcements to Cauca province after a wave of attacks.",
                 ("Colombia", "MOBILIZE", "Colombia", "positive", "actual"), id="sent-police-to-a-province"),
    pytest.param("Portugal dispatched a corvette to shadow a Russian warship sailing off its coast.",
                 ("Portugal", "MOBILIZE", "Russia", "positive", "actual"), id="dispatched-to-shadow"),
    # kin are people of their own: one of the public at home, or of the state whose official they are kin of
    pytest.param("Zambian police arrested the opposition leader's brother.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="arrested-a-leaders-brother"),
    pytest.param("Gabonese police arrested a son of the Cameroonian ambassador.",
                 ("Gabon", "COERCE", "Cameroon", "positive", "actual"), id="arrested-an-envoys-son"),
    # people by their noun placed under house arrest; parties suspended are banned
    pytest.param("Zimbabwe's authorities placed two opposition activists under house arrest.",
                 ("Zimbabwe", "COERCE", "Zimbabwe", "positive", "actual"), id="placed-people-under-house-arrest"),
    pytest.param("Chad's military government suspended three opposition parties for six months.",
                 ("Chad", "COERCE", "Chad", "positive", "actual"), id="suspended-parties"),
    # a gerund with a subject of its own stands for its subject: "at [teachers marching]"
    pytest.param("Ecuadorian police fired tear gas at teachers marching in Quito.",
                 ("Ecuador", "ASSAULT", "Ecuador", "positive", "actual"), id="fired-at-people-marching"),
    # pressure, like a demand, is of those its "from" names by their noun; those a state's prosecutors charge are
    # its own, of any sector
    pytest.param("Bolivia's government bowed to pressure from miners and dropped the tax.",
                 ("Bolivia", "CONCEDE", "Bolivia", "positive", "actual"), id="bowed-to-pressure-from-people"),
    pytest.param("Peruvian prosecutors charged six soldiers with murder.",
                 ("Peru", "DISAPPROVE", "Peru", "positive", "actual"), id="prosecutors-charged-soldiers"),
    # a crowd met by force outside a foreign embassy protests against the embassy's state, where it is
    pytest.param("Nigerian police dispersed protesters outside the Ghanaian embassy in Abuja.",
                 ("Nigeria", "PROTEST", "Ghana", "positive", "actual"), id="dispersed-outside-an-embassy"),
    # a show of force answers an intrusion by whatever a state's it was; a border made stronger faces its other side
    pytest.param("Latvia put its forces on alert after a Russian survey vessel entered its waters.",
                 ("Latvia", "MOBILIZE", "Russia", "positive", "actual"), id="alert-after-a-vessel-entered"),
    pytest.param("Ecuador reinforced its border with Colombia after a wave of kidnappings.",
                 ("Ecuador", "MOBILIZE", "Colombia", "positive", "actual"), id="reinforced-its-border-with"),
    # hearings "into" something look into it; the "of" of a conduct names whose it is, not where it was
    pytest.param("Peruvian lawmakers opened hearings into the army's conduct during the protests.",
                 ("Peru", "INVESTIGATE", "Peru", "positive", "actual"), id="hearings-into"),
    pytest.param("Canada launched an inquiry into the conduct of Canadian soldiers in Somalia.",
                 ("Canada", "INVESTIGATE", "Canada", "positive", "actual"), id="inquiry-into-the-conduct-of"),
    # a protest called off, against no one named, eases dissent toward the crowd's own state (CAMEO 082)
    pytest.param("Malawian nurses called off their strike on Friday.",
                 ("Malawi", "CONCEDE", "Malawi", "positive", "actual"), id="called-off-their-strike"),
    # an embassy's place is the town its phrase names, not its owner
    # people deported to a state are its own
    pytest.param("Costa Rican authorities deported 150 migrants to Nicaragua.",
                 ("Costa Rica", "COERCE", "Nicaragua", "positive", "actual"), id="deported-migrants-to"),
    # "the country's" before people or forces is the one state named before it
    pytest.param("Colombia's government suspended talks with the country's largest rebel group.",
                 ("Colombia", "SANCTION", "Colombia", "positive", "actual"), id="the-countrys-rebel-group"),
    # forces moved jointly are cooperation between those who move them; cooperation pledged by two is to each other
    pytest.param("Guatemala and Honduras jointly patrolled their border.",
                 ("Honduras", "COOPERATE", "Guatemala", "positive", "actual"), id="jointly-patrolled"),
    pytest.param("Ghana and Togo pledged closer security cooperation.",
                 ("Togo", "AGREE", "Ghana", "positive", "actual"), id="pledged-closer-cooperation"),
    # a release of people is done by its author, freeing those its "of" names; asked for, it is asked of their captor
    pytest.param("Britain welcomed Iran's release of two British aid workers.",
                 ("Iran", "RETREAT", "United Kingdom", "positive", "actual"), id="welcomed-a-release-by"),
    pytest.param("Canada demanded the release of two Canadian engineers held in Mali.",
                 ("Canada", "DEMAND", "Mali", "positive", "actual"), id="demanded-release-of-those-held-in"),
    # an attack driven back is fought, against whose attack it was, named or by their noun
    pytest.param("Kenyan troops repelled an attack by militants on a border post in Mandera.",
                 ("Kenya", "FIGHT", "Kenya", "positive", "actual"), id="repelled-an-attack-by"),
    # an answer said to be coming to an act of force threatens its doer; what is brushed aside is rejected
    pytest.param("Guyana warned it would respond to any Venezuelan incursion.",
                 ("Guyana", "THREATEN", "Venezuela", "positive", "actual"), id="warned-it-would-respond-to"),
    pytest.param("Namibia brushed aside South African complaints about the fishing quotas.",
                 ("Namibia", "REJECT", "South Africa", "positive", "actual"), id="brushed-aside-complaints"),
    pytest.param("Armenian troops repelled an attack by two battalions of Azerbaijani special forces near the border.",
                 ("Armenia", "FIGHT", "Azerbaijan", "positive", "actual"), id="repelled-an-attack-by-units-of"),
    # a crowd that turns out or gathers to denounce or demand protests
    pytest.param("Thousands turned out in Montevideo to denounce the pension reform.",
                 ("Uruguay", "PROTEST", "Uruguay", "positive", "actual"), id="turned-out-to-denounce"),
    # calm or restraint appealed for where a conflict is asks the place's parties; "a call for Britain to negotiate"
    pytest.param("The African Union appealed for calm in Juba after the clashes.",
                 ("African Union", "DEMAND", "South Sudan", "positive", "actual"), id="appealed-for-calm-in"),
    pytest.param("Guatemala renewed its call for Belize to accept the court's ruling.",
                 ("Guatemala", "DEMAND", "Belize", "positive", "actual"), id="call-for-a-state-to"),
    pytest.param("Gunmen fired on a crowd outside the Turkish Embassy in Kabul.",
                 ("Afghanistan", "ASSAULT", "Afghanistan", "positive", "actual"), id="outside-an-embassy-in-a-town"),
    # a name of the place table NER left untagged before its region's noun is the place forces are sent to
    pytest.param("Ethiopia sent federal troops to the Amhara region on Friday.",
                 ("Ethiopia", "MOBILIZE", "Ethiopia", "positive", "actual"), id="untagged-region-named-by-its-noun"),
    # "drills" the tagger read as a verb where it is the object of "held": the exercise, facing the border's other side
    pytest.param("Algeria held air force drills near its border with Morocco.",
                 ("Algeria", "MOBILIZE", "Morocco", "positive", "actual"), id="drills-tagged-as-a-verb"),
    # things "belonging to" a party named by its noun are the party's: its accounts frozen sanction it
    pytest.param("Zimbabwean authorities froze bank accounts belonging to the main opposition party.",
                 ("Zimbabwe", "SANCTION", "Zimbabwe", "positive", "actual"), id="accounts-belonging-to-a-party"),
    # a sentence passed convicts (PLOVER SANCTION, mode convict) besides imprisoning; a verdict of guilt convicts, and
    # those a state's courts convict, named by their noun or office, are its own
    pytest.param("A Santiago court sentenced two Bolivian smugglers to six years in prison.",
                 ("Chile", "SANCTION", "Bolivia", "positive", "actual"), id="sentenced-convicts"),
    pytest.param("A Santiago court sentenced two Bolivian smugglers to six years in prison.",
                 ("Chile", "COERCE", "Bolivia", "positive", "actual"), id="sentenced-imprisons"),
    pytest.param("A Quito court found three police officers guilty of torture.",
                 ("Ecuador", "SANCTION", "Ecuador", "positive", "actual"), id="found-guilty"),
    pytest.param("A Lima court convicted the former interior minister of bribery.",
                 ("Peru", "SANCTION", "Peru", "positive", "actual"), id="convicted-an-office-of-its-own"),
    # an anti-graft body is law enforcement (COP), which looks into the state's own offices, not the government
    # acting on itself
    pytest.param("Zambia's anti-graft commission summoned the vice president for questioning.",
                 ("Zambia", "INVESTIGATE", "Zambia", "positive", "actual"), id="anti-graft-body-questions-an-office"),
    # an arrest warrant issued is an arrest threatened (PLOVER: an in-absentia arrest is THREATEN, not a demand)
    pytest.param("A Nicaraguan court issued an arrest warrant for a Costa Rican journalist.",
                 ("Nicaragua", "THREATEN", "Costa Rica", "positive", "actual"), id="arrest-warrant-issued"),
    # forces sent to help at home give aid to the public (PLOVER: mobilizing forces for disaster relief is AID)
    pytest.param("Ecuador mobilized troops for rescue operations after the landslide.",
                 ("Ecuador", "AID", "Ecuador", "positive", "actual"), id="troops-for-rescue-operations"),
    pytest.param("Pakistan deployed troops to help flood victims in Sindh province.",
                 ("Pakistan", "AID", "Pakistan", "positive", "actual"), id="troops-to-help-flood-victims"),
    # drivers, vendors and veterans are people of their work or lot, who strike and rally where they are
    pytest.param("Taxi drivers went on strike in Conakry.",
                 ("Guinea", "PROTEST", "Guinea", "positive", "actual"), id="taxi-drivers-strike"),
    pytest.param("The Guinean government scrapped a fuel price hike after bus drivers staged a week-long strike.",
                 ("Guinea", "CONCEDE", "Guinea", "positive", "actual"), id="gave-in-to-striking-drivers"),
    # a crowd's boycott is a protest where the crowd is
    pytest.param("Hundreds of street vendors boycotted markets in Kumasi to protest against a new levy.",
                 ("Ghana", "PROTEST", "Kumasi", "positive", "actual"), id="vendors-boycotted-markets"),
    # a state's own body named by its noun that its police raid is its own, no foreign envoy
    pytest.param("Bolivian police raided the health ministry.",
                 ("Bolivia", "COERCE", "Bolivia", "positive", "actual"), id="police-raided-a-ministry"),
    # a town named by its people's adjective places those who act there
    pytest.param("Gunmen stormed a hotel in the Libyan capital.",
                 ("Libya", "ASSAULT", "Libya", "positive", "actual"), id="in-the-libyan-capital"),
    pytest.param("Riot police fired rubber bullets at street vendors in Peru's capital.",
                 ("Peru", "ASSAULT", "Peru", "positive", "actual"), id="in-a-states-capital"),
    # "national" the tagger read as an adjective, with its article, in an object's place: the noun
    pytest.param("Police in Quito arrested a Colombian national accused of smuggling.",
                 ("Ecuador", "COERCE", "Colombia", "positive", "actual"), id="national-tagged-as-an-adjective"),
    # officials "in" a capital, the phrase hung on the verb, are that state's
    pytest.param("Ghana accused officials in Lome of harbouring the plotters.",
                 ("Ghana", "DISAPPROVE", "Togo", "positive", "actual"), id="officials-in-a-capital"),
    # a show of force answers arms of war readied, which are no words of peace
    pytest.param("Japan put its forces on alert as North Korea prepared to launch a ballistic missile.",
                 ("Japan", "MOBILIZE", "North Korea", "positive", "actual"), id="alert-as-missiles-readied"),
    # an armed group named by its noun that strikes a state's forces, no place named, is of that state
    pytest.param("Rebels shot down a Colombian army helicopter.",
                 ("Colombia", "ASSAULT", "Colombia", "positive", "actual"), id="rebels-struck-a-states-forces"),
    # "the North" beside Seoul is North Korea
    pytest.param("Seoul raised its alert level after the North launched artillery drills near the sea border.",
                 ("South Korea", "MOBILIZE", "North Korea", "positive", "actual"), id="the-north-beside-seoul"),
    # forces deployed "inside" a country face it
    pytest.param("Uganda has stationed commandos inside South Sudan, officials said.",
                 ("Uganda", "MOBILIZE", "South Sudan", "positive", "actual"), id="stationed-inside"),
    # an act refused in protest: the refusal is the protest, done
    pytest.param("Dock workers in Mombasa refused to unload ships in protest over unpaid bonuses.",
                 ("Kenya", "PROTEST", "Kenya", "positive", "actual"), id="refused-in-protest"),
    # "in protest" the parser hung on the object: the act's protest
    pytest.param("Opposition deputies in Tunis refused to attend the budget debate in protest.",
                 ("Tunisia", "PROTEST", "Tunisia", "positive", "actual"), id="in-protest-on-the-object"),
    # a crowd's protest the parser read as a noun phrase ("Hundreds" the root, "protested" its modifier)
    pytest.param("Hundreds of teachers protested in Lusaka.",
                 ("Zambia", "PROTEST", "Zambia", "positive", "actual"), id="hundreds-protested"),
    # a movement's short name NER took for a person's before the noun it names
    pytest.param("Mauritanian troops drove back Polisario fighters near the border.",
                 ("Mauritania", "FIGHT", "Polisario Front", "positive", "actual"), id="polisario-fighters"),
    # captives "released" (a verb that also releases funds) with a participle of their captivity the parser made a
    # clause of its own
    pytest.param("Eritrea released 14 Ethiopian herders detained off the coast.",
                 ("Eritrea", "RETREAT", "Ethiopia", "positive", "actual"), id="released-captives-detained"),
    # "in protest" the parser hung on the time an act lasted: the act's
    pytest.param("Bus drivers in Accra stayed off the roads for a week in protest over fuel prices.",
                 ("Ghana", "PROTEST", "Ghana", "positive", "actual"), id="for-a-week-in-protest"),
    # a crowd storming an official residence protests there
    pytest.param("Protesters in Lilongwe stormed the vice president's residence.",
                 ("Malawi", "PROTEST", "Malawi", "positive", "actual"), id="stormed-a-residence"),
    # a country's name NER took for a person's, at the head of a sentence the parser read as a noun phrase, and the
    # clause the show of force answers
    pytest.param("Chad massed tanks near its border after Sudanese militiamen attacked a camp.",
                 ("Chad", "MOBILIZE", "Sudan", "positive", "actual"), id="chad-massed-tanks"),
    # a show of force faces whom it accuses as it is made
    pytest.param("Serbia raised the combat readiness of its army, accusing Kosovo of provocations.",
                 ("Serbia", "MOBILIZE", "Kosovo", "positive", "actual"), id="alert-accusing"),
    # "with Russia" the parser hung on the verb is the border's
    pytest.param("Norway sent additional troops to its Arctic border with Russia.",
                 ("Norway", "MOBILIZE", "Russia", "positive", "actual"), id="border-with-on-the-verb"),
    # reservists recalled are called up; troops recalled from abroad withdraw
    pytest.param("Algeria recalled 15,000 reservists amid tension with Morocco.",
                 ("Algeria", "MOBILIZE", "Morocco", "positive", "actual"), id="recalled-reservists"),
    pytest.param("Kenya recalled its troops from Somalia.",
                 ("Kenya", "RETREAT", "Somalia", "positive", "actual"), id="recalled-troops"),
    # "its" on what is struck is never the striker's: the accuser's (and what is accused is alleged)
    pytest.param("Pakistan accused India of shelling its positions along the Line of Control.",
                 ("India", "FIGHT", "Pakistan", "positive", "possible"), id="shelling-its-positions"),
    # fire returned, no one named: at whom fired first, in the clause before or the one that prompted it
    pytest.param("Ethiopian troops fired on an Eritrean border post, and Eritrean soldiers returned fire.",
                 ("Eritrea", "FIGHT", "Ethiopia", "positive", "actual"), id="returned-fire-coordinated"),
    pytest.param("Sudanese artillery shelled a Chadian border town, prompting Chad's army to return fire.",
                 ("Chad", "FIGHT", "Sudan", "positive", "actual"), id="prompted-to-return-fire"),
    # shells lobbed by armed forces are shelling
    pytest.param("Armenian forces lobbed shells at Azerbaijani positions overnight.",
                 ("Armenia", "FIGHT", "Azerbaijan", "positive", "actual"), id="lobbed-shells"),
    # a state's security services hold its own people, as its police do
    pytest.param("Kyrgyz security services detained four activists.",
                 ("Kyrgyzstan", "COERCE", "Kyrgyzstan", "positive", "actual"), id="security-services-detained"),
    # "back" the parser hung on the object is the verb's particle: troops pulled back, each from the other
    pytest.param("Armenia and Azerbaijan began pulling back troops and heavy weapons from their shared border.",
                 ("Armenia", "RETREAT", "Azerbaijan", "positive", "actual"), id="pulling-back-troops"),
    # "from the border" the parser hung on the troops and "with" on the verb
    pytest.param("Armenia pulled back troops from the border with Azerbaijan.",
                 ("Armenia", "RETREAT", "Azerbaijan", "positive", "actual"), id="pulled-back-from-the-border-with"),
    # an army named only by its noun that rebels of a state fight is that state's
    pytest.param("Houthi rebels fought the army for control of the city.",
                 ("Houthis", "FIGHT", "Yemen", "positive", "actual"), id="rebels-fought-the-army"),
    # looted works given back are property returned
    pytest.param("Belgium returned 40 looted bronzes to Congo.",
                 ("Belgium", "RETREAT", "Democratic Republic of the Congo", "positive", "actual"),
                 id="returned-bronzes"),
    # "the group" after the one body named is that body
    pytest.param("Al-Shabaab's spokesman warned that the group would attack Kenyan troops in Somalia.",
                 ("Al-Shabaab", "ASSAULT", "Kenya", "positive", "intended"), id="the-group"),
    # a town no table knows: the widest place of the phrases it is in
    pytest.param("Gunmen kidnapped 30 pupils from a school in Dankasuwa in Nigeria's Zamfara state.",
                 ("Nigeria", "ASSAULT", "Nigeria", "positive", "actual"), id="unknown-town-in-a-state"),
    # the streets a crowd took to are where it protests, whatever NER took the town for
    pytest.param("Thousands took to the streets in Tunis to protest against the president.",
                 ("Tunisia", "PROTEST", "Tunisia", "positive", "actual"), id="took-to-the-streets-in"),
    pytest.param("Thousands took to the streets of Tunis to denounce the president's decree.",
                 ("Tunisia", "PROTEST", "Tunisia", "positive", "actual"), id="took-to-the-streets-of"),
    # a court that jails for a term passes a sentence: it convicts too
    pytest.param("A court in Tashkent jailed two bloggers for five years.",
                 ("Uzbekistan", "SANCTION", "Uzbekistan", "positive", "actual"), id="court-jailed-for-years"),
    # airspace shut to another's craft restricts that state
    pytest.param("Pakistan closed its airspace to Indian airlines.",
                 ("Pakistan", "COERCE", "India", "positive", "actual"), id="airspace-closed-to"),
    # forces or police named by their noun in what a state's body or official says are that state's
    pytest.param("The Zambian interior ministry said police had detained 25 protesters.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="ministry-said-police"),
    pytest.param("Chad's army spokesman said troops had killed 30 Boko Haram fighters.",
                 ("Chad", "FIGHT", "Boko Haram", "positive", "actual"), id="army-spokesman-said-troops"),
    # what coordinated actors do jointly is cooperation between them, besides the act
    pytest.param("Tanzania and Malawi jointly arrested 14 poachers on Lake Nyasa.",
                 ("Tanzania", "COOPERATE", "Malawi", "positive", "actual"), id="jointly-arrested"),
    # clashes after which actors act were theirs: with whom the noun names, or between coordinated subjects
    pytest.param("The Arakan Army captured the base after heavy clashes with Myanmar troops.",
                 ("Arakan Army", "FIGHT", "Myanmar", "positive", "actual"), id="after-clashes-with"),
    pytest.param("Armenia and Azerbaijan agreed to a truce after clashes on their border.",
                 ("Armenia", "FIGHT", "Azerbaijan", "positive", "actual"), id="after-clashes-between-subjects"),
    # "under house arrest" the parser hung on the object: the light verb's own preposition still
    pytest.param("Rwanda's government placed an opposition leader under house arrest.",
                 ("Rwanda", "COERCE", "Rwanda", "positive", "actual"), id="under-house-arrest-on-the-object"),
    # an act that is the subject of a verb of aiming is aimed at its object
    pytest.param("Fresh British sanctions target Russian oligarchs.",
                 ("United Kingdom", "SANCTION", "Russia", "positive", "actual"), id="sanctions-target"),
    # a case opened against people named by their noun looks into them, at home
    pytest.param("Congo's military prosecutor opened a case against soldiers accused of rape.",
                 ("Democratic Republic of the Congo", "INVESTIGATE", "Democratic Republic of the Congo", "positive",
                  "actual"), id="case-against-soldiers"),
    # a capitalized title that stands for its office, no name after it, charges people as a state's power does
    pytest.param("Ghana's Attorney General charged three former port officials with fraud.",
                 ("Ghana", "DISAPPROVE", "Ghana", "positive", "actual"), id="attorney-general-charged"),
    # a preposition after "and" that the parser coordinated with an "of" inside the verb's phrase is the verb's
    pytest.param("Thousands marched in Lusaka in support of the president and against the World Bank.",
                 ("Zambia", "PROTEST", "World Bank", "positive", "actual"), id="in-support-of-and-against"),
    # a report's or a statement's author named in its phrase does what a participle on it says, also when
    # another rejects it, and whom "it" stands for is who rejects, not the report
    pytest.param("Uganda dismissed a Human Rights Watch report accusing it of torturing opposition activists.",
                 ("Human Rights Watch", "DISAPPROVE", "Uganda", "positive", "actual"), id="report-accusing-it"),
    pytest.param("Poland welcomed a European Union statement criticising Belarus.",
                 ("European Union", "DISAPPROVE", "Belarus", "positive", "actual"), id="statement-criticising"),
    # "them" after a thing acted on stands for whose the thing is
    pytest.param("Mali's junta suspended the broadcasts of two Belgian radio stations, accusing them of bias.",
                 ("Mali", "DISAPPROVE", "Belgium", "positive", "actual"), id="broadcasts-of-accusing-them"),
    # what reports or allegations looked into are of is who is looked into
    pytest.param("UN monitors are looking into reports of killings by Bangladeshi border guards.",
                 ("United Nations", "INVESTIGATE", "Bangladesh", "positive", "actual"), id="looking-into-reports-of"),
    # weight thrown behind someone is support
    pytest.param("Tanzania threw its weight behind Kenya's bid to host the summit.",
                 ("Tanzania", "SUPPORT", "Kenya", "positive", "actual"), id="threw-its-weight-behind"),
    # a theme named with the adjective before it: "social media", "political parties", "armoured vehicles"
    pytest.param("Gabon blocked social media in Libreville.",
                 ("Gabon", "COERCE", "Gabon", "positive", "actual"), id="blocked-social-media"),
    pytest.param("Thailand's army massed armoured vehicles at the border with Cambodia.",
                 ("Thailand", "MOBILIZE", "Cambodia", "positive", "actual"), id="massed-armoured-vehicles"),
    pytest.param("Bangladesh shut down mobile internet services across the country.",
                 ("Bangladesh", "COERCE", "Bangladesh", "positive", "actual"), id="shut-internet-services"),
    # troops put on standby, "standby" hung on the verb, are readied
    pytest.param("Lesotho's army put troops on standby in Maseru ahead of opposition rallies.",
                 ("Lesotho", "MOBILIZE", "Lesotho", "positive", "actual"), id="troops-on-standby"),
    # forces seen, or an act told, in an agentless passive a show of force follows: whose they are
    pytest.param("Taiwan put its forces on alert after Chinese warships were seen near Kinmen.",
                 ("Taiwan", "MOBILIZE", "China", "positive", "actual"), id="after-warships-were-seen"),
    pytest.param("Norway's army was placed on alert after a Russian naval exercise was announced.",
                 ("Norway", "MOBILIZE", "Russia", "positive", "actual"), id="after-exercise-was-announced"),
    # armed activity a show of force answers: whose forces they are
    pytest.param("Lithuania sent extra troops to its border, citing heightened Russian military activity in Belarus.",
                 ("Lithuania", "MOBILIZE", "Russia", "positive", "actual"), id="citing-military-activity"),
    # where a crowd came, on the verb its protest's purpose hangs on, is where it protests
    pytest.param("Hundreds of farmers drove tractors into central Warsaw to protest against grain imports.",
                 ("Poland", "PROTEST", "Poland", "positive", "actual"), id="drove-into-to-protest"),
    # the residents of a city are its people, and protest there
    pytest.param("Residents of Conakry protested against power cuts.",
                 ("Guinea", "PROTEST", "Guinea", "positive", "actual"), id="residents-of-a-city"),
    # lawyers who boycott court hearings protest at home
    pytest.param("Lawyers in Nairobi boycotted court hearings over the arrest of a colleague.",
                 ("Kenya", "PROTEST", "Kenya", "positive", "actual"), id="boycotted-court-hearings"),
    # coordinated states that agree to do something to a town or a named thing agree with each other
    pytest.param("Zambia and Malawi agreed to reopen the Mchinji border crossing after weeks of talks.",
                 ("Malawi", "AGREE", "Zambia", "positive", "actual"), id="agreed-to-reopen-a-crossing"),
    pytest.param("Rwanda and Burundi agreed to build a railway to Bujumbura.",
                 ("Burundi", "AGREE", "Rwanda", "positive", "actual"), id="agreed-to-build-to-a-town"),
    # police or investigators named by their noun who question one who holds or held office are of the office's
    # state, where the sentence names no other
    pytest.param("A former Malawian vice president was questioned by anti-corruption investigators for five hours.",
                 ("Malawi", "INVESTIGATE", "Malawi", "positive", "actual"), id="official-questioned-by-investigators"),
    # hit or slapped with sanctions: whom the verb acts on, also in the passive with "by" hung on the noun
    pytest.param("The European Union hit two Belarusian officials with travel bans.",
                 ("European Union", "SANCTION", "Belarus", "positive", "actual"), id="hit-with-travel-bans"),
    pytest.param("Two Iranian firms were slapped with sanctions by Canada.",
                 ("Canada", "SANCTION", "Iran", "positive", "actual"), id="slapped-with-sanctions-by"),
    # "them" after a verb joined with no subject of its own: the people by their noun the verb before acted on,
    # never the doer whose noun a people's name stands before
    pytest.param("Zambian police arrested four men and questioned them about the robbery.",
                 ("Zambia", "INVESTIGATE", "Zambia", "positive", "actual"), id="arrested-men-and-questioned-them"),
    pytest.param("Malawian police detained dozens of students and charged them with arson.",
                 ("Malawi", "DISAPPROVE", "Malawi", "positive", "actual"), id="detained-students-and-charged-them"),
    # a crowd that breaches a building protests, as one that storms it does; armed men who breach a base attack it
    pytest.param("Protesters breached the parliament building in Freetown.",
                 ("Sierra Leone", "PROTEST", "Sierra Leone", "positive", "actual"), id="protesters-breached"),
    pytest.param("Militants breached an army base near Gao.",
                 ("Mali", "ASSAULT", "Gao", "positive", "actual"), id="militants-breached-a-base"),
    # a past form the parser hung on the forces as their adjective is the sentence's verb, and the clause the
    # forces seemed the subject of ("after ...", "to intercept ...") its own
    pytest.param("Taiwan scrambled fighter jets after Chinese bombers crossed the median line.",
                 ("Taiwan", "MOBILIZE", "China", "positive", "actual"), id="scrambled-jets-after"),
    pytest.param("India scrambled fighter jets to intercept Pakistani drones.",
                 ("India", "MOBILIZE", "Pakistan", "positive", "actual"), id="scrambled-jets-to-intercept"),
    # "as" read as a preposition whose object has a finite verb begins that verb's clause
    pytest.param("Cyprus put its national guard on alert as a Turkish drilling ship sailed into its waters.",
                 ("Cyprus", "MOBILIZE", "Turkey", "positive", "actual"), id="on-alert-as-a-ship-sailed"),
    # the line of contact "with" a state is whom forces moved to it face, as a border with it is
    pytest.param("Armenia moved heavy artillery to the line of contact with Azerbaijan.",
                 ("Armenia", "MOBILIZE", "Azerbaijan", "positive", "actual"), id="line-of-contact-with"),
    # a military presence stepped up in a country faces that country
    pytest.param("Turkey stepped up its military presence in northern Syria.",
                 ("Turkey", "MOBILIZE", "Syria", "positive", "actual"), id="military-presence-in"),
    # a crowd that storms or burns a place no one is named for protests where it is, or at home
    pytest.param("Students in Nairobi stormed a police station.",
                 ("Kenya", "PROTEST", "Kenya", "positive", "actual"), id="crowd-in-a-city-stormed"),
    pytest.param("Chadian protesters torched a government building.",
                 ("Chad", "PROTEST", "Chad", "positive", "actual"), id="crowd-torched-a-building"),
    # a parliament a crowd rallies outside is its own state's
    pytest.param("Serbian students rallied outside parliament.",
                 ("Serbia", "PROTEST", "Serbia", "positive", "actual"), id="rallied-outside-parliament"),
    # a body named alone that clashes with armed forces is a side of the fight, as a force is
    pytest.param("Clashes between Israeli troops and Hezbollah erupted near the border.",
                 ("Israel", "FIGHT", "Hezbollah", "positive", "actual"), id="clashes-between-troops-and-a-body"),
    # armed forces that drive others out of a place fight them ("out" hung on the object read as the verb's)
    pytest.param("Nigerian troops flushed Boko Haram fighters out of the Sambisa forest.",
                 ("Nigeria", "FIGHT", "Boko Haram", "positive", "actual"), id="flushed-fighters-out-of"),
    # crowd control by tear gas, told by one verb
    pytest.param("Kenyan police teargassed protesters in Kisumu.",
                 ("Kenya", "ASSAULT", "Kenya", "positive", "actual"), id="teargassed-protesters"),
    # citizenship taken away
    pytest.param("Kuwait revoked the citizenship of a prominent opposition lawmaker.",
                 ("Kuwait", "COERCE", "Kuwait", "positive", "actual"), id="revoked-the-citizenship-of"),
    # an act of force vowed to be avenged: whoever did it, by its "by"
    pytest.param("Hezbollah vowed to avenge the assassination of its commander by Israel.",
                 ("Hezbollah", "THREATEN", "Israel", "positive", "actual"), id="vowed-to-avenge-by"),
    # forces named by their noun in what a state's official says are that state's, also facing another state
    pytest.param("Additional troops were sent to the frontier with Ethiopia, Eritrea's information minister said.",
                 ("Eritrea", "MOBILIZE", "Ethiopia", "positive", "actual"), id="troops-sent-a-minister-said"),
    # what another puts forward, blocked, is rejected: whose it is
    pytest.param("Poland blocked an EU declaration on migration.",
                 ("Poland", "REJECT", "European Union", "positive", "actual"), id="blocked-a-declaration"),
    pytest.param("Greece blocked Turkey's bid to join the regional body.",
                 ("Greece", "REJECT", "Turkey", "positive", "actual"), id="blocked-a-bid"),
    # a framework put forward is dismissed as a plan is
    pytest.param("Beijing dismissed the Philippine peace framework as one-sided.",
                 ("China", "REJECT", "Philippines", "positive", "actual"), id="dismissed-a-framework"),
    # an accusation told by a "that" clause is against the clause's subject; what it alleges is only possible
    pytest.param("Guatemala charged that Honduran soldiers had fired on its border guards.",
                 ("Guatemala", "DISAPPROVE", "Honduras", "positive", "actual"), id="charged-that"),
    pytest.param("Uganda alleged that Rwandan agents were recruiting its citizens.",
                 ("Uganda", "DISAPPROVE", "Rwanda", "positive", "actual"), id="alleged-that"),
    pytest.param("Human rights groups alleged that Burundian police tortured detainees.",
                 ("Burundi", "ASSAULT", "Burundi", "positive", "possible"), id="alleged-act-is-possible"),
    # a state's body named by its noun and where it sits, given an ultimatum as a second object
    pytest.param("Boko Haram gave the government in Abuja a two-week ultimatum to free its fighters.",
                 ("Boko Haram", "THREATEN", "Nigeria", "positive", "actual"), id="ultimatum-to-the-government-in"),
    # the army named by its noun alone is the state's the rebels facing it are of
    pytest.param("M23 rebels declared a unilateral ceasefire with the army.",
                 ("M23", "RETREAT", "Democratic Republic of the Congo", "positive", "actual"),
                 id="ceasefire-with-the-army"),
    # "of the massacre" is what the government is accused of, not whose government it is
    pytest.param("The Houthis accused the government of the massacre in Taiz.",
                 ("Houthis", "DISAPPROVE", "Yemen", "positive", "actual"), id="accused-the-government-of"),
    # workers who walk out of their places of work strike ("out" read as a preposition)
    pytest.param("Nigerian doctors walked out of public hospitals to demand unpaid salaries.",
                 ("Nigeria", "PROTEST", "Nigeria", "positive", "actual"), id="walked-out-of-hospitals"),
    # an infinitive of protest hung on the object as its relative clause is the deed's purpose
    pytest.param("Chilean students in Santiago banged pots and pans to protest against the new law.",
                 ("Chile", "PROTEST", "Chile", "positive", "actual"), id="banged-pots-and-pans-to-protest"),
    # a law or a decision that comes under fire is criticized, not shot at
    pytest.param("Slovakia's media law came under fire from the European Commission.",
                 ("European Commission", "DISAPPROVE", "Slovakia", "positive", "actual"), id="law-came-under-fire"),
    # a verb of criticism, and an idiom of suing
    pytest.param("The African Union rapped Guinea's junta for delaying elections.",
                 ("African Union", "DISAPPROVE", "Guinea", "positive", "actual"), id="rapped"),
    pytest.param("Azerbaijan took Armenia to court over the landmines.",
                 ("Azerbaijan", "DISAPPROVE", "Armenia", "positive", "actual"), id="took-to-court"),
    # lending halted is aid stopped; curbs on trade tightened are sanctions
    pytest.param("The African Development Bank halted new lending to Zimbabwe.",
                 ("African Development Bank", "SANCTION", "Zimbabwe", "positive", "actual"), id="halted-lending-to"),
    pytest.param("South Korea tightened export controls on drone parts to Russia.",
                 ("South Korea", "SANCTION", "Russia", "positive", "actual"), id="tightened-export-controls"),
    # the force named before an act of force did it: students who denounce police killings criticize the police
    pytest.param("Zambian students denounced police killings in Lusaka.",
                 ("Zambia", "DISAPPROVE", "Zambia", "positive", "actual"), id="denounced-police-killings"),
    # arms named before fire exchanged are what it was done with, no doer of it: the sides still fight each other
    pytest.param("The armies of Thailand and Cambodia exchanged artillery fire near the disputed temple.",
                 ("Thailand", "FIGHT", "Cambodia", "positive", "actual"), id="exchanged-artillery-fire"),
    # "foreign" in an office's title is no one from abroad: the junta's own former minister
    pytest.param("Guinea's junta placed the former foreign minister under house arrest.",
                 ("Guinea", "COERCE", "Guinea", "positive", "actual"), id="former-foreign-minister-held"),
    # a bare verb hung on "began" with no "to" is the object's adjective: the exercises were begun
    pytest.param("Azerbaijan began snap military exercises near the Armenian border.",
                 ("Azerbaijan", "MOBILIZE", "Armenia", "positive", "actual"), id="began-snap-exercises"),
    # forces sent to a part of a state that "of" names are deployed there, no aid to a state
    pytest.param("Mexico sent 3,000 troops to the state of Sinaloa.",
                 ("Mexico", "MOBILIZE", "Sinaloa", "positive", "actual"), id="troops-sent-to-the-state-of"),
    pytest.param("Ecuador sent soldiers to the streets of Guayaquil after a wave of prison riots.",
                 ("Ecuador", "MOBILIZE", "Guayaquil", "positive", "actual"), id="troops-sent-to-the-streets-of"),
    # those who organised a rally are people police may hold: their own
    pytest.param("Kenyan police detained the organisers of the rally.",
                 ("Kenya", "COERCE", "Kenya", "positive", "actual"), id="detained-the-organisers"),
    # an ombudsman looks into officials as law enforcement does: no state investigating itself
    pytest.param("South Africa's ombudsman is investigating the president.",
                 ("South Africa", "INVESTIGATE", "South Africa", "positive", "actual"), id="ombudsman-investigates"),
    # "both sides in Sudan": the sides of the state "in" names
    pytest.param("Brazil appealed to both sides in Sudan to observe a ceasefire.",
                 ("Brazil", "DEMAND", "Sudan", "positive", "actual"), id="appealed-to-both-sides-in"),
    # a state named alone answers its own public as its government does, in what is said or decided; calls are
    # theirs who make them, named by their noun too
    pytest.param("Tanzania rejected calls from the opposition for a new constitution.",
                 ("Tanzania", "REJECT", "Tanzania", "positive", "actual"), id="rejected-calls-from-the-opposition"),
    pytest.param("Malawi ignored opposition calls for a recount.",
                 ("Malawi", "REJECT", "Malawi", "positive", "actual"), id="ignored-opposition-calls"),
    pytest.param("The opposition urged Zambia to free political prisoners.",
                 ("Zambia", "DEMAND", "Zambia", "positive", "actual"), id="opposition-urged-the-state"),
    # a thing linked to a state is its, as one owned by it is
    pytest.param("Houthi rebels fired missiles at a tanker linked to Greece.",
                 ("Houthis", "FIGHT", "Greece", "positive", "actual"), id="tanker-linked-to"),
    # forces made stronger where they face someone are a show of force, as a border made stronger is
    pytest.param("Poland bolstered its forces on the Belarusian border.",
                 ("Poland", "MOBILIZE", "Belarus", "positive", "actual"), id="bolstered-its-forces-on"),
    # a thing or a person a group's noun comes before is the group's, where nothing else names whose
    pytest.param("Colombian rebels attacked a police station.",
                 ("Colombia", "ASSAULT", "Colombia", "positive", "actual"), id="attacked-a-police-station"),
    pytest.param("Zimbabwean police detained a senior opposition figure.",
                 ("Zimbabwe", "COERCE", "Zimbabwe", "positive", "actual"), id="detained-an-opposition-figure"),
    # an irregular past the tagger takes for a present ("retook", VBP) is lemmatized by spaCy's own table
    pytest.param("Somali troops retook the town of Bulo Burde from al Shabaab.",
                 ("Somalia", "FIGHT", "al Shabaab", "positive", "actual"), id="retook-from"),
    # doctors are of the public a government faces, as teachers are
    pytest.param("Kenyan doctors demanded that the government pay their arrears.",
                 ("Kenya", "DEMAND", "Kenya", "positive", "actual"), id="doctors-demanded-of-the-government"),
    # a strike's idiom the parser reads as an adjective and its noun is the verb of the sentence
    pytest.param("Teachers in Malawi downed tools on Monday.",
                 ("Malawi", "PROTEST", "Malawi", "positive", "actual"), id="downed-tools-misparsed"),
    # strikes traded are a fight between the two who trade them
    pytest.param("Pakistan and Iran traded air strikes on militant targets.",
                 ("Pakistan", "FIGHT", "Iran", "positive", "actual"), id="traded-air-strikes"),
    # a crowd protests where the sentence places it, however deep the place hangs: not at home of whom it faces
    pytest.param("Protesters burned an effigy of the Israeli prime minister in Amman.",
                 ("Jordan", "PROTEST", "Israel", "positive", "actual"), id="effigy-burned-in"),
    # anger voiced at someone criticizes him, wherever the parser hangs the "at"
    pytest.param("Algeria voiced anger at Morocco over the fishing deal.",
                 ("Algeria", "DISAPPROVE", "Morocco", "positive", "actual"), id="voiced-anger-at"),
    # an offer or an ask answered in the passive is answered to whose it is, not to the one who answers
    pytest.param("Ghana's offer to mediate was accepted by both Togo and Benin.",
                 ("Togo", "AGREE", "Ghana", "positive", "actual"), id="offer-was-accepted-by"),
    pytest.param("A request from Moldova for air defences was turned down by Romania.",
                 ("Romania", "REJECT", "Moldova", "positive", "actual"), id="request-was-turned-down-by"),
    # a country's name taken for a person's is a country where the sentence names "the United States" too
    pytest.param("Bolivia criticised what it called interference by the United States.",
                 ("Bolivia", "DISAPPROVE", "United States", "positive", "actual"), id="country-among-the-states"),
    # an act linked to a state by a hyphened name is that state's doing
    pytest.param("Estonian police are investigating a Russian-linked arson attack on a Tallinn warehouse.",
                 ("Estonia", "INVESTIGATE", "Russia", "positive", "actual"), id="russian-linked-attack"),
    # families and squatters are people a state's police may act on, as men and suspects are
    pytest.param("Ugandan police evicted hundreds of squatters from a forest reserve.",
                 ("Uganda", "COERCE", "Uganda", "positive", "actual"), id="evicted-squatters"),
    pytest.param("Zambian police arrested 40 families in a land dispute.",
                 ("Zambia", "COERCE", "Zambia", "positive", "actual"), id="arrested-families"),
    # a beating for what someone did is a beating, not a criticism: only verbs that also attack in words criticize
    pytest.param("Police in Tehran beat a student for not wearing a headscarf.",
                 ("Iran", "ASSAULT", "Iran", "positive", "actual"), id="beat-for-not-wearing"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEWS_FORMS)
def test_news_forms(text, expected):
    assert expected in coded(text)


def test_a_sum_pledged_in_aid_is_a_promise_to_whom_the_aid_goes_not_aid_given():
    pledged = coded("Japan pledged 50 million dollars in humanitarian assistance to Sri Lanka.")
    assert ("Japan", "AGREE", "Sri Lanka", "positive", "actual") in pledged  # the "to" hangs on the aid
    assert not [c for c in pledged if c[1] == "AID" and c[4] == "actual"]  # pledged, not yet given
    given = coded("Japan provided 50 million dollars in humanitarian assistance to Sri Lanka.")
    assert ("Japan", "AID", "Sri Lanka", "positive", "actual") in given
    visited = coded("Modi pledged India's support to the Palestinians during a visit to Ramallah.")
    assert [c for c in visited if c[1] == "CONSULT" and c[4] == "actual"]  # the visit the pledge was made in


def sectored(text: str) -> set[tuple[str, str | None, str, str, str | None]]:
    """(subject, its sector, type, object, its sector) of each event claim: a state and its public are told apart."""
    records = graphkit.extract_claims(Article("t", text))
    return {
        (c["subject"]["label"], c["subject"]["sector"], c["event_type"], c["object"]["label"], c["object"]["sector"])
        for c in records
        if c["event_type"] and c["polarity"] == "positive" and c["modality"] == "actual"
    }


def test_a_bomb_no_one_is_named_for_was_set_off_by_unidentified_armed_forces_where_it_went_off():
    killed = sectored("A roadside bomb killed three Pakistani soldiers in North Waziristan.")
    assert ("Pakistan", "UAF", "ASSAULT", "Pakistan", "MIL") in killed  # PLOVER's UAF, of where it went off
    assert not sectored("A roadside bomb killed three soldiers.")  # no place: no one to code it to
    blamed = sectored("A roadside bomb killed four Nigerian soldiers in an attack blamed on Boko Haram.")
    assert {s for s, *_ in blamed} == {"Boko Haram"}  # the attack is told whose
    accused = sectored(
        "A roadside bomb killed four Turkish soldiers in Hakkari in an attack which Ankara blamed on the PKK."
    )
    assert {(s, sector) for s, sector, t, *_ in accused if t == "ASSAULT"} == {("Turkey", "UAF")}  # blamed by a party


def test_a_state_that_gives_in_to_protests_concedes_to_who_protested_else_to_its_public():
    # no one named: the state's own public, whose protests the noun alone tells
    resigned = sectored("The Bolivian president resigned on Sunday after three weeks of street protests.")
    assert ("Bolivia", "GOV", "CONCEDE", "Bolivia", "CVL") in resigned
    assert ("Bolivia", "CVL", "PROTEST", "Bolivia", "GOV") in resigned
    # who protested, by the protest's "by" or the clause of what the crowd did
    bowed = sectored("Ecuador's government scrapped the fuel decree, bowing to weeks of protests by farmers.")
    assert ("Ecuador", "GOV", "CONCEDE", "Ecuador", "AGR") in bowed
    stormed = sectored(
        "Paraguay's president stepped down after protesters set fire to the Congress building in Asuncion."
    )
    assert ("Paraguay", "GOV", "CONCEDE", "Paraguay", "CVL") in stormed
    # a demand met in a participle after the act: who did it gave in
    met = sectored("Ghana's government scrapped the fee increase, meeting a key demand of student protesters.")
    assert [c for c in met if c[:3] == ("Ghana", "GOV", "CONCEDE") and c[3] == "Ghana"]
    # a restriction lifted in a capital is lifted from its public
    lifted = sectored("The Mongolian government lifted the curfew in Ulaanbaatar after days of rallies in the capital.")
    assert ("Mongolia", "GOV", "CONCEDE", "Mongolia", "CVL") in lifted
    # not a resignation over a scandal, nor an envoy recalled after protests
    assert not [c for c in coded("The Bolivian president resigned after a corruption scandal.") if c[1] == "CONCEDE"]
    recalled = coded("Bolivia withdrew its ambassador from Lima after protests outside the embassy.")
    assert not [c for c in recalled if c[1] == "CONCEDE"]


def test_a_restriction_put_on_a_capital_falls_on_its_public_and_a_protest_told_by_its_noun_is_the_place_s():
    assert ("Egypt", "GOV", "COERCE", "Egypt", "CVL") in sectored("Egypt's government imposed a curfew in Cairo.")
    # with no place named, a curfew or a state of emergency falls on the state's own public; not sanctions
    assert ("Bolivia", None, "COERCE", "Bolivia", "CVL") in sectored("Bolivia imposed a nationwide curfew on Sunday.")
    assert ("Peru", "GOV", "CONCEDE", "Peru", "CVL") in sectored(
        "The Peruvian government lifted the state of emergency on Monday."
    )
    assert not [c for c in coded("The EU lifted sanctions on Monday.") if c[1] in ("CONCEDE", "RETREAT")]
    # so does a ban, a suspension or restrictions lifted; not one on goods kept out of a place, nor on another's
    assert ("Kuwait", None, "CONCEDE", "Kuwait", "CVL") in sectored("Kuwait lifted its ban on opposition rallies.")
    assert ("Mali", "GOV", "CONCEDE", "Mali", "CVL") in sectored(
        "The Malian junta lifted its suspension of party activities on Monday."
    )
    eased = sectored("Egypt eased restrictions on fuel entering Gaza.")
    assert [c[3] for c in eased if c[2] == "CONCEDE"] == ["Palestine"]
    seafood = sectored("South Korea lifted its ban on Japanese seafood.")
    assert [c[3] for c in seafood if c[2] == "CONCEDE"] == ["Japan"]
    assert ("Ecuador", "CVL", "PROTEST", "Ecuador", "GOV") in sectored(
        "Protests erupted in Quito on Monday over the fuel decree."
    )
    # police acting during a strike take no part in it; the strike was held by the place's public
    during = sectored("Riot police fired tear gas at Nepali students during a general strike in Kathmandu.")
    assert ("Nepal", "CVL", "PROTEST", "Nepal", "GOV") in during
    assert not [c for c in during if c[2] == "PROTEST" and c[1] != "CVL"]
    assert not [c for c in coded("Authorities banned a rally in Minsk.") if c[1] == "PROTEST"]  # not held
    assert not [c for c in coded("A strike in Gaza killed five people.") if c[1] == "PROTEST"]  # maybe an air strike
    assert not [
        c for c in coded("Protests are planned in Minsk on Saturday.") if c[1] == "PROTEST" and c[3] == "positive"
    ]


def test_the_purpose_of_a_show_of_force_is_not_done_yet_nor_that_of_people_mobilized_for_a_cause():
    deployed = coded("Nigeria deployed tanks near Maiduguri to attack Boko Haram.")
    assert not [c for c in deployed if c[1] == "ASSAULT" and c[4] == "actual"]
    called_up = coded("Israel called up 20,000 reservists to fight Hezbollah.")  # a phrasal verb of mobilizing
    assert ("Israel", "MOBILIZE", "Hezbollah", "positive", "actual") in called_up
    assert not [c for c in called_up if c[1] == "FIGHT" and c[4] == "actual"]
    campaign = coded("Saudi Arabia mobilized pressure groups in Britain to help support the rights of Yemenis.")
    assert ("Saudi Arabia", "SUPPORT", "Yemen", "positive", "actual") in campaign


def test_a_people_s_name_before_a_noun_of_speech_stays_a_language_s():
    # "Filipino soldiers" are Filipinos; the daily of "Spanish-language" is still the one that speaks
    assert ("El Pais", "DISAPPROVE", "Spain", "positive", "actual") in coded(
        "The Spanish-language daily El Pais criticized Madrid."
    )


def test_an_office_of_a_body_of_states_is_held_for_no_state():
    records = graphkit.extract_claims(
        "NATO Secretary-General Jens Stoltenberg criticized Serbia. IAEA chief Mohamed ElBaradei criticized Iran. "
        "Peru's UN ambassador Juan Sosa criticized Chile."
    )
    critics = {c["subject"]["label"]: c["subject"] for c in records if c["event_type"] == "DISAPPROVE"}
    assert (critics["Jens Stoltenberg"]["country"], critics["Jens Stoltenberg"]["sector"]) == (None, "IGO")
    assert critics["Mohamed ElBaradei"]["country"] is None  # not Norway's or Egypt's, as the dictionaries knew them
    assert critics["Juan Sosa"]["country"] == "PER"  # a state's envoy to the UN serves the state


def test_a_one_word_name_after_the_is_a_place_not_a_person_the_dictionaries_know():
    records = graphkit.extract_claims("Algeria sent troops to the Sahel to train local armies.")
    sahel = [c["object"] for c in records if c["object"] and c["object"]["text"] == "Sahel"]
    assert sahel and all(o["type"] != "Person" and o["country"] is None for o in sahel)  # not a Moroccan minister


def test_a_state_named_as_owner_before_a_noun_of_three_words_is_the_company_s_country():
    records = graphkit.extract_claims("The United States imposed sanctions on Venezuela's state oil company PDVSA.")
    objects = [c["object"] for c in records if c["event_type"] == "SANCTION"]
    assert [(o["label"], o["country"]) for o in objects] == [("PDVSA", "VEN")]


def test_what_a_veto_or_a_block_stops_is_not_done():
    vetoed = coded("Bolivia vetoed Mercosur sanctions on Paraguay.")
    assert ("Bolivia", "REJECT", "Mercosur", "positive", "actual") in vetoed
    assert not [c for c in vetoed if c[1] == "SANCTION" and c[3] == "positive"]  # Mercosur imposed none
    blocked = coded("Hungary blocked a European Union aid package for Moldova.")
    assert not [c for c in blocked if c[1] == "AID" and c[3] == "positive"]


def test_owner_of_an_ally_does_not_act():
    claims = coded("Venezuela's ally Cuba sent doctors to Haiti.")
    assert claims and not [c for c in claims if c[0] == "Venezuela"]


# What the same forms must not claim: (text, type, object); None matches any, so (None, None) forbids every claim
NOT_CLAIMED = [
    # opposition voiced is an attitude, no people of the opposition; a company's service territory is no place acted
    # on; one general posted somewhere moves no forces
    pytest.param("Major Chilean farm groups, including the National Wheat Growers and the Chilean Farm Bureau, have "
                 "voiced strong opposition to the quota.", "DISAPPROVE", None, id="voiced-opposition"),
    pytest.param("The Lima Power Co said it has agreed to limit rate increases in its Cusco service territory.",
                 "AGREE", None, id="service-territory"),
    pytest.param("He said Lieutenant General Juan Sosa, former commander of the Second Army Division, also positioned "
                 "in the Cusco area, had replaced General Luis Rojas.", "MOBILIZE", None, id="general-positioned"),
    # and no riot against them
    pytest.param("Ghana deployed soldiers and riot police across Accra.", "PROTEST", None, id="no-riot-of-riot-police"),
    # hijacked computers are no vehicle seized
    pytest.param("Hackers hijacked the Kenyan ministry's computers.", "ASSAULT", None, id="hijacked-computers"),
    # a former office holder a state criticizes, no power of its police or courts, may be anyone's
    pytest.param("Ghana criticized a former minister.", "DISAPPROVE", None, id="criticized-a-former-minister"),
    # refugees let cross are from abroad, and prices are no people
    pytest.param("The Ugandan government allowed refugees to cross the border.", "CONCEDE", None,
                 id="allowed-refugees-to"),
    pytest.param("The Ugandan government allowed prices to rise.", "CONCEDE", None, id="allowed-prices-to"),
    # a verb with a preposition of its own takes no object from the verb after it
    pytest.param("Peru complained to Chile and sanctioned Bolivia.", "DISAPPROVE", "Bolivia",
                 id="complained-to-and-sanctioned"),
    # people expelled may be anyone's; people a state named by its name accuses are no public the sentence places
    pytest.param("The Sudanese government expelled 20 aid workers.", "SANCTION", "Sudan", id="expelled-aid-workers"),
    pytest.param("Ghana accused four opposition activists of treason.", "DISAPPROVE", "Ghana",
                 id="state-by-name-accused-activists"),
    # not whom the thing did something to
    pytest.param("Ecuador criticized the border plan that angered Colombia.", "DISAPPROVE", "Colombia",
                 id="criticized-the-plan-that-angered"),
    # nor the object of a relative clause whose complement or misread auxiliary holds the act
    pytest.param("Niger threatened to shell the camp a Malian militia plans to build near the border.", "FIGHT",
                 "Mali", id="the-camp-a-militia-plans-to-build"),
    pytest.param("Chad released Sudanese opposition leader Ali Osman, who Sudan wanted extradited on treason charges.",
                 "COOPERATE", None, id="who-it-wanted-extradited"),
    # the noun a relative clause is on is its subject when its pronoun is
    pytest.param("Canada welcomed three Haitian politicians who accused Jamaica of meddling.", "DISAPPROVE", "Haiti",
                 id="politicians-who-accused"),
    # an envoy no one is named for may be another state's
    pytest.param("Ghanaian police detained the ambassador.", "COERCE", None, id="detained-the-ambassador"),
    # "the government" a state faces is no one's the sentence names: not its own
    pytest.param("Iran criticized the government over the crackdown.", "DISAPPROVE", None,
                 id="state-and-the-government"),
    pytest.param("Chile protested the new quotas.", "PROTEST", None, id="state-protested-a-thing"),
    # setting fire to what is no place the lexicon burns is no attack
    pytest.param("Ghanaian police set fire to three tonnes of seized cannabis in Accra.", "ASSAULT", None,
                 id="set-fire-to-seized-drugs"),
    # a parliament dissolved for elections is no body of the public banned
    pytest.param("Bulgaria's president dissolved parliament and called early elections.", "COERCE", None,
                 id="parliament-dissolved"),
    # soldiers arrested by police are arrested
    pytest.param("Peruvian police arrested two Chilean soldiers in Lima.", "ASSAULT", None, id="soldiers-arrested"),
    # people dismissed are let go, no rejection and no criticism of anyone
    pytest.param("Peru's president dismissed 300 Peruvian teachers on Monday.", None, None, id="dismissed-teachers"),
    # torching what is no place is no attack
    pytest.param("Chile's forwards torched the Peruvian defence in Lima on Sunday.", "ASSAULT", None,
                 id="torched-a-defence"),
    # scrambling with no forces scrambled is no show of force
    pytest.param("South Korean shoppers scrambled for bargains in Seoul as Japanese goods went on sale.", "MOBILIZE",
                 None, id="scrambled-for-bargains"),
    # a clause of holding after a verb of thinking is no release
    pytest.param("Officials believe Ecuadorian rebels held the hostages in a jungle camp.", "RETREAT", None,
                 id="believe-rebels-held"),
    # where a thing hosted or met is, is no one met: "hosted radio shows in Lima" hosts no one of Peru
    pytest.param("Juan Sosa hosted late-night radio shows in Lima for a decade.", "CONSULT", None,
                 id="hosted-shows-in-a-place"),
    # armed men counted are no crowd: what they storm they attack
    pytest.param("Dozens of gunmen stormed the presidential palace in Lima.", "PROTEST", None, id="dozens-of-gunmen"),
    # an act of violence one denies being behind or responsible for
    pytest.param("Shining Path denied it was behind the bombing in Lima.", "ASSAULT", None, id="denied-behind"),
    pytest.param("Shining Path said it was not responsible for the bombing in Lima.", "ASSAULT", None,
                 id="not-responsible"),
    # a town named by no people's adjective, and a thing named by one, say no country
    pytest.param("Shining Path gunmen attacked a bus in the town of Tingo Maria on Sunday.", "ASSAULT", "Peru",
                 id="town-of-no-country"),
    # victims with no country of their own, at a spot no place is named for: against no one
    pytest.param("Shining Path claimed a bombing that killed 12 people at a police station.", "ASSAULT", None,
                 id="victims-at-a-spot-of-no-place"),
    # a border "with" names no target of what is not a show of force
    pytest.param("Chile built a new road along its border with Bolivia.", None, "Bolivia", id="road-along-border"),
    # a thing let happen is no concession; forces "leaving" soldiers dead withdraw from no one
    pytest.param("The Peruvian government let the deadline pass on Monday.", "CONCEDE", None, id="let-deadline-pass"),
    pytest.param("Peru has let the Chilean side know that it rejects the plan.", "CONCEDE", None, id="let-know"),
    pytest.param("But the ruling party's spokesman Juan Rios responded: \"Chile is working, don't let the Peruvians "
                 "wreck it again\".", "CONCEDE", None, id="let-imperative"),
    pytest.param("Colombian troops clashed with Ecuadorian soldiers on Monday, leaving 12 soldiers dead.", "RETREAT",
                 None, id="leaving-dead-no-retreat"),
    # a verb with a particle that is none of its entry's prepositions is another verb: "call up" is no "call for"
    pytest.param("Peru called up 20,000 reservists for operations against Shining Path.", "DEMAND", None,
                 id="called-up-no-call-for"),
    pytest.param("Norway paused millions of dollars in funding to Tanzania on Thursday.", "AID", None,
                 id="funding-paused-no-aid"),
    # a prison term given is no aid
    pytest.param("A Peruvian court gave a Chilean pilot a twelve-year prison term on Monday.", "AID", None,
                 id="prison-term-no-aid"),
    # what is said of a thing that is no criticism; a crowd abroad; an attack denied or claimed by no one
    pytest.param("Peru called the talks with Chile useful.", "DISAPPROVE", None, id="called-useful"),
    pytest.param("Chile and Bolivia signed agreements restoring relations with Peru on Tuesday.", None, "Bolivia",
                 id="agreements-not-with-each-other"),
    pytest.param("Peru seized a Chilean fishing boat.", "FIGHT", None, id="seized-a-boat"),
    # a rival named is someone spoken of, no opposition voiced
    pytest.param("Toledo said the death of his long-time rival, Alberto Fujimori, could prove a turning point.",
                 "DISAPPROVE", None, id="rival-named"),
    pytest.param("Peru transferred a former Bolivian interior minister to the International Criminal Court on Monday.",
                 "CONSULT", None, id="handed-to-a-court-no-visit"),
    pytest.param("FARC rebels shot down a Colombian army drone.", "FIGHT", None, id="rebels-shot-down"),
    pytest.param("Peru shot down a Bolivian passenger jet near the border.", "FIGHT", None, id="passenger-jet"),
    pytest.param("Police opened an investigation into a robbery in Lima.", "INVESTIGATE", None, id="police-inquiry"),
    # a person named after a noun for people, not for a body, keeps the country of the noun
    pytest.param("Colombian rebels freed the Peruvian soldier Jorge Quispe on Monday.", None, "Jorge Quispe",
                 id="soldier-named"),
    pytest.param("Bolivian exiles protested in Santiago on Monday.", "PROTEST", None, id="exiles-protest"),
    pytest.param("The rebels denied responsibility for the bombing in Lima.", "ASSAULT", None,
                 id="denied-responsibility"),
    pytest.param("No group claimed responsibility for the attack in Quito.", "ASSAULT", None, id="no-group-claimed"),
    # only a state or its government concedes by letting someone act; a player or a law does not
    pytest.param("The Peruvian striker allowed Chile to equalise late in the game.", "CONCEDE", None,
                 id="player-allowed"),
    # the owner of an ally, or of a title, is not who acts or is acted on
    pytest.param("Chilean President Gabriel Boric received his Peruvian counterpart Dina Boluarte in Santiago.", None,
                 "Peru",
                 id="counterpart-not-country"),
    # armed men taking a place use force, not protest; an order to one's own troops expels no one
    pytest.param("Peruvian troops occupied the Chilean embassy in Lima.", "PROTEST", None, id="troops-occupy"),
    pytest.param("Peru ordered its troops to leave the barracks.", "SANCTION", None, id="own-troops-ordered"),
    # an attack denied is none to criticize; one with its own doer is that doer's
    pytest.param("Chile denied that its troops shelled the post, and Peru condemned the attack.", "DISAPPROVE",
                 "Chile", id="condemned-denied-attack"),
    # blame denied, owned, or for no harm is no accusation
    pytest.param("Peru said Chile was not behind the attack on its embassy.", "DISAPPROVE", None, id="not-behind"),
    pytest.param("The Shining Path said it was behind the bombing in Lima.", "DISAPPROVE", None, id="own-bombing"),
    pytest.param("Chile said Peru was responsible for the rise in copper prices.", "DISAPPROVE", None,
                 id="responsible-no-harm"),
    # cricket: batsmen attacking the bowling is a game
    pytest.param("Chile's openers attacked the Peruvian bowling in the first session.", None, None,
                 id="cricket-bowling"),
    pytest.param("Lawmakers backed a bill that would allow Peruvian firms to bid for Chilean contracts.", "CONCEDE",
                 None, id="bill-allows"),
    # where roads are blocked is not whom the protest is against; a resolution blocked is no protest
    pytest.param("Ecuadorean protesters blocked roads in Quito to denounce Colombia.", None, "Ecuador",
                 id="blocked-roads-where"),
    pytest.param("Russia blocked the resolution on Syria.", "PROTEST", None, id="blocked-resolution"),
    # a sea named alone is no actor; an ultimatum's act is the threatened's to do
    pytest.param("Britain deployed a frigate to the eastern Mediterranean.", None, None, id="sea-alone"),
    pytest.param("Mali's junta rejected an ECOWAS ultimatum to free the jailed president Bazoum.", "THREATEN",
                 "Bazoum", id="ultimatum-not-at"),
    # what calls or an ultimatum ask for is not done
    pytest.param("Mali's junta rejected an ECOWAS ultimatum to free the jailed president Bazoum.", "RETREAT", None,
                 id="ultimatum-asks"),
    pytest.param("Mali rejected calls to release the jailed president Bazoum.", "RETREAT", None,
                 id="calls-to-ask"),
    # ships of relief are no armed forces
    pytest.param("Turkey dispatched aid ships to Libya.", "MOBILIZE", None, id="aid-ships-no-mobilization"),
    # a participle of what another act brought about bids no one
    pytest.param("Chile cut its tariffs, encouraging Peru to export more copper.", "DEMAND", None,
                 id="encouraging-consequence"),
    # a question is no threat
    pytest.param("Will Iran strike Israel?", "THREATEN", None, id="question-no-threat"),
    # a vow to overthrow is no agreement with whom it would overthrow; time given is no aid
    pytest.param("Shining Path guerrillas vowed to topple the Peruvian government.", "AGREE", None,
                 id="vowed-to-topple-no-agreement"),
    pytest.param("Peru gave Chilean diplomats 72 hours to leave the country.", "AID", None, id="hours-no-aid"),
    # an ally in a joint offensive is not fought; prices that drop concede nothing; "with X calling" is X's own
    pytest.param("Chilean troops launched a joint offensive with Peruvian forces against Shining Path guerrillas.",
                 "FIGHT", "Peru", id="joint-offensive-ally"),
    pytest.param("Oil prices dropped sharply on Monday.", None, None, id="prices-dropped"),
    pytest.param("Chile intercepted a missile fired from Bolivia.", "COERCE", None, id="missile-intercepted"),
    pytest.param("Ecuador handed over the former minister to Colombia on Friday.", "CONSULT", None,
                 id="handed-over-no-visit"),
    # money given to support something is aid, not also a statement of support
    pytest.param("Ecuador gave $30 million to support the reconstruction of Peru.", "SUPPORT", None,
                 id="gift-to-support-no-support"),
    # what talks are on is a matter, no party to them
    pytest.param("Chile and Argentina held talks on Bolivia.", None, "Bolivia", id="talks-on-a-matter"),
    # the story of a work of fiction is no event
    pytest.param("A new film, in which Chilean troops invade Peru, opened in Lima on Friday.", None, None,
                 id="film-in-which"),
    pytest.param("The novel tells how Bolivia invaded Chile.", None, None, id="novel-tells-how"),
    pytest.param("In the new thriller, Chilean commandos kidnap the Peruvian president.", None, None,
                 id="in-the-thriller"),
    # history an exhibition or a lesson retells is no news
    pytest.param("A new exhibition in Lima recounts how Chilean troops occupied Peru in 1881.", None, None,
                 id="exhibition-recounts"),
    pytest.param("In her lecture, the historian described how Bolivia invaded Paraguay in 1932.", None, None,
                 id="lecture-describes"),
    pytest.param("Chile welcomed Peru's bid, with Bolivia calling the move a provocation.", None, "Bolivia",
                 id="with-absolute-no-target"),
    # others taken out of danger are rescued, not withdrawn from; a protest joined with others is no complaint
    pytest.param("Israel evacuated residents from border towns near Lebanon.", "RETREAT", None,
                 id="evacuated-residents"),
    pytest.param("Peruvian farmers joined a protest with students against Chile.", "DISAPPROVE", None,
                 id="protest-joined-with"),
    # an ally is not fought
    pytest.param("Kenyan troops fought alongside Somali forces against al Shabaab.", "FIGHT", "Somalia",
                 id="ally-not-fought"),
    # reopening an embassy is no concession
    pytest.param("Britain reopened its embassy in Tehran.", "CONCEDE", None, id="embassy-reopened"),
    # backing or condemning someone else's opposition to a state is no act toward that state
    pytest.param("Peru backed the opposition to Bolivia.", None, "Bolivia", id="opposition-backed"),
    pytest.param("Peru condemned the opposition to Bolivia.", None, "Bolivia", id="opposition-condemned"),
    # a matter with no partner names no one, nor a matter's partner when the verb names its own
    pytest.param("Chile agreed on a fishing plan.", None, None, id="matter-alone"),
    pytest.param("Chile will meet with reporters on the union's talks with Peru.", None, "Peru", id="matter-own-with"),
    pytest.param("Ecuador sent 2,000 troops into Colombia.", "AID", None, id="troops-into-no-aid"),
    # no armed forces, no occupation
    pytest.param("Ecuadorean mining firms moved into Colombia's copper sector.", "COERCE", None, id="firms-moved"),
    # a ceasefire asked for is none yet (it is asked of the parties in Yemen: a demand)
    pytest.param("Chile called for a ceasefire in Yemen.", "RETREAT", None, id="ceasefire-asked"),
    # players called up to a squad are no forces; forces readied in a sentence that names another state are not
    # readied at home
    pytest.param("The coach called up three new players for the World Cup qualifier.", None, None,
                 id="players-called-up"),
    pytest.param("The governor sought re-election from voters in the north.", None, None, id="sought-re-election"),
    pytest.param("Two Thai activists were arrested on Monday, a rights group said.", "COERCE", None,
                 id="were-arrested-a-group-said"),
    pytest.param("Croatia joined Slovenia in protesting against Serbia's new border law.", None, "Slovenia",
                 id="joined-in-protesting"),
    pytest.param("Somali troops seized 40 rifles and handed them to the Kenyan army.", "COOPERATE", None,
                 id="seized-things-handed-over"),
    pytest.param("Chile's government was scrambling on Monday to contain the fallout from the leak.", "MOBILIZE", None,
                 id="scrambling-to-contain"),
    pytest.param("Latvia put its border guards on high alert after Russian troops arrived in Belarus.", "MOBILIZE",
                 "Latvia", id="alert-with-another-state-named"),
    # a thing met is no meeting
    pytest.param("Chile met the deadline set by Peru.", None, None, id="deadline-met"),
    # the owner of a counterpart named in apposition is not its target
    pytest.param("Israel attacked Iran's ally Hezbollah on Sunday.", None, "Iran", id="ally-owner"),
    # a visitor received is no gift; inspectors received are no visit (CAMEO 0862)
    pytest.param("Kenya's president received a delegation from Sudan's military government.", "AID", None,
                 id="delegation-no-aid"),
    pytest.param("Kyrgyzstan received a team of observers from the OSCE.", "CONSULT", None, id="observers-received"),
    # with a "to", the one handed over is given, not the recipient
    pytest.param("Uganda handed over a Rwandan rebel commander to authorities in Kigali.", "AID", "Rwanda",
                 id="handed-over-person"),
    # a joint operation against someone is no cooperation with them
    pytest.param("Kenya and Uganda launched a joint operation against Somali militants.", "COOPERATE", "Somalia",
                 id="joint-operation-foe"),
    # a water is no actor
    pytest.param("Turkey agreed to extend the Black Sea shipping deal with Ukraine.", None, "Black Sea",
                 id="water-no-party"),
    # where a ceasefire was signed is not where it holds
    pytest.param("Sudan's army and the RSF signed a ceasefire in Jeddah.", "RETREAT", None, id="signed-venue"),
    # a group backed by a country is not that country
    pytest.param("Iran-backed rebels attacked Saudi Arabia.", None, None, id="x-backed"),
    # a warning of what others may do, or of what may be, is advice
    pytest.param("Britain warned Ghana that it could face attacks from jihadist groups.", "THREATEN", None,
                 id="warned-of-others"),
    pytest.param("The EU warned Britain that the plan could be illegal.", None, None, id="warned-may-be"),
    # an act done to a pronoun is done to whom it stands for, not to the matter
    pytest.param("Scholz hosts Lula in Berlin, presses him on Venezuela", "DEMAND", "Venezuela", id="pressed-him-on"),
    # the people handed over are not the recipient
    pytest.param("Italy handed three suspected Red Brigades members over to France.", "AID", None,
                 id="suspects-no-aid"),
    pytest.param("Diplomats wonder if Ethiopia will attack Eritrea.", "THREATEN", None, id="wonder-if-no-threat"),
    pytest.param("Whether India will retaliate against Pakistan for the raid remains unclear.", "THREATEN", None,
                 id="whether-no-threat"),
    # what is moved is no armed force
    pytest.param("The company moved its headquarters to Kenya.", None, None, id="moved-headquarters"),
    # fighting somewhere is not fighting that place
    pytest.param("Russian soldiers are fighting in Syria.", None, "Syria", id="fighting-in"),
    pytest.param("Turkish soldiers continued fighting in Libya.", None, "Libya", id="fighting-continued-in"),
    # where a body is based is not whose it is
    pytest.param("The bombers attacked a London-based charity.", None, "United Kingdom", id="x-based"),
    # condolences or revenge "for" no actor promise nothing to anyone
    pytest.param("The rebels vowed revenge for the killing of their leader.", None, None, id="vowed-revenge"),
    # an agreement to do something is not made with what the act is done to
    pytest.param("Toyota signed an agreement to build a plant in Kentucky.", "AGREE", None, id="agreement-to-do"),
    # what an act would do is no promise of its author's; a title before a name is no second party
    pytest.param("A Chilean gas cutoff would push Peru into recession, economists said.", "THREATEN", None,
                 id="cutoff-would-push"),
    pytest.param("Chad's army chief Mahamat Idriss Deby ruled out any negotiations with the rebel group.", None, None,
                 id="title-subject"),
    pytest.param("The president bowed to the crowd.", "CONCEDE", None, id="bowed-to-crowd"),
    # "it" after a thing the subject acts on is that thing, even with a name after the thing
    pytest.param("Fonterra sued a rival Chilean dairy firm in a Santiago court, accusing it of copying its labels.",
                 "DISAPPROVE", None, id="sued-firm-accusing-it"),
    # an order to a state to stop an act demands it, and restricts nothing
    pytest.param("The court ordered Chile to halt its offensive in Tacna.", "COERCE", None, id="ordered-state-halt"),
    # a guess at what a state would do is no threat of its own
    pytest.param("Lima would likely strike Chilean bases, analysts said.", "THREATEN", None,
                 id="would-likely-no-threat"),
    # an attitude shown by no actor is no act
    pytest.param("The documentary showed the anger of Peruvian workers.", None, None, id="showed-anger-of"),
    # anyone but armed forces who leaves a country travels
    pytest.param("The Chilean minister left Bolivia on Friday.", None, None, id="minister-left"),
    # a participle after "X said," is not the clause subject's
    pytest.param("Peruvian jets downed a Chilean drone over Tacna, Santiago said, accusing Lima of a provocation.",
                 "DISAPPROVE", "Chile", id="speaker-between-not-subject"),
    # a noun summing up a clause is not what the clause's verb strikes
    pytest.param("Chile annexed Tacna in 1880, a move condemned by Peru.", "DISAPPROVE", "Tacna",
                 id="summary-not-struck"),
    # a country's name is written with capitals
    pytest.param("Peruvian troops withdrew from the west bank of the river, Lima said.", None, "Palestine",
                 id="lower-case-west-bank"),
    # wars of trade, law and words are no force
    pytest.param("A trade war between Chile and Peru escalated last year.", None, None, id="trade-war"),
    pytest.param("Bolivia's legal battle with Chile ended at The Hague.", None, None, id="legal-battle"),
    # the victims of an army are not where aid goes
    pytest.param("Chile sent aid to victims of the Peruvian army.", None, None, id="victims-of-army"),
    # a named ship sent is no recipient
    pytest.param("Britain dispatched the patrol ship HMS Lancaster to Belize.", None, "HMS Lancaster",
                 id="named-ship-sent"),
    # a response alone is no criticism, and an ask welcomed was not made of the welcomer
    pytest.param("Chile's offer drew a response from Peru.", None, None, id="response-alone"),
    pytest.param("Chile welcomed Peru's demand for talks.", "DEMAND", None, id="demand-welcomed"),
    # an ask answered is told as the answer, as PLOVER codes it, not as a second event
    pytest.param("Bolivia rejected Chile's appeal.", "DEMAND", None, id="appeal-rejected-one-event"),
    # a refusal despite an ask is the rejection only
    pytest.param("Uruguay refused to extradite the banker despite repeated requests from Argentina.", "DEMAND",
                 None, id="refused-despite-one-event"),
    # politicians who attack each other in words fight no battle
    pytest.param("Peruvian President Alan Garcia and Hugo Chavez clashed at the summit in Lima.", "FIGHT", None,
                 id="persons-clash-no-fight"),
    # an act done despite an ask rejects no one
    pytest.param("Uruguay extradited the banker despite protests from Argentina.", "REJECT", None,
                 id="done-despite-no-reject"),
    # working alone is no cooperation, and a sum together is no joint act
    pytest.param("The Chilean and Peruvian plants will work on Saturday.", None, None, id="work-alone"),
    pytest.param("Chile and Peru together account for 40 percent of copper output.", None, None,
                 id="together-a-sum"),
    # what one owns jointly is done to no one
    pytest.param("Chile and Peru's state firms jointly own the mine.", None, None, id="jointly-owned"),
    # a game's draw is no battle
    pytest.param("Peru and Chile fought out a goalless draw in Lima.", None, None, id="fought-out-draw"),
    # others' word for what an actor will do is no threat of its own, nor is what it denies it will do
    pytest.param("Analysts said Venezuela would retaliate against Guyana.", "THREATEN", None,
                 id="analysts-said-would-retaliate"),
    pytest.param("Venezuela denied that it would retaliate against Guyana.", "THREATEN", None,
                 id="denied-would-retaliate"),
    pytest.param("The Chilean central bank said it would intervene in the currency market.", None, None,
                 id="bank-intervenes"),
    # what an invasion did is no target of it
    pytest.param("The Peruvian invasion that split Ecuador ended in 1941.", None, "Ecuador",
                 id="invasion-that-divided"),
    # an attack not claimed is no one's; storming into a final is sport
    pytest.param("Shining Path did not claim the bombing in Lima.", "ASSAULT", None, id="bombing-not-claimed"),
    pytest.param("Argentina stormed into the final with a win over Chile.", None, None, id="stormed-into-final"),
    # what may happen, with no condition on the warned, is advice
    pytest.param("Brazil warned Paraguay that its exporters could lose market share.", "THREATEN", None,
                 id="warned-advice"),
    # a state's boycott of another's goods is a sanction, no protest (a crowd's is a protest: PLOVER's mode boycott)
    pytest.param("Bolivia boycotted Chilean goods.", "PROTEST", None, id="boycotted-goods"),
    # the noun a participle qualifies is its object for acts of violence only
    pytest.param("Bolivia hopes Chile will lift sanctions imposed on La Paz by Peru.", "COERCE", None,
                 id="sanctions-imposed-by"),
    # what is blamed on an actor and is no act is none of its doing
    pytest.param("Chile blamed the power cuts on the Bolivian drought.", "ASSAULT", None, id="blamed-no-act"),
    # exiles protest against no one where they live
    pytest.param("Tibetan exiles staged a protest in Kathmandu.", "PROTEST", None, id="exiles-staged-a-protest"),
    pytest.param("Bolivia agreed to Chile's request on Tuesday.", "CONCEDE", None, id="request-no-concession"),
    pytest.param("Peruvian police detained nine farmers, and Bolivian troops fired on a crowd in Oruro.", "COERCE",
                 "Bolivia", id="two-subjects-share-no-place"),
    # what a show of force follows that is no act of force or threat is nothing it answers
    pytest.param("Chile put its navy on alert after talks with Peru.", "MOBILIZE", None, id="alert-after-talks"),
    # lower-case words the recognizer took for a place's name are no place where names are written with capitals
    pytest.param("Iran moved missile batteries to its southern coast.", None, "southern coast", id="lower-case-place"),
    pytest.param("North Korea moved mobile missile launchers to its east coast, a South Korean official said.", None,
                 "east coast", id="lower-case-place-proper-noun"),
    # a firm's name a country's pattern matches is the firm: no state accuses ("Lockheed Martin" is no Saint Martin)
    pytest.param("Lockheed Martin accused Boeing of industrial espionage.", None, None, id="firm-no-country"),
    # what one accused by a pronoun is said to have done is his, not the accuser's
    pytest.param("Chile imposed sanctions on Peru's defence minister, accusing him of financing Hezbollah.", "AID",
                 None, id="accused-pronoun-does-it"),
    # a sentence passed "to death" kills no one; walking out of talks is no strike
    pytest.param("A court in Lima sentenced the guerrilla leader to death.", "ASSAULT", None, id="sentenced-to-death"),
    pytest.param("The opposition walked out of the talks in Lima.", "PROTEST", None, id="walked-out-of-talks"),
    # a protest whose purpose names whom it is against is not against the place it is in
    pytest.param("Thousands of Peruvians marched in Lima to protest against Chile's new border law.", "PROTEST", "Peru",
                 id="march-aimed-elsewhere"),
    # a device planted is its author's weapon, not what the author does it to
    pytest.param("A car bomb planted by Shining Path exploded outside a police station in Lima.", "ASSAULT",
                 "Shining Path", id="device-planted-no-target"),
    # a crowd's protest at home: not a complaint voiced, not a sense of the dictionary, not people held abroad, not
    # people of no country
    pytest.param("Paraguayan firms protested that the new tax was unfair.", "PROTEST", None, id="protested-that"),
    pytest.param("A majority of Paraguayans oppose the treaty.", "PROTEST", None, id="oppose-no-protest"),
    pytest.param("Paraguayan prisoners in Bolivian jails began a hunger strike on Monday.", "PROTEST", "Paraguay",
                 id="hunger-strike-abroad"),
    pytest.param("European farmers marched on Monday.", "PROTEST", None, id="march-of-no-country"),
    # a strike workers launch is a walkout, not an armed strike; intelligence given is no aid
    pytest.param("Bolivian miners launched a strike in La Paz on Monday.", "ASSAULT", None,
                 id="miners-strike-no-attack"),
    pytest.param("Colombia provided Ecuador with intelligence on the rebels.", "AID", None, id="intelligence-no-aid"),
    # what knowledge shared is about is no party to the promise to share it
    pytest.param("Chile and Peru agreed to share intelligence on the Shining Path.", "AGREE", "Shining Path",
                 id="intelligence-on-no-party"),
    # officials who visit are no forces on the move; revenge vowed for no one named threatens no one
    pytest.param("Peru put its army on alert after Chilean officials visited Arica.", "MOBILIZE", None,
                 id="alert-after-visit"),
    pytest.param("The Shining Path vowed revenge for the death of its leader.", "THREATEN", None,
                 id="revenge-on-no-one"),
    # pulling a country out of a pact meets no one
    pytest.param("Evo Morales pulled Bolivia out of the Andean trade pact.", "CONSULT", None, id="pulled-out-of"),
    # what knowledge is about is no target of what its words say: a missile programme is not struck
    pytest.param("Peru and Chile exchanged intelligence on Bolivia's missile programme.", "FIGHT", None,
                 id="intelligence-on-missiles"),
    # a measure of sanctions imposed is no act of force besides the sanctions
    pytest.param("Canada imposed a fresh raft of sanctions on Iran.", "COERCE", None, id="imposed-a-raft"),
    # people mobilized for a campaign are no forces moved
    pytest.param("Kenya mobilized pressure groups in Europe to campaign against Ethiopia.", "MOBILIZE", None,
                 id="mobilized-no-forces"),
    # people away from home protest against no one where they are
    pytest.param("Protests by Tibetan exiles in Kathmandu continued on Monday.", "PROTEST", None,
                 id="protests-by-exiles"),
    # people held somewhere no state owns protest against no one named
    pytest.param("Hundreds of Kurdish inmates in crowded cells began a hunger strike on Monday.", "PROTEST", None,
                 id="inmates-in-cells"),
    # a titled man sent to a court is no visitor
    pytest.param("Pakistan transferred the Haqqani commander to US custody.", "CONSULT", None, id="custody-no-visit"),
    # forces ordered somewhere are asked nothing
    pytest.param("Russia ordered tanks to the Estonian border.", "DEMAND", None, id="ordered-tanks-no-demand"),
    # where talks agreed on are held is no party to the agreement
    pytest.param("Colombia and the ELN agreed to resume talks in Havana.", "AGREE", "Cuba", id="talks-in-a-venue"),
    # an ill fought is no foe, nor are those who help fight it
    pytest.param("Canada pledged 100 million euros to help fight Ebola in Guinea.", None, "Ebola",
                 id="help-fight-ebola"),
    pytest.param("Sierra Leone is fighting Ebola with help from Cuba.", "FIGHT", None, id="fighting-ebola-with-help"),
    # a military surrender is no concession, and where it happens is no one it is made to
    pytest.param("More than 300 ELN fighters surrendered to Colombian troops in Arauca last week.", "CONCEDE", None,
                 id="surrender-no-concession"),
    # a kidnapping is no state's, wherever it happens; an insistence on what is, no demand
    pytest.param("Two aid workers were kidnapped in Mali last month.", None, None, id="kidnapped-in-no-state"),
    # forces that train somewhere are trained by no one there; hospitals on alert are no show of force
    pytest.param("Ukrainian pilots trained in Denmark last year.", "AID", None, id="trained-in-a-place"),
    pytest.param("Hospitals in Lagos were put on alert after the outbreak.", "MOBILIZE", None, id="hospitals-on-alert"),
    # weapons a state hands over are aid, no disarmament; those killed beside a victim are no allies
    pytest.param("The US handed over rifles to Ukraine.", "RETREAT", None, id="state-handed-over-rifles"),
    pytest.param("Gunmen killed the mayor alongside his Colombian bodyguards.", "COOPERATE", None,
                 id="killed-alongside"),
    # where allies fight together is no enemy; a question raised is no inquiry
    pytest.param("French troops fought alongside Malian soldiers in northern Mali.", "FIGHT", None,
                 id="fought-alongside-in-a-place"),
    pytest.param("The US questioned whether Iran was serious.", "INVESTIGATE", None, id="questioned-whether"),
    # names taken off a list are no actor; a minister who flies somewhere carries nothing
    pytest.param("The UN removed the names from the list.", "CONCEDE", None, id="names-off-a-list"),
    pytest.param("The exchange added Chicago and London to its list of rivals.", "SANCTION", None,
                 id="a-list-of-no-designated"),
    pytest.param("The minister flew to Haiti on Monday.", "AID", None, id="flew-to"),
    # leaders or students who gather are no protest
    pytest.param("Leaders gathered in Brussels for the summit.", "PROTEST", None, id="leaders-gathered"),
    # troops who raid a camp fight, no arrests
    pytest.param("Israeli troops raided the Jenin refugee camp.", "COERCE", None, id="troops-raided"),
    # lists of prisoners exchanged free no one
    pytest.param("India and Pakistan exchanged lists of prisoners held in their jails.", "RETREAT", None,
                 id="exchanged-lists-of-prisoners"),
    # police who block roads do not protest
    pytest.param("Egyptian police blocked roads in Cairo.", "PROTEST", None, id="police-blocked-roads"),
    # control of a firm taken is business
    pytest.param("Vodafone took control of Mannesmann.", None, None, id="took-control-of-a-firm"),
    pytest.param("Seoul insisted that Tokyo was to blame.", "DEMAND", None, id="insisted-that-is"),
    # a state's boycott stays a sanction
    pytest.param("Washington boycotted the Moscow Olympics.", "PROTEST", None, id="state-boycott"),
    # an alert after what a state did not do answers nothing it did
    pytest.param("Chile put its navy on alert after Argentina did not recall its survey ship.", "MOBILIZE", None,
                 id="alert-after-a-state-did-not"),
    # what a seized ship carries is no one struck; a convoy carrying civilians is no fight
    pytest.param("Iran seized a tanker carrying Iraqi oil.", "COERCE", "Iraq", id="seized-tanker-carrying-oil"),
    pytest.param("Taliban fighters ambushed a convoy carrying Turkish engineers near Herat.", "FIGHT", None,
                 id="convoy-carrying-civilians-no-fight"),
    pytest.param("Iran held war games near the border with Azerbaijan.", "COOPERATE", None,
                 id="war-games-near-a-border-no-cooperation"),
    # who speaks at a rally, or fires tear gas at a demonstration, does not protest
    pytest.param("The Zambian president spoke at a rally in Lusaka.", "PROTEST", None, id="spoke-at-a-rally"),
    pytest.param("Zambian police fired tear gas at demonstrations in Lusaka.", "PROTEST", None,
                 id="police-at-demonstrations"),
    # the doers of crimes committed are no one the crimes are done to, nor parties to each other's commitment
    pytest.param("Abuses committed by Chilean and Peruvian soldiers were reported.", "AGREE", None,
                 id="crimes-committed-by-coordinated-agents"),
    # a carrier strike group sent somewhere is no aid to the place
    pytest.param("The Pentagon dispatched a carrier strike group to the Middle East.", "AID", None,
                 id="strike-group-no-aid"),
    # what an apology is for is no one it is made to
    pytest.param("Belgium apologised to Rwanda for the killing of Tutsi civilians.", "SUPPORT", "Tutsi",
                 id="apologised-to-for"),
    # a protest against a hostile act is not against whom the act befell: against its doer, or the government at
    # home; and not against the government at home when the act befell another state
    pytest.param("Thousands of Turks protested against the arrest of Ekrem Imamoglu.", "PROTEST", "Ekrem Imamoglu",
                 id="protest-against-an-arrest-of"),
    pytest.param("Thousands of Poles protested in Warsaw against the invasion of Ukraine.", "PROTEST", None,
                 id="protest-against-an-invasion-of-another-state"),
    # a show of force answers no withdrawal, whoever withdraws
    pytest.param("Bulgaria put its army on alert after Turkish troops pulled back from the border.", "MOBILIZE",
                 "Turkey", id="alert-after-a-withdrawal"),
    # where those harmed come from is not where they were struck
    pytest.param("Gunmen killed two Kenyan soldiers returning from Somalia.", "ASSAULT", None,
                 id="returning-from-is-no-place-of-the-attack"),
    # striking workers given in to are not struck
    pytest.param("Tehran caved in to striking truckers after a week-long stoppage.", "ASSAULT", None,
                 id="caved-in-to-striking-truckers"),
    # coordinated subjects are plural: their present is no subjunctive
    pytest.param("A Chilean general said on Tuesday that Peruvian armour and fast evacuations appear to save lives.",
                 "DEMAND", None, id="coordinated-subjects-present"),
    # funds dispersed are no crowd; troops ordered somewhere are no bidding of that place; police who arrest people
    # on a march do not march
    pytest.param("The fund dispersed grants to Senegalese farmers.", "COERCE", None, id="grants-dispersed"),
    # troops ordered somewhere are bidden what to do there, which they do not do as a protest
    pytest.param("The president ordered Chilean troops to march into the streets of Santiago to restore order.",
                 "PROTEST", None, id="troops-ordered-to-march"),
    # custody someone is in is no custody taken of the place it is in
    pytest.param("The prisoner died in French custody in Mali.", "COERCE", None, id="died-in-custody-in"),
    # a past form after a possessive name is the adjective it looks like
    pytest.param("Peru's jailed leader says he is innocent.", "COERCE", None, id="jailed-leader-says"),
    # a show of force answers no words of peace
    pytest.param("Peru agreed to send 5,000 soldiers to its northern border after Chile agreed to pause tariffs.",
                 None, "Chile", id="troops-sent-after-an-agreement"),
    # an office no one is named to hold is nobody's when a state, not a people, speaks to it
    pytest.param("Bolivia urged the president to resign.", "DEMAND", None, id="a-state-urges-an-unnamed-president"),
    # nor is a ship's name with a title's word in it an office
    pytest.param("The Houthis freed the crew members of the Star Leader.", "RETREAT", None, id="a-ship-named-leader"),
    pytest.param("The Pentagon ordered 700 troops to Los Angeles to guard federal buildings.", "DEMAND", None,
                 id="troops-ordered-to-a-city"),
    # forces sent somewhere to do something are bidden to do it, not yet doing it
    pytest.param("The Kremlin ordered 3,000 troops to the border to attack Finnish positions.", "ASSAULT", None,
                 id="troops-ordered-to-attack"),
    # forces ordered to do something, sent nowhere, are bidden, not deployed
    pytest.param("Kenya's president ordered the army's special unit to investigate the killings.", "MOBILIZE", None,
                 id="unit-ordered-to-investigate"),
    # "them" after a clause with things of its own may be the things
    pytest.param("Bolivian miners blocked roads near Oruro until soldiers cleared them.", "COERCE", None,
                 id="cleared-them-roads-or-miners"),
    # "into how" something happened looks into the happening, not into whoever the clause names
    pytest.param("Mexico launched a probe into how Guatemalan smugglers moved migrants across its territory.",
                 "INVESTIGATE", "Guatemala", id="probe-into-how"),
    # an attack one party blames on another is its accusation, not the attack's doer told
    pytest.param("Five Turkish soldiers died in an attack which Ankara blamed on the PKK.", "ASSAULT", None,
                 id="an-attack-a-party-blames-on-another"),
    # a bomb acted on does nothing itself
    pytest.param("Police defused a bomb near the US embassy in Nairobi.", "ASSAULT", None, id="a-bomb-defused"),
    # letting in what no sense of access takes is no access granted, nor is a price let rise
    pytest.param("Chile allowed Argentine beef into its market.", "RETREAT", None, id="goods-let-in"),
    pytest.param("Turkey allowed the lira to fall against the dollar.", None, None, id="a-price-let-fall"),
    # a committee in news is mostly a bank's or an industry's: no body of the town it meets in
    pytest.param("Chilean officials held talks with the banks' advisory committee in New York.", "CONSULT",
                 "United States", id="a-committee-in-a-city"),
    # force done with words is a figure of speech
    pytest.param("Chinese diplomats bombarded their Indian counterparts with complaints.", "FIGHT", None,
                 id="bombarded-with-complaints"),
    pytest.param("Kenyan lawmakers pelted the interior minister with questions.", "ASSAULT", None,
                 id="pelted-with-questions"),
    # a thing allowed that no sense of the verb takes is no concession, whatever the dictionary's default says
    pytest.param("Chile changed the law to allow Islamic banking.", "CONCEDE", None, id="a-practice-allowed"),
    # a state's protest is no demonstration
    pytest.param("Uruguay protested Argentina's new tariff on Monday.", "PROTEST", None, id="a-state-protests"),
    # a crowd whose protest names whom it is against protests at home no more
    pytest.param("Hundreds of Malian workers began a hunger strike on Monday to protest against Spain's decision to "
                 "deport them.", "PROTEST", "Mali", id="a-strike-against-another-state"),
    # what a protest is held to denounce is its aim, no criticism of its own
    pytest.param("Hundreds of Georgians rallied outside parliament in Tbilisi to denounce Moscow's meddling.",
                 "DISAPPROVE", None, id="rallied-to-denounce"),
    # a business wages war or attacks only as a figure of speech
    pytest.param("Samsung declared war on Chinese smartphone makers in India.", "FIGHT", None, id="a-firm-at-war"),
    pytest.param("Toyota launched an assault on Chinese rivals in Thailand.", "ASSAULT", None, id="a-firm-assaults"),
    # joint patrols on a shared border are cooperation, and an accused act there is only alleged
    pytest.param("Kenya and Ethiopia agreed to deploy joint police patrols along their shared border.", "MOBILIZE",
                 None, id="joint-patrols-on-their-border"),
    pytest.param("Sudan and Chad accused each other of violating the truce along their shared border.", "FIGHT",
                 None, id="accused-of-violating-on-their-border"),
    pytest.param("Morocco recalled its envoy to Paris in protest at France's new visa policy.", "PROTEST", None,
                 id="a-state-in-protest"),
    # what a warner says it will be forced to do is no deed done to it
    pytest.param("China's defence ministry warned that Beijing would be forced to respond if Manila deployed the "
                 "missiles.", "COERCE", None, id="warned-would-be-forced-to"),
    # forces leaving their own state for a mission abroad withdraw from no one
    pytest.param("An elite contingent of 200 Rwandan soldiers left Rwanda on Monday for the Central African Republic.",
                 "RETREAT", "Rwanda", id="left-home-for-a-mission"),
    # what a thing is done to is no doer of it: the criticism it draws is of no one named
    pytest.param("The damming of the upper Mekong has drawn criticism from environmentalists in Thailand.",
                 "DISAPPROVE", None, id="criticism-of-a-damming"),
    # calling a decision something asks nothing of whose it is
    pytest.param("Peru called Chile's decision to open talks a positive step.", "DEMAND", None,
                 id="called-a-decision-a-step"),
    # forces sent near a state are sent to no one
    pytest.param("Turkey sent frigates near Cyprus on Tuesday.", "AID", None, id="frigates-no-aid"),
    # police sent to a state are given to it, no deployment against it
    pytest.param("Kenya sent 1,000 police officers to Haiti.", "MOBILIZE", None, id="police-sent-to-a-state"),
    # a son of a state's official is not the official, nor is a parliament dissolved a body banned
    pytest.param("Tanzanian police arrested a son of the Kenyan ambassador.", "COERCE", "Tanzania",
                 id="envoys-son-not-at-home"),
    pytest.param("The prime minister dissolved parliament and called early elections.", "COERCE", None,
                 id="dissolved-parliament"),
    # those whose treatment or plight is deplored are not whom it blames
    pytest.param("Norway criticised the treatment of Norwegian aid workers detained in Sudan.", "DISAPPROVE",
                 "Norway", id="treatment-of"),
    pytest.param("Ecuador condemned the plight of Venezuelan migrants stranded at the border.", "DISAPPROVE",
                 "Venezuela", id="plight-of"),
    # an embassy's owner is not where it is: people dispersed outside it are not its state's
    pytest.param("Police in Lima dispersed students rallying outside the Chilean embassy.", "COERCE", "Chile",
                 id="dispersed-outside-an-embassy-not-its-people"),
    # cooperation made stronger is no border reinforced
    pytest.param("The two ministries strengthened their cooperation on border security.", "MOBILIZE", None,
                 id="strengthened-cooperation-on-borders"),
    # a court's hearing on an appeal looks into no one; nor is the place of a conduct looked into
    # where people were kidnapped is no captor of theirs, nor is water released anyone set free
    pytest.param("Spanish unions appealed for the release of a Spanish engineer kidnapped in Nigeria.", "DEMAND",
                 "Nigeria", id="kidnapped-in-no-captor"),
    # a report released frees no one; a release asked of a captor is not asked of the freed's own state
    pytest.param("Chile welcomed the release of the UN report on Bolivia.", "RETREAT", None, id="release-of-a-report"),
    pytest.param("Canada demanded the release of two Canadian engineers held in Mali.", "DEMAND", "Canada",
                 id="release-asked-not-of-own-state"),
    # a joint patrol agreed threatens no one, least of all either side
    pytest.param("Guatemala and Honduras agreed to jointly patrol their border.", "THREATEN", None,
                 id="agreed-to-jointly-patrol"),
    pytest.param("Guatemala and Honduras agreed to jointly patrol their border.", "MOBILIZE", None,
                 id="agreed-to-jointly-patrol-no-show-of-force"),
    # what others say a state would do is no threat of its own; defenders brushed aside in a game are no rejection
    pytest.param("Analysts said Iran would respond to any Israeli attack.", "THREATEN", None,
                 id="analysts-said-would-respond"),
    pytest.param("The striker brushed aside two defenders to score.", "REJECT", None, id="brushed-aside-defenders"),
    # the units an attack is by are of the state the "of" names, not of those who drive it back
    pytest.param("Armenian troops repelled an attack by two battalions of Azerbaijani special forces near the border.",
                 "FIGHT", "Armenia", id="units-of-another-state"),
    # restraint urged where no place is named asks no one
    pytest.param("The EU urged restraint after the vote.", "DEMAND", None, id="urged-restraint-nowhere"),
    # a crowd gathered to mourn protests against no one
    pytest.param("Hundreds gathered in Quito to mourn the victims of the landslide.", "PROTEST", None,
                 id="gathered-to-mourn"),
    # competition fought off is no fighting
    pytest.param("Chilean winemakers fought off fierce competition from Argentina.", "FIGHT", None,
                 id="fought-off-competition"),
    # a pronoun for the army's own state is no state it warns
    pytest.param("Ghana's army warned separatists in the north that it would crush any attempt to secede.", "THREATEN",
                 "Ghana", id="warned-that-it-would"),
    # a person's allies defending her are no part of a state acting on itself
    pytest.param("Senator Maria Lopez said her allies defended her against the charges.", "SUPPORT", None,
                 id="her-allies-defended-her"),
    # "the country's" stands for no state where two are named before it
    pytest.param("Ethiopian and Eritrean troops clashed with the country's rebels.", "FIGHT", None,
                 id="the-country-of-two"),
    # a suspect extradited to a state is sent to be tried there, not home
    pytest.param("Sweden extradited two suspects to Turkey.", "COERCE", "Turkey", id="extradited-not-sent-home"),
    pytest.param("A Lima court held a hearing on the former president's appeal.", "INVESTIGATE", None,
                 id="hearing-on-an-appeal"),
    pytest.param("Canada launched an inquiry into the conduct of Canadian soldiers in Somalia.", "INVESTIGATE",
                 "Somalia", id="conduct-not-its-place"),
    # a verb in the third person with a subject of its own stays a verb: no exercise held
    pytest.param("The state company drills wells near its border with Mexico.", "MOBILIZE", None,
                 id="drills-a-verb-with-its-subject"),
    # an acquittal convicts no one; those a government expels, named by their noun, may be anyone's
    pytest.param("The jury found the Chilean defendant not guilty.", "SANCTION", None, id="found-not-guilty"),
    pytest.param("Ugandan authorities expelled 30 aid workers.", None, None, id="expelled-people-by-their-noun"),
    # an act someone is warned against is neither done nor the warner's
    pytest.param("Algeria warned Morocco against attacking the Polisario.", "ASSAULT", None,
                 id="warned-against-attacking"),
    pytest.param("Russia cautioned Armenia against hosting US troops.", "CONSULT", None,
                 id="cautioned-against-hosting"),
    # a bond's kind is no thing acted on: ties deepened are no forces increased
    pytest.param("Armenia and France pledged to deepen military ties.", "MOBILIZE", None, id="deepen-military-ties"),
    # those it strikes who are no state's forces may be foreigners: no state for the group
    pytest.param("Rebels killed two Chinese engineers.", None, None, id="rebels-killed-foreigners"),
    # forces sent to help quell unrest are a show of force, no aid
    pytest.param("Guatemala deployed troops to help quell riots in the capital.", "AID", None, id="help-quell-riots"),
    # an armed group an army faces may be abroad: no state for it from the army
    pytest.param("US troops clashed with insurgents.", "FIGHT", "United States", id="army-faces-insurgents"),
    # "the group" after two bodies is neither
    pytest.param("Hamas and Islamic Jihad said the group would fire rockets at Israel.", None, "Israel",
                 id="the-group-of-two"),
    # "the group" after a people's adjective and a person is neither: no body named
    pytest.param("The Islamist militant group of Abu Bakar Bashir said the group would attack Australian targets.",
                 "ASSAULT", "Australia", id="the-group-of-a-person"),
    # police a rights group speaks of are no state's by the speaker
    pytest.param("Amnesty International said police had shot dead 12 protesters.", "ASSAULT", None,
                 id="rights-group-said-police"),
    # words said together are no cooperation
    pytest.param("Canada and Australia jointly condemned the crackdown on protesters.", "COOPERATE", None,
                 id="jointly-condemned"),
    # an invasion after which two act befell a third: no clash of the two
    pytest.param("Russia and Belarus held drills following the invasion of Ukraine.", "FIGHT", None,
                 id="following-an-invasion"),
    # ... and no attack by whoever imposed it
    pytest.param("Fresh British sanctions target Russian oligarchs.", "ASSAULT", None, id="sanctions-target-no-attack"),
    # police that jail people for days pass no sentence
    pytest.param("Police in Tashkent jailed two bloggers for five days.", "SANCTION", None,
                 id="police-jailed-for-days"),
    # a gerund coded as an act of its own is no object of the verb it follows ("begin * &WEAPON", 194)
    pytest.param("Armenia and Azerbaijan began pulling back troops and heavy weapons from their shared border.",
                 "FIGHT", None, id="began-pulling-back-weapons"),
    # a message vetoed, still a draft, or a resolution not adopted condemns no one
    pytest.param("Poland vetoed a European Union statement criticising Belarus.", "DISAPPROVE", None,
                 id="vetoed-statement"),
    pytest.param("China blocked a draft Security Council statement condemning Myanmar.", "DISAPPROVE", None,
                 id="draft-statement"),
    pytest.param("Russia rejected a Security Council resolution condemning Syria.", "DISAPPROVE", None,
                 id="resolution-rejected"),
    # an organization's name the parser made a second subject beside its noun is no second party
    pytest.param("Indonesia's anti-graft agency KPK named a former fisheries minister as a suspect.", "COOPERATE", None,
                 id="agency-and-its-name-as-two-subjects"),
    # weight given to a claim is no support
    pytest.param("Diplomats gave little weight to Ethiopia's threats.", "SUPPORT", None, id="gave-weight-to"),
    # activity that is no forces' answers nothing
    pytest.param("Kenya deployed police in Mombasa amid heightened Ugandan trade activity.", "MOBILIZE", "Uganda",
                 id="amid-trade-activity"),
    # what a verb of naming calls a "what" is said of it, no act the namer does ("call" is no light verb here)
    pytest.param("Hanoi denounced what it called dangerous manoeuvres by Chinese coast guard vessels near the Paracel "
                 "Islands.", "MOBILIZE", None, id="what-it-called-manoeuvres"),
    # states that each agree to help a body agree with it, not with each other
    pytest.param("Norway, Egypt and Mexico agreed to help OPEC by restraining production.", "AGREE", "Mexico",
                 id="agreed-to-help-a-body"),
    # a ceasefire breached is no place breached
    pytest.param("Armenia accused Azerbaijan of breaching the ceasefire.", "ASSAULT", None,
                 id="breached-the-ceasefire"),
    # offices searched are no office sought (the dictionary's SEEK "* OFFICE", 035, of SEARCH's block)
    pytest.param("Kenyan tax officials searched the offices of a Chinese firm.", "AGREE", None,
                 id="searched-the-offices"),
    # exiles abroad who storm a place protest against no one there
    pytest.param("Eritrean exiles stormed a community centre in Toronto.", "PROTEST", None,
                 id="exiles-stormed-a-place"),
    # people driven out by what is no armed force are fought by no one
    pytest.param("Rising rents drove Kenyan families out of Nairobi.", "FIGHT", None, id="rents-drove-families-out"),
    # a deal blocked by regulators is no proposal rejected
    pytest.param("Brazilian regulators blocked the takeover of a Chilean airline.", "REJECT", None,
                 id="regulators-blocked-a-takeover"),
    # refugees taken back take no refuge (the dictionary's &ASYLUM "refuge" matches only whole): no asylum
    # given back to the state that takes them
    pytest.param("Pakistan agreed to take back Afghan refugees from Iran.", "AID", "Pakistan",
                 id="took-back-refugees"),
    # walking out of a meeting is no strike
    pytest.param("Ghanaian teachers walked out of the meeting with the education minister.", "PROTEST", None,
                 id="walked-out-of-a-meeting"),
    # a convoy that comes under fire is shot at, not criticized
    pytest.param("A UN convoy came under fire from M23 rebels near Goma.", "DISAPPROVE", None,
                 id="convoy-came-under-fire"),
    # an extradition sought is asked for, not done
    pytest.param("Nepal sought India's extradition of former minister Bal Krishna Khand.", "COOPERATE", None,
                 id="sought-an-extradition"),
    # whom another's war is against is no one promised help: Chad promises Niger, not Boko Haram
    pytest.param("Chad vowed to help Niger in its war against Boko Haram.", "AGREE", "Boko Haram",
                 id="help-in-its-war-against"),
    pytest.param("Burundi promised to back the Congolese army in its fight against M23 rebels.", "AGREE", "M23",
                 id="back-in-its-fight-against"),
    # a state named alone that uses force may find its victims abroad: they are not its own public
    pytest.param("Israel killed 30 civilians.", "ASSAULT", "Israel", id="force-of-a-state-named-alone"),
    # those who accept an offer together agree with its author, not with each other
    pytest.param("Ghana's offer to mediate was accepted by both Togo and Benin.", "AGREE", "Togo",
                 id="accepted-by-both-no-pact"),
    # what a veto stops, told by the veto's noun, was not done
    pytest.param("Slovakia's veto of new EU sanctions on Russia delayed the package.", "SANCTION", "Russia",
                 id="veto-of-sanctions"),
    # forces sent with relief to the parts of a country its "of" names help it, no deployment at home
    pytest.param("Japan sent 300 soldiers and relief supplies to flood-hit areas of Pakistan.", "MOBILIZE", None,
                 id="soldiers-to-areas-of-a-country"),
]  # fmt: skip


def test_a_verb_coordinated_under_a_negation_is_denied_unless_it_has_a_tense_of_its_own():
    denied = coded("Chile did not arrest the activists or expel the Peruvian journalists.")
    assert ("Chile", "COERCE", "Peru", "positive", "actual") not in denied
    told = coded("Chile did not arrest the activists and expelled the Peruvian journalists.")
    assert ("Chile", "COERCE", "Peru", "positive", "actual") in told


def test_rebels_warned_are_whom_a_warning_is_for_not_the_army_in_what_it_says():
    # people have no content: the "that" clause the parser hangs on "rebels" is the warning's, and the army in it
    # is the warner's own, no one warned
    claims = graphkit.extract_claims(
        "Niger's junta warned rebels based in Mali that the army would crush any incursion."
    )
    threats = [c for c in claims if c["event_type"] == "THREATEN"]
    assert [c["object"]["text"] for c in threats] == ["rebels"]


def test_a_term_of_years_misread_as_a_conjunct_is_no_one_sentenced():
    text = "A military court in Sudan sentenced a former Umma Party lawmaker to 20 years in prison."
    claims = [c for c in graphkit.extract_claims(text) if c["event_type"]]
    assert {c["event_type"] for c in claims} == {"COERCE", "SANCTION"}
    assert {c["object"]["text"] for c in claims} == {"Umma Party"}


def test_an_act_forces_are_scrambled_for_is_intended_not_done():
    claims = graphkit.extract_claims("Japan scrambled fighter jets to intercept Russian bombers.")
    found = {(c["event_type"], c["modality"]) for c in claims if c["event_type"]}
    assert ("MOBILIZE", "actual") in found
    assert ("COERCE", "intended") in found
    assert ("COERCE", "actual") not in found


def test_a_level_of_government_named_by_its_noun_is_the_state_s_government():
    text = "Traders in Quetta went on strike in protest at taxes imposed by the provincial government."
    protests = [c for c in graphkit.extract_claims(text) if c["event_type"] == "PROTEST"]
    assert {(c["object"]["text"], c["object"]["country"]) for c in protests} == {("government", "PAK")}


def test_protesters_are_where_they_gather_not_where_what_they_protest_is():
    text = "Protesters gathered outside the Turkish embassy in Athens to denounce Ankara's policy in Cyprus."
    protests = [c for c in graphkit.extract_claims(text) if c["event_type"] == "PROTEST"]
    assert protests
    assert {(c["subject"]["country"], c["object"]["country"]) for c in protests} == {("GRC", "TUR")}


@pytest.mark.parametrize(("text", "event_type", "target"), NOT_CLAIMED)
def test_news_forms_not_claimed(text, event_type, target):
    assert not [f for f in coded(text) if event_type in (None, f[1]) and target in (None, f[2])]


def test_people_and_groups_since_the_dictionaries_are_coded_by_graphkits_own_files():
    text = (
        "Gustavo Petro criticized Ecuador on Monday. The Syrian Democratic Forces attacked Islamic State positions "
        "near Raqqa. The Taliban detained two British journalists in Kabul."
    )
    claims = [c for c in graphkit.extract_claims(Article("t", text, date="2024-05-01")) if c["event_type"]]
    subjects = {c["subject"]["label"]: c["subject"] for c in claims}
    assert subjects["Gustavo Petro"]["country"] == "COL"  # in office from 2022
    forces = subjects["Syrian Democratic Forces"]  # a body of its own, not Syria's state
    assert (forces["type"], forces["country"], forces["sector"]) == ("Organization", "SYR", "REB")
    assert subjects["Taliban"]["sector"] == "GOV"  # in power since 2021-08-15


def test_those_along_with_after_the_verb_are_more_of_its_objects_not_its_doers():
    text = (
        "China imposed sanctions on Peruvian senators Pablo Ruiz and Ana Soto, along with a dozen other former "
        "Fujimori officials."
    )
    claims = coded(text)
    assert ("China", "SANCTION", "Pablo Ruiz", "positive", "actual") in claims
    assert not [c for c in claims if c[0] == "Fujimori"]  # "along with" after the objects adds objects
    assert ("Chile", "SANCTION", "Venezuela", "positive", "actual") in coded(
        "Peru, along with Chile, imposed sanctions on Venezuela."
    )


def test_arms_laid_down_are_given_up_to_no_one_but_whom_a_preposition_names():
    assert not [c for c in coded("UNITA leaders said the fighters will lay down their arms in Huambo on Sunday.")
                if c[1] == "RETREAT"]  # fmt: skip
    assert ("Shining Path", "RETREAT", "Peru", "positive", "actual") in coded(
        "Shining Path guerrillas handed in their weapons to the Peruvian army on Monday."
    )


def test_an_act_another_says_someone_was_behind_is_attributed_to_the_one_who_says_so():
    claims = graphkit.extract_claims(["Peru said Shining Path was behind the car bombing in Lima."])
    attack = next(c for c in claims if c["event_type"] == "ASSAULT")
    assert attack["subject"]["label"] == "Shining Path" and attack["attributed_to"]["text"] == "Peru"


def test_people_police_arrest_on_a_march_march_and_the_police_do_not():
    found = arguments("Police in Harare arrested teachers marching on the finance ministry.")
    assert ("Zimbabwe", "EDU", "PROTEST", "Zimbabwe", "GOV") in found  # the teachers' march
    assert not [f for f in found if f[1] == "COP" and f[2] == "PROTEST"]


def test_one_victim_named_by_his_noun_is_of_the_place_he_is_killed_in():
    found = {(s, t, o) for s, _, t, o, _ in arguments("Gunmen hacked to death a blogger in Dhaka on Sunday.")}
    assert ("Bangladesh", "ASSAULT", "Bangladesh") in found


def test_a_bomb_set_off_by_men_named_by_their_noun_strikes_where_it_goes_off():
    """A verb of setting off a bomb codes with a doer named only by his noun, as the dictionary's verbs do not;
    without a bomb for object it is no attack."""

    def attacks(text: str) -> set[tuple[str, str]]:
        claims = graphkit.extract_claims(text)
        return {(c["subject"]["country"], c["object"]["country"]) for c in claims if c["event_type"] == "ASSAULT"}

    assert attacks("Rebels detonated a roadside bomb near an army post in Kidal, Mali.") == {("MLI", "MLI")}
    assert attacks("Insurgents set off a bomb outside a church in Jos.") == {("NGA", "NGA")}
    assert not arguments("The scandal exploded a myth about Chilean politics.")


def test_a_place_run_by_another_states_people_is_that_states():
    """What police raid is whose it is: a place run by another state's people is that state's."""

    def raids(text: str) -> set[tuple[str, str]]:
        claims = graphkit.extract_claims(text)
        return {(c["subject"]["country"], c["object"]["country"]) for c in claims if c["event_type"] == "COERCE"}

    assert raids("Zambian police raided the headquarters of an opposition party in Lusaka.") == {("ZMB", "ZMB")}
    assert raids("Indonesian police raided a Chinese-run call centre in Batam.") == {("IDN", "CHN")}


def test_a_device_that_went_off_did_the_harm_a_participle_after_it_tells():
    """ "A car bomb exploded ..., killing five officers": the bomb killed them, set off by unidentified forces of
    where it went off; the place of the thing it went off at counts ("outside a police station in Kirkuk"), and
    people killed there are of that place whatever their noun. A participle that tells no harm is no attack."""
    exploded = sectored("A car bomb exploded outside a police station in Kirkuk, killing five officers.")
    assert ("Iraq", "UAF", "ASSAULT", "Iraq", None) in exploded
    went_off = sectored("A landmine went off near a bus in the Colombian city of Cucuta, wounding six soldiers.")
    assert ("Colombia", "UAF", "ASSAULT", "Colombia", "MIL") in went_off
    convoy = sectored("Two bombs exploded near a US convoy in southern Basra, killing nine people.")
    assert ("Iraq", "UAF", "ASSAULT", "Iraq", "CVL") in convoy  # where the convoy was, not whose it was
    near = graphkit.extract_claims(
        "Gunmen abducted ten teachers in a remote area of southern Somalia near the Kenya border."
    )
    assert {c["subject"]["country"] for c in near if c["event_type"]} == {"SOM"}  # not what the area is near
    assert not coded("A bomb exploded near a market in Peshawar, prompting an evacuation of the area.")
    assert not coded("A gas cylinder exploded in a restaurant in Peshawar, killing five diners.")  # no device of war


def test_people_named_by_their_noun_that_an_act_of_force_names_are_struck_where_it_happens():
    """ "opened fire on protesters", "launched a crackdown on students": an event noun's people named only by their
    noun are its target, of the country where it happens; those of a mobilization are mobilized, not struck."""
    fired = sectored("Bolivian police opened fire on striking workers.")
    assert ("Bolivia", "COP", "ASSAULT", "Bolivia", "LAB") in fired
    crackdown = sectored("Cambodian police launched a crackdown on students in Phnom Penh.")
    assert [c for c in crackdown if c[:3] == ("Cambodia", "COP", "COERCE") and c[3] == "Cambodia"]
    mobilized = coded("Armenia ordered a general mobilisation of reservists amid tensions with Azerbaijan.")
    assert ("Armenia", "MOBILIZE", "Azerbaijan", "positive", "actual") in mobilized
    assert not [c for c in mobilized if c[1] == "MOBILIZE" and c[2] == "Armenia"]


def test_people_a_gerund_after_a_preposition_tells_of_are_its_object():
    """The parser makes "protesters" the subject of "marching" in "opened fire on protesters marching through La
    Paz"; they are whom the fire is opened on, and marching is what they were doing."""
    fired = sectored("Bolivian police opened fire on protesters marching through La Paz.")
    assert ("Bolivia", "COP", "ASSAULT", "Bolivia", "CVL") in fired
    # "with" a noun and a gerund tells a circumstance, a clause of its own (a guard)
    denied = coded("Eritrea denied sending troops into Sudan, with its foreign minister calling the reports lies.")
    assert ("Eritrea", "MOBILIZE", "Sudan", "negative", "actual") in denied


def test_armed_forces_that_fire_on_protesters_control_a_crowd_and_fight_no_one():
    """A state's soldiers who shoot protesters, or people protesting as they shoot, assault them (PLOVER's crowd
    control), where against villagers or rebels they use conventional force (FIGHT) as PLOVER's records code it."""
    shot = coded("Guinean soldiers shot dead four protesters in Conakry.")
    assert ("Guinea", "ASSAULT", "Guinea", "positive", "actual") in shot
    assert not [c for c in shot if c[1] == "FIGHT"]
    protesting = coded("Togolese troops opened fire on students protesting in Lome, killing two.")
    assert ("Togo", "ASSAULT", "Togo", "positive", "actual") in protesting
    assert not [c for c in protesting if c[1] == "FIGHT"]
    villagers = coded("Guinean soldiers shot dead four villagers in Conakry.")
    assert ("Guinea", "FIGHT", "Guinea", "positive", "actual") in villagers


def test_police_of_a_city_look_into_a_harm_at_home_and_into_whoever_they_investigate():
    """ "Police in Oslo are investigating an arson attack": a harm that names no doer is looked into at home, the
    city's country, as for "Norwegian police"; those a state's civil power investigates are its own, whatever their
    noun ("officers accused of ...")."""
    arson = sectored("Police in Bergen are investigating an arson attack on a synagogue.")
    assert ("Norway", "COP", "INVESTIGATE", "Norway", "CVL") in arson
    assert {c["object"]["country"] for c in graphkit.extract_claims("Police in Bergen are investigating a fire.")} == {
        "NOR"
    }
    officers = graphkit.extract_claims(
        "Uganda's police watchdog is investigating officers accused of beating students."
    )
    assert [c for c in officers if c["event_type"] == "INVESTIGATE" and c["object"]["country"] == "UGA"]


def test_a_region_of_the_country_an_article_names_is_no_city_of_that_name_abroad():
    """Turkey's Antakya is "Antioquia" in Spanish; in an article that names Colombia, Antioquia is its department."""
    killed = graphkit.extract_claims("Gunmen killed four farmers in Antioquia on Sunday, Colombian police said.")
    assert {(c["subject"]["country"], c["object"]["country"]) for c in killed if c["event_type"]} == {("COL", "COL")}


def test_a_place_a_compass_word_is_told_from_is_where_it_happened():
    """ "30 km north of Baghdad", "east of Port-au-Prince": the "of" of a compass word names a place, where people
    named by their noun acted and were struck."""
    north = sectored("Gunmen shot dead four policemen 40 km south of Kirkuk on Tuesday.")
    assert ("Iraq", "UAF", "ASSAULT", "Iraq", "COP") in north
    abducted = graphkit.extract_claims("Gang members abducted nine Canadian nurses west of Cap-Haitien on Sunday.")
    assert {(c["subject"]["country"], c["object"]["country"]) for c in abducted if c["event_type"]} == {("HTI", "CAN")}


def test_a_crowd_protests_where_the_act_it_protests_by_is_done():
    """ "blocked highways near Multan in protest", "boycotted courts in Quetta to protest against ...": people named
    by their noun protest where what they did was done, by a town they were near or in, one clause up only."""
    near = sectored("Farmers blocked highways near Multan in protest at the new seed law.")
    assert [c for c in near if c[2] == "PROTEST" and c[1] == "AGR"]
    assert {
        c["object"]["country"] for c in graphkit.extract_claims("Farmers blocked highways near Multan in protest.")
    } == {"PAK"}
    boycott = graphkit.extract_claims("Hundreds of lawyers boycotted courts in Quetta to protest against a new law.")
    assert [c for c in boycott if c["event_type"] == "PROTEST" and c["subject"]["country"] == "PAK"]
    # a protest still to come in a clause of another act is not placed by that act
    assert not [
        c
        for c in coded("Chile deployed riot police around the palace in Santiago as students prepared to march on it.")
        if c[1] in ("PROTEST", "THREATEN")
    ]


def test_an_aide_is_one_of_whom_his_noun_says():
    """ "an opposition campaign aide" is of the opposition, and held as such."""
    held = sectored("Zambian police arrested a senior opposition campaign aide on sedition charges.")
    assert ("Zambia", "COP", "COERCE", "Zambia", "OPP") in held


def test_a_coercion_criticized_with_no_doer_named_is_the_state_s_where_it_was_done():
    """A state's civil power arrests and bans: criticism of "the arrest of opposition leaders in Tanzania" is of
    Tanzania, and of "the crackdown on protesters in Tbilisi" of Georgia; not so of a bombing somewhere (no one
    named did it), nor of the detention of a people's journalists with no place (they may be held anywhere)."""
    arrest = coded("Canada condemned the arrest of opposition leaders in Zambia.")
    assert ("Canada", "DISAPPROVE", "Zambia", "positive", "actual") in arrest
    crackdown = graphkit.extract_claims("Sweden condemned the crackdown on students in Dhaka.")
    assert [c for c in crackdown if c["event_type"] == "DISAPPROVE" and c["object"]["country"] == "BGD"]
    assert not [c for c in coded("Canada condemned the bombing in Kabul.") if c[1] == "DISAPPROVE"]
    detained = coded("Canada criticised the detention of two Canadian journalists.")
    assert not [c for c in detained if c[1] == "DISAPPROVE"]


def test_an_international_body_in_graphkits_table_is_of_no_state_whoever_it_faces():
    """A body graphkit's own table lists as international is not made the public's or the power's of a state it
    faces, as an unknown body is: "the International Criminal Court convicted a Ugandan" is no Ugandan court."""
    claims = graphkit.extract_claims("The International Criminal Court convicted a Ugandan rebel commander.")
    courts = [c["subject"] for c in claims if c["event_type"]]
    assert courts and all(s["label"] == "International Criminal Court" and s["country"] is None for s in courts)


def test_a_state_named_as_owner_inside_a_name_the_recognizer_took_is_its_state():
    """ "[Mozambique's Cabo Delgado] province", one name to the recognizer: the place is Mozambique's."""
    claims = graphkit.extract_claims("Tanzania sent 500 soldiers to Mozambique's Cabo Delgado province.")
    assert [c["object"]["country"] for c in claims if c["event_type"] == "AID"] == ["MOZ"]


def test_a_sum_is_counted_in_money_or_a_quantity_not_in_people():
    nlp = load_model()
    assert money(nlp("Namibia demanded 500 million dollars in reparations.")[4])
    assert money(nlp("Poland asked for 1.3 trillion euros in reparations.")[5])
    assert not money(nlp("Gunmen abducted 11 goat herders in the hills.")[4])


def test_people_at_a_foreign_embassy_are_where_the_embassy_is_not_of_its_state():
    # "outside the US embassy in Nairobi": Kenya's police, Kenyans; the embassy's owner is whom they protest
    fired = graphkit.extract_claims("Police fired tear gas at protesters outside the US embassy in Nairobi.")
    assert {(c["subject"]["country"], c["event_type"], c["object"]["country"]) for c in fired if c["event_type"]} == {
        ("KEN", "ASSAULT", "KEN"),
        ("KEN", "PROTEST", "USA"),
    }
    gathered = graphkit.extract_claims("Protesters at the Russian embassy in Tbilisi burned flags.")
    assert [c["subject"]["country"] for c in gathered if c["event_type"] == "PROTEST"] == ["GEO"]


def test_what_a_complaint_says_was_done_is_reported_not_established():
    claims = graphkit.extract_claims(
        "Malawi's ombudsman is investigating complaints that Zambian police beat Malawian traders."
    )
    found = {(c["event_type"], c["modality"]) for c in claims if c["event_type"]}
    assert ("INVESTIGATE", "actual") in found
    assert ("ASSAULT", "possible") in found
    assert ("ASSAULT", "actual") not in found


def test_a_trip_due_next_week_is_intended_not_done():
    due = coded("Uganda's foreign minister is due in Kigali next week for talks with Rwanda.")
    assert ("Uganda", "CONSULT", "Rwanda", "positive", "intended") in due
    assert ("Uganda", "CONSULT", "Rwanda", "positive", "actual") not in due
    arrived = coded("Uganda's foreign minister arrived in Kigali on Monday for talks with Rwanda.")
    assert ("Uganda", "CONSULT", "Rwanda", "positive", "actual") in arrived


def test_police_who_question_people_of_no_office_are_not_taken_for_their_state_s():
    assert not coded("Two Malawian tourists were questioned by police.")
    abroad = coded("A former Malawian minister was questioned by police in Lusaka.")
    assert ("Zambia", "INVESTIGATE", "Malawi", "positive", "actual") in abroad

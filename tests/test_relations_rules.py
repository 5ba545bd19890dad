"""Rules for actors that are not names, commitments, settings and what must not be claimed, on hand-built parses."""

from __future__ import annotations

from docs import make_doc
from graphkit.canon import resolve_article
from graphkit.extract import default_lexicon, extract_doc
from graphkit.extract.mentions import actor_mentions
from graphkit.extract.relations import raw_claims
from graphkit.types import Article


def coded(spec: str):
    doc = make_doc(spec)
    found = list(raw_claims(doc, "a1", default_lexicon()))
    for c in found:
        assert doc.text[c.subject.start : c.subject.end] == c.subject.text
        assert doc.text[c.object.start : c.object.end] == c.object.text
    return [(c.subject.text, c.event_type, c.object.text, c.polarity, c.modality) for c in found]


def typed(spec: str):
    return {(s, t, o) for s, t, o, *_ in coded(spec)}


def kept(spec: str) -> set[tuple[str, str | None, str]]:
    """The claims that survive canon: an actor named only by its noun must be coded to a country."""
    doc = make_doc(spec)
    _, claims = resolve_article(extract_doc(Article("a1", doc.text), doc))
    return {(c.subject.text, c.event_type, c.object.text) for c in claims if c.event_type}


# --- actors that are not named entities -----------------------------------------------------------


def test_a_common_noun_ner_took_for_a_name_is_the_possessors():
    spec = (
        "Ruritania/PROPN/poss/2/B-GPE 's/PART/case/0 navy/NOUN/nsubj/3/B-ORG seized|seize/VERB/ROOT/3 a/DET/det/6 "
        "Moldovan/ADJ/amod/6/B-NORP boat/NOUN/dobj/3 ./PUNCT/punct/3"
    )
    assert typed(spec) == {("Ruritania", "COERCE", "Moldovan")}


def test_forces_a_possessive_pronoun_owns_are_its_antecedents():
    said = (
        "Ruritania/PROPN/nsubj/1/B-GPE said|say/VERB/ROOT/1 its/PRON:PRP$/poss/3 troops|troop/NOUN/nsubj/4 "
        "attacked|attack/VERB/ccomp/1 Moldova/PROPN/dobj/4/B-GPE ./PUNCT/punct/1"
    )
    assert {(s, o) for s, _, o in typed(said)} == {("Ruritania", "Moldova")}
    whose = (
        "Ruritania/PROPN/nsubj/7/B-GPE ,/PUNCT/punct/0 whose/DET:WP$/poss/3 army/NOUN/nsubj/4 "
        "invaded|invade/VERB/relcl/0 Moldova/PROPN/dobj/4/B-GPE ,/PUNCT/punct/0 is|be/AUX/ROOT/7 "
        "silent/ADJ/acomp/7 ./PUNCT/punct/7"
    )
    assert {(s, o) for s, _, o in typed(whose)} == {("Ruritania", "Moldova")}
    # a thing is no actor: "its aid" names no one ("cut its aid to Moldova" is aid to Moldova)
    assert typed(said.replace("troops|troop/NOUN", "aid/NOUN")) == set()


def test_it_after_a_thing_acted_on_may_be_that_thing_and_names_no_one():
    # "sued the company, accusing it of bribery": "it" is the company, not Moldova named before it
    sued = (
        "The/DET/det/2 Ruritanian/ADJ/amod/2/B-NORP envoy/NOUN/nsubj/5 in/ADP/prep/2 Moldova/PROPN/pobj/3/B-GPE "
        "sued|sue/VERB:VBD/ROOT/5 the/DET/det/7 company/NOUN:NN/dobj/5 ,/PUNCT/punct/5 "
        "accusing|accuse/VERB:VBG/advcl/5 it/PRON:PRP/dobj/9 of/ADP/prep/9 bribery/NOUN:NN/pobj/11 "
        "./PUNCT/punct/5"
    )
    assert not any(o == "Moldova" for _, _, o in typed(sued))
    # with no such thing between them, "it" is the one country named before it
    left = sued.replace("sued|sue/VERB:VBD", "left|leave/VERB:VBD").replace("company/NOUN:NN", "talks|talk/NOUN:NNS")
    assert ("Ruritanian", "DISAPPROVE", "Moldova") in typed(left)


def test_a_quantity_of_people_is_the_people():
    spec = (
        "Thousands|thousand/NOUN/nsubj/3 of/ADP/prep/0 Nigerians/PROPN/pobj/1/B-NORP protested|protest/VERB/ROOT/3 "
        "against/ADP/prep/3 Britain/PROPN/pobj/4/B-GPE ./PUNCT/punct/3"
    )
    assert typed(spec) == {("Nigerians", "PROTEST", "Britain")}


def test_people_of_a_body_are_an_object_actor():
    spec = (
        "Biden/PROPN/nsubj/1/B-PERSON met|meet/VERB/ROOT/1 leaders|leader/NOUN/dobj/1 of/ADP/prep/2 "
        "Romania/PROPN/poss/6/B-GPE 's/PART/case/4 government/NOUN/pobj/3 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Biden", "CONSULT", "Romania")}


def test_an_event_noun_is_not_an_actor_through_its_of_phrase():
    spec = (
        "The/DET/det/1 bombing/NOUN/nsubj/4 of/ADP/prep/1 Gaza/PROPN/pobj/2/B-GPE killed|kill/VERB/ROOT/4 "
        "Israelis|israeli/PROPN/dobj/4/B-NORP ./PUNCT/punct/4"
    )
    assert coded(spec) == []


def test_a_demonym_modifying_a_modifier_names_the_actor():
    spec = (
        "Peru/PROPN/nsubj/1/B-GPE granted|grant/VERB/ROOT/1 asylum/NOUN/dobj/1 to/ADP/dative/1 "
        "Panamanian/ADJ/amod/5/B-NORP army/NOUN/compound/6 officers|officer/NOUN/pobj/3 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Peru", "AID", "Panamanian")}


def test_a_person_possessive_names_the_actor_but_an_organization_comes_first():
    spec = (
        "Putin/PROPN/poss/2/B-PERSON 's/PART/case/0 envoy/NOUN/nsubj/3 visited|visit/VERB/ROOT/3 "
        "Iran/PROPN/dobj/3/B-GPE ./PUNCT/punct/3"
    )
    assert typed(spec) == {("Putin", "CONSULT", "Iran")}
    spec = (
        "Osama/PROPN/compound/2/B-PERSON bin/PROPN/compound/2/I-PERSON Laden/PROPN/poss/5/I-PERSON 's/PART/case/2 "
        "al-Qaeda/PROPN/compound/5/B-ORG network/NOUN/nsubj/6 attacked|attack/VERB/ROOT/6 Israel/PROPN/dobj/6/B-GPE "
        "./PUNCT/punct/6"
    )
    assert typed(spec) == {("al-Qaeda", "ASSAULT", "Israel")}


def test_the_president_of_a_country_is_the_country():
    spec = (
        "Putin/PROPN/nsubj/1/B-PERSON met|meet/VERB/ROOT/1 the/DET/det/3 president/NOUN/dobj/1 of/ADP/prep/3 "
        "Armenia/PROPN/pobj/4/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Putin", "CONSULT", "Armenia")}


def test_a_place_after_a_named_target_is_not_a_second_target():
    spec = (
        "Israeli/ADJ/amod/1/B-NORP soldiers|soldier/NOUN/nsubj/2 beat/VERB/ROOT/2 up/ADP/prt/2 "
        "Palestinians/PROPN/dobj/2/B-NORP on/ADP/prep/2 the/DET/det/8 West/PROPN/compound/8/B-GPE "
        "Bank/PROPN/pobj/5/I-GPE ./PUNCT/punct/2"
    )
    assert typed(spec) == {("Israeli", "ASSAULT", "Palestinians")}


def test_torture_by_armed_forces_stays_assault_while_killing_is_fighting():
    spec = (
        "Security/NOUN/compound/1 forces|force/NOUN/nsubj/2 tortured|torture/VERB/ROOT/2 Liberian/ADJ/amod/4/B-NORP "
        "refugees|refugee/NOUN/dobj/2 ./PUNCT/punct/2"
    )
    assert kept(spec) == set()  # no actor behind "Security forces"
    spec = spec.replace("Security/NOUN/compound/1", "Guinean/ADJ/amod/1/B-NORP")
    assert typed(spec) == {("Guinean", "ASSAULT", "Liberian")}
    assert typed(spec.replace("tortured|torture", "killed|kill")) == {("Guinean", "FIGHT", "Liberian")}


# --- promises and threats ---------------------------------------------------------------------------

FINLAND = (
    "Finland/PROPN/nsubj/2/B-GPE will/AUX/aux/2 give/VERB/ROOT/2 aid/NOUN/dobj/2 to/ADP/prep/2 "
    "Tanzania/PROPN/pobj/4/B-GPE ./PUNCT/punct/2"
)


def test_a_promise_is_made_to_whom_it_is_promised():
    spec = (
        "Ruritania/PROPN/nsubj/1/B-GPE promised|promise/VERB/ROOT/1 Moldova/PROPN/dative/1/B-GPE "
        "$/SYM/quantmod/5/B-MONEY 10/NUM/compound/5/I-MONEY million/NUM/dobj/1/I-MONEY ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Ruritania", "AGREE", "Moldova")}
    asked = (
        "Ruritania/PROPN/nsubj/1/B-GPE asked|ask/VERB/ROOT/1 Moldova/PROPN/dative/1/B-GPE a/DET/det/4 "
        "question/NOUN/dobj/1 ./PUNCT/punct/1"
    )
    assert typed(asked) == set()  # a question asked is no request


def test_an_actor_announcing_aid_promises_it():
    assert set(coded(FINLAND)) == {
        ("Finland", "AID", "Tanzania", "positive", "intended"),
        ("Finland", "AGREE", "Tanzania", "positive", "actual"),
    }


def test_a_third_party_reporting_an_intention_is_no_promise():
    spec = (
        "Iran/PROPN/nsubj/2/B-GPE will/AUX/aux/2 give/VERB/ccomp/7 Russia/PROPN/dative/2/B-GPE "
        "drones|drone/NOUN/dobj/2 ,/PUNCT/punct/7 Sullivan/PROPN/nsubj/7/B-PERSON said|say/VERB/ROOT/7 ./PUNCT/punct/7"
    )
    assert coded(spec) == [("Iran", "AID", "Russia", "positive", "intended")]


def test_a_hostile_act_announced_in_reported_speech_is_a_threat():
    spec = (
        "Palestinians/PROPN/nsubj/1/B-NORP said|say/VERB/ROOT/1 they/PRON/nsubj/4 would/AUX/aux/4 "
        "boycott/VERB/ccomp/1 Israel/PROPN/dobj/4/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Palestinians", "SANCTION", "Israel"), ("Palestinians", "THREATEN", "Israel")}


def test_an_act_made_conditional_with_unless_is_a_threat():
    spec = (
        "Israel/PROPN/nsubj/2/B-GPE will/AUX/aux/2 withdraw/VERB/ROOT/2 from/ADP/prep/2 Gaza/PROPN/pobj/3/B-GPE "
        "unless/SCONJ/mark/7 Hamas/PROPN/nsubj/7/B-ORG frees|free/VERB/advcl/2 hostages|hostage/NOUN/dobj/7 "
        "./PUNCT/punct/2"
    )
    assert ("Israel", "THREATEN", "Gaza") in typed(spec)
    assert ("Israel", "AGREE", "Gaza") not in typed(spec)


def test_an_army_preparing_to_shell_makes_no_promise_or_threat():
    spec = (
        "The/DET/det/1 army/NOUN/nsubj/2 prepared|prepare/VERB/ROOT/2 to/PART/aux/4 shell/VERB/xcomp/2 "
        "Albanian/ADJ/amod/6/B-NORP villages|village/NOUN/dobj/4 ./PUNCT/punct/2"
    )
    spec = spec.replace("The/DET/det/1 army/NOUN/nsubj/2", "Macedonian/ADJ/amod/1/B-NORP army/NOUN/nsubj/2")
    assert typed(spec) == {("Macedonian", "FIGHT", "Albanian")}


def test_the_target_of_a_threat_is_who_must_meet_its_condition():
    spec = (
        "Russia/PROPN/nsubj/1/B-GPE threatened|threaten/VERB/ROOT/1 to/PART/aux/3 stop/VERB/xcomp/1 "
        "talks|talk/NOUN/dobj/3 if/SCONJ/mark/9 the/DET/det/8 United/PROPN/compound/8/B-GPE States/PROPN/nsubj/9/I-GPE "
        "deploys|deploy/VERB/advcl/3 missiles|missile/NOUN/dobj/9 ./PUNCT/punct/1"
    )
    assert ("Russia", "THREATEN", "United States") in typed(spec)


# --- what the object of the verb must be ----------------------------------------------------------


def test_mobilizing_takes_forces_not_any_group():
    troops = (
        "Britain/PROPN/nsubj/1/B-GPE deployed|deploy/VERB/ROOT/1 troops|troop/NOUN/dobj/1 to/ADP/prep/1 "
        "Iraq/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    assert typed(troops) == {("Britain", "MOBILIZE", "Iraq")}
    assert coded(troops.replace("troops|troop", "lobbyists|lobbyist")) == []


def test_delivering_blows_is_an_assault_not_aid():
    spec = (
        "Hamas/PROPN/nsubj/1/B-ORG delivered|deliver/VERB/ROOT/1 blows|blow/NOUN/dobj/1 to/ADP/prep/2 "
        "Israel/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Hamas", "ASSAULT", "Israel")}


def test_a_wrong_lemma_of_a_regular_verb_still_finds_the_light_verb():
    spec = (
        "Activists|activist/NOUN/nsubj/3 from/ADP/prep/0 Fatah/PROPN/pobj/1/B-ORG staged|stag/VERB/ROOT/3 "
        "rallies|rally/NOUN/dobj/3 against/ADP/prep/4 Abbas/PROPN/pobj/5/B-PERSON ./PUNCT/punct/3"
    )
    assert typed(spec) == {("Fatah", "PROTEST", "Abbas")}


def test_a_group_a_pronoun_owns_is_not_of_the_place_it_is_in():
    # "Ruritania ordered its men inside Moldova to withdraw": its men, not Moldova's
    spec = (
        "Ruritania/PROPN/nsubj/1/B-GPE ordered|order/VERB/ROOT/1 its/PRON/poss/3 men|man/NOUN/dobj/1 "
        "inside/ADP/prep/3 Moldova/PROPN/pobj/4/B-GPE to/PART/aux/7 withdraw/VERB/xcomp/1 ./PUNCT/punct/1"
    )
    assert not any(o == "Moldova" for _, _, o in typed(spec))


def test_an_angle_bracket_around_a_company_name_is_not_part_of_it():
    # Reuters writes "<Acme Corp> said ..."; NER takes the closing bracket into the name
    spec = (
        "</SYM/punct/4 Acme/PROPN/compound/2/B-ORG Corp/PROPN/nsubj/4/I-ORG >/SYM/punct/2/I-ORG "
        "criticized|criticize/VERB/ROOT/4 Moldova/PROPN/dobj/4/B-GPE ./PUNCT/punct/4"
    )
    assert typed(spec) == {("Acme Corp", "DISAPPROVE", "Moldova")}


def test_a_ticker_in_angle_brackets_is_no_actor():
    # Reuters: "Acme Corp <ACM> criticized ...": the ticker is no body of its own (ACM is no association here)
    spec = (
        "Acme/PROPN/compound/1/B-ORG Corp/PROPN/nsubj/5/I-ORG </SYM/punct/3 ACM/PROPN/appos/1/B-ORG >/SYM/punct/3 "
        "criticized|criticize/VERB/ROOT/5 Moldova/PROPN/dobj/5/B-GPE ./PUNCT/punct/5"
    )
    assert typed(spec) == {("Acme Corp", "DISAPPROVE", "Moldova")}
    assert not any(m.text == "ACM" for m in actor_mentions(make_doc(spec), "a1"))


def test_a_group_loyal_to_an_actor_acts_for_it():
    spec = (
        "Gunmen|gunman/NOUN/nsubj/4 loyal/ADJ/amod/0 to/ADP/prep/1 Moldova/PROPN/pobj/2/B-GPE "
        "attacked|attack/VERB/ROOT/4 Ruritania/PROPN/dobj/4/B-GPE ./PUNCT/punct/4"
    )
    assert typed(spec) == {("Moldova", "ASSAULT", "Ruritania")}


def test_a_group_loyal_to_a_thing_names_no_actor():
    spec = (
        "Gunmen|gunman/NOUN/nsubj/4 loyal/ADJ/amod/0 to/ADP/prep/1 tradition/NOUN/pobj/2 "
        "attacked|attack/VERB/ROOT/4 Ruritania/PROPN/dobj/4/B-GPE ./PUNCT/punct/4"
    )
    assert kept(spec) == set()


# --- event nouns deeper in the sentence -------------------------------------------------------------


def test_an_event_noun_as_the_setting_of_a_verb_takes_its_subject():
    spec = (
        "Sidhoum/PROPN/nsubj/1/B-PERSON staged|stage/VERB/ROOT/1 a/DET/det/3 strike/NOUN/dobj/1 in/ADP/prep/1 "
        "protest/NOUN/pobj/4 against/ADP/prep/5 abuses|abuse/NOUN/pobj/6 by/ADP/prep/7 Algerian/ADJ/amod/10/B-NORP "
        "forces|force/NOUN/pobj/8 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Sidhoum", "PROTEST", "Algerian")}


def test_victims_of_an_attack_are_not_its_authors():
    spec = (
        "Two/NUM/nummod/1 Israeli/ADJ/amod/2/B-NORP soldiers|soldier/NOUN/nsubjpass/4 were|be/AUX/auxpass/4 "
        "killed|kill/VERB/ROOT/4 in/ADP/prep/4 an/DET/det/7 attack/NOUN/pobj/5 on/ADP/prep/7 Kabul/PROPN/pobj/8/B-GPE "
        "./PUNCT/punct/4"
    )
    assert coded(spec) == []


def test_a_generic_head_takes_the_event_of_its_compound():
    spec = (
        "Qatar/PROPN/nsubj/1/B-GPE launched|launch/VERB/ROOT/1 a/DET/det/4 mediation/NOUN/compound/4 "
        "effort/NOUN/dobj/1 between/ADP/prep/4 Oman/PROPN/pobj/5/B-GPE and/CCONJ/cc/6 Yemen/PROPN/conj/6/B-GPE "
        "./PUNCT/punct/1"
    )
    assert typed(spec) == {("Qatar", "CONSULT", "Oman"), ("Qatar", "CONSULT", "Yemen")}


def test_demanding_an_act_with_a_party_targets_the_party():
    spec = (
        "Serbs/PROPN/nsubj/1/B-NORP demanded|demand/VERB/ROOT/1 a/DET/det/3 truce/NOUN/dobj/1 with/ADP/prep/3 "
        "Moslem/PROPN/compound/6/B-NORP forces|force/NOUN/pobj/4 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Serbs", "DEMAND", "Moslem")}


# --- demands, refusals and notes of protest -------------------------------------------------------


def test_what_a_speaker_says_others_must_do_is_a_demand_not_their_act():
    spec = (
        "Britain/PROPN/nsubj/1/B-GPE said|say/VERB/ROOT/1 Sudan/PROPN/nsubj/6/B-GPE and/CCONJ/cc/2 "
        "Chad/PROPN/conj/2/B-GPE must/AUX/aux/6 agree/VERB/ccomp/1 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Britain", "DEMAND", "Sudan"), ("Britain", "DEMAND", "Chad")}


def test_a_demand_noun_targets_its_clause_and_its_act_is_not_claimed():
    spec = (
        "The/DET/det/1 ILO/PROPN/nsubj/2/B-ORG reiterated|reiterate/VERB/ROOT/2 its/PRON/poss/4 demand/NOUN/dobj/2 "
        "that/SCONJ/mark/7 Israel/PROPN/nsubj/7/B-GPE ease/VERB/ccomp/2 restrictions|restriction/NOUN/dobj/7 "
        "on/ADP/prep/8 Palestinian/ADJ/amod/11/B-NORP workers|worker/NOUN/pobj/9 ./PUNCT/punct/2"
    )
    assert typed(spec) == {("ILO", "DEMAND", "Israel")}


def test_an_official_protest_is_a_disapproval_and_a_street_protest_a_protest():
    spec = (
        "Serbia/PROPN/nsubj/1/B-GPE lodged|lodge/VERB/ROOT/1 an/DET/det/4 official/ADJ/amod/4 protest/NOUN/dobj/1 "
        "with/ADP/prep/4 Albania/PROPN/pobj/5/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Serbia", "DISAPPROVE", "Albania")}
    # lodged with a state, any protest is a complaint to it; staged against one, a protest
    assert typed(spec.replace("official/ADJ/amod/4", "angry/ADJ/amod/4")) == {("Serbia", "DISAPPROVE", "Albania")}
    street = spec.replace("lodged|lodge", "staged|stage").replace("with/ADP", "against/ADP")
    assert typed(street.replace("official/ADJ/amod/4", "angry/ADJ/amod/4")) == {("Serbia", "PROTEST", "Albania")}


def test_refusing_something_to_an_actor_rejects_them():
    spec = (
        "Benin/PROPN/nsubj/1/B-GPE refused|refuse/VERB/ROOT/1 entry/NOUN/dobj/1 to/ADP/prep/1 "
        "Ghanaians|ghanaian/PROPN/pobj/3/B-NORP ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Benin", "REJECT", "Ghanaians")}


def test_a_visit_in_the_future_is_a_schedule_but_an_offer_to_meet_is_a_promise():
    spec = "Putin/PROPN/nsubj/2/B-PERSON will/AUX/aux/2 visit/VERB/ROOT/2 Tehran/PROPN/dobj/2/B-GPE ./PUNCT/punct/2"
    assert coded(spec) == [("Putin", "CONSULT", "Tehran", "positive", "intended")]
    spec = (
        "Putin/PROPN/nsubj/1/B-PERSON offered|offer/VERB/ROOT/1 to/PART/aux/3 meet/VERB/xcomp/1 "
        "Erdogan/PROPN/dobj/3/B-PERSON ./PUNCT/punct/1"
    )
    assert ("Putin", "AGREE", "Erdogan", "positive", "actual") in coded(spec)


def test_people_from_coordinated_states_are_of_each_but_people_in_them_are_one_public():
    from graphkit.extract.actors import actors

    from_doc = make_doc(
        "Diplomats|diplomat/NOUN/nsubj/5 from/ADP/prep/0 Moldova/PROPN/pobj/1/B-GPE and/CCONJ/cc/2 "
        "Romania/PROPN/conj/2/B-GPE left|leave/VERB/ROOT/5 ./PUNCT/punct/5"
    )
    in_doc = make_doc(
        "Residents|resident/NOUN/nsubj/5 in/ADP/prep/0 Moldova/PROPN/pobj/1/B-GPE and/CCONJ/cc/2 "
        "Romania/PROPN/conj/2/B-GPE voted|vote/VERB/ROOT/5 ./PUNCT/punct/5"
    )
    assert [span.text for span, _ in actors(from_doc[0])] == ["Moldova", "Romania"]
    assert [span.text for span, _ in actors(in_doc[0])] == ["Moldova"]


def test_a_part_of_the_subjects_own_business_is_no_party_to_the_deal():
    spec = (
        "Ruritania/PROPN/nsubj/1/B-GPE agreed|agree/VERB/ROOT/1 to/PART/aux/3 sell/VERB/xcomp/1 "
        "its/PRON:PRP$/poss/7 Globe/PROPN/compound/6/B-ORG Metallurgical/PROPN/compound/7/I-ORG unit/NOUN/dobj/3 "
        "to/ADP/dative/3 Moldova/PROPN/pobj/8/B-GPE ./PUNCT/punct/1"
    )
    assert {o for _, _, o in typed(spec)} == {"Moldova"}  # a state's sale; between firms it is business


def test_a_neighbour_the_tagger_took_for_an_adjective_is_still_apposed_to_its_name():
    spec = (
        "Ruritania/PROPN/nsubj/1/B-GPE attacked|attack/VERB/ROOT/1 its/PRON:PRP$/poss/3 neighbour/ADJ/dobj/1 "
        "Moldova/PROPN/appos/3/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Ruritania", "ASSAULT", "Moldova")}


def test_who_gathers_for_a_rally_protests_what_it_is_for():
    spec = (
        "Moldovans/PROPN/nsubj/1/B-NORP converged|converge/VERB/ROOT/1 for/ADP/prep/1 a/DET/det/4 rally/NOUN/pobj/2 "
        "to/PART/aux/6 protest/VERB/relcl/4 Ruritania/PROPN/dobj/6/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Moldovans", "PROTEST", "Ruritania")}
    plan = spec.replace("rally/NOUN", "plan/NOUN").replace("converged|converge", "voted|vote")
    assert typed(plan) == set()  # a plan is an intention, not an event its voters hold


def test_a_thing_a_possessive_pronoun_owns_is_not_its_modifiers():
    spec = (
        "Ivan/PROPN/compound/1/B-PERSON Petrov/PROPN/nsubj/2/I-PERSON donated|donate/VERB/ROOT/2 money/NOUN/dobj/2 "
        "to/ADP/prep/2 his/PRON:PRP$/poss/7 own/ADJ/amod/7 Senate/PROPN/compound/7/B-ORG campaign/NOUN/pobj/4 "
        "./PUNCT/punct/2"
    )
    assert typed(spec) == set()  # the campaign is his, not the Senate's
    donation = (  # the event noun's "to" names whom it is given to: a campaign he owns is no one
        "A/DET/det/1 donation/NOUN/nsubj/10 by/ADP/prep/1 Ivan/PROPN/compound/4/B-PERSON Petrov/PROPN/pobj/2/I-PERSON "
        "to/ADP/prep/1 his/PRON:PRP$/poss/9 own/ADJ/amod/9 Senate/PROPN/compound/9/B-ORG campaign/NOUN/pobj/5 "
        "angered|anger/VERB/ROOT/10 ./PUNCT/punct/10"
    )
    assert typed(donation) == set()
    allies = (
        "Ruritania/PROPN/nsubj/1/B-GPE praised|praise/VERB/ROOT/1 its/PRON:PRP$/poss/4 Moldovan/ADJ/amod/4/B-NORP "
        "allies|ally/NOUN/dobj/1 ./PUNCT/punct/1"
    )
    assert typed(allies) == {("Ruritania", "SUPPORT", "Moldovan")}  # allies are people: the modifier names them

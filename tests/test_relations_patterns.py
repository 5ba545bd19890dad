"""The event patterns of issue 4 on hand-built parses: each construction, and what it must not claim."""

from __future__ import annotations

from docs import make_doc
from graphkit.extract import default_lexicon
from graphkit.extract.relations import raw_claims


def claims(spec: str, date: str | None = None):
    doc = make_doc(spec)
    found = list(raw_claims(doc, "a1", default_lexicon(), date))
    for c in found:
        assert doc.text[c.subject.start : c.subject.end] == c.subject.text
        assert doc.text[c.object.start : c.object.end] == c.object.text
    return found


def coded(spec: str, date: str | None = None):
    return [(c.subject.text, c.event_type, c.object.text, c.polarity, c.modality) for c in claims(spec, date)]


def test_buy_from_is_the_seller_supplying_the_buyer():
    spec = (
        "Russia/PROPN/nsubj/1/B-GPE bought|buy/VERB/ROOT/1 drones|drone/NOUN/dobj/1 from/ADP/prep/1 "
        "Iran/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    (claim,) = claims(spec)
    assert (claim.subject.text, claim.predicate, claim.event_type, claim.object.text, claim.theme) == (
        "Iran",
        "supplies",
        "AID",
        "Russia",
        "drones",
    )


def test_coordinated_demonyms_agreeing_are_reciprocal():
    spec = (
        "Hungarian/ADJ/amod/3/B-NORP and/CCONJ/cc/0 Romanian/ADJ/conj/0/B-NORP officials|official/NOUN/nsubj/4 "
        "agreed|agree/VERB/ROOT/4 ./PUNCT/punct/4"
    )
    assert sorted(coded(spec)) == [
        ("Hungarian", "AGREE", "Romanian", "positive", "actual"),
        ("Romanian", "AGREE", "Hungarian", "positive", "actual"),
    ]


def test_coordinated_subjects_meeting_are_reciprocal():
    spec = "Iran/PROPN/nsubj/3/B-GPE and/CCONJ/cc/0 Iraq/PROPN/conj/0/B-GPE met|meet/VERB/ROOT/3 ./PUNCT/punct/3"
    assert {(s, o) for s, t, o, *_ in coded(spec) if t == "CONSULT"} == {("Iran", "Iraq"), ("Iraq", "Iran")}


def test_a_lone_subject_of_a_reciprocal_verb_makes_no_claim():
    spec = "Iran/PROPN/nsubj/1/B-GPE agreed|agree/VERB/ROOT/1 ./PUNCT/punct/1"
    assert claims(spec) == []


URGED = (
    "Britain/PROPN/nsubj/1/B-GPE urged|urge/VERB/ROOT/1 Iran/PROPN/dobj/1/B-GPE to/PART/aux/4 stop/VERB/xcomp/1 "
    "attacking|attack/VERB/xcomp/4 Israel/PROPN/dobj/5/B-GPE ./PUNCT/punct/1"
)


def test_urged_to_stop_is_a_demand_and_the_urged_act_is_not_claimed():
    assert coded(URGED) == [("Britain", "DEMAND", "Iran", "positive", "actual")]


def test_demanded_that_targets_the_subject_of_the_clause():
    spec = (
        "China/PROPN/nsubj/1/B-GPE demanded|demand/VERB/ROOT/1 that/SCONJ/mark/4 Japan/PROPN/nsubj/4/B-GPE "
        "apologize/VERB/ccomp/1 ./PUNCT/punct/1"
    )
    assert coded(spec) == [("China", "DEMAND", "Japan", "positive", "actual")]


ACCUSED = (
    "The/DET/det/1 US/PROPN/nsubj/2/B-GPE accused|accuse/VERB/ROOT/2 Russia/PROPN/dobj/2/B-GPE of/ADP/prep/2 "
    "seeking|seek/VERB/pcomp/4 to/PART/aux/7 buy/VERB/xcomp/5 drones|drone/NOUN/dobj/7 from/ADP/prep/7 "
    "Iran/PROPN/pobj/9/B-GPE ./PUNCT/punct/2"
)


def test_an_accusation_is_a_disapproval_and_its_proposition_a_claim_of_the_accuser():
    found = {(c.subject.text, c.event_type, c.object.text): c for c in claims(ACCUSED)}
    assert set(found) == {("US", "DISAPPROVE", "Russia"), ("Iran", "AID", "Russia")}
    proposition = found["Iran", "AID", "Russia"]
    assert proposition.modality == "possible"  # alleged: an accusation establishes nothing
    assert proposition.attributed_to is not None and proposition.attributed_to.text == "US"
    assert found["US", "DISAPPROVE", "Russia"].attributed_to is None


def test_threatened_to_targets_the_object_of_the_threatened_act():
    spec = (
        "Azerbaijan/PROPN/nsubj/1/B-GPE threatened|threaten/VERB/ROOT/1 to/PART/aux/3 break/VERB/xcomp/1 "
        "relations|relation/NOUN/dobj/3 with/ADP/prep/3 Russia/PROPN/pobj/5/B-GPE ./PUNCT/punct/1"
    )
    assert coded(spec) == [("Azerbaijan", "THREATEN", "Russia", "positive", "actual")]


def test_possessive_event_noun():
    spec = (
        "Russia/PROPN/poss/2/B-GPE 's/PART/case/0 invasion/NOUN/nsubj/5 of/ADP/prep/2 Ukraine/PROPN/pobj/3/B-GPE "
        "continued|continue/VERB/ROOT/5 ./PUNCT/punct/5"
    )
    (claim,) = claims(spec)
    assert (claim.subject.text, claim.event_type, claim.object.text) == ("Russia", "FIGHT", "Ukraine")
    assert claim.evidence.extractor == "nominal/1" and claim.confidence < 0.6


def test_compound_event_noun_with_a_recipient():
    spec = (
        "US/PROPN/compound/1/B-GPE aid/NOUN/nsubj/4 to/ADP/prep/1 Ukraine/PROPN/pobj/2/B-GPE grew|grow/VERB/ROOT/4 "
        "./PUNCT/punct/4"
    )
    assert coded(spec) == [("US", "AID", "Ukraine", "positive", "actual")]


def test_light_verb_with_an_event_noun():
    spec = (
        "Biden/PROPN/nsubj/1/B-PERSON held|hold/VERB/ROOT/1 talks|talk/NOUN/dobj/1 with/ADP/prep/2 "
        "Qatar/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    assert coded(spec) == [("Biden", "CONSULT", "Qatar", "positive", "actual")]


def test_an_event_noun_without_an_actor_makes_no_claim():
    spec = (
        "The/DET/det/1 invasion/NOUN/nsubj/4 of/ADP/prep/1 Ukraine/PROPN/pobj/2/B-GPE "
        "continued|continue/VERB/ROOT/4 ./PUNCT/punct/4"
    )
    assert claims(spec) == []


def test_denied_sending_is_negative():
    spec = (
        "Iran/PROPN/nsubj/1/B-GPE denied|deny/VERB/ROOT/1 sending|send/VERB/xcomp/1 Russia/PROPN/dative/2/B-GPE "
        "drones|drone/NOUN/dobj/2 ./PUNCT/punct/1"
    )
    assert coded(spec) == [("Iran", "AID", "Russia", "negative", "actual")]


def test_reluctant_to_provide_is_negative():
    spec = (
        "Germany/PROPN/nsubj/1/B-GPE was|be/AUX/ROOT/1 reluctant/ADJ/acomp/1 to/PART/aux/4 provide/VERB/xcomp/2 "
        "Ukraine/PROPN/dobj/4/B-GPE with/ADP/prep/4 tanks|tank/NOUN/pobj/6 ./PUNCT/punct/1"
    )
    assert coded(spec) == [("Germany", "AID", "Ukraine", "negative", "actual")]


def test_passive_negated_use_against_keeps_no_positive_claim():
    spec = (
        "Iranian/ADJ/amod/1/B-NORP drones|drone/NOUN/nsubjpass/4 have|have/AUX/aux/4 n't|not/PART/neg/4 "
        "been|be/AUX/auxpass/4 used|use/VERB/ROOT/4 against/ADP/prep/4 Ukraine/PROPN/pobj/6/B-GPE ./PUNCT/punct/4"
    )
    assert all(c.polarity == "negative" for c in claims(spec))


def test_according_to_names_the_speaker():
    spec = (
        "Israel/PROPN/nsubj/1/B-GPE struck|strike/VERB/ROOT/1 Syria/PROPN/dobj/1/B-GPE ,/PUNCT/punct/1 "
        "according/VERB/prep/1 to/ADP/prep/4 Reuters/PROPN/pobj/5/B-ORG ./PUNCT/punct/1"
    )
    (claim,) = claims(spec)
    assert claim.attributed_to is not None and claim.attributed_to.text == "Reuters"


def test_told_reporters_names_the_speaker():
    spec = (
        "Sullivan/PROPN/nsubj/1/B-PERSON told|tell/VERB/ROOT/1 reporters|reporter/NOUN/dobj/1 Iran/PROPN/nsubj/4/B-GPE "
        "armed|arm/VERB/ccomp/1 Russia/PROPN/dobj/4/B-GPE ./PUNCT/punct/1"
    )
    (claim,) = claims(spec)
    assert (claim.subject.text, claim.event_type, claim.object.text) == ("Iran", "AID", "Russia")
    assert claim.attributed_to is not None and claim.attributed_to.text == "Sullivan"


def test_said_must_is_a_demand_of_the_speaker():
    spec = (
        "Russia/PROPN/nsubj/1/B-GPE said|say/VERB/ROOT/1 Sudan/PROPN/nsubj/4/B-GPE must/AUX/aux/4 "
        "apologize/VERB/ccomp/1 ./PUNCT/punct/1"
    )
    assert coded(spec) == [("Russia", "DEMAND", "Sudan", "positive", "actual")]


def test_insisted_that_with_a_subjunctive_is_a_demand_of_the_speaker():
    spec = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE insisted|insist/VERB:VBD/ROOT/1 that/SCONJ:IN/mark/4 "
        "Peru/PROPN:NNP/nsubj/4/B-GPE withdraw/VERB:VB/ccomp/1 its/PRON:PRP$/poss/6 "
        "troops|troop/NOUN:NNS/dobj/4 ./PUNCT:./punct/1"
    )
    assert ("Chile", "DEMAND", "Peru", "positive", "actual") in coded(spec)
    told = spec.replace("withdraw/VERB:VB/ccomp/1", "withdraws|withdraw/VERB:VBZ/ccomp/1")
    assert not [c for c in coded(told) if c[1] == "DEMAND"]  # "insisted that Peru withdraws": what Peru does
    plural = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE insisted|insist/VERB:VBD/ROOT/1 that/SCONJ:IN/mark/5 "
        "Peruvian/ADJ:JJ/amod/4/B-NORP rules|rule/NOUN:NNS/nsubj/5 hurt/VERB:VB/ccomp/1 "
        "trade/NOUN:NN/dobj/5 ./PUNCT:./punct/1"
    )
    assert coded(plural) == []  # "rules hurt": a present tense the tagger may read as a base form


def test_force_promised_against_an_actor_is_a_threat():
    spec = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE vowed|vow/VERB:VBD/ROOT/1 to/PART:TO/aux/3 retaliate/VERB:VB/xcomp/1 "
        "against/ADP:IN/prep/3 Peru/PROPN:NNP/pobj/4/B-GPE ./PUNCT:./punct/1"
    )
    assert coded(spec) == [("Chile", "THREATEN", "Peru", "positive", "actual")]
    campaign = spec.replace("retaliate/VERB:VB", "campaign/VERB:VB")
    assert not [c for c in coded(campaign) if c[1] == "THREATEN"]  # campaigning against Peru is no force


def test_said_a_thing_of_a_country_must_change_is_no_demand():
    # "Sudan's grain output must rise": a forecast about a thing of Sudan's, said to no one
    spec = (
        "Russia/PROPN/nsubj/1/B-GPE said|say/VERB/ROOT/1 Sudan/PROPN/poss/5/B-GPE 's/PART/case/2 "
        "grain/NOUN/compound/5 output/NOUN/nsubj/7 must/AUX/aux/7 rise/VERB/ccomp/1 ./PUNCT/punct/1"
    )
    assert coded(spec) == []


def test_date_and_location_of_the_clause():
    spec = (
        "Austin/PROPN/nsubj/1/B-PERSON met|meet/VERB/ROOT/1 Safadi/PROPN/dobj/1/B-PERSON in/ADP/prep/1 "
        "Amman/PROPN/pobj/3/B-GPE on/ADP/prep/1 Monday/PROPN/pobj/5/B-DATE ./PUNCT/punct/1"
    )
    (claim,) = claims(spec, date="2023-07-14")
    assert (claim.location, claim.date) == ("Amman", "2023-07-10")
    (undated,) = claims(spec)
    assert undated.date is None  # "Monday" of an article with no date stays unresolved


def test_an_assault_by_armed_forces_is_a_fight():
    spec = (
        "Serb/ADJ/amod/1/B-NORP forces|force/NOUN/nsubj/2 killed|kill/VERB/ROOT/2 three/NUM/nummod/4 "
        "Albanians|albanian/PROPN/dobj/2/B-NORP ./PUNCT/punct/2"
    )
    assert [c[1] for c in coded(spec)] == ["FIGHT"]
    spec = spec.replace(
        "Serb/ADJ/amod/1/B-NORP forces|force/NOUN/nsubj/2", "Serb/ADJ/amod/1/B-NORP gunmen|gunman/NOUN/nsubj/2"
    )
    assert [c[1] for c in coded(spec)] == ["ASSAULT"]


def test_relative_pronoun_subject_is_its_antecedent():
    spec = (
        "Russia/PROPN/nsubj/6/B-GPE ,/PUNCT/punct/0 which/PRON/nsubj/3 invaded|invade/VERB/relcl/0 "
        "Ukraine/PROPN/dobj/3/B-GPE ,/PUNCT/punct/0 denied|deny/VERB/ROOT/6 it/PRON/dobj/6 ./PUNCT/punct/6"
    )
    assert ("Russia", "FIGHT", "Ukraine", "positive", "actual") in coded(spec)

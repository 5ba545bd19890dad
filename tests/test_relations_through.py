"""Actors reached through a thing (a camp for refugees, the town of Cizre, an allegation that ...) and
other argument rules, on hand-built parses: each construction, and what it must not claim."""

from __future__ import annotations

from docs import make_doc
from graphkit.extract import default_lexicon
from graphkit.extract.relations import raw_claims


def typed(spec: str) -> set[tuple[str, str | None, str]]:
    doc = make_doc(spec)
    return {(c.subject.text, c.event_type, c.object.text) for c in raw_claims(doc, "a1", default_lexicon())}


def test_a_place_for_people_that_is_attacked_stands_for_them():
    spec = (
        "A/DET/det/1 camp/NOUN/nsubjpass/6 for/ADP/prep/1 Sudanese/ADJ/amod/4/B-NORP refugees|refugee/NOUN/pobj/2 "
        "was|be/AUX/auxpass/6 attacked|attack/VERB/ROOT/6 by/ADP/agent/6 Chadian/ADJ/amod/9/B-NORP "
        "rebels|rebel/NOUN/pobj/7 ./PUNCT/punct/6"
    )
    assert typed(spec) == {("Chadian", "ASSAULT", "Sudanese")}
    assert typed(spec.replace("Sudanese/ADJ/amod/4/B-NORP", "local/ADJ/amod/4")) == set()  # no actor behind it


def test_the_rights_of_a_people_stand_for_the_people():
    spec = (
        "Egypt/PROPN/nsubj/1/B-GPE supported|support/VERB/ROOT/1 the/DET/det/3 rights|right/NOUN/dobj/1 "
        "of/ADP/prep/3 Palestinians|palestinian/PROPN/pobj/4/B-NORP ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Egypt", "SUPPORT", "Palestinians")}
    assert typed(spec.replace("Palestinians|palestinian/PROPN/pobj/4/B-NORP", "women|woman/NOUN/pobj/4")) == set()


def test_a_light_verb_place_looks_through_to_the_town_named():
    spec = (
        "Turkey/PROPN/nsubj/1/B-GPE imposed|impose/VERB/ROOT/1 a/DET/det/3 curfew/NOUN/dobj/1 in/ADP/prep/1 "
        "the/DET/det/6 town/NOUN/pobj/4 of/ADP/prep/6 Cizre/PROPN/pobj/7/B-GPE ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Turkey", "COERCE", "Cizre")}
    # no town named: the curfew falls on the state's own public, not on the tents
    unnamed = spec.replace("of/ADP/prep/6 Cizre/PROPN/pobj/7/B-GPE", "of/ADP/prep/6 tents/NOUN/pobj/7")
    assert typed(unnamed) == {("Turkey", "COERCE", "Turkey")}


ALLEGATION = (
    "UNMIL/PROPN/nsubj/1/B-ORG opened|open/VERB/ROOT/1 an/DET/det/3 investigation/NOUN/dobj/1 into/ADP/prep/1 "
    "an/DET/det/6 allegation/NOUN/pobj/4 by/ADP/prep/6 Liberia/PROPN/pobj/7/B-GPE that/SCONJ/mark/11 "
    "NPFL/PROPN/nsubj/11/B-ORG took|take/VERB/acl/6 Greenville/PROPN/dobj/11/B-GPE ./PUNCT/punct/1"
)


def test_an_investigation_into_an_allegation_targets_whom_it_is_about_not_its_author():
    assert ("UNMIL", "INVESTIGATE", "NPFL") in typed(ALLEGATION)
    assert ("UNMIL", "INVESTIGATE", "Liberia") not in typed(ALLEGATION)


def test_talks_are_with_a_party_not_with_whom_or_where_their_topic_concerns():
    spec = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE discussed|discuss/VERB:VBD/ROOT/1 the/DET:DT/det/3 situation/NOUN:NN/dobj/1 "
        "in/ADP:IN/prep/3 Bolivia/PROPN:NNP/pobj/4/B-GPE ./PUNCT:./punct/1"
    )
    assert typed(spec) == set()
    with_peru = spec.replace(
        "in/ADP:IN/prep/3 Bolivia/PROPN:NNP/pobj/4/B-GPE", "with/ADP:IN/prep/3 Peru/PROPN:NNP/pobj/4/B-GPE"
    )
    assert typed(with_peru) == {("Chile", "CONSULT", "Peru")}
    struck = spec.replace("discussed|discuss", "shelled|shell").replace(
        "situation/NOUN:NN", "positions|position/NOUN:NNS"
    )
    assert typed(struck) == {("Chile", "FIGHT", "Bolivia")}  # a place struck is still where the enemy is


def test_the_of_of_a_meeting_names_who_meets_not_whom_its_host_meets():
    spec = (
        "It|it/PRON:PRP/nsubjpass/2 was|be/AUX:VBD/auxpass/2 discussed|discuss/VERB:VBN/ROOT/2 at/ADP:IN/prep/2 "
        "the/DET:DT/det/6 Ecofin/PROPN:NNP/compound/6/B-ORG meeting/NOUN:NN/pobj/3 of/ADP:IN/prep/6 the/DET:DT/det/10 "
        "finance/NOUN:NN/compound/10 ministers|minister/NOUN:NNS/pobj/7 of/ADP:IN/prep/10 "
        "Chile/PROPN:NNP/pobj/11/B-GPE ./PUNCT:./punct/2"
    )
    assert typed(spec) == set()  # Chile's ministers are at the meeting, not met by it
    attended = (
        "Peru/PROPN:NNP/nsubj/1/B-GPE attended|attend/VERB:VBD/ROOT/1 a/DET:DT/det/3 meeting/NOUN:NN/dobj/1 "
        "of/ADP:IN/prep/3 the/DET:DT/det/7 Chilean/ADJ:JJ/amod/7/B-NORP cabinet/NOUN:NN/pobj/4 ./PUNCT:./punct/1"
    )
    assert {(s, t) for s, t, _ in typed(attended)} == {("Peru", "CONSULT")}
    took_part = (
        "Peru/PROPN:NNP/nsubj/1/B-GPE took|take/VERB:VBD/ROOT/1 part/NOUN:NN/dobj/1 in/ADP:IN/prep/1 a/DET:DT/det/5 "
        "meeting/NOUN:NN/pobj/3 of/ADP:IN/prep/5 the/DET:DT/det/9 Chilean|chilean/ADJ:JJ/amod/9/B-NORP "
        "cabinet/NOUN:NN/pobj/6 ./PUNCT:./punct/1"
    )
    assert {(s, t) for s, t, _ in typed(took_part)} == {("Peru", "CONSULT")}


def test_a_former_member_of_a_body_does_not_stand_for_it():
    spec = (
        "Chile/PROPN/nsubj/1/B-GPE accused|accuse/VERB/ROOT/1 a/DET/det/4 former/ADJ/amod/4 "
        "employee/NOUN/dobj/1 of/ADP/prep/4 Petroperu/PROPN/pobj/5/B-ORG of/ADP/prep/1 "
        "spying|spy/VERB/pcomp/7 ./PUNCT/punct/1"
    )
    assert typed(spec) == set()
    the_body = "Chile/PROPN/nsubj/1/B-GPE accused|accuse/VERB/ROOT/1 Petroperu/PROPN/dobj/1/B-ORG of/ADP/prep/1 "
    the_body += "spying|spy/VERB/pcomp/3 ./PUNCT/punct/1"
    assert typed(the_body) == {("Chile", "DISAPPROVE", "Petroperu")}


def test_a_demanded_admission_targets_who_must_make_it_not_whom_it_is_about():
    spec = (
        "Poland/PROPN/nsubj/1/B-GPE demanded|demand/VERB/ROOT/1 an/DET/det/3 admission/NOUN/dobj/1 by/ADP/prep/3 "
        "Moscow/PROPN/pobj/4/B-GPE that/SCONJ/mark/9 Soviet/ADJ/amod/8/B-NORP forces|force/NOUN/nsubj/9 "
        "murdered|murder/VERB/acl/3 officers|officer/NOUN/dobj/9 ./PUNCT/punct/1"
    )
    assert {(s, o) for s, t, o in typed(spec) if t == "DEMAND"} == {("Poland", "Moscow")}


def test_protesting_at_an_act_targets_whom_it_concerns():
    spec = (
        "Palestinians|palestinian/PROPN/nsubj/1/B-NORP protested|protest/VERB/ROOT/1 at/ADP/prep/1 "
        "the/DET/det/4 settlement/NOUN/pobj/2 of/ADP/prep/4 Russian/ADJ/amod/7/B-NORP immigrants|immigrant/NOUN/pobj/5 "
        "./PUNCT/punct/1"
    )
    assert typed(spec) == {("Palestinians", "PROTEST", "Russian")}
    assert typed(spec.replace("Russian/ADJ/amod/7/B-NORP", "new/ADJ/amod/7")) == set()


def test_a_commitment_to_a_people_that_is_broken_rejects_them():
    spec = (
        "Mwanawasa/PROPN/nsubj/1/B-PERSON reneged|renege/VERB/ROOT/1 on/ADP/prep/1 his/PRON/poss/4 "
        "commitment/NOUN/pobj/2 to/ADP/prep/4 the/DET/det/8 Zambian/ADJ/amod/8/B-NORP people/NOUN/pobj/5 "
        "./PUNCT/punct/1"
    )
    assert typed(spec) == {("Mwanawasa", "REJECT", "Zambian")}
    spec = (
        "Mwanawasa/PROPN/nsubj/1/B-PERSON reneged|renege/VERB/ROOT/1 on/ADP/prep/1 his/PRON/poss/4 "
        "commitment/NOUN/pobj/2 to/ADP/prep/4 reform/NOUN/pobj/5 ./PUNCT/punct/1"
    )
    assert typed(spec) == set()


def test_the_chief_of_a_countrys_ally_is_that_country():
    spec = (
        "Hezbollah/PROPN/compound/1/B-ORG guerrillas|guerrilla/NOUN/nsubj/2 killed|kill/VERB/ROOT/2 the/DET/det/4 "
        "chief/NOUN/dobj/2 of/ADP/prep/4 Israel/PROPN/poss/8/B-GPE 's/PART/case/6 ally/NOUN/pobj/5 ./PUNCT/punct/2"
    )
    assert typed(spec) == {("Hezbollah", "ASSAULT", "Israel")}
    spec = (
        "Hezbollah/PROPN/compound/1/B-ORG guerrillas|guerrilla/NOUN/nsubj/2 killed|kill/VERB/ROOT/2 the/DET/det/4 "
        "chief/NOUN/dobj/2 of/ADP/prep/4 the/DET/det/7 militia/NOUN/pobj/5 ./PUNCT/punct/2"
    )
    assert typed(spec) == {("Hezbollah", "ASSAULT", "chief")}  # a role: canon drops it unless someone here holds it


DECLARATION = (
    "PKK/PROPN/nsubj/1/B-ORG issued|issue/VERB/ROOT/1 a/DET/det/3 declaration/NOUN/dobj/1 "
    "demanding|demand/VERB/acl/3 that/SCONJ/mark/9 the/DET/det/8 Turkish/ADJ/amod/8/B-NORP "
    "government/NOUN/nsubj/9 release|release/VERB/ccomp/4 prisoners|prisoner/NOUN/dobj/9 ./PUNCT/punct/1"
)


def test_a_declaration_demanding_is_its_issuers_demand():
    assert typed(DECLARATION) == {("PKK", "DEMAND", "Turkish")}  # the release is asked for, not claimed


def test_only_a_message_speaks_for_whoever_issues_it():
    assert typed(DECLARATION.replace("declaration/NOUN/dobj/1", "convoy/NOUN/dobj/1")) == set()


def test_forcing_an_actor_out_of_a_country_expels_it():
    spec = (
        "Jakarta/PROPN/nsubj/1/B-GPE forced|force/VERB/ROOT/1 the/DET/det/4 UN/PROPN/compound/4/B-ORG "
        "agency/NOUN/dobj/1 out/ADP/prep/1 of/ADP/prep/5 the/DET/det/8 country/NOUN/pobj/6 ./PUNCT/punct/1"
    )
    assert typed(spec) == {("Jakarta", "SANCTION", "UN")}
    spec = (
        "Jakarta/PROPN/nsubj/1/B-GPE forced|force/VERB/ROOT/1 the/DET/det/4 UN/PROPN/compound/4/B-ORG "
        "agency/NOUN/dobj/1 to/PART/aux/6 leave/VERB/xcomp/1 ./PUNCT/punct/1"
    )
    # no "out": not the expulsion, but forcing an actor to act still coerces it
    assert typed(spec) == {("Jakarta", "COERCE", "UN")}


MOBILIZED = (
    "Britain/PROPN/nsubj/1/B-GPE mobilized|mobilize/VERB/ROOT/1 reservists|reservist/NOUN/dobj/1 for/ADP/prep/1 "
    "a/DET/det/5 war/NOUN/pobj/3 against/ADP/prep/5 Iraq/PROPN/pobj/6/B-GPE ./PUNCT/punct/1"
)


def test_forces_mobilized_for_a_war_against_an_actor_are_mobilized_against_it():
    assert typed(MOBILIZED) == {("Britain", "MOBILIZE", "Iraq")}


def test_mobilizing_for_an_event_against_no_actor_or_mobilizing_civilians_is_no_claim():
    assert typed(MOBILIZED.replace("Iraq/PROPN/pobj/6/B-GPE", "poverty/NOUN/pobj/6")) == set()
    assert typed(MOBILIZED.replace("reservists|reservist", "lobbyists|lobbyist")) == set()


def test_denouncing_an_event_of_a_victim_is_not_denouncing_the_victim():
    spec = (
        "Iran/PROPN/nsubj/1/B-GPE denounced|denounce/VERB/ROOT/1 the/DET/det/3 invasion/NOUN/dobj/1 "
        "of/ADP/prep/3 Ukraine/PROPN/pobj/4/B-GPE ./PUNCT/punct/1"
    )
    doc = make_doc(spec)
    found = list(raw_claims(doc, "a1", default_lexicon()))
    assert not [c for c in found if c.event_type == "DISAPPROVE" and c.object.text == "Ukraine"]


def test_the_by_of_a_prepositions_object_hung_on_the_verb_names_whose_act_it_is():
    spec = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE protested|protest/VERB:VBD/ROOT/1 against/ADP:IN/prep/1 the/DET:DT/det/4 "
        "arrests|arrest/NOUN:NNS/pobj/2 by/ADP:IN/prep/1 Peruvian|peruvian/ADJ:JJ/amod/7/B-NORP "
        "police/NOUN:NNS/pobj/5 ./PUNCT:./punct/1"
    )
    assert typed(spec) == {("Chile", "DISAPPROVE", "Peruvian")}  # a state's protest is a complaint (PLOVER)
    # "by" and what it does: a means, no actor
    police = "Peruvian|peruvian/ADJ:JJ/amod/7/B-NORP police/NOUN:NNS/pobj/5"
    means = spec.replace(police, "a/DET:DT/det/7 note/NOUN:NN/pobj/5")
    assert typed(means) == set()
    # a passive verb's "by" is its own agent: "Chile was accused over the arrests by Peru" is Peru accusing
    passive = (
        "Chile/PROPN:NNP/nsubjpass/2/B-GPE was|be/AUX:VBD/auxpass/2 accused|accuse/VERB:VBN/ROOT/2 "
        "over/ADP:IN/prep/2 the/DET:DT/det/5 arrests|arrest/NOUN:NNS/pobj/3 by/ADP:IN/agent/2 "
        "Peru/PROPN:NNP/pobj/6/B-GPE ./PUNCT:./punct/2"
    )
    assert typed(passive) == {("Peru", "DISAPPROVE", "Chile")}


def test_a_passive_clause_called_for_asks_its_doer_not_whom_it_befalls():
    spec = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE appealed|appeal/VERB:VBD/ROOT/1 for/SCONJ:IN/mark/8 the/DET:DT/det/5 "
        "Peruvian|peruvian/ADJ:JJ/amod/5/B-NORP prisoners|prisoner/NOUN:NNS/nsubjpass/8 to/PART:TO/aux/8 "
        "be/AUX:VB/auxpass/8 freed|free/VERB:VBN/advcl/1 by/ADP:IN/agent/8 Bolivian|bolivian/ADJ:JJ/amod/11/B-NORP "
        "rebels|rebel/NOUN:NNS/pobj/9 ./PUNCT:./punct/1"
    )
    assert typed(spec) == {("Chile", "DEMAND", "Bolivian")}
    # no doer named: the prisoners to be freed are not whom the appeal is made to
    urged = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE urged|urge/VERB:VBD/ROOT/1 that/SCONJ:IN/mark/7 the/DET:DT/det/5 "
        "Peruvian|peruvian/ADJ:JJ/amod/5/B-NORP prisoners|prisoner/NOUN:NNS/nsubjpass/7 be/AUX:VB/auxpass/7 "
        "freed|free/VERB:VBN/ccomp/1 ./PUNCT:./punct/1"
    )
    assert typed(urged) == set()
    # an active clause still asks its subject: "urged that Peru free the prisoners"
    active = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE urged|urge/VERB:VBD/ROOT/1 that/SCONJ:IN/mark/4 Peru/PROPN:NNP/nsubj/4/B-GPE "
        "free/VERB:VB/ccomp/1 the/DET:DT/det/6 prisoners|prisoner/NOUN:NNS/dobj/4 ./PUNCT:./punct/1"
    )
    assert typed(active) == {("Chile", "DEMAND", "Peru")}

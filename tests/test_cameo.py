"""The CAMEO verb dictionary: the shipped file is what the converter makes, and graphkit reads it as it says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graphkit
from docs import make_doc
from graphkit.extract.cameo import Words, best_pattern
from graphkit.extract.lexicon import default_lexicon, merge_lexicons, parse_lexicon
from graphkit.extract.relations import raw_claims
from graphkit.vocabulary.cameo import CameoDictionary, CompiledPattern, Pattern, Slot, VerbPatterns, cameo_dictionary
from graphkit.vocabulary.cameo_compiler import CAMEO_FILE, OUTPUT, compile_cameo, dumps, read_verbs

LEXICONS = Path(__file__).resolve().parent.parent.parent / "shared" / "lexicons"


@pytest.mark.skipif(not (LEXICONS / CAMEO_FILE).is_file(), reason="../shared/lexicons is not beside the repo")
def test_the_shipped_dictionary_is_what_the_converter_makes():
    assert OUTPUT.read_text("utf-8") == dumps(compile_cameo(LEXICONS))


def test_the_shipped_dictionary_keeps_the_notice_and_every_verb_block():
    data = json.loads(OUTPUT.read_text("utf-8"))
    assert "MIT License" in data["notice"] and "CC BY-SA 4.0" in data["notice"]
    assert (OUTPUT.parent / "PETRARCH2_LICENSE.txt").read_text("utf-8").startswith("The MIT License")
    assert data["counts"]["verbs"] > 1500 and data["counts"]["patterns_kept"] > 4000


def test_codes_map_to_graphkit_types_through_the_crosswalk():
    cameo = cameo_dictionary()
    assert cameo.coding("173").event_type == "COERCE" and cameo.coding("173").mode == "arrest"
    assert cameo.coding("0331").event_type == "AGREE"  # an intent to aid is an agreement in PLOVER
    assert cameo.coding("091").event_type == "INVESTIGATE"  # ACCUSE with mode investigate
    assert cameo.coding("112").event_type == "DISAPPROVE"  # ACCUSE otherwise
    assert cameo.coding("1043").event_type == "DEMAND"  # REQUEST
    assert cameo.coding("193").event_type == "FIGHT"  # conventional military force
    assert (cameo.coding("192").event_type, cameo.coding("192").mode) == ("COERCE", "seize")  # not a battle
    assert (cameo.coding("191").event_type, cameo.coding("191").mode) == ("COERCE", "restrict")  # a blockade
    assert cameo.coding("027").event_type == "DEMAND"  # an appeal
    assert cameo.coding("010") is None  # a public statement is no PLOVER event


def test_patterns_match_in_order_and_prefer_the_words_nearest_the_verb():
    doc = make_doc(
        "Chad/PROPN/nsubj/1/B-GPE broke|break/VERB/ROOT/1 relations|relation/NOUN/dobj/1 with/ADP/prep/2 "
        "Libya/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    relations = Pattern("161", False, (), (("relations",),), None)
    with_anyone = Pattern("130", False, (), (("with",),), None)
    assert (
        best_pattern(doc[1], "break", VerbPatterns((CompiledPattern.of(with_anyone), CompiledPattern.of(relations))))
        is relations
    )
    assert Words(list(doc)).in_order([Slot.of(("libya",)), Slot.of(("chad",))]) is None  # out of order


def test_of_two_equal_patterns_of_a_block_the_one_written_for_the_verb_wins():
    doc = make_doc(
        "Chile/PROPN/nsubj/1/B-GPE opened|open/VERB/ROOT/1 its/PRON/poss/3 border/NOUN/dobj/1 ./PUNCT/punct/1"
    )
    for_reopen = Pattern("050", False, (), (("border",),), None, named=("reopen",))
    for_open = Pattern("080", False, (), (("border",),), None, named=("open",))
    both = VerbPatterns((CompiledPattern.of(for_reopen), CompiledPattern.of(for_open)))
    assert best_pattern(doc[1], "open", both) is for_open
    assert best_pattern(doc[1], "reopen", both) is for_reopen  # the first of a tie neither was written for
    assert best_pattern(doc[1], "start", both) is for_reopen


def test_the_dictionary_keeps_which_verb_of_its_block_a_pattern_was_written_for():
    opened = [p.pattern for p in cameo_dictionary().indexed("open").patterns if p.pattern.after == (("border",),)]
    assert {p.code for p in opened if "open" in p.named} == {"080"}
    assert {p.code for p in opened if "reopen" in p.named} == {"050"}


def test_a_pattern_whose_target_does_the_same_act_back_makes_the_sides_act_on_each_other():
    exchanged = [p.pattern for p in cameo_dictionary().indexed("exchange").patterns if p.pattern.code == "112"]
    assert exchanged and all(p.mutual for p in exchanged)  # EXCHANGE * ACCUSATIONS [112:112]
    spec = (
        "Chile/PROPN:NNP/nsubj/3/B-GPE and/CCONJ:CC/cc/0 Peru/PROPN:NNP/conj/0/B-GPE "
        "exchanged|exchange/VERB:VBD/ROOT/3 accusations|accusation/NOUN:NNS/dobj/3 over/ADP:IN/prep/4 "
        "the/DET:DT/det/8 border/NOUN:NN/compound/8 incident/NOUN:NN/pobj/5 ./PUNCT:./punct/3"
    )
    assert {(s, t, o) for s, t, o, _ in claims_of(spec)} == {
        ("Chile", "DISAPPROVE", "Peru"),
        ("Peru", "DISAPPROVE", "Chile"),
    }


def test_prefixes_match_long_words_only():
    doc = make_doc("Chad/PROPN/nsubj/1/B-GPE violated|violate/VERB/ROOT/1 one/NUM/dobj/1 ./PUNCT/punct/1")
    words = Words(list(doc))
    assert words.in_order([Slot.of(("violat",))]) == 1
    assert words.in_order([Slot.of(("on",))]) is None  # "on" is not "one"
    assert words.may_match([Slot.of(("violat",))]) and not words.may_match([Slot.of(("on",))])


def claims_of(spec: str):
    return {
        (c.subject.text, c.event_type, c.object.text, c.cameo)
        for c in raw_claims(make_doc(spec), "a", default_lexicon())
    }


def test_a_verb_the_lexicon_does_not_list_is_coded_by_its_pattern():
    spec = (
        "Police/NOUN/nsubj/1 apprehended|apprehend/VERB/ROOT/1 two/NUM/nummod/4 Chadian/ADJ/amod/4/B-NORP "
        "smugglers|smuggler/NOUN/dobj/1 ./PUNCT/punct/1"
    )
    # police named by their noun alone are read too (canon codes them where they act, or drops them)
    assert claims_of(spec) == {("Police", "COERCE", "Chadian", "173")}
    pronoun = spec.replace("Police/NOUN/nsubj/1", "It/PRON/nsubj/1")
    assert claims_of(pronoun) == set()  # no actor doing it: the dictionary is not read
    spec = spec.replace("Police/NOUN/nsubj/1", "Libya/PROPN/nsubj/1/B-GPE")
    assert claims_of(spec) == {("Libya", "COERCE", "Chadian", "173")}


def test_where_it_happened_counts_only_for_a_pattern_that_names_its_preposition():
    # the dictionary's "quit * meeting" is walking out of a meeting; "at a public meeting" only says where
    said_where = (
        "Chad/PROPN/nsubj/1/B-GPE quit/VERB/ROOT/1 Libya/PROPN/dobj/1/B-GPE at/ADP/prep/1 a/DET/det/6 "
        "public/ADJ/amod/6 meeting/NOUN/pobj/3 ./PUNCT/punct/1"
    )
    assert claims_of(said_where) == set()


def test_a_verb_whose_default_is_dropped_codes_only_through_a_pattern():
    spec = "Chad/PROPN/nsubj/1/B-GPE matched|match/VERB/ROOT/1 Libya/PROPN/dobj/1/B-GPE ./PUNCT/punct/1"
    assert claims_of(spec) == set()  # "match" would be force (190) by default


def test_a_verb_the_lexicon_leaves_unread_is_no_event_by_any_pattern():
    # "add" is in the block of GRANT, whose "* TONNES" (073) is aid: "added 90,000 tonnes of Peruvian wheat to
    # its purchases" buys, and "he added" says
    spec = (
        "Chile/PROPN/nsubj/1/B-GPE added|add/VERB:VBD/ROOT/1 9,000/NUM/nummod/3 tonnes|tonne/NOUN/dobj/1 "
        "of/ADP/prep/3 Peruvian/ADJ/amod/6/B-NORP wheat/NOUN/pobj/4 to/ADP/prep/1 its/PRON/poss/9 "
        "purchases|purchase/NOUN/pobj/7 ./PUNCT/punct/1"
    )
    assert claims_of(spec) == set()
    assert "add" in default_lexicon().cameo.unread
    user = parse_lexicon('[cameo]\nunread = ["donate"]\n')
    assert merge_lexicons(default_lexicon(), user).cameo.unread == default_lexicon().cameo.unread | {"donate"}


def test_a_verb_that_takes_only_its_own_patterns_borrows_none_from_its_block():
    # SEARCH's block holds SEEK, whose "* OFFICE" (035) is seeking office: inspectors who searched a broadcaster's
    # offices did not agree to anything
    spec = (
        "Hungarian/ADJ/amod/2/B-NORP tax/NOUN/compound/2 inspectors|inspector/NOUN/nsubj/3 "
        "searched|search/VERB:VBD/ROOT/3 Reuters/PROPN/poss/6/B-ORG 's/PART/case/4 offices|office/NOUN/dobj/3 "
        "./PUNCT/punct/3"
    )
    assert claims_of(spec) == set()
    assert "search" in default_lexicon().cameo.own_patterns
    seeking = spec.replace("searched|search", "sought|seek")  # the pattern still holds for the verb it names
    assert {t for _, t, _, _ in claims_of(seeking)} == {"AGREE"}
    user = parse_lexicon('[cameo]\nown_patterns = ["hound"]\n')
    assert merge_lexicons(default_lexicon(), user).cameo.own_patterns == default_lexicon().cameo.own_patterns | {
        "hound"
    }


def test_a_verb_of_force_done_by_armed_forces_keeps_its_default_code():
    # "raid" is dropped to its patterns (police raids, dawn raids on shares); troops raiding is force (190)
    spec = (
        "Chilean/ADJ/amod/1/B-NORP troops|troop/NOUN/nsubj/2 raided|raid/VERB/ROOT/2 a/DET/det/6 "
        "Peruvian/ADJ/amod/6/B-NORP border/NOUN/compound/6 post/NOUN/dobj/2 ./PUNCT/punct/2"
    )
    assert {(s, t, o) for s, t, o, _ in claims_of(spec)} == {("Chilean", "FIGHT", "Peruvian")}
    by_police = spec.replace("troops|troop/NOUN/nsubj/2", "police/NOUN/nsubj/2")
    # a police raid is not the dictionary's force but coercion (PLOVER's COERCE: "raid")
    assert {(s, t, o) for s, t, o, _ in claims_of(by_police)} == {("Chilean", "COERCE", "Peruvian")}
    passive = (
        "Peruvian/ADJ/amod/1/B-NORP positions|position/NOUN/nsubjpass/3 were|be/AUX/auxpass/3 "
        "pounded|pound/VERB/ROOT/3 by/ADP/agent/3 Chilean/ADJ/amod/6/B-NORP artillery/NOUN/pobj/4 ./PUNCT/punct/3"
    )
    assert {(s, t, o) for s, t, o, _ in claims_of(passive)} == {("Chilean", "FIGHT", "Peruvian")}
    assert claims_of(passive.replace("artillery/NOUN", "investors|investor/NOUN")) == set()


def test_a_patterns_words_are_not_looked_for_in_a_clause_of_their_own():
    # "announce * plans" (030) holds for the block of "tell"; the plans of a clause on the object are not told
    told_of = (
        "Chile/PROPN:NNP/nsubj/1/B-GPE told|tell/VERB:VBD/ROOT/1 Peru/PROPN:NNP/dobj/1/B-GPE of/ADP:IN/prep/1 "
        "its/PRON:PRP$/poss/5 plans|plan/NOUN:NNS/pobj/3 ./PUNCT:./punct/1"
    )
    assert {(s, t, o) for s, t, o, _ in claims_of(told_of)} == {("Chile", "AGREE", "Peru")}
    clause = (  # "Chile told Radio Peru's Today programme that ...", the radio parsed as told
        "Chile/PROPN:NNP/nsubj/1/B-GPE told|tell/VERB:VBD/ROOT/1 Radio/PROPN:NNP/compound/3/B-ORG "
        "Peru/PROPN:NNP/dative/1/I-ORG 's/PART:POS/case/3/I-ORG Today/PROPN:NNP/compound/6/B-DATE "
        "programme/NOUN:NN/dobj/1 that/SCONJ:IN/mark/10 the/DET:DT/det/9 plans|plan/NOUN:NNS/nsubj/10 "
        "were|be/AUX:VBD/acl/6 inadequate/ADJ:JJ/acomp/10 ./PUNCT:./punct/1"
    )
    assert claims_of(clause) == set()


def test_a_pattern_with_no_code_says_the_verb_is_no_event_there():
    spec = (
        "Chad/PROPN/nsubj/1/B-GPE killed|kill/VERB/ROOT/1 Libya/PROPN/dobj/1/B-GPE in/ADP/prep/1 "
        "a/DET/det/5 training/NOUN/compound/6 accident/NOUN/pobj/3 ./PUNCT/punct/1"
    )
    assert "kill" in {v for r in default_lexicon().relations for v in r.verbs}  # graphkit's own entry wins...
    assert claims_of(spec)  # ... so graphkit still codes it; the dictionary only adds provenance
    lexicon = parse_lexicon('[cameo]\npredicates = { FIGHT = "fights", ASSAULT = "attacks" }\n')
    assert list(raw_claims(make_doc(spec), "a", lexicon)) == []  # the dictionary alone: no event


def test_a_pattern_of_no_words_holds_for_its_verb_and_one_with_a_negation_is_not_kept():
    block = [
        "---  REPEAT   [010]  ---",
        "ECHO",
        "MOCK [111]",
        "- * +                 [111]   # MOCK",
        "- * CALLS             [051]   # ECHO",
        "- * NO CONCESSION     [124]   # ECHO",
    ]
    _, blocks, read, kept = read_verbs(block, {})
    patterns = {(tuple(w for slot in p["after"] for w in slot), p["code"]): p["verbs"] for p in blocks[0]["patterns"]}
    assert patterns == {((), "111"): ["mock"], (("calls",), "051"): []}  # content words hold for the whole block
    assert (read, kept) == (3, 2)  # "made no concession": the sentence's own negation is read, not a pattern's
    echoed = "Chad/PROPN/nsubj/1/B-GPE echoed|echo/VERB/ROOT/1 Libya/PROPN/dobj/1/B-GPE ./PUNCT/punct/1"
    assert claims_of(echoed) == set()  # repeating someone is no criticism of him
    mocked = echoed.replace("echoed|echo", "mocked|mock")
    assert {(s, t, o) for s, t, o, _ in claims_of(mocked)} == {("Chad", "DISAPPROVE", "Libya")}


def test_a_reversed_code_makes_the_object_act_on_the_subject():
    spec = "Chad/PROPN/nsubj/1/B-GPE outraged|outrage/VERB/ROOT/1 Libya/PROPN/dobj/1/B-GPE ./PUNCT/punct/1"
    assert {(s, t, o) for s, t, o, _ in claims_of(spec)} == {("Libya", "DISAPPROVE", "Chad")}


def test_a_light_verb_of_a_lexicon_noun_is_coded_by_the_noun_once():
    spec = (
        "Chad/PROPN/nsubj/1/B-GPE imposed|impose/VERB/ROOT/1 sanctions|sanction/NOUN/dobj/1 on/ADP/prep/1 "
        "Libya/PROPN/pobj/3/B-GPE ./PUNCT/punct/1"
    )
    assert {t for _, t, _, _ in claims_of(spec)} == {"SANCTION"}


def test_claims_carry_their_coding_to_every_output(tmp_path):
    text = "Chad apprehended two Libyan smugglers on Monday."
    records = graphkit.extract_claims(text)
    (coded,) = [r for r in records if r["event_type"] == "COERCE"]
    assert (coded["cameo"], coded["mode"], coded["context"]) == ("173", "arrest", "legal")
    kg = graphkit.build([_write(tmp_path, text)])
    kg.save(tmp_path / "out")
    back = graphkit.read_turtle(tmp_path / "out" / "graph.ttl")
    assert {(c.cameo, c.mode, c.context) for c in back.claims} == {("173", "arrest", "legal")}
    html = (tmp_path / "out" / "graph.html").read_text("utf-8")
    assert "CAMEO 173" in html


def _write(folder: Path, text: str) -> Path:
    path = folder / "a.txt"
    path.write_text(text, "utf-8")
    return path


def test_the_dictionary_loads_from_data():
    data = json.loads(OUTPUT.read_text("utf-8"))
    assert len(CameoDictionary(data)) == data["counts"]["verbs"]

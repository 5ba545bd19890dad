"""The one-word names of the alias table, tagged where the entity recognizer missed them."""

from __future__ import annotations

from importlib import resources

from docs import make_doc
from graphkit.canon.aliases import KNOWN_NAMES_FILE, parser_names
from graphkit.canon.places import parser_place_names
from graphkit.extract.lexicon import default_lexicon
from graphkit.extract.relations import raw_claims
from graphkit.nlp.known_names import tag_known_names
from graphkit.nlp.place_names import place_names


def tagged(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in tag_known_names(make_doc(spec)).ents]


def test_an_untagged_short_name_of_a_known_body_becomes_an_organization():
    # "IDF troops detained a Latvian man near Riga": the IDF's troops, not Latvia's
    spec = (
        "IDF/PROPN:NNP/compound/1 troops|troop/NOUN:NNS/nsubj/2 detained|detain/VERB:VBD/ROOT/2 a/DET:DT/det/5 "
        "Latvian/ADJ:JJ/amod/5/B-NORP man/NOUN:NN/dobj/2 near/ADP:IN/prep/2 Riga/PROPN:NNP/pobj/6/B-GPE "
        "./PUNCT:./punct/2"
    )
    assert tagged(spec) == [("IDF", "ORG"), ("Latvian", "NORP"), ("Riga", "GPE")]


def test_a_short_name_of_graphkits_own_movements_becomes_an_organization():
    # "ISWAP fighters attacked a Latvian post": the name is in movements.txt, not in the alias table
    spec = (
        "ISWAP/PROPN:NNP/compound/1 fighters|fighter/NOUN:NNS/nsubj/2 attacked|attack/VERB:VBD/ROOT/2 a/DET:DT/det/5 "
        "Latvian/ADJ:JJ/amod/5/B-NORP post/NOUN:NN/dobj/2 ./PUNCT:./punct/2"
    )
    assert tagged(spec) == [("ISWAP", "ORG"), ("Latvian", "NORP")]
    assert ("ISWAP", "ORG") in parser_names()


def test_not_in_a_sentence_written_in_capitals_nor_as_a_verb():
    headline = (
        "LATVIA/PROPN:NNP/nsubj/1/B-GPE SAYS|say/VERB:VBZ/ROOT/1 IT|it/PRON:PRP/nsubj/3 IS|be/AUX:VBZ/ccomp/1 "
        "READY|ready/ADJ:JJ/acomp/3 TO|to/PART:TO/aux/6 TALK|talk/VERB:VB/xcomp/4 TO|to/ADP:IN/prep/6 "
        "IS/PROPN:NNP/pobj/7"
    )
    assert tagged(headline) == [("LATVIA", "GPE")]
    verb = "Latvia/PROPN:NNP/nsubj/1/B-GPE IS|be/AUX:VBZ/ROOT/1 ready/ADJ:JJ/acomp/1 ./PUNCT:./punct/1"
    assert tagged(verb) == [("Latvia", "GPE")]


def test_a_capital_taken_for_a_body_where_it_is_a_place_is_the_city():
    # "Gunmen stormed a hotel in Riga": Riga an ORG made no place, and the attack no claim
    spec = (
        "Gunmen|gunman/NOUN:NNS/nsubj/1 stormed|storm/VERB:VBD/ROOT/1 a/DET:DT/det/3 hotel/NOUN:NN/dobj/1 "
        "in/ADP:IN/prep/3 Riga/PROPN:NNP/pobj/4/B-ORG ./PUNCT:./punct/1"
    )
    assert tagged(spec) == [("Riga", "GPE")]
    # a capital's name that is no place in the sentence keeps the recognizer's label ("Riga" the football club)
    subject = "Riga/PROPN:NNP/nsubj/1/B-ORG won|win/VERB:VBD/ROOT/1 ./PUNCT:./punct/1"
    assert tagged(subject) == [("Riga", "ORG")]


def test_a_town_taken_for_a_person_or_a_body_where_it_is_a_place_is_a_place():
    # "Gunmen ambushed a convoy near Kidal": Kidal a PERSON made no place, and the attack by gunmen no claim
    for label in ("PERSON", "ORG", "NORP", "WORK_OF_ART"):
        spec = (
            "Gunmen|gunman/NOUN:NNS/nsubj/1 ambushed|ambush/VERB:VBD/ROOT/1 a/DET:DT/det/3 convoy/NOUN:NN/dobj/1 "
            f"near/ADP:IN/prep/1 Kidal/PROPN:NNP/pobj/4/B-{label} ./PUNCT:./punct/1"
        )
        assert tagged(spec) == [("Kidal", "GPE")], label
    # the town's name where it is no place keeps the recognizer's label; a name no table has is no town
    subject = "Kidal/PROPN:NNP/nsubj/1/B-PERSON spoke|speak/VERB:VBD/ROOT/1 ./PUNCT:./punct/1"
    assert tagged(subject) == [("Kidal", "PERSON")]
    unknown = (
        "Gunmen|gunman/NOUN:NNS/nsubj/1 fled|flee/VERB:VBD/ROOT/1 near/ADP:IN/prep/1 Zorvakh/PROPN:NNP/pobj/2/B-PERSON"
    )
    assert tagged(unknown) == [("Zorvakh", "PERSON")]
    # "into" is where one goes ("sent troops into Kidal"); "to" may be whom one speaks to
    into = "Troops|troop/NOUN:NNS/nsubj/1 moved|move/VERB:VBD/ROOT/1 into/ADP:IN/prep/1 Kidal/PROPN:NNP/pobj/2/B-PERSON"
    assert tagged(into) == [("Kidal", "GPE")]
    to = "He/PRON:PRP/nsubj/1 spoke|speak/VERB:VBD/ROOT/1 to/ADP:IN/prep/1 Kidal/PROPN:NNP/pobj/2/B-PERSON"
    assert tagged(to) == [("Kidal", "PERSON")]
    # "at" names a workplace or an aim as often ("an analyst at Santander"), and a possessive a person's things
    at = "He/PRON:PRP/nsubj/1 works|work/VERB:VBZ/ROOT/1 at/ADP:IN/prep/1 Kidal/PROPN:NNP/pobj/2/B-ORG"
    assert tagged(at) == [("Kidal", "ORG")]
    owned = (
        "He/PRON:PRP/nsubj/1 slept|sleep/VERB:VBD/ROOT/1 in/ADP:IN/prep/1 Kidal/PROPN:NNP/poss/5/B-PERSON "
        "'s/PART:POS/case/3 house/NOUN:NN/pobj/2"
    )
    assert tagged(owned) == [("Kidal", "PERSON")]


def test_a_town_taken_for_a_body_that_its_noun_says_is_a_town_is_a_place():
    # "lifted the curfew on the town of Kidal": Kidal an ORG made no place of the curfew's town
    spec = (
        "Police|police/NOUN:NNS/nsubj/1 sealed|seal/VERB:VBD/ROOT/1 off/ADP:RP/prt/1 the/DET:DT/det/4 "
        "town/NOUN:NN/dobj/1 of/ADP:IN/prep/4 Kidal/PROPN:NNP/pobj/5/B-ORG ./PUNCT:./punct/1"
    )
    assert tagged(spec) == [("Kidal", "GPE")]
    # not the name of what a name has ("the leader of Kidal Holdings" is a body's)
    leader = (
        "Police|police/NOUN:NNS/nsubj/1 met|meet/VERB:VBD/ROOT/1 the/DET:DT/det/3 leader/NOUN:NN/dobj/1 "
        "of/ADP:IN/prep/3 Kidal/PROPN:NNP/pobj/4/B-ORG ./PUNCT:./punct/1"
    )
    assert tagged(leader) == [("Kidal", "ORG")]


def test_shipped_place_names_are_the_place_tables_but_its_actors():
    shipped = place_names()
    assert sorted(shipped) == parser_place_names() and {"bamenda", "culiacan", "zamfara"} <= shipped
    assert "hamas" not in shipped  # a body of the alias table, whatever town bears the name
    assert "google" not in shipped  # only a town's own name: Topeka, which GeoNames also lists as "Google"
    # as English news writes a town's own name: without transliteration marks ("Sāmarrā’") or the Arabic article
    # ("Al Fallūjah"); "El" stays ("El Fasher")
    assert {"samarra", "fallujah", "ramadi", "el fasher"} <= shipped and "fasher" not in shipped


def test_an_unknown_acronym_before_people_leaves_them_no_ones():
    # "XRF troops detained a Latvian man near Riga": whose troops, graphkit cannot say; not Latvia's
    spec = (
        "XRF/PROPN:NNP/compound/1 troops|troop/NOUN:NNS/nsubj/2 detained|detain/VERB:VBD/ROOT/2 a/DET:DT/det/5 "
        "Latvian/ADJ:JJ/amod/5/B-NORP man/NOUN:NN/dobj/2 near/ADP:IN/prep/2 Riga/PROPN:NNP/pobj/6/B-GPE "
        "./PUNCT:./punct/2"
    )
    doc = tag_known_names(make_doc(spec))
    assert [c.subject.text for c in raw_claims(doc, "a1", default_lexicon())] == []


def test_an_untagged_people_of_one_state_becomes_a_nationality():
    # "Houthi rebels fired missiles at Latvia"
    spec = (
        "Houthi/PROPN:NNP/compound/1 rebels|rebel/NOUN:NNS/nsubj/2 fired|fire/VERB:VBD/ROOT/2 "
        "missiles|missile/NOUN:NNS/dobj/2 at/ADP:IN/prep/2 Latvia/PROPN:NNP/pobj/4/B-GPE ./PUNCT:./punct/2"
    )
    assert tagged(spec) == [("Houthi", "NORP"), ("Latvia", "GPE")]


def test_an_untagged_one_word_name_of_a_known_organization_becomes_one():
    # "Taliban fighters shelled Latvia": the Taliban's fighters, whom the alias table knows by that name
    spec = (
        "Taliban/PROPN:NNP/compound/1 fighters|fighter/NOUN:NNS/nsubj/2 shelled|shell/VERB:VBD/ROOT/2 "
        "Latvia/PROPN:NNP/dobj/2/B-GPE ./PUNCT:./punct/2"
    )
    assert tagged(spec) == [("Taliban", "ORG"), ("Latvia", "GPE")]


def test_shipped_names_are_what_canon_makes():
    shipped = resources.files("graphkit.nlp").joinpath(KNOWN_NAMES_FILE).read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in shipped.splitlines() if line and not line.startswith("#")]
    names = dict(rows)
    assert rows == parser_names() and names["IDF"] == names["ISIL"] == "ORG" and names["Houthi"] == "NORP"
    assert "USA" not in names and "Brussels" not in names  # a country's code, a city standing for the EU
    assert names["Taliban"] == names["Nato"] == "ORG"


def test_an_untagged_town_before_a_region_noun_naming_it_is_a_place():
    # "deployed soldiers to Kidal region": a name of the place table NER left untagged, named by its noun
    spec = (
        "Mali|Mali/PROPN:NNP/nsubj/1/B-GPE deployed|deploy/VERB:VBD/ROOT/1 soldiers|soldier/NOUN:NNS/dobj/1 "
        "to/ADP:IN/prep/1 Kidal/PROPN:NNP/compound/5 region/NOUN:NN/pobj/3 ./PUNCT:./punct/1"
    )
    assert tagged(spec) == [("Mali", "GPE"), ("Kidal", "GPE")]
    # not a name the place table lacks, nor one that is not the region noun's own
    unknown = spec.replace("Kidal/PROPN", "Zorvakia/PROPN")
    assert tagged(unknown) == [("Mali", "GPE")]
    apart = (
        "Mali|Mali/PROPN:NNP/nsubj/1/B-GPE deployed|deploy/VERB:VBD/ROOT/1 Kidal/PROPN:NNP/dobj/1 "
        "region/NOUN:NN/npadvmod/1 ./PUNCT:./punct/1"
    )
    assert tagged(apart) == [("Mali", "GPE")]

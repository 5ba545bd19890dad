"""Leaders named by the surname alone, tagged where the entity recognizer missed or misread them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import graphkit
import graphkit.canon
from docs import make_doc
from graphkit.canon.gazetteer import gazetteer
from graphkit.canon.gazetteer_compiler import SURNAMES_FILE, write_surnames
from graphkit.nlp.surnames import tag_lone_surnames


def tagged(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in tag_lone_surnames(make_doc(spec)).ents]


def test_an_untagged_surname_starting_a_sentence_is_a_person_even_read_as_a_common_noun():
    # "Trump praised Latvia ...": the tagger reads the card game's word
    spec = "Trump|trump/NOUN:NN/nsubj/1 praised|praise/VERB:VBD/ROOT/1 Latvia/PROPN:NNP/dobj/1/B-GPE ./PUNCT:./punct/1"
    assert tagged(spec) == [("Trump", "PERSON"), ("Latvia", "GPE")]
    proper = spec.replace("Trump|trump/NOUN:NN", "Papandreou/PROPN:NNP")
    assert tagged(proper) == [("Papandreou", "PERSON"), ("Latvia", "GPE")]


def test_a_surname_taken_for_a_body_is_a_person_where_it_stands_alone():
    # "Latvia condemned Rouhani's remarks", the name tagged as an organization
    spec = (
        "Latvia/PROPN:NNP/nsubj/1/B-GPE condemned|condemn/VERB:VBD/ROOT/1 Rouhani/PROPN:NNP/poss/4/B-ORG "
        "'s/PART:POS/case/2 remarks|remark/NOUN:NNS/dobj/1 ./PUNCT:./punct/1"
    )
    assert tagged(spec) == [("Latvia", "GPE"), ("Rouhani", "PERSON")]
    # a capitalized word beside it makes another name: "Rouhani Foundation"
    longer = spec.replace("'s/PART:POS/case/2", "Foundation/PROPN:NNP/compound/2/I-ORG")
    assert tagged(longer) == [("Latvia", "GPE"), ("Rouhani Foundation", "ORG")]
    # "Hezb-e-Islami": a hyphen joins it to a longer name
    hyphened = (
        "Hezb/PROPN:NNP/compound/4 -/PUNCT:HYPH/punct/4 e/X:FW/compound/4 -/PUNCT:HYPH/punct/4 "
        "Islami/PROPN:NNP/nsubj/5/B-ORG shelled|shell/VERB:VBD/ROOT/5 Latvia/PROPN:NNP/dobj/5/B-GPE"
    )
    assert tagged(hyphened) == [("Islami", "ORG"), ("Latvia", "GPE")]


@pytest.mark.parametrize(
    "spec",
    [
        # "Parts of Riga flooded": a plural common noun is the word, not the surname
        "Parts|part/NOUN:NNS/nsubj/3 of/ADP:IN/prep/0 Riga/PROPN:NNP/pobj/1/B-GPE flooded|flood/VERB:VBD/ROOT/3",
        # "Latvia marked Easter": untagged in the middle of a sentence, the recognizer's silence holds
        "Latvia/PROPN:NNP/nsubj/1/B-GPE marked|mark/VERB:VBD/ROOT/1 Easter/PROPN:NNP/dobj/1",
        # "Trump officials visited Riga": a word of a compound
        "Trump/PROPN:NNP/compound/1 officials|official/NOUN:NNS/nsubj/2 visited|visit/VERB:VBD/ROOT/2 "
        "Riga/PROPN:NNP/dobj/2/B-GPE",
        # "Mining giant Vale cut output": modified by a common noun, a firm's name
        "Mining|mining/NOUN:NN/compound/1 giant/NOUN:NN/compound/2 Vale/PROPN:NNP/nsubj/3/B-ORG "
        "cut/VERB:VBD/ROOT/3 output/NOUN:NN/dobj/3",
        # a headline in title case: "Trump Praises Latvian Defence Budget"
        "Trump|trump/NOUN:NN/nsubj/1 Praises|praise/VERB:VBZ/ROOT/1 Latvian/ADJ:JJ/amod/4/B-NORP "
        "Defence/PROPN:NNP/compound/4 Budget/PROPN:NNP/dobj/1",
    ],
)
def test_where_the_word_is_no_lone_surname_nothing_is_tagged(spec):
    assert "PERSON" not in {label for _, label in tagged(spec)}


def test_the_model_codes_a_leader_named_by_the_surname_alone():
    claims = graphkit.extract_claims(
        ["Modi praised Latvia for its support on Monday.", "Sisi praised Latvia on Monday."]
    )
    subjects = {c["subject"]["text"]: c["subject"] for c in claims if c["event_type"]}
    assert subjects["Modi"]["type"] == "Person" and subjects["Modi"]["country"] == "IND"
    assert subjects["Sisi"]["type"] == "Person" and subjects["Sisi"]["country"] == "EGY"


def test_the_shipped_surnames_are_what_the_compiler_makes(tmp_path):
    shipped = resources.files("graphkit.nlp").joinpath(SURNAMES_FILE).read_text(encoding="utf-8")
    canon = Path(graphkit.canon.__file__).parent
    assert write_surnames(canon, tmp_path).read_text(encoding="utf-8") == shipped
    names = set(shipped.splitlines()[1:])
    assert {"trump", "modi", "sisi", "papandreou"} <= names
    # no country, people, capital, title, given name, faith, body of the alias table or first word of a firm
    assert not names & {
        "belarus",
        "french",
        "harare",
        "colombo",
        "king",
        "sheikh",
        "mohammed",
        "hamas",
        "islam",
        "ford",
    }
    assert len(names) > 10_000 and len(names) <= len(gazetteer().lone_surnames())

"""Bodies named by an acronym the recognizer missed, before the noun of their people (nlp/acronym_groups.py).

Hand-built Docs stand for what the model leaves untagged; one sentence goes through the real model and the extractor.
"""

from __future__ import annotations

import graphkit
from docs import make_doc
from graphkit.nlp.acronym_groups import tag_acronym_groups
from graphkit.types import Article


def tagged(spec: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in tag_acronym_groups(make_doc(spec)).ents]


def test_an_untagged_acronym_before_a_body_s_people_names_the_body():
    rebels = "ADF/PROPN/compound/1 rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2 Beni/PROPN/dobj/2/B-GPE ./PUNCT/punct/2"
    activists = "police/NOUN/nsubj/1 detained/VERB/ROOT/1 BNP/PROPN/compound/3 activists/NOUN/dobj/1 ./PUNCT/punct/1"
    assert tagged(rebels) == [("ADF", "ORG"), ("Beni", "GPE")]
    assert tagged(activists) == [("BNP", "ORG")]


def test_an_acronym_before_another_noun_or_in_a_shouted_headline_stays_untagged():
    office = "the/DET/det/2 PM/PROPN/compound/2 office/NOUN/nsubj/3 said/VERB/ROOT/3 ./PUNCT/punct/3"
    shouted = "ADF/PROPN/compound/1 REBELS/NOUN/nsubj/2 ATTACK/VERB/ROOT/2 BENI/PROPN/dobj/2 ./PUNCT/punct/2"
    named = "ADF/PROPN/compound/1/B-ORG rebels/NOUN/nsubj/2 attacked/VERB/ROOT/2 ./PUNCT/punct/2"
    assert tagged(office) == [] and tagged(shouted) == []
    assert tagged(named) == [("ADF", "ORG")]  # what the recognizer found is kept


def test_the_people_of_an_acronym_the_recognizer_missed_act_for_it():
    records = graphkit.extract_claims(Article("t", "ADF rebels killed at least 20 civilians in Butembo."))
    attacks = [(c["subject"]["label"], c["object"]["country"]) for c in records if c["event_type"] == "ASSAULT"]
    assert attacks == [("ADF", "COD")]

"""Extraction time grows linearly with a sentence's length: run-on text is cut into bounded Docs, and what
extraction asks of a Doc again and again is indexed once (``extract/doc_index.py``).

The index must not change a result: here it is compared with the scans it replaced, token by token, on
parses of the real model. The times themselves are measured by ``bench/hostile.py``.
"""

from __future__ import annotations

import random

import pytest
from conftest import SEEDS

from graphkit.extract import extract_doc
from graphkit.extract.mentions import (
    ACTOR_LABELS,
    actor_entities,
    actor_label,
    antecedent_of,
    entity_of,
    last_word,
    new_holder,
    one_of,
    thing_between,
    told_to,
    trim,
)
from graphkit.extract.words import PRONOUNS_GROUP, PRONOUNS_PERSON, PRONOUNS_THING
from graphkit.nlp import load_model, parse
from graphkit.nlp.chunks import RUN_ON_CHARS, SENTENCE_BREAKS, split_text
from graphkit.types import Article

OWN = (
    "Chile accused Peru of spying on its navy. It said the ships had entered its waters twice. "
    "Ana Lopez, Chile's foreign minister, met Peru's envoy in Lima on Monday; she told him that Santiago would "
    "protest. He denied it. Bolivia and Argentina condemned the incursion, and they called on both to talk. "
    "The Bolivian president said he had spoken with Lopez. Peruvian officials said they would answer Chile."
)
RUN_ON = "the minister of chile said that peru sent ships to arica and she told bolivia that they would protest and "


def random_run_on(chars: int, seed: int = 5) -> str:
    words = OWN.replace(".", "").replace(",", "").replace(";", "").split()
    rng = random.Random(seed)
    return " ".join(rng.choice(words) for _ in range(chars // 5))


def docs():
    nlp = load_model()
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.iterdir())] + [OWN, RUN_ON * 40, random_run_on(8000)]
    return [doc for text in texts for doc in nlp.pipe([text])]  # whole, not cut: the index on long Docs too


def scanned_entity_of(token):
    """``entity_of`` as it was: a scan of ``doc.ents`` for each token."""
    if token.ent_iob_ == "O" or token.ent_type_ not in ACTOR_LABELS:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            span = trim(ent)
            if span is not None and "\n" not in ent.text:
                return span.start, span.end, actor_label(token.doc, span.start, span.end, ent.label_)
    return None


def scanned_actor_entities(doc):
    found = []
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or "\n" in ent.text:
            continue
        span = trim(ent)
        if span is not None and any(ch.isalpha() for ch in span.text):  # "U.S." has letters
            found.append((span.start, span.end, actor_label(doc, span.start, span.end, ent.label_), span.text))
    return found


def scanned_antecedent(pronoun):
    """The pronoun rule as it was: every actor entity of the Doc listed for each pronoun."""
    word = pronoun.lower_
    if word in PRONOUNS_PERSON:
        labels = {"PERSON"}
    elif word in PRONOUNS_THING | PRONOUNS_GROUP:
        labels = {"GPE", "ORG"} if word in PRONOUNS_THING else {"GPE", "NORP", "ORG"}
    else:
        return None
    holder = new_holder(pronoun)  # a rule before the scan, unchanged by the index
    if holder is not None:
        return holder.start, holder.end, holder.label_
    sentence = pronoun.sent
    entities = scanned_actor_entities(pronoun.doc)
    people = {last_word(text) for _, _, label, text in entities if label == "PERSON"}
    earlier = [
        e
        for e in entities
        if e[1] <= pronoun.i
        and (e[2] in labels if e[2] == "PERSON" or last_word(e[3]) not in people else "PERSON" in labels)
    ]
    in_sentence = [e for e in earlier if e[0] >= sentence.start]
    previous = sentence.start - 1
    doc = pronoun.doc
    before = in_sentence or [
        e for e in earlier if previous >= 0 and doc[e[0] : e[1]].sent.start == doc[previous].sent.start
    ]
    names = {last_word(e[3]) if e[2] == "PERSON" else e[3] for e in before}
    if len(names) != 1 or (before[-1][2] == "NORP" and one_of(doc[before[-1][1] - 1])):
        return None  # "a Chilean hostage" is no "they"
    if thing_between(pronoun, before[-1][1]):
        return None  # "sued the company, accusing it": a rule on the name found, not on how it is found
    if told_to(pronoun, before[-1][0]):
        return None  # "Bat told the BBC that it ...": so is the teller's
    return before[-1][:3]


def as_tuple(span):
    return None if span is None else (span.start, span.end, span.label_)


@pytest.fixture(scope="module")
def parsed():
    return docs()


def test_the_index_finds_what_the_scans_found(parsed):
    pronouns = 0
    for doc in parsed:
        assert [(s.start, s.end, s.label_, s.text) for s in actor_entities(doc)] == scanned_actor_entities(doc)
        for token in doc:
            assert as_tuple(entity_of(token)) == scanned_entity_of(token), (token.i, token.text)
            if token.lower_ in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_GROUP:
                pronouns += 1
                assert as_tuple(antecedent_of(token)) == scanned_antecedent(token), (token.i, token.text)
    assert pronouns > 100  # the rule was exercised, resolved and unresolved
    resolved = [t for doc in parsed for t in doc if t.lower_ in PRONOUNS_PERSON and antecedent_of(t) is not None]
    assert resolved


def test_run_on_text_is_cut_into_bounded_docs_with_exact_offsets():
    text = random_run_on(30_000) + ". A normal sentence follows. " + RUN_ON * 60
    pieces = split_text(text)
    assert "".join(part for _, part in pieces) == text
    assert all(text[start : start + len(part)] == part for start, part in pieces)
    assert len(pieces) >= 30_000 // RUN_ON_CHARS + 1
    for _, part in pieces:  # no piece runs on for longer than RUN_ON_CHARS without a sentence break
        assert max(len(stretch) for stretch in SENTENCE_BREAKS.split(part)) <= RUN_ON_CHARS
    article = Article("run-on", text)
    parsed = list(parse(load_model(), [article]))
    assert max(len(sentence.text) for _, _, doc in parsed for sentence in doc.sents) <= 2 * RUN_ON_CHARS
    claims = [c for _, offset, doc in parsed for c in extract_doc(article, doc, None, offset).claims]
    assert claims
    for claim in claims:
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.sentence
        assert text[claim.subject.start : claim.subject.end] == claim.subject.text


def test_real_sentences_are_never_cut():
    text = " ".join(OWN for _ in range(400))  # 190k characters of ordinary sentences
    assert [start for start, _ in split_text(text)] == [start for start, _ in split_text(text, run_on=len(text))]

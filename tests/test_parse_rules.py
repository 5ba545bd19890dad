"""spaCy's attribute ruler and lemmatizer, answered from memory (nlp/attributes.py, nlp/lemmas.py), set exactly
what spaCy's own components set: on the real model's parses of news and of informal English, and on a ruler
with every kind of rule (precedence, runs of tokens, indices, regular expressions, rules left to spaCy)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graphkit.nlp import PARAGRAPHS, load_model
from graphkit.nlp.actor_names import ACTOR_NAMES
from graphkit.nlp.attributes import REMEMBERED, RememberedAttributes
from graphkit.nlp.brackets import UNCLOSED_BRACKETS
from graphkit.nlp.country_names import COUNTRY_NAMES
from graphkit.nlp.known_names import KNOWN_NAMES
from graphkit.nlp.lemmas import LEMMAS
from graphkit.nlp.titled_names import TITLED_NAMES

SENTENCES = [
    "Chile's foreign minister said on Tuesday that talks with Peru had stalled.",
    "Latvian police were searching for two men who'd escaped; they weren't armed, officials said.",
    "There were protests in Riga, and there's more to come, the mayor's office warned.",
    "\"We ain't gonna wait,\" a farmer in Chisinau said. \"Let's see what they've got, y'all.\"",
    "Moldova has sold 1,200 tonnes of wheat to Romania, whose buyers gotta pay by June.\n\nLIMA (Reuters) - Peru said",
    "It's the ministers' and generals' doing: I'd say Moldova's ruling party isn't finished, c'mon.",
]


def attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]


def spacy_pipeline() -> spacy.language.Language:
    """The same model with spaCy's own attribute ruler and lemmatizer, and graphkit's other components."""
    ours = load_model()
    reference = spacy.load(f"{ours.meta['lang']}_{ours.meta['name']}")
    reference.add_pipe(PARAGRAPHS, before="parser")
    reference.add_pipe(UNCLOSED_BRACKETS, after="ner")
    reference.add_pipe(COUNTRY_NAMES, after=UNCLOSED_BRACKETS)
    reference.add_pipe(KNOWN_NAMES, after=COUNTRY_NAMES)
    reference.add_pipe(ACTOR_NAMES, after=KNOWN_NAMES)
    reference.add_pipe(TITLED_NAMES, after=ACTOR_NAMES)
    return reference


def test_the_pipeline_sets_what_spacys_ruler_and_lemmatizer_set():
    nlp = load_model()
    assert {REMEMBERED, LEMMAS} <= set(nlp.pipe_names)
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)
    ours = [attributes(doc) for doc in nlp.pipe(SENTENCES)]
    theirs = [attributes(doc) for doc in spacy_pipeline().pipe(SENTENCES)]
    assert ours == theirs
    lemmas = {(t[0], t[4]) for doc in ours for t in doc}
    assert {("were", "be"), ("stalled", "stall"), ("ai", "be"), ("gon", "go"), ("escaped", "escape")} <= lemmas


RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "talk"}]], "attrs": {"POS": "VERB"}},  # later: wins over the tag
    {"patterns": [[{"LOWER": {"REGEX": "^re"}, "TAG": {"NOT_IN": ["NN"]}}]], "attrs": {"LEMMA": "again"}},
    {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "talk"}, "index": 1},
    {"patterns": [[{"DEP": "nsubj"}, {"LOWER": {"IN": ["met", "meets"]}}]], "attrs": {"POS": "AUX"}, "index": -1},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "soon"}]], "attrs": {"LEMMA": "soon"}, "index": -1},
    {"patterns": [[{"LOWER": "soon"}]], "attrs": {"MORPH": "Degree=Pos"}},
]


def made_doc(nlp: spacy.language.Language) -> Doc:
    words = ["Peace", "talks", "resumed", "very", "very", "soon", "\n", "Peru", "met", "talk", "record"]
    tags = ["NN", "NNS", "VBD", "RB", "RB", "RB", "", "NNP", "VBD", "NN", "NN"]
    deps = ["compound", "nsubj", "ROOT", "advmod", "advmod", "advmod", "dep", "nsubj", "ROOT", "dobj", "dobj"]
    heads = [1, 2, 2, 5, 5, 2, 2, 8, 8, 8, 8]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_remembered_rules_apply_as_spacys_ruler_applies_them():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    remembered = RememberedAttributes(ruler)
    expected = attributes(ruler(made_doc(nlp)))
    got = attributes(remembered(made_doc(nlp)))
    assert got == expected
    by_word = {(t[0], i): t for i, t in enumerate(got)}
    assert by_word["talks", 1][4] == "talk"  # a run of two, index 1
    assert by_word["met", 8][2] == "AUX"  # index -1
    assert by_word["talk", 9][2] == "VERB" and by_word["record", 10][2] == "NOUN"
    assert by_word["resumed", 2][4] == "again" and by_word["record", 10][4] == ""
    assert by_word["soon", 5][4] == "soon" and by_word["soon", 5][3] == "Degree=Pos"  # a rule left to spaCy
    assert by_word["\n", 6][1:3] == ("_SP", "SPACE")
    assert len(remembered.others) == 1  # only the rule with an operator

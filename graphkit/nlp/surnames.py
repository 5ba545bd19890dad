"""Leaders named by the surname alone that the entity recognizer missed: "Trump urges UN to ...", "Modi met ...".

The small English model leaves a surname alone untagged now and then, most often at the start of a sentence ("Trump"
reads as the card game's word), or takes it for a body's ("Rouhani", "Maduro" as ORG). Canon finds a leader by the
surname alone, but only a person's mention reaches it. A capitalized word that is one of the known surnames
(``canon.gazetteer.Gazetteer.lone_surnames``, compiled into ``surnames.txt``), standing alone as a noun phrase of
its own, becomes a PERSON when it is untagged or tagged as a body or a thing:

- alone: no capitalized word touches it but a title before it ("President Trump"; "Trump Tower", "Aung San Suu Kyi"
  are other names), and nothing modifies it but a possessive ending ("Maduro's aides"; not "mining giant Vale");
- as a noun phrase: the subject or an object of a verb or a preposition, a possessor, an apposition or a conjunct,
  not a word of a compound ("Easter holiday", "Trump administration");
- an untagged word only at the start of a sentence, where the recognizer misses most ("Papandreou agreed ...";
  elsewhere its silence holds: "insulted Islam", "over Easter"); and one the tagger took for a common noun only as
  the bare singular subject, a word after it ("Trump urges ..."; not "Parts of Jakarta ...", "Note: ...").

Not in a sentence written in capitals or in title case, whose capitals say nothing of names.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from graphkit.nlp.known_names import shouted, title_cased
from graphkit.vocabulary import cue_words

LONE_SURNAMES = "graphkit_surnames"
SURNAMES_FILE = "surnames.txt"
PERSON = "PERSON"
MISREAD_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})  # a body or a thing
NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "dative", "attr"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NAMING_POS = frozenset({"PROPN", "NOUN"})
COMMON_NOUN, SINGULAR_NOUN = "NOUN", "NN"
HYPHENS = frozenset({"-", "–"})
ATTACHED = frozenset({"case", "punct"})  # "Maduro's": the possessive ending
TITLES = cue_words("role_heads") | cue_words("honorifics")  # "President Trump": a title before the name


@cache
def surname_hashes() -> numpy.ndarray:
    """The hashes of the surnames, lower case, as a Doc's LOWER array holds them."""
    text = resources.files("graphkit.nlp").joinpath(SURNAMES_FILE).read_text(encoding="utf-8")
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    strings = StringStore()
    return numpy.array(sorted(strings.add(name) for name in names), dtype=numpy.uint64)


@Language.component(LONE_SURNAMES)
def tag_lone_surnames(doc: Doc) -> Doc:
    """Tag the known surnames standing alone as a person's name where the recognizer missed or misread them."""
    lower = doc.to_array("LOWER")
    hashes = surname_hashes()  # sorted: a binary search per word, not a sort of the table per doc (numpy.isin)
    at = numpy.minimum(numpy.searchsorted(hashes, lower), len(hashes) - 1)
    found = [
        Span(doc, i, i + 1, label=PERSON)
        for i in (int(c) for c in numpy.flatnonzero(hashes[at] == lower))
        if lone_surname(doc[i])
    ]
    if found:
        kept = [e for e in doc.ents if not any(e.start <= s.start < e.end for s in found)]
        doc.set_ents([*kept, *found], default="unmodified")
    return doc


def lone_surname(token: Token) -> bool:
    """Whether a known surname reads, where it stands, as a person named by it alone."""
    if not token.is_title or token.dep_ not in NAME_ROLES or token.pos_ not in NAMING_POS:
        return False
    if not alone(token) or shouted(token) or title_cased(token.sent):
        return False
    if token.ent_iob_ != "O":
        return token.ent_type_ in MISREAD_LABELS and one_word_entity(token)
    if token.i != token.sent.start:  # "insulted Islam", "over Easter": the recognizer's silence holds
        return False
    if token.pos_ == COMMON_NOUN:  # "Trump urges ...", the card game's word; not "Parts of Jakarta ...", "Note: ..."
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        return token.tag_ == SINGULAR_NOUN and token.dep_ in SUBJECTS and after is not None and not after.is_punct
    return True


def one_word_entity(token: Token) -> bool:
    """Whether the token is an entity of its own, one word long."""
    return token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


def alone(token: Token) -> bool:
    """Whether no capitalized word touches the token but a title before it, no hyphen joins it to another word
    ("Hezb-e-Islami", "Jaish-e-Mohammed"), and nothing modifies it but a possessive ending."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if before is not None and ((before.is_title and before.lower_ not in TITLES) or hyphen_before(before)):
        return False
    if after is not None and (after.is_title or (after.text in HYPHENS and not token.whitespace_)):
        return False
    return all(c.dep_ in ATTACHED for c in token.children)


def hyphen_before(before: Token) -> bool:
    """Whether the token before a word is a hyphen written against it."""
    return before.text in HYPHENS and not before.whitespace_

"""spaCy's English rule lemmatizer with its answers remembered: the same lemmas, at a fraction of the cost.

The rule lemmatizer derives each token's lemma afresh unless the word took the suffix rules: base forms
("said" is not one, "say" is), punctuation and proper nouns are re-derived at every occurrence, and the
morphology is unpacked each time (0.5 s of a 20 s parse of 600 Reuters articles). The lemma is a function
of the word, its part of speech and its morphology, so ``RememberedLemmas`` asks spaCy's lemmatizer once
per such triple and sets the lemmas of a Doc in one array. Tokens that already have a lemma (the attribute
ruler's "was" -> "be") keep it, as spaCy's lemmatizer does unless told to overwrite.
"""

from __future__ import annotations

from functools import cached_property

from spacy.attrs import LEMMA, MORPH, ORTH, POS  # type: ignore[import-not-found]
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token

LEMMAS = "graphkit_lemmas"
SPACY_LEMMATIZER = "lemmatizer"
EXCEPTIONS_TABLE = "lemma_exc"  # spaCy's lemmatizer table of irregular forms, by part of speech
VERB = "VERB"


class RememberedLemmas:
    """Sets what ``lemmatizer`` would set, asking it once per (word, part of speech, morphology)."""

    def __init__(self, lemmatizer: EnglishLemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                found = self.known[key] = strings.add(self.lemma(doc[i]))
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))  # type: ignore[arg-type]  # spaCy's array, typed as floats
        return doc

    def lemma(self, token: Token) -> str:
        """spaCy's rule lemma; but an irregular past the tagger took for a present keeps no past form as its lemma:
        "Kenyan troops retook the town" (VBP, which spaCy reads as a base form) is "retake", by spaCy's own table of
        irregular verbs."""
        lemma: str = self.lemmatizer.rule_lemmatize(token)[0]
        if token.pos_ != VERB or lemma != token.lower_ or lemma in self.irregular_lemmas:
            return lemma  # "they lay wreaths": a verb of its own, though "lay" is also the past of "lie"
        irregular = self.irregular_verbs.get(lemma)
        return irregular[0] if irregular else lemma

    @cached_property
    def irregular_verbs(self) -> dict[str, list[str]]:
        """spaCy's table of irregular verb forms and their lemmas."""
        table = self.lemmatizer.lookups.get_table(EXCEPTIONS_TABLE, {})
        return dict(table.get(VERB.lower(), {}))

    @cached_property
    def irregular_lemmas(self) -> frozenset[str]:
        """The lemmas of spaCy's irregular verb forms: base forms, whatever else they are the past of."""
        return frozenset(lemma for lemmas in self.irregular_verbs.values() for lemma in lemmas)


@Language.factory(LEMMAS)
def remembered_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    lemmatizer = nlp.get_pipe(SPACY_LEMMATIZER)
    assert isinstance(lemmatizer, EnglishLemmatizer)
    return RememberedLemmas(lemmatizer)


def remember_lemmas(nlp: Language) -> None:
    """Put ``RememberedLemmas`` in the place of an English rule lemmatizer; other lemmatizers stay as they are."""
    if SPACY_LEMMATIZER not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe(SPACY_LEMMATIZER)
    if type(lemmatizer) is not EnglishLemmatizer or lemmatizer.mode != "rule":
        return
    nlp.add_pipe(LEMMAS, after=SPACY_LEMMATIZER)
    nlp.disable_pipe(SPACY_LEMMATIZER)

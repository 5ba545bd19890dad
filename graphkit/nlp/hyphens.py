"""A hyphen written after an abbreviation's stop: "U.S.-drafted", "U.N.-backed", "U.S.-led".

spaCy's English tokenizer splits a hyphen only between letters, so "U.S.-drafted" stays one word (an adjective
of no one) where "US-drafted" is three ("US", "-", "drafted") and says who drafted the resolution. ``split_hyphens``
adds an infix rule that splits a hyphen after an abbreviation's stop ("U.S." ends in a capital and a stop)
before a lower-case word, so both spellings parse alike.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.util import compile_infix_regex

AFTER_ABBREVIATION = r"(?<=[A-Z]\.)-(?=[a-z])"  # "U.S.-led", not "3.-4" nor "Jan.-March"


def split_hyphens(nlp: Language) -> None:
    """Make the pipeline's tokenizer split a hyphen after an abbreviation's stop ("U.S.-drafted")."""
    infixes = [*(nlp.Defaults.infixes or ()), AFTER_ABBREVIATION]
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer, a compiled class with no type stubs
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer

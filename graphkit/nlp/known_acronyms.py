"""Short names of bodies and groups the entity recognizer missed: "IDF troops", "ISIL fighters", "SBU".

The small English model leaves an acronym untagged now and then, most often at the start of a sentence or
before a noun. The noun is then taken for an actor of its own, placed where the event happened: "IDF troops
arrested a man near Nablus" made Palestinian troops. An untagged word that is, in capitals, the short name of
a body or group of graphkit's alias table becomes an ORG, which canon resolves by that table. Not in a sentence
written in capitals (a headline: "U.S. SAYS IT IS READY"), and only as a noun ("IS" the verb is no name).

The names are canon's (``canon.aliases.acronyms``), compiled into ``known_acronyms.txt`` by
``python -m graphkit.compile_lexicons``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

KNOWN_ACRONYMS = "graphkit_known_acronyms"
ACRONYMS_FILE = "known_acronyms.txt"
NOUNS = frozenset({"PROPN", "NOUN"})


@cache
def known_acronyms() -> numpy.ndarray:
    """The hashes of the short names, as a Doc's ORTH array holds them (case as written)."""
    text = resources.files("graphkit.nlp").joinpath(ACRONYMS_FILE).read_text(encoding="utf-8")
    names = sorted(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return numpy.array(list(map(StringStore().add, names)), dtype=numpy.uint64)


@Language.component(KNOWN_ACRONYMS)
def tag_known_acronyms(doc: Doc) -> Doc:
    """Tag as ORG the untagged known short names used as nouns, outside sentences written in capitals."""
    candidates = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), known_acronyms()))
    found = [
        Span(doc, i, i + 1, label="ORG")
        for i in (int(c) for c in candidates)
        if doc[i].ent_iob_ == "O" and doc[i].pos_ in NOUNS and not shouted(doc[i])
    ]
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def shouted(token: Token) -> bool:
    """Whether the token's sentence is written in capitals, as headlines are: most of its words are."""
    words = [t for t in token.sent if t.is_alpha and len(t) > 1]
    return sum(t.is_upper for t in words) * 2 > len(words)

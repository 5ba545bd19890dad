"""Bodies named only by the noun they compound: "the Reichsbuerger movement", "the Free Youth movement", "the
Maute group". The recognizer leaves such a name untagged when it does not know it, so the group acted as no one.

``name_bodies`` tags, in place, a run of capitalized proper nouns that no entity covers, or that the recognizer
took for a thing ("the Patria Nueva movement", a FAC), and that compounds a noun for an organization written in
lower case (cues ``organization_nouns``) as a body (ORG); the noun says what it is. A run at the start of a
sentence is left alone ("Reform group leaders met" may be a heading), and so is a run of more than
``LONGEST_RUN`` words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphkit.extract.actors import ORGANIZATION_NOUNS
from graphkit.extract.deps import COMPOUNDS

BODY = "ORG"
THING_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})  # "the Patria Nueva (FAC) movement"
LONGEST_RUN = 3  # "Free Youth", "400 Mawozo"-like names are short; a longer run is a heading or a title


def name_bodies(doc: Doc) -> Doc:
    """The doc with each untagged proper-noun run that compounds a lower-case organization noun tagged a body."""
    found: list[Span] = []
    for noun in doc:  # not through doc_index: its memo of entities would miss the bodies tagged here
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in ORGANIZATION_NOUNS:
            continue
        start = noun.i
        while start > 0 and named_piece(doc[start - 1], noun.i):
            start -= 1
        whole = doc[start].ent_iob_ != "I" and noun.ent_iob_ != "I"  # no thing's name cut in two
        if start < noun.i and noun.i - start <= LONGEST_RUN and not doc[start].is_sent_start and whole:
            found.append(Span(doc, start, noun.i, label=BODY))
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def named_piece(token: Token, noun: int) -> bool:
    """A capitalized proper noun no entity covers, compounding the noun at ``noun`` (directly or through the
    next word of the name)."""
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and (token.ent_iob_ == "O" or token.ent_type_ in THING_LABELS)
        and token.dep_ in COMPOUNDS
        and token.i < token.head.i <= noun
    )

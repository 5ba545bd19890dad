"""Actor mentions: the named entities that can do or undergo an event, as plain ``Mention`` records."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graphkit.extract.deps import ACTOR_MODIFIERS
from graphkit.types import Mention

ACTOR_LABELS = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")


def trim(span: Span) -> Span | None:
    """The span without a leading "the" or a trailing possessive; None when nothing is left.

    NER often takes the possessive in ("Lloyd Austin’s"); the name is what comes before it.
    """
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE_ENDINGS or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    trimmed = doc[start:end]
    for ending in POSSESSIVE_ENDINGS[:2]:  # "Austin’s" as one token
        if trimmed.text.endswith(ending) and len(trimmed.text) > len(ending):
            chars = trimmed.doc.char_span(trimmed.start_char, trimmed.end_char - len(ending), alignment_mode="contract")
            return chars if chars is not None and len(chars) else None
    return trimmed


def to_mention(span: Span, article_id: str, label: str | None = None) -> Mention:
    return Mention(article_id, span.start_char, span.end_char, span.text, label or span.label_)


def actor_entities(doc: Doc) -> Iterator[Span]:
    """The doc's named entities that can be actors, trimmed; multi-line spans are NER noise."""
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS or "\n" in ent.text:
            continue
        span = trim(ent)
        if span is not None and any(t.is_alpha for t in span):
            span.label_ = ent.label_
            yield span


def actor_mentions(doc: Doc, article_id: str) -> list[Mention]:
    """Every actor mention of the doc, in text order."""
    return [to_mention(span, article_id) for span in actor_entities(doc)]


def entity_of(token: Token) -> Span | None:
    """The actor entity the token is part of, if any."""
    if token.ent_iob_ == "O" or token.ent_type_ not in ACTOR_LABELS:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            span = trim(ent)
            if span is not None and "\n" not in ent.text:
                span.label_ = ent.label_
                return span
    return None


def actor_of(token: Token) -> tuple[Span, str | None] | None:
    """The actor a noun phrase headed by ``token`` names, with the rest of the phrase as a qualifier.

    "Iran" -> (Iran, None); "Israeli officials" -> (Israeli, "officials"); a pronoun or a noun with
    no actor in it -> None.
    """
    span = entity_of(token)
    if span is not None:
        return span, None
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in token.children:
        if child.dep_ in ACTOR_MODIFIERS:
            span = entity_of(child)
            if span is not None and span.label_ in ("GPE", "NORP", "ORG"):
                return span, token.text
    return None

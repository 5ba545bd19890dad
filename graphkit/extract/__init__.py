"""From a parsed Doc to plain records: actor mentions, raw claims and the roles people hold."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc

from graphkit.extract.bodies import name_bodies
from graphkit.extract.lexicon import Lexicon, default_lexicon
from graphkit.extract.mentions import actor_mentions
from graphkit.extract.misparses import repair_misparses
from graphkit.extract.names import repair_names
from graphkit.extract.peoples import join_peoples
from graphkit.extract.relations import raw_claims
from graphkit.extract.titles import lede_roles, role_mentions
from graphkit.extract.topics import topic_of
from graphkit.types import Article, Evidence, Extraction, Mention

T = TypeVar("T", Mention, Evidence)


def extract_doc(article: Article, doc: Doc, lexicon: Lexicon | None = None, offset: int = 0) -> Extraction:
    """Mentions and claims of one parsed article (or of the part of it starting at ``offset``).

    Offsets in the result are the article's; nothing refers to the Doc afterwards.
    """
    lexicon = lexicon or default_lexicon()
    repair_names(doc)  # "Yoon Suk-yeol" whole, "President Kassym-Jomart Tokayev" a person
    join_peoples(doc)  # "Iraqi Kurds" one people, of Iraq
    name_bodies(doc)  # "the Reichsbuerger movement": a body the recognizer did not know
    repair_misparses(doc, lexicon)  # "threatened on Sunday to attack": the attack is threatened, not done
    mentions = tuple(actor_mentions(doc, article.id))
    topic = topic_of(doc)  # results, fixtures and reviews are no events: a sports or film text makes no event claims
    claims = tuple(c for c in raw_claims(doc, article.id, lexicon, article.date) if not (topic and c.event_type))
    roles = (*role_mentions(doc, article.id), *lede_roles(doc, article.id))
    if offset:
        roles = tuple(
            replace(
                r,
                person=shift(r.person, offset),
                country=shift(r.country, offset) if r.country else None,
                evidence=shift(r.evidence, offset),
            )
            for r in roles
        )
        mentions = tuple(shift(m, offset) for m in mentions)
        claims = tuple(
            replace(
                c,
                subject=shift(c.subject, offset),
                object=shift(c.object, offset),
                attributed_to=shift(c.attributed_to, offset) if c.attributed_to else None,
                evidence=shift(c.evidence, offset),
            )
            for c in claims
        )
    return Extraction(article=article, mentions=mentions, claims=claims, roles=roles, topic=topic)


def shift(record: T, offset: int) -> T:
    """A Mention or Evidence moved ``offset`` characters later in the text."""
    return replace(record, start=record.start + offset, end=record.end + offset)


def combine(parts: list[Extraction]) -> Extraction:
    """One article's extraction from those of its consecutive parts."""
    return Extraction(
        article=parts[0].article,
        mentions=tuple(m for p in parts for m in p.mentions),
        claims=tuple(c for p in parts for c in p.claims),
        roles=tuple(r for p in parts for r in p.roles),
        topic=next((p.topic for p in parts if p.topic), None),
    )


__all__ = ["Extraction", "Lexicon", "combine", "default_lexicon", "extract_doc"]

"""Resolve an article's mentions to canonical entities, and its raw claims to claims between them."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from slugify import slugify

from graphkit.canon.countries import CountryTable, country_table
from graphkit.canon.people import ArticlePeople, person_name
from graphkit.types import Argument, Claim, Entity, Extraction, Mention, RawClaim

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GROUP_LABELS = frozenset({"NORP"})


def entity_id(kind: str, name: str) -> str:
    """A stable id from a name, safe in paths and IRIs: "person/lloyd-austin".

    >>> entity_id("person", "Hossein-Amir Abdollahian"), entity_id("org", "<script>")
    ('person/hossein-amir-abdollahian', 'org/script')
    >>> entity_id("group", "???")
    'group/x-2d86c2a6'
    """
    slug = slugify(name, max_length=80, word_boundary=True)
    if not slug:
        slug = "x-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return f"{kind}/{slug}"


class ArticleResolver:
    """Turns the mentions of one article into entities, using what the article says about its people."""

    def __init__(self, mentions: tuple[Mention, ...], table: CountryTable | None = None) -> None:
        self.table = table or country_table()
        self.people = ArticlePeople(m.text for m in mentions if m.label == "PERSON")

    def entity(self, mention: Mention) -> Entity:
        """The canonical entity a mention names (with ``mentions=1`` and its text as an alias)."""
        text = " ".join(mention.text.split())
        iso3 = self.table.lookup(text) if mention.label != "PERSON" else None
        if iso3 is not None:
            country = self.table[iso3]
            return self._with_alias(
                Entity(f"country/{iso3}", country.label, "Country", iso3=iso3, same_as=country.same_as), text
            )
        full_name = self.people.full_name(text)
        if mention.label == "PERSON" or full_name is not None:
            name = full_name or person_name(text)
            return self._with_alias(Entity(entity_id("person", name), name, "Person"), text)
        name = text[4:] if text.lower().startswith("the ") else text
        if mention.label in PLACE_LABELS:
            return self._with_alias(Entity(entity_id("location", name), name, "Location"), text)
        if mention.label in GROUP_LABELS:
            return self._with_alias(Entity(entity_id("group", name), name, "Group"), text)
        return self._with_alias(Entity(entity_id("org", name), name, "Organization"), text)

    @staticmethod
    def _with_alias(entity: Entity, text: str) -> Entity:
        aliases = (text,) if text != entity.label else ()
        return replace(entity, aliases=aliases, mentions=1)

    def claim(self, raw: RawClaim) -> tuple[Claim, list[Entity]] | None:
        """The claim between canonical entities, or None when it would link an actor to itself."""
        subject, obj = self.entity(raw.subject), self.entity(raw.object)
        if subject.id == obj.id:
            return None
        speaker = self.entity(raw.attributed_to) if raw.attributed_to is not None else None
        involved = [e for e in (subject, obj, speaker) if e is not None]
        claim = Claim(
            subject=Argument(subject.id, raw.subject.text),
            predicate=raw.predicate,
            event_type=raw.event_type,
            object=Argument(obj.id, raw.object.text),
            evidence=raw.evidence,
            polarity=raw.polarity,
            modality=raw.modality,
            attributed_to=Argument(speaker.id, raw.attributed_to.text) if speaker and raw.attributed_to else None,
            theme=raw.theme,
            quantity=raw.quantity,
            date=raw.date,
            confidence=raw.confidence,
        )
        return claim, [replace(e, mentions=0) for e in involved]


def resolve(extraction: Extraction, table: CountryTable | None = None) -> tuple[list[Entity], list[Claim]]:
    """The entities an article mentions (one per mention) and its claims in canonical ids."""
    resolver = ArticleResolver(extraction.mentions, table)
    entities = [resolver.entity(m) for m in extraction.mentions]
    claims: list[Claim] = []
    for raw in extraction.claims:
        resolved = resolver.claim(raw)
        if resolved is not None:
            claim, involved = resolved
            claims.append(claim)
            entities.extend(involved)
    return entities, claims

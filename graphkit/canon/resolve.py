"""Resolve an article's mentions to canonical entities, and its raw claims to claims between them.

The resolver also makes the article's static claims: ``belongs_to`` for a national body (from the alias
tables) and ``holds_role`` for each title the text gives a person (``roles`` knows the titles).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import lru_cache

from slugify import slugify

from graphkit.canon.aliases import Aliases
from graphkit.canon.countries import CountryTable, country_table
from graphkit.canon.people import ArticlePeople, person_name
from graphkit.canon.roles import ArticleRoles, role_label, title_case
from graphkit.types import Argument, Claim, Entity, EntityType, Evidence, Extraction, Mention, RawClaim

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GROUP_LABELS = frozenset({"NORP"})
GAZETTEER = "aliases/1"  # the extractor name of static claims that come from the alias tables


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


@dataclass(frozen=True)
class Resolved:
    """What a mention names: the entity, who in it acts (sector), and the country a body belongs to."""

    entity: Entity
    sector: str | None = None
    belongs_to: str | None = None  # ISO alpha-3 of a national body's state


class ArticleResolver:
    """Turns the mentions of one article into entities, using what the article says about its people."""

    def __init__(
        self, extraction: Extraction, table: CountryTable | None = None, aliases: Aliases | None = None
    ) -> None:
        self.table = table or country_table()
        self.aliases = aliases or default_aliases()
        self.people = ArticlePeople(m.text for m in extraction.mentions if m.label == "PERSON")
        self.roles = ArticleRoles(extraction.roles, self._person)

    def country(self, iso3: str, text: str) -> Entity:
        c = self.table[iso3]
        return _alias(Entity(f"country/{iso3}", c.label, "Country", iso3=iso3, same_as=c.same_as), text)

    def _person(self, text: str) -> Entity:
        name = self.aliases.person(text) or self.people.full_name(text) or person_name(text)
        return _alias(Entity(entity_id("person", name), name, "Person"), text)

    def resolve(self, mention: Mention) -> Resolved | None:
        """What the mention names, or None (a role no person of the article holds)."""
        text = " ".join(mention.text.split())
        sector = self.aliases.sector(mention.qualifier)
        if mention.label == "ROLE":
            person = self.roles.holder(text)
            return Resolved(_alias(person, text)) if person else None
        if self.aliases.person(text):
            return Resolved(self._person(text))
        organization = self.aliases.organization(text)
        if organization is not None:
            entity = _alias(Entity(entity_id("org", organization.label), organization.label, "Organization"), text)
            return Resolved(entity, sector, organization.country)
        group = self.aliases.group(text)
        if group is not None:
            return Resolved(_alias(Entity(entity_id("group", group), group, "Group"), text), sector)
        iso3 = self.aliases.country(text) or self._table_country(mention, text)
        if iso3 is not None:
            return Resolved(self.country(iso3, text), sector)
        split = self.aliases.split_sector(text) if mention.label in ("ORG", "NORP") else None
        if split is not None:  # "the Israeli Air Force" is Israel's military
            inner = self.resolve(replace(mention, text=split[0], label="NORP", qualifier=None))
            if inner is not None and inner.entity.type in ("Country", "Group"):
                return Resolved(_alias(inner.entity, text), split[1])
        if mention.label == "PERSON" or self.people.full_name(text) is not None:
            return Resolved(self._person(text))
        name = text[4:] if text.lower().startswith("the ") else text
        if mention.label in PLACE_LABELS:
            kind: tuple[str, EntityType] = ("group", "Group") if sector else ("location", "Location")  # "Gulf leaders"
            return Resolved(_alias(Entity(entity_id(kind[0], name), name, kind[1]), text), sector)
        if mention.label in GROUP_LABELS:
            return Resolved(_alias(Entity(entity_id("group", name), name, "Group"), text), sector)
        return Resolved(_alias(Entity(entity_id("org", name), name, "Organization"), text))

    def _table_country(self, mention: Mention, text: str) -> str | None:
        """A country by the libraries' names; a PERSON mention only when no person here has that name."""
        if mention.label == "PERSON" and (" " in text or self.people.has_part(text)):
            return None
        return self.table.lookup(text)

    def argument(self, mention: Mention) -> tuple[Argument, Entity] | None:
        resolved = self.resolve(mention)
        if resolved is None:
            return None
        return Argument(resolved.entity.id, mention.text, resolved.sector), resolved.entity

    def claim(self, raw: RawClaim) -> tuple[Claim, list[Entity]] | None:
        """The claim between canonical entities, or None when an actor is unknown or acts on itself."""
        subject, obj = self.argument(raw.subject), self.argument(raw.object)
        if subject is None or obj is None or subject[0].entity_id == obj[0].entity_id:
            return None
        speaker = self.argument(raw.attributed_to) if raw.attributed_to is not None else None
        claim = Claim(
            subject=subject[0],
            predicate=raw.predicate,
            event_type=raw.event_type,
            object=obj[0],
            evidence=raw.evidence,
            polarity=raw.polarity,
            modality=raw.modality,
            attributed_to=speaker[0] if speaker else None,
            theme=raw.theme,
            quantity=raw.quantity,
            date=raw.date,
            location=raw.location,
            cameo=raw.cameo,
            mode=raw.mode,
            context=raw.context,
            confidence=raw.confidence,
        )
        involved = [subject[1], obj[1], *([speaker[1]] if speaker else [])]
        return claim, [replace(e, mentions=0) for e in involved]

    def static_claims(self, mention: Mention, resolved: Resolved) -> list[Claim]:
        """``belongs_to`` for a national body ("the CIA" -> United States), from the alias tables."""
        if resolved.belongs_to is None:
            return []
        country = self.country(resolved.belongs_to, self.table[resolved.belongs_to].label)
        evidence = Evidence(mention.article_id, mention.text, mention.start, mention.end, GAZETTEER)
        return [
            Claim(
                Argument(resolved.entity.id, mention.text),
                "belongs_to",
                None,
                Argument(country.id, country.label),
                evidence,
                confidence=1.0,
            )
        ]

    def role_claims(self) -> tuple[list[Entity], list[Claim]]:
        """The people with their roles, the countries they serve, and a ``holds_role`` claim per role."""
        entities: list[Entity] = []
        claims: list[Claim] = []
        for role in self.roles.roles:
            person = self.resolve(role.person)
            if person is None or person.entity.type != "Person":
                continue
            country = self.resolve(role.country) if role.country is not None else None
            serves = None
            if country is not None and country.entity.type == "Country":
                serves = country.entity
            elif country is not None and country.belongs_to:  # "CIA Director" serves the CIA's state
                serves = self.country(country.belongs_to, self.table[country.belongs_to].label)
            entities.append(replace(person.entity, roles=(role_label(role.title, serves),), mentions=0, aliases=()))
            if serves is None:
                continue
            entities.append(replace(serves, mentions=0, aliases=()))
            claims.append(
                Claim(
                    subject=Argument(person.entity.id, role.person.text),
                    predicate="holds_role",
                    event_type=None,
                    object=Argument(serves.id, role.country.text if role.country else serves.label),
                    evidence=role.evidence,
                    theme=title_case(role.title),
                    confidence=0.9,
                )
            )
        return entities, claims


def _alias(entity: Entity, text: str) -> Entity:
    """The entity as one mention: its text as an alias unless it is the label."""
    return replace(entity, aliases=(text,) if text != entity.label else (), mentions=1)


@lru_cache(maxsize=1)
def default_aliases() -> Aliases:
    """The shipped aliases, loaded once per process."""
    return Aliases.load()


def resolve_article(
    extraction: Extraction, table: CountryTable | None = None, aliases: Aliases | None = None
) -> tuple[list[Entity], list[Claim]]:
    """The entities an article mentions (one per mention), its claims in canonical ids, and its static claims."""
    resolver = ArticleResolver(extraction, table, aliases)
    entities: list[Entity] = []
    claims: list[Claim] = []
    seen_bodies: set[str] = set()
    for mention in extraction.mentions:
        resolved = resolver.resolve(mention)
        if resolved is None:
            continue
        entities.append(resolved.entity)
        if resolved.entity.id not in seen_bodies:
            statics = resolver.static_claims(mention, resolved)
            if statics:
                seen_bodies.add(resolved.entity.id)
                claims.extend(statics)
                entities.append(replace(resolver.country(resolved.belongs_to or "", ""), mentions=0, aliases=()))
    role_entities, role_claims = resolver.role_claims()
    entities.extend(role_entities)
    claims.extend(role_claims)
    for raw in extraction.claims:
        resolved_claim = resolver.claim(raw)
        if resolved_claim is not None:
            claim, involved = resolved_claim
            claims.append(claim)
            entities.extend(involved)
    return entities, claims

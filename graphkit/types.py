"""The plain records that flow between graphkit's stages.

readers -> ``Article``; extract -> ``Mention``, ``RawClaim``; canon -> ``Entity``, ``Claim``.
All are small frozen dataclasses holding character offsets, never spaCy objects, so every
stage after ``extract`` runs and is tested without a model.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field, fields, replace
from typing import Literal

Polarity = Literal["positive", "negative"]
Modality = Literal["actual", "intended", "possible"]
EntityType = Literal["Country", "Person", "Organization", "Group", "Location"]
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
# An HTML entity whose "&" was lost on the way ("he said quot;no quot;"), as in scraped news text: restored.
STRIPPED_ENTITY = re.compile(r"(?<![&\w])(?:quot|amp|apos|lt|gt|#\d{2,5});")


def content_hash(text: str) -> str:
    """The key of an article's content: the same text under two ids is one article.

    >>> content_hash("Iran supplies Russia.")[:12]
    'c54a9bbf3423'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def restored_entities(text: str) -> str:
    """``text`` with the HTML entities that lost their "&" restored.

    >>> restored_entities("warned of a quot;grave mistake quot; by Procter amp; Gamble")
    'warned of a "grave mistake " by Procter & Gamble'
    """
    if ";" not in text:
        return text
    return STRIPPED_ENTITY.sub(lambda m: html.unescape("&" + m.group(0)), text)


def valid_unicode(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD.

    A JSON ``"\\ud800"`` escape or a file name that is not UTF-8 gives Python strings that no UTF-8 writer
    (nor spaCy) accepts; anything read is passed through here first.

    >>> valid_unicode("Iran\\ud800 supplies") == "Iran\\ufffd supplies", valid_unicode("report.txt")
    (True, 'report.txt')
    """
    return text if text.isascii() else LONE_SURROGATE.sub(REPLACEMENT, text)


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about where it came from."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None  # the file (and line) it was read from

    def repaired(self) -> Article:
        """This article with invalid Unicode (lone surrogates) in any field replaced by U+FFFD, and the HTML
        entities that lost their "&" in its text and title restored ("quot;" is a quotation mark)."""
        changes = {
            f.name: valid_unicode(value)
            for f in fields(self)
            if isinstance(value := getattr(self, f.name), str) and not value.isascii()
        }
        for name in ("text", "title"):
            value = changes.get(name, getattr(self, name))
            if value is not None and restored_entities(value) != value:
                changes[name] = restored_entities(value)
        return replace(self, **changes) if changes else self


UNNAMED = "UNNAMED"  # the label of a Mention of an actor the text names only by its noun: "police"
# The same in an event that does not happen where its actors are ("students demanded the Peruvian president
# resign"): coded only by the actor it faces (canon's home rule), never by the event's place.
UNPLACED = "UNPLACED"
ROLE = "ROLE"  # the label of a Mention of an office named without its holder: "the Defense Secretary"
PUBLIC_PATTERN = "public/1"  # the pattern of a claim whose object is the public of a place or of the acting state


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's text that names an actor: ``text == article.text[start:end]``."""

    article_id: str
    start: int
    end: int
    text: str
    label: str  # the NER label (GPE, NORP, PERSON, ORG, ...), ROLE for "the Defense Secretary", or UNNAMED
    # for an actor named only by its noun ("police", "militants"): canon codes it where the event happened
    qualifier: str | None = None  # the noun it modifies: "officials" in "Israeli officials"


@dataclass(frozen=True)
class Evidence:
    """The sentence behind a claim: ``sentence == article.text[start:end]``."""

    article_id: str
    sentence: str
    start: int
    end: int
    extractor: str


@dataclass(frozen=True)
class RawClaim:
    """A relation as the extractor found it: arguments are still surface mentions."""

    subject: Mention
    predicate: str
    event_type: str | None
    object: Mention
    evidence: Evidence
    polarity: Polarity = "positive"
    modality: Modality = "actual"
    attributed_to: Mention | None = None
    theme: str | None = None
    quantity: str | None = None
    date: str | None = None
    confidence: float = 0.5
    location: str | None = None  # where it happened, as the text says it ("Amman")
    cameo: str | None = None  # the CAMEO code the event was coded by, when the CAMEO dictionary coded it
    mode: str | None = None  # PLOVER's mode of that code ("visit", "arrest"), by the CAMEO -> PLOVER crosswalk
    context: str | None = None  # PLOVER's context of that code ("military", "economic")


@dataclass(frozen=True)
class RoleMention:
    """A title the text gives a person: "Hossein-Amir Abdollahian, Tehran's foreign minister"."""

    person: Mention
    title: str
    country: Mention | None
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """What one article yields: every actor it mentions, the claims it makes, the roles it gives."""

    article: Article
    mentions: tuple[Mention, ...]
    claims: tuple[RawClaim, ...]
    roles: tuple[RoleMention, ...] = ()
    topic: str | None = None  # "sport", "entertainment": a report of no events, which made no event claims


@dataclass(frozen=True)
class Entity:
    """A canonical actor: one node of the graph, whatever the articles called it."""

    id: str  # stable across runs: "country/IRN", "person/lloyd-austin"
    label: str
    type: EntityType
    iso3: str | None = None
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: int = 0

    def merged(self, other: Entity) -> Entity:
        """This entity with the aliases, links, roles and mention count of ``other`` added."""

        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(sorted(set(a) | set(b)))

        return replace(
            self,
            aliases=union(self.aliases, other.aliases),
            same_as=union(self.same_as, other.same_as),
            roles=fullest(union(self.roles, other.roles)),
            mentions=self.mentions + other.mentions,
        )


def fullest(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles without a title that is also there with its country: "National Security Advisor" goes when
    "National Security Advisor (United States)" is there."""
    return tuple(r for r in roles if not any(o.startswith(f"{r} (") for o in roles))


@dataclass(frozen=True)
class Argument:
    """A claim's reference to an entity, with the words the sentence used for it."""

    entity_id: str
    text: str
    sector: str | None = None  # who in the actor acts: GOV, MIL, ... ("Russian troops" -> MIL)
    country: str | None = None  # ISO alpha-3 of the state the actor belongs to or acts for ("Lloyd Austin" -> USA)


@dataclass(frozen=True)
class Claim:
    """One sentence's claim that ``subject`` did ``predicate`` to ``object``, in canonical ids."""

    subject: Argument
    predicate: str
    event_type: str | None
    object: Argument
    evidence: Evidence
    polarity: Polarity = "positive"
    modality: Modality = "actual"
    attributed_to: Argument | None = None
    theme: str | None = None
    quantity: str | None = None
    date: str | None = None
    confidence: float = 0.5
    location: str | None = None
    cameo: str | None = None
    mode: str | None = None
    context: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What makes two claims the same edge: (subject, predicate, object, polarity, modality)."""
        return (self.subject.entity_id, self.predicate, self.object.entity_id, self.polarity, self.modality)


@dataclass
class ReadReport:
    """What the readers found: every input is either read, skipped (with a reason) or failed."""

    read: list[str] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)

    def skip(self, source: str, reason: str) -> None:
        self.skipped.append({"source": valid_unicode(source), "reason": valid_unicode(reason)})

    def fail(self, source: str, error: str) -> None:
        self.failed.append({"source": valid_unicode(source), "error": valid_unicode(error)})

    def demote(self, source: str, reason: str, failed: bool = False) -> None:
        """Move an input counted as read to skipped (or failed): a later stage could not use it."""
        source = valid_unicode(source)
        if source in self.read:
            self.read.remove(source)
        (self.fail if failed else self.skip)(source, reason)

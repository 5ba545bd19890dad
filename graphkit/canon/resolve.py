"""Resolve an article's mentions to canonical entities, and its raw claims to claims between them.

The resolver also makes the article's static claims: ``belongs_to`` for a national body (from the alias
tables) and ``holds_role`` for each title the text gives a person (``roles`` knows the titles).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from slugify import slugify

from graphkit.canon.acronyms import acronyms_by_initials, article_acronyms
from graphkit.canon.actor_codes import tables
from graphkit.canon.aliases import Aliases, default_aliases, generic_nouns
from graphkit.canon.coding import ELITE, FORMER, GOVERNMENT, INTERNATIONAL, ActorCoder
from graphkit.canon.countries import CountryTable, abbreviation_key, country_table
from graphkit.canon.country_names import alternate_names
from graphkit.canon.firms import BUSINESS, ArticleFirms
from graphkit.canon.gazetteer import OFFICE_SECTORS
from graphkit.canon.people import HONORIFICS, ArticlePeople, person_name
from graphkit.canon.places import capital_of, country_of_region, place
from graphkit.canon.roles import ArticleRoles, role_label, title_case
from graphkit.nlp.country_names import country_names
from graphkit.types import (
    PUBLIC_PATTERN,
    ROLE,
    UNNAMED,
    UNPLACED,
    Argument,
    Claim,
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Mention,
    RawClaim,
    RoleMention,
)
from graphkit.vocabulary import cue_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAMELESS = frozenset({UNNAMED, UNPLACED})  # actors named only by their noun, coded by whom they face
GROUP_LABELS = frozenset({"NORP"})
REGION_NOUNS = cue_words("region_nouns")  # "the Syrian town of Qamishli"
PLACE_KINDS = cue_words("place_kinds")  # "Montenegro province" is Montenegro
FOREIGNERS = cue_words("foreigner_nouns")  # "Polish citizens" arrested by police are abroad
FOREIGN = cue_words("foreign_modifiers")  # "foreign tourists", "the international community"
FOREIGN_OFFICES = cue_words("foreign_offices")  # "the foreign minister": an office at home
GAZETTEER = "aliases/1"  # the extractor name of static claims that come from the alias tables
MATERIAL_CONFLICT = frozenset({"ASSAULT", "FIGHT", "COERCE"})
MOBILIZE_TYPE = "MOBILIZE"
PARTY_WORD = "party"  # after a name other states' bodies share, a party's: "the Congress party"
YIELDING = frozenset({"CONCEDE"})  # acts by which one gives in to another: surrendering to the police
PERSON_TYPE = "Person"
ORGANIZATION_TYPE = "Organization"
JOURNALISM = "JRN"  # the sector of the press
LEGISLATURE = "LEG"  # the sector of a parliament: "Congress in Lima"
BODY_TYPES = frozenset({ORGANIZATION_TYPE, "Group"})  # a party, an armed group, a movement a person may lead
BODY_LABELS = frozenset({"ORG"})
HOME_TYPES = frozenset({PERSON_TYPE, ORGANIZATION_TYPE})  # entity types a state's own public or officials may be
LOCATION_TYPE = "Location"
COUNTRY_TYPE: Final = "Country"
COUNTRY_LABEL = "GPE"  # the entity label of a country's name
COMPASS_WORDS = cue_words("compass_words")  # "South East Asia": a region of a continent
CONSULT = "CONSULT"  # meetings and visits: a visit to a town at home meets no one (``trip_at_home``)
PUBLIC = "CVL"  # the sector of a person of no other: one of the public
KIN = cue_words("related_people")  # "the president's son": one of the public, not of his father's office
POSTED = cue_words("posted_nouns")  # "the ambassador": a state's envoy, who may be held abroad
SHARED_BODY_NAMES = cue_words("shared_body_names")  # "Congress in Buenos Aires": Argentina's, not the US's
PLACED_AFTER = re.compile(r"\s+in\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")  # " in Buenos Aires"
GOVERNING = cue_words("governing_bodies")  # "talks with the government": the state of whom it faces
STATE_BODIES = cue_words("state_bodies")  # "the former government": the state's, then; no former official
NATIONALS = cue_words("nationality_nouns")  # "Swedish national Johan Lindqvist": a person of that state's public
BODY_MEMBERS = cue_words("body_member_nouns")  # "pilot": of the body its modifiers name ("air force pilot")
GENERIC_ROLE_HEADS = cue_words("generic_role_heads")  # "militia leader": a body's leader, of the body's sector
DOERLESS = cue_words("doerless_devices")  # "a roadside bomb killed three soldiers": unidentified armed forces
UNIDENTIFIED_FORCES = "UAF"  # the sector of whoever set off a bomb no one is named for (PLOVER's UAF)
POSSESSIVE_GAP = re.compile(r"\s*['’]s\s+")  # between a possessor and the name it owns: "Chile's Juan Sosa"
# A nationality said of a person: "Peruvian journalist Juan Sosa" (the words between the demonym and the name),
# "Juan Sosa, a Peruvian journalist" (between the name and the demonym, then the words after it)
SECTOR_WORDS = re.compile(r"(?:[a-z][a-z-]*\s+){1,3}")  # "journalist ", "mining company ", "state oil company "
DESCRIBED_BEFORE = re.compile(r"\s+(" + SECTOR_WORDS.pattern + ")")
DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the)\s+(?:(?!of\b|from\b|for\b|to\b)[a-z0-9][\w-]*\s+)?")
DESCRIBING_WORDS = re.compile(r"\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
DEMONYM = "NORP"
OWNED_NAME_QUALIFIERS = cue_words("owned_name_qualifiers")  # "ruling": "Japan's ruling Liberal Democratic Party"
OWNED_PLACE = re.compile(r"(.+?)['’]s\s+(.+)")  # "Cameroon's North-West region": the owner, the place it owns
PEOPLES_PLACE = re.compile(r"(\S+)\s+(?:\S+\s+){0,2}of\s+(.+)")  # "Lebanese town of Khiam": its people's adjective
STATE_NAME_LABELS = frozenset({"GPE", "NORP"})  # mentions that may name the countries an article is about
GROUP = "group/"  # the id prefix of a group of states or a people (entity_id("group", ...))
ORGANIZATION = "org/"  # the id prefix of a body no table knows (entity_id("org", ...))
LOCATIVES = cue_words("locatives")
PERSON_ARTICLES = cue_words("articles")  # "an American was kidnapped": no firm
# a capitalized name whole after a preposition of place: "in Piedmont", "near New York"
PLACED_NAME = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVES))})\s+([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)")
ADDRESSING = tuple(sorted(cue_words("press_addressing")))  # "told Reuters": the channel, no party
PLACE_NOUNS = cue_words("place_nouns")  # "the Jordanian capital of Amman"
LED_BODIES = cue_words("led_bodies")  # "the Bush administration": the state its leader leads
GROUP_NOUNS = cue_words("group_nouns")  # "Moscow officials": people who act for the city's state
NAMED_ACCORDS = cue_words("named_accords")  # "the Kyoto treaty": an accord named after a city
DOCUMENT_HEADS = cue_words("document_heads")  # "the Non-Proliferation Treaty": a document, no actor
ATTITUDES = tuple(f"{prefix}-" for prefix in sorted(cue_words("attitude_prefixes")))  # "Anti-American"


CASED_NAME = re.compile(r"[a-z,;] [A-Z][a-z]")  # a capital inside a sentence: "talks with Peru"


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
    people_of: str | None = None  # ISO alpha-3 a people's name starts with: "Bosnian Serbs", "Iraqi Kurds"
    firm: bool = False  # a company of the article (``firms``), which no dictionary knows by its short name


class ArticleResolver:
    """Turns the mentions of one article into entities, using what the article says about its people."""

    def __init__(
        self, extraction: Extraction, table: CountryTable | None = None, aliases: Aliases | None = None
    ) -> None:
        self.table = table or country_table()
        self.aliases = aliases or default_aliases()
        self.text = extraction.article.text
        self.cased = CASED_NAME.search(self.text) is not None  # names written with capitals, as news does
        self.article_id = extraction.article.id
        states = [m for m in extraction.mentions if m.label in STATE_NAME_LABELS]
        self.state_names = [(m.start, m.end, self.aliases.country(m.text) or self.table.lookup(m.text)) for m in states]
        self.near = frozenset(iso3 for _, _, iso3 in self.state_names if iso3)
        self.demonyms = [
            (m.start, m.end, iso3)
            for m, (_, _, iso3) in zip(states, self.state_names, strict=True)
            if m.label == DEMONYM
        ]
        self.coder = ActorCoder(self.aliases, date=extraction.article.date, near=self.near)
        organizations = [" ".join(m.text.split()) for m in extraction.mentions if m.label == "ORG"]
        self.acronyms = article_acronyms(self.text)  # defined in brackets: the article's word first
        self.initials = acronyms_by_initials(organizations)  # "NPP" beside "New People Party": after the tables
        self.firms = ArticleFirms(organizations)
        self.people = ArticlePeople(m.text for m in extraction.mentions if m.label == "PERSON")
        self.roles = ArticleRoles(extraction.roles, self._person)
        self._offices: dict[str, tuple[str, str | None]] | None = None
        self._placed: frozenset[str] | None = None

    def country(self, iso3: str, text: str) -> Entity:
        c = self.table[iso3]
        return _alias(Entity(f"country/{iso3}", c.label, COUNTRY_TYPE, iso3=iso3, same_as=c.same_as), text)

    def _person(self, text: str) -> Entity:
        name = self.aliases.person(text) or self.people.full_name(text) or person_name(text)
        return _alias(Entity(entity_id("person", name), name, "Person"), text)

    def resolve(self, mention: Mention) -> Resolved | None:
        """What the mention names, or None (a role no person of the article holds, a bare common noun)."""
        found = self._resolve(mention)
        text, bare = written(mention.text)
        firm = self.firm(mention, bare, found)
        if firm is not None:  # "USAir agreed to buy Piedmont": Piedmont Aviation Inc, not the Italian region
            return Resolved(_alias(Entity(entity_id("org", firm), firm, "Organization"), text), BUSINESS, firm=True)
        owner = self.other_owner(mention, found)
        if found is not None and owner is not None:  # "Japan's ruling Liberal Democratic Party": not Russia's
            label = found.entity.label
            entity = Entity(entity_id("org", f"{label} {owner}"), label, "Organization")
            return Resolved(_alias(entity, text), found.sector, belongs_to=owner)
        return found

    def other_owner(self, mention: Mention, found: Resolved | None) -> str | None:
        """The state the text says owns a body the dictionaries give another state ("Japan's Liberal Democratic
        Party", which PETRARCH-2 knows as Russia's): bodies of one name in several states."""
        if found is None or found.entity.type != ORGANIZATION_TYPE or found.belongs_to is not None:
            return None
        known = self.coder.known(found.entity.label, False, True)
        if known is None or known[0] is None:
            return None
        owner = self.possessor_state(mention)
        return owner if owner not in (None, known[0]) else None

    def _resolve(self, mention: Mention) -> Resolved | None:
        text, bare = written(mention.text)
        if bare.lower().startswith(ATTITUDES):  # "Anti-American", "Pro-Chilean": a stance, not an actor
            return None
        party = (mention.qualifier or "").split()[-1:] == [PARTY_WORD] and bare.lower() in SHARED_BODY_NAMES
        if party:  # "the opposition Congress party": the party of that name (India's), not the US Congress
            return self.resolve(replace(mention, text=f"{bare} {PARTY_WORD}", qualifier=None))
        expansion = self.acronyms.get(bare)
        if expansion is not None and expansion != bare:  # "KSC" defined as "Kennedy Space Center (KSC)"
            found = self.resolve(replace(mention, text=expansion))
            return replace(found, entity=_alias(found.entity, text)) if found is not None else None
        if self._accord_city(bare, mention.qualifier):
            return None  # "the Kyoto treaty": the city names the accord
        sector = self.sector_of(mention.qualifier)
        if mention.label == ROLE:
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
            entity = _alias(Entity(entity_id("group", group), group, "Group"), text)
            return Resolved(entity, sector, people_of=self.aliases.group_country(group))
        iso3 = self.aliases.country(text) or self.aliases.paired_country(text, self.near)
        iso3 = iso3 or self._table_country(mention, text)
        if iso3 is not None:
            return Resolved(self.country(iso3, text), sector)
        split = self.coder.split_body(bare) if mention.label in ("ORG", "NORP") else None
        if split is not None:  # "the Israeli Air Force" is Israel's military
            inner = self._resolve(replace(mention, text=split[0], label="NORP", qualifier=None))
            if inner is not None and (inner.entity.type == COUNTRY_TYPE or inner.entity.id.startswith(GROUP)):
                return Resolved(_alias(inner.entity, text), split[1])
            if inner is not None and inner.belongs_to is not None:  # "the U.S. Treasury Department": the body
                return Resolved(_alias(inner.entity, text), inner.sector or split[1], inner.belongs_to)
        if mention.label == "PERSON" and mention.qualifier and mention.qualifier.split()[-1].lower() in LED_BODIES:
            return self._led_body(text, sector)
        if mention.label == "PERSON" or self.people.full_name(text) is not None:
            return Resolved(self._person(text))
        if bare.lower() in generic_nouns():  # "the State", "North"
            return None
        if bare in self.initials and self.initials[bare] != bare:
            found = self.resolve(replace(mention, text=self.initials[bare]))
            return replace(found, entity=_alias(found.entity, text)) if found is not None else None
        if mention.label == "ORG" and bare.split()[-1].lower() in HONORIFICS:  # "US National Security Advisor"
            return None  # a title NER took for a body: the person holding it is the actor
        if mention.label == "ORG" and bare.split()[-1].lower() in DOCUMENT_HEADS:
            return None  # "Iran will pull out of the Non-Proliferation Treaty": the treaty is left, not a party
        words = bare.split()
        if mention.label in PLACE_LABELS and len(words) > 1 and words[-1].lower() in PLACE_KINDS:
            inner = self.resolve(replace(mention, text=" ".join(words[:-1])))  # "Montenegro province", "Rakhine State"
            if inner is not None and inner.entity.type in (COUNTRY_TYPE, LOCATION_TYPE):
                return replace(inner, entity=_alias(inner.entity, text))
        other = self._other(mention, text, bare, sector)
        if mention.label in GROUP_LABELS and other.entity.type == "Group":
            return replace(other, people_of=self._leading_country(bare))
        return other

    def firm(self, mention: Mention, name: str, found: Resolved | None) -> str | None:
        """The company of the article (``firms.ArticleFirms``) that a name names where the tables
        found only a place, a body they do not know, or nothing: "Piedmont" beside "Piedmont Aviation Inc" is not
        the Italian region. A demonym used as a noun may name one too: "American will acquire 25 Airbus jets"
        beside "American Airlines" (not "an American", "American officials"). Not a place the article writes of as
        one ("in Piedmont")."""
        if self.firms.firm(name) is None or self.aliases.organization(name) or self.aliases.person(name):
            return None  # most names: no firm of the article is called so
        if mention.label == "PERSON" and (" " in name or self.people.has_part(name)):
            return None  # a person's name; a surname alone only when no one here bears it ("Baker" of "Baker Corp")
        demonym = mention.label == DEMONYM and found is not None and found.entity.type == COUNTRY_TYPE
        if demonym and mention.qualifier:
            return None  # "American officials"
        lone_surname = mention.label == "PERSON"  # one no one here bears in full (above)
        unknown = found is None or found.entity.type == LOCATION_TYPE or found.entity.id.startswith(ORGANIZATION)
        if not (demonym or unknown or lone_surname):  # a body the tables know, a country, a person
            return None
        firm = self.firms.firm(name, whole=demonym)
        if firm is None:
            return None
        if demonym:
            before = self.text[max(0, mention.start - 20) : mention.start] + mention.text[: -len(name)]
            if PERSON_ARTICLES.intersection(before.lower().split()[-1:]):
                return None  # "an American was kidnapped": a person
        if name in self.placed_names():
            return None  # "talks in Piedmont"; not "a stake in Dome Mines Ltd"
        return firm

    def placed_names(self) -> frozenset[str]:
        """The names the article writes as places, whole after a preposition of place: "in Piedmont"."""
        if self._placed is None:
            self._placed = frozenset(m.group(1).rstrip(".'’") for m in PLACED_NAME.finditer(self.text))
        return self._placed

    def _accord_city(self, name: str, qualifier: str | None) -> bool:
        """Whether a city's name stands before an accord or a meeting it names ("the Kyoto treaty", "the Dayton
        agreement", "the Lisbon summit"): a city (``_city``) before a noun of cues ``named_accords``."""
        if not qualifier or qualifier.split()[-1].lower() not in NAMED_ACCORDS:
            return False
        return self._city(name)

    def _city(self, name: str) -> bool:
        """Whether a name is a city's: a place GeoNames knows whose name is no country's ("Djibouti" is the
        country), a capital or not a seat of power of the alias tables ("the White House")."""
        if place(name) is None:
            return False
        iso3 = self.table.lookup(name)
        if iso3 is not None and (capital_of(name) is None or self.table[iso3].label.lower() == name.lower()):
            return False
        return capital_of(name) is not None or self.aliases.country(name) is None

    def possessive(self, mention: Mention) -> bool:
        """Whether the article writes the name as an owner, with "'s" after it."""
        return self.text[mention.end : mention.end + 2] in ("'s", "\u2019s")

    def _city_thing(self, mention: Mention) -> bool:
        """Whether a city's name only says where a thing is: "the Lisbon targets", "the Atlantic City property",
        "the Washington talks". The noun after it names no actor: no sector's noun, no group's ("Moscow officials",
        "Houston police", "Lima residents" act for a state). A country's name before a thing stays its state's
        ("the German proposal"), and so does a city's where the thing is attacked ("shelled the Basra hotel":
        ``argument`` asks only of actors that act)."""
        if mention.label not in PLACE_LABELS or not mention.qualifier:
            return False
        if self.possessive(mention):  # "Moscow's aggression": an actor
            return False
        words = mention.qualifier.lower().split()
        if GROUP_NOUNS.intersection(words) or self.sector_of(mention.qualifier) is not None:
            return False  # "the Kirkuk council decision" is the council's
        if len(words) == 1 and words[0] in REGION_NOUNS:
            return False  # "pulled out of the Gaza city of Rafah": a place in the place (not "its Lima service area")
        return self._city(written(mention.text)[1])

    def _leading_country(self, name: str) -> str | None:
        """The country whose demonym leads a people's name: "Bosnian Serbs" -> BIH, "Iraqi Kurds" -> IRQ."""
        words = name.split()
        for cut in range(len(words) - 1, 0, -1):
            lead = " ".join(words[:cut])
            iso3 = self.table.lookup(lead) or alternate_names().lookup(lead)
            if iso3 is not None and all(w[:1].isupper() for w in words[cut:]):
                return iso3 if iso3 in self.table.countries else None
        return None

    def _led_body(self, leader: str, sector: str | None) -> Resolved:
        """ "The Bush administration": the government of the state its leader serves (by the article's titles,
        then the dictionaries at the article's date); the leader himself when neither knows his state."""
        person = self._person(leader)
        serves = self.offices().get(person.id, (None, None))[1]
        known = self.coder.known(person.label) or self.coder.known(leader)
        iso3 = serves or (known[0] if known else None)
        if iso3 is None or iso3 not in self.table.countries:
            return Resolved(person, sector)
        return Resolved(self.country(iso3, self.table[iso3].label), sector)

    def _other(self, mention: Mention, text: str, name: str, sector: str | None) -> Resolved:
        """A name no table knows: a place when GeoNames knows it (or NER says LOC), else a body or a people.

        The kind does not follow NER's label otherwise, so a name tagged ORG in one article and GPE in
        another is one node; a possessive or an "'s" spelling is the same name ("New People's Party").
        """
        label = re.sub(r"['’]s$", "", name)  # "Hamas's": Hamas; "Tigray People's Liberation Front" as written
        name = re.sub(r"['’]s\b", "", name)
        if mention.label in PLACE_LABELS and place(name) is not None:  # "Houston police" act in Houston's name
            return Resolved(self.location(name, text), sector)
        if regional(name):  # "South East Asia", whatever NER calls it and whoever of it acts: one place
            return Resolved(self.location(name, text), sector)
        region_state = country_of_region(name) if mention.label in PLACE_LABELS else None
        if sector in tables().home_public and region_state in self.table.countries:
            # "killed 15 villagers in Zamfara state": its people are of the region's country (NGA CVL); the region
            # that acts stays itself ("Scotland's first minister")
            return Resolved(self.country(region_state, self.table[region_state].label), sector)
        if region_state is not None and not sector:  # "attacked a village in Borno": a place, in Nigeria
            return Resolved(self.location(name, text), sector)
        if mention.label in PLACE_LABELS and sector:  # "Gulf leaders" are actors; one id with the name's others
            return Resolved(_alias(Entity(entity_id("org", name), name, "Group"), text), sector)
        if mention.label == "LOC" and " " in name:  # "the Middle East"; one word NER calls LOC is often a body
            return Resolved(self.location(name, text), sector)
        kind: EntityType = "Group" if mention.label in GROUP_LABELS else "Organization"  # one id, whatever NER said
        return Resolved(_alias(Entity(entity_id("org", name), label, kind), text), sector)

    def location(self, name: str, text: str, state: str | None = None) -> Entity:
        """A place, with its GeoNames id when GeoNames knows it. A name of cities in several countries is the one in
        a country the article names ("Newcastle" beside "Britain"), a node of its own when it is not the usual one;
        in the ``state`` the text puts it in, when given: none of the table's elsewhere."""
        found = place(name, {state} if state else self.near)
        if state is not None and found is not None and found.country != state:
            found = None  # "Palma in northern Mozambique": a town the table does not know, not Spain's city
        same_as = (found.uri,) if found is not None else ()
        usual = place(name)
        country = found.country if found is not None else state
        usual_one = usual is None or (found.geonameid == usual.geonameid if found is not None else state is None)
        key = name if usual_one else f"{name} {country}"
        return _alias(Entity(entity_id("location", key), name, "Location", same_as=same_as), text)

    def _table_country(self, mention: Mention, text: str) -> str | None:
        """A country by the libraries' names; a PERSON mention only when no person here has that name."""
        if mention.label == "PERSON" and (" " in text or self.people.has_part(text)):
            return None
        if text.islower() and self.cased:  # "the west bank of the Dnipro": a country's name has capitals, unless
            return None  # the article writes no name so (some wire stories come lower case: "talks with venezuela")
        found = self.table.lookup(text)
        if found is None and mention.label in ("GPE", "LOC", "ORG", "NORP"):
            found = alternate_names().lookup(text)  # DPRK, Korea Republic, Burma, Ivory Coast
            known = self.coder.known(text, person=False) if found is not None else None
            if known is not None and known[0] != found:  # "Lockheed Martin" is the firm, not Saint Martin
                found = None
            if found is not None and alternate_names().within_a_word(text) and self.placed_elsewhere(text, found):
                found = None  # "Perugia", Italy's, holds Peru's pattern; "Karakalpakstan", Uzbekistan's, Pakistan's
        return found if found in self.table.countries else None

    def placed_elsewhere(self, name: str, iso3: str) -> bool:
        """Whether a name is a city or a region of a country other than ``iso3``."""
        city = place(name, self.near)
        return (city is not None and city.country not in (None, iso3)) or country_of_region(name) not in (None, iso3)

    def is_place(self, mention: Mention) -> bool:
        """A capital named as where something happens ("talks in Riyadh"), not its government acting.

        Seats of power from the alias tables ("the Kremlin") always stand for their state.
        """
        if mention.label not in PLACE_LABELS or self.aliases.country(mention.text) or capital_of(mention.text) is None:
            return False
        if self.possessive(mention):  # "Moscow's aggression": an actor
            return False
        words = [w.lower() for w in self.text[max(0, mention.start - 40) : mention.start].split()[-2:]]
        if words[-1:] == ["the"]:
            words = words[:-1]
        if words[-1:] == ["of"]:
            return len(words) > 1 and words[-2] in PLACE_NOUNS
        return bool(words) and words[-1] in LOCATIVES

    def offices(self) -> dict[str, tuple[str, str | None]]:
        """Person id -> (title, ISO alpha-3 of the state served) from the titles the article gives them."""
        if self._offices is None:
            self._offices = {}
            for role in self.roles.roles:
                person = self.resolve(role.person)
                if person is None or person.entity.type != "Person":
                    continue
                serves = self._serves(role)
                known = self._offices.get(person.entity.id)
                if known is None or (known[1] is None and serves is not None):
                    self._offices[person.entity.id] = (title_case(role.title), serves.iso3 if serves else None)
        return self._offices

    def _serves(self, role: RoleMention) -> Entity | None:
        country = self.resolve(role.country) if role.country is not None else None
        if country is not None and country.entity.type == COUNTRY_TYPE:
            return country.entity
        if country is not None and country.belongs_to:  # "CIA Director" serves the CIA's state
            return self.country(country.belongs_to, self.table[country.belongs_to].label)
        # a state only the dictionaries know: "Soviet Foreign Minister" (SUN, Russia now); not a group they place
        # in one ("Hamas leader": PSE REB), nor a word that names none ("North's secretary")
        known = self.coder.known(country.entity.label, person=False) if country is not None else None
        if known is not None and known[1] is None and known[0] in self.table.countries:
            return self.country(known[0], self.table[known[0]].label)
        # NER took "British Defence" as one name: its country leads it
        leading = self.leading_state(role.country.text) if role.country is not None else None
        return self.country(*leading) if leading is not None else None

    def leading_state(self, name: str, after: int = 1, capital: bool = True) -> tuple[str, str] | None:
        """(ISO alpha-3, the words naming it) of the state a name begins with, before ``after`` words or more: by
        its name, demonym or abbreviation, and by its capital if ``capital``."""
        words = name.split()
        for cut in range(len(words) - after, 0, -1):
            lead = " ".join(words[:cut])
            named = capital or lead.lower() in country_names() or abbreviation_key(lead) is not None
            iso3 = self.table.lookup(lead) if named else None
            if iso3 is not None:
                return iso3, lead
        return None

    def argument(
        self, mention: Mention, acting: bool = False, place: str | None = None
    ) -> tuple[Argument, Entity] | None:
        """The claim argument a mention names, coded with its country and sector; an unnamed actor ("police")
        is of the country of ``place``, where the event happened."""
        if mention.label == UNNAMED:
            return self.unnamed(mention, place, struck=not acting)
        if mention.label == UNPLACED:
            return None  # only the actor it faces says whose it is (``at_home``)
        if acting and self._city_thing(mention):
            return None  # "criticised the Washington talks": a thing where a city is, no actor
        resolved = self.resolve(mention)
        if resolved is None:
            return None
        entity = resolved.entity
        if resolved.firm:  # "Piedmont" of "Piedmont Aviation Inc": not the region PETRARCH-2 knows; "Chile's Acme Ltd"
            said = self.stated_state(mention)
            return Argument(entity.id, mention.text, BUSINESS, said[0] if said else None), entity
        placed = self.placed_body(mention, resolved)
        if placed is not None:  # "Congress in Buenos Aires": Argentina's legislature, not the US Congress
            return self.of_country(mention, LEGISLATURE, placed)
        title, serves = self.offices().get(entity.id, (None, None))
        said = None  # what the article says of the bearer's state: the article first for a person
        if serves is None and entity.type == PERSON_TYPE:
            said = self.stated_state(mention, described=title is None)  # "Chile's Juan Sosa"
            serves = said[0] if said else None
        # "Hezbollah's top man", "EU leaders": the body's own sector, not the head noun's; not a dated office the
        # dictionaries give a body's name ("the Reagan Administration" ELI)
        role_only = entity.type == ORGANIZATION_TYPE and self.role_only(mention.qualifier)
        qualified = None if role_only else resolved.sector
        serving = serves or resolved.belongs_to or resolved.people_of
        text = " ".join(mention.text.split())
        country, sector = self.coder.code(entity, text, qualified, serving, title, acting)
        if entity.type == ORGANIZATION_TYPE and resolved.belongs_to:  # the state the text or a table gives it
            country = resolved.belongs_to
        if role_only and sector == ELITE:
            country, sector = self.coder.code(entity, text, resolved.sector, serving, title, acting)
        if country is None and entity.type == ORGANIZATION_TYPE:  # a body no dictionary knows
            said = self.stated_state(mention)  # "Russia's Supreme Court", "the Chilean mining company Norte"
            if said is None and sector != INTERNATIONAL:
                said = self.named_for_state(entity.label)  # "US Africa Command"; not "Indian Ocean Commission"
            country = said[0] if said else None
            sector = sector or (self.coder.noun_sector(entity.label.lower()) if said else None)  # the court: JUD
        if said is not None and sector is None:
            sector = said[1]
        if sector is None and entity.type == ORGANIZATION_TYPE:  # "the Department of Education": a public body
            sector = self.coder.head_sector(entity.label)
        town = self.town_state(mention) if mention.label in PLACE_LABELS else None
        unknown = country is None and entity.type == ORGANIZATION_TYPE
        if town not in (None, country) and (entity.type == LOCATION_TYPE or unknown):  # "the Syrian town of
            # Qamishli", "Derik in Syria": a town no table knows (the name alone would be a body's), or one the
            # table puts elsewhere ("the town of Palma in northern Mozambique", not Spain's)
            entity, country = self.location(" ".join(mention.text.split()), mention.text, town), town
        if country is None and entity.type == "Group" and mention.label in PLACE_LABELS and self.of_people(mention):
            country = self.country_of(" ".join(mention.text.split()))  # "armed groups in North Kivu": a region's
            entity = self.location(" ".join(mention.text.split()), mention.text, country) if country else entity
        if entity.type == LOCATION_TYPE and mention.qualifier and country in self.table.countries:
            state = self.country(country, self.table[country].label)  # "militia forces in Najaf": Iraq's, not Najaf
            return Argument(state.id, mention.text, sector, country), state
        return Argument(entity.id, mention.text, sector, country), entity

    def of_people(self, mention: Mention) -> bool:
        """Whether a name's qualifier is a noun of people or of a sector ("armed groups"), not of a thing ("service
        territory")."""
        words = (mention.qualifier or "").lower().split()
        return bool(GROUP_NOUNS.intersection(words) or (words and self.sector_of(mention.qualifier)))

    def placed_body(self, mention: Mention, resolved: Resolved) -> str | None:
        """The state a body of a name other states' bodies share is in, when the text puts it in a town of another
        state than the table's right after its name ("Congress in Lima"; cues ``shared_body_names``)."""
        name = " ".join(mention.text.split())
        if resolved.belongs_to is None or name.lower() not in SHARED_BODY_NAMES:
            return None
        place = PLACED_AFTER.match(self.text, mention.end)
        state = self.country_of(place.group(1).rstrip(".'’")) if place is not None else None
        return state if state not in (None, resolved.belongs_to) else None

    def town_state(self, mention: Mention) -> str | None:
        """The state of a place named after its people's adjective and the kind of place it is ("the Syrian town of
        Qamishli", "the Yemeni port city of Mokha", "the Haitian capital Port-au-Prince"; cues ``region_nouns``), or
        before the state it is in ("bombed Derik in Syria", "the village of Kuje in Nigeria's Abuja territory")."""
        for start, end, iso3 in self.state_names:
            words = self.text[end : mention.start].split()
            kinds = words[:-1] if words[-1:] == ["of"] else words
            if iso3 and 0 < len(kinds) <= 3 and kinds[-1] in REGION_NOUNS and all(w.islower() for w in kinds):
                return iso3
            if iso3 and start > mention.end and within_words(self.text[mention.end : start].split()):
                return iso3
        return None

    def named_for_state(self, name: str) -> tuple[str, str | None] | None:
        """(country, no sector) a body's name begins with, by the state's name, demonym or abbreviation: "US
        Africa Command", "Nigerian Union of Teachers"; not by its capital ("Paris Club"), nor before one word
        alone, as firms and headlines name themselves ("American Medical", "U.S. Banks")."""
        leading = self.leading_state(name, after=2, capital=False)
        return (leading[0], None) if leading is not None else None

    def stated_state(self, mention: Mention, described: bool = True) -> tuple[str, str | None] | None:
        """(country, sector) the article gives a name: by a possessive ("Chile's Juan Sosa"; no sector), else, if
        ``described``, by a demonym and a noun beside it (``nationality``)."""
        possessor = self.possessor_state(mention)
        if possessor is not None:
            return possessor, None
        return self.nationality(mention) if described else None

    def nationality(self, mention: Mention) -> tuple[str, str | None] | None:
        """(country, sector) a demonym and a noun of a sector next to a name say of a person: "Peruvian journalist
        Juan Sosa", "Juan Sosa, a Peruvian journalist," (PER, JRN); "British businessman Tom Walker" (GBR BUS); a
        country's name before the noun too: "US journalist Evan Brown".
        Not "Chilean police arrested Juan Sosa": the word before the name must be a noun of a sector. So for a
        body no dictionary knows: "the Peruvian mining firm Norte" (PER BUS)."""
        for _, end, iso3 in self.state_names:  # "Peruvian journalist Juan Sosa", "US journalist Evan Brown"
            if not iso3 or end > mention.start:
                continue
            before = DESCRIBED_BEFORE.fullmatch(self.text[end : mention.start])
            words = before.group(1).strip() if before is not None else ""
            # a noun of people, no verb ("police arrested"); a phrase that is one ("presidential candidate"); or
            # one who leads or speaks for a sector ("opposition figure")
            last = words.split()[-1].lower() if words else ""
            if words.lower() in NATIONALS:  # "Swedish national Johan Lindqvist": one of its people
                return iso3, PUBLIC
            body = self.modifying_body(words)
            if words and (
                self.sector_of(last)
                or self.coder.noun_sector(words)
                or (last in GENERIC_ROLE_HEADS and self.sector_of(words))
                or body
            ):
                return iso3, self.sector_of(words) or body
        for start, end, iso3 in self.demonyms:
            if not iso3:
                continue
            after = mention.end <= start and DESCRIBED_AFTER.fullmatch(self.text[mention.end : start])
            words = DESCRIBING_WORDS.match(self.text, end) if after else None
            sector = self.sector_of(words.group(1)) if words is not None else None
            if sector is not None:
                return iso3, sector
        return None

    def modifying_body(self, words: str) -> str | None:
        """The sector of the body that the modifiers of a person's noun name: "air force" in "Indian air force pilot
        Ravi Kumar", "opposition" in "opposition politician" (cues ``body_member_nouns``)."""
        parts = words.split()
        if len(parts) < 2 or parts[-1].lower() not in BODY_MEMBERS:
            return None  # not "the Afghan government and [the UN]", "an Iraqi woman told [Ms Alexander]"
        modifiers = parts[:-1]  # a phrase right before the noun: "air force"
        ends = (" ".join(modifiers[cut:]) for cut in range(len(modifiers)))
        return next((sector for end in ends if (sector := self.coder.noun_sector(end))), None)

    def possessor_state(self, mention: Mention) -> str | None:
        """The state named as the possessor of a name, "Chile's" in "Chile's Juan Sosa", or None; with a noun of
        a sector between them too: "Israel's opposition Labour party", "Chile's national airline LAN" (not
        "Chile's president met Juan Sosa")."""
        owned = OWNED_PLACE.fullmatch(" ".join(mention.text.split()))
        inside = self.table.lookup(owned.group(1)) if owned else None
        if inside:
            return inside  # the possessor inside the name the recognizer took: "[Mozambique's Cabo Delgado]"
        for _, end, iso3 in self.state_names:
            gap = POSSESSIVE_GAP.match(self.text, end) if iso3 and end <= mention.start else None
            if gap is None:
                continue
            between = self.text[gap.end() : mention.start]
            if not between or (SECTOR_WORDS.fullmatch(between) and self.sector_of(between.split()[-1])):
                return iso3
            if SECTOR_WORDS.fullmatch(between) and set(between.split()) <= OWNED_NAME_QUALIFIERS:
                return iso3  # "Japan's ruling Liberal Democratic Party"
        return None

    def unnamed(self, mention: Mention, place: str | None, struck: bool = False) -> tuple[Argument, Entity] | None:
        """ "police" in "police fired on protesters in Lagos": Nigeria's police (NGA COP). None when the place
        is no country's, the noun no sector's ("officials met in Geneva" names no actor), or the people are from
        abroad ("police detained foreign tourists in Lima", "deported migrants from Italy"). People ``struck`` by
        force or held are the place's whatever their noun ("a car bomb killed five officers in Kirkuk": IRQ, no
        sector)."""
        sector = self.sector_of(mention.qualifier or mention.text) or self.doerless(mention.qualifier or mention.text)
        if from_abroad(mention.qualifier) or from_abroad(mention.text):  # "foreign tourists", "migrants"
            return None
        iso3 = self.country_of(place) if place and (sector or struck) else None
        return self.of_country(mention, sector, iso3) if iso3 is not None else None

    @staticmethod
    def doerless(words: str) -> str | None:
        """UAF for a device or a bombing no one is named for ("roadside bomb"; cues ``doerless_devices``)."""
        parts = words.lower().split()
        ends = {" ".join(parts[-2:]), parts[-1].removesuffix("s")} if parts else set()
        return UNIDENTIFIED_FORCES if ends & DOERLESS else None

    def at_home(
        self,
        mention: Mention,
        facing: Mention,
        other: tuple[Argument, Entity] | None,
        evidence: Evidence,
        event_type: str | None = None,
    ) -> tuple[Argument, Entity] | None:
        """An unnamed actor where no place is named: of the country of the actor it faces (``facing``, coded as
        ``other``) when one is a state's civil power and the other its public ("Peruvian workers clashed with
        police": PER COP; actor_codes.toml [home]). In an event that is not where its actors are (``UNPLACED``:
        a meeting, a demand) only the public is ("rebel groups agreed to talks with the Sudanese government"):
        "leaders" or "diplomats" facing a people may be anyone's; "the government" is the state of the public it faces
        where the sentence (``evidence``) names no other ("Zambian unions urged the government"). Not when either is
        named as from abroad ("Polish citizens", "the international community"). So too an office no one is known to
        hold ("Kenyans demanded the resignation of the president"): the public's own; and a legislature a crowd
        protests at (``event_type``; [home] protested: "rallied outside parliament")."""
        if mention.label not in (UNNAMED, UNPLACED, ROLE) or other is None or other[0].country is None:
            return None
        if mention.label == ROLE and not mention.text.islower():
            return None  # "the Galaxy Leader": a name with a title's word, no office
        # "Polish citizens" facing or faced; "foreign" as the qualifier before "tourists"
        phrases = (facing.qualifier, mention.qualifier or mention.text, f"{mention.qualifier or ''} {mention.text}")
        if any(from_abroad(p) for p in phrases):
            return None
        # "demanded the president's resignation": the office's sector, not the event noun's it owns
        sector = self.sector_of(mention.qualifier or mention.text) or self.sector_of(mention.text)
        # "talks with the government": the state of the public it faces, where the sentence names no other
        governing = mention.text.lower() in GOVERNING and self.sole_state(evidence, other[0].country)
        if mention.label == UNPLACED and sector not in tables().home_public and not governing:
            return None
        codes = tables()
        protested = event_type in codes.crowd_acts and sector in codes.protested
        protested = protested and other[0].sector in codes.home_public - {sector}
        # "Kenya rejected calls from the opposition": a state named alone answers its organized public (``answered``)
        # as its government does, in what is said or decided, where the sentence names no other state; and a crowd
        # protesting; not force ("Russia shelled civilians"), whose victims it may find abroad, nor people at large
        # ("warned people to avoid the program"), who may be anyone's
        answered = sector in codes.answered or event_type in codes.crowd_acts
        spoken = answered and event_type is not None and event_type not in MATERIAL_CONFLICT
        spoken = spoken and self.sole_state(evidence, other[0].country)
        facing_sector = civil_power(other) if spoken else other[0].sector
        if not state_and_public(sector, facing_sector) and not protested:
            return None
        return self.of_country(mention, sector, other[0].country)

    def spoken_for(
        self,
        raw: RawClaim,
        mention: Mention,
        speaker: tuple[Argument, Entity] | None,
        other: tuple[Argument, Entity] | None = None,
    ) -> tuple[Argument, Entity] | None:
        """An actor of a state's power named only by its noun ("troops", "police", "officers") in what one of a
        state's bodies or officials says: that state's ("Uganda's army spokesman said troops had killed 20 ADF
        rebels", "the Kenyan interior ministry said police had detained 40 protesters"); not where the sentence names
        another state but the one its forces, police or courts, as the subject, face (``other``; [home]
        spoken_forces: "troops were deployed to the border with Venezuela, Guyana's army said"; not "the junta"), nor
        one whose speaker (``speaker``, resolved) is no state's power (a rights group, a witness)."""
        if mention.label not in NAMELESS or speaker is None:
            return None
        sector = self.sector_of(mention.qualifier or mention.text)
        if sector not in tables().state_sectors:
            return None
        if speaker[0].country is None or civil_power(speaker) not in tables().state_sectors:
            return None
        faced = {other[0].country} if other is not None and sector in tables().spoken_forces else set()
        if self.named_states(raw.evidence) - {speaker[0].country} - faced:
            return None
        return self.of_country(mention, sector, speaker[0].country)

    def armed_against_state(
        self, raw: RawClaim, target: tuple[Argument, Entity] | None
    ) -> tuple[Argument, Entity] | None:
        """An armed group named only by its noun that uses force on a state's forces or officials where no place is
        named: of that state, as an insurgency is coded where it fights ("rebels shot down a Sudanese army
        helicopter": SDN REB against SDN MIL); not where the sentence names another state."""
        mention = raw.subject
        if mention.label not in NAMELESS or target is None or target[0].country is None:
            return None
        if raw.event_type not in MATERIAL_CONFLICT or target[0].sector not in tables().state_sectors:
            return None
        sector = self.sector_of(mention.qualifier or mention.text)
        if sector not in tables().armed or not self.sole_state(raw.evidence, target[0].country):
            return None
        return self.of_country(mention, sector, target[0].country)

    def inquirers_at_home(
        self, raw: RawClaim, target: tuple[Argument, Entity] | None
    ) -> tuple[Argument, Entity] | None:
        """Police, prosecutors or investigators named only by their noun who question, hold or charge one who holds
        or held office in a state (``office_holders``), where no place is named: that state's ("a former Pakistani
        prime minister was questioned by anti-corruption investigators"); not where the sentence names another
        state, nor people of no office ("two British tourists were questioned by police")."""
        mention, codes = raw.subject, tables()
        if mention.label not in NAMELESS or target is None or target[0].country is None:
            return None
        acts = codes.inquiry_acts | codes.custody_acts | codes.office_acts
        if raw.event_type not in acts or target[0].sector not in codes.office_holders:
            return None
        if raw.object.label in PLACE_LABELS and not raw.object.qualifier:
            return None  # "an investigation into a robbery in Lima": a place, no one in office
        sector = self.sector_of(mention.qualifier or mention.text)
        if sector not in codes.inquirers or not self.sole_state(raw.evidence, target[0].country):
            return None
        return self.of_country(mention, sector, target[0].country)

    def held(self, raw: RawClaim, doer: tuple[Argument, Entity] | None) -> tuple[Argument, Entity] | None:
        """Those named only by their noun whom an armed group attacks or a state's civil power holds or
        investigates, where no place says whose they are: the doer's people (``held_at_home``), unless the sentence
        names another state ("abducted 14 teachers on the road between Kenya and Somalia") or them as from abroad.
        So too an office no one is named for, but an envoy's ("Kenyan police arrested the former finance
        minister"): the state's own office, whose holder it may hold."""
        mention = raw.object
        office = mention.label == ROLE and mention.text.islower() and mention.text.split()[-1] not in POSTED
        if (mention.label not in NAMELESS and not office) or doer is None or doer[0].country is None:
            return None
        sector = self.sector_of(mention.qualifier or mention.text)
        # "charged a former minister": one who held an office (the sector of the former, ``sector_of``) held it here
        office = office or (sector == ELITE and (mention.qualifier or mention.text).split()[0].lower() in FORMER)
        # "searched the offices of the energy ministry": a body of the state's own, no foreign envoy
        office = office or mention.text.split()[-1].lower() in STATE_BODIES
        if from_abroad(mention.qualifier or mention.text) or not held_at_home(
            raw.event_type, sector, civil_power(doer), office
        ):
            return None
        if not self.sole_state(raw.evidence, doer[0].country):
            return None
        return self.of_country(mention, sector, doer[0].country)

    def sole_state(self, evidence: Evidence, iso3: str | None) -> bool:
        """Whether the evidence sentence names no state but ``iso3``."""
        return not self.named_states(evidence) - {iso3}

    def named_states(self, evidence: Evidence) -> set[str]:
        """The states the evidence sentence names."""
        return {iso3 for at, _, iso3 in self.state_names if iso3 and evidence.start <= at < evidence.end}

    def of_country(self, mention: Mention, sector: str | None, iso3: str) -> tuple[Argument, Entity]:
        """An actor named only by its noun, as one of the people of ``iso3``."""
        country = self.country(iso3, self.table[iso3].label)
        return Argument(country.id, mention.text, sector, iso3), country

    def role_only(self, words: str | None) -> bool:
        """Whether a qualifier only says someone leads, speaks for or belongs to the body it qualifies ("Hezbollah's
        top man", "Hamas officials"): the body's own sector is theirs, not the head noun's (GOV, CVL)."""
        parts = (words or "").split()
        if not parts or parts[-1].lower() not in GENERIC_ROLE_HEADS:
            return False
        return not any(self.coder.noun_sector(w) for w in parts[:-1])

    def sector_of(self, words: str | None) -> str | None:
        """The sector of an actor's noun with its modifiers: the longest end of the phrase that has one ("riot
        police"; "opposition leader" in "prominent opposition leader"), then each word from the noun back ("army
        officers": officers, then army); a head that only leads or speaks for a body last ("militia leader")."""
        if not words:
            return None
        parts = words.split()
        ends = [" ".join(parts[cut:]) for cut in range(len(parts) - 1)]
        words_back = list(reversed(parts))
        if parts[-1].lower() in GENERIC_ROLE_HEADS:  # "militia leader": the militia's, not a government's
            words_back = words_back[1:] + words_back[:1]
        # graphkit's own table first for the phrase's ends: "anti graft commission" is the graft commission's (COP),
        # not the commission PETRARCH-2's agents find in any phrase ending with it
        own = next((s for end in ends if (s := self.coder.aliases.sector(end))), None)
        for candidate in (*ends, *words_back):
            sector = own or self.coder.noun_sector(candidate)
            if sector:
                former = parts[0].lower() in FORMER and parts[-1].lower() not in STATE_BODIES  # "former envoys"
                return ELITE if former and sector in OFFICE_SECTORS else sector
        return PUBLIC if parts[-1].lower() in KIN else None  # "arrested a son of the president": one of the public

    def country_of(self, where: str) -> str | None:
        """The ISO alpha-3 of the country a place named in the text is in: a country, a city, or a region ("police
        in Borno state"). A region that acts ("Scotland's first minister") stays a name of its own (``_other``)."""
        owner: str | None
        owned_place = OWNED_PLACE.fullmatch(where)
        peoples_place = PEOPLES_PLACE.fullmatch(where)  # not "Gulf of Aden": a place's own name
        if owned_place is None and peoples_place is not None and self.country_of(peoples_place[1]) is not None:
            owned_place = peoples_place
        owner, owned = owned_place.groups() if owned_place else (None, where)
        found = self.resolve(Mention(self.article_id, 0, 0, owned, "GPE"))
        if found is not None and found.entity.type == COUNTRY_TYPE:
            return found.entity.iso3
        if found is None or found.entity.type != LOCATION_TYPE:
            within = country_of_region(owned)
        else:
            known = place(found.entity.label, self.near)
            region = country_of_region(found.entity.label) or country_of_region(owned)  # "Logar province": Logar's
            # "killing civilians in Antioquia" beside "Colombian": the region of a country the article names, not a
            # city of that name in another (Turkey's Antakya)
            abroad = known is not None and known.country not in self.near and region in self.near
            within = known.country if known and not abroad else region
        # "Cameroon's North-West region", "Lebanese town of Khiam": the owner's, where the words tell no country
        return within or (self.country_of(owner) if owner else None)

    def claim(self, raw: RawClaim) -> tuple[Claim, list[Entity]] | None:
        """The claim between canonical entities, or None when an actor is unknown or acts on itself
        (see ``acts_on_itself``)."""
        acted_on = (
            raw.event_type not in MATERIAL_CONFLICT
        )  # "accused Beijing": its government; "shelled Kyiv": the city
        subject = self.argument(raw.subject, acting=True, place=raw.location)
        obj = self.argument(raw.object, acting=acted_on, place=raw.location)
        speaker = self.argument(raw.attributed_to, acting=True) if raw.attributed_to is not None else None
        subject = subject or self.spoken_for(raw, raw.subject, speaker, obj)
        obj = obj or self.spoken_for(raw, raw.object, speaker)
        subject = subject or self.at_home(raw.subject, raw.object, obj, raw.evidence, raw.event_type)
        obj = obj or self.at_home(raw.object, raw.subject, subject, raw.evidence, raw.event_type)
        obj = obj or self.held(raw, subject)
        subject = subject or self.armed_against_state(raw, obj) or self.inquirers_at_home(raw, obj)
        if raw.event_type in tables().public_acts and subject is not None and obj is not None:
            subject, obj = self.placed_group(subject, obj, raw), self.placed_group(obj, subject, raw, acted_on=True)
        if subject is None or obj is None:
            return None
        local = raw.event_type in tables().public_acts  # "Juan Sosa protested outside the police station"
        named = self.named_states(raw.evidence)
        inquiry_at_home = raw.event_type in tables().inquiry_acts and raw.evidence.extractor == PUBLIC_PATTERN
        if inquiry_at_home and named - {subject[0].country}:  # "Chilean investigators flew to Bolivia to examine
            return None  # the crash": a harm looked into abroad, not at home
        if len(named) <= 1:  # "police arrested British businessman Juan Sosa": he may be of another
            yields = raw.event_type in YIELDING  # "Juan Sosa surrendered to the police"
            subject, obj = self.domestic(subject, obj, local, yields), self.domestic(obj, subject, local, True)
        if acts_on_itself(subject[0], obj[0]) and self.restricted_place(raw, subject[0], obj[0]):
            obj = (replace(obj[0], sector=PUBLIC), obj[1])  # "Egypt imposed a curfew in Cairo": on its people
        if acts_on_itself(subject[0], obj[0]) or commerce(raw.event_type, subject[0], obj[0]):
            return None
        if raw.event_type in tables().figurative_force and subject[0].sector in tables().commerce_sectors:
            return None  # "Toyota declared war on Chinese carmakers": a business uses no force
        if raw.event_type in tables().left_home_acts and left_home(subject[0], obj, raw.object):
            return None  # "50 Nigerian soldiers left Nigeria for Darfur": from no one
        if within_state(raw.event_type, subject[0], obj[0]):
            return None  # "the administration sent Congress proposed legislation": one state's own business
        if self.addressed_medium(raw.object, obj):
            return None  # "he told Reuters the proposals were unacceptable": no demand on Reuters
        if self.unplaced(subject[0]) and self.unplaced(obj[0]):
            return None  # "Ferguson hailed Roy Keane", "Euronext began talks with the LSE": no geopolitical actor
        if raw.event_type == CONSULT and obj[1].type == LOCATION_TYPE and trip_at_home(subject[0], obj[0]):
            return None
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

    def placed_group(
        self, argument: tuple[Argument, Entity], facing: tuple[Argument, Entity], raw: RawClaim, acted_on: bool = False
    ) -> tuple[Argument, Entity]:
        """A group of no state (a people, a movement, an armed group: "Islamist militants", "Maoist rebels") in an
        act of force is of the state where the text places it, as event coders code an insurgency where it fights:
        "Islamist militants killed 20 villagers in northern Nigeria" is NGA REB. Where no place is named and the
        sentence names no other state: the state it acts on ("Kurdish militants attacked a Turkish army post"),
        or, acted on, the doer's where those are at home (``held_at_home``: "rebels in Narathiwat shot dead two
        Buddhist monks")."""
        of_states = argument[1].type == "Group" and self.aliases.of_states(argument[1].label)
        stateless = not of_states and (argument[1].type == "Group" or argument[0].sector in tables().armed)
        if argument[0].country is not None or not stateless:
            return argument
        iso3 = self.country_of(raw.location) if raw.location else None
        # whom it acts on, not a market ("the Asian assault on the US market"); acted on, by whom at home
        faced = facing[0].sector not in tables().commerce_sectors
        at_home = not acted_on or held_at_home(raw.event_type, argument[0].sector, civil_power(facing))
        home = facing[0].country if faced and at_home else None
        if iso3 is None and home is not None and self.sole_state(raw.evidence, home):
            iso3 = home
        return (replace(argument[0], country=iso3), argument[1]) if iso3 else argument

    def restricted_place(self, raw: RawClaim, subject: Argument, obj: Argument) -> bool:
        """Whether a claim's object is a place of the state's own that a restriction is put on or lifted from, or
        forces are sent into by the state or one of its bodies (actor_codes.toml [home] restricted_places), named as
        a place, not as the state: "a curfew in Cairo", "deployed soldiers across Lusaka"; not "sanctions on Egypt",
        nor "shoppers scrambled for bargains in Seoul"."""
        if raw.event_type not in tables().restricted_places or obj.sector not in (None, GOVERNMENT):
            return False
        moved = raw.event_type == MOBILIZE_TYPE  # forces moved by the state or one of its bodies, named as such
        if moved and subject.sector not in tables().state_sectors and (subject.sector or raw.subject.qualifier):
            return False  # neither one of the state's bodies nor the state named alone
        text = " ".join(raw.object.text.split()).lower()
        return raw.object.label in PLACE_LABELS and text not in country_names()

    def domestic(
        self, argument: tuple[Argument, Entity], other: tuple[Argument, Entity], local: bool, answers: bool
    ) -> tuple[Argument, Entity]:
        """A named actor of no known country is of the state whose civil power it faces as its public, or whose
        public it faces as its civil power ("Peru's government banned the Popular Front": the party is of Peru),
        as ``at_home`` codes an unnamed one. In acts where the public meets force (``local``: actor_codes.toml
        [home] public_acts) or where he answers to police and courts (``answers``: they act on him, or he yields to
        them), a person of no sector is one of the public ("the police arrested Juan Sosa", "a court charged
        him"); one who meets a government or sues in a court may be from anywhere. People and bodies the
        dictionaries do not know only (al-Qaeda and the UN are of no state), in a sentence that names no other
        state (``claim``)."""
        mine, entity = argument
        if mine.country is not None or other[0].country is None or entity.type not in HOME_TYPES:
            return argument
        person = entity.type == PERSON_TYPE
        if self.coder.known(entity.label, person, not person) is not None:
            return argument
        if self.coder.aliases.organization(entity.label) is not None:
            return argument  # "the International Criminal Court convicted a Malian": graphkit's table knows it
        power = civil_power(other)  # "Serbia arrested him"
        answerable = local or (answers and power in tables().jurisdiction)  # "a court charged Sosa"
        sector = mine.sector or (PUBLIC if answerable and person else None)
        if not state_and_public(sector, power):
            return argument
        return replace(mine, country=other[0].country), entity

    def addressed_medium(self, mention: Mention, resolved: tuple[Argument, Entity]) -> bool:
        """Whether an organization of the press is named as whom a speaker talks to ("told Reuters", "in an
        interview with the BBC"; cues ``press_addressing``): the channel of what he says, not a party to it."""
        argument, entity = resolved
        if argument.sector != JOURNALISM or entity.type != ORGANIZATION_TYPE:
            return False
        before = " ".join(self.text[max(0, mention.start - 40) : mention.start].lower().split())
        before = before.removesuffix(" the") if before.endswith(" the") else before
        return before.endswith(ADDRESSING)

    def unplaced(self, argument: Argument) -> bool:
        """Whether an actor is a business, of a country or not, or a person or body that no table places in a
        country or codes to a sector, nor knows as an international body ("the WTO") or a group of states or a
        people ("European countries"). An event between two such actors is no edge of a graph of geopolitical
        actors: in the corpora they were mostly of sport, business and celebrity news ("Ferguson hailed Roy Keane",
        "Euronext began talks with the LSE")."""
        if argument.sector in tables().commerce_sectors:
            return True  # a business, of a country or not: "Samsung", "the London market", "Japanese banks"
        if argument.country is not None or argument.sector is not None or argument.entity_id.startswith(GROUP):
            return False
        return self.aliases.organization(argument.text) is None

    def static_claims(self, mention: Mention, resolved: Resolved) -> list[Claim]:
        """``belongs_to`` for a national body ("the CIA" -> United States), from the alias tables; none for one the
        text puts in another state ("Congress in Lima": ``placed_body``)."""
        if resolved.belongs_to is None or self.placed_body(mention, resolved) is not None:
            return []
        country = self.country(resolved.belongs_to, self.table[resolved.belongs_to].label)
        evidence = Evidence(mention.article_id, mention.text, mention.start, mention.end, GAZETTEER)
        _, sector = self.coder.code(resolved.entity, mention.text, resolved.sector, resolved.belongs_to)
        return [
            Claim(
                Argument(resolved.entity.id, mention.text, sector, country.iso3),
                "belongs_to",
                None,
                Argument(country.id, country.label, None, country.iso3),
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
            state = self._serves(role)
            body = self._body_served(role) if state is None else None
            serves = state or (body[0] if body is not None else None)
            entities.append(replace(person.entity, roles=(role_label(role.title, serves),), mentions=0, aliases=()))
            if serves is None:
                continue
            entities.append(replace(serves, mentions=0, aliases=()))
            sector, country, body_sector = self.coder.title_sector(role.title), serves.iso3, None
            if serves.iso3 is None and body is not None:  # a body's post: the body's country and sector on both
                country, body_sector = body[1].country, body[1].sector
                sector = body_sector
            claims.append(
                Claim(
                    subject=Argument(person.entity.id, role.person.text, sector, country),
                    predicate="holds_role",
                    event_type=None,
                    object=Argument(
                        serves.id, role.country.text if role.country else serves.label, body_sector, country
                    ),
                    evidence=role.evidence,
                    theme=title_case(role.title),
                    confidence=0.9,
                )
            )
        return entities, claims

    def _body_served(self, role: RoleMention) -> tuple[Entity, Argument] | None:
        """The body of no state a title serves, with the body coded: "Hezbollah leader", "leader of the Ennahda
        party"; a body's people and its posts are its own ("Hamas political chief" is no post of a state). Only a
        political actor's: a body some table places or codes, not a firm's chief ("unplaced"); a state's body serves
        its state."""
        if role.country is None or role.country.label not in BODY_LABELS:
            return None
        body = self.resolve(role.country)
        if body is None or body.entity.type not in BODY_TYPES or body.belongs_to:
            return None
        coded = self.argument(replace(role.country, qualifier=None))  # the body itself, not the post ("chief")
        if coded is None or self.unplaced(coded[0]):
            return None  # no firm nor club
        country, sector = coded[0].country, coded[0].sector
        if sector in tables().state_sectors and country in self.table.countries:
            state = self.country(country, self.table[country].label)  # "Federal Reserve Chairman": the state's post
            return state, coded[0]
        if sector in tables().state_sectors and self.aliases.organization(role.country.text) is None:
            return None  # "Foreign Ministry spokesman" of no state named; not "International Criminal Court"
        return body.entity, coded[0]


def commerce(event_type: str | None, subject: Argument, obj: Argument) -> bool:
    """Whether aid between two actors is commerce: each is a business ("a US investment group", "South African
    investors"), or an organization of no country and no known sector; not a state, a group of states or a
    people (``actor_codes.toml`` [commerce])."""
    codes = tables()
    firms = event_type in codes.firm_types and all(a.entity_id.startswith(ORGANIZATION) for a in (subject, obj))
    if event_type not in codes.commerce_types and not firms:
        return False
    return all(
        a.sector in codes.commerce_sectors
        or (a.country is None and not a.entity_id.startswith(GROUP) and a.sector is None)
        for a in (subject, obj)
    )


def within_state(event_type: str | None, subject: Argument, obj: Argument) -> bool:
    """Whether an act is between two bodies of one state (``actor_codes.toml`` [state_sectors]; a country named
    alone is its government), of a type that is then no event ([commerce] within_state): aid from the
    administration to the Congress is the state's own business."""
    codes = tables()
    if event_type not in codes.within_state_types or subject.country is None or subject.country != obj.country:
        return False
    return all((a.sector or GOVERNMENT) in codes.state_sectors for a in (subject, obj))


def written(name: str) -> tuple[str, str]:
    """A mention's words with single spaces, and the same without a leading "the": ("the Kremlin", "Kremlin")."""
    text = " ".join(name.split())
    return text, text[4:] if text.lower().startswith("the ") else text


def within_words(words: list[str]) -> bool:
    """Whether the words between a place and a state's name say the place is in the state: "in", "in the", "in
    northern", "in the south-east of" ("the town of Palma in northern Mozambique"; cues ``compass_words``)."""
    if words[:1] != ["in"]:
        return False
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    if rest[-1:] == ["of"] and words[1:2] == ["the"]:  # "in the north of"
        rest = rest[:-1]
    return len(rest) <= 1 and all(w.lower() in COMPASS_WORDS for w in rest)


def from_abroad(phrase: str | None) -> bool:
    """Whether a noun phrase names people from abroad, by its noun or a word before it (cues ``foreigner_nouns``,
    ``foreign_modifiers``): "Polish citizens", "foreign tourists", "the Latvian embassy"; not "national
    newspapers"."""
    words = (phrase or "").lower().split()
    # "the former foreign minister": an office at home, whose title says what it deals with
    abroad = [w for w, after in pairwise(words) if w in FOREIGN and after not in FOREIGN_OFFICES]
    return bool(words) and (words[-1] in FOREIGNERS or bool(abroad))


def regional(name: str) -> bool:
    """Whether a name is a region of a continent: compass words before a continent's name ("South East Asia",
    "Central Asia"; cues ``compass_words``)."""
    words = name.split()
    if len(words) < 2 or any(w.lower() not in COMPASS_WORDS for w in words[:-1]):
        return False
    continent = place(words[-1])
    return continent is not None and continent.country is None


def trip_at_home(visitor: Argument, town: Argument) -> bool:
    """Whether a town visited is not abroad: "Tony Blair is to visit Sheffield" is a trip at home, not a meeting
    with a state ("Reagan will visit Rome" visits Italy). A town is abroad only when its country and the
    visitor's are both known and differ ("the Chilean president visited Arequipa")."""
    return visitor.country is None or town.country is None or town.country == visitor.country


def left_home(subject: Argument, obj: tuple[Argument, Entity], mention: Mention) -> bool:
    """Whether an actor acts on its own state named as a whole (``mention``, a country's name alone), not on one of
    its places, bodies or people ("China freed dozens of activists")."""
    named = mention.label == COUNTRY_LABEL and mention.qualifier is None
    return named and obj[1].type == COUNTRY_TYPE and obj[0].entity_id == subject.entity_id


def acts_on_itself(subject: Argument, obj: Argument) -> bool:
    """One actor on both sides. Two sectors of one country are two actors, as event data counts them: "Israeli
    police arrested Israeli protesters" is ISR COP against ISR CVL, "Peru is investigating abuses by Peruvian
    soldiers" PER against PER MIL. A country named alone is its state, so "Tehran accused Iran" is one actor; people
    named by a noun of no sector are not ("Kenya's police oversight authority is investigating officers")."""
    return subject.entity_id == obj.entity_id and sector_as_actor(subject) == sector_as_actor(obj)


def sector_as_actor(argument: Argument) -> str | None:
    """An actor's sector; for a name of no sector, its state's (see ``acts_on_itself``)."""
    return argument.sector or (None if argument.text.islower() else GOVERNMENT)


def _alias(entity: Entity, text: str) -> Entity:
    """The entity as one mention: its text as an alias unless it is the label."""
    return replace(entity, aliases=(text,) if text != entity.label else (), mentions=1)


def resolve_article(
    extraction: Extraction, table: CountryTable | None = None, aliases: Aliases | None = None
) -> tuple[list[Entity], list[Claim]]:
    """The entities an article mentions (one per mention), its claims in canonical ids, and its static claims."""
    resolver = ArticleResolver(extraction, table, aliases)
    entities: list[Entity] = []
    claims: list[Claim] = []
    seen_bodies: set[str] = set()
    arguments = {
        (m.start, m.end) for raw in extraction.claims for m in (raw.subject, raw.object, raw.attributed_to) if m
    }
    for mention in extraction.mentions:
        if (mention.start, mention.end) not in arguments and resolver.is_place(mention):
            entities.append(resolver.location(" ".join(mention.text.split()), mention.text))
            continue
        resolved = resolver.resolve(mention)
        if resolved is None:
            continue
        placed = resolver.placed_body(mention, resolved)  # "Congress in Lima": Peru's, no US Congress
        entities.append(resolver.country(placed, resolver.table[placed].label) if placed else resolved.entity)
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


def civil_power(actor: tuple[Argument, Entity]) -> str | None:
    """The sector an actor acts with: a state named by its name acts as its government ("Serbia arrested him")."""
    argument, entity = actor
    return argument.sector or (GOVERNMENT if entity.type == COUNTRY_TYPE else None)


def held_at_home(event_type: str | None, sector: str | None, other: str | None, office: bool = False) -> bool:
    """Whether those of ``sector`` that an actor of sector ``other`` acts on in an event of ``event_type`` are of
    the actor's country (actor_codes.toml [home]): an armed group's victims ("ISWAP fighters hacked to death 14
    farmers", "FARC rebels gunned down 11 lawmakers"), those a state's civil power investigates, whatever their
    noun ("an inquiry into the army's role", "investigating officers accused of ..."), or holds ("Bosnian police
    arrested eight former soldiers"), but its envoys and officials, whom it may hold as foreigners; not so an
    ``office`` named with "the" or held before ("arrested the former finance minister"): its own, which it may also
    accuse ("charged the former sports minister with fraud"); and those its police or courts charge ("Kenyan
    prosecutors charged four police officers with murder") or convict ("found two police officers guilty")."""
    codes = tables()
    armed = event_type in codes.armed_acts and other in codes.armed
    inquiry = event_type in codes.inquiry_acts and other in codes.inquirers
    held_abroad = sector in codes.held_abroad and not office
    custody = event_type in codes.custody_acts and other in codes.home_state and not held_abroad
    # "charged the former minister"; people its police or courts charge too: "prosecutors charged four officers"
    charges = event_type in codes.office_acts and other in codes.home_state
    charged = charges and (office or (other in codes.jurisdiction and not held_abroad))
    # "a Nairobi court found two police officers guilty": those its police or courts convict
    convicted = event_type in codes.verdict_acts and other in codes.jurisdiction and (office or not held_abroad)
    return (sector is not None and (armed or custody)) or inquiry or charged or convicted


def state_and_public(sector: str | None, other: str | None) -> bool:
    """Whether two sectors are a state's civil power and its public, which meet at home (actor_codes.toml
    [home]): police and protesters, a government and rebels, a court and an opposition leader; or an army
    (``sector``) and rebels (``other``), not the other way round."""
    codes = tables()
    pair = {sector, other}
    return bool(pair & codes.home_state and pair & codes.home_public and len(pair) == 2) or (
        (sector, other) == codes.insurgency
    )

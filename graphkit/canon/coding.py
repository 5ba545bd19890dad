"""Country and sector of an actor as event data codes it: ("Israeli police") -> (ISR, COP).

What the article says comes first: a qualifier noun ("Russian troops"), a title ("Defense Minister X",
"X, Tehran's foreign minister"), a capital acting for its state ("Tehran has provided"). The curated
dictionaries come after: graphkit's aliases (sector nouns, national bodies), then PETRARCH-2's sector
nouns and known actors, whose dated codes are read at the article's date.

>>> coder = ActorCoder()
>>> coder.noun_sector("riot police"), coder.noun_sector("officials"), coder.title_sector("Defense Minister")
('COP', 'GOV', 'GOV')
>>> coder.title_sector("Chairman of the Joint Chiefs of Staff"), coder.title_sector("Secretary of State")
('MIL', 'GOV')
>>> coder.title_sector("CIA Director"), coder.title_sector("Hezbollah spokesman")
('SPY', 'REB')
>>> coder.known("Hezbollah")
('LBN', 'REB')
"""

from __future__ import annotations

import re

from graphkit.canon.actor_codes import tables
from graphkit.canon.aliases import Aliases, default_aliases
from graphkit.canon.countries import country_table
from graphkit.canon.country_names import alternate_names
from graphkit.canon.gazetteer import Gazetteer, gazetteer
from graphkit.canon.places import capital_of, country_of_region, place
from graphkit.types import Entity
from graphkit.vocabulary import cue_words

LINK_WORDS = cue_words("title_part_links")
RANKS = cue_words("ranks")
FORMER = cue_words("former_office")
ELITE = "ELI"  # a former officeholder, as PETRARCH-2 codes "former president"
SHADOW = cue_words("shadow_office")
OPPOSITION = "OPP"  # the opposition's spokesman for an office: "Shadow Chancellor"
GENERAL = "general"  # a rank before a name ("General Milley"), an adjective after an office ("Secretary General")
INTERNATIONAL = "IGO"  # a body of states: an office in it is held for no state ("NATO Secretary-General")
GOVERNMENT = "GOV"  # the sector of a state acting under its own name or its capital's: "Tehran has provided"
LINK = re.compile(r"\s+(?:of|for|to)\s+(?:the\s+)?", re.IGNORECASE)


class ActorCoder:
    """Sectors of nouns and titles, and the codes of known actors, for one article's date and countries."""

    def __init__(self, aliases: Aliases | None = None, dictionary: Gazetteer | None = None,
                 date: str | None = None, near: frozenset[str] = frozenset()) -> None:  # fmt: skip
        self.aliases = aliases or default_aliases()
        self.dictionary = dictionary or gazetteer()
        self.date = date
        self.near = near  # the countries the article names: which of a name's cities it means

    def noun_sector(self, noun: str | None) -> str | None:
        """The sector a noun names: graphkit's own table first, then PETRARCH-2's agents."""
        if not noun:
            return None
        own = self.aliases.sector(noun)
        if own:
            return own
        agent = self.dictionary.agent(noun)
        return agent.sector if agent is not None else None

    def head_sector(self, name: str) -> str | None:
        """The sector of a body no table knows, by the noun that says what kind of body it is: its last word, or
        the word before its "of" ("Kenya Anti-Corruption Commission", "Department of Education": GOV; "Supreme
        Court": JUD), or, where that word names no sector, the longest end of the words after it ("Office of the
        Special Prosecutor": JUD); a state body's noun by graphkit's table or PETRARCH-2's agents
        (``state_sectors``)."""
        words = name.split()
        if not words:
            return None
        if "of" not in words[1:3]:
            sector = self.noun_sector(words[-1])
        else:  # "Department of Education"; "Office of the Special Prosecutor": an office is its holder's
            at = words.index("of", 1)
            held = words[at + 2 if words[at + 1 : at + 2] == ["the"] else at + 1 :]
            ends = (" ".join(held[cut:]) for cut in range(len(held)))
            sector = self.noun_sector(words[at - 1]) or next((s for end in ends if (s := self.noun_sector(end))), None)
        return sector if sector in tables().state_sectors else None

    def split_body(self, name: str) -> tuple[str, str] | None:
        """("Latvian", "JUD") for "Latvian Constitutional Court": a name that ends in a sector's words (the
        longest such end), from graphkit's table or a state body's noun in PETRARCH-2's agents (``state_sectors``).
        Not a business's ("Chilean Airlines", "the Peruvian Exchange" are companies of their own names), nor a body
        the dictionaries know whole as no state's ("Syrian Democratic Forces" are rebels, not Syria's army)."""
        known = self.dictionary.code(name, self.date)
        if known is not None and known.sector not in tables().state_sectors:
            return None
        words = name.split()
        for cut in range(1, len(words)):
            end = " ".join(words[cut:])
            agent = self.dictionary.agent(end)
            state_body = agent.sector if agent is not None and agent.sector in tables().state_sectors else None
            sector = self.aliases.sector(end) or state_body
            if sector in tables().commerce_sectors:
                return None
            if sector is not None:
                return " ".join(words[:cut]), sector
        return None

    def title_sector(self, title: str) -> str | None:
        """The sector of a title: a body it names, else the whole title or a shorter end of it.

        "CIA Director" -> the CIA (SPY); "Hezbollah spokesman" -> Hezbollah (REB); "Defense Minister" ->
        "Minister" (GOV); "Chairman of the Joint Chiefs of Staff" -> the Joint Chiefs (MIL).
        """
        words = title.replace("-", " ").split()
        if len(words) > 1 and words[0].lower() in FORMER:
            return ELITE  # "Former Foreign Secretary", "ex-President"
        if any(w.lower() in SHADOW for w in words[:-1]):
            return OPPOSITION  # "Shadow Chancellor", "Tory shadow home secretary": the opposition's
        if len(words) > 1 and words[-1].lower() == GENERAL and words[-2].lower() not in RANKS:
            words = words[:-1]  # "Secretary General", "Surgeon General": an office, not the rank of general
            title = " ".join(words)
        spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
                       key=lambda span: span[0] - span[1])  # fmt: skip
        for i, j in spans:
            if (i, j) != (0, len(words)) and words[i].lower() not in LINK_WORDS:
                sector = self.known_sector(" ".join(words[i:j]))
                if sector:
                    return sector
        for cut in range(len(words)):
            sector = self.noun_sector(" ".join(words[cut:]))
            if sector:
                return sector
        head = LINK.split(title, maxsplit=1)[0].split()
        return self.noun_sector(head[-1]) if head else None

    def known_sector(self, name: str) -> str | None:
        found = self.dictionary.code(name, self.date)
        return found.sector if found is not None else None

    def known(self, name: str, person: bool = True, organization: bool = False) -> tuple[str | None, str | None] | None:
        """(country, sector) of an actor the dictionaries know by this name at the article's date, or None. A
        one-word ``person`` may be named by the surname alone; a body is not ("Kraft" is no Estonian officer); an
        ``organization`` by the start of its name ("Liberation Tigers", cut by NER)."""
        found = self.dictionary.code(name, self.date)
        if found is None and organization and place(name) is None and country_table().lookup(name) is None:
            found = self.dictionary.body_by_lead(name, self.date)  # not a place's name ("Northern Ireland")
        if found is None and person and " " not in name.strip():
            found = self.dictionary.person_by_surname(name, self.date, self.near)  # "Mugabe", "President Kagame"
        elif found is None and person:
            found = self.dictionary.person_by_near_name(name, self.date)  # "Laurent Gbago": Laurent Gbagbo
        if found is None or (found.country is None and found.sector is None):
            return None
        return found.country, found.sector

    def code(self, entity: Entity, text: str, sector: str | None = None, serves: str | None = None,
             title: str | None = None, acting: bool = False) -> tuple[str | None, str | None]:  # fmt: skip
        """(country, sector) of a claim argument: ``entity`` as the sentence named it (``text``).

        ``sector`` is what a qualifier noun said ("troops"); ``serves`` and ``title`` a role the article
        gives a person; ``acting`` whether the argument does or says something (a capital then stands
        for its government).
        """
        if entity.type == "Country":
            if sector is None and acting and self.is_seat(text, entity.iso3):
                sector = GOVERNMENT
            return entity.iso3, sector
        person = entity.type == "Person"
        known = self.known(entity.label, person, entity.type == "Organization")
        if known is None and text != entity.label and not person:
            known = self.known(text, person)  # a person named in full is not whoever else bears the surname ("Howard")
        if known is None and person and title:  # "President Bush": the dictionaries know leaders by title too
            known = self.known(f"{title} {entity.label.split()[-1]}", person=False)
        if entity.type == "Person" and (serves is not None or title is not None):  # the article's title first
            title_sector = self.title_sector(title) if title else None
            if serves is None and title_sector == INTERNATIONAL:  # "NATO Secretary-General Jens Stoltenberg" acts
                return None, title_sector  # for NATO, not for Norway, whose prime minister the dictionaries knew
            return serves or (known[0] if known else None), title_sector or (known[1] if known else None)
        if entity.type == "Location":  # a city, or a region of one country ("Borno", "Helmand")
            found = place(entity.label, self.near)
            country = found.country if found else country_of_region(entity.label)
            return (country or (known[0] if known else None)), sector
        if known is not None:
            return known[0] or serves, sector or known[1]
        return serves, sector

    def is_seat(self, text: str, iso3: str | None) -> bool:
        """Whether ``text`` names a country by its capital or seat of power ("Tehran", "the Kremlin")."""
        if iso3 is None:
            return False
        if capital_of(text) == iso3:
            return True
        if self.aliases.country(text) != iso3 or country_table().lookup(text) == iso3:
            return False
        return alternate_names().lookup(text) != iso3  # "the Emirates" is a name, "the Kremlin" a seat

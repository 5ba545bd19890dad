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
>>> coder.known("Hezbollah")
('LBN', 'REB')
"""

from __future__ import annotations

import re

from graphkit.canon.aliases import Aliases
from graphkit.canon.gazetteer import Gazetteer, gazetteer

LINK = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?", re.IGNORECASE)


def _default_aliases() -> Aliases:
    from graphkit.canon.resolve import default_aliases

    return default_aliases()


class ActorCoder:
    """Sectors of nouns and titles, and the codes of known actors, for one article's date."""

    def __init__(self, aliases: Aliases | None = None, dictionary: Gazetteer | None = None,
                 date: str | None = None) -> None:  # fmt: skip
        self.aliases = aliases or _default_aliases()
        self.dictionary = dictionary or gazetteer()
        self.date = date

    def noun_sector(self, noun: str | None) -> str | None:
        """The sector a noun names: graphkit's own table first, then PETRARCH-2's agents."""
        if not noun:
            return None
        own = self.aliases.sector(noun)
        if own:
            return own
        agent = self.dictionary.agent(noun)
        return agent.sector if agent is not None else None

    def title_sector(self, title: str) -> str | None:
        """The sector of a title: the whole title, then shorter ends of it, then its head noun.

        "Defense Minister" -> "minister" -> GOV; "Chairman of the Joint Chiefs of Staff" -> the body it
        heads (MIL); "Secretary of State" -> "secretary of state" (GOV).
        """
        words = title.split()
        for cut in range(len(words)):
            sector = self.noun_sector(" ".join(words[cut:]))
            if sector:
                return sector
        head, _, body = LINK.split(title, maxsplit=1)[0], None, LINK.split(title, maxsplit=1)[1:]
        for part in (*body, head):
            sector = self.known_sector(part) or self.noun_sector(part.split()[-1] if part.split() else "")
            if sector:
                return sector
        return None

    def known_sector(self, name: str) -> str | None:
        found = self.dictionary.code(name, self.date)
        return found.sector if found is not None else None

    def known(self, name: str) -> tuple[str | None, str | None] | None:
        """(country, sector) of an actor the dictionaries know by this name at the article's date, or None."""
        found = self.dictionary.code(name, self.date)
        if found is None or (found.country is None and found.sector is None):
            return None
        return found.country, found.sector

"""The companies of one article, so that a firm's short name is the firm, not a place or a people.

Business news names a company in full once ("Piedmont Aviation Inc", "American Airlines") and then by its first
words ("Piedmont", "American"), which the place and country tables know as something else: a region of Italy, the
United States. A name is a firm's when it ends in a legal form (cues ``corporate_designators``: Inc, Ltd, AG) or
in a noun that ends companies' names (cues ``firm_name_heads``: Airlines, Motors), with no "of" before it.

>>> firms = ArticleFirms(["Piedmont Aviation Inc", "American Airlines", "Chile", "Central Bank", "U.S. Firms"])
>>> firms.firm("Piedmont"), firms.firm("American", whole=True), firms.firm("Piedmont Aviation Inc")
('Piedmont Aviation Inc', 'American Airlines', 'Piedmont Aviation Inc')
>>> firms.firm("Central"), firms.firm("U.S."), firms.firm("Chile")
(None, None, None)
>>> ArticleFirms(["Ministry of International Trade and Industry"]).firm("Ministry") is None
True
>>> ArticleFirms(["British and Commonwealth Shipping Co Plc"]).firm("British", whole=True) is None
True
>>> ArticleFirms(["Dome Petroleum Ltd", "Dome Mines Ltd"]).firm("Dome")  # two firms of that name: one of its own
'Dome'
>>> ArticleFirms(["Holt, Rinehart and Winston Inc"]).firm("Holt")
'Holt, Rinehart and Winston Inc'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphkit.vocabulary import cue_words

DESIGNATORS = cue_words("corporate_designators")
NAME_HEADS = cue_words("firm_name_heads")
BUSINESS = "BUS"  # the sector of businesses
PARTNERS = re.compile(r",|\s+(?:and|&)\s+")  # "Holt, Rinehart and Winston Inc": the first partner's name leads


def ending(word: str) -> bool:
    """Whether a word ends a company's name: a legal form ("Inc.", "Ltd", "S.A.") or a noun like "Airlines"."""
    word = word.replace(".", "").strip(",").lower()
    return word in DESIGNATORS or word in NAME_HEADS


def is_firm(name: str) -> bool:
    """Whether a name is a company's: "Dome Petroleum Ltd", "American Airlines"; not "Bank of England"."""
    words = name.split()
    return len(words) > 1 and ending(words[-1]) and "of" not in words


class ArticleFirms:
    """The firms an article names in full, and the shorter names it calls them by."""

    def __init__(self, names: Iterable[str]) -> None:
        self._full = {name for name in dict.fromkeys(" ".join(n.split()) for n in names) if is_firm(name)}
        by_short: dict[str, set[str]] = {}
        self._whole_lead: set[str] = set()  # "American" of "American Airlines", not of "American Can Co"
        for name in self._full:
            lead = PARTNERS.split(name, maxsplit=1)[0].split()
            while lead and ending(lead[-1]):
                lead = lead[:-1]  # "Dome Petroleum Ltd" -> "Dome"; "American Airlines" -> "American"
            for cut in range(1, len(lead) + 1):
                by_short.setdefault(" ".join(lead[:cut]), set()).add(name)
            if lead and len(lead) == len(name.split()) - 1:
                self._whole_lead.add(" ".join(lead))
        # a short name two firms share ("Dome" of "Dome Petroleum Ltd" and "Dome Mines Ltd") is a firm of that name
        self._short = {short: names.pop() if len(names) == 1 else short for short, names in by_short.items()}

    def firm(self, name: str, whole: bool = False) -> str | None:
        """The firm a name is, in full or by its first words, or None when it names no firm of the article;
        ``whole``: only a firm named by the name and one legal form or name's noun ("American Airlines")."""
        name = " ".join(name.split())
        if name in self._full:
            return name
        if whole and name not in self._whole_lead:
            return None
        return self._short.get(name)

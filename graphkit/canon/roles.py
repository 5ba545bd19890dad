"""Titles: how a title is spelled and labelled, and which person of an article holds one.

"US Secretary of Defense Lloyd Austin" gives Lloyd Austin the title "Secretary of Defense"; later in the
article "the Defense Secretary" is him, if no one else holds that title. The resolver (``resolve``) keeps
each role on its person and makes the ``holds_role`` claims.
"""

from __future__ import annotations

from collections.abc import Callable

from graphkit.types import Entity, RoleMention
from graphkit.vocabulary import cue_words

LINK_WORDS = cue_words("title_links") | cue_words("possessive_clitics")
OTHER_OFFICE = cue_words("other_office")  # "shadow chancellor" is no chancellor


def title_words(title: str) -> frozenset[str]:
    """Content words of a title, so "the Defense Secretary" matches "Secretary of Defense".

    >>> title_words("Secretary of Defense") == title_words("the Defense Secretary")
    True
    """
    return frozenset(w for w in title.lower().replace("-", " ").split() if w not in LINK_WORDS)


def title_case(title: str) -> str:
    """One spelling for a title, however the sentence cased it.

    >>> title_case("national security advisor"), title_case("Secretary of Defense"), title_case("CIA Director")
    ('National Security Advisor', 'Secretary of Defense', 'CIA Director')
    """
    words = title.split()
    return " ".join(
        w if w.isupper() or (w.lower() in LINK_WORDS and i) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def role_label(title: str, country: Entity | None) -> str:
    return f"{title_case(title)} ({country.label})" if country is not None else title_case(title)


class ArticleRoles:
    """The titles one article gives its people, and who holds a title mentioned alone."""

    def __init__(self, roles: tuple[RoleMention, ...], person: Callable[[str], Entity]) -> None:
        self.roles = roles
        self._holders: dict[frozenset[str], set[str]] = {}
        self._people: dict[str, Entity] = {}
        for role in roles:
            entity = person(role.person.text)
            self._people[entity.id] = entity
            self._holders.setdefault(title_words(role.title), set()).add(entity.id)

    def holder(self, title: str) -> Entity | None:
        """The one person of the article whose title has all the words of ``title`` and none that makes it
        another office ("the chancellor" is not the shadow chancellor), or None."""
        words = title_words(title)
        if not words:
            return None
        ids = {
            i
            for held, holders in self._holders.items()
            if words <= held and not (held - words) & OTHER_OFFICE
            for i in holders
        }
        return self._people[ids.pop()] if len(ids) == 1 else None

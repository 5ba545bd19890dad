"""Roles the text gives people: kept on the person (``roles``) and as ``holds_role`` claims.

"US Secretary of Defense Lloyd Austin" gives Lloyd Austin the role "Secretary of Defense" serving the
United States; later in the article "the Defense Secretary" is him, if no one else holds that title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from graphkit.types import Argument, Claim, Entity, RoleMention

if TYPE_CHECKING:
    from graphkit.canon.resolve import ArticleResolver

LINK_WORDS = frozenset({"of", "for", "the", "and", "&", "'s", "’s"})


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
    return " ".join(w if w.isupper() or (w.lower() in LINK_WORDS and i) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))  # fmt: skip


def role_label(title: str, country: Entity | None) -> str:
    return f"{title_case(title)} ({country.label})" if country is not None else title_case(title)


class ArticleRoles:
    """The roles of one article's people, and who holds a title mentioned alone."""

    def __init__(self, roles: tuple[RoleMention, ...], person: Callable[[str], Entity]) -> None:
        self.roles = roles
        self._holders: dict[frozenset[str], set[str]] = {}
        self._people: dict[str, Entity] = {}
        for role in roles:
            entity = person(role.person.text)
            self._people[entity.id] = entity
            self._holders.setdefault(title_words(role.title), set()).add(entity.id)

    def holder(self, title: str) -> Entity | None:
        """The one person of the article whose title has all the words of ``title``, or None."""
        words = title_words(title)
        if not words:
            return None
        ids = {i for held, holders in self._holders.items() if words <= held for i in holders}
        return self._people[ids.pop()] if len(ids) == 1 else None

    def claims(self, resolver: ArticleResolver) -> tuple[list[Entity], list[Claim]]:
        """The people with their roles, the countries they serve, and a ``holds_role`` claim per role."""
        entities: list[Entity] = []
        claims: list[Claim] = []
        for role in self.roles:
            person = resolver.resolve(role.person)
            if person is None or person.entity.type != "Person":
                continue
            country = resolver.resolve(role.country) if role.country is not None else None
            serves = None
            if country is not None and country.entity.type == "Country":
                serves = country.entity
            elif country is not None and country.belongs_to:  # "CIA Director" serves the CIA's state
                serves = resolver.country(country.belongs_to, resolver.table[country.belongs_to].label)
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

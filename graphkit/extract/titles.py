"""Words of office: what makes "the Defense Secretary" or "Tehran's foreign minister" a role."""

from __future__ import annotations

# Head nouns of titles held by one person at a time (lemmas, lower case).
ROLE_HEADS = frozenset({
    "president", "minister", "secretary", "advisor", "adviser", "director", "chairman", "chairwoman", "chair",
    "chief", "general", "admiral", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "king",
    "queen", "prince", "princess", "chancellor", "premier", "leader", "commander", "governor", "mayor", "senator",
    "emir", "sultan", "ayatollah", "pope", "head", "speaker", "prosecutor", "attorney", "ceo", "representative",
})  # fmt: skip
# Words that may stand inside a title: "Secretary of Defense", "National Security Advisor".
TITLE_LINKS = frozenset({"of", "for", "the", "and", "&"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_THING = frozenset({"it"})
PRONOUNS_GROUP = frozenset({"they", "them"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def role_words(title: str) -> frozenset[str]:
    """The content words of a title, to compare "Defense Secretary" with "Secretary of Defense".

    >>> role_words("Secretary of Defense") == role_words("the Defense Secretary")
    True
    """
    return frozenset(w for w in title.lower().replace("-", " ").split() if w not in TITLE_LINKS)

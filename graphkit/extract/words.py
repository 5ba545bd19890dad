"""Words of office: what makes "the Defense Secretary" or "Tehran's foreign minister" a role."""

from __future__ import annotations

# Head nouns of titles held by one person at a time (lemmas, lower case).
ROLE_HEADS = frozenset({
    "president", "minister", "secretary", "advisor", "adviser", "director", "chairman", "chairwoman", "chair",
    "chief", "general", "admiral", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "king",
    "queen", "prince", "princess", "chancellor", "premier", "leader", "commander", "governor", "mayor", "senator",
    "emir", "sultan", "ayatollah", "pope", "head", "speaker", "prosecutor", "attorney", "ceo", "representative",
})  # fmt: skip
# Nouns for people and bodies that act for the actor named after them: "leaders of Romania's government",
# "activists from Fatah", "rebels in the Ivory Coast" (lemmas and plural forms).
GROUP_NOUNS = frozenset({
    "official", "officials", "leader", "leaders", "member", "members", "supporter", "supporters", "activist",
    "activists", "rebel", "rebels", "force", "forces", "troops", "soldier", "soldiers", "police", "government",
    "authorities", "authority", "militant", "militants", "guerrilla", "guerrillas", "guerilla", "guerillas",
    "protester", "protesters", "demonstrator", "demonstrators", "refugee", "refugees", "people", "resident",
    "residents", "citizen", "citizens", "civilian", "civilians", "worker", "workers", "student", "students",
    "delegation", "delegate", "delegates", "representative", "representatives", "diplomat", "diplomats",
    "parliament", "party", "parties", "group", "groups", "army", "militia", "militiamen", "fighters",
    "negotiator", "negotiators", "opposition", "faction", "factions", "movement", "ministry", "administration",
    "regime", "cabinet", "council", "court", "judge", "lawmaker", "lawmakers", "legislator", "legislators",
    "deputy", "deputies", "envoy", "envoys", "spokesman", "spokeswoman", "agency", "union", "unions",
    "association", "organization", "organisation", "community", "communities", "population", "villagers",
    "youths", "youth", "monitors", "observers", "inspectors", "peacekeepers", "doctors", "journalists",
    "national", "nationals", "prisoners", "detainees", "settlers", "immigrants", "migrants", "farmers",
})  # fmt: skip
# Words that may stand inside a title: "Secretary of Defense", "National Security Advisor".
TITLE_LINKS = frozenset({"of", "for", "the", "and", "&"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_THING = frozenset({"it"})
PRONOUNS_GROUP = frozenset({"they", "them"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})

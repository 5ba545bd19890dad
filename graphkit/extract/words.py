"""Words of office: what makes "the Defense Secretary" or "Tehran's foreign minister" a role."""

from __future__ import annotations

from graphkit.vocabulary import cue_words

THE = "the"  # the definite article: "condemned the killing" (an act told of before), "the country's rebels"
# Head nouns of titles held by one person at a time (lemmas, lower case).
ROLE_HEADS = cue_words("role_heads")
# Nouns for people and bodies that act for the actor named after them: "leaders of Romania's government",
# "activists from Fatah", "rebels in the Ivory Coast" (lemmas and plural forms).
GROUP_NOUNS = cue_words("group_nouns")
COMBATANTS = cue_words("combatant_nouns")  # "rebels", "militants": fighters of a side that is no state's army
# Words that may stand inside a title: "Secretary of Defense", "National Security Advisor".
TITLE_LINKS = cue_words("title_links")
PRONOUNS_PERSON = cue_words("person_pronouns")
PRONOUNS_THING = cue_words("thing_pronouns")
PRONOUNS_GROUP = cue_words("group_pronouns")
RELATIVE_PRONOUNS = cue_words("relative_pronouns")
THING_POSSESSIVES = cue_words("thing_possessives")
GROUP_POSSESSIVES = cue_words("group_possessives")
RELATIVE_POSSESSIVES = cue_words("relative_possessives")
# What is known and shared, and the prepositions of what it is about: "share intelligence on al-Shabaab" is about
# al-Shabaab, no party to the sharing.
KNOWLEDGE = cue_words("knowledge_nouns")
TOPIC_PREPS = cue_words("topic_preps")
# Verbs that offer what they name rather than do it: "offered aid to Peru" (still to come), "pledged $2 billion to
# help rebuild Iraq" (a promise of a thing).
OFFERING = cue_words("offering_light_verbs")
# What a body issues or publishes that speaks for it: "a statement condemning", "an Amnesty report accusing".
MESSAGES = cue_words("messages")

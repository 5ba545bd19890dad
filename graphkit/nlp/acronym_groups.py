"""Bodies named by an acronym the entity recognizer missed, before the noun of their people: "ADF rebels", "JNIM
jihadists", "BNP activists". The small model leaves such an acronym untagged now and then, and its people then
belong to no one (an untagged acronym says whose the people are, so no place makes them its own). A word in capitals
of two to six letters that no entity covers and that modifies a noun for fighters, activists or members (cues
``combatant_nouns``, ``acronym_people``) is a body's name (ORG); not in a sentence written in capitals."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.nlp.known_names import shouted
from graphkit.vocabulary import cue_words

ACRONYM_GROUPS = "graphkit_acronym_groups"
PEOPLE = cue_words("combatant_nouns") | cue_words("acronym_people")  # "rebels", "activists", "supporters"
BODY = "ORG"
COMPOUND = "compound"
SHORTEST, LONGEST = 2, 6  # letters of an acronym: "AU", "CODECO"


@Language.component(ACRONYM_GROUPS)
def tag_acronym_groups(doc: Doc) -> Doc:
    """Tag as a body (ORG) each untagged acronym that modifies a noun for a body's people."""
    found = [Span(doc, t.i, t.i + 1, label=BODY) for t in doc if people_acronym(t)]
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def people_acronym(token: Token) -> bool:
    """Whether a token is an untagged acronym before the noun of a body's people: "ADF" in "ADF rebels"."""
    acronym = token.is_alpha and token.is_upper and SHORTEST <= len(token) <= LONGEST and token.ent_iob_ == "O"
    if not acronym or token.dep_ != COMPOUND or token.head.i <= token.i:
        return False
    head = token.head
    return (head.lower_ in PEOPLE or head.lemma_.lower() in PEOPLE) and not shouted(token)

"""Restrictions a state puts on its own public, or lifts from it: whom a curfew, martial law or a state of emergency
falls on when no place or people is named: the state's own public ("Sri Lanka imposed a nationwide curfew",
"Seoul lifted martial law hours after declaring it"), as event coders code a government acting at home (GOV against
CVL of one country)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphkit.extract.arguments import names_place, subjects_of
from graphkit.extract.deps import DIRECT_OBJECTS, NOUN_MODIFIERS, ORGANIZATION_LABELS, PREP_OBJECTS
from graphkit.extract.doc_index import doc_index
from graphkit.extract.protests import state_name
from graphkit.extract.tree import children, of_kinds, prep_objects
from graphkit.vocabulary import cue_words

KEPT_OUT_PREPS = cue_words("kept_out_preps")  # "restrictions on the entry of materials into Gaza", "travel to Gaza"
ENTERING = cue_words("entering_verbs")  # "restrictions on goods entering the Gaza Strip"
DOMESTIC = cue_words("domestic_restrictions")  # "curfew", "martial law": restrictions a state puts on its own


def domestic_restriction(thing: Token | None) -> bool:
    """Whether a noun names a restriction a state puts on its own public (cues ``domestic_restrictions``), by its
    lemma, with a modifier ("martial law", "emergency rule") or its "of" ("state of emergency")."""
    if thing is None:
        return False
    lemma = thing.lemma_.lower()
    named = [lemma, *(f"{m.lower_} {lemma}" for m in children(thing, NOUN_MODIFIERS)), *of_kinds(thing)]
    return any(n in DOMESTIC for n in named)


def own_state(verb: Token) -> list[Token]:
    """The state named with whoever gave in: "Armenian" of "the Armenian prime minister", "Sri Lankan" of "Sri
    Lankan President Gotabaya Rajapaksa", "Peru" of "Peru's government"; else the place its people are "in"
    ("police in Oslo": canon codes the place's public)."""
    doc = verb.doc
    subjects = subjects_of(verb)
    for filler in subjects:
        first, last = filler.token.left_edge.i, filler.token.right_edge.i
        for start, end, label, _ in doc_index(doc).ents:  # the Doc's entities, indexed once per Doc
            name = Span(doc, start, end, label=label) if first <= start and end - 1 <= last else None
            if name is not None and state_name(name):
                return [name.root]
    return [p for f in subjects[:1] for p in prep_objects(f.token, ("in",)) if names_place(p)][:1]


def others_named(verb: Token) -> bool:
    """Whether the verb's sentence names a state or an organization outside the verb's subjects: "put its army on
    alert after reports of Venezuelan troop movements" may be aimed at Venezuela, though nothing says so."""
    doc, sentence = verb.doc, verb.sent
    own = {t.i for f in subjects_of(verb) for t in f.token.subtree}
    for start, end, label, _ in doc_index(doc).ents:
        if start < sentence.start or end > sentence.end or start in own:
            continue
        if label in ORGANIZATION_LABELS or state_name(Span(doc, start, end, label=label)):
            return True
    return False


def kept_out_of(restriction: Token) -> list[Token]:
    """The places a restriction on movement or trade keeps people or goods out of, told inside it: "restrictions
    on goods entering the Gaza Strip", "on the entry of construction materials into Gaza"; whom lifting or
    imposing it acts on."""
    found = []
    for word in restriction.subtree:
        into = word.dep_ in PREP_OBJECTS and word.head.lower_ in KEPT_OUT_PREPS
        entered = word.dep_ in DIRECT_OBJECTS and word.head.lemma_.lower() in ENTERING
        if (into or entered) and names_place(word):
            found.append(word)
    return found

"""Promises and threats: an actor announcing its own future act makes a second event.

PLOVER codes a commitment by what it commits to: "Finland will give Tanzania a grant" and "Syria
is willing to withdraw from Lebanon" are AGREE (an offer to cooperate), "the party will boycott
the elections unless ..." and "they would blockade Paris" are THREATEN (a hostile act announced, or
any act made conditional on the target giving in). graphkit keeps the act itself (AID, RETREAT,
SANCTION, ... with modality ``intended``) and adds the commitment as an actual AGREE or THREATEN
claim between the same actors. Only the actor's own commitment counts: "Iran is prepared to give
Russia drones, Sullivan said" reports an intention, not a promise Iran made.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.context import (
    POSSIBLE,
    REPORTED_FUTURE,
    UNCONFIRMING,
    asked,
    governors,
    reported,
    rumoured,
    wished_for,
    yes_no_question,
)
from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    ADVERBIAL_CLAUSES,
    ADVERBS,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    MARKERS,
    OPEN_COMPLEMENTS,
    SUBJECTS,
)
from graphkit.extract.tree import children, is_passive
from graphkit.vocabulary import cue_words

COOPERATIVE = frozenset({"AID", "SUPPORT", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT"})
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE"})
THREATENING = HOSTILE | {"PROTEST"}  # "the party will boycott the elections unless ...": a protest announced
SCHEDULED = frozenset({"CONSULT"})  # "Putin will visit Tehran" announces a trip, not a promise
# Verbs and predicative adjectives that commit their subject to the act they govern: "promised to",
# "is willing to". "Prepared" commits only as an adjective: "the army prepared to shell" is a preparation.
COMMISSIVE_VERBS = cue_words("commissive_verbs")
COMMISSIVE_ADJECTIVES = cue_words("commissive_adjectives")
COMMISSIVE_NOUNS = cue_words("commissive_nouns")  # "expressed its readiness to"
PREDICATIVE = ADJECTIVAL_COMPLEMENTS
FUTURE = cue_words("future_auxiliaries")
WARNING_VERBS = cue_words("warning_verbs")  # "warned that Chinese vessels would be fired upon": by whoever warns
BY = "by"  # a passive's own doer
THREAT_CONDITIONS = cue_words("conditions")  # "X will withdraw unless Y ...": pressure on Y
THREAT_MARKER = "unless"


def chain(anchor: Token) -> list[Token]:
    return [anchor, *governors(anchor)]


def committed(anchor: Token, event_type: str | None = None) -> bool:
    """Whether the anchor's clause commits its subject: a commissive governor, "will", or a reported "would".

    A meeting or visit in the future tense is a schedule, not a promise: it commits only through a
    commissive word ("offered to negotiate with").
    """
    if is_passive(anchor) and not warned_deed(anchor):
        return False  # "Sosa will be sentenced by a court": what is to befall him, no promise of the court's
    nodes = chain(anchor)
    if any(n.lemma_.lower() in POSSIBLE or n.lemma_.lower() == "threaten" for n in nodes[1:]):
        return False
    if any(c.dep_ in ADVERBS and c.lower_ in UNCONFIRMING for n in nodes for c in n.children):
        return False  # "Tehran would likely retaliate": a guess, no promise
    if rumoured(nodes[-1]) or any(wished_for(n) or asked(n) for n in nodes) or yes_no_question(anchor):
        return False  # "rumours say Chile will send troops", "Peru hopes Chile will send aid", "whether Chile will
        # retaliate is unclear", "Will Chile retaliate?": not Chile's word
    if any(commissive(n) for n in nodes[1:]):
        return True
    if event_type in SCHEDULED:
        return False
    auxiliaries = {a.lower_ for n in nodes for a in children(n, AUXILIARIES)}
    if auxiliaries & FUTURE:
        return True
    return bool(auxiliaries & REPORTED_FUTURE) and reported(nodes[-1])  # "they said they would boycott"


def warned_deed(anchor: Token) -> bool:
    """Whether an act told in the passive with no doer is what a warning says will be done, by whoever warns:
    "Taiwan warned that Chinese vessels entering its waters would be fired upon" (cues ``warning_verbs``)."""
    if anchor.dep_ not in CLAUSAL_COMPLEMENTS or anchor.head.lemma_.lower() not in WARNING_VERBS:
        return False
    if any(p.lower_ == BY for p in anchor.children):
        return False  # "warned that Chile would be attacked by Peru": Peru's deed
    if children(anchor, OPEN_COMPLEMENTS):
        return False  # "warned that Moscow would be forced to take steps": what befalls the warner, no deed of its
    return bool({a.lower_ for a in children(anchor, AUXILIARIES)} & (FUTURE | REPORTED_FUTURE))


def commissive(word: Token) -> bool:
    if word.pos_ == "VERB" and word.lemma_.lower() in COMMISSIVE_VERBS:
        return True
    if word.pos_ == "NOUN" and word.lemma_.lower() in COMMISSIVE_NOUNS:
        return True
    return word.lower_ in COMMISSIVE_ADJECTIVES and (word.pos_ == "ADJ" or word.dep_ in PREDICATIVE)


def conditions(anchor: Token) -> list[Token]:
    """The "if"/"unless" clauses the act depends on: "... unless Baghdad accepted its conditions"."""
    return [
        clause
        for node in chain(anchor)
        for clause in children(node, ADVERBIAL_CLAUSES)
        if any(m.lower_ in THREAT_CONDITIONS for m in children(clause, MARKERS))
    ]


def unless_given(anchor: Token) -> bool:
    """Whether the act hangs on an "unless": "will boycott the elections unless ...", "[warned Belgrade that] its
    citizens could lose visa-free travel unless Serbia aligned its visa policy" (pressure, a threat)."""
    return any(m.lower_ == THREAT_MARKER for c in conditions(anchor) for m in children(c, MARKERS))


def condition_subjects(verb: Token) -> list[Token]:
    """Who must comply for a threat not to be carried out: the subjects of the "if"/"unless" clauses
    of the verb or of the act it governs ("threatened to stop talks if the US goes ahead", "warned that it would
    retaliate if Peru crossed the border")."""
    found: list[Token] = []
    node: Token | None = verb
    while node is not None:
        clauses = [
            c
            for c in children(node, ADVERBIAL_CLAUSES)
            if any(m.lower_ in THREAT_CONDITIONS for m in children(c, MARKERS))
        ]
        found += [s for clause in clauses for s in children(clause, SUBJECTS)]
        node = next(iter(children(node, OPEN_COMPLEMENTS) or children(node, CLAUSAL_COMPLEMENTS)), None)
    return found


def commitment_type(anchor: Token, event_type: str | None) -> str | None:
    """ "AGREE" or "THREATEN" when the anchor's clause commits its subject to the act, else None."""
    if event_type not in COOPERATIVE | THREATENING or not committed(anchor, event_type):
        return None
    if event_type in THREATENING:
        return "THREATEN"
    return "THREATEN" if unless_given(anchor) else "AGREE"

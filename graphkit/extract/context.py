"""What surrounds an event verb: its polarity, its modality and who reports it.

All three walk up from the event verb through the verbs that govern it: "refused to supply",
"is prepared to give", "considering supplying", "Western officials say Tehran has provided".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    CONJUNCTS,
    MARKERS,
    NEGATIONS,
    OPEN_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
)
from graphkit.types import Modality, Polarity

# Governing words that turn the event they govern into its negation.
NEGATING = frozenset({"refuse", "deny", "decline", "reject", "fail", "avoid", "reluctant", "unwilling", "refrain"})
# Governing words that make the event intended (planned, promised, prepared) or possible.
INTENDED = frozenset({
    "plan", "intend", "seek", "prepare", "prepared", "want", "aim", "try", "attempt", "vow", "pledge",
    "promise", "ready", "willing", "set", "poised", "determined", "go", "agree", "offer", "threaten", "hope",
})  # fmt: skip
POSSIBLE = frozenset({"consider", "weigh", "mull", "expect", "contemplate", "likely", "possible", "explore"})
INTENDED_AUX = frozenset({"will", "shall"})
POSSIBLE_AUX = frozenset({"may", "might", "could", "would", "can", "should", "must"})
CONDITIONAL_MARKERS = frozenset({"if", "unless"})
# Verbs of saying whose subject is the speaker of the clause they govern.
SPEECH = frozenset({
    "say", "tell", "claim", "allege", "report", "announce", "state", "insist", "add", "note", "argue",
    "believe", "think", "suggest", "confirm", "acknowledge", "assert", "warn", "write", "tweet", "explain",
})  # fmt: skip
CONTROLLERS = NEGATING | INTENDED | POSSIBLE


def governors(verb: Token) -> Iterator[Token]:
    """The words that govern the event ``verb`` as control or complement: "refused" in "refused to supply".

    Climbs open complements (xcomp), adjectival complements ("is prepared to"), and clausal
    complements of a controlling word ("denied that", "expected Russia to").
    """
    node = verb
    while node.head.i != node.i:
        if node.dep_ in OPEN_COMPLEMENTS or node.dep_ in ADJECTIVAL_COMPLEMENTS:
            node = node.head
        elif node.dep_ in CLAUSAL_COMPLEMENTS and node.head.lemma_ in CONTROLLERS:
            node = node.head
        else:
            return
        yield node


def polarity_of(verb: Token) -> Polarity:
    """Negative when the verb or a governor is negated, or a governor negates ("refused to"); two cancel."""
    negations = sum(1 for c in verb.children if c.dep_ in NEGATIONS)
    for governor in governors(verb):
        negations += governor.lemma_ in NEGATING
        negations += sum(1 for c in governor.children if c.dep_ in NEGATIONS)
    return "negative" if negations % 2 else "positive"


def _aux_modality(token: Token) -> Modality | None:
    lemmas = {c.lemma_.lower() for c in token.children if c.dep_ in AUXILIARIES}
    if lemmas & POSSIBLE_AUX:
        return "possible"
    if lemmas & INTENDED_AUX:
        return "intended"
    return None


def modality_of(verb: Token) -> Modality:
    """``possible`` beats ``intended`` beats ``actual``: the weakest commitment found wins."""
    found: set[str] = set()
    chain = [verb, *governors(verb)]
    # A conjoined verb without its own auxiliary shares its head's: "will visit and meet".
    if verb.dep_ in CONJUNCTS and not any(c.dep_ in AUXILIARIES or c.dep_ in SUBJECTS for c in verb.children):
        chain.append(verb.head)
    for node in chain:
        found.add(_aux_modality(node) or "actual")
        if node.i != verb.i:
            if node.lemma_ in POSSIBLE:
                found.add("possible")
            elif node.lemma_ in INTENDED:
                found.add("intended")
        if any(c.dep_ in MARKERS and c.lower_ in CONDITIONAL_MARKERS for c in node.children):
            found.add("possible")
    for modality in ("possible", "intended"):
        if modality in found:
            return modality  # type: ignore[return-value]
    return "actual"


def speaker_of(verb: Token) -> Token | None:
    """The subject of the verb of saying that reports the event, or the object of "according to"."""
    node = verb
    while True:
        for child in node.children:
            if child.dep_ in PREPOSITIONS and child.lower_ == "according":
                for to in child.children:
                    objects = [g for g in to.children if g.dep_ in PREP_OBJECTS]
                    if objects:
                        return objects[0]
        if node.head.i == node.i:
            return None
        if node.dep_ in CLAUSAL_COMPLEMENTS and node.head.lemma_ in SPEECH:
            subjects = [c for c in node.head.children if c.dep_ in SUBJECTS]
            return subjects[0] if subjects else None
        node = node.head

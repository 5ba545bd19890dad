"""Event claims from the dependency parse: who (subject) does what (lexicon verb) to whom (object).

A generator over a Doc that yields ``RawClaim`` records; arguments stay surface mentions until
``canon`` resolves them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graphkit.extract.context import modality_of, polarity_of, speaker_of
from graphkit.extract.deps import (
    ACTOR_MODIFIERS,
    ADJECTIVAL_COMPLEMENTS,
    AGENTS,
    CONJUNCTS,
    DATIVES,
    DIRECT_OBJECTS,
    OPEN_COMPLEMENTS,
    PASSIVE_SUBJECTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    QUANTIFIERS,
    SUBJECTS,
)
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.mentions import actor_of, to_mention
from graphkit.types import Evidence, RawClaim

EXTRACTOR = "svo/1"
BASE_CONFIDENCE = 0.8
INDIRECTION_PENALTY = 0.1  # each step between the verb and an argument: control, a modifier, a passive
QUANTITY_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "several", "many"})


@dataclass(frozen=True)
class Argument:
    """A token that fills a role, and how many inferential steps it took to find it."""

    token: Token
    steps: int = 0


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens and those coordinated with them: "Jordan, Egypt and Israel"."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        for candidate in token.subtree:  # in text order, so each conjunct's head comes before it
            if candidate.dep_ in CONJUNCTS and candidate.head in out and candidate not in out:
                out.append(candidate)
    return out


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps``: "to Russia" in "supply arms to Russia"."""
    return [o for p in token.children if p.dep_ in PREPOSITIONS | DATIVES and p.lower_ in preps for o in children(p, PREP_OBJECTS)]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)


def subjects_of(verb: Token) -> list[Argument]:
    """Who does it: the subject, the agent of a passive, or the controller of a complement verb."""
    if is_passive(verb):
        agents = [o for a in children(verb, AGENTS) for o in children(a, PREP_OBJECTS)]
        return [Argument(t, 1) for t in with_conjuncts(agents)]
    direct = children(verb, SUBJECTS)
    if direct:
        return [Argument(t) for t in with_conjuncts(direct)]
    node, steps = verb, 0
    # "Iran refused to supply" (subject control), "urged Iran to stop" (object control),
    # "is prepared to give" (adjectival complement), "has provided ... and is considering supplying" (conjunct).
    while node.dep_ in OPEN_COMPLEMENTS | ADJECTIVAL_COMPLEMENTS | CONJUNCTS and node.head.i != node.i:
        steps += 1
        was_complement = node.dep_ in OPEN_COMPLEMENTS
        node = node.head
        objects = children(node, DIRECT_OBJECTS) if was_complement else []
        controllers = [o for o in objects if actor_of(o)] or children(node, SUBJECTS)
        if controllers:
            return [Argument(t, steps) for t in with_conjuncts(controllers)]
    return []


def objects_of(verb: Token, relation: Relation) -> tuple[list[Argument], Token | None]:
    """Whom it is done to, and the thing given (for a transfer): "provided Moscow with drones"."""
    if is_passive(verb):
        return [Argument(t, 1) for t in with_conjuncts(children(verb, PASSIVE_SUBJECTS))], None
    direct = children(verb, DIRECT_OBJECTS)
    if relation.frame == "direct":
        found = direct + prep_objects(verb, relation.preps)
        return [Argument(t) for t in with_conjuncts(found)], None
    recipients = [d for d in children(verb, DATIVES) if not d.lower_ == "to"] + prep_objects(verb, ("to",))
    theme: Token | None = None
    with_things = prep_objects(verb, ("with",))
    if direct and (with_things or (not recipients and actor_of(direct[0]))):
        recipients = direct + recipients  # "provided Moscow with drones", "supplied Russia"
        theme = with_things[0] if with_things else None
    elif direct:
        theme = direct[0]
    return [Argument(t) for t in with_conjuncts(recipients)], theme


def describe(theme: Token | None) -> tuple[str | None, str | None]:
    """The theme's words and quantity: "hundreds of UAVs" -> ("UAVs", "hundreds")."""
    if theme is None:
        return None, None
    quantity = None
    if theme.lower_ in QUANTITY_WORDS or theme.like_num:
        inner = prep_objects(theme, ("of",))
        if inner:
            quantity, theme = theme.text, inner[0]
    numbers = children(theme, QUANTIFIERS)
    if numbers and quantity is None:
        quantity = numbers[0].text
    modifiers = [c for c in theme.lefts if c.dep_ in ACTOR_MODIFIERS | {"amod"} and c.dep_ != "poss"]
    start = min([theme.i, *(m.left_edge.i for m in modifiers)])
    return theme.doc[start : theme.i + 1].text, quantity


def evidence_of(sentence: Span, article_id: str) -> Evidence:
    """The sentence, with offsets trimmed of surrounding white space."""
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sentence.start_char + lead
    return Evidence(article_id, stripped, start, start + len(stripped), EXTRACTOR)


def event_verbs(doc: Doc, lexicon: Lexicon) -> Iterator[tuple[Token, Relation]]:
    """Each word that expresses an event of the lexicon, with its relation.

    A light verb whose object is an event noun ("imposed sanctions on Russia") yields the noun,
    whose prepositional objects are the targets.
    """
    verbs, light = lexicon.by_verb(), lexicon.by_light_verb()
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_ in verbs:
            yield token, verbs[token.lemma_]
        elif token.pos_ == "NOUN" and token.dep_ in DIRECT_OBJECTS and (token.head.lemma_, token.lemma_) in light:
            yield token, light[(token.head.lemma_, token.lemma_)]


def light_verb_claim_parts(noun: Token, relation: Relation) -> tuple[list[Argument], list[Argument]]:
    """Subjects of the light verb and targets of the noun: "The EU imposed sanctions on Russia"."""
    verb = noun.head
    targets = prep_objects(noun, relation.preps) or prep_objects(verb, relation.preps)
    return subjects_of(verb), [Argument(t) for t in with_conjuncts(targets)]


def extract_claims(doc: Doc, article_id: str, lexicon: Lexicon) -> Iterator[RawClaim]:
    """Every claim the doc makes between two actors, with its polarity, modality and speaker."""
    for word, relation in event_verbs(doc, lexicon):
        if word.pos_ == "NOUN":
            subjects, objects = light_verb_claim_parts(word, relation)
            verb, theme = word.head, None
        else:
            subjects = subjects_of(word)
            objects, theme = objects_of(word, relation)
            verb = word
        if not subjects or not objects:
            continue
        speaker = speaker_of(verb)
        speaker_actor = actor_of(speaker) if speaker is not None else None
        theme_text, quantity = describe(theme)
        polarity, modality = polarity_of(verb), modality_of(verb)
        evidence = evidence_of(verb.sent, article_id)
        for subject in subjects:
            subject_actor = actor_of(subject.token)
            if subject_actor is None:
                continue
            for obj in objects:
                object_actor = actor_of(obj.token)
                if object_actor is None or object_actor[0] == subject_actor[0]:
                    continue
                steps = subject.steps + obj.steps + (subject_actor[1] is not None) + (object_actor[1] is not None)
                yield RawClaim(
                    subject=to_mention(subject_actor[0], article_id),
                    predicate=relation.predicate,
                    event_type=relation.event_type,
                    object=to_mention(object_actor[0], article_id),
                    evidence=evidence,
                    polarity=polarity,
                    modality=modality,
                    attributed_to=to_mention(speaker_actor[0], article_id) if speaker_actor else None,
                    theme=theme_text or object_actor[1],
                    quantity=quantity,
                    confidence=round(max(0.3, BASE_CONFIDENCE - INDIRECTION_PENALTY * steps), 2),
                )


"""Who does it and to whom: the subject and object tokens of an event verb, by dependency pattern.

Each finder returns ``Argument`` records: a token heading a noun phrase, and how many inference
steps (control, a passive, a governed clause) it took to reach it; confidence drops with each step.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    AGENTS,
    CLAUSAL_COMPLEMENTS,
    CONJUNCTS,
    CONTENT_CLAUSES,
    DATIVES,
    DIRECT_OBJECTS,
    MARKERS,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
)
from graphkit.extract.lexicon import Relation, default_lexicon
from graphkit.extract.mentions import actor_of, entity_of
from graphkit.extract.titles import GROUP_NOUNS, RELATIVE_PRONOUNS, ROLE_HEADS

AUTHOR_PREPS = ("by", "from")
# From a thing to the actor it involves: "the town of Cizre", "a truce with Moslem forces", "a commitment to
# the Zambian people", "a war against Iraq".
LOOK_THROUGH_PREPS = ("of", "with", "to", "against")
PARTY_PREPS = ("with", "against")  # the other party of an act named by the object: "talks with", "a war against"
AFFILIATION_PREPS = ("of", "from", "in")  # "members of the Association", "forces in Guinea"  # "an appeal from Gbagbo", "calls by Belarus's rulers"
COMPLEMENT_PREPS = ("with", "to", "against", "on", "from", "in", "into", "at")
HOLDER_PREPS = ("of", "for")  # whom a thing belongs to or serves: "the rights of Palestinians", "a camp for refugees"
PURPOSE = frozenset({"advcl"})  # "to protest ...": an infinitival adverbial clause
QUANTITY_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "several", "many"})
REGULAR_ENDINGS = (("ed", ("e", "")), ("ing", ("e", "")), ("es", ("e", "")), ("s", ("",)))
# What a body issues that speaks for it: "issued a declaration demanding that ...", "a statement condemning".
MESSAGES = frozenset({
    "statement", "declaration", "communique", "communiqué", "resolution", "letter", "message", "note", "decree",
    "appeal", "call", "ultimatum", "memorandum", "manifesto", "press release", "release",
})  # fmt: skip
PARTICIPLES = frozenset({"acl"})  # "a declaration demanding ...": a participle (in "-ing") modifying a noun
# Nouns that stand for part or all of the group named after "of": "a group of Moroccan diplomats".
COLLECTIVES = frozenset({
    "group", "part", "number", "member", "delegation", "team", "contingent", "band", "some", "most", "majority",
    "one", "many", "all", "few", "unit", "squad", "crowd",
})  # fmt: skip


@dataclass(frozen=True)
class Argument:
    """A token that fills a role, and how many inferential steps it took to find it."""

    token: Token
    steps: int = 0


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens and those coordinated with them: "Jordan, Egypt and Israel"."""
    out: list[Token] = []
    for token in tokens:
        if token not in out:
            out.append(token)
        out.extend(c for c in token.conjuncts if c not in out and c.i > token.i)
    return out


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps``: "to Russia" in "supply arms to Russia"."""
    return [
        o
        for p in token.children
        if p.dep_ in PREPOSITIONS | DATIVES | AGENTS and p.lower_ in preps
        for o in children(p, PREP_OBJECTS)
    ]


def verb_keys(verb: Token) -> list[str]:
    """Keys to look a verb up by, best first: lemma with particle, lemma, then the lemma the
    model should have given a regular form when it gave another ("staged" -> "stage", not "stag").
    """
    lemma = verb.lemma_.lower()
    stems = [lemma]
    word = verb.lower_
    for ending, replacements in REGULAR_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems += [word[: -len(ending)] + r for r in replacements]
    particles = children(verb, PARTICLES) or out_of(verb)
    keys = [f"{stem} {particles[0].lower_}" for stem in stems] if particles else []
    return list(dict.fromkeys([*keys[:1], *stems[:1], *keys[1:], *stems[1:]]))


def out_of(verb: Token) -> list[Token]:
    """"out" parsed as a preposition but read as a particle: "forced the agency out of the country"."""
    return [c for c in verb.children if c.lower_ == "out" and c.dep_ in PREPOSITIONS and prep_objects(c, ("of",))]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)


def actors(token: Token) -> list[tuple[Span, str | None]]:
    """The actors a noun phrase names: one, or several when its modifier is coordinated.

    "Hungarian and Romanian officials" names Hungarian and Romanian, each qualified by "officials".
    """
    found = actor_of(token)
    if found is None and (token.pos_ in ("NOUN", "NUM") or token.like_num):
        collective = is_collective(token)
        if not collective and not is_group(token):
            return []
        for obj in prep_objects(token, ("of",)) if collective else []:
            inner = actors(obj)  # "thousands of Nigerians", "a group of Moroccan diplomats"
            if inner:
                return inner
        for obj in prep_objects(token, AFFILIATION_PREPS):
            inner = actors(obj)  # "activists from Fatah", "leaders of Romania's new government"
            if inner:
                return [(span, token.text) for span, _ in inner]
    if found is None:
        return []
    span, qualifier = found
    out = [found]
    if qualifier is not None:
        modifier = next((c for c in token.children if span.start <= c.i < span.end), None)
        for other in modifier.conjuncts if modifier is not None else ():
            extra = entity_of(other)
            if extra is not None and all(extra.start != s.start for s, _ in out):
                out.append((extra, qualifier))
    return out


def is_group(token: Token) -> bool:
    """A noun for people or a body acting for whom its "of/from/in" phrase names: "leaders of X"."""
    return token.lower_ in GROUP_NOUNS or token.lemma_.lower() in GROUP_NOUNS or token.lemma_.lower() in ROLE_HEADS


def names_actor(token: Token) -> bool:
    """Whether the noun phrase headed by ``token`` names an actor (see ``actors``)."""
    return bool(actors(token))


def is_collective(token: Token) -> bool:
    """A noun that only counts or groups the people of its "of" phrase: "thousands of", "a group of"."""
    return token.lower_ in QUANTITY_WORDS or token.lemma_.lower() in COLLECTIVES or token.like_num


def controllers(node: Token) -> tuple[list[Token], Token] | None:
    """Who controls an open complement: "urged Iran to stop" (object), "Iran refused to" (subject).

    Climbs xcomp, acomp, conj and "of/for V-ing" (pcomp under a preposition) until a verb with a
    subject (or an actor object, for object control) is found; returns it and the verb.
    """
    while node.head.i != node.i:
        dep = node.dep_
        if dep in PREP_COMPLEMENTS and node.head.dep_ in PREPOSITIONS:
            node, dep = node.head, "pcomp"  # "accused Russia of seeking": control through the preposition
        elif dep in PURPOSE and not any(c.lower_ == "to" for c in node.children):
            return None  # only an infinitive shares its head's subject: "staged a strike to protest"
        elif dep not in OPEN_COMPLEMENTS | ADJECTIVAL_COMPLEMENTS | CONJUNCTS | PURPOSE:
            return None
        head = node.head
        objects = [o for o in children(head, DIRECT_OBJECTS) if names_actor(o)] if dep in OPEN_COMPLEMENTS | {"pcomp"} else []
        found = objects or children(head, SUBJECTS)
        if found:
            return found, head
        node = head
    return None


def subjects_of(verb: Token) -> list[Argument]:
    """Who does it: the subject, the agent of a passive, the antecedent of "which", or a controller."""
    if is_passive(verb):
        return [Argument(t, 1) for t in with_conjuncts(prep_objects(verb, ("by",)))]
    direct = children(verb, SUBJECTS)
    if direct:
        if direct[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [Argument(verb.head, 1)]  # "Russia, which invaded Ukraine"
        return [Argument(t) for t in with_conjuncts(direct)]
    issuer = message_issuer(verb)
    if issuer is not None:  # "the PKK issued a declaration demanding that ...": the PKK demands
        return [Argument(a.token, a.steps + 1) for a in subjects_of(issuer)]
    found = controllers(verb)
    if found is None:
        return []
    tokens, _ = found
    return [Argument(t, 1) for t in with_conjuncts(tokens)]


def message_issuer(verb: Token) -> Token | None:
    """The verb that issues the message a participle qualifies: "issued" in "issued a statement condemning X"."""
    message = verb.head
    if verb.dep_ not in PARTICIPLES or not verb.lower_.endswith("ing") or message.lemma_.lower() not in MESSAGES:
        return None
    if message.dep_ not in DIRECT_OBJECTS or message.head.pos_ != "VERB":
        return None
    return message.head


def actor_objects(
    token: Token, preps: tuple[str, ...] | frozenset[str], content_first: bool = False
) -> list[Argument]:
    """Prepositional objects that name actors, looking through a thing to the actor it belongs to or
    involves: "the town of X", "demands from UNITA", "talks with X" (see ``holders``)."""
    found = []
    for obj in prep_objects(token, preps):
        if names_actor(obj):
            found.append(Argument(obj))
        else:
            inner = [o for o in prep_objects(obj, LOOK_THROUGH_PREPS) if names_actor(o)]
            inner = inner or sources(obj, content_first)
            found.extend(Argument(o, 1) for o in inner)
    return found


def authors(noun: Token) -> list[Token]:
    """The actor behind a non-actor noun: "rejected an appeal from Gbagbo"."""
    possessors = [c for c in noun.children if c.dep_ == "poss" and entity_of(c) is not None]
    return possessors + [o for o in prep_objects(noun, AUTHOR_PREPS) if names_actor(o)]


def holders(thing: Token, content_first: bool = False) -> list[Token]:
    """The actors behind a noun that names none: its author ("an appeal from Gbagbo"), or whom its
    content is about ("an allegation that the NPFL took the city"; first when ``content_first``),
    else whom its "of"/"for" phrase names ("the rights of Palestinians", "a camp for refugees").

    The "of" of an event noun names whom the event befell, not who did it: to denounce "the invasion
    of Ukraine" is to denounce the invader, so only its author ("Russia's invasion") stands for it.
    """
    found = sources(thing, content_first)
    if found or default_lexicon().noun(thing.lemma_.lower()) is not None:
        return found
    return [o for o in prep_objects(thing, HOLDER_PREPS) if names_actor(o)]


def sources(thing: Token, content_first: bool = False) -> list[Token]:
    """Its author, else whom its content is about; the other way round when ``content_first``."""
    return (about(thing) or authors(thing)) if content_first else (authors(thing) or about(thing))


def about(thing: Token) -> list[Token]:
    """The subject of a noun's "that" clause: the actor an allegation, report or claim is about."""
    clauses = [c for c in children(thing, CONTENT_CLAUSES) if any(m.lower_ == "that" for m in children(c, MARKERS))]
    return [s for c in clauses for s in children(c, SUBJECTS | PASSIVE_SUBJECTS) if names_actor(s)]


def undergoers(tokens: list[Token], steps: int) -> list[Argument]:
    """The actors a verb's objects (or passive subjects) name: themselves, or the holders of a thing."""
    found: list[Argument] = []
    for token in with_conjuncts(tokens):
        if names_actor(token):
            found.append(Argument(token, steps))
        else:
            found.extend(Argument(t, steps + 1) for t in with_conjuncts(holders(token)))
    return found


def objects_of(verb: Token, relation: Relation) -> tuple[list[Argument], Token | None]:
    """Whom it is done to, and the thing concerned (what is given, attacked, lifted): its theme."""
    if relation.frame == "receive":
        return [Argument(t) for t in with_conjuncts(subjects_token_list(verb))], first(children(verb, DIRECT_OBJECTS))
    if is_passive(verb):
        passive = children(verb, PASSIVE_SUBJECTS)
        if relation.frame == "transfer":
            recipients = [a.token for a in actor_objects(verb, ("to", "for"))]
            return [Argument(t, 1) for t in with_conjuncts(recipients)], first(passive)
        return undergoers(passive, 1), None  # "a camp for refugees was attacked": the refugees were
    direct = children(verb, DIRECT_OBJECTS)
    if relation.frame == "direct":
        found: list[Argument] = []
        theme = None
        if not relation.preps_only:
            for obj in direct:
                if names_actor(obj):
                    found.append(Argument(obj))
                else:
                    theme = theme or obj
                    found.extend(Argument(a, 1) for a in holders(obj, relation.content))
        if not found:  # "beat up Palestinian detainees on the West Bank": a place, once the target is named
            found = actor_objects(verb, relation.preps, relation.content)
        if relation.preps_only:
            theme = first(direct)
        if not found and theme is not None:  # "deployed troops in Iraq", "lifted the curfew on Gaza"
            preps = tuple(dict.fromkeys((*relation.preps, *PARTY_PREPS)))  # "demanded a truce with Moslem forces"
            found = [Argument(a.token, a.steps + 1) for a in actor_objects(theme, preps)]
        return expand(found), theme
    recipients = [d for d in children(verb, DATIVES) if d.lower_ not in ("to", "for")]
    recipients += [a.token for a in actor_objects(verb, ("to", "for"))]
    theme: Token | None = None
    with_things = prep_objects(verb, ("with",))
    if direct and (with_things or (not recipients and names_actor(direct[0]))):
        recipients = direct + recipients  # "provided Moscow with drones", "supplied Russia"
        theme = first(with_things)
    elif direct:
        theme = direct[0]
    return [Argument(t) for t in with_conjuncts(recipients)], theme


def subjects_token_list(verb: Token) -> list[Token]:
    return [a.token for a in subjects_of(verb)] if not is_passive(verb) else children(verb, PASSIVE_SUBJECTS)


def givers(verb: Token) -> list[Argument]:
    """Who gives, for a verb of receiving: "bought drones from Iran" -> Iran."""
    return [Argument(t) for t in with_conjuncts(prep_objects(verb, ("from",)))]


def complement_targets(verb: Token, relation: Relation) -> list[Argument]:
    """Targets found in the clause the verb governs, for verbs whose act is about another act.

    "threatened to break relations with Russia" -> Russia (the governed verb's object);
    "demanded that the US cancel ..." -> US (the governed clause's subject).
    """
    if relation.complement == "subject":
        clauses = children(verb, CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS)
        found = [s for c in clauses for s in children(c, SUBJECTS | PASSIVE_SUBJECTS) if names_actor(s)]
        return [Argument(t, 1) for t in with_conjuncts(found)]
    if relation.complement != "object":
        return []
    governed = children(verb, OPEN_COMPLEMENTS)
    steps = 1
    while governed:
        clause = governed[0]
        found = [Argument(o) for o in children(clause, DIRECT_OBJECTS | DATIVES) if names_actor(o)]
        found += actor_objects(clause, COMPLEMENT_PREPS)
        things = [o for o in children(clause, DIRECT_OBJECTS) if not names_actor(o)]
        found += [a for t in things for a in actor_objects(t, COMPLEMENT_PREPS)]
        if found:
            return [Argument(a.token, a.steps + steps) for a in expand(found)]
        governed, steps = children(clause, OPEN_COMPLEMENTS), steps + 1
    return []


def expand(arguments: list[Argument]) -> list[Argument]:
    """The arguments and their conjuncts, each once."""
    out: list[Argument] = []
    for argument in arguments:
        for token in with_conjuncts([argument.token]):
            if all(o.token.i != token.i for o in out):
                out.append(Argument(token, argument.steps))
    return out


def first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None

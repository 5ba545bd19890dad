"""Small walks of the dependency tree that every pattern uses: a token's children by label, its
coordinated tokens, the objects of its prepositions, whether a verb is passive."""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.deps import (
    ADVERBS,
    AGENTS,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CLAUSAL_SUBJECTS,
    CONJUNCTS,
    DATIVES,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    NOMINALS,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PAST_PARTICIPLE,
    PREP_OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
)
from graphkit.extract.sites import Filler
from graphkit.vocabulary import cue_words

BARE_PREPOSITIONS = cue_words("bare_prepositions")
ADJECTIVAL_PARTICIPLES = cue_words("adjectival_participles")  # "visits neighbouring Canada": an adjective


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    """The token's children whose dependency label is among ``deps``, in text order."""
    return [c for c in token.children if c.dep_ in deps]


def misread_adjectives(verb: Token) -> list[Token]:
    """The adjectives before a name that the parser read as the verb's participle, which then holds the verb's
    object and its date: "neighbouring" in "visits neighbouring Canada next week" (cues ``adjectival_participles``)."""
    return [c for c in children(verb, OPEN_COMPLEMENTS) if c.tag_ == GERUND and c.lower_ in ADJECTIVAL_PARTICIPLES]


def small_clauses(verb: Token) -> list[Token]:
    """The clauses with no verb that say what a thing is, the parser hung on a verb of naming: "absurd" in "called
    Peru's demands absurd" (its subject the thing); not "demanded that Peru be punished" (a verb's clause)."""
    return [
        c
        for c in children(verb, CLAUSAL_COMPLEMENTS)
        if c.pos_ in ("ADJ", "NOUN") and children(c, SUBJECTS) and not children(c, AUXILIARIES)
    ]


def small_clause_subjects(verb: Token) -> list[Token]:
    """What the small clauses of a verb of naming speak of: "Peru's demands" in "called Peru's demands absurd"."""
    return [s for c in small_clauses(verb) for s in children(c, SUBJECTS)]


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens and those coordinated with them: "Jordan, Egypt and Israel"."""
    out: list[Token] = []
    for token in tokens:
        if token not in out:
            out.append(token)
        out.extend(c for c in token.conjuncts if c not in out and c.i > token.i)
    return out


def with_counted(tokens: list[Token]) -> list[Token]:
    """The tokens, each followed by what its "of" names, the people it counts or is of: "hundreds of rebels",
    "fighters of the RSF"."""
    return [t for s in tokens for t in (s, *prep_objects(s, ("of",)))]


def among(tokens: list[Token], words: frozenset[str]) -> bool:
    """Whether one of the tokens is among ``words``, by lemma or as written ("rebels", "police")."""
    return any(t.lemma_.lower() in words or t.lower_ in words for t in tokens)


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among ``preps``: "to Russia" in "supply arms to Russia"; "Peru" in "pulled
    out of Peru" for "out of" or "of" (after a bare "out", "away" or "back": ``bare_prepositions``)."""
    found = []
    for p in token.children:
        bare = p.lower_ in BARE_PREPOSITIONS and p.dep_ in ADVERBS | PARTICLES  # "handed back to Peru"
        if p.dep_ not in PREPOSITIONS | DATIVES | AGENTS and not bare:
            continue
        if p.lower_ in preps:
            found += children(p, PREP_OBJECTS)
        elif p.lower_ in BARE_PREPOSITIONS and not children(p, PREP_OBJECTS):
            inner = [
                q for q in p.children if q.dep_ in PREPOSITIONS and {q.lower_, f"{p.lower_} {q.lower_}"} & set(preps)
            ]
            found += [o for q in inner for o in children(q, PREP_OBJECTS)]
    return found


def is_passive(verb: Token) -> bool:
    """Whether the verb has a passive subject ("Ukraine was attacked"), or shares one (``passive_conjunct``)."""
    return any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children) or passive_conjunct(verb)


def passive_conjunct(verb: Token) -> bool:
    """Whether a participle joined to a passive verb, with no subject or auxiliary of its own, is passive with it:
    "charged" in "two journalists were arrested and charged with espionage"."""
    head = verb.head
    if verb.dep_ not in CONJUNCTS or verb.tag_ != PAST_PARTICIPLE or head.i == verb.i or head.i > verb.i:
        return False
    if any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | AUXILIARIES for c in verb.children):
        return False
    return any(c.dep_ in PASSIVE_SUBJECTS for c in head.children)


def participle_on(verb: Token) -> str | None:
    """ "active" or "passive" for a participle after the noun it modifies, a relative clause without "who" or
    "which": "rebels attacking the town" (the rebels attack), "engineers kidnapped by rebels" (the engineers were
    kidnapped); None for any other verb, and for a clause with words of its own for who or when ("allegations
    that he had collaborated"). A past participle with a direct object is no passive ("airstrikes killed 44
    civilians", misread)."""
    head = verb.head
    if verb.dep_ not in CLAUSAL_MODIFIERS or head.pos_ not in NOMINALS or head.i > verb.i:
        return None
    if children(verb, SUBJECTS | PASSIVE_SUBJECTS | MARKERS):
        return None
    if any(a.tag_ != GERUND for a in children(verb, AUXILIARIES)):  # "being" and "having" start such clauses too
        return None
    if verb.tag_ == GERUND:
        return "active"
    if verb.tag_ == PAST_PARTICIPLE and not children(verb, DIRECT_OBJECTS):
        return "passive"
    return None


def expand(fillers: list[Filler]) -> list[Filler]:
    """The fillers and the tokens coordinated with theirs, each token once."""
    out: list[Filler] = []
    for filler in fillers:
        for token in with_conjuncts([filler.token]):
            if all(o.token.i != token.i for o in out):
                out.append(Filler(token, filler.steps))
    return out


def first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


def glued_hyphen(token: Token) -> bool:
    """A hyphen written against the words on both sides: "Secretary-General", "pro-Moscow", a score "5-0"."""
    doc = token.doc
    return (
        token.text == "-" and not token.whitespace_ and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_
    )


def hyphen_prefixes(word: Token) -> list[Token]:
    """The words written against a hyphen before a word, which the parser hangs on it: "Saudi" of "Saudi-led",
    "US" of "US-drafted"."""
    doc = word.doc
    return [c for c in word.children if c.i == word.i - 2 and glued_hyphen(doc[word.i - 1])]


def hyphened_word(noun: Token) -> str | None:
    """The word a noun ends when it is written against a hyphen after a word of its own ("cease-fire",
    "build-up"), in lower case, or None."""
    doc = noun.doc
    if noun.i < 2 or not glued_hyphen(doc[noun.i - 1]) or doc[noun.i - 2].head.i != noun.i:
        return None
    return f"{doc[noun.i - 2].lower_}-{noun.lower_}"


def modified_noun(noun: Token, lemma: bool = True) -> str:
    """A noun with the compounds and adjectives before it, in lower case, the noun by its lemma if ``lemma``: "tear
    gas", "rubber bullet"; "security forces" as written."""
    head = noun.lemma_.lower() if lemma else noun.lower_
    return " ".join([*(c.lower_ for c in noun.lefts if c.dep_ in NOUN_MODIFIERS), head])


def of_kinds(noun: Token) -> list[str]:
    """The noun with its "of", as a kind of thing is listed ("state of siege": not a siege), in lower case."""
    return [f"{noun.lemma_.lower()} of {o.lemma_.lower()}" for o in prep_objects(noun, ("of",))]


def nominal_gerund(token: Token) -> bool:
    """A gerund the parser read as a verb that stands where a noun does, as a subject or a preposition's object,
    with no subject, auxiliary or object of its own, so a noun: "Fighting between Chile and Peru killed ten",
    "Shelling by Chilean forces destroyed ...", "mobilized reservists after Pakistani shelling"."""
    return (
        token.tag_ == GERUND
        and token.dep_ in SUBJECTS | PASSIVE_SUBJECTS | CLAUSAL_SUBJECTS | PREP_OBJECTS
        and not children(token, SUBJECTS | AUXILIARIES | DIRECT_OBJECTS)
    )

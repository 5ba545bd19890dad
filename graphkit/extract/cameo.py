"""CAMEO verb patterns matched on a dependency parse: which code a verb has in its sentence.

PETRARCH-2's patterns name words in order around the verb (``- * (AGAINST +) [111]``). Here the words before
the verb are looked for, in order, in the verb's own left subtree (its subject), and the words after it in its
right subtree without the clauses it governs or is coordinated with, so that "condemned the attack" and
"condemned, in a statement on Monday, the brutal attack" match alike. Words of more than three letters match
as prefixes ("violat" matches "violated"), as in the dictionary; shorter ones, and words ending in ``_``, whole.
The most specific pattern that matches wins; none, and the verb's default code applies.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from graphkit.extract.deps import CLAUSAL_COMPLEMENTS, CONJUNCTS, DIRECT_OBJECTS, PREP_OBJECTS, PREPOSITIONS
from graphkit.vocabulary.cameo import CameoDictionary, Coding, Pattern

# Children whose subtrees are other clauses or mere punctuation: their words are not the verb's objects.
OTHER_CLAUSES = frozenset({"advcl", "parataxis", "punct", "cc", "mark", "relcl"}) | CONJUNCTS | CLAUSAL_COMPLEMENTS
WHOLE_WORD_LENGTH = 3  # words this short match only whole ("on" is not "one")


def word_matches(token: Token, word: str) -> bool:
    exact = word.endswith("_") or len(word) <= WHOLE_WORD_LENGTH
    word = word.rstrip("_")
    forms = (token.lower_, token.lemma_.lower())
    return any(f == word for f in forms) if exact else any(f.startswith(word) for f in forms)


def phrase_at(tokens: Sequence[Token], start: int, phrase: str) -> bool:
    words = phrase.split()
    if start + len(words) > len(tokens):
        return False
    return all(word_matches(tokens[start + k], w) for k, w in enumerate(words))


def in_order(tokens: Sequence[Token], slots: Sequence[Sequence[str]]) -> bool:
    """Whether each slot (alternative phrases) matches in ``tokens``, one after the other."""
    position = 0
    for slot in slots:
        found = next(
            (i + len(p.split()) for i in range(position, len(tokens)) for p in slot if phrase_at(tokens, i, p)),
            None,
        )
        if found is None:
            return False
        position = found
    return True


def left_words(verb: Token) -> list[Token]:
    return [t for t in verb.subtree if t.i < verb.i]


def right_words(verb: Token) -> list[Token]:
    """The words after the verb that belong to its own clause: objects, particles, prepositional phrases."""
    own = [c for c in verb.children if c.i > verb.i and c.dep_ not in OTHER_CLAUSES]
    return sorted((t for c in own for t in c.subtree), key=lambda t: t.i)


def target_tokens(verb: Token, pattern: Pattern) -> list[Token]:
    """The tokens where the pattern puts the target: the direct object, or the object of its preposition."""
    if pattern.target is None:
        return []
    if pattern.target == "object":
        return [c for c in verb.children if c.dep_ in DIRECT_OBJECTS]
    preps = [t for t in right_words(verb) if t.dep_ in PREPOSITIONS and t.lower_ == pattern.target]
    return [o for p in preps for o in p.children if o.dep_ in PREP_OBJECTS]


def best_pattern(verb: Token, patterns: Sequence[Pattern]) -> Pattern | None:
    """The most specific pattern that matches the verb's sentence (the first of equals), or None."""
    left, right = left_words(verb), right_words(verb)
    best: Pattern | None = None
    for pattern in patterns:
        if best is not None and pattern.size <= best.size:
            continue
        if pattern.target not in (None, "object") and not any(t.lower_ == pattern.target for t in right):
            continue
        if in_order(left, pattern.before) and in_order(right, pattern.after):
            best = pattern
    return best


def cameo_coding(verb: Token, keys: Sequence[str], cameo: CameoDictionary) -> tuple[Coding | None, Pattern | None]:
    """The coding of a verb in its sentence, and the pattern that gave it (None: the verb's default code).

    ``keys`` are the verb's lookup keys, best first ("call off", then "call"). The coding is None when the
    dictionary does not know the verb, when a pattern says this use is no event, or when its code has no
    PLOVER type (CAMEO's public statements).
    """
    key = next((k for k in keys if cameo.verb(k) is not None), None)
    if key is None:
        return None, None
    entry = cameo.verb(key)
    pattern = best_pattern(verb, cameo.patterns(key))
    code = pattern.code if pattern is not None else entry.code  # type: ignore[union-attr]
    return cameo.coding(code), pattern

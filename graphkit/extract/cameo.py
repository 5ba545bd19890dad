"""CAMEO verb patterns matched on a dependency parse: which code a verb has in its sentence.

PETRARCH-2's patterns name words in order around the verb (``- * (AGAINST +) [111]``). Here the words before
the verb are looked for, in order, in the verb's own left subtree (its subject), and the words after it in its
right subtree without the clauses it governs or is coordinated with, so that "condemned the attack" and
"condemned, in a statement on Monday, the brutal attack" match alike. Words of more than three letters match
as prefixes ("violat" matches "violated"), as in the dictionary; shorter ones, and words ending in ``_``, whole.
The most specific pattern that matches wins; none, and the verb's default code applies.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from graphkit.extract.context import MOBILIZE, joins_in
from graphkit.extract.deps import (
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    AGENTS,
    APPOSITIONS,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CONJUNCTS,
    DATIVES,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    PARATAXES,
    PAST_PARTICIPLE,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECTS,
    TIME_LABELS,
)
from graphkit.extract.event_nouns import FORCE  # the PLOVER types of acts of force
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.mentions import COUNTERPARTS
from graphkit.extract.tree import children
from graphkit.extract.verbs import verb_types
from graphkit.extract.words import KNOWLEDGE, TOPIC_PREPS
from graphkit.vocabulary import cue_sequence, cue_words, quad_class
from graphkit.vocabulary.cameo import (
    WHOLE_WORD_LENGTH,
    Coding,
    Pattern,
    Phrase,
    Slot,
    VerbPatterns,
    cameo_dictionary,
)

# Children whose subtrees are other clauses or mere punctuation: their words are not the verb's objects.
OTHER_CLAUSES = frozenset({"advcl", "parataxis", "punct", "cc", "mark", "relcl"}) | CONJUNCTS | CLAUSAL_COMPLEMENTS
DEMAND = "DEMAND"
RECORDS = cue_words("record_nouns")  # "lists of prisoners": what a list is of is no one acted on
OF = "of"
ORDERING = cue_words("ordering_verbs")  # "told Peru to withdraw": the withdrawal is Peru's, asked for
SITE_PREPS = cue_words("site_preps")  # "quit UKIP at a public meeting" is no "quit * meeting"
BONDS = cue_words("bond_nouns")  # "deepen military ties": what binds, whatever its kind
PLACED_PREPS = SITE_PREPS | {"by"}  # words a pattern sees only when it names them: "backed (by &MILITARY)"
ENTRY_PREPS = cue_sequence("entry_preps")  # "Chilean troops moved into Peru", "medicine into Gaza": where they go in
MILITARY_FORCE = "19"  # the CAMEO root of conventional military force (190 fight, 192 occupy, ...)
INSTRUMENTS = cue_words("instrument_verbs")  # "used Chilean drones": what is used is no target
NESTED_CLAUSES = RELATIVE_CLAUSES | ADVERBIAL_CLAUSES | PARATAXES | CLAUSAL_COMPLEMENTS  # clauses inside a phrase


@dataclass(frozen=True)
class Reading:
    """A verb as the CAMEO dictionary codes it: its relation, the coding, and whether the object acts on the subject."""

    relation: Relation
    coding: Coding | None
    reverse: bool = False
    listed: bool = False  # the lexicon lists the verb: the relation is graphkit's own, the coding provenance only
    patterned: bool = False  # a pattern of the dictionary coded it ("accepted the treaty"), not the verb's default


class Words:
    """Tokens as the dictionary matches them: each token's forms (lower case and lemma), and every form and every
    prefix of a form, so that most patterns are ruled out by a set lookup before they are matched in order."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.forms = [(t.lower_, t.lemma_.lower()) for t in tokens]
        self.whole = {f for pair in self.forms for f in pair}
        self.prefixes = {f[:k] for f in self.whole for k in range(WHOLE_WORD_LENGTH + 1, len(f) + 1)}
        # for a preposition, the last position of its phrase: a pattern's word after it must be its object
        # ("pulled out (of talks)" is no "left the town of Bouake after talks")
        indices = [t.i for t in tokens]  # in text order
        self.phrase_end = {
            k: bisect_right(indices, t.right_edge.i) - 1 for k, t in enumerate(tokens) if t.dep_ in PREPOSITIONS
        }

    def may_match(self, slots: Sequence[Slot]) -> bool:
        """Whether every slot has an alternative whose first word occurs: needed, not enough, for a match."""
        return all(slot.first_whole & self.whole or slot.first_prefix & self.prefixes for slot in slots)

    def phrase_at(self, start: int, phrase: Phrase) -> bool:
        if start + len(phrase) > len(self.forms):
            return False
        for k, (word, whole) in enumerate(phrase):
            lower, lemma = self.forms[start + k]
            if not (word in (lower, lemma) if whole else lower.startswith(word) or lemma.startswith(word)):
                return False
        return True

    def in_order(self, slots: Sequence[Slot]) -> int | None:
        """Where the first slot matches when each slot matches after the one before it; None when one does not
        match (0 for no slots)."""
        position, first, end = 0, None, len(self.forms)
        for slot in slots:
            found = next(((i, p) for i in range(position, end) for p in slot.phrases if self.phrase_at(i, p)), None)
            if found is None:
                return None
            first = found[0] if first is None else first
            position = found[0] + len(found[1])
            # a preposition alone binds the next word to its own phrase; otherwise the rest of the words
            end = self.phrase_end.get(found[0], len(self.forms) - 1) + 1 if len(found[1]) == 1 else len(self.forms)
        return first or 0


def left_words(verb: Token) -> list[Token]:
    return [t for t in verb.subtree if t.i < verb.i]


def right_words(verb: Token) -> list[Token]:
    """The words after the verb that belong to its own clause: objects, particles, prepositional phrases; not a
    date ("called Erdogan on Tuesday" is no call "on" anyone)."""
    own = [c for c in verb.children if c.i > verb.i and c.dep_ not in OTHER_CLAUSES and not dated(c)]
    if verb.lemma_.lower() in ORDERING:  # "told Peru to withdraw": no "tell * withdraw" (an announcement)
        own = [c for c in own if c.dep_ not in OPEN_COMPLEMENTS]
    # "began pulling back heavy weapons": the words of a gerund coded as an act of its own are that act's, no "begin
    # * &WEAPON" (194); "agreed to begin filling the pipeline" still begins a pipeline
    own = [c for c in own if not (c.dep_ in OPEN_COMPLEMENTS and c.tag_ == GERUND and verb_types(c))]
    return sorted((t for c in own for t in phrase_words(c)), key=lambda t: t.i)


def phrase_words(child: Token) -> list[Token]:
    """The words of a phrase of the verb, without the clauses of their own inside it ("told the programme that
    the plans were inadequate" is no "announce * plans"); of an infinitive it governs, not the prepositional
    phrases: in "called Erdogan to apologize for the delay" the call is no call "for" anything ("to congratulate"
    still counts)."""
    inner = {t.i for c in child.subtree if c.i != child.i and own_clause(c) for t in c.subtree}
    if child.dep_ in OPEN_COMPLEMENTS:
        inner |= {t.i for p in child.subtree if p.dep_ in PREPOSITIONS and p.head.i != child.head.i for t in p.subtree}
    return [t for t in child.subtree if t.i not in inner]


def own_clause(word: Token) -> bool:
    """Whether a word heads a clause of its own inside a phrase: a relative, adverbial or complement clause, or a
    noun's clause with its own subject or marker ("the news that Peru had withdrawn")."""
    if word.dep_ in NESTED_CLAUSES:
        return True
    return word.dep_ in CLAUSAL_MODIFIERS and any(c.dep_ in SUBJECTS | MARKERS for c in word.children)


def dated(word: Token) -> bool:
    """Whether a word says when: a date or time, or a preposition of one ("on Tuesday", "in March")."""
    objects = [o for o in word.children if o.dep_ in PREP_OBJECTS] if word.dep_ in PREPOSITIONS else [word]
    return bool(objects) and all(o.ent_type_ in TIME_LABELS for o in objects)


def target_tokens(verb: Token, pattern: Pattern) -> list[Token]:
    """The tokens where the pattern puts the target: the direct object, or the object of its preposition."""
    if pattern.target is None:
        return []
    if pattern.target == "object":
        return [c for c in verb.children if c.dep_ in DIRECT_OBJECTS]
    preps = [t for t in right_words(verb) if t.dep_ in PREPOSITIONS and t.lower_ == pattern.target]
    return [o for p in preps for o in p.children if o.dep_ in PREP_OBJECTS]


def topic_of_knowledge(word: Token) -> bool:
    """Whether a word is the preposition of what knowledge is about ("intelligence on", "information about")."""
    return word.dep_ in PREPOSITIONS and word.lower_ in TOPIC_PREPS and word.head.lemma_.lower() in KNOWLEDGE


def content_of_record(word: Token) -> bool:
    """Whether a word is the "of" of what a record lists or shows (cues ``record_nouns``): "exchanged lists of
    prisoners" frees no one, as "released the names of the dead" does not."""
    return word.dep_ in PREPOSITIONS and word.lower_ == OF and word.head.lemma_.lower() in RECORDS


def own_preps(verb: Token) -> set[str]:
    """The prepositions of the verb and of its direct object: where a pattern's target can be."""
    words = [c for c in verb.children if c.dep_ in PREPOSITIONS or c.dep_ in DATIVES or c.dep_ in AGENTS]
    words += [c for o in verb.children if o.dep_ in DIRECT_OBJECTS for c in o.children if c.dep_ in PREPOSITIONS]
    return {w.lower_ for w in words}


def best_pattern(
    verb: Token, key: str, patterns: VerbPatterns, qualified: bool = False, borrows: bool = True
) -> Pattern | None:
    """The most specific pattern that matches the verb's sentence, or None. Of equally specific ones, the one
    whose words start nearest the verb wins ("broke relations with" is about relations, not "with"), then the
    one written for the verb looked up by ``key`` ("opened the border" is OPEN's 080, not REOPEN's 050 of the
    same block), then the first in the dictionary. With ``qualified``, the noun a participle qualifies stands
    as its object; without ``borrows``, patterns written for another verb of the block do not count ("searched
    the offices" is no "seek office")."""
    words = right_words(verb)
    if qualified:  # "a car bomb planted by ETA": the noun a passive participle qualifies is what it was done to
        words = [*verb.doc[verb.head.left_edge.i : verb.head.i + 1], *words]
    left, right = Words(left_words(verb)), Words(words)
    placed = {t.i for p in words if p.dep_ in PREPOSITIONS and p.lower_ in SITE_PREPS for t in p.subtree}
    # the "by" of a passive names the doer, no object: "was set up by an army officer" is no "set up &MILITARY"
    placed |= {t.i for p in words if p.dep_ in AGENTS for t in p.subtree}
    # a noun for a rival that names someone is no opposition expressed: "said the death of his rival, Arafat"
    placed |= {t.i for t in words if t.lemma_.lower() in COUNTERPARTS and children(t, APPOSITIONS)}
    # what knowledge shared is about is no thing acted on: "exchanged intelligence on North Korea's missile launch"
    placed |= {t.i for p in words if topic_of_knowledge(p) or content_of_record(p) for t in p.subtree}
    # a word that only says what kind of bond it is, is no thing acted on: "deepen military ties" is no "increase
    # &MILITARY" (a mobilization)
    placed |= {t.i for t in words if t.dep_ == ADJECTIVAL_MODIFIER and t.head.lemma_.lower() in BONDS}
    unplaced = Words([t for t in words if t.i not in placed]) if placed else right
    preps = own_preps(verb)
    best: tuple[int, int, bool] | None = None  # (size, -start, written for the verb) of the best so far
    found: Pattern | None = None
    for compiled in patterns.candidates(left.whole | left.prefixes | right.whole | right.prefixes):
        pattern = compiled.pattern
        if best is not None and pattern.size < best[0]:
            continue
        if (not compiled.after or not borrows) and pattern.named and key not in pattern.named:
            continue  # "&MILITARY remain" (150) is troops staying on, not soldiers who "survived" an air strike
        if not (left.may_match(compiled.before) and right.may_match(compiled.after)):
            continue
        if pattern.target not in (None, "object") and pattern.target not in preps:
            continue  # "called Erdogan to apologize for ..." is no call "for" anything
        if left.in_order(compiled.before) is None:
            continue
        # where it happened ("at a public meeting") counts only for a pattern that names its preposition
        names_site = any(phrase[0][0] in PLACED_PREPS for slot in compiled.after for phrase in slot.phrases)
        start = (right if names_site else unplaced).in_order(compiled.after)
        if start is not None and (best is None or (pattern.size, -start, key in pattern.named) > best):
            best, found = (pattern.size, -start, key in pattern.named), pattern
    return found


@cache
def cameo_relation_for(
    predicate: str, event_type: str, preps: tuple[str, ...], preps_only: bool, reciprocal: bool
) -> Relation:
    """The relation of a CAMEO-coded verb: built once per distinct reading (relations are compared by value)."""
    return Relation(
        predicate=predicate,
        event_type=event_type,
        frame="direct",
        verbs=(),
        preps=preps,
        preps_only=preps_only,
        reciprocal=reciprocal,
        asserts=event_type != DEMAND,  # what a request governs is asked for, not claimed
    )


def read_verb(verb: Token, keys: Sequence[str], lexicon: Lexicon) -> Reading | None:
    """How the CAMEO dictionary codes a verb the lexicon does not list, as graphkit reads it (``[cameo]``)."""
    cameo = cameo_dictionary()
    key = next((k for k in keys if cameo.verb(k) is not None), None)
    reading = lexicon.cameo
    if key is None or key in reading.unread:
        return None
    entry = cameo.verb(key)
    assert entry is not None
    borrows = key not in reading.own_patterns
    pattern = best_pattern(verb, key, cameo.indexed(key), borrows=borrows)
    if pattern is None and qualifies(verb):  # "a car bomb planted by ETA" (PLANT * &WEAPON): for violence only,
        # not "sanctions imposed on Tehran" (the sanctions' own) nor "a conference attended by Khan"
        found = best_pattern(verb, key, cameo.indexed(key), qualified=True, borrows=borrows)
        violent = found is not None and (c := cameo.coding(found.code)) is not None and c.event_type in FORCE
        pattern = found if violent else None
    if pattern is not None:
        coding, reverse, target = cameo.coding(pattern.code), pattern.reverse, pattern.target
        # a verb graphkit retypes keeps its type in its own code's patterns and in those written for another verb
        # of its block: "convicted X of terrorism" is no accusation (ACCUSE * (OF TERRORISM)), but a conviction
        borrowed = bool(pattern.named) and key not in pattern.named
        if coding is not None and key in reading.retype and (pattern.code == entry.code or borrowed):
            coding = Coding(coding.cameo, reading.retype[key])
    elif key in reading.patterns_only and not (key in reading.armed_senses and armed_doer(verb, lexicon)):
        return None
    else:
        coding, reverse, target = cameo.coding(entry.code), entry.reverse, None
        if coding is not None and key in reading.retype:  # the code stays, as provenance; its mode may not fit
            coding = Coding(coding.cameo, reading.retype[key])
    if coding is None:
        return None
    if joins_in(verb) and "cooperation" not in (quad_class(coding.event_type) or ""):
        return None  # "joined Vietnam in protesting against China": Vietnam is a partner, the act joined in is coded
    predicate = reading.predicate(coding)
    if predicate is None:
        return None
    preps = (target,) if target not in (None, "object") else reading.target_preps.get(coding.event_type, ())
    # forces moved are what is moved, never whom against: "put its troops on alert along the Peruvian border"
    only = (target is not None and target != "object") or (target is None and coding.event_type == MOBILIZE)
    if not only and coding.cameo.startswith(MILITARY_FORCE) and armed_doer(verb, lexicon):
        preps = tuple(dict.fromkeys((*preps, *ENTRY_PREPS)))  # "Chilean troops moved into Peru" (192, occupy)
    if key in INSTRUMENTS and not only and (pattern is None or not used_on(verb, pattern)):
        if pattern is None:
            return None  # "used Chilean drones": what is used is no target ("used civilians as human shields" is)
        only = True  # "used tear gas against protesters": the weapon used is no target, whom it is used against is
    mutual = pattern is not None and pattern.mutual  # "Chile and Peru exchanged accusations": each the other
    relation = cameo_relation_for(
        predicate, coding.event_type, tuple(preps), only, coding.event_type in reading.reciprocal or mutual
    )
    return Reading(relation, coding, reverse, patterned=pattern is not None)


def qualifies(verb: Token) -> bool:
    """Whether a verb is a passive participle after the noun it qualifies: "a car bomb planted by ETA"."""
    return verb.dep_ in CLAUSAL_MODIFIERS and verb.tag_ == PAST_PARTICIPLE and verb.head.i < verb.i


def coded_as(code: str, lexicon: Lexicon) -> Reading | None:
    """The reading of a CAMEO code itself, for a form the dictionary names under another verb: "held villagers as
    human shields" is its "USE * (AS HUMAN SHIELD)" (184)."""
    coding = cameo_dictionary().coding(code)
    predicate = lexicon.cameo.predicate(coding) if coding is not None else None
    if coding is None or predicate is None:
        return None
    preps = lexicon.cameo.target_preps.get(coding.event_type, ())
    relation = cameo_relation_for(predicate, coding.event_type, tuple(preps), False, False)
    return Reading(relation, coding, False, patterned=True)


def armed_doer(verb: Token, lexicon: Lexicon) -> bool:
    """Whether armed forces do what the verb says: its subject, its "by" doer, or the subject of the verb it is
    coordinated with, is a word of ``military_nouns`` or one modified by it ("Chilean troops raided", "were pounded
    by artillery", "navy ships shelled")."""
    head = verb.head if verb.dep_ in CONJUNCTS and not children(verb, SUBJECTS) else verb
    doers = [*children(head, SUBJECTS), *(o for a in children(verb, AGENTS) for o in children(a, PREP_OBJECTS))]
    words = [w for d in doers for w in (d, *(c for c in children(d, NOUN_MODIFIERS) if c.i < d.i))]
    forces = lexicon.military_nouns
    return any(
        w.lower_ in forces or w.lemma_.lower() in forces or w.lemma_.lower() in lexicon.military_arms for w in words
    )


def used_on(verb: Token, pattern: Pattern) -> bool:
    """Whether a pattern of a verb of using says what its object is used as, right after it ("used civilians as
    human shields"): then the object is whom it is done to. Otherwise the object is the thing used ("used
    Chilean drones", "are using Iraq to ..."), no target."""
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECTS]
    if not objects or not pattern.after:
        return False
    end = max(t.i for t in objects[0].subtree) + 1
    words = Words(list(verb.doc[end:]))
    return any(words.phrase_at(0, p) for p in Slot.of(pattern.after[0]).phrases)


def agreeing_coding(verb: Token, keys: Sequence[str], relation: Relation, lexicon: Lexicon) -> Coding | None:
    """The CAMEO coding of a verb the lexicon codes itself, when the dictionary agrees on its type (provenance)."""
    found = read_verb(verb, keys, lexicon)
    coding = found.coding if found is not None else None
    return coding if coding is not None and coding.event_type == relation.event_type else None


def violent_verb(verb: Token, keys: Sequence[str]) -> bool:
    """Whether the CAMEO dictionary's default code of a verb is an act of force ("crush", "defeat", "destroy"), even
    where graphkit does not code the verb (``[cameo] discard``): a pledge to do it to someone promises no
    cooperation. Not coercion or verbal conflict, whose verbs' defaults are too often another sense ("take",
    "compensate")."""
    cameo = cameo_dictionary()
    entry = next((e for k in keys if (e := cameo.verb(k)) is not None), None)
    coding = cameo.coding(entry.code) if entry is not None else None
    return coding is not None and coding.event_type in FORCE

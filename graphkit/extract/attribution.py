"""Who says it: the speaker of reported speech, accusations as reported claims, and demands in speech.

- ``speaker_of``: "X said (that) ...", "..., Western officials say", "X told reporters ...",
  "according to X", and "X accused Y of V-ing": V is then attributed to the accuser.
- ``speech_sites``: "Russia said Sudan must return the helicopter" is a demand by Russia on Sudan; "Israel said
  Iran was behind the attack" is an accusation by Israel of Iran.
- ``condemning_verdict``: "called the sanctions illegal" says something bad of its object: a criticism.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.actors import is_group, names_actor
from graphkit.extract.context import SPEECH, subjunctive
from graphkit.extract.control import accused_by_phrase
from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    ADVERBIAL_CLAUSES,
    ADVERBS,
    APPOSITIONS,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CONJUNCTS,
    DATIVES,
    DIRECT_OBJECTS,
    GERUND,
    NEGATIONS,
    NOUN_MODIFIERS,
    OBJECT_PREDICATES,
    OPEN_COMPLEMENTS,
    PARATAXES,
    PAST_PARTICIPLE,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SINGULAR_TAGS,
    SUBJECTS,
)
from graphkit.extract.doc_index import tokens_with
from graphkit.extract.event_nouns import hostile_noun
from graphkit.extract.lexicon import Lexicon, Relation
from graphkit.extract.sites import Filler, Site
from graphkit.extract.tree import children, prep_objects, small_clause_subjects, small_clauses, with_conjuncts
from graphkit.vocabulary import cue_sequence, cue_words

# Verbs of saying whose subject is the speaker of the clause they govern.
OBLIGATION = cue_words("obligation")  # "X said Y must ...": a demand
REPROACHING = cue_words("reproaching_modals")  # "X should have withdrawn it": a reproach of what was not done
HAVE = "have"
OUTCOMES = cue_words("outcome_verbs")  # "X said Y should see growth": a forecast
REPORTED = PARATAXES  # "Iran gave drones, officials said" when said hangs off the clause
SPEECH_CONFIDENCE = 0.6
# "said Iran was behind the attack", "said Moscow was responsible for (culpable for, to blame for) the poisoning"
CULPRIT_PREPS = cue_sequence("culprit_preps")
BLAME_WORDS = cue_words("blame_words")
BLAMED_VERBS = cue_words("blamed_verbs")  # "was to blame for", "bore responsibility for": blame said
HARMS = cue_words("blamed_harms")  # what one is blamed for that no event noun names: "the explosion", "the deaths"

RelationOf = Callable[[Token], Relation | None]
PEJORATIVE = cue_words("pejorative_words")  # "a provocation", "unduly harsh": said of it, a criticism
AS = ("as",)  # "described the expulsions as a provocation"


def according_to(node: Token) -> Token | None:
    for child in node.children:
        if child.dep_ in PREPOSITIONS and child.lower_ == "according":
            for to in child.children:
                objects = children(to, PREP_OBJECTS)
                if objects:
                    return objects[0]
    return None


def speaker_of(verb: Token, relation_of: RelationOf | None = None) -> Token | None:
    """The subject of the verb of saying (or accusing) that reports the event, or the object of "according to"."""
    node = verb
    while True:
        found = according_to(node)
        if found is not None:
            return found
        for child in children(node, REPORTED):
            if child.lemma_ in SPEECH and children(child, SUBJECTS):
                return children(child, SUBJECTS)[0]
        if node.head.i == node.i:
            return None
        head = node.head
        if node.dep_ in CLAUSAL_COMPLEMENTS and head.lemma_ in SPEECH:
            subjects = children(head, SUBJECTS)
            return subjects[0] if subjects else None
        if node.dep_ in PREP_COMPLEMENTS and head.dep_ in PREPOSITIONS and relation_of is not None:
            # "accused Russia of seeking to buy ...", and "accused Peruvian forces of attacking": "of" on the object
            accused = accused_by_phrase(head)
            accuser = accused.head if accused is not None else head.head
            relation = relation_of(accuser)
            if relation is not None and relation.proposition:
                subjects = children(accuser, SUBJECTS)
                return subjects[0] if subjects else None
        node = head


def obliged(verb: Token) -> bool:
    """Whether the verb is what a speaker says someone must do ("X said Y must agree"): a demand, not an event."""
    node = verb
    while node.dep_ in CONJUNCTS and node.head.i != node.i:
        node = node.head
    if not obligation(node):
        return False
    return node.dep_ in CLAUSAL_COMPLEMENTS and node.head.lemma_ in SPEECH


def obligation(clause: Token) -> bool:
    """Whether a clause says its subject must or should act: a modal of obligation after the subject ("Peru
    should pay"); before it, the modal makes a condition ("Should Peru default, ...")."""
    modals = [a for a in children(clause, AUXILIARIES) if a.lemma_.lower() in OBLIGATION]
    return bool(modals) and not any(m.i < s.i for m in modals for s in children(clause, SUBJECTS))


def told_subjunctive(clause: Token) -> bool:
    """Whether a clause is a subjunctive that shows as one ("insisted that Peru withdraw its troops"): with a
    singular subject, where the base form cannot be a present tense the tagger misread ("said the EU rules make
    it difficult")."""
    return subjunctive(clause) and all(s.tag_ in SINGULAR_TAGS for s in children(clause, SUBJECTS))


def addressee(subject: Token) -> bool:
    """Whether the subject of "must" is someone who can be told to act: an actor ("Israel", "Asian states",
    "Peru's army"), not a thing an actor owns ("China's cotton output must rise" is a forecast, not a demand)."""
    if not names_actor(subject):
        return False
    possessed = any(c.dep_ in POSSESSIVES and names_actor(c) for c in subject.children)
    return not possessed or is_group(subject)


def speech_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A DEMAND Site for "X said/announced that Y must (should) V", or "X insisted that Y V" (a subjunctive): X
    demands of Y."""
    demand, reproach, accusation = lexicon.verb("demand"), lexicon.verb("criticize"), lexicon.verb("accuse")
    if demand is None:
        return
    for verb in tokens_with(doc, "LEMMA", SPEECH):
        speakers = [s for s in children(verb, SUBJECTS) if names_actor(s)]
        if not children(verb, SUBJECTS) and verb.dep_ in CONJUNCTS:  # "turned away the ship and insisted that
            speakers = [s for s in children(verb.head, SUBJECTS) if names_actor(s)]  # Malta take in its migrants"
        for clause in children(verb, CLAUSAL_COMPLEMENTS):
            blamed = blamed_in(clause, lexicon)
            if blamed and accusation is not None and not children(verb, NEGATIONS):
                # "expelled 23 diplomats, saying Moscow was culpable": the participle's subject is the clause's
                said_by = speakers or said_after(verb)
                accusers = [Filler(s, 0 if s in speakers else 1) for s in with_conjuncts(said_by) if names_actor(s)]
                if accusers:
                    yield Site(
                        verb,
                        accusation,
                        tuple(accusers),
                        tuple(Filler(t, 1) for t in blamed),
                        pattern="speech/1",
                        base=SPEECH_CONFIDENCE,
                    )
                continue
            if not speakers:
                continue
            if not (obligation(clause) or told_subjunctive(clause)):
                continue  # no "must" nor "that Peru withdraw"; or "Should Citicorp place the loans ...": a condition
            if clause.lemma_.lower() in OUTCOMES:
                continue  # "said Peru should see strong growth": a forecast, not a demand
            done = clause.tag_ == PAST_PARTICIPLE and any(
                a.lemma_.lower() == HAVE for a in children(clause, AUXILIARIES)
            )
            if done and not any(a.lower_ in REPROACHING for a in children(clause, AUXILIARIES)):
                continue  # "Peru must have known": an inference, not a demand
            targets = [t for t in children(clause, SUBJECTS) if addressee(t)]
            relation = reproach if done and reproach is not None else demand  # "should have withdrawn": a reproach
            if targets:
                yield Site(
                    verb,
                    relation,
                    tuple(Filler(s) for s in with_conjuncts(speakers)),
                    tuple(Filler(t, 1) for t in with_conjuncts(targets)),
                    pattern="speech/1",
                    base=SPEECH_CONFIDENCE,
                )


def said_after(participle: Token) -> list[Token]:
    """Who says what a participle of saying after a clause says: the clause's subject ("expelled 23 diplomats,
    saying Moscow was culpable")."""
    if participle.tag_ != GERUND or participle.dep_ not in ADVERBIAL_CLAUSES or participle.i < participle.head.i:
        return []
    return children(participle.head, SUBJECTS)


def blamed_in(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a reported clause blames for a harm: "Iran" in "[said] Iran was behind the attack", "Moscow was
    responsible for the poisoning", "the rebels were to blame for the killings", "Somalia bore responsibility for the
    breakdown of talks" (cues ``culprit_preps``,
    ``blame_words``, ``blamed_harms``). Not a harm denied ("was not behind"), nor one blamed on a pronoun: "it was
    behind the attack" is most often a claim of one's own act."""
    if clause.lemma_.lower() not in BLAMED_VERBS or children(clause, NEGATIONS):
        return []
    # "was responsible for", "was to blame for", "bore responsibility for"
    words = [*children(clause, ADJECTIVAL_COMPLEMENTS), *children(clause, OPEN_COMPLEMENTS)]
    words += children(clause, DIRECT_OBJECTS)  # "bore responsibility"
    blamed_for = [o for w in words if w.lemma_.lower() in BLAME_WORDS for o in prep_objects(w, ("for",))]
    harms = [*prep_objects(clause, CULPRIT_PREPS), *blamed_for]
    if not any(harmful(h, lexicon) for h in harms):
        return []
    return [t for t in with_conjuncts(children(clause, SUBJECTS)) if t.pos_ != "PRON" and addressee(t)]


def harmful(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names an act of force or pressure ("the attack", "the bombing", "sanctions") or a harm
    (cues ``blamed_harms``: "the explosion", "the deaths")."""
    return hostile_noun(noun, lexicon) or noun.lemma_.lower() in HARMS


def second_objects(clause: Token) -> Token | None:
    """The last object of a clause that takes two, or a dative and an object: the verdict of a verb of naming the
    parser read into a clause on its object ("called South Korea's decision to scrap the pact a grave mistake")."""
    objects = children(clause, DIRECT_OBJECTS)
    return objects[-1] if len(objects) > 1 or (objects and children(clause, DATIVES)) else None


def misread_verdicts(objects: list[Token]) -> list[Token]:
    """What a verb of naming calls its objects, where the parser read it into a clause on them (``second_objects``)."""
    return [v for o in objects for c in children(o, CLAUSAL_MODIFIERS) if (v := second_objects(c)) is not None]


def condemning_verdict(verb: Token) -> bool:
    """Whether a verb of calling says that its object is something bad (cues ``pejorative_words``): "called the
    United States the main threat", "called the sentence unduly harsh", "branded the move a hostile act",
    "described the expulsions as a provocation"; not "called the talks useful"."""
    # "a verdict the State Department called unduly harsh": the noun the clause is on is what it calls so
    objects = children(verb, DIRECT_OBJECTS) or ([verb.head] if verb.dep_ in RELATIVE_CLAUSES else [])
    objects = objects or small_clause_subjects(verb)  # "called Peru's demands absurd", read as a clause with no verb
    said = [
        *small_clauses(verb),
        *children(verb, OBJECT_PREDICATES),
        *prep_objects(verb, AS),
        *(o for t in objects for o in prep_objects(t, AS)),  # "described Colombia's raid as a violation"
        *(a for o in objects for a in children(o, APPOSITIONS)),  # "branded the move a hostile act"
        # "described Chinese actions as illegal", the adjective hung on "as"
        *(a for p in children(verb, PREPOSITIONS) if p.lower_ in AS for a in p.children if a.pos_ == "ADJ"),
        # "called Finland's decision to join NATO a grave mistake", the verdict read as the clause's second object
        *misread_verdicts(objects),
    ]  # fmt: skip
    if not objects or children(verb, NEGATIONS):
        return False
    said += [o for p in said for o in prep_objects(p, ("of",))]  # "an act of aggression"
    return any(
        w.lemma_.lower() in PEJORATIVE or w.lower_ in PEJORATIVE
        for p in said
        for w in (p, *(c for c in p.children if c.dep_ in NOUN_MODIFIERS or c.dep_ in ADVERBS))
    )

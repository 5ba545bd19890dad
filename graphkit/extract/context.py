"""What surrounds an event verb: its polarity, its modality, and whether its clause asserts it.

All walk up from the event verb through the words that govern it: "refused to supply",
"is prepared to give", "considering supplying", "urged Iran to stop".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from graphkit.extract.deps import (
    ACTOR_LABELS,
    ADJECTIVAL_COMPLEMENTS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    ADVERBS,
    ATTRIBUTES,
    AUXILIARIES,
    BASE_FORM,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CLAUSAL_SUBJECTS,
    COMPOUNDS,
    CONJUNCTS,
    CONTENT_CLAUSES,
    DETERMINERS,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    MODAL,
    NEGATIONS,
    NOMINALS,
    OPEN_COMPLEMENTS,
    PASSIVE_SUBJECTS,
    PLURAL_NOUN_TAGS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    ROOTS,
    SINGULAR_TAGS,
    SUBJECTS,
)
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, prep_objects
from graphkit.extract.verbs import phrasal_types, verb_keys
from graphkit.extract.words import MESSAGES
from graphkit.types import Modality, Polarity
from graphkit.vocabulary import cue_words

# Governing words that turn the event they govern into its negation.
NEGATING = cue_words("negating")
SUMMARY_NOUNS = cue_words("summary_nouns")  # "a move Belgrade condemned": the move of the clause before
NEGATING_DETERMINERS = cue_words("negating_determiners")  # "no plans to", "no talks"
EXCLUDING = cue_words("excluding_verbs")  # "ruled out sending troops"
WISHING = cue_words("wishing_verbs")  # "Peru hopes Chile will send aid": Chile's act only hoped for
NEGATING_PREPS = cue_words("negating_preps")  # "ended without agreement", "without consulting Chile"
OPPOSING_PREPS = cue_words("opposing_preps")  # "decided against imposing sanctions"
ALTERNATIVES = cue_words("alternative_markers")  # "abstained rather than veto", "instead of imposing sanctions"
HYPOTHETICAL = cue_words("hypothetical_determiners")  # "any strike on Iran could trigger a war"
INDEFINITE = cue_words("indefinite_articles")  # "a Chinese attack on Taiwan would be catastrophic"
QUESTION_WORDS = cue_words("question_words")  # "whether it would attend": what a question begins with
# Governing words that make the event intended (planned, promised, prepared) or possible.
INTENDED = cue_words("intended")
VOTING = cue_words("voting_verbs")  # "voted to demand ...": the vote demands it (``voted_acts``)
VOTED_ACTS = cue_words("voted_acts")
POSSIBLE = cue_words("possible")
INTENDED_AUX = cue_words("future_auxiliaries")
SCHEDULING = cue_words("scheduling_copulas")  # "is to send": not a controller, so only an infinitive reaches it
POSSIBLE_AUX = cue_words("possible_auxiliaries")
CONDITIONAL_MARKERS = cue_words("conditions")
INVERTING = cue_words("inverting_auxiliaries")  # "Were Washington to cut off aid, ...": a condition
TIME_MARKERS = cue_words("time_markers")  # "when he makes a trip": as certain as its main clause
AHEAD_WORDS = cue_words("ahead_words")  # "ahead of talks", "on the eve of a visit": still to come
AHEAD_PREPS = cue_words("ahead_preps")  # "ahead of", "the run-up to"
PROSPECTS = cue_words("prospect_nouns")  # "cleared the way for a withdrawal": it may come
GOVERNING_PREPS = cue_words("governing_preps")  # "decided on offering": the deciding governs the offer
AWAITED = cue_words("awaiting_words")  # "awaits a withdrawal", "the planned withdrawal": still to come
CARRYING = cue_words("carrying_verbs")  # "will host talks between Peru and Bolivia": as certain as the hosting
CONTROLLERS = NEGATING | INTENDED | POSSIBLE
JOINING_VERBS = cue_words("joining_verbs")  # "joined Peru in condemning": both condemn, as they joined
JOINED_IN = "in"
# Nouns whose "that" clause is reported, not established: "a report that ...", "allegations that ...".
HEARSAY = cue_words("hearsay")
PROPOSED_MESSAGES = cue_words("proposed_messages")  # "a resolution condemning Syria": only once adopted
PROPOSAL_MODIFIERS = cue_words("proposal_modifiers")  # "a draft statement condemning"
UNISSUING = cue_words("unissuing_verbs")  # "vetoed a statement condemning China": none issued
IN = ("in",)  # "in the new thriller, ...": what happens in a work of fiction
HOW = "how"  # "the textbook describes how Ottoman armies besieged Vienna": what it tells
LESSONS = cue_words("history_lessons")  # "the exhibition recounts how ...": history, no news
FICTION = cue_words("fiction_nouns")  # "a thriller in which Russian agents assassinate ...": a story
UNCONFIRMING = cue_words("unconfirming_adverbs")  # "allegedly supplied": possible
ALLEGING = cue_words("alleging_verbs")  # "was arrested for spying": the spying is alleged
ACCUSING = cue_words("accusing_verbs")  # "was accused of killing", with no accuser: alleged
ENDING = cue_words("ending_adverbs")  # "no longer supplies": negated
UNSETTLED = cue_words("unsettled_markers")  # "decides whether to endorse"
OBLIGING = cue_words("obliging_verbs")  # "will have to recognize"
PREVENTING = cue_words("preventing_verbs")  # "to prevent him from fighting"
WARNING_AGAINST = cue_words("warning_against_verbs")  # "warned Riyadh against attacking Yemen": no attack told
AGAINST = "against"
REPORTED_FUTURE = cue_words("reported_future")  # "said they would ...": intended, not possible
SPEECH = cue_words("speech")  # verbs of saying: their subject speaks the clause they govern
BARE_INFINITIVE_VERBS = cue_words("bare_infinitive_verbs")  # "helped Peru rebuild": told, no subjunctive
THREAT = "THREATEN"  # the type of a threat, whose condition is no event
PRESENT = "VBP"  # a present tense not of the third person singular, the form the tagger may give a bare verb
MOBILIZE = "MOBILIZE"  # a show of force: what its purpose says is still to come
DEPLOY = "deploy"  # the lexicon's verb of moving forces, whose themes are the forces
TRANSFER = "transfer"  # the lexicon frame of a verb that gives something to a recipient
DISAPPROVE = "DISAPPROVE"  # an accusation voiced beside an act told is made now, whatever the act's modality
# Nouns whose infinitive is what their owner means to do: "plans to impose", "willingness to hold talks".
INTENTIONS = cue_words("intention_nouns")


FOR = "for"  # the complementizer of a "for ... to" clause
OF = "of"  # "reports of clashes": what a report is of
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # "attacked", "attacks", "attack" with a subject: a finite verb


def governors(verb: Token) -> Iterator[Token]:
    """The words that govern the event ``verb`` as control or complement: "refused" in "refused to supply".

    Climbs open complements (xcomp), adjectival complements ("is prepared to"), clausal complements of a
    controlling word ("denied that", "expected Russia to"), the "that" clause of a reported thing ("a report
    that", "denied allegations that"), and the verb that rules an event noun out ("ruled out sanctions").
    """
    node = verb
    while node.head.i != node.i:
        if shares_governors(node):
            node = node.head  # "failed to arrest and hand over": what governs "arrest" governs "hand over"
            continue
        if node.dep_ in OPEN_COMPLEMENTS | ADJECTIVAL_COMPLEMENTS or (
            node.dep_ in CLAUSAL_COMPLEMENTS and node.head.lemma_ in CONTROLLERS and not summed_up(node)
        ):
            node = node.head
        elif through_preposition(node):
            node = node.head.head  # "has not decided on offering Peru wheat": the deciding governs the offer
        elif (noun := intention_noun(node)) is not None:
            node = noun  # "announced plans to impose ...": the plan governs it, and so does the announcing
            yield node
            if node.dep_ not in DIRECT_OBJECTS:
                return
            node = node.head
        elif (
            content_of(node)
            and node.head.pos_ == "NOUN"
            and node.head.lemma_.lower() in HEARSAY
            and not published_act(node)
        ):
            node = node.head  # "a report that Iran supplied ...": what it reports, not a fact
            yield node
            if node.dep_ not in DIRECT_OBJECTS or node.head.lemma_ not in CONTROLLERS:
                return
            node = node.head  # "denied a report that ...": the denial governs it too
        elif ruled_out(node):
            node = node.head  # "ruled out sanctions on Peru": the ruling out governs the sanctions
        else:
            return
        yield node


def fictional(anchor: Token) -> bool:
    """Whether an event is told as the story of a work of fiction (cues ``fiction_nouns``): in a relative clause
    on one ("a thriller in which Russian agents assassinate a politician"), in what one tells or shows ("the
    novel tells how Russia invaded Finland", "the film depicts Chinese troops invading Taiwan"), or in one ("in the
    new thriller, a rogue agent kidnaps the president"); or as history a lesson or an exhibition retells ("the
    exhibition recounts how Japan attacked Pearl Harbor"; cues ``history_lessons``)."""
    node = anchor
    while True:
        if any(fiction(o) for o in prep_objects(node, IN)):
            return True  # "In the new Hollywood thriller, a rogue CIA agent kidnaps the Russian president"
        if node.head.i == node.i:
            return False
        head = node.head
        inside = (node.dep_ in RELATIVE_CLAUSES and story_clause(node)) or (
            node.dep_ in CLAUSAL_MODIFIERS and node.tag_ == GERUND  # "a film showing ...", not "a film banned by"
        )
        if inside and fiction(head):
            return True
        how = node.dep_ in ADVERBIAL_CLAUSES and any(c.lower_ == HOW for c in node.children)  # "describes how"
        told = (node.dep_ in CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS | DIRECT_OBJECTS or how) and head.pos_ == "VERB"
        if told and any(fiction(s) for s in children(head, SUBJECTS)):
            return True
        # "the museum's exhibition recounts how the Japanese navy attacked Pearl Harbor", "in his lecture, the
        # professor recounted how Iraqi forces invaded Iran": a lesson in history, no news
        if told and any(lesson(t) for t in (*children(head, SUBJECTS), *prep_objects(head, IN))):
            return True
        node = head


def story_clause(clause: Token) -> bool:
    """Whether a relative clause tells what happens in the thing: "in which ...", "where ..."; not "which Iran
    banned", said of the thing itself."""
    return any(
        (c.dep_ in PREPOSITIONS and c.lower_ == "in" and any(o.lower_ == "which" for o in children(c, PREP_OBJECTS)))
        or c.lower_ == "where"
        for c in clause.children
    )


def lesson(noun: Token) -> bool:
    """Whether a noun names a telling of history (cues ``history_lessons``): "exhibition", "textbook", "lecture";
    not a report or a documentary, which tell news."""
    return noun.lemma_.lower() in LESSONS or noun.lower_ in LESSONS


def fiction(noun: Token) -> bool:
    """Whether a noun names a work of fiction: "thriller", "novel", "film" (cues ``fiction_nouns``)."""
    return noun.lemma_.lower() in FICTION or noun.lower_ in FICTION


def sums_up(noun: Token) -> bool:
    """Whether a noun sums up the clause it follows after a comma (cues ``summary_nouns``): "..., a move Belgrade
    condemned", "..., a charge Caracas rejected"."""
    start = noun.left_edge.i
    return noun.lemma_.lower() in SUMMARY_NOUNS and start > noun.sent.start and noun.doc[start - 1].lower_ == ","


def summed_up(clause: Token) -> bool:
    """Whether a clause the parser hung as a complement on a later verb is summed up by that verb's subject, as
    in "Colombia accused Venezuela of ..., a charge Caracas rejected": the charge is rejected, not the clause."""
    governor = clause.head
    return clause.i < governor.i and any(
        sums_up(s) and clause.i < s.i < governor.i for s in governor.children if s.dep_ in SUBJECTS
    )


def through_preposition(verb: Token) -> bool:
    """Whether a verb in "-ing" is governed through a preposition by a controlling word: "decided on offering",
    "refrained from attacking"; or by a joining one: "will join Peru in condemning"."""
    prep = verb.head
    if verb.dep_ not in PREP_COMPLEMENTS or prep.dep_ not in PREPOSITIONS or prep.lower_ not in GOVERNING_PREPS:
        return False
    return prep.head.lemma_ in CONTROLLERS or joined_in(verb)


def joined_in(verb: Token) -> bool:
    """Whether a verb in "-ing" is what its subject joins someone in: "joined Peru in condemning Bolivia"."""
    prep = verb.head
    return verb.dep_ in PREP_COMPLEMENTS and prep.lower_ == JOINED_IN and prep.head.lemma_.lower() in JOINING_VERBS


def joins_in(verb: Token) -> bool:
    """Whether a verb of joining has an act in "-ing" its object joins in: "joined Vietnam in protesting"."""
    return verb.lemma_.lower() in JOINING_VERBS and any(
        joined_in(c) for p in verb.children if p.lower_ == JOINED_IN for c in p.children
    )


def bare_conjunct(verb: Token) -> bool:
    """A coordinated verb that takes its first conjunct's subject and auxiliaries: no subject of its own, and not
    finite ("refused to attack Peru and bombed Bolivia": the bombing is told, not refused)."""
    return (
        verb.dep_ in CONJUNCTS and verb.tag_ not in FINITE_TAGS and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def shares_clause(verb: Token) -> bool:
    """A bare conjunct with no auxiliary of its own, so told as its first conjunct is: "meet" in "will visit and
    meet", "release" in "urged Peru to withdraw and release"; not "was talking" in "... and was talking with".
    A second "to" is no auxiliary of its own: "urged Canada to cut tariffs and to talk with Mexico"."""
    if not bare_conjunct(verb):
        return False
    own = [c for c in verb.children if c.dep_ in AUXILIARIES]
    return not own or (infinitive(verb.head) and all(c.lower_ == "to" for c in own))


def shares_governors(conjunct: Token) -> bool:
    """Whether a bare conjunct is governed as its first conjunct is: "hand over" in "failed to arrest and hand
    over" (not "bombed" in "did not attack Chile and bombed Peru": no governor there)."""
    first = conjunct.head
    if not bare_conjunct(conjunct):
        return False
    governed = first.dep_ in OPEN_COMPLEMENTS | ADJECTIVAL_COMPLEMENTS
    return governed or (first.dep_ in CLAUSAL_COMPLEMENTS and first.head.lemma_ in CONTROLLERS)


def intention_noun(verb: Token) -> Token | None:
    """The intention noun whose infinitive the verb is ("plans to impose", "its refusal to withdraw"), or whose "of
    V-ing" ("no intention of attacking"); else None."""
    head = verb.head
    if verb.dep_ in CLAUSAL_MODIFIERS and infinitive(verb):
        noun = head
    elif verb.dep_ in PREP_COMPLEMENTS and head.dep_ in PREPOSITIONS and head.lower_ == "of" and verb.tag_ == GERUND:
        noun = head.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENTIONS else None


def for_to_clause(verb: Token) -> bool:
    """Whether a verb is a "for ... to" clause, the complement of the word it hangs on: "called for Peru to
    release the fishermen" asks for the release; also as the parser may cut it, "for Peru" on the governing word
    and "to release" a clause of its own ("called for his followers across Iraq to end fighting")."""
    if not infinitive(verb):
        return False
    if any(c.dep_ in MARKERS and c.lower_ == FOR for c in verb.children):
        return True
    if verb.dep_ not in ADVERBIAL_CLAUSES or any(c.dep_ in SUBJECTS for c in verb.children):
        return False  # not cut
    # not "converged on Lima for a rally to protest": an event is no one asked to act
    lexicon = lexicon_of(verb.doc)
    fors = [p for p in verb.head.children if p.dep_ in PREPOSITIONS and p.lower_ == FOR and p.i < verb.i]
    return any(not any(lexicon.noun(o.lemma_.lower()) for o in p.children if o.dep_ in PREP_OBJECTS) for p in fors)


def infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive."""
    return any(c.dep_ in AUXILIARIES and c.lower_ == "to" for c in verb.children)


def published_act(participle: Token) -> bool:
    """Whether a participle says what a message or a report does, no hearsay: "issued a report praising Israel",
    "an Amnesty report accusing Ethiopia of ..." (cues ``messages``)."""
    noun = participle.head
    return participle.dep_ in CLAUSAL_MODIFIERS and participle.tag_ == GERUND and noun.lemma_.lower() in MESSAGES


def message_author(noun: Token) -> Token | None:
    """Who a message or a report names as its author in its own phrase, whose act a participle on it is: "an
    Amnesty International report accusing Ethiopia of ...", "the council's statement condemning" (cues
    ``messages``), or None; not of one still proposed ("vetoed a Council resolution condemning Syria")."""
    if noun.lemma_.lower() not in MESSAGES or noun.lemma_.lower() in PROPOSED_MESSAGES:
        return None
    if any(c.lower_ in PROPOSAL_MODIFIERS for c in noun.children):
        return None  # "a draft statement condemning North Korea": no one condemns yet
    if noun.dep_ in DIRECT_OBJECTS and noun.head.lemma_.lower() in UNISSUING:
        return None  # "vetoed a statement condemning China": none was issued
    return next((c for c in children(noun, COMPOUNDS | POSSESSIVES) if c.ent_type_ in ACTOR_LABELS), None)


def content_of(clause: Token) -> bool:
    """Whether a clause is the content of the noun it hangs on: "a report that Iran supplied ...", also when the
    parser takes it for a relative clause, whose "that" would be a pronoun, not a marker ("Reports that Chile
    attacked Peru are false")."""
    if clause.dep_ in CONTENT_CLAUSES:
        return True
    return clause.dep_ in RELATIVE_CLAUSES and any(c.dep_ in MARKERS and c.lower_ == "that" for c in clause.children)


def polarity_of(verb: Token) -> Polarity:
    """Negative when the verb or a governor is negated, or a governor negates ("refused to"), or its object or
    subject is none ("gave no aid", "no Chilean troops were withdrawn"); two cancel."""
    denying = DIRECT_OBJECTS | PASSIVE_SUBJECTS | SUBJECTS
    negations = negations_on(verb) + sum(1 for c in verb.children if c.dep_ in denying and denied(c))
    if shares_clause(verb):  # "did not attack Chile or shell Bolivia": the shelling is denied too
        negations += sum(1 for c in verb.head.children if c.dep_ in NEGATIONS)
    holder = carrier(verb)
    if holder is not None:  # "refused to host talks between Peru and Bolivia": no talks told
        negations += polarity_of(holder) == "negative"
    for governor in governors(verb):
        negations += governor.lemma_ in NEGATING or excludes(governor)
        negations += negations_on(governor)
    return "negative" if negations % 2 else "positive"


def denied(noun: Token) -> bool:
    """Whether a noun says none was done or given: "no talks"; on a verb's object, "made no commitment to Peru",
    "gave no aid"; also with the "no" the parser hung on a noun before it ("no ceasefire talks")."""
    if any(c.dep_ in DETERMINERS and c.lower_ in NEGATING_DETERMINERS for c in noun.children):
        return True
    first = noun.left_edge  # not "their no-limits partnership": the "no" of a word before the noun
    return (
        first.dep_ in DETERMINERS
        and first.lower_ in NEGATING_DETERMINERS
        and first.head.dep_ in COMPOUNDS
        and first.head.head.i == noun.i
    )


def negations_on(verb: Token) -> int:
    """The negations of a verb: "not", "never", and "no longer" (a negated adverb of ending); of a noun, "no";
    of either, "without" before it, or "rather than" or "instead of" right before its phrase."""
    ended = (c for c in verb.children if c.dep_ in ADVERBS and c.lower_ in ENDING)
    lacking = verb.dep_ in PREP_OBJECTS | PREP_COMPLEMENTS and verb.head.lower_ in NEGATING_PREPS
    # "decided against imposing sanctions": a gerund opposed by a verb that takes no object ("filed a lawsuit
    # against visiting Saudi officials" is against them)
    chooser = verb.head.head
    opposed = (
        verb.dep_ in PREP_COMPLEMENTS
        and verb.head.lower_ in OPPOSING_PREPS
        and chooser.pos_ == "VERB"
        and not children(chooser, DIRECT_OBJECTS)
    )
    start = verb.left_edge.i
    passed_over = start >= 2 and " ".join(t.lower_ for t in verb.doc[start - 2 : start]) in ALTERNATIVES
    return (
        sum(1 for c in verb.children if c.dep_ in NEGATIONS)
        + sum(1 for c in ended if any(n.dep_ in NEGATIONS for n in c.children))
        + denied(verb)
        + lacking
        + opposed
        + passed_over
    )


def _aux_modality(token: Token) -> Modality | None:
    lemmas = {c.lemma_.lower() for c in token.children if c.dep_ in AUXILIARIES}
    if lemmas & REPORTED_FUTURE and reported(token) and not lemmas & (POSSIBLE_AUX - REPORTED_FUTURE):
        return "intended"  # "they said they would press Labour": the future of what was said
    if lemmas & POSSIBLE_AUX:
        return "possible"
    if lemmas & INTENDED_AUX:
        return "intended"
    return None


def inverted_condition(clause: Token) -> bool:
    """Whether a clause is a condition told by inversion, its auxiliary first and before its subject: "Were
    Washington to cut off aid, ...", "Had Russia invaded Finland, ..." (cues ``inverting_auxiliaries``)."""
    if clause.dep_ not in ADVERBIAL_CLAUSES:
        return False
    first = clause.left_edge
    if first.lower_ not in INVERTING:
        return False
    if first.i != clause.i and not (first.head.i == clause.i and first.dep_ in AUXILIARIES):
        return False
    return any(s.i > first.i for s in children(clause, SUBJECTS | PASSIVE_SUBJECTS))


def reported(clause: Token) -> bool:
    """Whether a clause is what a speaker says ("said they would ..."), directly or as a conjunct of it."""
    while clause.dep_ in CONJUNCTS and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in CLAUSAL_COMPLEMENTS and clause.head.lemma_.lower() in SPEECH


def modality_of(verb: Token) -> Modality:
    """``possible`` beats ``intended`` beats ``actual``: the weakest commitment found wins."""
    found: set[str] = set()
    chain = [verb, *governors(verb)]
    # A conjoined verb without its own auxiliary shares its head's: "will visit and meet"; not a finite one, which
    # no auxiliary can govern: in "said Labour would set out plans and attacked the Tory plans" the attack happened.
    if shares_clause(verb):
        chain.append(verb.head)
    if headline_future(verb):
        found.add("intended")
    if any(alleged(node) for node in chain):  # "accused Russia of seeking to buy drones"
        found.add("possible")
    if any(unasserted(node) for node in chain):  # "did not say that Peru attacked Bolivia"
        found.add("possible")
    if any(rumoured(node) for node in chain):  # "unconfirmed reports said Chilean troops had attacked Peru"
        found.add("possible")
    if any(wished_for(node) for node in chain):  # "Peru hopes Chile will send aid to Bolivia"
        found.add("possible")
    if any(asked(node) for node in chain):  # "whether Israel will retaliate remains unclear"
        found.add("possible")
    for below, node in zip([None, *chain], chain, strict=False):
        found.add(_aux_modality(node) or "actual")
        if any(c.dep_ in ADVERBS and c.lower_ in UNCONFIRMING for c in node.children):
            found.add("possible")  # "allegedly supplied arms"
        if node.i != verb.i:
            if node.lemma_ in POSSIBLE or node.lemma_.lower() in HEARSAY:
                found.add("possible")
            elif excludes(node) and negations_on(node):
                found.add("possible")  # "did not rule out imposing sanctions", "... sanctions": an option kept open
            elif voted_act(node, below):
                pass  # "the parliament voted to demand the withdrawal of American troops": the vote demands it
            elif intends(node) or (node.lemma_ in SCHEDULING and scheduled(node, below)):
                found.add("intended")
        if any(c.dep_ in MARKERS and c.lower_ in CONDITIONAL_MARKERS for c in node.children):
            found.add("possible")
        if inverted_condition(node):
            found.add("possible")
    # An event noun its verb schedules: "talks ... will resume", "a visit ... is planned", "it will be their third
    # collaboration" (not "the attack could spark a war": the attack is told, what it may do is not).
    if verb.pos_ in NOMINALS and still_ahead(verb):  # "on the eve of a visit to Nairobi"
        found.add("intended")
    if verb.pos_ in NOMINALS and awaited(verb):  # "is preparing for a Chilean withdrawal", "the planned visit"
        found.add("intended")
    holder = carrier(verb)
    if holder is not None:  # "will host talks between Peru and Bolivia", "offered to broker talks between ..."
        found.add(modality_of(holder))
    if verb.pos_ in NOMINALS and in_prospect(verb):  # "cleared the way for a withdrawal of Chilean troops"
        found.add("possible")
    if verb.pos_ in NOMINALS and hearsay_of(verb):  # "reports of clashes between Chilean and Peruvian troops"
        found.add("possible")
    said_of = verb.pos_ in NOMINALS and verb.dep_ in SUBJECTS | PASSIVE_SUBJECTS | ATTRIBUTES
    if said_of and verb.head.i != verb.i and (intends(verb.head) or modality_of(verb.head) == "intended"):
        found.add("intended")
    if said_of and verb.head.i != verb.i and judged_possible(verb.head):
        found.add("possible")  # "a Chinese invasion of Taiwan remains unlikely", "an attack seems possible"
    if said_of and verb.head.i != verb.i and hypothetical(verb):
        found.add("possible")  # "any Israeli strike on Iran would be a disaster"
    if verb.pos_ in NOMINALS and verb.dep_ in DIRECT_OBJECTS and undergone_if(verb):
        found.add("possible")  # "whether Sweden could have survived a Russian invasion of Finland"
    if yes_no_question(verb):
        found.add("possible")  # "Is Beijing supplying Moscow with weapons?"
    last = chain[-1]  # "plans to go to Lima to meet Peru", "will switch ... when he makes a trip to Ohio"
    if purpose_or_time(last) and last.head.pos_ in ("VERB", "AUX") and not voiced_alongside(last):
        found.add(modality_of(last.head))
    if any(infinitive(n) and n.dep_ in ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS and shows_force(n.head) for n in chain):
        found.add("intended")  # "deployed tanks near Gaza to attack Hamas": the attack is what the tanks are for;
        # "scrambled fighter jets to intercept Chinese bombers" (the parser's open complement)
    holder = event_verb(last)  # "will make his speech during a visit to support X": the visit's purpose
    if holder is not None:
        found.add(modality_of(holder))
    for modality in ("possible", "intended"):
        if modality in found:
            return modality
    return "actual"


def still_ahead(noun: Token) -> bool:
    """Whether an event noun comes after "ahead of", "on the eve of" or "in the run-up to" (cues ``ahead_words``)."""
    prep = noun.head
    return noun.dep_ in PREP_OBJECTS and prep.lower_ in AHEAD_PREPS and prep.head.lower_ in AHEAD_WORDS


def carrier(noun: Token) -> Token | None:
    """The verb an event noun is the object of that makes it happen, whose polarity and modality are the event's
    (cues ``carrying_verbs``): "host" in "will host talks between Peru and Bolivia"; not "condemned the
    fighting", which tells of fighting that happened whatever the condemning."""
    head = noun.head
    if noun.pos_ not in NOMINALS or noun.dep_ not in DIRECT_OBJECTS or head.pos_ != "VERB":
        return None
    return head if head.lemma_.lower() in CARRYING else None


def awaited(noun: Token) -> bool:
    """Whether an event noun is awaited, planned or prepared for (cues ``awaiting_words``): the object of such a verb
    ("awaits a Chilean withdrawal"), its "for" ("is preparing for a withdrawal"), or with such a participle ("the
    planned withdrawal", "a proposed visit")."""
    if any(c.dep_ == ADJECTIVAL_MODIFIER and c.lemma_.lower() in AWAITED for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ in PREP_OBJECTS and head.lower_ == FOR:
        head = head.head
    elif noun.dep_ not in DIRECT_OBJECTS:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in AWAITED


def judged_possible(verb: Token) -> bool:
    """Whether a verb says of its subject only that it may be, by its complement or itself (cues ``possible``):
    "[an invasion] remains unlikely", "[talks] are possible", "[a withdrawal] looks likely"."""
    said = [verb, *(c for c in verb.children if c.dep_ in ADJECTIVAL_COMPLEMENTS | ATTRIBUTES)]
    # not of another act: "[a pullout] was unlikely to revive the plan"
    return any(t.lemma_.lower() in POSSIBLE and not children(t, OPEN_COMPLEMENTS) for t in said)


def hypothetical(noun: Token) -> bool:
    """Whether an event noun, subject of its clause, is only thought of: "any" one whose clause says what it may do
    ("any strike on Iran could trigger a war"), or "a" one whose clause says what it would do or be ("a Chinese
    attack on Taiwan would be catastrophic"); not "the attack could spark a war", nor "an attack could spark a
    war", which may tell of one."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in DETERMINERS}
    auxiliaries = {a.lemma_.lower() for a in children(noun.head, AUXILIARIES)}
    return bool(determiners & HYPOTHETICAL and auxiliaries & POSSIBLE_AUX) or bool(
        determiners & INDEFINITE and auxiliaries & REPORTED_FUTURE
    )


def undergone_if(noun: Token) -> bool:
    """Whether "a" or "any" event noun is what its verb's subject could or would undergo or face, not what it
    did: "could have survived a Russian invasion", "would resist any attack" (its verb under a modal of
    possibility; cues ``possible_auxiliaries``)."""
    determiners = {c.lower_ for c in noun.children if c.dep_ in DETERMINERS}
    auxiliaries = {a.lemma_.lower() for a in children(noun.head, AUXILIARIES)}
    return bool(determiners & (INDEFINITE | HYPOTHETICAL) and auxiliaries & POSSIBLE_AUX)


def yes_no_question(verb: Token) -> bool:
    """Whether a verb's sentence asks whether it is so, its auxiliary before its subject and a question mark at its
    end: "Is Beijing supplying Moscow with weapons?", "Will Iran attack Israel?"; not a question of what, why or
    how, which takes the act as told ("Why did Russia invade Ukraine?")."""
    words = [t for t in verb.sent if not t.is_punct or t.text == "?"]
    if len(words) < 3 or words[-1].text != "?" or words[0].lower_ in QUESTION_WORDS:
        return False
    return words[0].pos_ == "AUX" or words[0].tag_ == MODAL  # "Is", "Did", "Will", "Could"


def in_prospect(noun: Token) -> bool:
    """Whether an event noun is what a noun of what may come is for or of (cues ``prospect_nouns``): "the way for
    a withdrawal", "hopes for a ceasefire", "the prospect of talks"."""
    prep = noun.head
    if noun.dep_ not in PREP_OBJECTS or prep.dep_ not in PREPOSITIONS:
        return False
    # the parser may hang the preposition on the verb: "cleared [the way] [for a withdrawal]"
    holders = [prep.head, *(o for o in prep.head.children if o.dep_ in DIRECT_OBJECTS and o.i < prep.i)]
    return any(h.lemma_.lower() in PROSPECTS for h in holders)


def hearsay_of(noun: Token) -> bool:
    """Whether an event noun is what a report, claim or rumour is of (cues ``hearsay``): "reports of clashes",
    "allegations of torture by the police", "claims of a clash between Muslims and Christians"."""
    prep = noun.head
    return noun.dep_ in PREP_OBJECTS and prep.lower_ == OF and prep.head.lemma_.lower() in HEARSAY


def unasserted(clause: Token) -> bool:
    """Whether a clause is what a negated verb says, means or confirms: "did not say that Peru attacked Bolivia",
    "does not mean that Chile has cut its ties with Peru". Neither told as done nor denied ("denied that" negates,
    through ``polarity_of``)."""
    head = clause.head
    if clause.dep_ not in CLAUSAL_COMPLEMENTS or head.i == clause.i or head.lemma_ in CONTROLLERS:
        return False
    return negations_on(head) > 0


def rumoured(clause: Token) -> bool:
    """Whether a clause is what reports or rumours say (cues ``hearsay``, plural, as the subject of a verb of
    saying): "reports said Chilean troops had attacked Peru" is as possible as "reports that Chilean troops
    attacked". Not "the report said": a document speaks for its author."""
    while clause.dep_ in CONJUNCTS and clause.head.i != clause.i:
        clause = clause.head
    if not reported(clause):
        return False
    speakers = (s for s in clause.head.children if s.dep_ in SUBJECTS and s.tag_ in PLURAL_NOUN_TAGS)
    return any(s.lemma_.lower() in HEARSAY for s in speakers)


def asked(clause: Token) -> bool:
    """Whether a clause is a question asked or left open, not an act told: "whether Israel will retaliate remains
    unclear", "analysts wonder if Chile will attack" (an "if" of condition is no question: it is adverbial)."""
    if clause.dep_ not in CLAUSAL_COMPLEMENTS | CLAUSAL_SUBJECTS:
        return False
    return any(m.lower_ in QUESTION_WORDS for m in children(clause, MARKERS))


def wished_for(clause: Token) -> bool:
    """Whether a clause with a subject of its own is what someone else hopes or wishes (cues ``wishing_verbs``):
    "Peru hopes Chile will send aid" is possible, and no promise of Chile's. A pronoun subject may be the one
    who hopes ("Peru hopes it will send aid"): that stays Peru's intention."""
    head = clause.head
    if clause.dep_ not in CLAUSAL_COMPLEMENTS or head.i == clause.i or not set(verb_keys(head)) & WISHING:
        return False  # by the lemma the model should have given: "hopes" is not "hop"
    return any(c.dep_ in SUBJECTS and c.pos_ != "PRON" for c in clause.children)


def alleged(verb: Token) -> bool:
    """Whether a verb is the "of/for V-ing" of a verb of suspicion ("was arrested for spying", cues
    ``alleging_verbs``) or of an accusation ("was accused of killing", "Amnesty accused police of killing
    protesters", ``accusing_verbs``): alleged, not established; a named accuser's claim is also attributed to
    him."""
    prep = verb.head
    if verb.dep_ not in PREP_COMPLEMENTS or prep.dep_ not in PREPOSITIONS or prep.head.i == prep.i:
        return False
    suspecting = prep.head
    if suspecting.dep_ in DIRECT_OBJECTS:  # "accused Ethiopian forces of killing", the "of" hung on the accused
        suspecting = suspecting.head
    lemma = suspecting.lemma_.lower()
    return lemma in ALLEGING or lemma in ACCUSING


def headline_future(verb: Token) -> bool:
    """Whether a verb is a headline's "to" infinitive with its own subject, the headline future: "Peru to send
    troops to border", "Peru to send troops to border, minister says"."""
    if not infinitive(verb) or not any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return verb.dep_ in ROOTS or (verb.dep_ in CLAUSAL_COMPLEMENTS and verb.head.i > verb.i)


def ruled_out(noun: Token) -> bool:
    """Whether an event noun is the object of a verb that excludes it: "ruled out sanctions on Peru"."""
    return noun.pos_ in NOMINALS and noun.dep_ in DIRECT_OBJECTS and excludes(noun.head)


def excludes(word: Token) -> bool:
    """Whether a governing verb excludes what it governs (cues ``excluding_verbs``, with their particle): "ruled
    out sending troops" sends none; "did not rule out imposing sanctions" leaves them possible."""
    return word.pos_ == "VERB" and verb_keys(word)[0] in EXCLUDING


def voted_act(node: Token, below: Token | None) -> bool:
    """Whether a vote performs the verbal act it governs: a body's vote to demand, condemn or reject something does
    it ("voted to demand the withdrawal of American troops"; cues ``voted_acts``), where a vote to strike or to
    impose sanctions is a plan."""
    return node.lemma_.lower() in VOTING and below is not None and below.lemma_.lower() in VOTED_ACTS


def intends(word: Token) -> bool:
    """Whether a governing word makes what it governs intended (cues ``intended``), by its lemma or the one its
    regular form should have had: the model lemmatizes "hopes" as "hop"."""
    return word.lemma_ in INTENDED or any(key in INTENDED for key in verb_keys(word))


def event_verb(clause: Token) -> Token | None:
    """The verb that takes the noun an infinitive says the purpose of ("held a rally to protest", "during a visit to
    support"): who holds it does what it is for, and the purpose is as certain as that verb."""
    noun = clause.head
    if clause.dep_ not in RELATIVE_CLAUSES | CLAUSAL_MODIFIERS or not infinitive(clause) or noun.pos_ not in NOMINALS:
        return None
    if noun.dep_ not in DIRECT_OBJECTS | PREP_OBJECTS:
        return None
    verb = noun.head.head if noun.dep_ in PREP_OBJECTS else noun.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def shows_force(verb: Token) -> bool:
    """Whether a verb of deploying or sending moves armed forces (the themes of the lexicon's "deploy"): "deployed
    tanks", "massed troops", "sent troops", "called up reservists"; not "mobilized pressure groups to help support
    the rights of Palestinians"."""
    lexicon = lexicon_of(verb.doc)
    deploy = lexicon.verb(DEPLOY)
    if deploy is None or not any(o.lemma_.lower() in deploy.themes for o in children(verb, DIRECT_OBJECTS)):
        return False
    relations = [r for r in map(lexicon.verb, verb_keys(verb)) if r is not None]
    phrasal = MOBILIZE in phrasal_types(verb)  # "called up reservists to fight Hamas"
    return phrasal or any(r.event_type == MOBILIZE or r.frame == TRANSFER for r in relations)


def purpose_or_time(clause: Token) -> bool:
    """Whether a clause says what its main clause's act is for or when it happens ("to meet Peru", "when he makes a
    trip"), or goes along with it ("will tour the region, visiting Peru"): as certain as the main clause."""
    timed = any(c.dep_ in MARKERS | ADVERBS and c.lower_ in TIME_MARKERS for c in clause.children)
    return clause.dep_ in ADVERBIAL_CLAUSES and (infinitive(clause) or timed or bare_participle(clause))


def voiced_alongside(clause: Token) -> bool:
    """Whether a participle after its clause says something or accuses someone ("saying Moscow was culpable",
    "accusing him of spying"), which is said when the clause is told, however certain the clause's own act: "Peru
    will expel the ambassador, accusing him of spying" accuses now."""
    if not bare_participle(clause) or clause.i < clause.head.i:
        return False
    if clause.lemma_.lower() in SPEECH:
        return True
    relations = [r for r in map(lexicon_of(clause.doc).verb, verb_keys(clause)) if r is not None]
    return bool(relations) and all(r.event_type == DISAPPROVE for r in relations)


def bare_participle(clause: Token) -> bool:
    """A participle with no subject or auxiliary of its own: "visiting Peru" in "will tour the region, visiting
    Peru"."""
    return clause.tag_ == GERUND and not any(c.dep_ in SUBJECTS | AUXILIARIES for c in clause.children)


def scheduled(copula: Token, infinitive: Token | None) -> bool:
    """Whether a copula's complement is its own infinitive: "is to visit", not "was right to reject" (the
    parser hangs "to reject" on "was" beside "right") nor "is favourite to win"."""
    while infinitive is not None and infinitive.dep_ in CONJUNCTS:
        infinitive = infinitive.head  # "is to address Congress and meet Bush": "meet" is scheduled as "address" is
    if infinitive is None or infinitive.dep_ not in OPEN_COMPLEMENTS or infinitive.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ADJECTIVAL_COMPLEMENTS | ATTRIBUTES for c in copula.children)


def asserted(verb: Token, relation_of: Callable[[Token], object]) -> bool:
    """False when a governing verb asks for the event rather than stating it ("urged Iran to stop").

    ``relation_of`` gives a word's lexicon relation (or None); relations with ``asserts = false``
    (demand, urge, call on) govern events that are not claimed.
    """
    if condition_of_announced_act(verb, relation_of):
        return False
    node = verb
    while shares_clause(node):  # "urged Peru to withdraw and release ...": the release is asked for too
        node = node.head
    while node.head.i != node.i and (
        node.dep_ in OPEN_COMPLEMENTS | CLAUSAL_COMPLEMENTS | PREP_COMPLEMENTS | PREPOSITIONS
        or for_to_clause(node)
        or (node.dep_ in ADVERBIAL_CLAUSES and infinitive(node))  # "pleaded with Chile to release": parsed as a purpose
        or (node.dep_ in CLAUSAL_MODIFIERS | RELATIVE_CLAUSES and infinitive(node))  # "rejected calls to release"
    ):
        if unsettled(node):
            return False
        child, node = node, node.head
        relation = relation_of(node)
        if relation is not None and not getattr(relation, "asserts", True):
            return False
        if child.dep_ in ADVERBIAL_CLAUSES and infinitive(child) and asks_by_object(node, relation_of):
            return False  # "rejected calls to release Bazoum", the parser hanging the infinitive on the verb
        if condition_of_announced_act(node, relation_of):
            return False  # "will kill him if the government refuses to pull its troops": pulling is the condition
    return True


def asks_by_object(verb: Token, relation_of: Callable[[Token], object]) -> bool:
    """Whether a verb's object is a request or an ultimatum, which asks for what an infinitive on the verb says:
    "rejected calls to release Bazoum", "ignored an ultimatum to withdraw"."""
    objects = (o for o in verb.children if o.dep_ in DIRECT_OBJECTS and o.pos_ in NOMINALS)
    return any((r := relation_of(o)) is not None and not getattr(r, "asserts", True) for o in objects)


def unsettled(node: Token) -> bool:
    """Whether a complement leaves its event open: "whether to endorse", "has to recognize" (an obligation),
    "prevent him from fighting", "warned Peru against attacking", "waited for Peru to release them" (a "for ... to"
    clause)."""
    if any(c.dep_ in MARKERS and c.lower_ in UNSETTLED for c in node.children) or for_to_clause(node):
        return True
    if subjunctive(node):  # "insisted that Peru withdraw", "it is vital that Peru send aid": asked for, not told
        return True
    head = node.head
    if node.dep_ in OPEN_COMPLEMENTS and infinitive(node) and head.lemma_.lower() in OBLIGING:
        return not any(c.dep_ in DIRECT_OBJECTS for c in head.children)  # "has to", not "had the courage to"
    if node.dep_ in PREP_COMPLEMENTS and head.lower_ == AGAINST and head.head.lemma_.lower() in WARNING_AGAINST:
        return True  # "warned Riyadh against attacking Yemen"
    return node.dep_ in PREP_COMPLEMENTS and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING


def subjunctive(clause: Token) -> bool:
    """Whether a clause is in the subjunctive: a base form with a subject of its own and no auxiliary ("that Peru
    withdraw its troops"), which asks for the act ("insisted that", "it is vital that") and does not tell it. Not
    the bare infinitive of "helped Peru rebuild" (cues ``bare_infinitive_verbs``), nor a verb of saying's clause
    with no "that", whose base form is the tagger's slip ("the report said barriers distort the market")."""
    # "insisted that Washington lift": a singular subject's present would be "lifts", so the form is the bare one
    subjects = children(clause, SUBJECTS)  # not "body armor and speedy evacuations appear": two subjects, plural
    singular = all(s.tag_ in SINGULAR_TAGS and not children(s, CONJUNCTS) for s in subjects)
    if clause.dep_ not in CLAUSAL_COMPLEMENTS or not (
        clause.tag_ == BASE_FORM or (clause.tag_ == PRESENT and singular)
    ):
        return False
    head = clause.head.lemma_.lower()
    if head in BARE_INFINITIVE_VERBS or (head in SPEECH and not any(c.dep_ in MARKERS for c in clause.children)):
        return False
    return any(c.dep_ in SUBJECTS for c in clause.children) and not any(c.dep_ in AUXILIARIES for c in clause.children)


def condition_of_announced_act(verb: Token, relation_of: Callable[[Token], object]) -> bool:
    """Whether the verb is the condition of an act announced for the future, a threat or a promise: "will execute
    him unless US forces withdraw", "threatens to kill him if Tokyo does not withdraw". The condition is what
    the threat demands, not an event."""
    if verb.dep_ not in ADVERBIAL_CLAUSES or not any(
        c.dep_ in MARKERS and c.lower_ in CONDITIONAL_MARKERS for c in verb.children
    ):
        return False
    act = verb.head
    if modality_of(act) == "intended":
        return True
    return any(getattr(relation_of(n), "event_type", None) == THREAT for n in (act, *governors(act)))

"""Who does it and to whom: the subject and object tokens of an event word, by dependency pattern.

Each finder returns ``Filler`` records: a token heading a noun phrase, and how many inference steps
(control, a passive, a governed clause) it took to reach it; confidence drops with each step. The
tree walks are in ``tree``, the actors a phrase names in ``actors``, control in ``control``.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.actors import (
    DONE_TO,
    REGIONS,
    actor_count,
    actor_itself,
    actors,
    doerless_device,
    is_collective,
    is_crowd,
    is_group,
    is_party,
    names_actor,
    one_of_sector,
    patrons,
    plain_people,
    related_people,
    the_government,
    unnamed,
)
from graphkit.extract.cameo import ENTRY_PREPS, violent_verb
from graphkit.extract.commitment import HOSTILE, warned_deed
from graphkit.extract.context import (
    DEPLOY,
    HEARSAY,
    INDEFINITE,
    MOBILIZE,
    THREAT,
    event_verb,
    message_author,
    summed_up,
    sums_up,
)
from graphkit.extract.control import controllers, message_issuer
from graphkit.extract.deps import (
    ACTOR_LABELS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    ADVERBIAL_NOUNS,
    ADVERBS,
    AGENTS,
    APPOSITIONS,
    ATTRIBUTES,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CLAUSAL_SUBJECTS,
    COMPOUNDS,
    CONJUNCTS,
    CONTENT_CLAUSES,
    DATIVES,
    DETERMINERS,
    DIRECT_OBJECTS,
    FINITE_VERB_TAGS,
    GERUND,
    INFINITIVE_MARKER,
    MARKERS,
    MODAL,
    NEGATIONS,
    NOMINAL_MODIFIERS,
    NOMINALS,
    NOUN_MODIFIERS,
    OBJECT_PREDICATES,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PAST_PARTICIPLE,
    PAST_TAGS,
    PLURAL_NOUN_TAGS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_CLAUSES,
    RELATIVE_PRONOUN_TAGS,
    ROOTS,
    SUBJECTS,
    TIME_LABELS,
)
from graphkit.extract.event_nouns import FORCE, JOINT, hostile_noun, noun_relation, protest_noun
from graphkit.extract.lexicon import Lexicon, Relation, lexicon_of
from graphkit.extract.mentions import COUNTERPARTS, owned, owner_of, people_or_forces, relative_noun
from graphkit.extract.sites import Filler
from graphkit.extract.tree import (
    children,
    expand,
    first,
    hyphen_prefixes,
    hyphened_word,
    is_passive,
    misread_adjectives,
    nominal_gerund,
    of_kinds,
    participle_on,
    passive_conjunct,
    prep_objects,
    small_clause_subjects,
    with_conjuncts,
    with_counted,
)
from graphkit.extract.verbs import verb_keys, verb_types
from graphkit.extract.words import (
    KNOWLEDGE,
    MESSAGES,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    RELATIVE_PRONOUNS,
    ROLE_HEADS,
    TOPIC_PREPS,
)
from graphkit.vocabulary import cue_sequence, cue_words, quad_class

AUTHOR_PREPS = cue_sequence("author_preps")
AGENTIVE_OF = cue_words("agentive_of_nouns")  # "the withdrawal of Chilean troops": they withdraw
MEASURES = cue_words("event_measures")  # "a new package of sanctions": the package is the sanctions
QUESTION_MARKERS = cue_words("question_markers")  # "an inquiry into whether Chinese firms dumped steel"
VOICED = cue_words("voiced_nouns")  # "the demands of the miners": theirs, named only by their noun
# From a thing to the actor it involves: "the town of Cizre", "a truce with Moslem forces", "a commitment to
# the Zambian people", "a war against Iraq".
LOOK_THROUGH_PREPS = cue_sequence("look_through_preps")
# The other party of an act named by the object: "talks with", "a war against".
PARTY_PREPS = cue_sequence("party_preps")
# where armed forces sent are moved against: "sent troops into Afghanistan", "sent warplanes toward Taiwan"
FORCES_SENT_PREPS = (*ENTRY_PREPS, *cue_sequence("approach_preps"))
MATTER_PREPS = cue_sequence("matter_preps")  # "agreed on a plan with Peru": the partner hung on the matter
FLEEING = cue_words("fleeing_verbs")  # "refugees fleeing the war in Sudan": where they came from
OPPOSING_PREPS = cue_words("opposing_preps")  # "joined the war against Peru": Peru is the enemy, no partner
SUMS = frozenset({"MONEY", "QUANTITY"})  # entity labels of a sum: "$20 million", "1.3 trillion euros"
ALLY_PREPS = cue_sequence("ally_preps")  # "fought alongside Chadian forces against Boko Haram": its enemy is the act's
LEADING = cue_words("leading_verbs")  # "led the Peruvian delegation": whom one leads is one's own side
VOICING = cue_words("voicing_verbs")  # "expressed its opposition to": the subject's own attitude, voiced
ATTITUDE_PREPS = cue_sequence("attitude_preps")  # "opposition to", "disapproval of", "anger at": toward whom
OPPOSITION = cue_words("opposition_nouns")  # "backed the opposition to Bolivia": Bolivia is opposed, not backed
# Types that react to a thing someone else did, as the cooperative ones do too: "condemned the war against Peru" is
# aimed at whoever wages it, not at Peru (see OPPOSING_PREPS)
REACTIONS = frozenset({"DISAPPROVE", "REJECT"})
COMPLEMENT_PREPS = cue_sequence("complement_preps")
VENUE_PREPS = cue_words("venue_preps")  # "talks in Mexico": where they are held, no party
# Types whose act on a thing strikes the place it is in: "bombed targets in Syria", "stormed a police headquarters
# in Afghanistan" act against Syria, Afghanistan.
STRIKES_PLACES = FORCE
FIGHT = "FIGHT"  # "repulsed a rebel attack": force against whose attack it was
HOSTILE_ACTS = HOSTILE - {MOBILIZE}  # acts whose "of" names whom they befell: not a build-up's, whose forces they are
UNTENSED_TAGS = frozenset({"VB", "VBG"})  # "to steal", "trying": no clause of its own to sum up
SUBORDINATE_CLAUSES = OPEN_COMPLEMENTS | ADVERBIAL_CLAUSES | PREP_COMPLEMENTS
HOSTING = "hosts"  # the predicate of hosting: where a thing hosted is, is no guest
CONSULT = "CONSULT"  # meetings, whose "in" and "at" say where they are held
COERCION = "COERCE"  # a coercion's doer is the state of where it was done (``custodians``)
INQUIRY = "INVESTIGATE"  # an inquiry into acts done somewhere is aimed at where they were done
CHARGING = frozenset({INQUIRY, "DISAPPROVE"})  # a case or a charge against people: an inquiry or an accusation
AGAINST = ("against",)  # whom a case or a charge is against
CONTROL = cue_words("control_nouns")  # "took control of the district": the district is taken
TAKING = cue_words("taking_verbs")  # "captured Goma from M23": M23 lost it
PLACE_PREPS = cue_sequence("location_preps")  # where a thing is: "a base in Syria"
SPOT_PREPS = cue_sequence("spot_preps")  # where, through a spot: "at a hotel in Mogadishu"
PROFFERED = cue_words("proffered_nouns")  # "an offer of talks from Seoul": Seoul's offer
CONVICT = "convict"  # the lexicon's verb of conviction (PLOVER SANCTION, mode convict)
BELONG = "belong"  # "accounts belonging to the party": whose a thing is
HOLDING = cue_words("holding_participles")  # "a Greek-owned tanker", "a British-flagged ship": whose it is
DEADLINE_PREPS = cue_sequence("deadline_preps")  # "gave Peru until Friday": a deadline
PLACE_LABELS = frozenset({"GPE"})  # names of countries and cities (not regions or buildings)
AUTHORING = cue_words("authoring_verbs")  # "abuses committed by X", "an appeal lodged by X": X's
# Whom a thing belongs to or serves: "the rights of Palestinians", "a camp for refugees".
HOLDER_PREPS = cue_sequence("holder_preps")
PARTITIVES = cue_words("partitives")
PAIR_WORDS = cue_words("pair_words")  # "the two", "both": two actors told of before
PAIR_NOUNS = cue_words("pair_nouns")  # "the two leaders", "both sides"
PEACEKEEPERS = cue_words("peacekeepers")  # "deployed peacekeepers to Haiti": aid
RELIEF = cue_words("relief_words")  # "dispatched aid ships to Libya": aid
CONCESSIONS = cue_words("concession_themes")  # "granted autonomy to Darfur": conceded, not given as aid
RELIEF_GOODS = cue_words("relief_goods")  # "sent ships carrying food to Cuba": aid
CONVEYING = cue_words("conveying_verbs")  # "ships carrying food to Cuba": where the ships go
OBJECT_VERBS = cue_words("object_verbs")  # "workers abducted in Peru": with no object, a passive
STANCES = cue_words("stances")  # "attacked Japan's fiscal policy": criticized it
CRITICIZE = "criticize"  # the lexicon's verb whose relation force done to a stance takes
SUPPLY = "supply"  # the lexicon's verb whose relation providing peacekeepers takes
COMMUNICATIONS = cue_words("communications")  # things said, not given: "sent a message to"
CHANCES = cue_words("chances")  # chances, not goods: "gave Liverpool the lead"
PERMISSIONS = cue_words("permissions")  # leave, not goods: "granted GW Pharma a licence"
CLAIMING = cue_words("claiming_verbs")  # "an attack claimed by the rebels": theirs; not "islands claimed by China"
LINKING = cue_words("linking_participles")  # "a Russian-linked arson attack": Russia's
BLAMING = cue_words("blaming_verbs")  # "an attack blamed on Boko Haram": theirs
DEVICES = cue_words("attack_devices")  # "a car bomb claimed by ETA killed ...": the device did what ETA did
DEVICE_VERBS = cue_words("device_verbs")  # "a bomb planted by ETA", "a rocket fired by Hamas": ETA's, Hamas's
BLAMED_PREPS = cue_sequence("blamed_preps")  # "blamed on", "attributed to"
NAMING = cue_words("naming_verbs")  # "condemned what it called Chile's aggression": what is condemned
PLACE_PARTS = cue_words("place_parts")
RESTING_PLACES = cue_words("resting_places")  # "the tomb of Arafat": the dead are no party
RELEASES = "releases"  # the lexicon's predicate of setting people free
CUSTODY = cue_words("holding_verbs")  # "activists held in Uganda": Uganda holds them
TAKING_CAPTIVE = cue_words("captive_taking_verbs")  # "kidnapped by al-Shabaab", not "kidnapped in Iraq"
UNDERGONE = cue_words("undergone_nouns")  # "the treatment of Chilean migrants": those it befalls are no party
FORMER = cue_words("former_office")  # "a former employee of Petroperu" is no longer of it
ILLS = cue_words("fought_ills")  # what is fought that is no one: "fight corruption", "fight the epidemic"
CIRCUMSTANCES = cue_words("circumstance_nouns")  # "Argentina's energy crisis forced ...": no one acts
BONDS = cue_words("bond_nouns")  # "Chile and Peru restored diplomatic ties": with each other
COMPANION_ADVERBS = cue_words("companion_adverbs")  # "along with Chile": Chile does it too
ELLIPTIC_VERBS = cue_words("elliptic_verbs")  # "..., as did Uganda": Uganda does it too
ELLIPTIC_MARKERS = cue_words("elliptic_markers")
WITH = "with"
OF = "of"


def warners(verb: Token) -> list[Filler]:
    """Who warns that an act told in the passive with no doer will be done, and so would do it: "Taiwan warned that
    Chinese vessels entering its waters would be fired upon" (``warned_deed``)."""
    return subjects_of(verb.head) if warned_deed(verb) else []


def subjects_of(verb: Token) -> list[Filler]:
    """Who does it: the subject, the agent of a passive, the antecedent of "which", or a controller."""
    if after_bare_preposition(verb):  # "founded by assassinated former president Ruiz": an adjective, no act
        return []
    if dropped_passive(verb):  # "three Chilean workers abducted in Peru": abducted, by no one named
        return []
    participle = participle_on(verb)
    if is_passive(verb) or participle == "passive":  # "was attacked by", "engineers kidnapped by Peruvian rebels"
        agents = [Filler(t, 1) for t in with_conjuncts(prep_objects(verb, ("by",)))]
        agents = agents or [Filler(t, 2) for t in with_conjuncts(shared_agents(verb))]
        return agents or [Filler(f.token, f.steps + 1) for f in warners(verb)]
    direct = unstranded(children(verb, SUBJECTS)) or [c for c in children(verb, CLAUSAL_SUBJECTS) if nominal_gerund(c)]
    direct = direct or misparsed_subject(verb)
    pair = pair_named_before(verb) if len(direct) == 1 and names_pair(direct[0]) else []
    if pair:  # "Xi met Lula in Beijing, and the two leaders signed a dozen agreements": Xi and Lula
        return [Filler(t, 1) for t in pair]
    if direct:
        if direct[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ in RELATIVE_CLAUSES:
            wielders = wielded_by(verb.head)  # "the Taliban planted a bomb that killed four soldiers": the Taliban
            if wielders:
                return [Filler(f.token, f.steps + 1) for f in wielders]
            said = [] if names_actor(verb.head) else said_to_be(verb.head)  # "Chile is the country that sent aid"
            return [Filler(t, 2) for t in said] or [Filler(verb.head, 1)]  # "Russia, which invaded Ukraine"
        named = [*headline_pair(verb, direct[0]), *with_conjuncts(direct)]
        return [f for t in [*named, *companions(verb, named)] for f in acting(t)]
    if misread_main_verb(verb):  # "American airstrikes killed 44 civilians", parsed as "airstrikes [that were] killed"
        return acting(verb.head)
    issuer = message_issuer(verb)
    if issuer is not None:  # "the PKK issued a declaration demanding that ...": the PKK demands
        return [Filler(a.token, a.steps + 1) for a in subjects_of(issuer)]
    holders = event_holders(verb)
    if holders:  # "converged on Santiago for a rally to protest ...": who converged protests
        return holders
    if verb.dep_ in RELATIVE_CLAUSES and any(c.tag_ == INFINITIVE_MARKER for c in verb.children):
        return [Filler(t, 2) for t in said_to_be(verb.head)]  # "Chile was the first country to send aid to Peru"
    author = message_author(verb.head) if participle == "active" else None
    if author is not None:  # "rejected an Amnesty International report accusing it of ...": Amnesty accuses
        return [Filler(author, 2)]
    if participle == "active" and (is_party(verb.head) or unnamed(verb.head)):  # "Peruvian troops attacking
        # Chilean positions", "fired tear gas at demonstrators rallying outside parliament in Tbilisi"
        return [Filler(verb.head, 1)]
    found = controllers(verb)
    if found is None:
        return []
    tokens, _ = found
    return [Filler(t, 1) for t in with_conjuncts(tokens)]


def summarized_authors(verb: Token) -> list[Filler]:
    """Whose act a noun summing up the clause before names, for a clause on the noun that reacts to it: the United
    States in "The United States recognized Kosovo, a move Belgrade condemned" and in "..., a move condemned by
    Belgrade" (cues ``summary_nouns``)."""
    noun = verb.head
    if verb.dep_ in RELATIVE_CLAUSES | CLAUSAL_MODIFIERS and sums_up(noun):
        clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    else:  # "..., a charge Caracas rejected" parsed as the main clause, the clause before as its complement
        clause = next((c for c in children(verb, CLAUSAL_COMPLEMENTS) if summed_up(c)), None)
    # "sentenced Warmbier for trying to steal a banner, a verdict ...": the verdict sums up the sentencing, not
    # the clause of no tense its noun was hung on
    while clause is not None and clause.tag_ in UNTENSED_TAGS and clause.dep_ in SUBORDINATE_CLAUSES:
        clause = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i > verb.i:
        return []
    return [Filler(f.token, f.steps + 1) for f in subjects_of(clause)]


def names_pair(subject: Token) -> bool:
    """Whether a subject names two actors told of before it: "the two", "both", "the two leaders", "both sides"
    (cues ``pair_words``, ``pair_nouns``)."""
    if subject.lower_ in PAIR_WORDS:
        return not subject.ent_type_ or subject.ent_type_ == "CARDINAL"
    counted = any(c.lower_ in PAIR_WORDS and c.dep_ in DETERMINERS | QUANTIFIERS for c in subject.children)
    return counted and subject.lower_ in PAIR_NOUNS


def pair_named_before(verb: Token) -> list[Token]:
    """The two actors of the clause a verb is coordinated with or hangs on, when it names exactly two: its
    subjects and whom they act on ("Xi met Lula ..., and the two ..."; "Chile and Peru met ... and both ...")."""
    node = verb
    climbed = CONJUNCTS | ADVERBIAL_CLAUSES | RELATIVE_CLAUSES | PREP_COMPLEMENTS
    while node.dep_ in climbed and node.head.i != node.i:
        # "hosted Rabin and Arafat at the White House, where the two signed ...": on the verb of the place; "clashed
        # ..., with each side blaming the other": through the preposition
        node = (
            node.head
            if node.dep_ not in RELATIVE_CLAUSES | PREP_COMPLEMENTS
            else next((a for a in node.head.ancestors if a.pos_ in ("VERB", "AUX")), node.head)
        )
        subjects = [t for t in with_conjuncts(children(node, SUBJECTS)) if names_actor(t)]
        if not subjects:
            continue
        acted_on = with_conjuncts(children(node, DIRECT_OBJECTS)) + prep_objects(node, (WITH,))
        found = list(dict.fromkeys([*subjects, *(t for t in acted_on if names_actor(t))]))
        if actor_count(found) == 2:  # "Armenian and Azerbaijani forces": two in one noun
            return found
        # a host or a mediator and the two it brought together: "Clinton hosted Rabin and Arafat ..., the two"
        guests = [t for t in acted_on if names_actor(t)]
        return guests if len(subjects) == 1 and len(guests) == 2 else []
    return []


def companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """The actors who do it "along with" or "together with" its subjects (cues ``companion_adverbs``), on the verb
    before it or on a subject: "Peru, along with Chile, imposed sanctions on Venezuela"; not whom "with" alone names
    ("met with Chile"), nor those after the verb, who are more of its objects ("imposed sanctions on Pompeo, along
    with two dozen other Trump officials")."""
    found = []
    for holder in (verb, *subjects):
        for prep in children(holder, PREPOSITIONS):
            if holder is verb and prep.i > verb.i:
                continue
            if prep.lower_ in COMPANION_ADVERBS:  # "along with": "with" on "along"
                found += prep_objects(prep, (WITH,))
            elif prep.lower_ == WITH and any(a.lower_ in COMPANION_ADVERBS for a in children(prep, ADVERBS)):
                found += children(prep, PREP_OBJECTS)  # "together with": "together" on "with"
    found += elliptic_doers(verb)
    return [t for t in with_conjuncts(found) if names_actor(t)]


def elliptic_doers(verb: Token) -> list[Token]:
    """The subjects of a clause after the verb that repeats its act by an auxiliary alone (cues ``elliptic_verbs``,
    ``elliptic_markers``): "Uganda" in "Kenya condemned the attack, as did Uganda", "and so did the Philippines"."""
    found = []
    for clause in children(verb, ADVERBIAL_CLAUSES | CONJUNCTS):
        if clause.i < verb.i or clause.lemma_.lower() not in ELLIPTIC_VERBS:
            continue
        told = [c for c in clause.children if c.dep_ in MARKERS | ADVERBS and c.lower_ in ELLIPTIC_MARKERS]
        rest = [c for c in clause.children if c.dep_ not in SUBJECTS | MARKERS | COORDINATION_DEPS]
        if told and not rest:
            found += children(clause, SUBJECTS)
    return found


def misparsed_subject(verb: Token) -> list[Token]:
    """The name that opens a sentence whose finite verb has no subject, which the parser took for a compound or
    an adverb of the verb, as it does in short headlines: "Bolivia slams Chile over border closure", "Peru expels
    Chilean diplomat"."""
    if verb.tag_ not in FINITE_VERB_TAGS or children(verb, PASSIVE_SUBJECTS):
        return []
    # a name whose first word the parser took for a gerund with the rest for its object: "Shining Path guerrillas"
    split = [c for c in children(verb, CLAUSAL_SUBJECTS) if c.tag_ == GERUND and c.ent_iob_ == "B"]
    found = [o for c in split for o in children(c, DIRECT_OBJECTS) if names_actor(o)]
    if found:
        return found
    names = [c for c in verb.children if c.dep_ in COMPOUNDS | ADVERBIAL_NOUNS and c.i < verb.i]
    return [c for c in names if c.left_edge.i == c.sent.start and c.ent_type_ != "" and names_actor(c)]


def dropped_passive(verb: Token) -> bool:
    """Whether a past form of a verb never used without its object (cues ``object_verbs``) has a subject and no
    object: a passive whose "were" the parser or a headline dropped ("workers abducted in Peru are still being
    held"). Not where the object is elsewhere: the noun a relative clause hangs on ("the diplomats Chile
    expelled"), or the object of a coordinated verb ("arrested and deported two Peruvians")."""
    if verb.lemma_.lower() not in OBJECT_VERBS or verb.tag_ not in PAST_TAGS or verb.dep_ in RELATIVE_CLAUSES:
        return False
    if not children(verb, SUBJECTS) or children(verb, DIRECT_OBJECTS | DATIVES | AUXILIARIES):
        return False
    return not any(children(c, DIRECT_OBJECTS) for c in verb.conjuncts)


def after_bare_preposition(verb: Token) -> bool:
    """Whether a past form right after a preposition with no object of its own is an adjective the parser read as
    a verb: "founded by assassinated former president Ruiz", "the widow of slain leader Ruiz"."""
    if verb.i == 0 or verb.tag_ not in PAST_TAGS or verb.dep_ in ROOTS:
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ in PREPOSITIONS | AGENTS and not children(before, PREP_OBJECTS | PREP_COMPLEMENTS)


def said_to_be(noun: Token) -> list[Token]:
    """Whom a copula plainly says the noun is: "Chile" in "Chile was the first country to ...", "Chile is the one
    that ..."; not "Chile is not the country that ..." or "Chile would be the first to ..." (negated or modal)."""
    copula = noun.head
    if noun.dep_ not in ATTRIBUTES or any(c.dep_ in NEGATIONS or c.tag_ == MODAL for c in copula.children):
        return []
    return with_conjuncts(children(copula, SUBJECTS))


def unstranded(subjects: list[Token]) -> list[Token]:
    """A verb's subjects but one the parser took from a clause on an earlier one: in "Militants claiming to hold
    three UN workers met Afghan officials" the workers are held, not meeting; and but a title it took for a subject
    of its own, right before the name it titles ("Sudan's army chief Abdel Fattah al-Burhan ruled out talks")."""
    return [
        s
        for s in subjects
        if not any(c.i < s.i for o in subjects if o.i < s.i for c in clauses_on(o)) and not titles_next(s, subjects)
    ]


def titles_next(subject: Token, subjects: list[Token]) -> bool:
    """Whether a subject is a title right before another subject, a person's name: "army chief [Burhan]"; or a
    noun for an ally or a rival right before a name: "Iran's ally [Hezbollah]" (cues ``counterpart_nouns``)."""
    lemma = subject.lemma_.lower()
    labels = {"PERSON"} if lemma in ROLE_HEADS else ACTOR_LABELS if lemma in COUNTERPARTS else set()
    return any(o.left_edge.i == subject.i + 1 and o.ent_type_ in labels for o in subjects)


def clauses_on(noun: Token) -> list[Token]:
    return children(noun, CLAUSAL_MODIFIERS | RELATIVE_CLAUSES)


def headline_pair(verb: Token, subject: Token) -> list[Token]:
    """The first of two names a headline lists with a comma for "and", which the parser leaves as an adverb:
    "Chile, Peru agree to resume talks"."""
    doc = subject.doc
    before = subject.left_edge.i - 2
    if before < 0 or doc[before + 1].lower_ != "," or doc[before].i != doc[before].sent.start:
        return []
    first = doc[before]
    listed = first.head.i == verb.i and first.dep_ in ADVERBIAL_NOUNS | APPOSITIONS and first.ent_type_ != ""
    return [first] if listed and names_actor(first) else []


def event_holders(verb: Token) -> list[Filler]:
    """Who holds the event an infinitive on its noun is for: in "converged on Santiago for a rally to protest X" and
    "held a march to demand Y", those who converged or held it."""
    governor = event_verb(verb)
    if governor is None or lexicon_of(verb.doc).noun(verb.head.lemma_.lower()) is None:
        return []  # "a plan to attack": an intention, whose owner ``controllers`` finds
    return [Filler(t, 1) for t in with_conjuncts(children(governor, SUBJECTS))]


def misread_main_verb(verb: Token) -> bool:
    """Whether the parse took a sentence's main verb for a participle of its subject: a participle with a direct
    object, hanging on the noun that is the root ("American airstrikes killed 44 civilians" with no verb root)."""
    head = verb.head
    return (
        verb.dep_ in CLAUSAL_MODIFIERS
        and head.dep_ in ROOTS
        and head.pos_ in NOMINALS
        and verb.i > head.i
        and bool(children(verb, DIRECT_OBJECTS))
    )


def acting(subject: Token) -> list[Filler]:
    """Who acts through a subject: the subject itself, the author of the event it names ("a car bombing by
    the Islamic State killed ...", "Russia's shelling destroyed ..."), or of the message that speaks for it
    ("a statement from the ministry urged ..."); no one through a state of affairs ("Argentina's energy crisis
    forced Kirchner to ...")."""
    if subject.lemma_.lower() in CIRCUMSTANCES:
        return []
    wielders = drafted_by(subject) if device(subject) else []
    if wielders:  # "a car bomb claimed by ETA killed two policemen": ETA did
        return [Filler(t, 1) for t in wielders]
    if doerless_device(subject):  # "a roadside bomb killed ...": someone unknown, unless the attack it came in is
        # told whose ("in an attack blamed on Islamic State") or it is ("a bombing attributed to ETA")
        found = attack_doers(attack_nouns(subject.head)) or [Filler(t, 1) for t in authors(subject)]
        return found or [Filler(subject)]
    if names_actor(subject):
        return [Filler(subject)]
    if noun_relation(subject, lexicon_of(subject.doc)) is None and subject.lemma_.lower() not in MESSAGES:
        return [Filler(subject)]  # neither an event ("Shelling by X killed ...") nor a message
    return [Filler(t, 1) for t in authors(subject)] or [Filler(subject)]


def actor_objects(
    token: Token,
    preps: tuple[str, ...] | frozenset[str],
    content_first: bool = False,
    located: bool = False,
    done: bool = False,
) -> list[Filler]:
    """Prepositional objects that name actors, looking through a thing to the actor it belongs to or
    involves: "the town of X", "demands from UNITA", "talks with X" (see ``holders``).

    ``located``: a border, coast or outskirts says where it happens, not whom it is done to ("captured a
    stronghold on the Thai border"); troops massed or withdrawn there are aimed at its country, so relations
    that find their target only through a preposition (``preps_only``: MOBILIZE, RETREAT) do not ask it.

    A hostile act's "of", or the "against" of one a possessive says is whose, names whom it befell, no party to
    what is done about it (``befallen``): "protested against the arrest of Imamoglu", "a probe into the killing of
    ...", "backed Somalia in its fight against al Shabaab"; unless the act is the one ``done`` (or threatened)
    itself and the preposition "of": "threatened to attack vehicles in a blockade of Katmandu".
    """
    found = []
    objects = [o for o in party_objects(token, preps) if not (located and o.lemma_.lower() in PLACE_PARTS)]
    # "apologised to Namibia for the genocide of the Herero": where one preposition names an actor, the thing of
    # another is what the act is about, not whom it is done to (things of the same one are looked through: "in
    # the town of Cizre in southeastern Turkey")
    naming = {o.head.lower_ for o in objects if names_actor(o)}
    for obj in objects:
        if names_actor(obj):
            found.append(Filler(obj))
        elif not naming or obj.head.lower_ in naming:
            inner = [
                o
                for o in prep_objects(obj, LOOK_THROUGH_PREPS)
                if names_actor(o)
                and not perpetrator(obj, o)
                and (not befallen(obj, o) or (done and o.head.lower_ == OF))
            ]
            inner = inner or sources(obj, content_first) or owners_of(obj)  # "fired on a Greek-owned tanker"
            # "opened fire on a bus carrying Chinese engineers": whom the thing carries
            inner = inner or [c for c in carriers([obj]) if c.dep_ in DIRECT_OBJECTS | CONJUNCTS and names_actor(c)]
            found.extend(Filler(o, 1) for o in inner)
            if not inner and obj.lemma_.lower() in HEARSAY:  # "looked into reports of abuses by Indonesian
                # forces": whom what is reported is by
                found.extend(Filler(f.token, f.steps + 1) for f in actor_objects(obj, (OF,), content_first))
    # "dropped his objections to Sweden joining NATO": the doer of a gerund the preposition governs; not of "with"
    # ("backed Assad, with Lavrov telling reporters ...": a clause of its own)
    governing = [p for p in children(token, PREPOSITIONS) if p.lower_ in preps and p.lower_ != WITH]
    gerunds = [c for p in governing for c in children(p, PREP_COMPLEMENTS)]
    found += [Filler(s, 1) for g in gerunds if g.tag_ == GERUND for s in children(g, SUBJECTS) if names_actor(s)]
    return found


def party_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` that may be a party to its act: not "with" and a noun
    with a participle on it, a clause of its own ("fought pitched battles, with schoolchildren scampering through
    the alleys"). A gerund with a subject of its own, as the parser may read a noun and the participle on it, stands
    for its subject: "fired tear gas at [students marching] in Santiago"."""
    found = []
    for o in prep_objects(token, preps):
        if o.head.lower_ == WITH and any(c.dep_ in CLAUSAL_MODIFIERS and c.tag_ == GERUND for c in o.children):
            continue
        found += (children(o, SUBJECTS) if o.tag_ == GERUND else []) or [o]
    return found


def authors(noun: Token) -> list[Token]:
    """The actor behind a non-actor noun: "rejected an appeal from Gbagbo", "protested the abuses committed by
    Ugandan soldiers" (the agent of a participle on the noun)."""
    # "attacked Peru's allies": people related to Peru are not Peru
    # "protested the government's new tax": an actor named only by its noun owns its acts too
    owners = [] if relative_noun(noun) else children(noun, POSSESSIVES)
    possessors = [c for c in owners if names_actor(c) or (unnamed(c) and not classifying(c))]
    # "the withdrawal of Peruvian troops from Bolivia": when the "of" names who does it, "from" names no author
    voiced = noun.lemma_.lower() in VOICED  # "the demands by protesters": theirs, named only by their noun
    named = of_doers(noun) or [
        o for o in prep_objects(noun, AUTHOR_PREPS) if names_actor(o) or (voiced and bool(unnamed(o)))
    ]
    # the noun before it: people who made a demand ("bowed to union demands", "met student demands"), a group that
    # did an act of force ("denounced police killings"); not what force was done with ("exchanged artillery fire")
    # nor what it is about ("an arms exports ban")
    if voiced:
        named += [c for c in children(noun, COMPOUNDS) if not names_actor(c) and unnamed(c)]
    elif children(noun, COMPOUNDS) and hostile_noun(noun, lexicon_of(noun.doc)):
        named += groups_before(noun)
    return possessors + named + drafted_by(noun) + misplaced_by(noun) + by_under_of(noun)


def groups_before(noun: Token) -> list[Token]:
    """The groups named only by their noun before a noun: "police" of "police killings" or "a police station";
    not the arms of war ("artillery fire": what force was done with)."""
    arms = lexicon_of(noun.doc).military_arms
    return [c for c in children(noun, COMPOUNDS) if is_group(c) and not names_actor(c) and c.lemma_.lower() not in arms]


def classifying(possessor: Token) -> bool:
    """Whether a plural possessor with "a" before it says what kind of thing its noun is, not whose: "a children's
    hospital", "a women's shelter" (cues ``indefinite_articles``)."""
    return possessor.tag_ in PLURAL_NOUN_TAGS and any(c.lower_ in INDEFINITE for c in children(possessor, DETERMINERS))


def clause_object(obj: Token, verb: Token) -> bool:
    """Whether the parser hung on a verb the object of the clause it governs: "to help government forces battle
    Islamist insurgents", the insurgents being fought, not helped (a clause of the verb's, with no object of its
    own, stands between them)."""
    clauses = children(verb, CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS)
    return any(verb.i < c.i < obj.i and not children(c, DIRECT_OBJECTS) for c in clauses)


RELATIVE_ADVERB = "WRB"  # "where", "when": a relative clause on a place or a time
REGULAR_PAST = "ed"  # the ending of a full verb's past the parser may take for an auxiliary ("wanted"); none has it


def relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause is on, where it is what the clause's verb is done to: "sanctions on four officials
    (whom) it accused of abuses", the clause's own subject doing it; not "officials who accused Peru", nor where a
    preposition of the verb names whom ("the sinking, which it blamed on a North Korean torpedo", "villages they
    had occupied in southern Lebanon")."""
    if verb.dep_ not in RELATIVE_CLAUSES or verb.head.i == verb.i or verb.head.pos_ not in NOMINALS:
        return []
    if any(names_actor(o) for p in children(verb, PREPOSITIONS) for o in children(p, PREP_OBJECTS)):
        return []
    if any(c.tag_ == RELATIVE_ADVERB for c in verb.children):
        return []  # "hosted them in Brasilia, where the two agreed to ...": where, not whom
    if children(verb, OPEN_COMPLEMENTS | CLAUSAL_COMPLEMENTS):
        return []  # "the tree a Christian group plans to put up": the complement's object
    if any(c.dep_ in AUXILIARIES and c.lower_.endswith(REGULAR_PAST) for c in verb.children):
        return []  # "Muslim, who Turkey wanted extradited", "wanted" parsed as an auxiliary: wished, not done
    objects = children(verb, DIRECT_OBJECTS)
    if not all(relative_pronoun(o, verb) for o in objects):
        return []
    subjects = children(verb, SUBJECTS)
    return [verb.head] if subjects and not any(relative_pronoun(s, verb) for s in subjects) else []


def relative_pronoun(token: Token, verb: Token) -> bool:
    """Whether a token is the relative pronoun of the clause ``verb`` heads: "who" in "rebels, who are backed"."""
    return token.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ in RELATIVE_CLAUSES and verb.head.i != verb.i


def drafted_by(noun: Token) -> list[Token]:
    """Who did or made a thing, by the participle on it: its "by" agent ("the abuses committed by Ugandan soldiers",
    "a Security Council resolution drafted by the United States": theirs, not the Council's; "an attack claimed
    by the rebels", for an act) or the name written against it ("a US-drafted resolution", "the Saudi-proposed
    plan"); or whom it is blamed on (``blamed_on``)."""
    participles = [
        c
        for c in children(noun, CLAUSAL_MODIFIERS)
        if c.tag_ == PAST_PARTICIPLE  # by the lemma the model should have given: "staged" is not "stag"
        and authored_by(c, noun)
    ]
    agents = [o for p in participles for o in with_conjuncts(prep_objects(p, ("by",))) if names_actor(o)]
    # "a US-drafted resolution", "a Russian-linked arson attack" (an act linked to whom did it)
    drafted = [c for c in noun.children if c.tag_ == PAST_PARTICIPLE and authored_by(c, noun)]
    # "criticized the plan that Peru proposed": the subject of a relative clause on it, as a participle's agent
    clauses = [c for c in children(noun, RELATIVE_CLAUSES) if set(verb_keys(c)) & AUTHORING and relative_object(c)]
    doers = [s for c in clauses for s in with_conjuncts(children(c, SUBJECTS)) if names_actor(s)]
    return agents + [o for c in drafted for o in hyphen_prefixes(c) if names_actor(o)] + doers + blamed_on(noun)


def authored_by(participle: Token, noun: Token) -> bool:
    """Whether a participle's agent made or did its noun: "committed by", "drafted by" (cues ``authoring_verbs``);
    "claimed by" or "linked" for an act ("an attack claimed by the rebels", "a Russian-linked arson attack", cues
    ``linking_participles``), "planted by", "fired by" for a device of attack ("a bomb planted by ETA", cues
    ``device_verbs``)."""
    keys = set(verb_keys(participle))
    if keys & AUTHORING:
        return True
    return bool((keys & (CLAIMING | LINKING) and claimable(noun)) or (keys & DEVICE_VERBS and device(noun)))


def wielded_by(noun: Token) -> list[Filler]:
    """Who planted, fired or set off a device of attack, named as the subject of the verb it is the object of ("the
    Taliban planted a roadside bomb", cues ``device_verbs``): who did what the device did."""
    if not device(noun) or noun.dep_ not in DIRECT_OBJECTS or not set(verb_keys(noun.head)) & DEVICE_VERBS:
        return []
    return [f for f in subjects_of(noun.head) if names_actor(f.token)]


def attack_nouns(verb: Token) -> list[Token]:
    """The attack a verb's act, or the participle after it, came in: "killed four soldiers in an attack ..."."""
    verbs = [verb, *(c for c in children(verb, ADVERBIAL_CLAUSES) if c.i > verb.i)]
    return [n for v in verbs for n in prep_objects(v, ("in",)) if claimable(n)]


def attack_doers(attacks: list[Token]) -> list[Filler]:
    """Whom an attack is blamed on (``blamed_on``) or done by: "in an attack blamed on Islamic State", "in an attack
    by the PKK"."""
    by = [o for n in attacks for o in prep_objects(n, ("by",)) if names_actor(o)]
    return [Filler(t, 2) for t in (*(t for n in attacks for t in blamed_on(n)), *by)]


def blamed_on(noun: Token) -> list[Token]:
    """Whom an act is blamed on, who did it (cues ``blaming_verbs``): "an attack blamed on Boko Haram", "a bombing
    attributed to the Taliban"; not a thing that is no act ("the deaths blamed on the floods"), nor one a party
    blames on another ("an attack that Iran blamed on Israel": its accusation)."""
    if not claimable(noun):
        return []
    blaming = [
        c for c in children(noun, CLAUSAL_MODIFIERS) if c.tag_ == PAST_PARTICIPLE and c.lemma_.lower() in BLAMING
    ]
    return [o for c in blaming for o in with_conjuncts(prep_objects(c, BLAMED_PREPS)) if names_actor(o)]


def claimable(noun: Token) -> bool:
    """Whether a noun names an act one can claim to have done: an event noun of the lexicon ("attack", "bombing") or a
    device of attack ("a car bomb claimed by ETA", ``device``), not a thing claimed as one's own ("islands claimed by
    China")."""
    return lexicon_of(noun.doc).noun(noun.lemma_.lower()) is not None or device(noun)


def device(noun: Token) -> bool:
    """Whether a noun names a device of attack by its head noun (cues ``attack_devices``): "a car bomb", "a rocket";
    who planted, fired, claimed it or is blamed for it did what it did. Not a gerund ("shelling by Chilean forces")."""
    return noun.pos_ == "NOUN" and noun.tag_ != GERUND and (noun.lemma_.lower() in DEVICES or noun.lower_ in DEVICES)


def of_doers(noun: Token) -> list[Token]:
    """Who does what an event noun of going or moving names through its "of": "the withdrawal of Chilean troops",
    "the visit of the Peruvian president" (cues ``agentive_of_nouns``); the "of" of other event nouns is whom
    the event befell ("the invasion of Ukraine"). What people ask for is theirs also when only their noun names
    them: "accepted the demands of the striking miners" (cues ``voiced_nouns``)."""
    lemma = noun.lemma_.lower()
    if lemma not in AGENTIVE_OF and hyphened_word(noun) not in AGENTIVE_OF:  # "a build-up of Eritrean troops"
        return []
    return [o for o in prep_objects(noun, ("of",)) if names_actor(o) or (lemma in VOICED and bool(unnamed(o)))]


def by_under_of(noun: Token) -> list[Token]:
    """The "by" of an event noun that the parser hung on its "of" phrase: in "the killing of a student by police"
    the police killed; and the "from" of an offer hung so: in "an offer of talks from Seoul" Seoul offers (cues
    ``proffered_nouns``), not in "the killing of civilians from Gaza", whose civilians are from Gaza."""
    proffered = noun.lemma_.lower() in PROFFERED
    if lexicon_of(noun.doc).noun(noun.lemma_.lower()) is None and not proffered:
        return []
    befallen = prep_objects(noun, ("of",))
    preps = ("by", "from") if proffered else ("by",)
    return [a for o in befallen for a in with_conjuncts(prep_objects(o, preps)) if names_actor(a)]


def misplaced_by(noun: Token) -> list[Token]:
    """The "by" of a direct object that the parser hung on its active verb: in "police banned a march by
    students" the students march, and in "condemned the invasion by Iraq" Iraq invaded; an active verb's own
    "by" says how ("by force"), never who. So also under a verb whose doer is its controller ("rallied to protest
    the killing of a student by police"), and for the object of the verb's preposition ("protested against the
    arrests by police")."""
    verb = noun.head
    if noun.dep_ in PREP_OBJECTS and verb.dep_ in PREPOSITIONS:
        verb = verb.head
    elif noun.dep_ not in DIRECT_OBJECTS:
        return []
    if verb.pos_ != "VERB" or is_passive(verb):
        return []
    if not children(verb, SUBJECTS) and controllers(verb) is None:
        return []
    by = [p for p in children(verb, PREPOSITIONS | AGENTS) if p.lower_ == "by" and p.i > noun.i]
    return [o for p in by for o in with_conjuncts(children(p, PREP_OBJECTS)) if names_actor(o)]


def holders(thing: Token, content_first: bool = False, placed: bool = True, struck: bool = False) -> list[Token]:
    """The actors behind a noun that names none: its author ("an appeal from Gbagbo"), or whom its
    content is about ("an allegation that the NPFL took the city"; first when ``content_first``),
    else whom its "of"/"for" phrase names ("the rights of Palestinians", "a camp for refugees"), else, when
    ``placed``, the country or city it is in ("attacked a police headquarters in Afghanistan"); for a thing
    ``struck`` in an attack, the people it carries come first ("ambushed a bus carrying Saudi pilgrims").

    The "of" of an event noun names whom the event befell, not who did it: to denounce "the invasion
    of Ukraine" is to denounce the invader, so only its author ("Russia's invasion") stands for it.
    """
    found = sources(thing, content_first) or freed(thing)
    if found or lexicon_of(thing.doc).noun(thing.lemma_.lower()) is not None or owned(thing):
        return found  # "ordered his men inside the mosque": his men, not the place they are in
    if related_people(thing) or any(m.lower_ in FORMER for m in children(thing, NOUN_MODIFIERS)):
        return []  # "arrested a son of President X": the son is not X, nor "a former employee of X" X
    if thing.lemma_.lower() in RESTING_PLACES | UNDERGONE:
        return []  # "visited the tomb of Yasser Arafat": no meeting with the dead; "the plight of refugees"
    found = owners_of(thing) or [o for o in prep_objects(thing, HOLDER_PREPS) if names_actor(o)]
    if struck:  # "ambushed a convoy carrying Chinese engineers", "a bus carrying 40 people": whom it carries
        carried = [c for c in carriers([thing]) if c.dep_ in DIRECT_OBJECTS | CONJUNCTS]
        found = found or [c for c in carried if names_actor(c)] or [p for c in carried if (p := people_of(c))]
    return found or (places_of(thing) if placed else [])


def owners_of(thing: Token) -> list[Token]:
    """Whom a thing is told to be held by: "a Greek-owned tanker", "positions held by Armenian separatists", "a
    tanker operated by a Greek firm", "accounts belonging to the party", "ships linked to Israel"."""
    held = [c for c in thing.children if c.lower_ in HOLDING]
    owners = [o for c in held for o in hyphen_prefixes(c) if names_actor(o)]
    keepers = [c for c in held if c.dep_ in CLAUSAL_MODIFIERS and c.tag_ == PAST_PARTICIPLE]
    owners += [o for c in keepers for o in with_conjuncts(prep_objects(c, ("by",))) if names_actor(o)]
    # "bank accounts belonging to the opposition party"
    belonging = [c for c in thing.children if c.dep_ in CLAUSAL_MODIFIERS and c.lemma_.lower() == BELONG]
    owners += [o for c in belonging for o in with_conjuncts(prep_objects(c, ("to",))) if names_actor(o)]
    # "ships linked to Israel", "a convoy led by Nigeria": whom it is allied to or led by (cues allegiance_adjectives)
    owners += [o for o in with_conjuncts(patrons(thing)) if names_actor(o)]
    # "accounts belonging to two former ministers", "assets owned by the opposition party": people by their noun
    named = [o for c in (*keepers, *belonging) for o in with_conjuncts(prep_objects(c, ("by", "to")))]
    return owners or [p for o in named if (p := people_of(o)) is not None]


def custodians(theme: Token | None, lexicon: Lexicon) -> list[Filler]:
    """The state that did a coercion a criticism is of, named by where it was done when the noun names no doer:
    "condemned the arrest of opposition leaders in Tanzania" (a state's civil power arrests; not so an attack,
    whose doer the place does not tell). Not whose people were held: "the detention of two British journalists"
    may be anywhere."""
    coerced = noun_relation(theme, lexicon) if theme is not None else None
    if theme is None or coerced is None or coerced.event_type != COERCION:
        return []
    if any(names_actor(t) for t in (*theme.lefts, *prep_objects(theme, ("by",)))):
        return []  # "condemned Peru's arrest of ...": the noun says whose
    # "the crackdown on protesters in Tbilisi", "the ban on rallies in Uganda": where those it fell on were
    fell_on = [o for o in prep_objects(theme, ("on", "of", "against")) if not o.ent_type_]
    return [Filler(t, 2) for t in places_of(theme) or [p for o in fell_on for p in places_of(o)]]


def fled_from(people: Token) -> list[Filler]:
    """Where people a participle says are fleeing came from (cues ``fleeing_verbs``): the actor or the place it
    names, "refugees fleeing Ukraine", "migrants fleeing the war in Sudan"."""
    fleeing = [c for c in children(people, CLAUSAL_MODIFIERS) if c.lemma_.lower() in FLEEING]
    found: list[Filler] = []
    for fled in (o for c in fleeing for o in children(c, DIRECT_OBJECTS)):
        found += [Filler(fled, 1)] if names_actor(fled) else [Filler(p, 2) for p in places_of(fled)]
    return found


def places_of(thing: Token, within: bool = True) -> list[Token]:
    """The country or city a thing is in, which stands for it when nothing else does: attacking "a police
    headquarters in Afghanistan" or "rebel positions in Syria" is acting against Afghanistan or Syria. With
    ``within``, through what it is in or at: "killed 40 villagers in a night-time attack in eastern Congo",
    "killed 20 people at a hotel in Mogadishu", "ambushed an army convoy near Mogadishu" (cues ``spot_preps``), and
    through the whole of a part ("at the gate of a hotel in Mogadishu")."""
    wheres = prep_objects(thing, PLACE_PREPS)
    spots = [place_named(o) for o in wheres]
    found = [o for o in spots if o is not None]
    if found or not within:
        return found
    # "in an ambush in northern Mali", "took to the streets of Havana", "killed 20 people at a hotel in Mogadishu"
    sites = [*wheres, *(o for o in prep_objects(thing, SPOT_PREPS) if o not in wheres)]
    # "detonated a car bomb at the gate of a hotel in Mogadishu": through the whole a part of a thing is of
    sites += [w for o in (thing, *sites) if o.pos_ == "NOUN" for w in prep_objects(o, ("of",)) if w.pos_ == "NOUN"]
    return [p for o in sites if o.pos_ == "NOUN" for p in (*places_of(o, within=False), *place_of_part(o))] or [
        c
        for o in sites
        if o not in wheres
        for c in ([o] if names_place(o) else region_country(o))  # "near Mogadishu", "near the Kenyan town of Mandera"
    ]


def place_named(where: Token) -> Token | None:
    """What names the country or city of a place phrase: its word, a name in apposition ("in the Somali capital
    Mogadishu"), the name before a region's noun ("in Borno state", "in Helmand province"), or the people's
    adjective of a town, a province or a region ("in the Kenyan town of Mandera")."""
    named = next((n for n in (*children(where, APPOSITIONS), where) if names_place(n)), None)
    if named is where and where.pos_ == "NOUN":  # "in Kenya's port of Mombasa", "in Nigeria's public hospitals":
        # the place a thing of a place's is of, not the thing
        owners = [o for o in (*prep_objects(where, ("of",)), *children(where, POSSESSIVES)) if names_place(o)]
        named = first(owners) or named
    return named or first(region_country(where))


def region_country(noun: Token) -> list[Token]:
    """What names the place a region's noun (cues ``region_nouns``) is in: the name before it ("Borno" in "Borno
    state", "Helmand province"), its people's adjective ("Kenyan" in "the Kenyan town of Mandera", "the western
    Mexican state of Michoacan"), else the place its "of" names ("the southwestern city of Cali")."""
    if noun.lemma_.lower() not in REGIONS:
        return []
    modifiers = children(noun, NOUN_MODIFIERS)
    named = [m for m in modifiers if m.dep_ in COMPOUNDS and names_place(m)]
    people = [m for m in modifiers if m.ent_type_ == "NORP" and names_actor(m)]
    return named + people + [o for o in prep_objects(noun, ("of",)) if names_place(o)]


def repelled(attack: Token, verb: Token) -> list[Token]:
    """Whose attack an act of force drives back, named or by their noun: "repelled an attack by rebels", "repulsed a
    rebel attack on Mao", "beat back an assault by militants" (the parser may hang the "by" on the verb)."""
    if not hostile_noun(attack, lexicon_of(attack.doc)):
        return []
    by = [*prep_objects(attack, ("by",)), *([] if is_passive(verb) else prep_objects(verb, ("by",)))]
    # "an attack by three divisions of Iranian Revolutionary Guards": those the units are of
    by = [next((o for o in prep_objects(a, ("of",)) if names_actor(o)), a) for a in by]
    return [a for a in [*by, *children(attack, COMPOUNDS)] if names_actor(a) or unnamed(a, acted_on=True)]


def freed(release: Token) -> list[Token]:
    """Those a release sets free, by its "of" or "for", when it names no one who frees them: "demanded the release of
    Alexei Navalny", "seeks conditional release for a Utah man"."""
    relation = lexicon_of(release.doc).noun(release.lemma_.lower())
    if relation is None or relation.predicate != RELEASES:
        return []
    return [o for o in prep_objects(release, ("of", "for")) if names_actor(o)]


def captors(release: Token) -> list[Token]:
    """Who holds those a release frees, by a participle of holding on them (cues ``holding_verbs``,
    ``captive_taking_verbs``): "the release of two activists held in Uganda", "of aid workers kidnapped by
    al-Shabaab"; not where they were taken ("kidnapped in Iraq")."""
    freed = with_conjuncts(prep_objects(release, ("of",)))
    held = [p for f in freed for p in children(f, CLAUSAL_MODIFIERS) if p.tag_ == PAST_PARTICIPLE]
    keepers = [o for p in held if p.lemma_.lower() in CUSTODY for o in prep_objects(p, ("by", "in"))]
    keepers += [o for p in held if p.lemma_.lower() in TAKING_CAPTIVE for o in prep_objects(p, ("by",))]
    return [o for o in with_conjuncts(keepers) if names_actor(o)]


def scene_of(act: Token) -> list[Token]:
    """Who did an act looked into, named by its participle's "by" ("crimes committed by Burundian security
    forces"), else where it happened: "crimes committed in Burundi", "killings and rapes in Ivory Coast", else the
    people it names by their noun ("three soldiers"); an inquiry into it is aimed at them."""
    acts = with_conjuncts([act])
    # "crimes against humanity committed in Burundi": the participle may hang on any word of the act's phrase
    done = [t for a in acts for t in a.subtree if t.dep_ in CLAUSAL_MODIFIERS and t.tag_ == PAST_PARTICIPLE]
    doers = [o for t in done for a in children(t, AGENTS) for o in with_conjuncts(children(a, PREP_OBJECTS))]
    # "the killing of protesters by police", "allegations of abuse by Burundian soldiers", "Syria's role in": the
    # act's own doer or owner
    named = [*acts, *(o for a in acts for o in prep_objects(a, ("of",)))]
    doers += [o for a in named for o in with_conjuncts([*prep_objects(a, ("by",)), *children(a, POSSESSIVES)])]
    doers += [o for a in acts for o in with_conjuncts(of_doers(a))]  # "the conduct of Australian soldiers"
    # "reports that police tortured detainees": whom the report says did it
    clauses = [c for a in acts for c in children(a, CONTENT_CLAUSES) if any(m.lower_ == "that" for m in c.children)]
    doers += [s for c in clauses for s in with_conjuncts(children(c, SUBJECTS))]
    if any(names_actor(d) for d in doers):
        return [d for d in doers if names_actor(d)]
    # "the deaths of four inmates at a prison in Lima": where those it befell were
    befell = [o for a in acts for o in prep_objects(a, ("of",))]
    places = [p for t in (*acts, *done, *befell) for p in places_of(t)]
    # where no place is named: "an inquiry into three soldiers", "into reports that police beat students", "into
    # the deaths of six miners", people named by their noun, whom canon codes as the investigator's own
    # (``held_at_home``); people, not the airliner of "the crash of the airliner"
    befallen = [d for d in befell if is_group(d)]
    return places or [p for d in (*acts, *befallen, *doers) if (p := people_of(d)) is not None]


def questioned(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Whom a question looked into is about: the actors its clause has for subject, "Cambodian officials" in "are
    looking into whether Cambodian officials took bribes" (cues ``question_markers``)."""
    clauses = [c for p in children(head, PREPOSITIONS) if p.lower_ in preps for c in children(p, PREP_COMPLEMENTS)]
    clauses = [c for c in clauses if any(m.lower_ in QUESTION_MARKERS for m in children(c, MARKERS))]
    return [s for c in clauses for s in with_conjuncts(children(c, SUBJECTS)) if names_actor(s)]


def partners_within(theme: Token | None) -> list[Filler]:
    """Whom what coordinated actors sign or agree is with, told inside it: "signed agreements normalising relations
    with Israel" (not each other)."""
    if theme is None:
        return []
    # not through a relative clause ("ties strained by Riyadh's friendship with Tehran") or sides named "between"
    withs = [t for t in theme.subtree if t.lower_ == "with" and t.dep_ in PREPOSITIONS and plain_path(t, theme)]
    return [Filler(o, 2) for w in withs for o in with_conjuncts(children(w, PREP_OBJECTS)) if names_actor(o)]


def plain_path(token: Token, top: Token) -> bool:
    """Whether the words from ``token`` up to ``top`` pass through no relative clause and no "between"."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in RELATIVE_CLAUSES or node.lower_ == "between":
            return False
        node = node.head
    return not any(c.lower_ == "between" for c in top.children)


def place_of_part(part: Token) -> list[Token]:
    """The city or country a part of a place belongs to: "the streets of Havana", "the centre of Algiers"."""
    return [o for o in prep_objects(part, ("of",)) if names_place(o)]


def names_place(token: Token) -> bool:
    """Whether a token names a country or a city (``PLACE_LABELS``), not a region or a building."""
    return any(span.label_ in PLACE_LABELS for span, _ in actors(token))


def sources(thing: Token, content_first: bool = False) -> list[Token]:
    """Its author, else whom its content is about; the other way round when ``content_first``."""
    return (about(thing) or authors(thing)) if content_first else (authors(thing) or about(thing))


def about(thing: Token) -> list[Token]:
    """The subject of a noun's "that" clause: the actor an allegation, report or claim is about; people have no
    content ("warned rebels that the army would crush ...": the clause is the warning's)."""
    if is_group(thing) or plain_people(thing):
        return []
    clauses = [c for c in children(thing, CONTENT_CLAUSES) if any(m.lower_ == "that" for m in children(c, MARKERS))]
    return [s for c in clauses for s in children(c, SUBJECTS | PASSIVE_SUBJECTS) if names_actor(s)]


def undergoers(tokens: list[Token], steps: int) -> list[Filler]:
    """The actors a verb's objects (or passive subjects) name: themselves, or the holders of a thing."""
    found: list[Filler] = []
    for token in with_conjuncts(tokens):
        if names_actor(token):
            found.append(Filler(token, steps))
        else:
            found.extend(Filler(t, steps + 1) for t in with_conjuncts(holders(token)))
    return found


def up_to(verb: Token) -> list[Token]:
    """The object of "up to" read as a particle and a preposition: "kidnapped up to 16 Russian advisers"."""
    up = [c for c in verb.children if c.lower_ == "up" and c.i == verb.i + 1]
    near = [*verb.children, *(t for u in up for t in u.children)]  # "to" hangs off the verb or off "up"
    return [o for p in near if up and p.lower_ == "to" and p.i == verb.i + 2 for o in children(p, PREP_OBJECTS)]


# what a verb has of its own when it takes no object from the verb coordinated after it
OWN_ARGUMENT_DEPS = DIRECT_OBJECTS | DATIVES | PREPOSITIONS | AGENTS | CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS
COORDINATION_DEPS = frozenset({"cc", "punct"}) | ADVERBS  # "beat, arrested and then charged"


def shared_agents(verb: Token) -> list[Token]:
    """The doers that passive verbs joined together share, told with one of them: "were arrested by Kenyan police and
    charged with espionage" (the police charged them), "were arrested and later deported by Kenyan authorities"."""
    if passive_conjunct(verb):
        return prep_objects(verb.head, ("by",))
    later = [c for c in children(verb, CONJUNCTS) if passive_conjunct(c)]
    return [t for c in later[:1] for t in prep_objects(c, ("by",))]


def shared_object(verb: Token) -> list[Token]:
    """The object a verb with none of its own shares with the verb coordinated right after it, of the same form:
    "beat and arrested dozens of villagers", "criticized and sanctioned Chile"; not a verb with a preposition of its
    own ("retreated to the hills and shelled the town") or another clause between them."""
    if any(c.dep_ in OWN_ARGUMENT_DEPS for c in verb.children):
        return []
    after = next((c for c in children(verb, CONJUNCTS) if c.pos_ == "VERB" and c.i > verb.i), None)
    if after is None or after.tag_ != verb.tag_:
        return []
    if not all(t.dep_ in COORDINATION_DEPS for t in verb.doc[verb.i + 1 : after.i]):
        return []
    objects = [whole_of(d) for d in children(after, DIRECT_OBJECTS) if not clause_object(d, after)]
    return objects or shared_object(after)  # "detained, questioned and released three soldiers"


def misread_neighbour(verb: Token) -> list[Token]:
    """The object of an adjective the parser read as a verb's participle: "accused neighbouring Togo of ..."."""
    return [o for c in misread_adjectives(verb) for o in children(c, DIRECT_OBJECTS) if names_actor(o)]


def named_as(verb: Token) -> list[Token]:
    """What a clause of naming with "what" for its object names, which is the verb's object: "condemned what it
    called Chile's aggression", "denounced what he described as a Peruvian provocation"."""
    found = []
    for clause in children(verb, CLAUSAL_COMPLEMENTS):
        if clause.lemma_.lower() not in NAMING or not any(d.lower_ == "what" for d in children(clause, DIRECT_OBJECTS)):
            continue
        found += children(clause, OBJECT_PREDICATES) or prep_objects(clause, ("as",))
    return found


def joint(noun: Token) -> bool:
    """Whether an event noun is done together with others: "a joint offensive", "combined operations" (cues
    ``joint_modifiers``); whom it is "with" is an ally."""
    return any(c.lower_ in JOINT for c in children(noun, NOUN_MODIFIERS))


def cooperative(event_type: str | None) -> bool:
    """Whether an event type is of verbal or material cooperation (its quad class)."""
    return "cooperation" in (quad_class(event_type) or "")


def voices_own(verb: Token, attitude: Token) -> bool:
    """Whether the verb voices its subject's own attitude, named by its object: "expressed its opposition",
    "voiced disapproval" (cues ``voicing_verbs``); not another's ("voiced Peru's opposition")."""
    return verb_keys(verb)[0] in VOICING and (owned(attitude) or not children(attitude, POSSESSIVES))


def attitude_preps(attitude: Token) -> tuple[str, ...]:
    """The prepositions of whom an attitude is toward: "of" only with no "the" ("disapproval of Peru", "its
    disapproval of Peru"; "the opposition of Peru" is Peru's own)."""
    definite = any(c.lower_ == "the" for c in children(attitude, DETERMINERS))
    return tuple(p for p in ATTITUDE_PREPS if not (definite and p == "of"))


def taken_ones(taken: Token, relation: Relation) -> list[Filler]:
    """Whom a themed thing taken in the passive, handed to no one, stands for, as its object would in the active
    voice: the actors it names ("Ukrainian pilots were trained by Denmark"), its holders, or, for an act done where
    it is, the people it counts ("300 Burmese prisoners were released by Thailand")."""
    found = [t for t in with_conjuncts([taken]) if names_actor(t)]
    found = found or [a for t in with_conjuncts([taken]) for a in holders(t, relation.content)]
    people = people_of(taken) if relation.event_type in lexicon_of(taken.doc).local_types else None
    found = found or ([] if people is None else with_conjuncts([people]))
    return [Filler(t, 1) for t in found]


def objects_of(verb: Token, relation: Relation) -> tuple[list[Filler], Token | None]:
    """Whom it is done to, and the thing concerned (what is given, attacked, lifted): its theme."""
    if relation.frame == "receive":
        return [Filler(t) for t in with_conjuncts(subjects_token_list(verb))], first(children(verb, DIRECT_OBJECTS))
    if is_passive(verb) or participle_on(verb) == "passive":
        # "engineers [who were] kidnapped by rebels"; "journalists were arrested and charged": the journalists
        passive = children(verb, PASSIVE_SUBJECTS) or (
            children(verb.head, PASSIVE_SUBJECTS) if passive_conjunct(verb) else [verb.head]
        )
        # "M23 rebels, who are backed by Rwanda": the relative pronoun stands for the noun the clause is on
        passive = [verb.head if relative_pronoun(p, verb) else p for p in passive]
        # who acts, by the passive's "by": no one it is done to
        agents = {t.i for a in children(verb, AGENTS) for t in with_conjuncts(children(a, PREP_OBJECTS))}
        if relation.frame == "transfer":
            given = first(children(verb, DIRECT_OBJECTS)) or first(prep_objects(verb, ("with",)))
            if given is not None and not intangible(given) and any(actor_itself(p) for p in passive):
                # "Peru was given $10 million by Chile", "Peru was supplied with drones": the subject received it
                return [Filler(t, 1) for t in with_conjuncts(passive) if names_actor(t)], given
            recipients = [a.token for a in actor_objects(verb, ("to", "for"))]
            return [Filler(t, 1) for t in with_conjuncts(recipients)], first(passive)
        if relation.themes and any(is_theme(p, relation) for p in passive):
            # "the paintings were handed back to Peru", "aid to Peru was cut": whom the thing taken is for
            preps = tuple(dict.fromkeys((*relation.preps, *PARTY_PREPS)))
            handed_to = actor_objects(verb, relation.preps) or actor_objects(passive[0], preps)
            # "Kenya's offer was accepted by Ethiopia": the passive's "by" is who acts, not whose the offer was
            handed_to = [f for f in handed_to if f.token.i not in agents]
            if handed_to or relation.preps_only:
                return [Filler(f.token, 1) for f in handed_to], passive[0]
            return taken_ones(passive[0], relation), passive[0]
        if lexicon_of(verb.doc).noun(passive[0].lemma_.lower()) is not None and not names_actor(passive[0]):
            # "a request from Ukraine was rejected by Germany": an ask answered is answered to whose it is
            answered = authors(passive[0]) if passive[0].lemma_.lower() in VOICED else []
            return [Filler(a, 1) for a in answered], passive[0]  # "sanctions on Peru were lifted": the act says whom
        # "a camp for refugees was attacked": the refugees were; a device planted or fired ("a car bomb planted by
        # ETA") is whose weapon it is, no one it is done to
        undergone = [] if device(passive[0]) else undergoers(passive, 1)
        # "crimes committed by Russian and Georgian forces": the crimes' authors are the participle's own agents
        undergone = [f for f in undergone if f.token.i not in agents]
        if not undergone and relation.event_type in STRIKES_PLACES and verb.dep_ in CLAUSAL_MODIFIERS:
            # "a car bomb planted by ETA exploded outside a barracks in Burgos": where the thing done went off
            undergone = [Filler(t, 2) for t in places_of(verb) or places_of(passive[0].head)]
        if not undergone and relation.event_type in lexicon_of(verb.doc).local_types:
            # "protesters were arrested": unnamed actors; not things ("sites seized by gunmen")
            undergone = [Filler(p, 1) for t in with_conjuncts(passive) if (p := people_of(t)) is not None]
        return undergone, None
    direct = [whole_of(d) for d in children(verb, DIRECT_OBJECTS) if not clause_object(d, verb)]
    direct = [people_before(d) or d for d in direct]  # "arrested three men and questioned them": the men
    direct = relative_object(verb) or direct or up_to(verb) or raised(verb) or named_as(verb)
    direct = direct or ([] if relation.preps_only else shared_object(verb))
    # "called Peru's demands absurd": what a verb of naming says something of
    direct = direct or (small_clause_subjects(verb) if verb.lemma_ in NAMING else [])
    direct = direct or misread_neighbour(verb)
    if relation.frame == "direct" and all(d.ent_type_ in TIME_LABELS for d in direct):
        # "gave Iranian diplomats 48 hours to leave", "gave the junta a week": whom the time is given
        direct = [d for d in dative_objects(verb) if names_actor(d)] or direct
    if relation.frame == "direct":
        # "joined the war against Peru", "condemned the war against Peru": the opponent is no partner, nor whom a
        # reaction is aimed at
        reacting = relation.event_type in REACTIONS or cooperative(relation.event_type)
        party_preps = tuple(p for p in PARTY_PREPS if not (reacting and p in OPPOSING_PREPS))
        # "launched a joint operation with Ecuador": whom a joint act of force is with is an ally, no party to it
        allied = any(joint(d) for d in direct) and not cooperative(relation.event_type)
        allies = ALLY_PREPS if allied else ()
        party_preps = tuple(p for p in party_preps if p not in allies)
        found: list[Filler] = []
        theme: Token | None = None
        # a thing handed over targets whom it is handed to, not whom it was of: "returned a statue of Nero to Peru"
        handed = (
            bool(relation.themes)
            and "to" in relation.preps
            and any(actor_objects(t, ("to",)) for t in (verb, *direct))  # "to Peru" on the verb or on the thing
        )
        # "fought corruption in Peru", "is fighting the Ebola outbreak in Peru": an ill fought is no party, nor is
        # where it is; fire exchanged is no fire fought ("exchanged fire with Pakistani troops")
        ill = (
            relation.event_type in STRIKES_PLACES
            and any(d.lemma_.lower() in ILLS for d in direct)
            and any(lexicon_of(verb.doc).verb(k) is relation for k in verb_keys(verb))  # the verb's own sense
        )
        leading = verb.lemma_.lower() in LEADING  # "led the Peruvian delegation": his own side, led, not met
        if not relation.preps_only:
            for obj in direct:
                if leading:
                    theme = theme or obj
                    continue
                # "discussed Peru's loan request with Bjerde": whom one meets or agrees with, not whose the matter is
                met = actor_objects(obj, party_preps) if relation.reciprocal and not actor_itself(obj) else []
                if met:
                    found.extend(met)
                    continue
                # a thing of a themed sense targets whom it faces, not whose it is, wherever the parser hangs the
                # preposition: "closed Venezuela's borders with Brazil"
                themed = relation.themes_only and is_theme(obj, relation)
                themed = themed and not (relation.owner_first and names_actor(obj))  # "let a UN convoy into Gaza"
                attackers = repelled(obj, verb) if themed and relation.event_type == FIGHT else []
                if attackers:  # "repulsed a rebel attack on Mao": whose attack it was, not where
                    theme = theme or obj
                    found.extend(Filler(a, 2) for a in attackers)
                    continue
                facing = (actor_objects(obj, relation.preps) or actor_objects(verb, relation.preps)) if themed else []
                facing = facing or (fled_from(obj) if themed and "from" in relation.preps else [])
                if facing:
                    theme = theme or obj
                    found.extend(facing)
                    continue
                fought_ill = ill and obj.lower_ in ILLS  # "to help fight Ebola": a disease named, no party
                if names_actor(obj) and not (handed and is_theme(obj, relation)) and not fought_ill:
                    # "vetoed a Security Council resolution drafted by the US": the drafter's, not the Council's
                    authored = [] if is_party(obj) else drafted_by(obj)
                    found.extend([Filler(a, 1) for a in authored] or [Filler(obj)])  # not "returned the captured
                    continue  # soldiers to Peru": whom they go to
                theme = theme or obj
                if not ill:  # an ill has no holder and is promised to no one
                    # "promised Peru $10 million": whom it is promised to; "asked Peru a question" is no request
                    promised = [d for d in dative_objects(verb) if names_actor(d)] if not intangible(obj) else []
                    found.extend(Filler(a) for a in promised)
                    if not promised:
                        # a topic's author is a party to talks or a deal; whom or where it concerns is not:
                        # "discussed the situation in Bolivia" meets no one from Bolivia
                        talks = relation.reciprocal and cooperative(relation.event_type)
                        # "hosted radio shows in Amsterdam": where a thing hosted is, is no guest ("visited slums
                        # in Nairobi" visits Kenya)
                        placed = relation.predicate != HOSTING
                        # "attacked police posts and an army base in Myanmar": the things coordinated with it
                        things = [] if handed else [obj, *(c for c in children(obj, CONJUNCTS) if not names_actor(c))]
                        # "demanded 1.3 trillion euros in war reparations from Germany": what an amount is of
                        things = [counted_thing(t) if money(t) else t for t in things]
                        found.extend(
                            Filler(a, 1)
                            for t in things
                            for a in (
                                sources(t, relation.content)
                                if talks
                                else holders(t, relation.content, placed, relation.event_type in STRIKES_PLACES)
                            )
                        )
        lexicon = lexicon_of(verb.doc)
        if not found and theme is not None and relation.event_type in lexicon.origin_types and is_group(theme):
            # "expelled diplomats from Chile", the parser hanging "from" on the verb: the diplomats are Chile's
            found = [Filler(t, 1) for t in with_conjuncts(prep_objects(verb, ("from",))) if names_actor(t)]
        local = relation.event_type in lexicon.local_types
        people = people_of(theme) if local and theme is not None else None
        if people is None and local and theme is not None and not handed:  # "raided the offices of the opposition
            # party", "torched the homes of villagers": those whose the thing is, named by their noun
            people = next((p for o in prep_objects(theme, ("of",)) if (p := people_of(o)) is not None), None)
        # "arrested dozens of protesters in Lagos": the protesters, where they are (not those handed to someone)
        if not found and people is not None and not handed:
            found = [Filler(t, 1) for t in with_conjuncts([people])]  # canon codes them there
        if not found and local and theme is not None and protest_noun(theme):  # "banned a rally by opposition
            # parties", "banned opposition rallies": those whose protest it stops, named by their noun
            protesters = [*prep_objects(theme, ("by",)), *children(theme, COMPOUNDS)]
            found = [Filler(o, 2) for o in protesters if people_of(o) is not None or unnamed(o)]
        if not found:  # "cut ties with Colombia in solidarity with Ecuador": the ties say with whom, wherever the
            # parser hangs the verb's other "with"
            bonds = [d for d in direct if d.lemma_.lower() in BONDS]
            found = [f for d in bonds for f in actor_objects(d, relation.preps)]
        # "pressed him on Ukraine": done to whom the pronoun stands for, not to the matter
        done_to_pronoun = any(d.pos_ == "PRON" and d.lower_ in PRONOUNS_PERSON | PRONOUNS_GROUP for d in direct)
        if not found:  # "fought alongside Chadian forces against Boko Haram", the parser hanging "against" on the ally
            enemy_preps = tuple(p for p in relation.preps if p in OPPOSING_PREPS)
            found = [Filler(f.token, 1) for a in prep_objects(verb, ALLY_PREPS) for f in actor_objects(a, enemy_preps)]
        if not found and theme is not None and not relation.preps_only:  # "filed a case against Nicaragua at the
            # ICJ": whom the thing itself is against, before where it is brought
            found = actor_objects(theme, tuple(p for p in relation.preps if p in OPPOSING_PREPS))
        if not found and not done_to_pronoun:  # "beat up Palestinian detainees on the West Bank": a place, once
            # the target is named
            found = actor_objects(verb, relation.preps, relation.content, located=not relation.preps_only)
        if not found and not done_to_pronoun:  # "dispatched two ships carrying food to Cuba": where the carriers go
            found = [Filler(a.token, a.steps + 1) for p in carriers(direct) for a in actor_objects(p, relation.preps)]
        if not found and relation.preps_only:  # "moved troops to its border with Kuwait", the parser hanging
            # "with" on the verb: whom the border is shared with
            edges = [o for o in prep_objects(verb, relation.preps) if o.lemma_.lower() in PLACE_PARTS]
            found = [Filler(f.token, 1) for f in actor_objects(verb, (WITH,))] if edges else []
        # "agreed on a plan with Peru": the partner hung on the matter, unless the verb names its own ("will meet
        # with reporters on the negotiations with AMC")
        if not found and relation.reciprocal and not prep_objects(verb, relation.preps):
            matters = [o for o in prep_objects(verb, MATTER_PREPS) if not names_actor(o)]
            found = [Filler(f.token, 1) for o in matters for f in actor_objects(o, ("with",))]
        if not found and local:  # "clashed with police", "fired on protesters": unnamed (canon codes them)
            faced = [p for o in party_objects(verb, relation.preps) if (p := people_of(o)) is not None]
            found = [Filler(t, 1) for t in with_conjuncts(faced)]
        if not found and relation.preps_only and local:  # "pulled out of their bases in Mogadishu", "moved troops
            # to bases in Poland": where the thing the preposition names is; not an act's ("withdrew from a ceasefire
            # in Libya"), nor where a thing looked into is ("looking into reports in a Kuwaiti newspaper")
            through = prep_objects(verb, relation.preps)
            things = [o for o in through if not names_actor(o) and not lexicon.noun(o.lemma_.lower())]
            found = [Filler(t, 2) for o in things for t in places_of(o)]
        if relation.preps_only:
            theme = first(direct)
            if not found and theme is not None:  # "refused a request from Human Rights Watch"
                found = [Filler(a, 1) for a in authors(theme)]
        if verb.lemma_.lower() in TAKING or any(control_taken(d) for d in direct):  # "retook Mosul from Islamic
            # State", "took control of the district from government forces": whom it was taken from too
            held = [o for d in direct if control_taken(d) for o in prep_objects(d, ("of",))]
            found += [f for t in (verb, *direct, *held) for f in actor_objects(t, ("from",))]
        if ill:  # "is fighting Ebola with help from Cuba": whom an ill is fought with is no foe
            return expand([f for f in found if f.token.dep_ in DIRECT_OBJECTS | CONJUNCTS]), theme
        # "expressed its opposition to Chile's plan": whom the subject's own attitude is toward
        attitude = theme if theme is not None and voices_own(verb, theme) else None
        if not found and attitude is not None:
            found = [Filler(a.token, a.steps + 1) for a in actor_objects(attitude, attitude_preps(attitude))]
        opposed = reacting and theme is not None and theme.lemma_.lower() in OPPOSITION and attitude is None
        if not found and theme is not None and not opposed:  # "deployed troops in Iraq", "lifted the curfew on Gaza"
            preps = tuple(dict.fromkeys((*relation.preps, *party_preps)))  # "demanded a truce with Moslem forces"
            preps = tuple(p for p in preps if p not in allies)
            located = not relation.preps_only
            found = [Filler(a.token, a.steps + 1) for a in actor_objects(theme, preps, located=located)]
            if not found and counted_amount(theme):  # "pledged 50 million euros in aid to Bangladesh": through
                # what the amount is counted in, where the parser hung it on the verb too
                counted = counted_thing(theme)
                counts = [counted] if counted is not theme else prep_objects(verb, ("in",))
                found = [Filler(a.token, a.steps + 2) for c in counts for a in actor_objects(c, preps, located=located)]
        if not found and theme is not None and relation.event_type in CHARGING and not opposed:
            # "opened a case against soldiers accused of rape", "brought charges against three activists": people
            # named by their noun that a case or a charge is against (coded where they are, canon)
            found = [Filler(p, 2) for o in prep_objects(theme, AGAINST) if (p := people_of(o)) is not None]
        if not found and theme is not None and theme.lemma_.lower() in PERMISSIONS:
            found = [Filler(t, 2) for t in permitted(theme)]  # "refused permission for a Chinese ship to dock"
        if not found and theme is not None and not relation.preps_only:  # "backed his allegations": the one "his"
            # stands for; not where only a preposition names whom ("laid down their arms": their own)
            found = [Filler(t, 1) for t in pronoun_owner_of(theme, verb)]
        if not found and theme is not None and relation.event_type in STRIKES_PLACES:
            found = [Filler(t, 2) for t in places_of(verb)]  # "stormed a police headquarters in Afghanistan"
        if not found and theme is not None and relation.event_type == INQUIRY:
            # "is investigating war crimes committed in Syria", "inspected a nuclear site in Iran" (the parser
            # hanging "in Iran" on the verb)
            found = [Filler(t, 2) for t in scene_of(theme) or places_of(verb, within=False)]
        if not found and relation.event_type == INQUIRY:  # "are looking into whether Cambodian officials took bribes"
            found = [Filler(t, 2) for t in questioned(verb, relation.preps)]
        # "a Nairobi court found two police officers guilty": those convicted, as those charged
        convicted = relation is lexicon.verb(CONVICT)
        public = (relation.event_type in lexicon.faced_public_types or convicted) and not relation.preps_only
        public = public and not leading
        if not found and public and theme is not None and theme in direct:
            found = faced_public(verb, theme)
        if not found and local and theme is not None and not handed and relation.event_type in HOSTILE_ACTS:
            # "attacked a police station", "detained a prominent opposition figure": the group whose the thing or the
            # person is, named by its noun before it
            found = [Filler(c, 1) for c in groups_before(theme)]
        return expand(found), theme
    recipients = dative_objects(verb)
    heads = [verb, *children(verb, PARTICLES)]  # "handed two ETA members over to Spain": "to" on the particle
    recipients += [a.token for h in heads for a in actor_objects(h, ("to", "for"))]
    if not recipients:  # "sent three planes carrying aid to Gaza": where the carriers go
        recipients = [a.token for p in carriers(direct) for a in actor_objects(p, ("to", "for"))]
    # "extradited a Russian programmer wanted on cybercrime charges to the United States": the "to" the parser hung
    # on a participle that says who the person given is
    described = past_participles(direct)
    if not recipients:
        recipients = [a.token for p in described for a in actor_objects(p, ("to",))]
    # "would not extradite the rebel commander to the United States", the "to" hung on the one handed over
    to_the_given = [a.token for d in direct if d.pos_ != "PROPN" for a in actor_objects(d, ("to",))]
    recipients = recipients or to_the_given
    theme = None
    with_things = prep_objects(verb, ("with",))
    # "provided Moscow with drones", "supplied Russia"; never "sells its Suez blend": what is sold is no buyer
    sold_name = bool(direct) and relation.commercial and bool(direct[0].ent_type_)  # a name sold, not a buyer
    # "handed over a Zimbabwean minister to the authorities": with a "to", the object is who or what is given
    given_to = any(prep_objects(h, ("to",)) for h in (*heads, *described)) or bool(to_the_given)
    # a named ship or unit sent is forces moved, no recipient: "dispatched the patrol ship HMS Trent to Guyana"
    named = bool(direct) and any(t.pos_ == "PROPN" for t in (direct[0], *children(direct[0], APPOSITIONS)))
    sent_forces = named and forces_moved(direct[0])  # "sent the aircraft carrier Carl Vinson toward Korea" too
    if direct and (
        with_things or (not recipients and not given_to and is_party(direct[0]) and not sold_name and not sent_forces)
    ):
        handed_things = [d for d in direct[1:] if not is_party(d)]  # "given the Lib Dems the chance": two objects
        recipients = [d for d in direct if d not in handed_things] + recipients
        theme = first(with_things) or first(handed_things)
    elif direct:
        theme = direct[0]
        recipients = recipients or misread_recipients(theme)
    steps = 0
    if not recipients and theme is not None:  # "provides €10 million in aid to the Palestinians", "sent tanks and
        # a medical team to Mali" (the recipient hangs off the last of the things given)
        things = with_conjuncts([theme])
        recipients, steps = [f.token for t in things for f in actor_objects(t, ("to", "for"))], 1
        recipients = recipients or [  # "sent vehicles and a team of engineers to Jordan"
            f.token
            for thing in things
            for t in prep_objects(thing, ("in", "of"))
            for f in actor_objects(t, ("to", "for"))
        ]
    if not recipients and theme is not None and forces_moved(theme):  # "sent troops into Afghanistan": no gift
        recipients = [  # "sent 71 warplanes and nine ships toward Taiwan": on the last of the forces
            f.token
            for f in actor_objects(verb, FORCES_SENT_PREPS)
            or [a for t in with_conjuncts([theme]) for a in actor_objects(t, FORCES_SENT_PREPS)]
        ]
    if not recipients and theme is not None and any(named_among(t, RELIEF_GOODS) for t in with_conjuncts([theme])):
        recipients = [f.token for f in actor_objects(verb, ENTRY_PREPS)]  # "airlifted medicine into Gaza"
    if theme is None:  # "give the green light later today to accession talks", the thing parsed as a dative
        theme = first([d for d in children(verb, DATIVES) if d.pos_ in NOMINALS and not is_party(d)])
    if not recipients:  # "sent food to refugees in Chad": where people named only by their noun are
        nouns = [o for h in heads for o in prep_objects(h, ("to", "for")) if is_group(o) and not actors(o)]
        return [Filler(p, 2) for o in with_conjuncts(nouns) for p in places_of(o) or places_of(verb)], theme
    return [Filler(t, steps) for t in with_conjuncts(recipients)], theme


def control_taken(thing: Token) -> bool:
    """Whether a thing taken is control of something (cues ``control_nouns``): "took control of the district"."""
    return thing.lemma_.lower() in CONTROL and bool(prep_objects(thing, ("of",)))


def counted_amount(thing: Token) -> bool:
    """Whether a thing is an amount, a number before its noun: "50 million euros", "$20 million"."""
    return any(t.like_num for t in thing.subtree if t.i < thing.i)


def money(thing: Token) -> bool:
    """Whether a thing is a sum of money or a quantity, by the entity of its number: "1.3 trillion euros", "$20
    million"; not people counted ("11 truffle hunters")."""
    return any(t.ent_type_ in SUMS for t in thing.subtree if (t.i < thing.i and t.like_num) or t.i == thing.i)


def counted_thing(thing: Token) -> Token:
    """What an amount is counted in, or the event a measure counts, else the thing itself: "aid" in "$300 million
    in military aid", "sanctions" in "a raft of sanctions on Sudan"."""
    counted = prep_objects(thing, ("in",)) if counted_amount(thing) else []
    return counted[0] if counted else measured_event(thing)


def measured_event(thing: Token) -> Token:
    """The event a measure counts, else the thing itself: "sanctions" in "a raft of sanctions on Sudan" (cues
    ``event_measures``)."""
    counted = prep_objects(thing, ("of",)) if thing.lemma_.lower() in MEASURES else []
    return counted[0] if counted else thing


def forces_moved(thing: Token) -> bool:
    """Whether a thing sent is armed forces, which the lexicon's verb of deploying moves: "troops", "warships"."""
    deploy = lexicon_of(thing.doc).verb(DEPLOY)
    return deploy is not None and is_theme(thing, deploy)


def misread_recipients(thing: Token) -> list[Token]:
    """Those given a thing whom the parser hung on it as its modifier: "provided [the Sandinista regime] military
    hardware", "sent Peruvian troops rifles"; not a name of what is given ("sold two million Andes Corp shares").
    A concession, which no name is part of, takes a compound too: "granted [Peru] access" (cues
    ``concession_themes``)."""
    conceded = thing.lemma_.lower() in CONCESSIONS
    modifiers = NOMINAL_MODIFIERS | COMPOUNDS if conceded else NOMINAL_MODIFIERS
    return [c for c in children(thing, modifiers) if c.i < thing.i and is_party(c)]


def befallen(act: Token, inner: Token) -> bool:
    """Whether the "of" of a noun of a hostile act names whom it befell, not a party to what is done about it:
    "protested against the arrest of Ekrem Imamoglu" is against whoever arrested him, "against the suspension of
    EU accession talks" against whoever suspended them (cues of the lexicon: its nouns of force, coercion and
    sanction); so does the "against" of one whose doer a possessive names ("supported Somalia in its fight against al
    Shabaab")."""
    lexicon, lemma = lexicon_of(act.doc), act.lemma_.lower()
    if inner.head.lower_ in OPPOSING_PREPS:  # "backed Somalia in its fight against al Shabaab": no one backed;
        # not an act no one is named for: "called for sanctions against Turkey" asks them of Turkey
        owned_act = bool(children(act, POSSESSIVES))
        relation = (lexicon.noun(lemma) or lexicon.verb(lemma)) if owned_act else None  # "fight", the verb's act
    else:
        relation = lexicon.noun(lemma) if inner.head.lower_ == OF else None
    return relation is not None and relation.event_type in HOSTILE_ACTS


def perpetrator(victims: Token, inner: Token) -> bool:
    """Whether the "of" of a noun for those an act befalls names who did it, not whose they are: "victims of the
    Chilean regime", "victims of Peruvian attacks" (an actor or an act); not "victims of Peru's floods"."""
    if victims.lemma_.lower() not in DONE_TO or inner.head.lower_ != "of":
        return False
    return is_party(inner) or lexicon_of(inner.doc).noun(inner.lemma_.lower()) is not None


def is_theme(thing: Token, relation: Relation) -> bool:
    """Whether a thing, or what it counts ("thousands of troops"), is one of the relation's ``themes`` (by lemma
    or word, with its compound, "ceasefire agreement", or the adjective right before it, "social media"), or the
    relation has none."""
    counted = prep_objects(thing, ("of",))[:1] if is_collective(thing) or thing.lemma_.lower() in MEASURES else []
    keys = [w for t in (thing, *counted) for w in (*noun_keys(t), *described_keys(t))]
    return not relation.themes or any(w in relation.themes for w in keys)


def described_keys(thing: Token) -> tuple[str, ...]:
    """A noun with the adjective right before it, by its lemma and its word: "social media", "political parties"."""
    adjective = next((m.lower_ for m in thing.children if m.dep_ == ADJECTIVAL_MODIFIER and m.i == thing.i - 1), None)
    return (f"{adjective} {thing.lemma_.lower()}", f"{adjective} {thing.lower_}") if adjective is not None else ()


def noun_keys(thing: Token) -> tuple[str | None, ...]:
    """The words a noun is listed by: its lemma, its word, the hyphened word it is part of ("cease-fire": three
    tokens), with a compound ("ceasefire agreement", "drug lord"), a name's kind ("the patrol ship HMS Trent"), and
    with its "of" ("state of siege")."""
    lemma = thing.lemma_.lower()
    compounds = (f"{m.lower_} {lemma}" for m in children(thing, COMPOUNDS))
    # a name's kind before it: "ship" in "the patrol ship HMS Trent"
    kinds = (m.lemma_.lower() for m in children(thing, COMPOUNDS) if thing.pos_ == "PROPN" and m.pos_ == "NOUN")
    return (lemma, thing.lower_, hyphened_word(thing), *compounds, *kinds, *of_kinds(thing))


def named_among(thing: Token, words: frozenset[str]) -> bool:
    """Whether a thing, its modifiers or what it counts ("hundreds of drones") are among ``words``, by lemma or
    word: "fighter jets", "peacekeeping troops"."""
    things = with_counted([thing])
    found = {w for t in things for w in (t.lemma_.lower(), t.lower_)}
    found |= {w for t in things for m in children(t, NOUN_MODIFIERS) for w in (m.lemma_.lower(), m.lower_)}
    return bool(found & words)


def permitted(permission: Token) -> list[Token]:
    """Whom a permission is for, the doer of the act it lets happen, which the parser hangs on the permission or on
    its verb: "refused permission for a Chinese research ship to dock at Colombo"."""
    clauses = [c for h in (permission, permission.head) for c in children(h, ADVERBIAL_CLAUSES)]
    clauses = [c for c in clauses if any(m.lower_ == "for" for m in children(c, MARKERS))]
    return [s for c in clauses for s in with_conjuncts(children(c, SUBJECTS)) if names_actor(s)]


def past_participles(things: list[Token]) -> list[Token]:
    """The past participles that describe things ("a man wanted for fraud", "two suspects accused of spying")."""
    return [p for t in things for p in children(t, CLAUSAL_MODIFIERS) if p.tag_ in PAST_TAGS]


def carriers(things: list[Token]) -> list[Token]:
    """The participles of carrying on things sent, and what they carry, where the parser may hang the "to" of where
    they go: "carrying" in "ships carrying food and medicine", "blankets" in "planes loaded with blankets to Peru"
    (cues ``conveying_verbs``)."""
    found = [p for t in things for p in children(t, CLAUSAL_MODIFIERS) if p.lemma_.lower() in CONVEYING]
    carried = [o for p in found for o in [*children(p, DIRECT_OBJECTS), *prep_objects(p, (WITH,))]]
    return found + with_conjuncts(carried)


def peacekeeping(relation: Relation, forces: Token | None) -> Relation:
    """The relation of moving forces: peacekeepers deployed or sent (cues ``peacekeepers``) provide peacekeeping,
    aid (CAMEO 074), no mobilization against where they go: "deployed 500 peacekeepers to Haiti", "the deployment
    of Chilean peacekeeping troops"; ships or planes of relief, or carrying it, give aid ("dispatched aid ships to
    Libya", "sent two ships carrying food to Cuba"; cues ``relief_words``, ``relief_goods``)."""
    if relation.event_type != MOBILIZE or forces is None:
        return relation
    carried = [o for p in carriers([forces]) for o in with_conjuncts(children(p, DIRECT_OBJECTS))]
    if not named_among(forces, PEACEKEEPERS | RELIEF) and not any(named_among(o, RELIEF_GOODS) for o in carried):
        return relation
    return lexicon_of(forces.doc).verb(SUPPLY) or relation


def pronoun_owner_of(thing: Token, verb: Token) -> list[Token]:
    """The actor a possessive pronoun before a thing stands for ("backed his allegations", "rejected their
    offer"), unless it is the doer's own thing ("suspended its aid", "cut its forces")."""
    if not owned(thing) or people_or_forces(thing):
        return []
    owner = owner_of(thing)
    within = (f.token for f in subjects_of(verb))  # "the cleric Moqtada al-Sadr ordered his men": his own
    if owner is None or any(s.left_edge.i <= owner.start and owner.end <= s.right_edge.i + 1 for s in within):
        return []
    return [owner.root]


def raised(verb: Token) -> list[Token]:
    """The subject of a bare infinitive the verb governs, which is whom the verb acts on: "helped Peru rebuild its
    ports". Not the subject of a clause of its own ("warned Peru would pay", "denied that Peru had")."""
    clauses = children(verb, CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS)  # "pledged to help Bolivia rebuild": an open
    # complement with a subject of its own
    bare = [c for c in clauses if c.tag_ == "VB" and not children(c, AUXILIARIES | MARKERS)]
    return [s for c in bare for s in children(c, SUBJECTS)]


def struck_stance(struck: list[Token]) -> bool:
    """Whether what force (or doubt) strikes is said or decided, so that striking it criticizes (cues ``stances``):
    "attacked Japan's fiscal policy", "a fierce attack on Peru's trade policy", "questioned UN estimates"."""
    return any(whole_of(o).lemma_.lower() in STANCES and not sums_up(o) for o in struck)


def whole_of(thing: Token) -> Token:
    """What a part is part of: "aid" in "suspended part of its aid"; any other thing itself."""
    if thing.lemma_.lower() not in PARTITIVES:
        return thing
    return next(iter(prep_objects(thing, ("of",))), thing)


def office_by_title(token: Token) -> bool:
    """Whether a capitalized title stands alone for its office, no name after it: "Kenya's Director of Public
    Prosecutions", "the Attorney General"; not "President Ruto" (a person named)."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.lemma_.lower() in ROLE_HEADS


def faced_public(verb: Token, theme: Token) -> list[Filler]:
    """People named by their noun whom a state's power, itself named by its noun ("Kenyan police", "the president"),
    accuses, urges or praises: "Kenyan police charged three activists", "the president urged students to return".
    Canon codes them as the public that power faces at home, or drops them (``at_home``). Not an attitude voiced
    ("voiced strong opposition to"), nor a thing said to be left in a state ("ordered all schools closed")."""
    if voices_own(verb, theme) or children(verb, CLAUSAL_COMPLEMENTS | OBJECT_PREDICATES):
        return []
    if not any(s.token.pos_ == "NOUN" or office_by_title(s.token) for s in subjects_of(verb)):
        return []  # a state or a person named by name
    people = people_of(theme)
    return [Filler(t, 1) for t in with_conjuncts([people])] if people is not None else []


def people_of(thing: Token) -> Token | None:
    """The noun for people a theme is or counts: "protesters", "dozens of protesters", "three men"."""
    # "hacked to death a blogger in Dhaka": one of a sector; "fired on the crowd"; "arrested a son of the former
    # president": the son, not his father
    if is_group(thing) or one_of_sector(thing) or is_crowd(thing) or plain_people(thing) or related_people(thing):
        return thing
    counted = prep_objects(thing, ("of",)) if is_collective(thing) else []
    return next((t for t in counted if is_group(t) or plain_people(t)), None)  # "dozens of young men"


def people_before(pronoun: Token) -> Token | None:
    """The people named by their noun that the verb before acted on, for "them" as the object of a verb joined to
    it with no subject of its own: "police arrested three men and questioned them" (the men), where no actor's
    name stands for the pronoun."""
    verb = pronoun.head
    if pronoun.lower_ not in PRONOUNS_GROUP or pronoun.dep_ not in DIRECT_OBJECTS or actors(pronoun):
        return None
    if verb.dep_ not in CONJUNCTS or verb.head.i > verb.i or children(verb, SUBJECTS | PASSIVE_SUBJECTS):
        return None
    people = [p for o in children(verb.head, DIRECT_OBJECTS) if (p := people_of(o)) is not None]
    return people[0] if len(people) == 1 else None


def dative_objects(verb: Token) -> list[Token]:
    """The indirect object, without a preposition: "gave Iran drones", "issued Iran an ultimatum"."""
    return [d for d in children(verb, DATIVES) if d.lower_ not in ("to", "for")]


def subjects_token_list(verb: Token) -> list[Token]:
    return [a.token for a in subjects_of(verb)] if not is_passive(verb) else children(verb, PASSIVE_SUBJECTS)


def givers(verb: Token, relation: Relation) -> list[Filler]:
    """Who gives, for a verb of receiving: "bought drones from Iran" -> Iran; for trade, also where the parser hung
    "from" on what was bought ("bought hundreds of drones from Iran"), not on what was received ("received a
    delegation from Peru": where it came from)."""
    found = prep_objects(verb, ("from",))
    if not found and relation.commercial:
        things = [t for d in children(verb, DIRECT_OBJECTS) for t in (d, *prep_objects(d, ("of",)))]
        found = [g for t in things for g in prep_objects(t, ("from",)) if names_actor(g)]
    return [Filler(t) for t in with_conjuncts(found)]


def complement_targets(verb: Token, relation: Relation) -> list[Filler]:
    """Targets found in the clause the verb governs, for verbs whose act is about another act.

    "threatened to break relations with Russia" -> Russia (the governed verb's object);
    "demanded that the US cancel ..." -> US (the governed clause's subject).
    """
    if relation.complement == "subject":
        # a verb with an object of its own says what it asks for by it: "urged an increase - the UK wants ..." (a
        # clause the parser hung on it) is no demand on the UK
        said = children(verb, CLAUSAL_COMPLEMENTS) if not children(verb, DIRECT_OBJECTS) else []
        clauses = said + children(verb, OPEN_COMPLEMENTS)
        clauses += [
            c for c in children(verb, ADVERBIAL_CLAUSES) if any(m.lower_ == "for" for m in children(c, MARKERS))
        ]
        # "called for Poland to raise its spending": the clause "for X to" is what is called for; of a passive one
        # its doer ("appealed for the prisoners to be freed by the rebels"), not whom it befalls
        subjects = [s for c in clauses for s in (prep_objects(c, ("by",)) if is_passive(c) else children(c, SUBJECTS))]
        # "warned rebels that the army would crush any incursion": the warner's own forces, not whom it warns
        own = relation.event_type == THREAT
        named = [s for s in subjects if names_actor(s) and not (own and the_government(s))]
        lexicon = lexicon_of(verb.doc)
        if not named and relation.event_type in (*lexicon.local_types, *lexicon.faced_public_types):
            # "allowed opposition parties to hold rallies", "ordered students to leave": people named by their noun
            named = [p for s in subjects if (p := people_of(s)) is not None]
        return [Filler(t, 1) for t in with_conjuncts(named)]
    if relation.complement != "object":
        return []
    return governed_targets(children(verb, OPEN_COMPLEMENTS), relation)


def governed_targets(governed: list[Token], relation: Relation) -> list[Filler]:
    """Whom the act an infinitive names is done to, through nested infinitives: "[threatened] to break relations
    with Russia", "[its threat] to strike Iran"."""
    steps = 1
    cooperation = cooperative(relation.event_type)
    while governed:
        clause = governed[0]
        if relation.event_type == THREAT and not (
            verb_types(clause) or children(clause, DIRECT_OBJECTS | OPEN_COMPLEMENTS)
        ):
            return []  # "refugees threatened to cross into Chad": going somewhere threatens no one there
        found = [Filler(o) for o in children(clause, DIRECT_OBJECTS | DATIVES) if names_actor(o)]
        if found and cooperation and violent_verb(clause, verb_keys(clause)) and not children(clause, NEGATIONS):
            return []  # "vowed to crush Peru" agrees to nothing with Peru ("promised not to attack" does)
        # "vowed to defend itself against Peru": whom a promised act opposes is no partner of the promise
        preps = tuple(p for p in COMPLEMENT_PREPS if p not in OPPOSING_PREPS) if cooperation else COMPLEMENT_PREPS
        found += actor_objects(clause, preps, done=True)  # "to attack vehicles in a blockade of Katmandu"
        things = [o for o in children(clause, DIRECT_OBJECTS) if not names_actor(o)]
        found += [a for t in things for a in actor_objects(t, parties_of(t, preps), done=True)]
        if found:
            return [Filler(a.token, a.steps + steps) for a in expand(found)]
        governed, steps = children(clause, OPEN_COMPLEMENTS), steps + 1
    return []


def parties_of(thing: Token, preps: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions of a thing that may name a party: not the topic of knowledge ("intelligence on al-Shabaab",
    cues ``knowledge_nouns``, ``topic_preps``), nor where a meeting is held ("agreed to resume talks in Mexico",
    cues ``venue_preps``)."""
    if thing.lemma_.lower() in KNOWLEDGE:
        return tuple(p for p in preps if p not in TOPIC_PREPS)
    meeting = lexicon_of(thing.doc).noun(thing.lemma_.lower())
    if meeting is not None and meeting.event_type == CONSULT:
        return tuple(p for p in preps if p not in VENUE_PREPS)
    return preps


def intangible(theme: Token) -> bool:
    """Whether a thing given is a thing said ("a message", "interviews", "the green light"), a chance ("the
    lead", "a choice"), leave ("a licence", "an injunction") or time ("gave Peru two weeks to respond")."""
    lemma = theme.lemma_.lower()
    compounds = (f"{m.lower_} {lemma}" for m in children(theme, NOUN_MODIFIERS))
    if theme.ent_type_ in TIME_LABELS:
        return True
    return lemma in COMMUNICATIONS | CHANCES | PERMISSIONS or any(c in COMMUNICATIONS for c in compounds)

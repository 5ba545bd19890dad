"""Events expressed by a noun: "Russia's invasion of Ukraine", "US aid to Ukraine", "imposed sanctions on Iran".

Two patterns, one generator (``nominal_sites``):

- a light verb with an event noun as object ("held talks with", "imposed sanctions on", "launched
  an attack on"): the verb's subject acts, the noun's (or the verb's) prepositional object undergoes;
- a bare event noun whose actor is a modifier or "by X" ("Russia's invasion of Ukraine", "US aid to
  Ukraine", "the invasion of Ukraine by Russia").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphkit.extract.actors import actor_itself, actors, is_collective, is_group, is_party, names_actor, unnamed
from graphkit.extract.arguments import (
    ALLY_PREPS,
    CONSULT,
    CRITICIZE,
    ILLS,
    INQUIRY,
    MATTER_PREPS,
    MEASURES,
    NAMING,
    OPPOSING_PREPS,
    PLACE_PREPS,
    STRIKES_PLACES,
    WITH,
    actor_objects,
    authors,
    blamed_on,
    by_under_of,
    cooperative,
    custodians,
    dative_objects,
    governed_targets,
    holders,
    joint,
    noun_keys,
    of_doers,
    partners_within,
    party_objects,
    peacekeeping,
    people_of,
    place_named,
    places_of,
    questioned,
    scene_of,
    struck_stance,
    subjects_of,
    summarized_authors,
    undergoers,
)
from graphkit.extract.attribution import BLAME_WORDS, CULPRIT_PREPS, harmful, obliged
from graphkit.extract.cameo import MOBILIZE, agreeing_coding, armed_doer, read_verb
from graphkit.extract.commitment import HOSTILE
from graphkit.extract.context import (
    ACCUSING,
    NEGATING,
    THREAT,
    TRANSFER,
    excludes,
    governors,
    infinitive,
    polarity_of,
    through_preposition,
)
from graphkit.extract.deps import (
    ACTOR_MODIFIERS,
    ADJECTIVAL_COMPLEMENTS,
    ADVERBIAL_CLAUSES,
    AGENTS,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CONJUNCTS,
    CONTENT_CLAUSES,
    DIRECT_OBJECTS,
    FINITE_VERB_TAGS,
    GERUND,
    MARKERS,
    NEGATIONS,
    NOMINALS,
    NOUN_MODIFIERS,
    OBJECT_PREDICATES,
    OPEN_COMPLEMENTS,
    ORGANIZATION_LABELS,
    PASSIVE_SUBJECTS,
    PAST_PARTICIPLE,
    POSSESSIVE_PRONOUN_TAGS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_CLAUSES,
    RELATIVE_PRONOUN_TAGS,
    STATE_LABELS,
    SUBJECTS,
    TIME_LABELS,
)
from graphkit.extract.doc_index import tokens_with
from graphkit.extract.event_nouns import FORCE, noun_relation
from graphkit.extract.facing import faced, warned
from graphkit.extract.lexicon import Lexicon, Relation, lexicon_of
from graphkit.extract.mentions import entity_of
from graphkit.extract.pressure import yielding_state
from graphkit.extract.protests import (
    COMPLAIN,
    CROWDLESS_PATTERN,
    abroad,
    by_crowd,
    crowd_scene,
    crowdless_scene,
    home_of,
    names_state,
    protest_places,
)
from graphkit.extract.restrictions import domestic_restriction, own_state
from graphkit.extract.sites import Filler, Site
from graphkit.extract.stopping import PROTEST, STOPPING, stopped_by
from graphkit.extract.tree import (
    children,
    first,
    is_passive,
    nominal_gerund,
    prep_objects,
    with_conjuncts,
)
from graphkit.extract.verbs import light_keys, verb_keys, verb_types
from graphkit.extract.words import RELATIVE_PRONOUNS
from graphkit.types import PUBLIC_PATTERN
from graphkit.vocabulary import cue_sequence, cue_words, quad_class

LIGHT_CONFIDENCE = 0.75
RESPONSE_PREPS = cue_sequence("response_preps")  # "on alert after India's strikes": whom a show of force answers
RESPONSE_MARKERS = cue_words("response_markers")  # "scrambled jets as Chinese aircraft crossed the median line"
RESPONSE_NOUNS = cue_words("response_nouns")  # "in response to North Korean threats"
INTRUDING = cue_words("intruding_verbs")  # "after a Turkish survey ship entered disputed waters": answered
FEARED_NOUNS = cue_words("feared_nouns")  # "amid fears of an Israeli strike": the act feared is answered
FORCE_ACTIVITY = cue_words("force_activity_nouns")  # "in response to Chinese maritime militia activity"
ARMED_MODIFIERS = cue_words("armed_modifiers")  # "naval build-up"
ANSWERED = HOSTILE | {THREAT}  # acts a show of force answers: force, pressure and threats
LIGHT_PATTERN = "light/1"  # an event noun a light verb carries: "imposed sanctions on"
DURING = "during"  # a setting of the clause's act, wherever the parser hung it
WITHHOLDING = "SANCTION"  # a sum frozen, suspended or cut: "froze $20 million in funding to Tanzania"
NOMINAL_CONFIDENCE = 0.6
SETTING_CONFIDENCE = 0.55
BROKERING = cue_words("brokering_verbs")  # "hosted talks between Israel and Hamas": a third side's mediation
MEDIATE = "mediate"  # the lexicon's verb of mediation
SETTING_PATTERN = "setting/1"  # an event noun in the setting of a verb: "pledged $50 million in aid to Peru"
CONDUCT = cue_words("criticized_conduct")  # "the new law came under fire from Brussels": criticized, not shot at
BETWEEN = "between"  # "talks between Chile and Peru": the preposition of an event's two sides
TAKING_PART = cue_words("taking_part")  # "were engaged in fighting with": the subject takes part
CLAUSE_REACH = 3  # clauses up from an attack's own, through participles and conjuncts, to look for whom it struck
STRIKES = cue_words("strike_nouns")  # "carried out air strikes in Afghanistan": strikes hit where they are
RESPONSIBILITY = cue_words("responsibility_nouns")  # "claimed responsibility for the bombing": the claimer did it
ACT_CLAIMING = cue_words("claiming_verbs")  # "Hamas claimed the attack": the claimer did it
OWNING = cue_words("owning_verbs")
SIGNING = cue_words("signing_verbs")  # "signed a ceasefire in Algiers": where it was signed, and an agreement
AGREEMENT = "agreement"  # the lexicon's noun whose relation a ceasefire signed takes
RETREAT = "RETREAT"
COERCE = "COERCE"  # a restriction put on the public: "imposed a nationwide curfew" (extract/restrictions.py)
PEOPLE_STRUCK = STRIKES_PLACES | {COERCE}  # acts done to people named by their noun: "opened fire on protesters"
SETTING_PREPS = cue_words("setting_preps")  # not "for": "blamed X for the bombing of Y", "reservists for a war"
MEETING_SETTING_PREPS = cue_words("meeting_setting_preps")  # "after talks with Boric, Castillo said"
CLASH = "FIGHT"  # the type of the reciprocal nouns of fighting whose "after" frames a verb as talks' does
BEFALLING = cue_sequence("befalling_preps")  # whom a noun of fighting befell: "the invasion of Georgia"
DEMANDING_THREATS = cue_words("demanding_threats")  # "an ultimatum to reinstate Bazoum": what the threatened must do
COMPLAINING = cue_words("complaint_verbs")  # "lodged a protest with Beijing": a complaint
ADDRESSEE_PREPS = cue_sequence("addressee_preps")  # "protested to Peru", "a protest with Beijing": to whom
OF = "of"
IN = "in"
JOINED_PROTEST_PREPS = cue_words("joined_protest_preps")  # "burned their headscarves at demonstrations"
VISITED_PREPS = ("to",)  # "a visit to Chile": where a visit goes, when its relation lists no preposition
OCCASION_PARTS = cue_words("occasion_parts")  # "on the first day of a visit to Chile"
UNDERGOING = cue_words("undergoing")
HEEDING_PREPS = cue_words("heeding_preps")  # "at the request of Sogavare": asked of whoever acted
DYING = cue_words("dying_verbs")  # "four soldiers died in a Chilean air strike": the strike killed them
FORCEFUL = cue_words("forceful_nouns")  # "troops stepped up pressure on": military pressure, no demand
NOUN_CLAUSES = CONTENT_CLAUSES  # "the demand that Israel ease ..."
DEMAND = "DEMAND"
VERBAL_COOPERATION = "verbal cooperation"  # the quad class (plover.toml) of agreeing, meeting, praising, yielding
AIMING = cue_words("aiming_participles")  # "sanctions targeting Russian banks", "drills aimed at Taiwan"
AIMED_PREPS = cue_sequence("aimed_preps")  # "aimed at", "directed against"
BLOCKING = cue_words("blocking_verbs")  # "vetoed EU sanctions on Russia": the sanctions make no claim
REJECT_VERB = "reject"  # the lexicon's verb whose relation a refusal despite an ask takes
MONEY = "MONEY"  # the entity label of a sum, whose "in" names what it is paid in: "$10 million in aid"
NOUNS = frozenset({"NOUN"})  # the part of speech of an event noun (see noun_relation)
GERUNDS = frozenset({GERUND})  # the tag of a gerund that stands for one ("Fighting between Chile and Peru ...")
PURPOSE_PREPS = cue_words("purpose_preps")  # "arrived for talks", "is in Cairo on a visit"
DESTINATION_PREPS = cue_sequence("destination_preps")  # where a traveller went
JOINT_EXERCISE = "joint exercise"  # the lexicon's noun of military cooperation
EXERCISE = "exercise"  # the lexicon's noun of a show of force by drills, held near someone
DEPARTING = cue_words("departing_verbs")  # "left for Chile on a state visit": "for" names where
SETTING_OFF_FOR = "for"
TARGET_PREPS = cue_sequence("target_preps")  # "sanctions on", "attack against", "aid to"
GIVER_PREPS = cue_sequence("source_preps")  # "won backing from Peru", "the support of Peru"


def event_nouns(doc: Doc) -> list[Token]:
    """The nouns of a Doc, with the gerunds the parser read as verbs where a noun stands (``nominal_gerund``)."""
    gerunds = [t for t in tokens_with(doc, "TAG", GERUNDS) if nominal_gerund(t)]
    nouns = list(tokens_with(doc, "POS", NOUNS))
    return sorted(nouns + gerunds, key=lambda t: t.i) if gerunds else nouns


def measured(noun: Token) -> Token:
    """The measure that counts an event noun, which stands in the clause where the noun would: "a fresh round of
    sanctions", "seven hours of talks", "the second stage of joint drills" (cues ``event_measures``); else the
    noun itself."""
    of = noun.head
    if noun.dep_ in PREP_OBJECTS and of.lower_ == OF and of.dep_ in PREPOSITIONS and of.head.lemma_.lower() in MEASURES:
        return of.head
    amount = of.head if of.dep_ in PREPOSITIONS and of.lower_ == IN and noun.dep_ in PREP_OBJECTS else None
    if amount is not None and (amount.ent_type_ == MONEY or children(amount, QUANTIFIERS)):
        return amount  # "announced $50 million in aid for Bolivia", "2 billion crowns in aid": the sum is the aid
    return noun


def received_by_preposition(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the noun is the object of a receiving verb's own preposition: "came under attack" ("come under")."""
    prep = noun.head
    if noun.dep_ not in PREP_OBJECTS or prep.dep_ not in PREPOSITIONS or prep.head.pos_ != "VERB":
        return False
    return any(f"{key} {prep.lower_}" in lexicon.receiving_verbs for key in verb_keys(prep.head))


def light_with_preposition(noun: Token, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether the noun is the object of a light verb's own preposition: "went on strike" ("go on")."""
    prep = noun.head
    verb = preposition_verb(prep)
    if noun.dep_ not in PREP_OBJECTS or prep.dep_ not in PREPOSITIONS or verb is None:
        return False
    return any(lexicon.is_light(f"{key} {prep.lower_}", relation) for key in verb_keys(verb))


def preposition_verb(prep: Token) -> Token | None:
    """The verb a preposition is of: its head, or the verb of the object the parser hung it on ("placed [an
    opposition leader under house arrest]")."""
    if prep.head.pos_ == "VERB":
        return prep.head
    owner = prep.head
    return owner.head if owner.dep_ in DIRECT_OBJECTS and owner.head.pos_ == "VERB" else None


def target_preps(relation: Relation) -> tuple[str, ...]:
    """The prepositions whose objects an event noun is done to: its relation's and the usual ones ("sanctions on",
    "talks with"), or only its relation's (``noun_preps_only``: drills "off" Peru, not "with" Peru). Not, for
    cooperation, who it is against: "a joint operation against the rebels" cooperates with the rebels' foes."""
    preps = relation.preps if relation.noun_preps_only else tuple(dict.fromkeys((*relation.preps, *TARGET_PREPS)))
    if relation.reciprocal and cooperative(relation.event_type):  # "talks on Syria": a matter, no party
        preps = tuple(p for p in preps if p not in MATTER_PREPS or p in relation.preps)
    return tuple(p for p in preps if p not in OPPOSING_PREPS) if cooperative(relation.event_type) else preps


def unsigned(verb: Token, preps: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions, without those of where a verb of signing took place: a ceasefire "signed in Jeddah"
    holds wherever it holds, not in Jeddah (cues ``signing_verbs``)."""
    return tuple(p for p in preps if p not in SETTING_PREPS) if verb.lemma_.lower() in SIGNING else preps


def noun_targets(noun: Token, relation: Relation) -> list[Filler]:
    """Who an event noun is done to: "sanctions on Russia", "invasion of Ukraine", "suspension of links with Serbia"."""
    preps = target_preps(relation)
    if noun.dep_ in DIRECT_OBJECTS:
        preps = unsigned(noun.head, preps)
    if relation.frame == "transfer":
        preps = ("to", "for")
    elif relation.commercial:
        preps = relation.preps  # "sales of Chilean copper": the "of" of a sale is what is sold, not a buyer
    found = [Filler(t) for t in prep_objects(noun, preps) if names_actor(t)]
    allies = allies_of(noun, relation)  # "an offensive with Cameroonian forces against Boko Haram": the enemy
    found = [f for f in found if f.token not in allies]
    found += [Filler(f.token, 1) for a in allies for f in actor_objects(a, OPPOSING_PREPS)]
    if not found:  # hung on the doer by the parser: "an attack by Chile [on Peru]"; not "by officials of Peru"
        doers = [d for d in prep_objects(noun, ("by",)) if names_actor(d)]
        beyond = tuple(p for p in preps if p != "of")
        found = [Filler(t) for d in doers for t in prep_objects(d, beyond) if names_actor(t)]
    if not found:  # one noun deeper: "a suspension of air links with Serbia"; not through another's act: "the
        # criticism of his call to Bush" is no criticism of Bush
        inner = [o for o in prep_objects(noun, ("of",)) if not names_actor(o) and not children(o, POSSESSIVES)]
        found = [Filler(t, 1) for o in inner for t in prep_objects(o, relation.preps or TARGET_PREPS) if names_actor(t)]
    material = (quad_class(relation.event_type) or "").startswith("material")  # a thing struck, not a topic
    if not found:  # the author or holder of what it is against: "in protest against violations by Algerian
        # forces", "air strikes against the enclave of Eastern Ghouta", "an attack on a base in Saudi Arabia"
        fights = relation.event_type in STRIKES_PLACES  # "an offensive against poverty in Peru" strikes no one
        things = [
            o for o in prep_objects(noun, preps) if not names_actor(o) and not (fights and o.lemma_.lower() in ILLS)
        ]
        found = [Filler(t, 1) for o in things for t in (authors(o) or (holders(o) if material else []))]
    if not found and material:  # "sanctions targeting Russian banks", "drills encircling Taiwan", "war games aimed
        found = aimed_at(noun, relation.event_type != PROTEST)  # at Iran"; not "a lawsuit targeting Bolivian
        # exporters": what it is about; not "Israeli strikes targeted ...", no protest
    if not found and relation.event_type in STRIKES_PLACES:  # "a car bombing that killed three Israeli soldiers",
        # "bombings that struck a police station in Jerusalem": whom or what the clause says it hit
        found = struck_by_clause(noun)
    if not found and relation.event_type == THREAT and noun.lower_ not in DEMANDING_THREATS:  # "Israel's threat
        # to strike Iran": whom the act it threatens is done to (not so for agreements: "signed an agreement to
        # develop the Sakhalin field" is with no field; nor for an ultimatum, whose act the threatened must do)
        found = governed_targets([c for c in children(noun, CLAUSAL_MODIFIERS) if infinitive(c)], relation)
    if not found and (relation.complement == "subject" or relation.proposition):  # "its demand that Israel ease
        # restrictions", "India's accusations that Pakistan harbours militants": whom the content is about
        clauses = children(noun, NOUN_CLAUSES)
        found = [Filler(s, 1) for c in clauses for s in children(c, SUBJECTS | PASSIVE_SUBJECTS) if names_actor(s)]
    if not found and relation.complement == "subject":  # "an EU demand for Turkey to recognise Cyprus"; not "an
        # appeal for the release of Margaret Hassan": only an actor named right after "for" is asked; "a request
        # for White House cooperation" asks for an act of it, "demand for Burton's shares" is a market's
        asked = [t for t in prep_objects(noun, ("for",)) if names_actor(t)]
        found = [Filler(t, 1) for t in asked if actor_itself(t) or lexicon_of(t.doc).noun(t.lemma_.lower())]
    if not found and relation.complement == "subject":  # "a call for Britain to negotiate", parsed as a clause that
        # "for" opens: its subject
        clauses = [c for c in children(noun, ADVERBIAL_CLAUSES) if any(m.lower_ == "for" for m in children(c, MARKERS))]
        found = [Filler(s, 1) for c in clauses for s in children(c, SUBJECTS) if names_actor(s)]
    return [Filler(t, a.steps) for a in found for t in with_conjuncts([a.token])]


def aimed_at(noun: Token, by_verb: bool = True) -> list[Filler]:
    """Whom an act is aimed at by a participle on its noun (cues ``aiming_participles``), or, with ``by_verb``, by
    the verb it is the subject of ("US sanctions target Iranian officials"): the object of an active one ("sanctions
    targeting Russian banks", "drills encircling Taiwan", "drills simulating a blockade of Taiwan": the holder of a
    thing), or the actor after "at" or "against" of a passive one ("war games aimed at Iran"), or of the act it
    names ("aimed at deterring the United States")."""
    found: list[Filler] = []
    verb = noun.head  # "US sanctions target Iranian officials": the noun the subject of a verb of aiming
    if by_verb and noun.dep_ in SUBJECTS and verb.lemma_.lower() in AIMING and verb.tag_ in FINITE_VERB_TAGS:
        things = children(verb, DIRECT_OBJECTS)
        found += [Filler(t, 1) for t in with_conjuncts(things) if names_actor(t)]
        found += [Filler(h, 2) for t in things if not names_actor(t) for h in holders(t, placed=False)]
    for participle in children(noun, CLAUSAL_MODIFIERS):
        if participle.lemma_.lower() not in AIMING:
            continue
        if participle.tag_ == GERUND:
            things = children(participle, DIRECT_OBJECTS)
        elif participle.tag_ == PAST_PARTICIPLE:
            things = prep_objects(participle, AIMED_PREPS)
            things += [o for t in things if t.tag_ == GERUND for o in children(t, DIRECT_OBJECTS)]
            things += [
                o
                for p in children(participle, PREPOSITIONS)
                if p.lower_ in AIMED_PREPS
                for c in children(p, PREP_COMPLEMENTS)
                for o in children(c, DIRECT_OBJECTS)
            ]
        else:
            continue
        found += [Filler(t, 1) for t in things if names_actor(t)]
        found += [Filler(h, 2) for t in things if not names_actor(t) for h in holders(t, placed=False)]
    return found


def struck_by_clause(noun: Token) -> list[Filler]:
    """Whom an attack hit by the relative clause on it: its object, or the holder of the thing it hit."""
    found: list[Filler] = []
    for clause in children(noun, RELATIVE_CLAUSES):
        if not any(s.tag_ in RELATIVE_PRONOUN_TAGS for s in children(clause, SUBJECTS)):
            continue  # "the attack that Chile launched": not what it hit
        harm = (lexicon_of(noun.doc).verb(k) for k in verb_keys(clause))
        if not any(r is not None and r.event_type in STRIKES_PLACES for r in harm):
            continue  # "the invasion that split Cyprus": what it did, not whom it struck
        hit = children(clause, DIRECT_OBJECTS)
        found += [Filler(t, 1) for t in hit if names_actor(t)]
        found += [Filler(t, 2) for o in hit if not names_actor(o) for t in holders(o)]
        if hit and not found:  # "struck a police station in Jerusalem", the place hung on the verb
            found = [Filler(t, 2) for t in places_of(clause)]
    return found


def allied(noun: Token, relation: Relation) -> bool:
    """Whether an act of force is done together: "a joint offensive" (its doers are no foes of each other)."""
    return joint(noun) and not cooperative(relation.event_type)


def allies_of(noun: Token, relation: Relation) -> list[Token]:
    """Whom an act of force is done beside, no target of it: "an offensive with Cameroonian forces against Boko
    Haram" (an enemy named on them), "a joint offensive with Cameroon" (``joint``)."""
    if cooperative(relation.event_type):
        return []
    return [a for a in prep_objects(noun, ALLY_PREPS) if joint(noun) or actor_objects(a, OPPOSING_PREPS)]


def object_event_targets(noun: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom an event noun that is a verb's object is done to: "lifted [sanctions on Iran]", "cancelled [a visit to
    China]", "lifted sanctions imposed on Eritrea" (through the participle or the relative clause that qualifies
    the noun)."""
    relation = noun_relation(noun, lexicon)
    if relation is None:
        return []
    found = noun_targets(noun, relation)
    preps = target_preps(relation)
    # "lifted sanctions imposed on Eritrea", "lifted the sanctions it imposed on India"
    for participle in children(noun, NOUN_CLAUSES | RELATIVE_CLAUSES) if not found else ():
        found = [f for f in actor_objects(participle, preps) if f.token.i > participle.i]
        if found:
            break
    object_ = noun.head.head if noun.dep_ in PREP_OBJECTS and noun.head.head.dep_ in DIRECT_OBJECTS else noun
    verb = object_.head  # "withheld [$95 million in military aid] to Egypt": the amount is the verb's object
    if not found and object_.dep_ in DIRECT_OBJECTS and verb.pos_ == "VERB":  # "threatened military intervention [in
        # Georgia]", the parser hanging the noun's own preposition, right after it, on the verb
        next_to = [p for p in children(verb, PREPOSITIONS) if p.i == noun.right_edge.i + 1]
        found = [f for p in next_to for f in actor_objects(verb, unsigned(verb, relation.preps)) if f.token.head == p]
    if not found and relation.frame == TRANSFER:  # "suspended aid deliveries in Borno State": to those there,
        # wherever the parser hangs the place
        after = [p for p in children(verb, PREPOSITIONS) if p.i == noun.right_edge.i + 1] if verb.pos_ == "VERB" else []
        after = [o for p in after if p.lower_ in PLACE_PREPS for o in children(p, PREP_OBJECTS)]
        places = [*places_of(noun, within=False), *(t for o in after if (t := place_named(o)) is not None)]
        found = [Filler(t, 1) for t in places]
    return [Filler(f.token, f.steps + 1) for f in found]


def recipients_of(verb: Token, noun: Token, relation: Relation, lexicon: Lexicon) -> list[Filler]:
    """The actors a light verb gives its event noun to, when the noun's type is done to them (``recipient_types``):
    "gave Iran a warning"; in the passive, its subject ("the pilot was given a death sentence by a court")."""
    if relation.event_type not in lexicon.recipient_types:
        return []
    given = dative_objects(verb)
    if not given and noun.dep_ in DIRECT_OBJECTS:  # "handed opposition leader X a prison sentence", parsed as two
        # objects: the one before the noun is whom it is given to, a body named by its noun too ("gave the
        # government in Islamabad a 10-day ultimatum")
        given = [d for d in children(verb, DIRECT_OBJECTS) if d.i < noun.i and (d.pos_ == "PROPN" or names_actor(d))]
    if not given and noun.dep_ in DIRECT_OBJECTS and is_passive(verb):
        given = children(verb, PASSIVE_SUBJECTS)
    return undergoers(given, 0)  # a body named by its noun, placed by where it sits


def complaint(noun: Token) -> bool:
    """Whether a protest is a complaint delivered to someone (cues ``complaint_verbs``, ``addressee_preps``): "lodged
    a protest with Beijing", "delivered a strong protest to the Chinese ambassador"."""
    verb = noun.head
    if noun.dep_ not in DIRECT_OBJECTS or verb.lemma_.lower() not in COMPLAINING:
        return False
    return any(names_actor(o) for t in (noun, verb) for o in prep_objects(t, ADDRESSEE_PREPS))


def answered_doers(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a show of force faces when it names no target: the doer of the act of force, pressure or threat it
    follows or answers (cues ``response_preps``, ``response_nouns``): "placed its forces on alert after India's air
    strikes", "in response to North Korean threats", "went on alert after India shelled its posts", "after US warships
    entered the Gulf of Sidra" (forces moved), "after North Korea conducted a nuclear test" (a state's act); or whom
    it accuses as it is made ("accusing Azerbaijan of preparing an offensive")."""
    acts = list(prep_objects(verb, RESPONSE_PREPS))
    acts += [  # "following Indian air strikes", parsed as a participle with its object
        o
        for c in verb.children
        if c.tag_ == GERUND and c.lower_ in RESPONSE_PREPS
        for o in children(c, DIRECT_OBJECTS | PREP_OBJECTS)
    ]
    acts += [
        a
        for r in prep_objects(verb, ("in",))
        if r.lemma_.lower() in RESPONSE_NOUNS
        for a in prep_objects(r, ("to", "for"))
    ]
    acts += [o for a in acts if a.lemma_.lower() in FEARED_NOUNS for o in prep_objects(a, ("of",))]
    # "in response to Chinese maritime militia activity": what forces did, whose forces they are
    moves = [a for a in acts if a.lemma_.lower() in FORCE_ACTIVITY and armed_activity(a, lexicon)]
    found = [
        f for a in acts if (r := noun_relation(a, lexicon)) and r.event_type in ANSWERED for f in answered_sides(a, r)
    ]
    found += [f for a in moves for f in noun_actors(a)]
    # "placed its army on alert and cancelled all leave after ...": on a verb coordinated with it, of one subject
    shared = [
        c for c in verb.conjuncts if c.pos_ == "VERB" and not (children(c, SUBJECTS) and children(verb, SUBJECTS))
    ]
    # "after India shelled its posts"; "after US warships entered the Gulf of Sidra": another's forces on the move;
    # "after Turkey sent a survey ship into disputed waters": whatever a state did that the show of force answers;
    # "as Chinese warplanes crossed the median line": while they did
    clauses = [
        c
        for v in (verb, *shared)
        for c in children(v, ADVERBIAL_CLAUSES)
        if any(m.lower_ in RESPONSE_MARKERS for m in children(c, MARKERS))
    ]
    # "after Azerbaijani troops were reported advancing": what they were reported, seen or said to do
    clauses = [x for c in clauses for x in ([c] if not is_passive(c) else children(c, OPEN_COMPLEMENTS) or [c])]
    found += [
        f
        for c in clauses
        if polarity_of(c) != "negative"  # "after Turkey did not withdraw the ship": nothing done to answer
        and not forces_withdrawn(c, lexicon)  # "as Israeli troops pulled back from border villages": no act to answer
        and not conciliatory(c)  # "after Washington agreed to pause tariffs": words of peace, no act to answer
        for f in subjects_of(c)
        if names_actor(f.token) and (answered(c, lexicon) or forceful(f.token, lexicon) or intrusion(c))
    ]
    # "after Russian warships were spotted off the coast", "after a Russian naval exercise was announced": forces seen
    # or an act told in the passive with no doer named, whose the forces or the act are
    unagented = [c for c in clauses if is_passive(c) and not children(c, AGENTS) and polarity_of(c) != "negative"]
    told = [s for c in unagented for s in with_conjuncts(children(c, PASSIVE_SUBJECTS))]
    found += [Filler(s, 1) for s in told if names_actor(s) and forceful(s, lexicon)]
    found += [
        f for s in told if (r := noun_relation(s, lexicon)) and r.event_type in ANSWERED for f in answered_sides(s, r)
    ]
    # "scrambled jets after detecting Chinese military aircraft near the island": the forces it saw coming
    seen = [
        g for p in children(verb, PREPOSITIONS) if p.lower_ in RESPONSE_PREPS for g in children(p, PREP_COMPLEMENTS)
    ]
    sighted = [o for g in seen if g.tag_ == GERUND for o in with_conjuncts(children(g, DIRECT_OBJECTS))]
    found += [Filler(o, 1) for o in sighted if names_actor(o) and forceful(o, lexicon)]
    # "put its armed forces on combat alert, accusing Azerbaijan of preparing an offensive": whom it accuses
    accusations = [c for c in children(verb, ADVERBIAL_CLAUSES) if c.tag_ == GERUND and c.lemma_.lower() in ACCUSING]
    found += [Filler(o, 1) for c in accusations for o in with_conjuncts(children(c, DIRECT_OBJECTS)) if names_actor(o)]
    return [Filler(f.token, f.steps + 2) for f in found]


def armed_activity(noun: Token, lexicon: Lexicon) -> bool:
    """Whether words before a noun of activity name forces or arms: "military activity", "maritime militia
    activity", "naval build-up" (the lexicon's ``military_nouns`` and ``military_arms``, cues ``armed_modifiers``)."""
    words = {w for m in children(noun, NOUN_MODIFIERS) for w in (m.lower_, m.lemma_.lower())}
    return bool(words & {*lexicon.military_nouns, *lexicon.military_arms, *ARMED_MODIFIERS})


def intrusion(act: Token) -> bool:
    """Whether a clause tells of coming into another's waters, airspace or land (cues ``intruding_verbs``): "after a
    Turkish research ship entered disputed waters" is answered, whatever ship it was."""
    return act.lemma_.lower() in INTRUDING


def conciliatory(act: Token) -> bool:
    """Whether a clause's verb is one of verbal cooperation out of context (agreeing, meeting, praising, yielding)
    that promises no hostile act: "after Washington agreed to pause tariffs"; not "after New Delhi vowed to
    retaliate"."""
    if not any(quad_class(t) == VERBAL_COOPERATION for t in verb_types(act)):
        return False
    promised = [c for c in children(act, OPEN_COMPLEMENTS) if c.lemma_.lower() not in STOPPING]
    # "as North Korea prepared to launch a missile": arms of war readied are no words of peace
    arms = lexicon_of(act.doc).military_arms
    armed = any(o.lemma_.lower() in arms for c in promised for o in children(c, DIRECT_OBJECTS))
    return not armed and not any(ANSWERED.intersection(verb_types(c)) for c in promised)


def forces_withdrawn(act: Token, lexicon: Lexicon) -> bool:
    """Whether a clause tells of armed forces pulling back ("as Israeli troops pulled back", "after Russian forces
    withdrew from the border"): a retreat out of context, done by forces, not a state ("after India withdrew from
    the treaty" may be answered)."""
    doers = [f.token for f in subjects_of(act)]
    by_forces = bool(doers) and all(d.lower_ in lexicon.military_nouns for d in doers)
    return by_forces and set(verb_types(act)) == {RETREAT}


def forceful(doer: Token, lexicon: Lexicon) -> bool:
    """Whether the doer of an act a show of force answers is one whose acts it answers whatever they are: a state
    ("after Turkey sent a survey ship"), armed forces or arms of war ("after Chinese bombers flew near Okinawa")."""
    word = doer.lemma_.lower()
    return doer.ent_type_ in STATE_LABELS or doer.lower_ in lexicon.military_nouns or word in lexicon.military_arms


def answered(act: Token, lexicon: Lexicon) -> bool:
    """Whether the verb of a clause a show of force follows is an act of force, pressure or threat: out of context
    ("after India shelled its posts"), or by the CAMEO pattern its object fits ("after China launched missiles")."""
    if ANSWERED.intersection(verb_types(act)):
        return True
    reading = read_verb(act, verb_keys(act), lexicon)
    return reading is not None and reading.relation.event_type in ANSWERED


def joint_exercise(
    noun: Token, head: Token, relation: Relation, subjects: list[Filler], targets: list[Filler], lexicon: Lexicon
) -> tuple[Relation, list[Filler]] | None:
    """Military exercises aimed at no one that several hold together, or call joint, are military cooperation
    (CAMEO 062; PLOVER codes joint exercises COOPERATE), with the partner "with" names, else among those who hold
    them: "Egypt and Sudan conducted joint air force drills", "Indian and US warships began the Malabar naval
    exercise", "held joint drills with Sudan"; None for a show of force ("drills near Taiwan")."""
    cooperation = lexicon.noun(JOINT_EXERCISE)
    if cooperation is None or relation is not lexicon.noun(EXERCISE) or [t for t in targets if names_actor(t.token)]:
        return None
    partners = [Filler(t, 1) for t in with_conjuncts(prep_objects(noun, (WITH,)) or prep_objects(head, (WITH,)))
                if names_actor(t)]  # fmt: skip
    several = sum(len(actors(f.token)) for f in subjects) > 1
    return (cooperation, partners) if partners or several or joint(noun) else None


def shown_to(noun: Token, head: Token, relation: Relation, lexicon: Lexicon) -> list[Filler]:
    """Whom joint exercises, military cooperation, are a show of force against, warned or faced by them: "joint
    military drills in a show of force aimed at China", "joint drills near the border with Ethiopia"."""
    exercise = lexicon.noun(noun.lemma_.lower()) is lexicon.noun(EXERCISE)
    if relation is not lexicon.noun(JOINT_EXERCISE) or not exercise:
        return []
    return warned(head) or faced(head) or warned(noun) or faced(noun)


def answered_sides(act: Token, relation: Relation) -> list[Filler]:
    """Who did an act a show of force answers: its doer ("after India's air strikes"), or the other side of a fight
    had with the one who answers ("after a clash with Chinese soldiers")."""
    found = noun_actors(act)
    if not found and relation.event_type == THREAT:  # "citing threats from Colombia": whence they came
        found = [Filler(t, 1) for t in with_conjuncts(prep_objects(act, ("from",))) if names_actor(t)]
    if not found and relation.reciprocal:
        found = [Filler(t, 1) for t in with_conjuncts(prep_objects(act, (WITH,))) if names_actor(t)]
    return found


def noun_actors(noun: Token) -> list[Filler]:
    """Who does what a noun names: its actor modifier ("Russia's", "US") or "by X", also where the parser hung the
    "by" on the "of" phrase ("the arrest of a diplomat by police"), or whom it is blamed on."""
    modifiers = [c for c in noun.children if c.dep_ in ACTOR_MODIFIERS and entity_of(c) is not None]
    # "the Peruvian president's visit": a possessor named by its noun ("the Democratic convention's appeal" is no
    # party's)
    modifiers += [c for c in children(noun, POSSESSIVES) if c.pos_ == "NOUN" and entity_of(c) is None and is_party(c)]
    by = [t for t in prep_objects(noun, ("by",)) if names_actor(t)] or by_under_of(noun) or of_doers(noun)
    by = by or blamed_on(noun)  # "died in an attack blamed on the Pakistani Taliban"
    return [Filler(t, 1) for t in with_conjuncts(modifiers + by)]


def crowdless_sites(
    noun: Token, slot: Token, relation: Relation, targets: list[Filler], lexicon: Lexicon
) -> Iterator[Site]:
    """A protest told by its noun alone, where it took place (``crowdless_scene``): the place's public protests
    against whom it names, else against the place's government ("protests erupted in Tbilisi", "after weeks of
    protests in Yerevan", "protests against the US swept Karachi"); a protest a state gave in to with no place named
    is its own public's ("the Armenian prime minister resigned after weeks of street protests")."""
    bare = noun.lemma_.lower() in lexicon.armed_nouns and not any(
        lexicon.noun(f"{m.lower_} {noun.lemma_.lower()}") for m in children(noun, NOUN_MODIFIERS)
    )
    if bare:
        return  # "a strike in Gaza killed five": an air strike, maybe; not "a general strike paralysed Nepal"
    held = slot.dep_ in PASSIVE_SUBJECTS and any(lexicon.is_light(k, relation) for k in light_keys(slot.head))
    scene = crowdless_scene(noun, slot, held)
    if scene is None:
        return
    anchor, places = scene
    publics = tuple(Filler(t, 2) for t in places or yielding_state(slot, lexicon))
    if publics:
        yield Site(anchor, relation, publics, tuple(targets) or publics, None, CROWDLESS_PATTERN, NOMINAL_CONFIDENCE)


def named_what(verb: Token) -> bool:
    """Whether a verb of naming names what a "what" stands for: "what it called dangerous manoeuvres" (cues
    ``naming_verbs``), no manoeuvres called."""
    objects = children(verb, DIRECT_OBJECTS)
    wh = any(o.tag_ in RELATIVE_PRONOUN_TAGS for o in objects)
    return verb.lemma_.lower() in NAMING and wh and len(objects) > 1


def nominal_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A Site for every event noun with an actor on each side (or coordinated actors, if reciprocal)."""
    for noun in event_nouns(doc):
        relation = noun_relation(noun, lexicon)
        if relation is None:
            continue
        relation = peacekeeping(relation, first(prep_objects(noun, ("of",))))  # "the deployment of peacekeepers"
        stopped = stopped_by(measured(noun), lexicon)  # "lifted a raft of sanctions on Sudan": the raft is lifted
        if stopped is not None:  # "lifted UN sanctions on Peru": sanctions lifted are no claim of their own
            yield from stopped_sites(*stopped, noun, relation)
            continue
        slot = measured(noun)  # "imposed a fresh round of sanctions": the round stands where the sanctions would
        head = slot.head
        targets = noun_targets(noun, relation)
        if not targets and slot is not noun:  # "2 billion crowns in aid for Afghanistan": hung on the measure
            targets = [Filler(t) for t in prep_objects(slot, target_preps(relation)) if names_actor(t)]
        if relation.event_type in STRIKES_PLACES and struck_stance(prep_objects(noun, target_preps(relation))):
            relation = lexicon.verb(CRITICIZE) or relation  # "a fierce attack on Peru's trade policy": criticism
        if relation.event_type == PROTEST and complaint(noun):
            relation = lexicon.verb(CRITICIZE) or relation  # "lodged a protest with Beijing": an official complaint
        carried = slot.dep_ in DIRECT_OBJECTS or (slot.dep_ in PASSIVE_SUBJECTS and is_passive(head))
        if carried and relation.event_type == RETREAT and head.lemma_.lower() in SIGNING:
            relation = lexicon.noun(AGREEMENT) or relation  # "signed a ceasefire with the rebels": agreed to
        by_preposition = not carried and light_with_preposition(slot, relation, lexicon)
        if by_preposition:  # "went on strike against Andina"
            head = preposition_verb(head) or head.head
        clause = None if carried or by_preposition else light_clause(noun, relation, lexicon)
        if clause is not None:  # "the agreement signed by Chile and Peru", "the deal, which Chile signed with Peru"
            head = clause
        if carried and head.pos_ == "VERB" and any(k in lexicon.receiving_verbs for k in light_keys(head)):
            yield from received_sites(head, noun, relation)
            continue
        if received_by_preposition(slot, lexicon):  # "came under attack from Chilean forces"
            yield from received_sites(head.head, noun, relation)
            continue
        if carried and head.pos_ == "VERB" and head.lemma_.lower() in BLOCKING:
            continue  # "vetoed EU sanctions on Russia", "blocked an EU aid package": not done, and not the vetoer's
        if slot.dep_ in PREP_OBJECTS and head.lower_ == OF and head.head.lemma_.lower() in BLOCKING:
            continue  # "Hungary's veto of EU aid to Ukraine": by its noun too
        excluded = carried and head.pos_ == "VERB" and excludes(head)  # "ruled out sanctions on Peru": not imposed
        light = (
            by_preposition
            or clause is not None
            or (carried and head.pos_ == "VERB" and any(lexicon.is_light(k, relation) for k in light_keys(head)))
            or excluded
        )
        if light and slot.dep_ in PASSIVE_SUBJECTS and not subjects_of(head):
            light = False  # "an agreement between Chile and Peru was signed": no agent, the noun names the sides
        if light:
            if children(head, OBJECT_PREDICATES) or named_what(head):  # "called the attack an act of evil",
                continue  # "denounced what it called dangerous manoeuvres": said of it, not done
            relation = signed(head, noun, lexicon) or relation  # "signed a trade pact with Chile"
            # "imposed sanctions on Iran"; "sanctions were imposed on Iran by the EU" (the agent acts)
            if obliged(head):  # "Y must reach an agreement", says X: a demand, not an agreement
                continue
            if noun.lemma_.lower() in FORCEFUL and armed_doer(head, lexicon):
                continue  # "US and Iraqi troops stepped up pressure on Sunni insurgents": force, not a demand
            subjects = subjects_of(head) or noun_actors(noun)  # "..., completing the American withdrawal from
            # Afghanistan": a light verb with no subject of its own, the noun's own doer
            targets = (
                targets
                or actor_objects(head, unsigned(head, relation.preps), relation.content)  # "imposed a curfew in
                # the town of Cizre"
                or recipients_of(head, noun, relation, lexicon)  # "gave Iran a warning"
            )
            if by_preposition and (not targets or is_passive(head)):  # "placed Aung San Suu Kyi under house
                # arrest": the verb's object, or its subject in the passive ("was placed under house arrest by the
                # junta", "two Chinese firms were slapped with sanctions by Washington", the "by" hung on the noun)
                placed = with_conjuncts(children(head, PASSIVE_SUBJECTS if is_passive(head) else DIRECT_OBJECTS))
                held = [Filler(d) for d in placed if names_actor(d)]
                # "placed three men under house arrest", "the former president's son": people by their noun
                held = held or [Filler(p, 2) for d in placed if (p := people_of(d)) is not None]
                targets = held or targets
            if not targets and relation.event_type in STRIKES_PLACES:  # "launched air strikes on positions held by
                # the TPLF", the preposition hung on the verb: whose the thing struck is
                struck = [o for o in prep_objects(head, target_preps(relation)) if not names_actor(o)]
                targets = [Filler(t, 2) for o in struck for t in holders(o)]
            if not targets and relation.event_type in PEOPLE_STRUCK:  # "opened fire on protesters", "launched
                # a crackdown on students": people named by their noun, coded where it happens (canon); not those
                # "of" a mobilization, who are mobilized
                preps = target_preps(relation)
                struck_people = [p for t in (noun, head) for o in party_objects(t, preps) if (p := people_of(o))]
                targets = [Filler(t, 2) for t in with_conjuncts(struck_people)]
            if not targets and relation.event_type in STRIKES_PLACES and set(noun_keys(noun)) & STRIKES:
                targets = [Filler(t, 2) for t in (*places_of(noun), *places_of(head))]  # "carried out air strikes in X"
            if not targets and relation.event_type == PROTEST:  # "staged a hunger strike in protest against Peru"
                settings = (*prep_objects(head, SETTING_PREPS), *prep_objects(noun, SETTING_PREPS))
                targets = [f for o in settings for f in protested(o, lexicon)]
            if not targets and relation.event_type == PROTEST and not abroad(head):  # "staged a protest in Cairo",
                # "went on strike in Lagos": as a crowd that rallies there, against the place's government
                targets = [Filler(t, 2) for t in places_of(noun) or protest_places(head) or home_of(head)]
            pattern = LIGHT_PATTERN
            if not targets and relation.event_type == COERCE and domestic_restriction(noun):  # "imposed a
                # nationwide curfew": on the state's own public
                targets, pattern = [Filler(t, 2) for t in own_state(head)], PUBLIC_PATTERN
            if not targets and relation.event_type == MOBILIZE:  # "declared a general mobilization after
                # Azerbaijani attacks", "announced a partial mobilisation amid tension with Armenia"
                targets = warned(head) or faced(head) or answered_doers(head, lexicon) or answered_doers(noun, lexicon)
            if not targets and relation.event_type == INQUIRY:  # "opened an investigation into crimes committed
                # in Burundi"; "opened a preliminary examination of killings in the Philippines"
                into = (*prep_objects(noun, ("into", "of")), *prep_objects(head, ("into",)))
                targets = [Filler(t, 2) for o in into for t in scene_of(o)]
                if not targets:  # "opened an inquiry into whether Chinese firms dumped steel"
                    targets = [Filler(t, 2) for h in (noun, head) for t in questioned(h, ("into",))]
                if not targets and any(harmful(o, lexicon) for o in into):  # "opened an inquiry into a stampede
                    # at a stadium": a harm that names no doer, place or people, looked into at home
                    targets, pattern = [Filler(t, 2) for t in own_state(head)], PUBLIC_PATTERN
            if not targets and relation.complement == "subject":  # "reiterated its demand that Israel ease ..."
                clauses = children(head, CLAUSAL_COMPLEMENTS)
                targets = [Filler(s, 1) for c in clauses for s in children(c, SUBJECTS) if names_actor(s)]
            shared = joint_exercise(noun, head, relation, subjects, targets, lexicon)
            if shared is not None:  # "Egypt and Sudan conducted joint air force drills": cooperation (CAMEO 062)
                relation, targets = shared
            allies = allies_of(noun, relation)  # "a joint offensive with Chilean forces against drug traffickers"
            targets = [t for t in targets if t.token not in allies]
            coding = agreeing_coding(head, verb_keys(head), relation, lexicon) if subjects else None
            anchor = noun if excluded else head  # what is ruled out is told by its noun, as not done
            shown = lexicon.noun(EXERCISE)
            faced_by_allies = shown_to(noun, head, relation, lexicon) if subjects and shown is not None else []
            if shown is not None and faced_by_allies:  # "joint military drills in a show of force aimed at China":
                # those who hold them mobilize against it too
                yield Site(anchor, shown, tuple(subjects), tuple(faced_by_allies), None, pattern, LIGHT_CONFIDENCE)
            if subjects and targets:
                yield Site(
                    anchor,
                    relation,
                    tuple(subjects),
                    tuple(targets),
                    None,
                    pattern,
                    LIGHT_CONFIDENCE,
                    coding=coding,
                )
            elif (
                subjects
                and relation.reciprocal
                and (partners := [p for p in partners_within(noun) if p.token not in allies])
            ):  # "signed agreements
                # normalising relations with Israel": with Israel, not with each other
                yield Site(anchor, relation, tuple(subjects), tuple(partners), None, LIGHT_PATTERN, LIGHT_CONFIDENCE,
                           coding=coding)  # fmt: skip
            elif subjects and relation.reciprocal and not allied(noun, relation):  # "Chile and Peru launched a
                # joint offensive": allies, not each other's foes
                yield Site(
                    anchor,
                    relation,
                    tuple(subjects),
                    (),
                    None,
                    "reciprocal/1",
                    LIGHT_CONFIDENCE,
                    reciprocal=True,
                    coding=coding,
                )
            continue
        claimed = claimants(noun, relation)  # "al-Shabaab claimed responsibility for the bombing in Mogadishu"
        doers = noun_actors(noun) or claimed
        if not doers and relation.event_type == DEMAND:  # "requests from Kyiv": an ask's "from" names who asks
            doers = [Filler(t, 1) for t in with_conjuncts(prep_objects(noun, ("from",))) if names_actor(t)]
        # "took part in a meeting of the IDB": those the "of" of a meeting names meet whoever takes part in it
        hosts = relation.reciprocal and bool(doers) and all(d.token in of_doers(noun) for d in doers)
        met = targets if hosts else []
        targets = [t for t in targets if all(t.token.i != a.token.i for a in doers)]
        local = relation.event_type in lexicon.local_types  # "clashes between Kenyan police and protesters"
        sides = between(noun, local) if relation.reciprocal and not doers else []
        # "clashes between Sudanese troops and the RSF": a body that fights armed forces is a force too
        armed = any(f.token.lower_ in lexicon.military_nouns for f in sides)
        if relation.event_type in HOSTILE and not all(collective(f.token) or (armed and body(f.token)) for f in sides):
            sides = []  # "the battle between Microsoft and Google", "between Eastwood and Scorsese": a figure of speech
        if sum(side_count(f.token) for f in sides) > 1:  # "talks between Chile and Peru", "fighting broke out
            # between Chilean troops and Peruvian rebels": each side acts on the other
            yield Site(noun, relation, tuple(sides), (), None, "between/1", NOMINAL_CONFIDENCE, reciprocal=True)
            hosted = head.pos_ == "VERB" and slot.dep_ in DIRECT_OBJECTS and head.lemma_.lower() in BROKERING
            hosted = hosted and relation.event_type == CONSULT  # talks, not "sponsored fighting between clans"
            mediation = lexicon.verb(MEDIATE) if hosted else None
            brokers = subjects_of(head) if mediation is not None else []
            if mediation is not None and brokers:  # "Qatar hosted talks between Israel and Hamas": it mediates
                yield Site(head, mediation, tuple(brokers), tuple(sides), None, "between/1", NOMINAL_CONFIDENCE)
            continue
        if doers and not targets:
            targets = fallen_in(noun, relation) or heeded(noun, relation)
        if doers and not targets and relation.event_type == PROTEST:  # "protests by Thai opposition supporters in
            # Bangkok": as a crowd that rallies there
            targets = [Filler(t, 2) for t in crowd_scene(noun, [d.token for d in doers])]
        if claimed and not targets and relation.event_type in STRIKES_PLACES and set(noun_keys(noun)) & STRIKES:
            # an attack claimed strikes where it happened, or whom or where the clause it is told in does
            targets = [Filler(t, 2) for t in places_of(noun)] or clause_struck(noun)
        if doers and targets:  # an ask refused is told as the refusal, as PLOVER codes it: the rejection of the asker
            refusals = list(refused_despite(noun, relation, doers, lexicon))
            yield from refusals or [
                Site(noun, relation, tuple(doers), tuple(targets), None, "nominal/1", NOMINAL_CONFIDENCE)
            ]
        elif not doers or hosts:
            setting = setting_verb(noun, relation)
            subjects = [Filler(a.token, a.steps + 1) for a in participants(setting)] if setting is not None else []
            if relation.event_type == CONSULT:  # "after a meeting with Boric" meets him; not "a meeting on Peru's
                # debt" (a topic), "a visit with his minister" (company), nor what "UK interest rates" do
                subjects = [f for f in subjects if takes_part(f.token)]
                targets = [Filler(t) for t in prep_objects(noun, relation.preps or VISITED_PREPS) if names_actor(t)]
            targets = targets or met
            if relation.event_type == CLASH and noun.head.lower_ not in SETTING_PREPS:  # "after clashes with the
                # army": with whom they clashed only; not whom "the invasions of Dagestan" befell
                targets = [f for f in targets if f.token.head.lower_ == WITH]
            in_protest = noun.head.lower_ == IN  # "closed their shops in protest", not "fired tear gas during a strike"
            # "women burned their headscarves at demonstrations": a crowd at a protest takes part in it
            joined = noun.head.lower_ in JOINED_PROTEST_PREPS and setting is not None and by_crowd(setting)
            if (
                setting is not None
                and subjects
                and not targets
                and relation.event_type == PROTEST
                and (in_protest or joined)
            ):
                # "closed their shops in protest against new taxes": a protest against no one named is at home, as
                # a crowd's rally is
                targets = [Filler(t, 2) for t in places_of(noun) or protest_places(setting) or home_of(setting)]
            if relation.event_type == PROTEST and in_protest and setting is not None and not by_crowd(setting):
                # "recalled its ambassador in protest at Spain's shift": a state's protest is a complaint (PLOVER)
                stated = any(names_state(f.token) for f in subjects)
                relation = (lexicon.verb(COMPLAIN) or relation) if stated else relation
            if setting is not None and subjects and targets:
                done = protesting_refusal(setting) if relation.event_type == PROTEST and in_protest else None
                yield Site(
                    done or setting,
                    relation,
                    tuple(subjects),
                    tuple(targets),
                    None,
                    SETTING_PATTERN,
                    SETTING_CONFIDENCE,
                )
            elif (
                setting is not None
                and relation.reciprocal
                and sum(len(actors(f.token)) for f in subjects) > 1
                and not (relation.event_type == CLASH and any(map(names_actor, prep_objects(noun, BEFALLING))))
                # "following the invasion of Georgia": whom it befell, no clash of the two
            ):
                # "Kenya and Ethiopia agreed to build a road during talks in Nairobi": the talks were theirs, held
                # as the verb that governs the infinitive the parser hung them on tells
                yield Site(
                    governing_verb(setting),
                    relation,
                    tuple(subjects),
                    (),
                    None,
                    SETTING_PATTERN,
                    SETTING_CONFIDENCE,
                    reciprocal=True,
                )
            elif relation.event_type == PROTEST and not doers:  # "protests erupted in Tbilisi"
                yield from crowdless_sites(noun, slot, relation, targets, lexicon)


def claimants(noun: Token, relation: Relation) -> list[Filler]:
    """Who claims an act as their own (cues ``responsibility_nouns``, ``owning_verbs``): "al-Shabaab claimed
    responsibility for the bombing", "claimed responsibility on Sunday for an attack"; the claimer did it. Not
    who denies it or declines it."""
    claimed = claimed_act(noun, relation)
    if claimed:
        return claimed
    prep = noun.head
    if noun.dep_ not in PREP_OBJECTS or prep.lower_ != "for":
        return []
    owned = prep.head if prep.head.lemma_.lower() in RESPONSIBILITY else None
    verb = owned.head if owned is not None else prep.head
    if owned is None:  # "for" hung on the verb: "claimed responsibility on Sunday for ..."
        owned = next((o for o in children(verb, DIRECT_OBJECTS) if o.lemma_.lower() in RESPONSIBILITY), None)
    if owned is None or owned.dep_ not in DIRECT_OBJECTS or verb.lemma_.lower() not in OWNING:
        return []
    if children(verb, NEGATIONS):
        return []
    return [Filler(f.token, f.steps + 1) for f in subjects_of(verb) if names_actor(f.token)]


def claimed_act(noun: Token, relation: Relation) -> list[Filler]:
    """Who claims an act of violence itself (cues ``claiming_verbs``): "Hamas claimed the attack", "an attack
    claimed by the armed wing of Hamas", "the bombing was claimed by the ELN"."""
    if relation.event_type not in FORCE:
        return []
    verb = noun.head
    if noun.dep_ in DIRECT_OBJECTS and verb.lemma_.lower() in ACT_CLAIMING and not children(verb, NEGATIONS):
        return [Filler(f.token, f.steps + 1) for f in subjects_of(verb) if names_actor(f.token)]
    claims = [c for c in noun.children if c.dep_ in CLAUSAL_MODIFIERS and c.lemma_.lower() in ACT_CLAIMING]
    if noun.dep_ in PASSIVE_SUBJECTS and verb.lemma_.lower() in ACT_CLAIMING and is_passive(verb):
        claims.append(verb)
    found = [o for c in claims if not children(c, NEGATIONS) for o in with_conjuncts(prep_objects(c, ("by",)))]
    return [Filler(t, 2) for t in found if names_actor(t)] or culprits(noun)


def culprits(noun: Token) -> list[Filler]:
    """Who is said to be behind an act of violence, or responsible for it (cues ``culprit_preps``,
    ``blame_words``): "it was behind the attack on the army school", "Hezbollah was responsible for the rocket
    attack on Haifa"; who says so, if another, is the claim's speaker. Not an act denied ("was not behind", "denied
    it was behind")."""
    if noun.dep_ not in PREP_OBJECTS:
        return []
    prep, word = noun.head, noun.head.head
    if prep.lower_ in CULPRIT_PREPS:
        copula = word
    elif prep.lower_ == "for" and word.lemma_.lower() in BLAME_WORDS and word.dep_ in ADJECTIVAL_COMPLEMENTS:
        copula = word.head
    else:
        return []
    if copula.lemma_.lower() != "be" or children(copula, NEGATIONS):
        return []
    if any(g.lemma_.lower() in NEGATING for g in governors(copula)):  # "denied it was behind the attack"
        return []
    return [Filler(f.token, f.steps + 1) for f in subjects_of(copula) if names_actor(f.token)]


def takes_part(side: Token) -> bool:
    """Whether a subject can take part in a meeting: a name, people or a body ("rebel groups", "the Central Bank
    president"), or a pronoun for one; not a thing named by its owner ("UK interest rates")."""
    return side.pos_ == "PRON" or bool(side.ent_type_) or is_group(side) or is_collective(side) or is_party(side)


def clause_struck(noun: Token) -> list[Filler]:
    """Whom or where the clause that tells an attack "in" it struck: the victim of a passive ("a Russian general was
    killed by a bomb, in an attack claimed by ..."), else the clause's place ("a car bomb exploded in Mogadishu,
    killing 12 people, in an attack claimed by ..."), up through the clauses it is a participle or conjunct of."""
    if noun.dep_ not in PREP_OBJECTS or noun.head.lower_ not in SETTING_PREPS:
        return []
    verb = noun.head.head
    for _ in range(CLAUSE_REACH):
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        victims = [t for t in with_conjuncts(children(verb, PASSIVE_SUBJECTS)) if names_actor(t)]
        found = victims or places_of(verb)
        if found:
            return [Filler(t, 2) for t in found]
        if verb.dep_ not in ADVERBIAL_CLAUSES | CONJUNCTS:
            return []
        verb = verb.head
    return []


def fallen_in(noun: Token, relation: Relation) -> list[Filler]:
    """Who died in the attack a noun names, as whom it was done to: "four Bolivian soldiers died in a Chilean air
    strike" (cues ``dying_verbs``); not who fled it or survived it."""
    prep = noun.head
    if relation.event_type not in FORCE or noun.dep_ not in PREP_OBJECTS or prep.lower_ not in SETTING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DYING or children(verb, NEGATIONS):
        return []
    return [Filler(t, 1) for t in with_conjuncts(children(verb, SUBJECTS)) if names_actor(t)]


def heeded(noun: Token, relation: Relation) -> list[Filler]:
    """Who is asked, when what is asked is told as the occasion of an act (cues ``heeding_preps``): the act's doer
    ("troops arrived at the request of Sogavare", "refused to send missiles despite requests from Kyiv")."""
    prep = noun.head
    if relation.event_type != DEMAND or noun.dep_ not in PREP_OBJECTS or prep.lower_ not in HEEDING_PREPS:
        return []
    clause = prep.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    return [Filler(f.token, f.steps + 1) for f in subjects_of(clause)]


def refused_despite(noun: Token, relation: Relation, askers: list[Filler], lexicon: Lexicon) -> Iterator[Site]:
    """A refusal told against an ask rejects whoever asked: "Chile refused to extradite the suspect despite requests
    from Peru" (a governor that negates the act: cues ``negating``)."""
    if not heeded(noun, relation):
        return
    clause = noun.head.head
    # "declined to resign despite Biden's request": the refusal itself, or what governs the act refused; not a
    # refused negation ("refused to abandon his bid despite calls from the AU": the refusal rejects the calls)
    refusal = next(
        (
            g
            for g in (clause, *governors(clause))
            if g.lemma_.lower() in NEGATING and g.pos_ == "VERB" and polarity_of(g) == "positive"
        ),
        None,
    )
    reject = lexicon.verb(REJECT_VERB)
    if refusal is not None and reject is not None:
        subjects = subjects_of(refusal)
        if subjects:
            yield Site(refusal, reject, tuple(subjects), tuple(askers), None, "nominal/1", NOMINAL_CONFIDENCE)


def signed(verb: Token, noun: Token, lexicon: Lexicon) -> Relation | None:
    """The relation of signing an accord, where the lexicon has one for the verb and lists the accord among its
    themes: "signed a trade pact with Chile" endorses it (PLOVER SUPPORT, CAMEO 057), where reaching one agrees."""
    relation = lexicon.verb(verb.lemma_.lower()) if verb.lemma_.lower() in SIGNING else None
    return relation if relation is not None and noun.lower_ in relation.themes else None


def light_clause(noun: Token, relation: Relation, lexicon: Lexicon) -> Token | None:
    """A light verb in a clause on the event noun that it carries: the participle of "the agreement signed by Chile
    and Peru" (its "by" names who signed), or the relative clause of "the deal, which Chile signed with Peru"."""
    for clause in noun.children:
        participle = clause.dep_ in CLAUSAL_MODIFIERS and clause.tag_ == PAST_PARTICIPLE
        relative = clause.dep_ in RELATIVE_CLAUSES and any(
            c.dep_ in DIRECT_OBJECTS and c.lower_ in RELATIVE_PRONOUNS for c in clause.children
        )
        if not (participle or relative) or not any(lexicon.is_light(k, relation) for k in light_keys(clause)):
            continue
        if subjects_of(clause):  # "talks being held in Abuja": no one named
            return clause
    return None


def stopped_sites(verb: Token, reversal: Relation, noun: Token, relation: Relation) -> Iterator[Site]:
    """ "UN sanctions on Peru were lifted", "Chile's embargo on Peru ended": with no one named to stop it, whose
    act it was stops it (``reversal``), toward whom it was done. With someone named, the verb's own claim says it."""
    if noun.dep_ not in SUBJECTS and subjects_of(verb):
        return
    doers = noun_actors(noun)
    targets = [t for t in noun_targets(noun, relation) if all(t.token.i != a.token.i for a in doers)]
    if doers and targets:
        yield Site(verb, reversal, tuple(doers), tuple(targets), None, "stopped/1", NOMINAL_CONFIDENCE)


def received_sites(verb: Token, noun: Token, relation: Relation) -> Iterator[Site]:
    """ "Chile won backing from Peru", "drew criticism from Beijing": the one it comes from does it to the subject."""
    found = with_conjuncts([*prep_objects(noun, GIVER_PREPS), *prep_objects(verb, GIVER_PREPS[:1])])
    givers = [Filler(t, 1) for t in found if names_actor(t)] or noun_actors(noun)  # "won Peruvian support"
    # "recognized Kosovo, a move that drew condemnation from Belgrade": the move's makers receive it; "the decision
    # by Turkey", "the arrest of a journalist in Myanmar": the doers of what drew it
    subjects = subjects_of(verb)
    acts = [f for f in subjects if not names_actor(f.token)]
    doers = [Filler(t, f.steps + 1) for f in acts for t in prep_objects(f.token, ("by",)) if names_actor(t)]
    doers = doers or [Filler(c.token, f.steps + 1) for f in acts for c in custodians(f.token, lexicon_of(verb.doc))]
    receivers = summarized_authors(verb) or (doers if acts == subjects else subjects) or drawn_on(verb)
    if relation.event_type in FORCE and subjects and all(f.token.lemma_.lower() in CONDUCT for f in subjects):
        # "Hungary's new law came under fire from the European Commission": a thing done or said is criticized
        relation = lexicon_of(verb.doc).verb(CRITICIZE) or relation
    if givers and receivers and not obliged(verb):
        yield Site(verb, relation, tuple(givers), tuple(receivers), None, "received/1", LIGHT_CONFIDENCE)


def drawn_on(verb: Token) -> list[Filler]:
    """Who a participle after a clause tells drew a reaction: its clause's subject ("detained Zelaya, drawing
    condemnation from the OAS": the detainers)."""
    if verb.tag_ != GERUND or verb.dep_ not in ADVERBIAL_CLAUSES or verb.i < verb.head.i:
        return []
    return [Filler(f.token, f.steps + 1) for f in subjects_of(verb.head)]


def body(side: Token) -> bool:
    """Whether a side of a fight is named as a body ("Hamas", "the RSF"), not as a person."""
    found = actors(side)
    return bool(found) and all(span.label_ in ORGANIZATION_LABELS for span, _ in found)


def collective(side: Token) -> bool:
    """Whether a side of a fight is a state, a people or a force ("Chile", "Armenians", "Peruvian rebels"), not a
    company or a person named alone, whose "battles" and "clashes" in news are mostly figures of speech."""
    found = actors(side)
    if found:
        return any(span.label_ in STATE_LABELS or qualifier is not None for span, qualifier in found)
    return bool(unnamed(side))  # "protesters", "rebels": people or a force


def between(noun: Token, people: bool = False) -> list[Filler]:
    """The sides of an event named "between" them: on the noun ("talks between Chile and Peru"), on the verb the
    noun is the subject of ("fighting broke out between X and Y"), or on a clause on the noun ("clashes that broke
    out between X and Y"). With ``people``, sides named only by their noun too ("clashes between Kenyan police and
    protesters"), which canon codes to a place or to the side they face."""
    bearers = ([noun], [noun.head] if noun.dep_ in SUBJECTS else [], children(noun, RELATIVE_CLAUSES | NOUN_CLAUSES))
    named = next((found for heads in bearers if (found := [o for h in heads for o in prep_objects(h, (BETWEEN,))])), [])
    sides = with_conjuncts(named)
    return [Filler(t, 1) for t in sides if names_actor(t) or (people and unnamed(t))]


def side_count(side: Token) -> int:
    """How many actors a side of an event names, by name or, for people, by their noun."""
    return len(actors(side)) or len(unnamed(side))


def trip_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """Going somewhere for a meeting: "Blinken arrived in Beijing for talks" (he visits China), "flew to Moscow
    for talks with Putin" (he meets Putin), "is in Cairo on a visit"."""
    visit = lexicon.verb("visit")
    for noun in tokens_with(doc, "POS", NOUNS):
        if noun.dep_ not in PREP_OBJECTS:
            continue
        relation = noun_relation(noun, lexicon)
        prep = measured(noun).head  # "for two days of talks": the measure stands where the talks would
        if relation is None or relation.event_type != CONSULT or prep.dep_ not in PREPOSITIONS:
            continue
        if prep.lower_ not in PURPOSE_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        verb = prep.head
        # "arrived in Cairo on his latest trip": the traveller's own; not on another's ("on Putin's visit")
        others = [c for c in noun.children if c.dep_ in POSSESSIVES and c.pos_ != "PRON"]
        if verb.lemma_.lower() not in lexicon.travel_verbs or others:
            continue
        subjects = subjects_of(verb)
        departing = verb.lemma_.lower() in DEPARTING  # "left for Chile on a state visit"
        destinations = (*DESTINATION_PREPS, SETTING_OFF_FOR) if departing else DESTINATION_PREPS
        went = [Filler(t, 1) for t in prep_objects(verb, destinations) if names_actor(t)]
        # a visit is where they went, more narrowly than where the trip goes: "arrived in Kinshasa on a tour of
        # four African countries"; talks are with whom they name: "flew to Moscow for talks with Putin"
        targets = went if went and relation is visit else noun_targets(noun, relation)
        if not targets and sum(len(actors(f.token)) for f in subjects) > 1:  # "US and Russian negotiators return
            # to Geneva for talks": they meet each other
            yield Site(verb, relation, tuple(subjects), (), None, "trip/1", NOMINAL_CONFIDENCE, reciprocal=True)
            continue
        if not targets and visit is not None:  # where they went: "arrived in Beijing", "flew to Moscow"
            relation, targets = visit, went
        if subjects and targets:
            yield Site(verb, relation, tuple(subjects), tuple(targets), None, "trip/1", NOMINAL_CONFIDENCE)


def participants(verb: Token) -> list[Filler]:
    """Who takes part in the event a verb's setting names: its subject, or the subject of a participle of taking
    part ("Serb forces were engaged in ...", not the "by" of a passive)."""
    if is_passive(verb) and verb.lemma_.lower() in TAKING_PART:
        return [Filler(t) for t in with_conjuncts(children(verb, PASSIVE_SUBJECTS))]
    found = subjects_of(verb)
    if not found and verb.tag_ == GERUND and verb.dep_ in ADVERBIAL_CLAUSES and verb.head.i != verb.i:
        # "Speaking after his meeting with Boric, Castillo said": who speaks is the clause's subject
        found = [Filler(f.token, f.steps + 1) for f in subjects_of(verb.head)]
    return found


def protested(noun: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a protest noun is against, when it is one: "in protest against Peru"."""
    relation = noun_relation(noun, lexicon)
    if relation is None or relation.event_type != PROTEST:
        return []
    return [Filler(f.token, f.steps + 1) for f in noun_targets(noun, relation)]


def protesting_refusal(setting: Token) -> Token | None:
    """The refusal that is the protest an act refused was refused in: "miners refused to leave the pit in protest
    over unpaid wages" protest by refusing, which is done; None where no refusal governs the act."""
    return next((g for g in governors(setting) if g.lemma_.lower() in NEGATING and g.pos_ == "VERB"), None)


def governing_verb(verb: Token) -> Token:
    """The verb that tells whether the acts of a chain of infinitives and gerunds were done: "agreed" of "agreed to
    build", "failed" of "failed to agree on resuming"."""
    while True:
        if verb.dep_ in OPEN_COMPLEMENTS and verb.head.pos_ == "VERB":
            verb = verb.head
        elif through_preposition(verb):  # "agree on resuming"
            verb = verb.head.head
        else:
            return verb


def setting_verb(noun: Token, relation: Relation) -> Token | None:
    """The verb whose subject takes part in the event a noun names, when the noun is the setting of
    that verb: "staged a hunger strike in protest against X", "threw stones during demonstrations
    against X", and for a meeting or a visit, what frames it too ("after talks with Boric, Castillo said", "on a
    visit to Chile, he praised", "during his visit to Chile", cues ``meeting_setting_preps``). Not a passive
    ("were killed in an attack on"), nor a verb that befalls its subject."""
    prep = noun.head
    meeting = relation.event_type == CONSULT
    # "seized the town after heavy clashes with the army", "agreed to a ceasefire after clashes on the border":
    # those who clashed, as those who met after talks
    clashing = relation.event_type == CLASH and relation.reciprocal
    owners = [c for c in noun.children if c.dep_ in POSSESSIVES]
    if owners and not (meeting and all(c.tag_ in POSSESSIVE_PRONOUN_TAGS for c in owners)):
        return None  # "in its war with Iraq": the noun has its own actor; "his visit" is the visitor's, framing
    preps = SETTING_PREPS | MEETING_SETTING_PREPS if meeting or clashing else SETTING_PREPS
    if relation.event_type == PROTEST:  # "burned their headscarves at demonstrations": a crowd's, checked after
        preps = preps | JOINED_PROTEST_PREPS
    part = prep.head  # "on the first day of a visit to Chile", "on the sidelines of a summit with Peru"
    if meeting and prep.lower_ == OF and part.lemma_.lower() in OCCASION_PARTS and part.dep_ in PREP_OBJECTS:
        noun, prep = part, part.head
    if noun.dep_ not in PREP_OBJECTS or prep.dep_ not in PREPOSITIONS or prep.lower_ not in preps:
        return None
    verb = prep.head
    in_protest = relation.event_type == PROTEST and prep.lower_ == IN
    if in_protest and verb.dep_ in DIRECT_OBJECTS:
        verb = preposition_verb(prep) or verb  # "refused to attend the session in protest": the act whose object
        # the parser hung it on
    elif in_protest and verb.ent_type_ in TIME_LABELS and verb.dep_ in PREP_OBJECTS:
        verb = verb.head.head  # "shut their shops for two days in protest": the act the time is of
    if prep.lower_ == DURING and verb.pos_ in NOMINALS:  # "praised Chile's president as a great leader during a
        verb = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb)  # visit to Santiago": the clause's
    if verb.ent_type_ == MONEY and verb.dep_ in DIRECT_OBJECTS:  # "pledged $10 million in aid for Peru"
        verb = verb.head
        if relation.event_type != WITHHOLDING and WITHHOLDING in verb_types(verb):
            return None  # "froze millions of dollars in funding to Tanzania": the sum withheld, no aid given
    taking_part = verb.lemma_.lower() in TAKING_PART  # "were engaged in fighting with": its subject fights
    if verb.pos_ != "VERB" or (is_passive(verb) and not taking_part) or verb.lemma_.lower() in UNDERGOING:
        return None
    return verb

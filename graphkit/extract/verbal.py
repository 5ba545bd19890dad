"""Events expressed by a verb of the lexicon: "Russia attacked Ukraine", "Iran refused to supply arms".

One generator, ``verbal_sites``, yields a ``Site`` per event verb with its subjects and objects,
found by the patterns of ``arguments`` (and ``control``): active, passive, ditransitive, prepositional, control,
complement targets ("threatened to break relations with Russia") and reciprocal subjects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphkit.extract.actors import (
    PEOPLE,
    REGIONS,
    actor_count,
    actor_itself,
    actors,
    apposed,
    is_collective,
    is_crowd,
    is_group,
    is_party,
    names_actor,
    unnamed,
)
from graphkit.extract.alerts import alert, raises_alert
from graphkit.extract.arguments import (
    BONDS,
    CONCESSIONS,
    CONVEYING,
    CONVICT,
    CRITICIZE,
    DEADLINE_PREPS,
    FORCES_SENT_PREPS,
    ILLS,
    INQUIRY,
    NAMING,
    OF,
    OPPOSING_PREPS,
    PLACE_LABELS,
    PLACE_PARTS,
    PLACE_PREPS,
    RELIEF_GOODS,
    STRIKES_PLACES,
    SUPPLY,
    WITH,
    about,
    actor_objects,
    authors,
    befallen,
    captors,
    clause_object,
    complement_targets,
    counted_thing,
    custodians,
    forces_moved,
    givers,
    holders,
    intangible,
    is_theme,
    joint,
    measured_event,
    named_among,
    names_place,
    noun_keys,
    objects_of,
    partners_within,
    peacekeeping,
    people_of,
    places_of,
    struck_stance,
    subjects_of,
    summarized_authors,
    whole_of,
)
from graphkit.extract.attribution import condemning_verdict, harmful, misread_verdicts, obliged, speaker_of
from graphkit.extract.cameo import (
    DEMAND,
    MOBILIZE,
    ORDERING,
    Reading,
    agreeing_coding,
    armed_doer,
    coded_as,
    read_verb,
)
from graphkit.extract.commitment import (
    COOPERATIVE,
    HOSTILE,
    WARNING_VERBS,
    commissive,
    committed,
    condition_subjects,
    unless_given,
)
from graphkit.extract.context import (
    BARE_INFINITIVE_VERBS,
    DEPLOY,
    QUESTION_WORDS,
    THREAT,
    asserted,
    governors,
    infinitive,
    polarity_of,
)
from graphkit.extract.control import addressees, says
from graphkit.extract.deps import (
    ADVERBIAL_CLAUSES,
    ADVERBIAL_NOUNS,
    ADVERBS,
    AUXILIARIES,
    BARE_FORMS,
    BASE_FORM,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    CONJUNCTS,
    DATIVES,
    DETERMINERS,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    NATIONALITY,
    NEGATIONS,
    NOMINALS,
    NOUN_MODIFIERS,
    OBJECT_PREDICATES,
    OPEN_COMPLEMENTS,
    PARTICLES,
    PASSIVE_SUBJECTS,
    PLURAL_NOUN_TAGS,
    POSSESSIVE_PRONOUN_TAGS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    RELATIVE_PRONOUN_TAGS,
    STATE_LABELS,
    SUBJECTS,
    TIME_LABELS,
    VERBS,
)
from graphkit.extract.doc_index import tokens_with
from graphkit.extract.event_nouns import FORCE as FORCE_TYPES
from graphkit.extract.event_nouns import hostile_noun, noun_relation, protest_noun
from graphkit.extract.facing import SIGN_PREPS, faced, shared_border, warned
from graphkit.extract.lexicon import Lexicon, Relation, lexicon_of
from graphkit.extract.listings import listing
from graphkit.extract.mentions import COUNTRY_OR_CITY, POSTED, REGION_NOUNS, TRANSFER, conjunct_object, entity_of, owned
from graphkit.extract.misparses import declared_unwelcome
from graphkit.extract.nominal import (
    ADDRESSEE_PREPS,
    AIMING,
    ANSWERED,
    DEMANDING_THREATS,
    MONEY,
    answered_doers,
    noun_actors,
    noun_targets,
    object_event_targets,
)
from graphkit.extract.pressure import pressured_concession, pressurers
from graphkit.extract.protests import (
    COMPLAIN,
    abroad,
    by_crowd,
    home_of,
    names_state,
    protest_places,
    state_name,
    street_protest,
    taken_by_crowd,
)
from graphkit.extract.restrictions import domestic_restriction, kept_out_of, others_named, own_state
from graphkit.extract.sites import Filler, Site
from graphkit.extract.stopping import CONCEDE, PROTEST, STOPPING, SUSPEND, WITHDRAW, acceding, removed_as, stopping
from graphkit.extract.tree import (
    among,
    children,
    glued_hyphen,
    is_passive,
    modified_noun,
    participle_on,
    prep_objects,
    small_clauses,
    with_conjuncts,
    with_counted,
)
from graphkit.extract.verbs import light_keys, verb_keys, verb_types
from graphkit.extract.when_where import PLACE_LABELS as WHERE_LABELS
from graphkit.extract.words import COMBATANTS, OFFERING, PRONOUNS_GROUP, PRONOUNS_PERSON, ROLE_HEADS, THE
from graphkit.nlp.country_names import country_names, writes_country
from graphkit.nlp.place_names import listed_place
from graphkit.types import PUBLIC_PATTERN
from graphkit.vocabulary import cue_sequence, cue_words, quad_class
from graphkit.vocabulary.cameo import Coding, cameo_dictionary

DIRECT_CONFIDENCE = 0.8  # subject and object straight from the verb
COMPLEMENT_CONFIDENCE = 0.7  # the target comes from the clause the verb governs
RECIPROCAL_CONFIDENCE = 0.7  # "A and B agreed": each is the other's target
AGREE = "AGREE"
# acts whose promise is no offer of cooperation to their target: force, threats, criticism, refusal
UNCOOPERATIVE = HOSTILE | {THREAT, "DISAPPROVE", "REJECT"}
AID = "AID"
VISITORS = cue_words("visitors")
EXPELLING = cue_words("expelling_verbs")
CALM = cue_words("calm_nouns")  # "appealed for calm in Bangui": asked of the place's parties
TOWN_PARTS = cue_words("town_parts")  # "in the streets of Nairobi": in Nairobi
MONITORING = cue_words("monitoring_verbs")  # "monitored by the BBC": what a news service hears
BROADCASTS = cue_words("broadcast_nouns")
COMPANY_PARTS = cue_words("company_parts")  # "sold its packaging operations to ...": a deal between firms
SUMMONING = cue_words("summoning_verbs")  # "summoned the ambassador": a rebuke; "... for questioning": an inquiry
QUESTIONING = cue_words("questioning_nouns")
ADDRESSED_PROTESTS = cue_words("addressed_protest_verbs")  # "protested to Peru": a complaint; "marched to Lima" no
COURTESIES = cue_words("courtesies")  # "offered condolences": no promise
OPINION_PREPS = cue_words("opinion_preps")  # "agreed about what happened": an opinion shared
BLAME_PREPS = cue_words("blame_preps")  # "attacked Peru for failing to ...": the reason it is blamed
HOSTING_VERBS = cue_words("hosting_verbs")
CONTEST_WORDS = cue_words("contest_words")  # "battle it out for the award": a game, not a fight
AWARD_CATEGORIES = cue_words("award_categories")  # "best picture", "best actress": a prize
BEST = "best"
WINNING_VERBS = cue_words("winning_verbs")  # "Federer beat Nadal": a result, not a beating
CONTESTED_TYPES = frozenset({"AID", "SUPPORT", "ASSAULT", "FIGHT", "COERCE"})  # the types games are read as
NUMBER_MODIFIERS = frozenset({"nummod"})
SCORE_DIGITS = 3  # "98-95" is a score, "2015-16" a range of years
AGAINST = "against"  # the preposition of an act aimed at an opponent
THREATEN_VERB = "threaten"  # the lexicon's verb of threats: a promise of force is one
ANSWERED_PREPS = cue_sequence("answered_preps")  # "to respond to an attack", "to retaliate for the bombing"
FORCE = "FIGHT"  # the type of the dictionary's verbs of force (19x), whose target prepositions a promised one takes
REQUESTED = "for"  # "an appeal for sanctions", "called for the withdrawal of": what is asked for
SUPPORT_TYPE = "SUPPORT"  # "gave $20 million to support Bolivia's recovery": aid, not also support
DEMAND_TYPE = "DEMAND"  # a crowd's demand in a protest against no one named is against the place's government
OVERTHROWING = cue_words("overthrowing_verbs")  # "vowed to topple the president": a threat
FORCEFUL_MANNERS = cue_words("forceful_manners")  # "would intervene militarily in Libya": force
INTERVENED_PREPS = ("in",)  # where force done in a forceful manner goes: "intervene militarily in Libya"
MATERIAL_CONFLICT = "material conflict"  # the quad class of force: "vowed to punish" promises it
# the types whose acts are words said, which several saying together do not make cooperation
SAID_TYPES = frozenset({"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
VENGEANCE = cue_words("vengeance")  # "vowed revenge against Peru": no promise to cooperate
AVENGED_PREPS = cue_sequence("avenged_preps")  # whom revenge is taken on: "vowed revenge against Peru"
MATERIAL_FORCE = FORCE_TYPES  # force against people or things, as opposed to words
TOWN_LABELS = PLACE_LABELS | {NATIONALITY}  # "Kampala", "East African": places, or peoples that may be no country
VIOLENCE = MATERIAL_FORCE | {"COERCE"}  # force, arrests and raids: "were arrested in a raid by police"
OCCASION_MARKERS = cue_words("occasion_markers")  # "were wounded when troops opened fire": the act it came in
DOUBTING = cue_words("doubting_verbs")  # "questioned UN estimates": doubted them
PROTEST_VERB = "protest"  # the lexicon's verb whose relation an act a protest is for takes
# "marched to denounce Chile": what a protest is for, and the protest is the claim. A demand is an act of its own
# besides: "marched, demanding that Chile withdraw" is the marchers' demand on Chile and their protest against it
# (PLOVER codes both forms PROTEST)
PROTEST_AIMS = frozenset({"DISAPPROVE", "DEMAND"})
DISAPPROVE = "DISAPPROVE"
PROTEST_ONLY = frozenset({DISAPPROVE})
RECIPROCAL_PRONOUNS = cue_words("reciprocal_pronouns")  # "Chile and Peru accused each other"
HELPING_VERBS = cue_words("helping_verbs")  # "gave $5 million to help Peru rebuild": Peru receives it
INDEFINITE = cue_words("indefinite_articles")
CONVERSATION_PURPOSES = cue_words("conversation_purposes")  # "called the president to discuss": a phone call
INVITATION_PURPOSES = cue_words("invitation_purposes")  # "invited Peru to join the talks": a meeting
ASKING_VERBS = cue_words("asking_verbs")  # "asked Peru whether ...": a question
RACES = cue_words("races")  # "pulled out of the Palestinian elections": no retreat
RETREAT = "RETREAT"
CONCEDE_TYPE = "CONCEDE"  # a concession that names no one gives in to whom it followed (extract/pressure.py)
COERCE = "COERCE"
RESTRICTING = frozenset({COERCE, CONCEDE_TYPE})  # a restriction put on or lifted from a public (restrictions.py)
HOST = "host"  # the lexicon's verb whose relation a host's receiving of visitors takes
PERSON = "PERSON"  # the entity label of a person sent: an envoy
INSPECTORS = cue_words("inspector_nouns")  # "sent inspectors to Iran": an investigation
INVESTIGATE = "investigate"  # the lexicon's verb whose relation sending inspectors takes
INVESTIGATE_TYPE = "INVESTIGATE"
INVITE = "invite"  # the lexicon's verb of hosting that, with another purpose, is an appeal
URGE = "urge"  # the lexicon's verb whose relation an invitation to act takes
EXPEL = "expel"  # the lexicon's verb whose relation an order for envoys to leave takes
CENSOR = "censor"  # the lexicon's verb whose relation an order to shut a newspaper or a party takes
SHUT_BODIES = cue_words("shut_bodies")
SHUTTING = cue_words("shutting_verbs")
LEAVING = cue_words("leaving_verbs")
VISIT = "visit"  # the lexicon's verb whose relation sending an envoy takes
EXTRADITE = "extradite"  # the lexicon's verb whose relation handing over a suspect takes

CUSTODY = cue_words("custody_verbs")  # "were detained in China": by China
SURRENDERING = cue_words("surrendering_verbs")  # "fighters surrendered to the army": they disarm
DISARM = "lay down"  # the lexicon's verb of arms given up (RETREAT, CAMEO 0874)
RESTORING = cue_words("restoring_verbs")  # "to help rebuild Iraq": Iraq is helped
OPERATIONS = cue_words("operation_nouns")  # "a ground operation against Hamas": force, the noun of no type
PREPARING = cue_words("preparing_words")  # "in preparation for", "ahead of" an act of force
CONFRONTING = cue_words("confronting_verbs")  # "massed troops to confront the Houthis": whom a deployment is for
PURPOSE_NOUNS = cue_words("purpose_nouns")  # "in a move to deter Russia": the infinitive is the act's purpose
VERBAL_FORCE = cue_words("verbal_force_verbs")  # "Trump attacked Biden": words, between persons
SPOKEN_MISSILES = cue_words("spoken_missiles")  # "bombarded the minister with requests": no force
WHOLE_COUNTRY = cue_words("whole_country_nouns")  # "deployed troops across the country": the state's own land
READYING = cue_words("readying_preps")  # "called up reservists for training": readied, sent nowhere
JOINT_ADVERBS = cue_words("joint_adverbs")  # "jointly built": a joint act is cooperation
POLICE = cue_words("police_nouns")  # "police raided the offices": a raid of police is coercion
POLICING = cue_words("policing_verbs")  # "raided", "searched": what police do to coerce
ARREST = "arrest"  # the lexicon's verb of coercion by police (COERCE)
ALONGSIDE = cue_sequence("alongside_preps")  # "fought alongside Malian soldiers": allies
COOPERATE_VERB = "cooperate"  # the lexicon's verb whose relation a joint act takes
AIDED_PEOPLE = cue_words("aided_people")  # "gave $5 million to families displaced by fighting in Sudan": Sudan
KILLING_ENDS = cue_words("killing_ends")  # "hacked 14 villagers to death": killed them
NOT_KILLING = cue_words("not_killing_verbs")  # "sentenced him to death": no killing
KILL = "kill"  # the lexicon's verb whose relation a verb done "to death" takes
COOPERATE = "COOPERATE"
TOGETHER = frozenset({"together"})  # "worked together": not "together account for 40%", a sum
DEMAND_NOUN = "demand"  # the lexicon's noun whose relation an ultimatum's act is asked by
DEADLINE = "139"  # CAMEO's "give * deadline", an ultimatum: "gave the junta a week to reinstate the president"
GRANTING = cue_words("granting_verbs")  # "gave Iranian diplomats 48 hours to leave": time granted, no aid
HUMAN_SHIELD = "184"  # CAMEO's "use as human shield", whatever verb holds them so
SHIELDS = cue_words("shield_nouns")  # "held villagers as human shields"
SALE = "sale"  # the lexicon's noun whose relation trade in goods other than arms takes
ARMAMENTS = cue_words("armaments")  # what is sold as arms: "jets", "missiles"
SCENE_PREPS = cue_words("place_preps")  # where an act took place: "clashed at the border post"
MOVEMENTS = frozenset({MOBILIZE, RETREAT})  # moving forces in or out: "troops were deployed", "were withdrawn"
PROTEST_AIM_PATTERN = "protest-aim/1"  # a demand a protest is made for, of whom the protest is against
CALLED_OFF_PATTERN = "called-off/1"  # a protest called off, against no one named: eased toward the crowd's own state
HANDING = cue_words("handing_verbs")  # "handed over the former minister to Bolivia": an extradition
COURTS = cue_words("court_nouns")  # "transferred Gbagbo to the International Criminal Court": an extradition
WANTED = cue_words("wanted_people")  # "handed the suspect over to Peru": an extradition
ORDERED_TO = ("to", *FORCES_SENT_PREPS)  # "ordered two warships to the Gulf", "into Kuwait"
FACED_TYPES = frozenset({MOBILIZE, RETREAT})  # forces moved to or from a border its holders share face each other
PACIFYING = cue_words("pacifying_verbs")  # "deployed the army to quell clashes in Marsabit": sent there
MOVING = cue_words("moving_verbs")  # "moved troops to the border": with forces for object, a deployment
SENDING = cue_words("sending_verbs")  # "sent troops to Aceh": forces sent into places that are no state, deployed
RELIEF_PURPOSES = cue_words("relief_purposes")  # "deployed soldiers to help flood victims": aid
RELIEF = cue_words("relief_words")  # "mobilized troops for rescue operations"
SENTENCING = cue_words("sentencing_verbs")  # "sentenced a tourist to eight years": a conviction too
JAILING = cue_words("jailing_verbs")  # "jailed him for 10 years": a sentence passed, a conviction too
TERM_PREP = "for"  # of how long one is jailed: "for 10 years"
WANTED_MODIFIERS = cue_words("wanted_modifiers")  # "two suspected ETA leaders": wanted, whoever they are
SANCTION = "SANCTION"
STATIVE_VERBS = cue_words("stative_verbs")
SPECULATIVE = cue_words("speculative_auxiliaries")
OUT = "out"
READINGS = "graphkit_verb_readings"  # the doc.user_data key of the verbs' readings
PROMPTING = cue_words("prompting_verbs")  # "..., prompting Beijing to threaten countermeasures": against whom
REACTIONS = frozenset({THREAT, "DISAPPROVE", "DEMAND", "SANCTION", "REJECT", "PROTEST", FORCE})  # what is provoked:
# "..., prompting the South to return fire" fights who fired


def coded_relation(verb: Token, lexicon: Lexicon) -> Reading | None:
    """How a verb is coded: by the lexicon (lemma and particle, "blow up", else lemma; see ``verbs.verb_keys``),
    with its CAMEO code when the dictionary agrees, else by the CAMEO dictionary as the lexicon reads it.

    Looked up once per verb of a Doc (the answer is kept in ``doc.user_data``).
    """
    if verb.pos_ != "VERB":
        return None
    known: dict[int, Reading | None] = verb.doc.user_data.setdefault(f"{READINGS}/{id(lexicon)}", {})
    if verb.i not in known:
        keys = verb_keys(verb)
        key = next((k for k in keys if lexicon.verb(k) is not None), None)
        relation = lexicon.verb(key) if key is not None else None
        if relation is not None and relation.preps_only and other_particle(keys, key, relation):
            key, relation = None, None  # "called up reservists for operations against Hamas": no "call for"
        travel = any(k in lexicon.travel_verbs for k in keys)  # "flew back to London" travels as "flew" does
        if travel and not (children(verb, DIRECT_OBJECTS) or is_passive(verb)):
            relation = None  # "returned to Lima for talks": a trip, coded through its purpose (nominal)
        if used_as_shields(verb):  # "held villagers as human shields": the dictionary's use of them (184)
            known[verb.i] = coded_as(HUMAN_SHIELD, lexicon)
            return known[verb.i]
        reversal = stopping(verb, keys, lexicon) or acceding(verb, keys, lexicon)
        reversal = reversal or pressured_concession(verb, keys, lexicon)  # "resigned after weeks of protests"
        if reversal is not None:  # "suspended sanctions on", "called off talks with": the act stopped says which
            known[verb.i] = Reading(reversal, None, listed=True)
            return known[verb.i]
        deadline = deadline_given(verb) if GRANTING.intersection(keys) else None
        if deadline is not None:  # "gave Iranian diplomats 48 hours to leave" (expelled), "gave the junta a week
            # to reinstate the president" (an ultimatum, CAMEO's "give * deadline"): no time is aid
            expelling = lexicon.verb(EXPEL) if deadline else None
            known[verb.i] = Reading(expelling, None, listed=True) if expelling else coded_as(DEADLINE, lexicon)
            return known[verb.i]
        ordered = ORDERING.intersection(keys) and ordered_out(verb)
        expel = lexicon.verb(EXPEL) if ordered or declared_unwelcome(verb) else None
        if expel is not None:  # "ordered the French ambassador to leave", "... out of Caracas", "declared two
            # Chilean diplomats persona non grata": expelled
            known[verb.i] = Reading(expel, None, listed=True)
            return known[verb.i]
        killing = lexicon.verb(KILL) if done_to_death(verb, keys) else None
        if killing is not None and (relation is None or relation.event_type != killing.event_type):
            # "hacked 14 villagers to death", "stoned a woman to death": killed ("beaten to death" is a beating)
            known[verb.i] = Reading(killing, None, listed=True)
            return known[verb.i]
        done_by = sense_by_company(verb, keys, lexicon)
        if done_by is not None:  # "200 Boko Haram fighters surrendered to Nigerian troops", "took to the streets"
            known[verb.i] = Reading(done_by, None, listed=True)
            return known[verb.i]
        criticism = lexicon.verb(CRITICIZE) if keys[0] in NAMING and condemning_verdict(verb) else None
        if criticism is not None:  # "called the sanctions illegal", "branded the move a hostile act", "described
            # the expulsions as a provocation": a criticism of its object
            known[verb.i] = Reading(criticism, None, listed=True)
            return known[verb.i]
        verdict = children(verb, OBJECT_PREDICATES) or small_clauses(verb)
        verdict = verdict or (misread_verdicts(children(verb, DIRECT_OBJECTS)) if keys[0] in NAMING else [])
        if relation is not None and relation.preps_only and verdict:
            known[verb.i] = None  # says what its object is ("called the attack an act of war"): no call at all
            return None
        senses = lexicon.verb_senses(key) if key is not None else ()
        if len(senses) > 1:  # "violated the truce" (FIGHT), "violated the treaty" (REJECT)
            relation = sense_of(verb, senses)
            if relation is not None and relation.preps_only and bidden_only(verb, relation):
                relation = senses[-1]  # "ordered the Special Investigating Unit to probe": bidden, not sent
        if relation is not None and not in_sense(verb, relation):
            # Not the sense the entry is for. The dictionary's reading if a pattern of it fits ("accepted the
            # treaty") or it is of another type ("reduced the number of its troops": a withdrawal; "called the
            # Turkish president to discuss": a phone call); else none ("mobilized pressure groups" is no
            # mobilization, whatever the verb's default code says).
            other = read_verb(verb, keys, lexicon)
            types = {sense.event_type for sense in senses or (relation,)}  # of every sense the lexicon lists
            usable = other is not None and (other.patterned or other.relation.event_type not in types)
            known[verb.i] = other if usable else None
            return known[verb.i]
        if receives_visitor(verb):  # "Putin received the Iranian foreign minister", "welcomed the Peruvian
            relation = lexicon.verb(HOST) or relation  # president to Santiago", "greeted Chavez": a host
        if relation is not None and relation.event_type == PROTEST and (protests_to(verb) or state_protest(verb)):
            relation = lexicon.verb(COMPLAIN) or relation  # "protested to Peru over the arrests": a complaint
        if relation is not None and asks_a_question(verb):
            known[verb.i] = None  # "asked Peru whether it would attend": a question, no request
            return None
        if relation is not None and keys[0] in SUMMONING and for_questioning(verb):
            relation = lexicon.verb(INVESTIGATE) or relation  # "summoned the opposition leader for questioning"
        if relation is not None and keys[0] == INVITE and invited_to_act(verb):
            relation = lexicon.verb(URGE) or relation  # "invited the rebels to shun violence": an appeal
        if keys[0] in ORDERING and ordered_shut(verb):
            relation = lexicon.verb(CENSOR) or relation  # "ordered the newspaper La Prensa to suspend publication"
        elif keys[0] in ORDERING and ordered_to(verb):
            relation = lexicon.verb(DEPLOY) or relation  # "ordered two warships to the Gulf": moved, no demand
        elif keys[0] in SENDING and sent_into_places(verb):
            relation = lexicon.verb(DEPLOY) or relation  # "sent 2,000 troops to Aceh": deployed, not given
        if relation is not None:  # its CAMEO code, as provenance, is looked up once it makes a claim (site_coding)
            known[verb.i] = Reading(relation, None, listed=True)
        elif travel:  # graphkit's own entry: a trip codes through its purpose (nominal)
            known[verb.i] = None
        elif keys[0] in MOVING and (deploy := lexicon.verb(DEPLOY)) and any(map(forces_moved, taken_things(verb))):
            # "moved 30,000 troops to its border with Kuwait": deployed (the dictionary's patterns of moving are narrow)
            known[verb.i] = Reading(deploy, None, listed=True)
        else:
            known[verb.i] = read_verb(verb, keys, lexicon)
    return known[verb.i]


def done_to_death(verb: Token, keys: tuple[str, ...]) -> bool:
    """Whether a verb kills by what it does "to" (cues ``killing_ends``): "hacked to death", "burned two men to
    death"; not a sentence passed ("sentenced him to death", cues ``not_killing_verbs``)."""
    if NOT_KILLING.intersection(keys):
        return False
    return any(o.lemma_.lower() in KILLING_ENDS for o in prep_objects(verb, ("to",)))


def other_particle(keys: tuple[str, ...], key: str | None, relation: Relation) -> bool:
    """Whether the verb has a particle that is none of the prepositions its entry, found by the bare verb, reads
    its target through: "call up" is no "call on" or "call for"."""
    with_particle = keys[0].split()
    return key != keys[0] and len(with_particle) == 2 and with_particle[1] not in relation.preps


def used_as_shields(verb: Token) -> bool:
    """Whether a verb holds or uses people "as" shields (cues ``shield_nouns``): "held villagers as human shields",
    "were using civilians as a shield"."""
    return any(o.lemma_.lower() in SHIELDS for o in prep_objects(verb, ("as",))) and bool(taken_things(verb))


def for_questioning(verb: Token) -> bool:
    """Whether someone is summoned to be questioned (cues ``questioning_nouns``): "summoned the former minister for
    questioning" is an inquiry into him, not the rebuke of an ambassador summoned."""
    fors = [p for p in children(verb, PREPOSITIONS) if p.lower_ == "for"]
    return any(o.lower_ in QUESTIONING for p in fors for o in children(p, PREP_OBJECTS | PREP_COMPLEMENTS))


def protests_to(verb: Token) -> bool:
    """Whether a verb of protest is addressed to someone, as a state's complaint is ("protested to Peru",
    "protested strongly with the embassy"), not held against or outside something (cues ``addressee_preps``), nor
    a march or a rally that goes somewhere (cues ``addressed_protest_verbs``): "marched to Islamabad"."""
    if verb.lemma_.lower() not in ADDRESSED_PROTESTS:
        return False
    return any(names_actor(o) for o in prep_objects(verb, ADDRESSEE_PREPS))


def state_protest(verb: Token) -> bool:
    """Whether a verb of protest is a state's (``by_authority``): "China protested the arms sale to Taiwan", "Seoul
    summoned the ambassador to protest Tokyo's claim"; a diplomatic protest, which PLOVER codes DISAPPROVE, not a
    crowd's ("Chilean dockers protested", "Palestinians protested")."""
    if verb.lemma_.lower() not in ADDRESSED_PROTESTS or by_crowd(verb):
        return False
    # "will hold a rally to protest": what a protest held is for
    held = verb.head.i != verb.i and any(map(protest_noun, (verb.head, *children(verb.head, DIRECT_OBJECTS))))
    doers = [f.token for f in subjects_of(verb)]  # "summoned the ambassador to protest": who summoned
    return not held and any(map(names_state, doers))


def asks_a_question(verb: Token) -> bool:
    """Whether a verb of asking reports a question ("asked Peru whether it would attend", "asked the lawyer what
    had happened"), not a request ("asked Peru to withdraw", "asked for help")."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    return any(c.doc[c.left_edge.i].lower_ in QUESTION_WORDS for c in children(verb, CLAUSAL_COMPLEMENTS))


def deadline_given(verb: Token) -> bool | None:
    """Whether a verb of giving gives an actor time to do something: None if not; True if the time is to leave
    and the actor is envoys or forces ("gave Iranian diplomats 48 hours to leave the kingdom": an expulsion),
    False for any other deadline ("gave Bosnian Serb forces ten days to withdraw their heavy weapons")."""
    times = [c for c in verb.children if c.ent_type_ in TIME_LABELS and c.dep_ in DIRECT_OBJECTS | ADVERBIAL_NOUNS]
    recipients = [c for c in verb.children if c.dep_ in DATIVES | DIRECT_OBJECTS and c not in times]
    acts = [c for c in children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS) if infinitive(c)]
    acts += [c for t in times for c in children(t, RELATIVE_CLAUSES | CLAUSAL_MODIFIERS) if infinitive(c)]
    if not times or not acts or not any(names_actor(r) for r in recipients):
        return None
    return any(posted_abroad(r) for r in recipients) and any(a.lemma_.lower() in LEAVING for a in acts)


def posted_abroad(word: Token) -> bool:
    """Whether a word names envoys, inspectors or armed forces, those a state can send out of its country (cues
    ``posted_nouns``, ``inspector_nouns``; the lexicon's military nouns)."""
    forces = lexicon_of(word.doc).military_nouns
    return word.lower_ in POSTED or word.lower_ in forces or word.lemma_.lower() in INSPECTORS


def ordered_out(verb: Token) -> bool:
    """Whether an order sends envoys or foreign forces out of the country: "ordered diplomats from Peru to leave",
    "told the French ambassador to leave within 72 hours", "ordered the American ambassador out of Caracas",
    "ordered French troops to leave", "ordered IAEA inspectors to leave" (cues ``posted_nouns``, ``leaving_verbs``,
    ``inspector_nouns``; the lexicon's military nouns)."""
    # "ordered French Ambassador Joel Meyer to leave", "ordered inspectors from the IAEA to leave"
    envoys = [o for o in children(verb, DIRECT_OBJECTS) for w in (o, *children(o, COMPOUNDS)) if posted_abroad(w)]
    leaving = [c for c in children(verb, OPEN_COMPLEMENTS) if infinitive(c) and c.lemma_.lower() in LEAVING]
    out = [c for c in verb.children if c.lower_ == OUT and c.i > verb.i]  # "ordered the ambassador out of Caracas"
    return bool(envoys and (leaving or out))


def ordered_shut(verb: Token) -> bool:
    """Whether an order makes a newspaper, a broadcaster, a party or an aid body stop its work: "ordered the
    opposition newspaper La Prensa to suspend publication", "ordered all NGOs to stop employing women" (cues
    ``shut_bodies``, ``shutting_verbs``); a restriction imposed (CAMEO 172), not an appeal."""
    bodies = [o for o in children(verb, DIRECT_OBJECTS) if o.lemma_.lower() in SHUT_BODIES or o.lower_ in SHUT_BODIES]
    shut = [c for c in children(verb, OPEN_COMPLEMENTS) if infinitive(c) and set(verb_keys(c)) & SHUTTING]
    return bool(bodies and shut)


def ordered_to(verb: Token) -> bool:
    """Whether an order sends armed forces somewhere, with no act asked of them: "ordered the carrier USS Abraham
    Lincoln to the Middle East", "ordered troops to the border"; not "ordered troops to withdraw"."""
    if any(infinitive(c) for c in children(verb, OPEN_COMPLEMENTS | ADVERBIAL_CLAUSES)):
        return False
    return bool(prep_objects(verb, ORDERED_TO)) and any(map(forces_moved, taken_things(verb)))


def sent_into_places(verb: Token) -> bool:
    """Whether a verb sends armed forces into towns or regions: "sent 2,000 troops to Aceh", "sent soldiers to Papua
    province" deploy them there; "sent troops to Mali" (or to "Congo Republic", no town) gives them to the state
    (PLOVER's military assistance), and a place not named tells nothing ("sent troops to the region")."""
    if not any(map(forces_moved, taken_things(verb))):
        return False
    places = [span for o in prep_objects(verb, ORDERED_TO) for span, _ in actors(o)]
    return bool(places) and all(town_or_region(span) for span in places)


def town_or_region(span: Span) -> bool:
    """Whether a name is a town's or a region's, not a state's: one of canon's places ("Aceh", "Cabo Delgado"), or
    a name before a region's noun ("Papua province"; cues ``region_nouns``)."""
    if span.label_ not in WHERE_LABELS or state_name(span):
        return False
    return listed_place(span.text) or span[-1].lemma_.lower() in REGIONS


def invited_to_act(verb: Token) -> bool:
    """Whether an invitation asks its guest to do something other than come, meet or talk: "invited Bolivian rebels
    to shun violence" is an appeal; "invited Peru to join the talks" hosts Peru."""
    purposes = [c for c in children(verb, OPEN_COMPLEMENTS | ADVERBIAL_CLAUSES) if infinitive(c)]
    return any(c.lemma_.lower() not in INVITATION_PURPOSES for c in purposes)


def sense_of(verb: Token, senses: tuple[Relation, ...]) -> Relation:
    """Which of a word's senses a verb is used in: the first whose themes its object fits, and with no object the
    last, the most general ("broke with Peru" rejects it; "broke the truce" is fighting)."""
    if not taken_things(verb):
        return senses[-1]
    return next((r for r in senses if in_sense(verb, r)), senses[0])


def in_sense(verb: Token, relation: Relation) -> bool:
    """Whether a verb the lexicon lists is used in its entry's sense: with one of its ``themes`` as object, and, for
    an entry that finds its target only through its prepositions, with one of them or with no direct object of
    an actor ("called on Iran to", not "called Iran to discuss")."""
    if relation.themes and not takes_theme(verb, relation):
        return False
    if relation.bids and (not bids_to_act(verb) or consequence(verb)):
        return False
    if relation.authority and not by_authority(verb):
        return False
    if relation.armed and not by_forces(verb):
        return False
    if not relation.preps_only:
        return True
    if any(c.lower_ in relation.preps and (c.dep_ in PARTICLES or prep_names_actor(c)) for c in verb.children):
        return True  # "called on Iran to": not "called Erdogan on Tuesday"
    complements = children(verb, OPEN_COMPLEMENTS)
    if any(c.lemma_.lower() not in CONVERSATION_PURPOSES for c in complements):
        return True  # "called Iran to stop": an appeal, whoever it names
    return not any(named_itself(o) for o in children(verb, DIRECT_OBJECTS))


def bids_to_act(verb: Token) -> bool:
    """Whether a verb bids an actor named by name or noun to do something: an actor object and an infinitive of
    an act ("told Chile to withdraw"), or a clause of such an infinitive with an actor subject ("wants Chile to
    withdraw"). Not a state of affairs wished for ("wanted the UK to be prosperous") nor a pronoun ("wanted it to
    end"), whose antecedent may be a thing."""
    bare = verb.lemma_.lower() in BARE_INFINITIVE_VERBS  # "let Sweden join NATO", "let Chilean troops cross" (VBP)
    infinitives = [
        c
        for c in verb.children
        if c.dep_ in OPEN_COMPLEMENTS | CLAUSAL_COMPLEMENTS
        and (infinitive(c) or (bare and c.tag_ in BARE_FORMS))
        and c.lemma_.lower() not in STATIVE_VERBS
    ]
    bidden = [o for o in children(verb, DIRECT_OBJECTS) if o.pos_ != "PRON" and actor_or_people(o)]
    subjects = [s for c in infinitives for s in children(c, SUBJECTS) if s.pos_ != "PRON" and actor_or_people(s)]
    return bool(infinitives) and bool(bidden or subjects)


def actor_or_people(noun: Token) -> bool:
    """Whether a noun names an actor, or people by their noun ("opposition parties", "students")."""
    return names_actor(noun) or people_of(noun) is not None


def by_authority(verb: Token) -> bool:
    """Whether a verb's subject is a state or its government, named as such (cues ``state_bodies``): "Japan",
    "the Japanese", "the government"; not a person, a party, a law or a pronoun."""
    return any(map(names_state, doers(verb)))


def by_forces(verb: Token) -> bool:
    """Whether a verb's subject is armed forces (the lexicon's ``military_nouns``): "Syrian troops", "the last US
    soldiers"; not a minister or a company."""
    subjects = children(verb, SUBJECTS)
    counted = [o for s in subjects if is_collective(s) for o in prep_objects(s, ("of",))]  # "the last contingent of
    # French soldiers"
    return among([*subjects, *counted], frozenset(lexicon_of(verb.doc).military_nouns))


def sense_by_company(verb: Token, keys: Sequence[str], lexicon: Lexicon) -> Relation | None:
    """The relation a verb takes from what it is done with, by or to, whatever its own entry says: fighters who give up
    their arms disarm (CAMEO 0874, no concession), an actor taken off or put on a list of the designated is a
    sanction eased or imposed, relief carried is given, a raid by police coerces (CAMEO 171; armed forces' raids are
    force, ``[cameo] armed_senses``), forces put on alert are mobilized, a crowd in the streets protests."""
    if disarming(verb, keys, lexicon):  # "200 Boko Haram fighters surrendered to Nigerian troops"
        return lexicon.verb(DISARM)
    designated = listing(verb, keys, lexicon)  # "removed Cuba from its list of state sponsors of terrorism"
    if designated is not None:
        return designated
    if conveys_relief(verb, keys):  # "Turkish ships ferried relief supplies to Gaza"
        return lexicon.verb(SUPPLY)
    if keys[0] in POLICING and by_police(verb):  # "Nigerian police raided the offices of a newspaper in Abuja"
        return lexicon.verb(ARREST)
    if raises_alert(verb):  # "placed its forces on high alert", "raised the alert level of its air force"
        return lexicon.verb(DEPLOY)
    return lexicon.verb(PROTEST_VERB) if street_protest(verb) else None  # "took to the streets of Havana"


def conveys_relief(verb: Token, keys: Sequence[str]) -> bool:
    """Whether a verb of carrying (cues ``conveying_verbs``) carries relief (cues ``relief_goods``): "ferried relief
    supplies to Gaza", "flew food and medicine to Haiti"; not "carried out raids", "flew to Haiti"."""
    if keys[0] not in CONVEYING:
        return False
    return any(named_among(t, RELIEF_GOODS) for t in with_conjuncts(children(verb, DIRECT_OBJECTS)))


def disarming(verb: Token, keys: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether fighters give up (cues ``surrendering_verbs``) or hand over their arms (cues ``handing_verbs``, the
    themes of the lexicon's verb of arms given up): "200 Boko Haram fighters surrendered to Nigerian troops",
    "ELN guerrillas handed over their rifles to Church mediators"; not "the US handed over weapons to Ukraine"."""
    if keys[0] in SURRENDERING:
        return by_combatants(verb)
    arms = lexicon.verb(DISARM) if keys[0] in HANDING else None
    return arms is not None and any(is_theme(t, arms) for t in taken_things(verb)) and by_combatants(verb)


def by_police(verb: Token) -> bool:
    """Whether a verb's subject is police or the authorities (cues ``police_nouns``): "Nigerian police", "Turkish
    authorities", "Egyptian security forces"; not troops, whose raids are force."""
    subjects = children(verb, SUBJECTS)
    phrases = [modified_noun(s, lemma=False).split() for s in subjects]  # "Egyptian security forces"
    return among(subjects, POLICE) or any(
        " ".join(words[cut:]) in POLICE for words in phrases for cut in range(len(words))
    )


def by_combatants(verb: Token) -> bool:
    """Whether a verb's subject is fighters of any side, or counts them (the lexicon's ``military_nouns``, cues
    ``combatant_nouns``): "Boko Haram fighters", "hundreds of rebels"; not "an opposition leader"."""
    return among(with_counted(children(verb, SUBJECTS)), COMBATANTS | frozenset(lexicon_of(verb.doc).military_nouns))


def doers(verb: Token) -> list[Token]:
    """A verb's subjects; for a verb with none of its own, whoever does it (``subjects_of``): the controller of
    "Iran agreed to allow UN inspectors to visit"."""
    own = children(verb, SUBJECTS)
    if own or (verb.tag_ == BASE_FORM and verb.dep_ not in OPEN_COMPLEMENTS):
        return own  # none for an imperative: "don't let the Tories wreck it", quoted, is no one's act
    return [f.token for f in subjects_of(verb)]


def consequence(verb: Token) -> bool:
    """Whether a verb is a participle telling what another act brought about: "withdrew its peacekeepers, allowing
    Nasser to mass his divisions", "cut the tariffs, encouraging Peru to export more": no bidding of its own."""
    return verb.tag_ == GERUND and verb.dep_ in ADVERBIAL_CLAUSES and not children(verb, SUBJECTS)


def contest(verb: Token) -> bool:
    """Whether the verb's clause is about a game or an award, not an act between actors: a contest word in it
    (cues ``contest_words``: "award", "prize", "lifeline", ...), a prize's category ("best picture") or a score
    ("beaten 5-0")."""
    for token in verb.subtree:
        named = token.pos_ in NOMINALS or token.dep_ in PREP_OBJECTS | DIRECT_OBJECTS  # "into the final" (JJ)
        if named and (token.lemma_.lower() in CONTEST_WORDS or token.lower_ in CONTEST_WORDS):
            return True
        if token.lemma_.lower() in AWARD_CATEGORIES and any(c.lower_ == BEST for c in token.children):
            return True  # "beat The Killing Fields to best picture"
        if glued_hyphen(token):
            before, after = token.doc[token.i - 1], token.doc[token.i + 1]
            # "killing 5-6 soldiers": a range counting a noun ("beat Fiji 26-21" hangs the score on a name)
            counts = any(t.dep_ in NUMBER_MODIFIERS and t.head.pos_ == "NOUN" for t in (before, after))
            points = all(t.is_digit and len(t.text) <= SCORE_DIGITS and not dated_number(t) for t in (before, after))
            if points and not counts:
                return True  # a score: "5-0", not a range of years ("in 2015-16") or days ("on March 12-14")
    return False


def words_between_people(verb: Token, relation: Relation, subjects: list[Filler], objects: list[Filler]) -> bool:
    """Whether force a verb that also attacks with words (cues ``verbal_force_verbs``) tells is between persons
    named alone, no forces of theirs: politicians attacking or clashing with one another argue."""
    if relation.event_type not in MATERIAL_FORCE or verb_keys(verb)[0] not in VERBAL_FORCE:
        return False
    parties = [*subjects, *objects]
    named = [entity_of(f.token) for f in parties]
    return len(parties) > 1 and all(
        e is not None and e.label_ == PERSON and e.root.i == f.token.i and f.steps == 0
        for e, f in zip(named, parties, strict=True)
    )


def words_as_missiles(verb: Token) -> bool:
    """Whether what force is done "with" is things said or written (cues ``spoken_missiles``), through a measure of
    them too: "bombarded the minister with a barrage of requests"."""
    used = prep_objects(verb, ("with",))
    things = [*used, *(o for u in used for o in prep_objects(u, ("of",)))]
    return any(t.lemma_.lower() in SPOKEN_MISSILES for t in things)


def rivals(subjects: list[Filler], objects: list[Filler]) -> bool:
    """Whether both sides are named by their names, as the sides of a game are: "Federer", "Chile"; not
    "police" or "Peruvian protesters"."""
    return bool(subjects and objects) and all(entity_of(f.token) is not None for f in (*subjects, *objects))


def dated_number(number: Token) -> bool:
    """Whether a number is part of a date that names more than numbers ("March 12-14"); NER also calls a bare
    "26-21" a date."""
    if number.ent_type_ != "DATE":
        return False
    span = next((e for e in number.doc.ents if e.start <= number.i < e.end), None)
    return span is not None and any(t.is_alpha for t in span)


def named_itself(thing: Token) -> bool:
    """Whether a noun phrase is an actor itself, not a thing of one: "Erdogan", "his Turkish counterpart", not
    "Erdogan's speech" or "their programme Trading Moms"."""
    if thing.lemma_.lower() not in PEOPLE and children(thing, POSSESSIVES):
        return False
    return any(qualifier is None or qualifier.split()[-1].lower() in PEOPLE for _, qualifier in actors(thing))


def prep_names_actor(prep: Token) -> bool:
    """Whether a preposition's object names an actor."""
    return any(names_actor(o) for o in children(prep, PREP_OBJECTS))


def detainers(theme: Token, people: list[Filler], lexicon: Lexicon) -> list[Filler]:
    """Who holds the people whose release is asked for, when the sentence tells who took them: "Iranian police
    arrested the journalist Tom Brown, and London demanded his release" asks Iran, as PLOVER codes it."""
    senses = (noun_relation(theme, lexicon), *lexicon.verb_senses(theme.lemma_.lower()))  # "his release"
    if not any(r is not None and r.event_type == RETREAT for r in senses):
        return []
    held = [Filler(t, 2) for t in captors(theme)]
    if held:
        return held
    named = {s.start for f in people for s, _ in actors(f.token)}
    # "..., and Washington demanded his release": "his" is whom the last arrest before it took
    owner = not people and any(c.tag_ in POSSESSIVE_PRONOUN_TAGS for c in children(theme, POSSESSIVES))
    takers = []
    for verb in theme.sent:
        reading = coded_relation(verb, lexicon) if verb.pos_ == "VERB" and verb.i != theme.head.i else None
        if reading is None or reading.relation.event_type != COERCE:
            continue
        taken, _ = objects_of(verb, reading.relation)
        if any(o.token.left_edge.i <= i <= o.token.right_edge.i for o in taken for i in named):
            return [Filler(f.token, f.steps + 2) for f in subjects_of(verb)]
        if owner and taken and verb.i < theme.i:
            takers = [Filler(f.token, f.steps + 2) for f in subjects_of(verb)]
    return takers


def asked_thing(verb: Token, theme: Token | None) -> Token | None:
    """What a verb of asking asks for: its theme, or the object of its "for" ("called for the release of ...")."""
    return theme if theme is not None else next(iter(prep_objects(verb, (REQUESTED,))), None)


def on_whom(
    relation: Relation, objects: list[Filler], theme: Token | None, lexicon: Lexicon
) -> tuple[list[Filler], Token | None]:
    """The objects and theme of a verb that changes an act of its own: an event noun that names whom it is done
    to is taken for its targets ("lifted UN sanctions on Peru" concedes to Peru, not to the UN)."""
    if relation.event_type not in lexicon.own_act_types:
        return objects, theme
    act = theme if all(f.steps for f in objects) else None
    if act is None:
        act = next(
            (f.token for f in objects if f.token.dep_ in DIRECT_OBJECTS and lexicon.noun(f.token.lemma_.lower())), None
        )
    if act is not None and object_event_targets(act, lexicon):
        return [], act
    return objects, theme


def takes_theme(verb: Token, relation: Relation) -> bool:
    """Whether the verb has no direct object (in the passive: no subject) and the relation allows none
    (``themes_only``), or one (or what it is part of) among the relation's ``themes``: "the paintings were
    returned", not "his smash was returned"."""
    things = taken_things(verb)
    objects = [o for o in (whole_of(c) for c in things) if not people_fit(o, relation)]
    if relation.frame == "transfer" and (given := prep_objects(verb, ("with",))):
        # "provided Egypt with intelligence": what is given, not whom it is given to
        things, objects = [*things, *given], [o for o in objects if not actor_itself(o)] + given
    if not objects:
        return bool(things) or not relation.themes_only  # people taken, or nothing taken where that may be
    return any(is_theme(o, relation) for o in objects)


def taken_things(verb: Token) -> list[Token]:
    """What a verb acts on: its direct object, or in the passive its subject ("the truce was broken")."""
    return children(verb, PASSIVE_SUBJECTS) or children(verb, DIRECT_OBJECTS)


def people_fit(thing: Token, relation: Relation) -> bool:
    """Whether an object fits a relation whose themes limit only the things it takes (``actors_fit``) by being
    people, named or counted: "met Putin", "released dozens of activists", "met its ally Peru" (a name in
    apposition)."""
    return relation.actors_fit and (actor_itself(thing) or people_of(thing) is not None or apposed(thing) is not None)


def receives_visitor(verb: Token) -> bool:
    """Whether what a verb of receiving receives is a visitor: "received the Iranian foreign minister",
    "received a Hamas delegation", "received a delegation from Niger", "received Xi Jinping", "Boric was received
    by Peru's president" (not "received Russian drones", nor "Syrian refugees")."""
    if verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    taken = taken_things(verb)
    sent_by = [o for t in (verb, *taken) for o in prep_objects(t, ("from",))]
    return any(visitor(obj) and (actors(obj) or any(actors(s) for s in sent_by)) for obj in taken)


def inspecting(verb: Token, theme: Token, lexicon: Lexicon) -> bool:
    """Whether what is sent goes to look into something: "a fact-finding team" (cues ``inspector_nouns`` among its
    modifiers), "sent a team to Peru to investigate the killings" (an investigation its purpose)."""
    modifiers = (theme.doc[m.left_edge.i : m.i + 1].text.lower() for m in theme.children if m.dep_ in NOUN_MODIFIERS)
    if any(words in INSPECTORS for words in modifiers):  # "fact-finding", which the tokenizer splits
        return True
    purposes = [c for c in verb.children if c.dep_ in ADVERBIAL_CLAUSES and infinitive(c)]
    readings = (coded_relation(p, lexicon) for p in purposes)
    return any(r is not None and r.relation.event_type == INVESTIGATE_TYPE for r in readings)


def visitor(token: Token) -> bool:
    """A person named ("Xi Jinping", not "an Oscar": a name takes no indefinite article) or a visiting party; not
    one of inspectors ("received a mission of observers from the OSCE": CAMEO's 0862, receiving inspectors)."""
    entity = entity_of(token)
    if entity is not None:
        return entity.label_ == "PERSON" and not any(c.lower_ in INDEFINITE for c in token.children)
    inspecting = any(o.lemma_.lower() in INSPECTORS for o in prep_objects(token, ("of",)))
    return token.lemma_.lower() in VISITORS | ROLE_HEADS and not inspecting


def listed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the lexicon codes the verb itself (its relation may take its subject from elsewhere: "receive"), or
    the verb with its place, particle or object is an idiom of protest ("walked out over pay", ``street_protest``)
    or puts forces on alert ("the Indian army was put on alert", ``raises_alert``)."""
    reading = verb.doc.user_data.get(f"{READINGS}/{id(lexicon)}", {}).get(verb.i)
    if reading is not None:
        return reading.listed
    return any(lexicon.verb(k) is not None for k in verb_keys(verb)) or street_protest(verb) or raises_alert(verb)


def site_coding(verb: Token, reading: Reading, lexicon: Lexicon) -> Coding | None:
    """The coding a claim of this verb records: the dictionary's, or for a verb the lexicon lists, the dictionary's
    when it agrees on the type."""
    if not reading.listed:
        return reading.coding
    return agreeing_coding(verb, verb_keys(verb), reading.relation, lexicon)


def bidden_only(verb: Token, relation: Relation) -> bool:
    """Whether a verb with an infinitive complement names nowhere its relation's object goes: "ordered the unit to
    probe corruption" bids it, where "ordered 700 troops to Los Angeles" sends them."""
    return bool(children(verb, OPEN_COMPLEMENTS)) and not prep_objects(verb, relation.preps)


def relation_of(verb: Token, lexicon: Lexicon) -> Relation | None:
    """The relation a verb expresses (see ``coded_relation``), or None."""
    reading = coded_relation(verb, lexicon)
    return reading.relation if reading is not None else None


def asked_for(verb: Token, lexicon: Lexicon) -> bool:
    """Whether what a verb says is asked for, not told: "urged Peru to stop", "urged Peru to impose sanctions"."""
    return not asserted(verb, lambda t: governing_relation(t, lexicon))


def requested(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the event an event noun names is asked for, not told: "an appeal for the withdrawal of British
    troops", "called for UN sanctions on Peru", "urged the deployment of AU troops"."""
    asker = noun.head.head if noun.dep_ in PREP_OBJECTS and noun.head.lower_ == REQUESTED else None
    if asker is None and noun.dep_ in DIRECT_OBJECTS:
        asker = noun.head
    if asker is None:
        return False
    relation = relation_of(asker, lexicon) if asker.pos_ == "VERB" else lexicon.noun(asker.lemma_.lower())
    return relation is not None and not relation.asserts


def governing_relation(word: Token, lexicon: Lexicon) -> Relation | None:
    """The relation of a word that governs an event: its verb's, or that of the request it voices
    ("reiterated its demand that Israel ease ...", "issued a call for ..."); of a noun, its request's ("calls to
    release Bazoum")."""
    if word.pos_ == "NOUN":  # "calls to release Bazoum", "an ultimatum to withdraw": what they ask for
        return asking(word, lexicon)
    relation = relation_of(word, lexicon)
    general = lexicon.verb(word.lemma_.lower())
    bidding = general is not None and not general.asserts and bool(children(word, OPEN_COMPLEMENTS))
    if relation is not None and relation.asserts and bidding:
        return general  # "ordered British troops to march into Belfast": troops sent, and bidden what to do
    if relation is not None:
        return relation
    requests = (asking(o, lexicon) for o in children(word, DIRECT_OBJECTS) if o.pos_ == "NOUN")
    return next((r for r in requests if r is not None), None)


def asking(noun: Token, lexicon: Lexicon) -> Relation | None:
    """The relation of a noun that asks for what it governs: a request's ("calls to release Bazoum"), or an
    ultimatum's (cues ``demanding_threats``), whose act the one threatened must do; None for others."""
    relation = lexicon.noun(DEMAND_NOUN) if noun.lower_ in DEMANDING_THREATS else lexicon.noun(noun.lemma_.lower())
    return relation if relation is not None and not relation.asserts else None


def fits(verb: Token, theme: Token | None, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether the verb's direct object suits the relation.

    A relation with ``themes`` takes only those ("deployed troops", not "mobilized pressure groups");
    a transfer of a hostile act is that act, not aid ("delivered blows to", "gave them a veto"), and so is
    an act the verb gives as a light verb ("gave its support to": the noun codes it, see ``nominal``).
    """
    if theme is None:  # "gave Peru until Friday to withdraw": time, a deadline, not aid
        return not (relation.frame == "transfer" and prep_objects(verb, DEADLINE_PREPS))
    lemma = theme.lemma_.lower()
    if relation.event_type == MOBILIZE and alert(theme):
        return True  # "raised the alert level of its air force" (see ``raises_alert``)
    if not is_theme(theme, relation) and not people_fit(theme, relation):
        return False
    if relation.frame == "transfer" and intangible(theme):
        return False  # "gave Erdogan a clear message": said, not given
    if relation.event_type == AGREE and (lemma in COURTESIES or theme.lower_ in COURTESIES):
        return False  # "offered condolences to Peru": no promise
    act = lexicon.noun(lemma) if relation.frame == "transfer" else None
    if act is None or act.event_type == relation.event_type:
        return True
    return act.event_type in COOPERATIVE and not any(lexicon.is_light(k, act) for k in light_keys(verb))


def carried_event(verb: Token, lexicon: Lexicon) -> Relation | None:
    """The relation of the event noun the verb carries as its direct object ("imposed sanctions", "struck a deal"),
    or None."""
    keys = light_keys(verb)
    for noun in map(measured_event, children(verb, DIRECT_OBJECTS)):  # "imposed a new round of sanctions"
        relation = next(noun_senses(noun, lexicon), None)  # "held war games": by its word first
        if relation is not None and any(lexicon.is_light(k, relation) or k in lexicon.receiving_verbs for k in keys):
            return relation
    for prep in children(verb, PREPOSITIONS):  # "hit two officials with travel bans": the light verb's own "with"
        for noun in map(measured_event, children(prep, PREP_OBJECTS)):
            lights = (
                r for r in noun_senses(noun, lexicon) if any(lexicon.is_light(f"{k} {prep.lower_}", r) for k in keys)
            )
            relation = next(lights, None)  # of "ban" or "travel ban", the one "hit with" carries
            if relation is not None:
                return relation
    return None


def noun_senses(noun: Token, lexicon: Lexicon) -> Iterator[Relation]:
    """The relations an event noun is listed by, by its word or lemma first, then with a compound ("war games")."""
    return (r for k in noun_keys(noun) if k and (r := lexicon.noun(k)) is not None)


def shared_objects(verb: Token, relation: Relation, lexicon: Lexicon) -> list[Filler]:
    """The objects of the verb this one is coordinated with, when both express the same event type and this one
    names none: "Tehran has provided Moscow with drones and is considering supplying missiles" -> Moscow."""
    node = verb
    for governor in governors(verb):  # "considering" governs "supplying"
        node = governor
    if node.dep_ not in CONJUNCTS or node.head.i == node.i or children(node, SUBJECTS | PASSIVE_SUBJECTS):
        return []  # not coordinated, or a clause of its own: "Iran sent drones and Syria is considering ..."
    head = node.head
    reading = coded_relation(head, lexicon)
    if reading is None or reading.relation.event_type != relation.event_type:
        return []
    objects, _ = objects_of(head, reading.relation)
    return [Filler(f.token, f.steps + 1) for f in objects]


def targets_of(
    verb: Token, relation: Relation, theme: Token | None, lexicon: Lexicon
) -> tuple[list[Filler], str, float, bool]:
    """Targets found beyond the verb's own objects, the pattern that found them, its confidence, and whether
    the subjects act on each other instead (a reciprocal verb with none)."""
    if theme is not None and not relation.preps_only and relation.event_type in lexicon.own_act_types:
        # "lifted sanctions on Iran", "cancelled a visit to China", "cancelled $300 million in aid to Pakistan"
        found = object_event_targets(counted_thing(theme), lexicon)
        if found:
            return found, "event-object/1", COMPLEMENT_CONFIDENCE, False
    found = (
        complement_targets(verb, relation)
        if relation.complement and promises_cooperation(verb, relation, lexicon)
        else []
    )
    spoken_to = [Filler(t, 1) for t in addressees(verb)]  # "sent a letter to Syria urging restraint"
    if spoken_to and not any(f.steps <= 1 and is_party(f.token) for f in found):
        # whom a letter is written to, unless the act it speaks of names its own ("threatening to attack Peru"):
        # "sent a letter to the WHO threatening to pull US funding" threatens the WHO, not the US's funding
        return spoken_to, "addressee/1", COMPLEMENT_CONFIDENCE, False
    if not found and relation.event_type == THREAT:  # "threatened to stop talks if the US goes ahead"
        found = [Filler(t, 1) for t in condition_subjects(verb)]
    if not found and relation.proposition:  # "Colombia charged that Venezuela was harbouring rebels": whom the
        # accusation is about
        found = [Filler(t, 1) for t in with_conjuncts(about(verb))]
    if found:
        return found, "control/1", COMPLEMENT_CONFIDENCE, False
    found = shared_objects(verb, relation, lexicon)
    if found:
        return found, "shared/1", COMPLEMENT_CONFIDENCE, False
    # "Tajikistan and Kyrgyzstan pulled back troops from their shared frontier"; not "deployed joint patrols along
    # their shared border", cooperation
    sides = sum(len(actors(f.token)) for f in subjects_of(verb)) if relation.event_type in FACED_TYPES else 0
    if shared_border(verb, sides) and not any(map(joint, children(verb, DIRECT_OBJECTS))):
        return [], "border/1", COMPLEMENT_CONFIDENCE, True
    found = confronted(verb, lexicon) if relation.event_type == MOBILIZE else []
    found = found or (warned(verb) if relation.event_type in HOSTILE else [])
    if found:  # "dispatched two aircraft carriers to the eastern Mediterranean as a warning to Iran", "deployed
        # troops along its border with Armenia"
        return found, "warning/1", COMPLEMENT_CONFIDENCE, False
    found = summarized_authors(verb) if says(verb) else []  # "recognized Kosovo, a move Belgrade condemned"
    found = found or (recalled_authors(verb, theme, lexicon) if relation.event_type == DISAPPROVE else [])
    found = found or (custodians(theme, lexicon) if relation.event_type == DISAPPROVE else [])
    if found:
        return found, "summary/1", COMPLEMENT_CONFIDENCE, False
    # "pledged $2 billion to help rebuild Iraq": what is promised is given to whom it helps, as what is given is
    pledged = (
        relation.event_type == AGREE and bool(set(verb_keys(verb)) & OFFERING) and bool(given_things(verb, lexicon))
    )
    found = helped(verb, lexicon) if relation.frame == "transfer" or pledged else []
    # forces sent, not goods sold ("sold 50 jets to help its economy")
    relief = relation.event_type == AID and not relation.commercial and relief_purpose(verb)
    relief = relief and any(map(forces_moved, taken_things(verb)))
    if relief and not any(names_actor(f.token) for f in found) and not others_named(verb):
        # "Chile deployed soldiers to help flood victims": forces sent to help at home, its public (PLOVER: AID)
        found = [Filler(t, 2) for t in own_state(verb)]
        if found:
            return found, PUBLIC_PATTERN, COMPLEMENT_CONFIDENCE, False
    if found:
        return found, "purpose/1", COMPLEMENT_CONFIDENCE, False
    found = provokers(verb) if relation.event_type in REACTIONS else []
    found = found or (fired_first(verb, lexicon) if relation.event_type == FORCE else [])
    if found:  # "approved arms sales to Taiwan, prompting Beijing to threaten countermeasures": against the US
        return found, "reaction/1", COMPLEMENT_CONFIDENCE, False
    # "rallied in Caracas", "rallied in Caracas against the new tax" (a thing of no one named)
    unowned = theme is None or not (relation.themes_only or names_actor(theme) or holders(theme, placed=False))
    # "marched in Taipei to protest against Beijing's law"
    unowned = unowned and relation.event_type == PROTEST and not protest_aimed(verb, lexicon)
    # "protested in Berlin against the invasion of Ukraine": against whoever invaded, not the place's government
    unowned = unowned and not states_befallen(verb, relation)
    found = [Filler(t, 2) for t in protest_places(verb)] if relation.event_type == PROTEST and unowned else []
    if relation.event_type == PROTEST and theme is not None and relation.themes_only and not relation.preps_only:
        # "boycotted the elections in Bolivia", "boycotted the Bolivian parliament": the government whose vote or
        # sitting it is (a road blocked says whom against by the protest's purpose)
        sitting = [theme] if names_actor(theme) else holders(theme)
        # "Bangladesh's main opposition party boycotted the general election": its own country's, no place named
        found = [Filler(t, 2) for t in protest_places(verb) or sitting or home_of(verb)]
    blockade = theme if relation.event_type == PROTEST and relation.preps_only and not found else None
    purposes = [c for c in children(verb, ADVERBIAL_CLAUSES) if infinitive(c)]  # "to denounce Colombia"
    if blockade is not None and by_crowd(verb) and not any(names_actor(w) for c in purposes for w in c.subtree):
        # "truckers blocked roads in the Colombian city of Cali demanding lower fuel prices", "Bangladeshi workers
        # blocked highways": a crowd's blockade aimed at no one named is against where it is, or its home's
        # government; not where a purpose names whom it is against ("to denounce Colombia")
        found = [Filler(t, 2) for t in protest_places(verb) or places_of(blockade) or home_of(verb)]
    # "demonstrators in Abuja torched a police station": where the crowd is, or its home (relations.py reads the
    # takeover as a protest)
    found = found or [Filler(t, 2) for t in taken_by_crowd(verb, relation.event_type)]
    if found and not abroad(verb):  # "thousands of Venezuelans rallied in Caracas": a protest against no one
        # named is against the place's government
        return found, "place/1", COMPLEMENT_CONFIDENCE, False
    # "Chilean students protested on Thursday", "took to the streets": a crowd against its own government; not a
    # protest of something by whoever is no crowd ("Peru protested the decision"), nor one that says something
    # ("protested that the law ..."), nor a sense the dictionary gives ("Australians oppose the war"); a crowd that
    # protests a thing of no one named protests at home ("Greek farmers protested rising costs")
    themed = theme is None or by_crowd(verb)
    home = relation.event_type == PROTEST and unowned and themed and not children(verb, CLAUSAL_COMPLEMENTS)
    home = home and (relation is lexicon.verb(verb.lemma_.lower()) or street_protest(verb))
    found = [Filler(t, 2) for t in home_of(verb)] if home else []
    if found and not abroad(verb):
        return found, "home/1", COMPLEMENT_CONFIDENCE, False
    asked = asked_thing(verb, theme)
    calmed = relation.event_type == DEMAND_TYPE and asked is not None and asked.lemma_.lower() in CALM
    parties = [] if asked is None else prep_objects(asked, ("on",))  # "restraint on both sides in Mozambique"
    wheres = [p for t in (asked, *parties) if t is not None for p in places_of(t)] if calmed else []
    wheres = wheres or (places_of(verb) if calmed else [])  # the parser may hang "in" on the verb
    found = [Filler(t, 2) for t in wheres]
    if found:  # "appealed for calm in Bangui", "urged restraint on both sides in Mozambique": of the place's parties
        return found, "calm/1", COMPLEMENT_CONFIDENCE, False
    demanded = relation.event_type == DEMAND_TYPE and protest_aim(verb, relation, lexicon) is not None
    found = [Filler(t, 3) for t in protest_places(verb.head) or home_of(verb.head)] if demanded else []
    if found and not abroad(verb.head):  # "marched in Caracas to demand the release of political prisoners": so
        # is what the protest demands; "Zimbabwean teachers went on strike to demand higher pay": of their own state
        return found, PROTEST_AIM_PATTERN, COMPLEMENT_CONFIDENCE, False
    # "teachers called off their strike": a protest called off, against no one named, eased at home
    called_off = relation.event_type == CONCEDE_TYPE and theme is not None and protest_noun(theme)
    found = [Filler(t, 2) for t in home_of(verb)] if called_off else []
    if found and not abroad(verb):
        return found, CALLED_OFF_PATTERN, COMPLEMENT_CONFIDENCE, False
    found, pattern = pressurers(verb, lexicon) if relation.event_type == CONCEDE_TYPE else ([], "")
    if found:  # "the prime minister resigned after weeks of street protests": to those who protested
        return found, pattern, COMPLEMENT_CONFIDENCE, False
    lifted = relation.event_type in RESTRICTING | {RETREAT}  # sanctions eased are a RETREAT (CAMEO 085)
    kept = lifted and theme is not None and removed_as(theme, lexicon) is not None
    found = [Filler(t, 2) for t in kept_out_of(theme)] if kept and theme is not None else []
    if found:  # "eased restrictions on goods entering the Gaza Strip": on Gaza
        return found, "kept-out/1", COMPLEMENT_CONFIDENCE, False
    # "Seoul lifted martial law"; a restriction put on is one the lexicon codes so, not one the dictionary reads
    # into a verb ("declared a state of emergency after the floods")
    coded = noun_relation(theme, lexicon) if theme is not None else None
    listed = relation.event_type == CONCEDE_TYPE or (coded is not None and coded.event_type == relation.event_type)
    # "shut down the internet", "restored internet access across the country": the public's means, its own
    means = relation.public and theme is not None and is_theme(theme, relation)
    restricted = relation.event_type in RESTRICTING and ((domestic_restriction(theme) and listed) or means)
    # "Peruvian police are investigating an arson attack on a church": a harm that names no doer, place or people
    # is looked into at home
    harm = relation.event_type == INQUIRY and theme is not None and harmful(theme, lexicon)
    # "deployed troops across the country": forces sent through the state's own land face its public
    sent_to = sent_where(verb, relation) if relation.event_type == MOBILIZE else []
    nationwide = any(o.lemma_.lower() in WHOLE_COUNTRY for o in sent_to)
    # "Ukraine called up 10,000 reservists", "Serbia put its army on combat alert": forces sent nowhere, in a sentence
    # that names no one else they could face, are readied at home (PLOVER: "a group may mobilize with no specific
    # entity stated"); not forces readied with others ("joint patrols"), and only forces named or an alert raised
    # (not "the government was scrambling to confirm")
    readied = relation.event_type == MOBILIZE and not sent_to and not any(map(joint, children(verb, DIRECT_OBJECTS)))
    readied = readied and (theme is not None or raises_alert(verb)) and not others_named(verb)
    found = [Filler(t, 2) for t in own_state(verb)] if restricted or harm or nationwide or readied else []
    if found:  # "Seoul lifted martial law": from its own public
        return found, PUBLIC_PATTERN, COMPLEMENT_CONFIDENCE, False
    found = partners_within(theme) if relation.reciprocal else []
    if found:  # "the UAE and Bahrain signed agreements normalising relations with Israel": with Israel
        return found, "partner/1", COMPLEMENT_CONFIDENCE, False
    bond = theme is not None and theme.lemma_.lower() in BONDS  # "Chile and Peru restored ties": with each other
    reciprocal = bond or each_other(theme) or (relation.reciprocal and mutual(theme, relation, lexicon))
    partners = relation.event_type not in lexicon.local_types and partnered(verb)
    return [], "reciprocal/1", RECIPROCAL_CONFIDENCE, reciprocal and not partners


def sent_where(verb: Token, relation: Relation) -> list[Token]:
    """Where or at whom forces are sent, by the objects of the relation's prepositions: not a time ("on Monday"), an
    alert ("on high alert") or what they are readied for ("for training", cues ``readying_preps``)."""
    return [
        o
        for o in prep_objects(verb, relation.preps)
        if not alert(o) and o.ent_type_ not in TIME_LABELS and o.head.lower_ not in READYING
    ]


def states_befallen(verb: Token, relation: Relation) -> list[Token]:
    """The countries or cities a hostile act the verb is against befell: "Ukraine" in "protested against the
    invasion of Ukraine" (``befallen``)."""
    acts = prep_objects(verb, relation.preps)
    return [o for a in acts for o in prep_objects(a, ("of",)) if befallen(a, o) and names_place(o)]


def protest_aimed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a protest's purpose names whom it is against: "marched in Taipei to protest against Beijing's new
    law" is against Beijing, not against the place's government; not "to protest against the new tax"."""
    for clause in children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS):
        reading = coded_relation(clause, lexicon) if infinitive(clause) else None
        if reading is None or reading.relation.event_type != PROTEST:
            continue
        targets, _ = objects_of(clause, reading.relation)
        if any(names_actor(t.token) or holders(t.token, placed=False) for t in targets):
            return True
    return False


def provokers(verb: Token) -> list[Filler]:
    """Who provoked a reaction that names no target, told by a participle after the provoking clause (cues
    ``prompting_verbs``): "The US approved the sale of arms to Taiwan, prompting Beijing to threaten
    countermeasures" threatens the US."""
    prompt = verb.head
    if verb.dep_ not in OPEN_COMPLEMENTS or prompt.tag_ != GERUND or prompt.lemma_.lower() not in PROMPTING:
        return []
    if prompt.dep_ not in ADVERBIAL_CLAUSES or prompt.i < prompt.head.i:
        return []
    return [Filler(f.token, f.steps + 2) for f in subjects_of(prompt.head)]


def fired_first(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom force that names no target answers, told by the clause of force it is coordinated with: "North Korean
    troops fired on a guard post, and South Korean soldiers returned fire" fight the North Koreans."""
    first = verb.head
    if verb.dep_ not in CONJUNCTS or first.pos_ != "VERB" or first.i > verb.i or not violent(first, lexicon):
        return []
    if polarity_of(first) == "negative" or not children(verb, SUBJECTS):
        return []  # "fired on the post and killed two guards": one doer, whose objects the other verb shares
    answering = {s.i for s in children(verb, SUBJECTS)}
    return [Filler(f.token, f.steps + 1) for f in subjects_of(first) if f.token.i not in answering]


def recalled_authors(verb: Token, theme: Token | None, lexicon: Lexicon) -> list[Filler]:
    """Who did the act of force that "the" noun a criticism is of recalls from earlier in the sentence, when the noun
    names no doer of its own: "Abu Sayyaf militants beheaded a Canadian hostage, and Ottawa condemned the killing";
    the doers of the last violent clause before it."""
    if theme is None or not any(d.lower_ == THE for d in children(theme, DETERMINERS)) or not harmful(theme, lexicon):
        return []
    if any(names_actor(t) for t in (*theme.lefts, *prep_objects(theme, ("by",)))):
        return []  # "condemned Peru's attack", "the Chilean attack", "the attack by Peru": the noun says whose
    earlier = [t for t in verb.sent if t.i < theme.left_edge.i and t.pos_ == "VERB" and violent(t, lexicon)]
    if not earlier or polarity_of(earlier[-1]) == "negative":
        return []
    critics = {s.i for s in children(verb, SUBJECTS)}
    return [Filler(f.token, f.steps + 1) for f in subjects_of(earlier[-1]) if f.token.i not in critics]


def confronted(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a show of force is against, told by something other than its objects: whom it warns, faces, answers or
    aims at ("as a warning to Iran", "along its border with Armenia", "after India's air strikes", "to confront the
    Houthis")."""
    return warned(verb) or faced(verb) or answered_doers(verb, lexicon) or aimed_at(verb, lexicon)


def aimed_at(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a show of force is meant for, when its purpose says so: an infinitive of force, pressure or threat, or
    of facing someone (cues ``confronting_verbs``), with an actor for object, or a thing of one's: "massed troops
    along its frontier to confront the Houthis", "put its rocket units on combat readiness to strike US bases"."""
    found = []
    moves = [o for o in prep_objects(verb, SIGN_PREPS) if o.lemma_.lower() in PURPOSE_NOUNS]  # "in a move to deter"
    clauses = [
        *children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS),
        *(c for m in moves for c in children(m, CLAUSAL_MODIFIERS)),
        # "scrambled fighter jets [to intercept Pakistani drones]", the infinitive hung on the forces sent
        *(c for o in children(verb, DIRECT_OBJECTS) for c in children(o, CLAUSAL_MODIFIERS | RELATIVE_CLAUSES)),
    ]
    for clause in clauses:  # "massed troops [...] to confront"
        if not infinitive(clause):
            continue
        reading = coded_relation(clause, lexicon)
        objects = with_conjuncts(children(clause, DIRECT_OBJECTS))
        aimed = []
        if clause.lemma_.lower() in CONFRONTING or (reading is not None and reading.relation.event_type in ANSWERED):
            foes = [*objects, *with_conjuncts(prep_objects(clause, OPPOSING_PREPS))]  # "to fight against Russia"
            aimed = [Filler(t, 2) for o in foes for t in ([o] if names_actor(o) else holders(o, placed=False))]
        if not aimed and set(verb_keys(clause)) & PACIFYING:  # "deployed the army to quell ethnic clashes in
            # Marsabit": where the unrest is, or where order is restored ("to restore order in Kasese")
            aimed = [Filler(t, 2) for t in [p for o in objects for p in places_of(o)] or places_of(clause)]
        found += aimed
    # "called up reservists in preparation for a ground operation against Hamas", "ahead of an offensive against
    # GAM rebels", "mobilized reservists for a war against Iraq": the act of force it prepares
    ready = [*(t for t in children(verb, ADVERBS) if t.lower_ in PREPARING), *prep_objects(verb, ("in",))]
    readied = [*prep_objects(verb, ("for",)), *(o for t in ready if t.lemma_.lower() in PREPARING
                                                for o in prep_objects(t, ("of", "for")))]  # fmt: skip
    for act in readied:
        relation = noun_relation(act, lexicon)
        rivals = [o for o in with_conjuncts(prep_objects(act, ("by",))) if names_actor(o)]
        if relation is not None and relation.event_type in ANSWERED and rivals:  # "ahead of an expected offensive by
            found += [Filler(t, 2) for t in rivals]  # the RSF": forces readied against whoever is to strike
            continue
        if relation is not None and relation.event_type in ANSWERED:
            targets = noun_targets(act, relation)
            if not targets and relation.event_type in STRIKES_PLACES:  # "ahead of a ground offensive in Gaza":
                targets = [Filler(t, 1) for t in places_of(act)]  # force strikes where it is done
            found += [Filler(f.token, f.steps + 2) for f in targets]
        elif act.lemma_.lower() in OPERATIONS:  # "a possible ground operation against Hamas"
            found += [Filler(f.token, f.steps + 2) for f in actor_objects(act, ("against",))]
    return found


def each_other(theme: Token | None) -> bool:
    """Whether a verb's object is "each other" or "one another" (cues ``reciprocal_pronouns``)."""
    if theme is None:
        return False
    phrases = (theme.doc[theme.left_edge.i : end].text.lower() for end in (theme.i + 1, theme.right_edge.i + 1))
    return any(p in RECIPROCAL_PRONOUNS for p in phrases)  # "one another", "the other [of shelling ...]"


def partnered(verb: Token) -> bool:
    """Whether the verb names people it is done with, whom no table can name: coordinated subjects "meeting with
    portfolio managers" meet them, not each other. Not people a "with" clause only describes ("fought pitched
    battles, with schoolchildren scampering nearby")."""
    return any(
        (is_group(o) or is_collective(o) or o.tag_ in PLURAL_NOUN_TAGS) and not children(o, CLAUSAL_MODIFIERS)
        for o in prep_objects(verb, (WITH,))
    )


def advises(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a warning is advice, not a threat: what it warns of is what may happen ("warned Blair that the war
    could be illegal") or a state of affairs with no hostile act in it ("warned Sudan it still has a lot of work
    to do"); not something to be done ("warned Japan that it will treat sanctions as war", "warned Falluja it
    must hand over the militants") nor a hostile state ("that imposing sanctions would be tantamount to war")."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return False
    clauses = children(verb, CLAUSAL_COMPLEMENTS)
    if not clauses or any(unless_given(c) for c in clauses):  # "... could lose visa-free travel unless ...": a threat
        return False
    return all(
        (any(a.dep_ in AUXILIARIES and a.lower_ in SPECULATIVE for a in c.children) and not faces_hostility(c, lexicon))
        or (c.lemma_.lower() in STATIVE_VERBS and not hostile_within(c, lexicon))
        for c in clauses
    )


def faces_hostility(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause says someone will receive a hostile act from no one named: "[warned Georgia that] it could
    face sanctions" is the warner's threat; "it could face attacks from the rebels" is advice."""
    if not any(k in lexicon.receiving_verbs for k in verb_keys(clause)):
        return False
    things = children(clause, DIRECT_OBJECTS)
    if any(prep_objects(t, ("from", "by")) for t in (clause, *things)):
        return False
    received = (noun_relation(t, lexicon) for t in things)
    return any(r is not None and r.event_type in HOSTILE for r in received)


def hostile_within(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause names a hostile act, by a noun or a verb ("tantamount to war", "would attack")."""
    acts = (
        lexicon.noun(t.lemma_.lower()) if t.pos_ == "NOUN" else lexicon.verb(t.lemma_.lower()) for t in clause.subtree
    )
    return any(a is not None and a.event_type in HOSTILE for a in acts)


def criticism_of(verb: Token, relation: Relation, lexicon: Lexicon) -> Relation | None:
    """The criticism a verb of force (or of doubt) makes when what it strikes is said or decided: "attacked Japan's
    fiscal policy", "questioned UN estimates" (cues ``stances``, ``doubting_verbs``), or when it strikes someone
    for doing something ("attacked Peru for failing to ..."); None otherwise."""
    if relation.event_type not in MATERIAL_FORCE and verb.lemma_.lower() not in DOUBTING:
        return None
    # "attacked the Lib Dems for wanting to abolish faith schools": struck for what they do or say, by a verb that
    # also attacks in words; not "police beat a woman for not wearing a headscarf"
    blamed = verb_keys(verb)[0] in VERBAL_FORCE and any(
        p.lower_ in BLAME_PREPS and children(p, PREP_COMPLEMENTS) for p in children(verb, PREPOSITIONS)
    )
    return lexicon.verb(CRITICIZE) if blamed or struck_stance(children(verb, DIRECT_OBJECTS)) else None


def transfer_of(verb: Token, relation: Relation, theme: Token | None, lexicon: Lexicon) -> Relation | None:
    """The relation a transfer takes from what it gives, when that is no aid: an envoy or an official sent is a
    visit by the sender ("sent an envoy to North Korea"), a concession granted is conceded ("granted autonomy to
    Darfur", cues ``concession_themes``), a suspect handed over is an extradition ("handed the suspect over to
    Peru", cues ``wanted_people``), troops sent to a border are mobilized against its country ("sent 5,000 troops
    to the Peruvian border"); None otherwise."""
    if relation.frame != "transfer" or relation.event_type != AID or theme is None:
        return None  # "extradited the former minister to Peru" is an extradition whoever is handed over
    lemma = theme.lemma_.lower()
    if lemma in INSPECTORS or inspecting(verb, theme, lexicon):  # "dispatched inspectors to Iran": an investigation
        return lexicon.verb(INVESTIGATE)
    # "a suspect", "a drug lord", "two suspected ETA leaders"
    if any(k in WANTED for k in noun_keys(theme)) or any(m.lower_ in WANTED_MODIFIERS for m in theme.children):
        return lexicon.verb(EXTRADITE)
    # "transferred Laurent Gbagbo to the International Criminal Court": handed to justice, not sent on a visit
    courts = [d for d in prep_objects(verb, relation.preps) if any(w.lower_ in COURTS for w in d.subtree)]
    titled = any(m.lemma_.lower() in ROLE_HEADS for m in children(theme, COMPOUNDS))  # "LRA commander Dominic Ongwen"
    if courts and (lemma in VISITORS | ROLE_HEADS or theme.ent_type_ == PERSON or titled):
        return lexicon.verb(EXTRADITE)
    # "handed over the former minister to Bolivia": a person a state hands over is extradited, no envoy sent
    givers = [span for f in subjects_of(verb) for span, _ in actors(f.token)]
    handed = set(verb_keys(verb)) & HANDING and any(g.label_ in STATE_LABELS for g in givers)
    person = lemma in VISITORS | ROLE_HEADS or theme.ent_type_ == PERSON or theme.lower_ in PRONOUNS_PERSON
    person = person or is_crowd(theme)  # "handed over to Egypt eight members of an Islamist cell"
    # "detained two Cambodian activists and handed them over to Phnom Penh": people, not things, told before
    person = person or (theme.lower_ in PRONOUNS_GROUP and conjunct_object(theme) is not None)
    if handed and person:  # "... and handed him over to the CIA"
        return lexicon.verb(EXTRADITE)
    if lemma in VISITORS | ROLE_HEADS or theme.ent_type_ == PERSON:  # "is sending Shultz to Moscow for talks"
        return lexicon.verb(VISIT)
    deploy = lexicon.verb(DEPLOY)
    if deploy is not None and forces_moved(theme):
        destinations = prep_objects(verb, relation.preps)
        if any(d.lemma_.lower() in PLACE_PARTS or subdivision(d) for d in destinations):
            return deploy  # "sent 3,000 troops to the state of Sinaloa": a part of a state, no state helped
        if any(map(own_ground, destinations)):  # "sent 1,000 more troops to its restive Papua region": forces
            # moved within the sender's own land are deployed; aid goes to another
            return deploy
        if prep_objects(verb, FORCES_SENT_PREPS) or any(
            prep_objects(t, FORCES_SENT_PREPS) for t in with_conjuncts([theme])
        ):
            return peacekeeping(deploy, theme)  # "sent troops into Afghanistan": moved against it, no aid
        if confronted(verb, lexicon):
            return peacekeeping(deploy, theme)  # "sent two carriers to the region as a warning to Iran"
    return lexicon.verb(CONCEDE) if lemma in CONCESSIONS else None


def subdivision(place: Token) -> bool:
    """Whether a noun names a part of a state or a town by the name its "of" gives: "the state of Sinaloa", "the
    island of Lesbos", "the streets of Guayaquil" (cues ``region_nouns``, ``town_parts``); not a part of a country
    its "of" names ("flood-ravaged areas of the Philippines"), where help may go."""
    if place.lemma_.lower() not in REGION_NOUNS | TOWN_PARTS:  # "to the streets of Guayaquil" too
        return False
    names = [n for o in children(place, PREPOSITIONS) if o.lower_ == OF for n in children(o, PREP_OBJECTS)]
    return any(n.pos_ == "PROPN" for n in names) and not any(writes_country(n.text) for n in names)


def own_ground(place: Token) -> bool:
    """Whether a noun names a region or a town of whoever owns it by a pronoun: "its restive Papua region", "their
    northern provinces" (cues ``region_nouns``)."""
    return owned(place) and (place.lemma_.lower() in REGION_NOUNS or place.ent_type_ == COUNTRY_OR_CITY)


def helping_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of support is the purpose of a transfer, which ``helped`` reads as whom the gift is for:
    "gave $20 million to support Bolivia's recovery" is aid to Bolivia, not also a statement of support."""
    if verb.lemma_.lower() not in HELPING_VERBS or not infinitive(verb) or verb.head.i == verb.i:
        return False
    own = coded_relation(verb, lexicon)
    if own is None or own.relation.event_type != SUPPORT_TYPE:  # "to help Peru" is aid too: kept
        return False
    giver = verb.head if verb.dep_ in ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS else verb.head.head
    if verb.dep_ not in ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS | CLAUSAL_MODIFIERS | RELATIVE_CLAUSES:
        return False
    reading = coded_relation(giver, lexicon) if giver.pos_ == "VERB" else None
    return reading is not None and reading.relation.frame == TRANSFER and bool(helped(giver, lexicon))


def given_things(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a promise offers, when it is a thing: an amount or aid ("pledged $2 billion", "promised food aid")."""
    return [o for o in children(verb, DIRECT_OBJECTS) if o.ent_type_ == MONEY or aid_noun(o, lexicon)]


def helped(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a transfer is meant to help, when it names no recipient: "provided $5 million to help Peru rebuild",
    "sent doctors to assist Haiti", "gave $20 million to support Bolivia's recovery" (cues ``helping_verbs``),
    "provided $28 million for humanitarian aid in Yemen" (the place the aid is for)."""
    found = []
    given = children(verb, DIRECT_OBJECTS)  # "provided 20 million euros for aid in Moldova": the money's "for"
    for need in [n for t in (verb, *given) for n in prep_objects(t, ("for",)) if aid_noun(n, lexicon)]:
        found += [Filler(t, 2) for t in prep_objects(need, PLACE_PREPS) if names_actor(t)]
    clauses = children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS)
    clauses += [c for t in given for c in children(t, CLAUSAL_MODIFIERS | RELATIVE_CLAUSES)]  # "gave $5m [to help"
    for clause in clauses:
        if clause.lemma_.lower() not in HELPING_VERBS or not infinitive(clause):
            continue
        # not the object of its own clause the parser hung on it ("to help government forces battle insurgents")
        objects = [o for o in children(clause, DIRECT_OBJECTS) if not clause_object(o, clause)]
        helped_ones = [o for o in objects if actors(o)]  # "to help Peru", "to assist Haitian refugees"
        # "to support hospitals in Peru": where what is helped is; "to support services for children in Peru":
        # whom it serves
        things = [o for o in objects if not actors(o)]
        helped_ones += [p for p in prep_objects(clause, (*PLACE_PREPS, "for"))] if things else []
        helped_ones += [h for t in things for h in holders(t)]
        helped_ones += [
            s for c in children(clause, CLAUSAL_COMPLEMENTS | OPEN_COMPLEMENTS) for s in children(c, SUBJECTS)
        ]
        helped_ones += [p for o in objects for p in children(o, POSSESSIVES)]  # "to support Bolivia's recovery"
        # "to help rebuild Iraq": what helping to rebuild or to stabilise is done to
        helped_ones += [o for c in children(clause, OPEN_COMPLEMENTS) if c.lemma_.lower() in RESTORING
                        for o in children(c, DIRECT_OBJECTS)]  # fmt: skip
        found += [Filler(t, 1) for t in helped_ones if names_actor(t)]
    return found or aided_places(verb, lexicon)


def aided_places(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """The countries where a transfer's purpose puts those it helps, when it names no one they are: "provided $20
    million to pay for humanitarian aid for those affected in Yemen", "sent doctors to fight the epidemic in Haiti";
    for relief goods, also where those they go to are: "will provide food aid to refugees fleeing the war in
    Liberia" (cues ``relief_goods``), and so for people in need whatever is given ("gave $5 million to families
    displaced by fighting in Sudan", cues ``aided_people``). A purpose is an infinitive clause on the verb or on
    what is given, or an aid noun after "for"; it speaks of help when it names aid, an ill fought (cues
    ``fought_ills``) or a verb of help (cues ``helping_verbs``)."""
    given = children(verb, DIRECT_OBJECTS)
    purposes = [c for c in children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS) if infinitive(c)]
    purposes += [c for t in given for c in children(t, CLAUSAL_MODIFIERS | RELATIVE_CLAUSES) if infinitive(c)]
    purposes += [n for t in (verb, *given) for n in prep_objects(t, ("for",)) if aid_noun(n, lexicon)]
    scopes = [p for p in purposes if helpful(p, lexicon)]
    recipients = [r for r in prep_objects(verb, ("to", "for")) if not names_actor(r)]
    if any(named_among(t, RELIEF_GOODS) for t in with_conjuncts(given)):  # "surgical kits and medicines"
        scopes += [r for r in recipients if r.head.lower_ == "to"]
    # people in need: "gave $5 million to families displaced by fighting in Sudan"
    scopes += [r for r in recipients if r.lemma_.lower() in AIDED_PEOPLE and r not in scopes]
    places: list[Token] = []
    for scope in scopes:
        for word in scope.subtree:
            if word.dep_ in PREP_OBJECTS and word.head.lower_ in PLACE_PREPS and word.ent_type_ in STATE_LABELS:
                places += [t for t in with_conjuncts([word]) if names_actor(t) and t not in places]
    return [Filler(t, 3) for t in places]


def helpful(purpose: Token, lexicon: Lexicon) -> bool:
    """Whether a purpose speaks of help: it names aid, an ill fought, or is a verb of help."""
    if purpose.lemma_.lower() in HELPING_VERBS:
        return True
    return any(aid_noun(w, lexicon) or w.lemma_.lower() in ILLS or w.lower_ in ILLS for w in purpose.subtree)


def aid_noun(word: Token, lexicon: Lexicon) -> bool:
    """Whether a word is a noun the lexicon reads as aid ("aid", "assistance")."""
    noun = lexicon.noun(word.lemma_.lower())
    return noun is not None and noun.event_type == AID


def promises_cooperation(verb: Token, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether a promise ("vowed to", "pledged to") is one to cooperate, as an AGREE with the target of the act
    promised: not a vow to attack (a threat, which ``commitment`` codes from the act) nor one not to give ("vowed
    never to return the islands": a refusal). A promise not to attack is one to cooperate."""
    if relation.event_type != AGREE:
        return True
    for act in children(verb, OPEN_COMPLEMENTS):
        reading = coded_relation(act, lexicon)
        coded = reading.relation if reading is not None else lexicon.noun(act.lemma_.lower())  # a verb tagged NOUN
        # "vowed to oppose Peru's bid" promises no cooperation with Peru, nor does "vowed to punish Peru": an act
        # no entry codes has the dictionary's sense out of context, which it keeps for its patterns; a verb the
        # lexicon lists for other objects has none ("agreed to cut prices" is no sanction)
        in_lexicon = any(lexicon.verb(k) is not None for k in verb_keys(act))  # any entry, whatever its object
        types = [coded.event_type] if coded is not None else [] if in_lexicon else verb_types(act)
        hostile = any(t in UNCOOPERATIVE for t in types)
        if coded is None and any(names_actor(o) for o in prep_objects(act, (AGAINST,))):
            hostile = True  # "vowed to retaliate against Peru": an act no entry codes, aimed against an actor
        if hostile != bool(children(act, NEGATIONS)):
            return False
    return True


def avenged_on(verb: Token, theme: Token | None) -> list[Filler]:
    """Whom harm vowed in return is aimed at: "vowed revenge against Peru", "vowed to take revenge on Peru"."""
    acts = [a for a in children(verb, OPEN_COMPLEMENTS) if verb_keys(a)[0] not in STOPPING]
    things = [t for t in (theme, *(o for a in acts for o in children(a, DIRECT_OBJECTS))) if t is not None]
    heads = [verb, *acts, *things]
    return [f for h in heads for f in actor_objects(h, AVENGED_PREPS)]


def vows_harm(verb: Token, theme: Token | None) -> bool:
    """Whether what a verb promises is harm in return (cues ``vengeance``): its object ("vowed revenge") or the
    object of the act it governs ("vowed to take revenge on Peru")."""
    things = [theme] if theme is not None else []
    acts = [a for a in children(verb, OPEN_COMPLEMENTS) if verb_keys(a)[0] not in STOPPING]  # not "to end reprisals"
    things += [o for act in acts for o in children(act, DIRECT_OBJECTS)]
    return any(t.lemma_.lower() in VENGEANCE for t in things)


def promised_force(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Whom a promise of force no entry codes is aimed at: "vowed to retaliate against Peru", "pledged to crush the
    Peruvian rebels" (verbs of force whose default graphkit keeps for armed forces, ``[cameo] armed_senses``, or
    whose CAMEO default is material conflict: "vowed to punish the PKK"), "vowed to topple the president" (cues
    ``overthrowing_verbs``, which CAMEO lacks). A coded act ("vowed to attack Peru") is a threat through its own
    claim (``commitment``)."""
    found: list[Filler] = []
    for act in children(verb, OPEN_COMPLEMENTS):
        if children(act, NEGATIONS) or coded_relation(act, lexicon) is not None:
            continue
        found += answer_to_force(act, lexicon)
        if forceful(act, lexicon):
            found += force_targets(act, lexicon, further=1)
    return found


def answer_to_force(act: Token, lexicon: Lexicon) -> list[Filler]:
    """Whoever did the act of force an act answers: "respond to any Peruvian attack", "retaliate for the bombing by
    Peru"; an answer promised to it is a threat to them."""
    found = []
    for answered in (o for o in prep_objects(act, ANSWERED_PREPS) if hostile_noun(o, lexicon)):
        doers = [answered] if names_actor(answered) else holders(answered)  # "any Peruvian attack"
        found += [Filler(t, 1 if t is answered else 2) for t in doers]
    return found


def force_targets(act: Token, lexicon: Lexicon, further: int = 0) -> list[Filler]:
    """Whom an act of force no entry codes is aimed at: its object, or what its prepositions of force name
    ("retaliate against Peru"; "intervene militarily in Libya"), ``further`` steps more away by a preposition."""
    objects = children(act, DIRECT_OBJECTS)
    aimed = [Filler(t, 1) for t in with_conjuncts([o for o in objects if names_actor(o)])]
    # "vowed to avenge the killing of its general by the United States": whoever did the act of force it answers
    acts = [o for o in objects if not names_actor(o) and hostile_noun(o, lexicon)]
    aimed += [Filler(t, 2) for o in acts for t in with_conjuncts(authors(o))]
    preps = lexicon.cameo.target_preps.get(FORCE, ())
    if forceful_manner(act):
        preps = (*preps, *INTERVENED_PREPS)
    return aimed + [Filler(f.token, f.steps + further) for f in actor_objects(act, preps)]


def forceful_manner(act: Token) -> bool:
    """Whether an adverb says an act is done by force (cues ``forceful_manners``): "intervene militarily"."""
    return any(c.dep_ in ADVERBS and c.lower_ in FORCEFUL_MANNERS for c in act.children)


def threatened_force(verb: Token, lexicon: Lexicon) -> Site | None:
    """A threat in an act of force no entry codes that its subject says it will do: "Egypt warned that it would
    intervene militarily in Libya", "Iran said it would retaliate against Israel" (a vow, "vowed to retaliate",
    is ``promised_force``'s)."""
    if verb.dep_ not in CLAUSAL_COMPLEMENTS or verb.head.i == verb.i:
        return None  # said of it, not by it: "Iran will retaliate" in the article's own voice
    answered = answer_to_force(verb, lexicon)  # "said it would respond firmly to any Bolivian incursion"
    if not (forceful(verb, lexicon) or answered) or children(verb, NEGATIONS) or not committed(verb, FORCE):
        return None
    if any(commissive(g) for g in governors(verb)):
        return None
    targets = answered or force_targets(verb, lexicon)
    if any(k in lexicon.cameo.armed_senses for k in verb_keys(verb)) and not armed_doer(verb, lexicon):
        targets = [f for f in targets if f.token.dep_ in PREP_OBJECTS]  # "would retaliate against Peru"; not
        # "forecast they will hit 60 billion U.S. dlrs": a verb of force that markets use too, said of no army
    # "said it would strike back if Peru attacked": whoever must not do what the threat is conditioned on
    targets = targets or [Filler(t, 2) for t in with_conjuncts(condition_subjects(verb)) if names_actor(t)]
    relation = lexicon.verb(THREATEN_VERB)
    subjects = subjects_of(verb)
    speakers = {s.text for s in children(verb.head, SUBJECTS)}
    own = all(f.token.pos_ == "PRON" or f.token.text in speakers for f in subjects)  # not "analysts said Iran would"
    if not targets or not subjects or not own or relation is None:
        return None
    # the saying is the threat: its clause gives the claim's polarity and modality ("warned", actual)
    return Site(verb.head, relation, tuple(subjects), tuple(targets), None, "commitment/1", COMPLEMENT_CONFIDENCE)


def forceful(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act no entry codes is one of force: a verb of ``[cameo] armed_senses``, one CAMEO codes as
    material conflict by default ("punish", "crush"), or one of overthrow (cues ``overthrowing_verbs``)."""
    keys = verb_keys(act)
    if any(k in lexicon.cameo.armed_senses or k in OVERTHROWING for k in keys):
        return True
    if forceful_manner(act):
        return True  # "intervene militarily"
    dictionary = cameo_dictionary()
    entry = next((e for k in keys if k not in lexicon.cameo.unread and (e := dictionary.verb(k)) is not None), None)
    coding = dictionary.coding(entry.code) if entry is not None and not entry.reverse else None
    return coding is not None and quad_class(coding.event_type) == MATERIAL_CONFLICT


def business_traded(relation: Relation, theme: Token | None, subjects: list[Filler]) -> bool:
    """Whether a firm trades a business or a part of one (cues ``company_parts``): "sold all of its packaging
    operations to Deutz of West Germany" is a deal between firms, whatever the buyer's country. A state's sale
    of its unit is its own act ("Chile agreed to sell its stake in the port to Peru")."""
    if not relation.commercial or theme is None:
        return False
    states = any(s.token.ent_type_ in PLACE_LABELS for s in subjects)  # "Chile", not "Chilean" (a firm's, often)
    whole = whole_of(theme)
    return not states and whole.lemma_.lower() in COMPANY_PARTS and whole.lower_ not in ARMAMENTS  # "arms": no arm


def promised_trades(verb: Token, lexicon: Lexicon) -> list[tuple[Relation, Token | None]]:
    """The trades a verb of agreeing or promising governs, with what each trades ("agreed to buy a stake in",
    "offered to acquire"): a promise of trade is trade, a claim only with a state or a people on one side."""
    readings = [(act, coded_relation(act, lexicon)) for act in children(verb, OPEN_COMPLEMENTS)]
    return [(r.relation, objects_of(act, r.relation)[1]) for act, r in readings if r and r.relation.commercial]


def swapped(relation: Relation, subjects: list[Filler], objects: list[Filler], lexicon: Lexicon) -> bool:
    """Whether coordinated subjects exchange unnamed people, each giving up the other's: "Ukraine and Russia
    swapped hundreds of prisoners" (the dictionary's "[0841:0841]", a relation reciprocal only by its pattern),
    not their own."""
    by_pattern = relation.reciprocal and relation.event_type not in lexicon.cameo.reciprocal
    unnamed = bool(objects) and all(not f.token.ent_type_ for f in objects)
    return by_pattern and len(subjects) > 1 and unnamed


def mutual(theme: Token | None, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether coordinated subjects did it to each other. Fighting with nothing named ("clashed") or an event
    ("fought a border war") is mutual; storming a port together is fighting the port's holders, not each other.
    Cooperating is mutual whatever it is about ("agreed to share information", "signed the accord")."""
    if theme is None or relation.event_type not in HOSTILE:
        return True
    return lexicon.noun(theme.lemma_.lower()) is not None


def attackers(verb: Token, relation: Relation, lexicon: Lexicon) -> list[Filler]:
    """Who did the violence a passive with no "by" tells of, named by the attack it came in: "were killed in an
    ambush by Peruvian rebels", "were wounded in a Chilean air strike", "was arrested in a raid by police"."""
    if relation.event_type not in VIOLENCE or not (is_passive(verb) or participle_on(verb) == "passive"):
        return []
    for noun in prep_objects(verb, ("in", "during")):
        attack = noun_relation(noun, lexicon)
        if attack is not None and attack.event_type in VIOLENCE:
            return [Filler(f.token, f.steps + 1) for f in noun_actors(noun) if not place_before(f.token)]
    return occasion_attackers(verb, lexicon)


def occasion_attackers(verb: Token, lexicon: Lexicon) -> list[Filler]:
    """Who did the violence a passive with no "by" tells of, named by the clause of when it befell them: "three
    soldiers were wounded when Peruvian troops opened fire", "were killed after Chilean jets bombed the village".
    The clause's act must be one of force ("were killed when their bus overturned" names no one)."""
    for clause in children(verb, ADVERBIAL_CLAUSES):
        # "after" is the clause's marker, "when" its adverb
        markers = [m for m in clause.children if m.dep_ in MARKERS | ADVERBS and m.lower_ in OCCASION_MARKERS]
        if markers and not children(clause, NEGATIONS) and not is_passive(clause) and violent(clause, lexicon):
            return [Filler(f.token, f.steps + 1) for f in subjects_of(clause) if names_actor(f.token)]
    return []


def violent(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells of force: coded so ("bombed", "opened fire"), or a verb of force that graphkit keeps
    for armed forces done by them ("Chilean troops raided the camp"; ``[cameo] armed_senses``)."""
    reading = coded_relation(verb, lexicon)
    if reading is not None:
        return reading.relation.event_type in VIOLENCE
    return any(k in lexicon.cameo.armed_senses for k in verb_keys(verb)) and armed_doer(verb, lexicon)


def place_before(modifier: Token) -> bool:
    """Whether a name before an attack's noun says where it was, not who did it: "a Baghdad rocket attack", not
    "an Israeli air strike" or "a US air strike" (a country's name, demonym or abbreviation)."""
    span = entity_of(modifier)
    if span is None or span.label_ != COUNTRY_OR_CITY or modifier.dep_ not in COMPOUNDS:
        return False
    return not writes_country(span.text)


def expellers(verb: Token) -> list[Filler]:
    """The country that expelled whom a passive with no "by" names: "were expelled from Peru" (``expelling_verbs``);
    a country or city, not a region or a building ("from the compound")."""
    if not (is_passive(verb) or participle_on(verb) == "passive") or verb_keys(verb)[0] not in EXPELLING:
        return []
    return [Filler(t, 1) for t in prep_objects(verb, ("from", "out of")) if names_place(t)]


def jailers(verb: Token) -> list[Filler]:
    """The state that took into custody whom a passive with no "by" names, where it did (cues ``custody_verbs``):
    "two Canadians were detained in China", "were arrested in Tehran"; not "were kidnapped in Nigeria", which no
    state does; or its police who say so, where no place is named."""
    if not (is_passive(verb) or participle_on(verb) == "passive") or verb_keys(verb)[0] not in CUSTODY:
        return []
    if prep_objects(verb, ("by",)):
        return []
    placed = [Filler(t, 1) for t in prep_objects(verb, ("in",)) if names_place(t)]
    # "three Chinese nationals were detained on suspicion of spying, Philippine authorities said": a state's police
    # or authorities (cues ``police_nouns``) who tell of a custody no one else is named for took them
    speaker = speaker_of(verb) if not placed else None
    if speaker is not None and names_actor(speaker) and among([speaker], POLICE):
        return [Filler(speaker, 2)]
    return placed


def quits_talks(verb: Token, relation: Relation, lexicon: Lexicon) -> bool:
    """Whether a withdrawal is from talks or an accord ("pulled out of the negotiations with the EU"): a break
    (SANCTION, as halting negotiations is in PLOVER), not a retreat. Not another RETREAT ("lifted sanctions
    against India in recognition of its support")."""
    withdrawal = lexicon.verb(WITHDRAW)
    if withdrawal is None or relation.predicate != withdrawal.predicate:
        return False
    left = prep_objects(verb, relation.preps)
    acts = [lexicon.noun(o.lemma_.lower()) for o in left]
    return any(a is not None and a.event_type in COOPERATIVE | {AGREE} for a in acts)


def relativized(verb: Token) -> Token | None:
    """The noun a relative clause is on, when it is the clause's object: "the jets that Peru bought from Chile",
    "goods of the type Peru bought from Chile" (what was bought)."""
    if verb.dep_ not in RELATIVE_CLAUSES or verb.head.pos_ != "NOUN":
        return None
    if any(d.tag_ not in RELATIVE_PRONOUN_TAGS for d in children(verb, DIRECT_OBJECTS)):
        return None
    return verb.head


def armament(thing: Token | None) -> bool:
    """Whether a thing sold or bought is arms (cues ``armaments``): "jets", "fighter jets", "hundreds of drones";
    with nothing named, trade is taken for arms as the dictionary's verbs of supply are."""
    return thing is None or named_among(thing, ARMAMENTS)


def town(token: Token) -> bool:
    """Whether a token names only places or peoples that are no country (``country_names``): a town ("Kampala", also
    where NER took it for a body: "Bujumbura"), a region ("East African"); not "Somalia", "Somali", nor a body
    ("OPEC")."""
    found = actors(token)
    placed = [s.label_ in TOWN_LABELS or listed_place(s.text) for s, _ in found]
    return bool(found) and all(placed) and not any(s.text.lower() in country_names() for s, _ in found)


def destination(target: Token) -> bool:
    """Whether a show of force's target is where the forces go, not whom they go against: "in Gao", "to the
    Catatumbo region", not "against Peru" (cues ``opposing_preps``)."""
    return target.dep_ in PREP_OBJECTS and target.head.lower_ not in OPPOSING_PREPS


def deployed(verb: Token, relation: Relation, lexicon: Lexicon) -> list[Filler]:
    """Forces a passive with no "by" moves, sends or pulls back, as the ones who act: "Chilean troops were
    deployed along the border", "Chilean troops were sent to Peru", "Chilean troops were withdrawn from Peru",
    "police were deployed across Nairobi" (forces: the themes of deploying)."""
    deploy = lexicon.verb(DEPLOY)
    moving = (relation.event_type in MOVEMENTS and relation.preps_only) or relation.frame == TRANSFER
    if not moving or deploy is None or not is_passive(verb) or prep_objects(verb, ("by",)):
        return []
    # "police were deployed across Nairobi": forces named by their noun too, of where they are sent (canon)
    moved = children(verb, PASSIVE_SUBJECTS)
    moved += [o for t in moved if is_collective(t) for o in prep_objects(t, ("of",))]  # "thousands of police"
    forces = [t for t in moved if is_theme(t, deploy) and (names_actor(t) or unnamed(t))]
    return [Filler(t, 1) for t in with_conjuncts(forces)]


def protesting(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb says its subject protests: "marched", "staged a rally", "went on strike"."""
    reading = coded_relation(verb, lexicon)
    carried = carried_event(verb, lexicon)
    on = [noun_relation(n, lexicon) for n in prep_objects(verb, ("on",))]  # "went on strike"
    found = (reading.relation if reading else None, carried, *on)
    protest = any(r is not None and r.event_type == PROTEST for r in found)
    return protest or street_protest(verb)  # "took to the streets"


def protest_aim(verb: Token, relation: Relation, lexicon: Lexicon) -> Relation | None:
    """The protest an act of criticism is when a protest by its subject is for it: "marched in Lima to denounce
    Chile", "went on strike to voice their opposition to Chile's plan", "rallied, denouncing Chile" (CAMEO 14x,
    demonstrate against); None otherwise."""
    if relation.event_type not in PROTEST_AIMS or verb.dep_ not in ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS:
        return None
    if not (infinitive(verb) or verb.tag_ == GERUND) or children(verb, SUBJECTS) or verb.head.i == verb.i:
        return None
    return lexicon.verb(PROTEST_VERB) if protesting(verb.head, lexicon) else None


def moves_itself(verb: Token, subjects: list[Filler]) -> bool:
    """Whether the subject of a verb of moving forces with no forces named as its object can move itself as forces:
    armed forces, a state or its government, or people many ("troops massed", "India mobilized", "thousands of
    protesters massed in Lima"); not one person ("the general was positioned in Basra")."""
    many = any(f.token.tag_ in PLURAL_NOUN_TAGS or is_collective(f.token) for f in subjects)
    return many or by_forces(verb) or by_authority(verb)


def located(found: Filler, verb: Token) -> bool:
    """Whether an object was found only as where the act took place: the verb's own phrase it is in is one of place
    ("at the Galwan border post", "near the town of Mandera"), not "with" or "against", nor its direct object
    ("pounded rebel-held towns in northern Ivory Coast")."""
    token = found.token
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in PREPOSITIONS and token.lower_ in SCENE_PREPS


def relief_purpose(verb: Token) -> bool:
    """Whether forces are sent to help, not to show force (cues ``relief_purposes``, ``relief_words``): "deployed
    soldiers to help flood victims", "mobilized troops for rescue operations" (PLOVER: disaster relief is AID); not
    "to help quell the unrest"."""
    purposes = [c for c in children(verb, ADVERBIAL_CLAUSES | OPEN_COMPLEMENTS) if infinitive(c)]
    helping = [c for c in purposes if c.lemma_.lower() in RELIEF_PURPOSES]
    # "to help quell the unrest", "to help fight the rebels": the act helped is the purpose
    helping = [
        c for c in helping if not any(g.lemma_.lower() not in RELIEF_PURPOSES for g in children(c, OPEN_COMPLEMENTS))
    ]
    works = [o for o in prep_objects(verb, ("for",)) if o.lemma_.lower() in RELIEF or named_among(o, RELIEF)]
    return bool(helping or works)


def with_conviction(site: Site, lexicon: Lexicon) -> Iterator[Site]:
    """A site, and, for a sentence passed that coerces, the conviction it is too (cues ``sentencing_verbs``; a jailing
    for a term, ``jailing_verbs``): "a Tehran court sentenced a French tourist to eight years in prison", "jailed an
    opposition politician for 10 years" convict and imprison (PLOVER manual)."""
    yield site
    convict = lexicon.verb(CONVICT)
    key = verb_keys(site.anchor)[0]
    sentenced = key in SENTENCING or (key in JAILING and jail_term(site.anchor))  # "jailed him for 10 years"
    if convict is not None and site.relation.event_type == COERCE and sentenced:
        yield replace(site, relation=convict, coding=None)


def jail_term(verb: Token) -> bool:
    """Whether a court's verb of jailing says for how long: "a Kyrgyz court jailed an opposition politician for 10
    years"; not "police jailed the protesters for two days" (cues ``court_nouns``)."""
    by_court = any(f.token.lemma_.lower() in COURTS for f in subjects_of(verb))
    return by_court and any(o.ent_type_ in TIME_LABELS for o in prep_objects(verb, (TERM_PREP,)))


def with_protest(site: Site, aim: Relation | None) -> Iterator[Site]:
    """A site, as the protest it is the aim of ("marched to denounce Chile"), or with it ("rallied, demanding
    that Chile withdraw": a demand and a protest; "rallied, accusing Chile of ...": an accusation said as it
    protests)."""
    if aim is None:
        yield site
    elif site.relation.event_type not in PROTEST_ONLY or not infinitive(site.anchor):  # the demand is made where
        # the protest is
        yield replace(site, pattern=PROTEST_AIM_PATTERN)
    if aim is not None:
        yield replace(site, relation=aim, coding=None)


def beside_whom(verb: Token) -> list[Filler]:
    """The actors a verb of force with no object is done beside (cues ``alongside_preps``): "fought alongside Malian
    soldiers"; not those beside whom its object suffered it ("killed the mayor alongside his bodyguards")."""
    if taken_things(verb):
        return []
    return [Filler(t, 1) for t in with_conjuncts(prep_objects(verb, ALONGSIDE)) if names_actor(t)]


def allied(verb: Token, subjects: list[Filler], allies: list[Filler], lexicon: Lexicon) -> Iterator[Site]:
    """Military cooperation (CAMEO 062) of those who use force beside others with them: "French troops fought
    alongside Malian soldiers" cooperates with Mali."""
    relation = lexicon.verb(COOPERATE_VERB)
    if relation is not None and subjects:
        yield Site(verb, relation, tuple(subjects), tuple(allies), None, "ally/1", COMPLEMENT_CONFIDENCE)


def aimed_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of aiming has an act for its subject, not an actor: "US sanctions target Iranian officials" is
    whom the sanctions are aimed at (cues ``aiming_participles``), no attack."""
    subjects = children(verb, SUBJECTS)
    acts = [lexicon.noun(s.lemma_.lower()) for s in subjects]
    # not "Israeli strikes targeted Hezbollah positions": a protest's noun that is an armed attack too
    return verb.lemma_.lower() in AIMING and bool(acts) and all(a is not None and a.event_type != PROTEST for a in acts)


def joint_acts(verb: Token, lexicon: Lexicon, adverbs: frozenset[str] = JOINT_ADVERBS) -> Iterator[Site]:
    """Cooperation between coordinated actors who do something jointly, whatever it is (cues ``joint_adverbs``):
    "Senegal and Gambia jointly built the bridge"; with ``adverbs``, "together" too ("worked together")."""
    if not any(c.dep_ in ADVERBS and c.lower_ in adverbs for c in verb.children):
        return
    relation = lexicon.verb(COOPERATE_VERB)
    subjects = subjects_of(verb)
    if relation is not None and actor_count(f.token for f in subjects) > 1:  # "the leaders of India and Pakistan
        # promised to work together"
        yield Site(verb, relation, tuple(subjects), (), None, "reciprocal/1", RECIPROCAL_CONFIDENCE, reciprocal=True)


def verbal_sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """A Site for every event verb whose clause asserts it (not "urged Iran to stop ...")."""
    for verb in tokens_with(doc, "POS", VERBS):
        # a claim needs an actor doing it, named or by its noun ("police used tear gas against protesters"): the
        # dictionary is not read for a verb without one
        if not (any(actors(f.token) or unnamed(f.token) for f in subjects_of(verb)) or listed(verb, lexicon)):
            continue
        reading = coded_relation(verb, lexicon)
        if reading is None:
            yield from joint_acts(verb, lexicon)  # "Senegal and Gambia jointly built a bridge"
            threat = threatened_force(verb, lexicon)
            if threat is not None:  # "warned that it would retaliate against Peru"
                yield threat
            continue
        if aimed_act(verb, lexicon):
            continue  # "US sanctions target Iranian officials": the sanctions' target, told by their noun
        if obliged(verb) or asked_for(verb, lexicon) or helping_purpose(verb, lexicon):
            continue  # "gave $20 million to support Bolivia's recovery": the gift's purpose, no support of its own
        relation = reading.relation
        if relation.event_type == MOBILIZE and any(
            c.dep_ in ADVERBS and c.lower_ in JOINT_ADVERBS for c in verb.children
        ):
            yield from joint_acts(verb, lexicon)  # "Paraguay and Brazil jointly patrol their border": cooperation
            continue  # (PLOVER codes joint military operations COOPERATE), no show of force against either
        if relation.event_type not in SAID_TYPES | {COOPERATE}:
            yield from joint_acts(verb, lexicon)  # "Kenyan and Ugandan police jointly arrested a gang", "are jointly
            # investigating the damage": the act, and the cooperation it was; not words said together ("jointly
            # condemned the arrest")
        if relation.event_type in CONTESTED_TYPES and contest(verb):
            continue  # "beaten 5-0 by Bayern", "battle it out for the award", "gave Newcastle a lifeline"
        if relation.event_type in MATERIAL_FORCE and words_as_missiles(verb):
            continue  # "MPs bombarded the minister with requests": a figure of speech
        carried = carried_event(verb, lexicon)
        if carried is not None and verb_keys(verb)[0] in NAMING and condemning_verdict(verb):
            carried = None  # "called the sanctions illegal": what is said of the sanctions, not sanctions imposed
        if carried is not None and (not reading.listed or carried.event_type != relation.event_type):
            continue  # "imposed sanctions on", "struck a deal with": the event noun codes it (nominal), not the verb
        subjects = (
            givers(verb, relation)
            if relation.frame == "receive"
            else subjects_of(verb) or expellers(verb) or jailers(verb) or attackers(verb, relation, lexicon)
        )
        objects, theme = objects_of(verb, relation)
        if not objects and relation.event_type == FORCE and forceful_manner(verb):
            objects = actor_objects(verb, INTERVENED_PREPS)  # "intervened militarily in Libya"
        if swapped(relation, subjects, objects, lexicon):
            objects = []  # "Ukraine and Russia swapped prisoners": each frees the other's, not its own
        if (
            relation.reciprocal
            and actor_count(f.token for f in subjects) > 1
            and objects
            and all(located(f, verb) for f in objects)
        ):
            objects = []  # "Indian and Chinese troops clashed at the Galwan border post": with each other, there
        if business_traded(relation, theme, subjects):
            continue  # "sold its farm equipment operations to Deutz of West Germany": a deal between firms
        if relation.commercial and relation.event_type == AID and not armament(relativized(verb) or theme):
            relation = lexicon.noun(SALE) or relation  # "France sold wheat to Algeria": trade, not aid
        forces = [] if subjects else deployed(verb, relation, lexicon)
        if forces:  # "Chilean troops were withdrawn from Peru": the forces moved, and where to or from
            subjects, theme = forces, forces[0].token
            objects = [Filler(a.token, 1) for a in actor_objects(verb, relation.preps)]
        moved = relation
        moving = theme if theme is not None or not subjects else subjects[0].token  # "peacekeepers deployed in"
        relation = peacekeeping(relation, moving)  # "deployed 500 peacekeepers to Haiti": aid, not mobilization
        if relation.event_type == MOBILIZE and relief_purpose(verb):  # "deployed soldiers to help flood victims"
            relation = lexicon.verb(SUPPLY) or relation
        if not subjects or not fits(verb, theme, relation, lexicon):
            continue
        if relation.event_type == MOBILIZE and theme is None and not moves_itself(verb, subjects):
            continue  # "General Jamal, also positioned in the Basra area": one man posted, no forces moved
        coding = site_coding(verb, reading, lexicon) if relation is moved else None
        given = transfer_of(verb, relation, theme, lexicon) or criticism_of(verb, relation, lexicon)
        argued = given is None and words_between_people(verb, relation, subjects, objects)
        if argued:
            given = lexicon.verb(CRITICIZE)  # "Trump attacked Biden over the border", "Zelensky and Trump clashed"
        if given is not None:  # "sent an envoy to", "attacked the plan": what is given or struck says what it is
            relation, coding = given, None
        if relation.event_type == MOBILIZE and objects and all(destination(f.token) for f in objects):
            # "stationed two battalions in Gao ahead of an offensive against the JNIM": whom forces face, not where
            objects = confronted(verb, lexicon) or objects
        if relation.event_type == THREAT and advises(verb, lexicon):
            continue  # "warned Blair that the war could be illegal": advice, no threat
        if verb_keys(verb)[0] in MONITORING and objects and all(f.token.lemma_.lower() in BROADCASTS for f in objects):
            continue  # "Tehran radio, monitored by the BBC, said": a broadcast listened to, not an investigation
        if (
            relation.event_type == AGREE
            and not reading.patterned
            and any(p.lower_ in OPINION_PREPS for p in verb.children)
        ):
            continue  # "agreed about what happened": of one mind, no accord (PLOVER drops expressions of accord)
        if relation.event_type == AGREE and vows_harm(verb, theme):
            # "vowed revenge against Peru", "vowed to take revenge on Peru": a threat, not an accord, against whom
            # the harm is aimed
            vowed_harm = lexicon.verb(THREATEN_VERB)
            if vowed_harm is None:
                continue
            relation, coding = vowed_harm, None
            objects = [f for f in avenged_on(verb, theme) if f.token.i != verb.i]
        if relation.event_type == RETREAT and quits_talks(verb, relation, lexicon):
            relation, coding = lexicon.verb(SUSPEND) or relation, None  # "withdrew from the talks with the EU"
        if relation.event_type == RETREAT and any(f.token.lemma_.lower() in RACES for f in objects):
            continue  # "pulled out of the Palestinian elections": a candidate's withdrawal, not a retreat
        objects, theme = on_whom(relation, objects, theme, lexicon)
        asked = asked_thing(verb, theme)
        if relation.event_type == DEMAND and asked is not None:  # "demanded his release": of who holds him
            objects = detainers(asked, objects, lexicon) or objects
        if verb_keys(verb)[0] in WINNING_VERBS and rivals(subjects, objects):
            continue  # "Federer has beaten Nadal": a game won
        aim = protest_aim(verb, relation, lexicon)  # "marched to denounce Chile": the march protests against Chile
        allies = beside_whom(verb) if relation.event_type in MATERIAL_FORCE else []
        if allies:  # "Rwandan troops fought alongside Mozambican forces against insurgents in Cabo Delgado": the
            # allies cooperate, and where they fight together is no enemy
            yield from allied(verb, subjects, allies, lexicon)
            objects = [f for f in objects if not (f.token.dep_ in PREP_OBJECTS and f.token.head.lower_ in PLACE_PREPS)]
        if objects:
            if reading.reverse:  # "X outraged Y": Y disapproves of X
                subjects, objects = objects, subjects
            site = Site(
                verb, relation, tuple(subjects), tuple(objects), theme, "svo/2", DIRECT_CONFIDENCE, coding=coding
            )
            for told in with_protest(site, aim):
                yield from with_conviction(told, lexicon)
            continue
        if reading.reverse:
            continue
        targets, pattern, base, reciprocal = targets_of(verb, relation, theme, lexicon)
        reciprocal = reciprocal or (argued and not targets)  # "Zelensky and Trump clashed": each with the other
        # "Tanzania and Uganda agreed to begin filling the East African pipeline", "... a railway to Kampala": with
        # each other; not "Norway, Egypt and the Soviet Union agreed to help OPEC"
        parties = relation.event_type == AGREE and actor_count(f.token for f in subjects) > 1
        if parties and targets and all(town(f.token) for f in targets):
            targets, reciprocal = [], True
        threatened = promised_force(verb, lexicon) if relation.event_type == AGREE else []
        if threatened:  # "vowed to retaliate against Peru": force promised is a threat (CAMEO's "vow * attack")
            relation, targets = lexicon.verb(THREATEN_VERB) or relation, threatened
            pattern, base = "control/1", COMPLEMENT_CONFIDENCE
        trades = promised_trades(verb, lexicon) if relation.event_type == AGREE else []
        if any(business_traded(trade, goods, subjects) for trade, goods in trades):
            continue  # "agreed to sell its business interests in South Africa to investors"
        if trades:
            relation = replace(relation, commercial=True)  # "Codelco agreed to buy a stake in X": business
        if targets or reciprocal:
            site = Site(
                verb, relation, tuple(subjects), tuple(targets), theme, pattern, base, reciprocal, coding=coding
            )
            yield from with_protest(site, aim)
        elif relation.event_type == COOPERATE:  # "Ukraine and Poland worked together to clear the backlog"
            yield from joint_acts(verb, lexicon, JOINT_ADVERBS | TOGETHER)

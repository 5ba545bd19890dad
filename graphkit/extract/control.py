"""Control: who does what an open complement or a message names, when the clause does not say it.

"Iran refused to supply" (the subject controls), "urged Iran to stop" (the object controls), "accused
Russia of seeking" (through the preposition), "shelled the town, killing five soldiers" (a participle's subject
is its clause's), "the PKK issued a declaration demanding ..." (the issuer of
the message).
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.extract.actors import doerless_device, is_party, names_actor
from graphkit.extract.context import SPEECH, infinitive, intention_noun, joined_in, modality_of, polarity_of
from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    ADVERBIAL_CLAUSES,
    AUXILIARIES,
    CLAUSAL_COMPLEMENTS,
    CLAUSAL_MODIFIERS,
    CONJUNCTS,
    DATIVES,
    DETERMINERS,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    NOMINALS,
    OPEN_COMPLEMENTS,
    PARATAXES,
    PASSIVE_SUBJECTS,
    POSSESSIVES,
    PREP_COMPLEMENTS,
    PREP_OBJECTS,
    PREPOSITIONS,
    SUBJECTS,
    TENSED_AUXILIARY_TAGS,
)
from graphkit.extract.event_nouns import FORCE, noun_relation
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, prep_objects
from graphkit.extract.verbs import verb_keys, verb_types
from graphkit.extract.words import (
    GROUP_POSSESSIVES,
    MESSAGES,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
    THE,
    THING_POSSESSIVES,
)
from graphkit.vocabulary import cue_sequence, cue_words, quad_class

BLASTS = cue_words("blast_verbs")  # "a car bomb exploded ..., killing five officers": the bomb killed them
DEMAND_TYPE, PROTEST_TYPE = "DEMAND", "PROTEST"  # a protest's participle that asks: "rallied, demanding ..."
PURPOSE = ADVERBIAL_CLAUSES  # "to protest ...": an infinitival adverbial clause
REFERRING = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_GROUP  # "accusing him of ...": one told of before
REFERRING_OWNERS = REFERRING | THING_POSSESSIVES | GROUP_POSSESSIVES  # "accusing its neighbour of ..."
# What a body issues that speaks for it: "issued a declaration demanding that ...", "a statement condemning".
ISSUING = cue_words("issuing_verbs")  # "issued a statement condemning": the issuer condemns
INTENTION_VERBS = cue_words("intention_verbs")  # "announced plans to": the announcer's plans
INVITEE_VERBS = cue_words("invitee_verbs")  # "accepted an invitation to": the invitee's
# "clashed with police while protesting", "were arrested after rallying": a participle told as when
TIMED = cue_words("time_markers") | cue_words("meanwhile_markers")
INVITATIONS = cue_words("invitation_nouns")
INSTRUMENT_VERBS = cue_words("instrument_verbs")  # "used Russian drones to attack": the user attacks
OBJECT_CONTROL_PREPS = cue_words("object_control_preps")  # "charged X with helping": X helped
GIVING_IN = cue_words("acceding_verbs") | cue_words("yielding_verbs")  # "..., bowing to the protests"
PARTICIPLES = CLAUSAL_MODIFIERS  # "a declaration demanding ...": a participle (in "-ing") modifying a noun
ADDRESSEE_PREPS = ("to",)  # "a letter to Syria"
OF = ("of",)  # "a letter to the head of the OAS"
CARRYING_PREPS = cue_sequence("carrying_preps")  # "said in a letter to Syria": what carries the words


def doing_then(participle: Token, obj: Token) -> bool:
    """Whether an open complement is a present participle right after a verb's object, which it describes: "arrested
    teachers [marching on the ministry]", not "kept marching"."""
    return participle.tag_ == GERUND and obj.right_edge.i + 1 == participle.i and obj.pos_ in NOMINALS


def controllers(node: Token) -> tuple[list[Token], Token] | None:
    """Who controls an open complement: "urged Iran to stop" (object), "Iran refused to" (subject).

    Climbs xcomp, acomp, conj and "of/for V-ing" (pcomp under a preposition) until a verb with a
    subject (or an actor object, for object control) is found; returns it and the verb.
    """
    if joined_in(node):  # "Chile joined Peru in condemning Bolivia": both condemn it
        joiner = node.head.head
        above = controllers(joiner) if not children(joiner, SUBJECTS) else None  # "refused to join Peru in"
        joining = children(joiner, SUBJECTS) or (above[0] if above else [])
        # the one joined does it whatever the joiner does, so only a told joining says it: not "refused to join"
        told = polarity_of(joiner) == "positive" and modality_of(joiner) == "actual"
        partners = [o for o in children(joiner, DIRECT_OBJECTS) if names_actor(o)] if told else []
        return (joining + partners, joiner) if joining or partners else None
    finite = False  # a tensed conjunct of an infinitive belongs to the clause above it, not to the infinitive
    while node.head.i != node.i:
        dep = node.dep_
        if (noun := intention_noun(node)) is not None:
            return intention_owner(noun)  # "announced plans to impose", "no intention of attacking"
        # "the US was pressing Canada to stop ... and was talking with Canadian representatives": the US talks
        finite = finite or (dep in CONJUNCTS and tensed(node) and infinitive(node.head))
        if dep in PREP_COMPLEMENTS and node.head.dep_ in PREPOSITIONS:
            accused = accused_by_phrase(node.head)
            if accused is not None:
                return [accused], accused.head
            node = node.head  # "accused Russia of seeking": control through the preposition (dep stays pcomp)
        elif dep in PURPOSE and not any(c.lower_ == "to" for c in node.children):
            return participle_control(node)  # an infinitive shares its head's subject ("staged a strike to protest")
        elif dep not in OPEN_COMPLEMENTS | ADJECTIVAL_COMPLEMENTS | CONJUNCTS | PURPOSE:
            return None
        head = node.head
        # the object controls an open complement ("urged Iran to stop"), and an "of/for/with/from V-ing" ("accused
        # Russia of seeking"); not "after/by/without V-ing", which tell when or how the subject acted ("told the
        # BBC after giving a lecture": who told gave it; cues ``object_control_preps``)
        through = dep in PREP_COMPLEMENTS and node.lower_ in OBJECT_CONTROL_PREPS
        objects = (
            [o for o in children(head, DIRECT_OBJECTS) if names_actor(o) or (through and acted_on(o))]
            if (dep in OPEN_COMPLEMENTS or through) and not finite and head.lemma_.lower() not in INSTRUMENT_VERBS
            else []
        )
        # "arrested teachers marching on the ministry": a participle right after the object tells what it was doing
        objects = objects or [
            o for o in children(head, DIRECT_OBJECTS) if dep in OPEN_COMPLEMENTS and doing_then(node, o)
        ]
        if through and not objects and any(refers_back(o) for o in children(head, DIRECT_OBJECTS)):
            return None  # "accusing him of financing the Quds Force": he finances it, whoever he is
        # "officials are set to meet", "Syria was forced to withdraw": a passive's subject controls its complement
        # "a soldier was accused of killing": the passive's subject of an "of/for V-ing" too
        passive = children(head, PASSIVE_SUBJECTS) if dep in OPEN_COMPLEMENTS | PREP_COMPLEMENTS else []
        found = objects or children(head, SUBJECTS) or passive
        if found:
            return found, head
        node = head
    return None


def tensed(verb: Token) -> bool:
    """Whether a verb has an auxiliary of tense or mood ("was talking", "will meet"), as no infinitive has."""
    return any(c.tag_ in TENSED_AUXILIARY_TAGS for c in children(verb, AUXILIARIES))


def accused_by_phrase(prep: Token) -> Token | None:
    """The object of an accusation whose "of V-ing" the parser hung on it, not on the verb: "forces" in "accused
    Peruvian forces of attacking Chilean troops", who attacked, as in "accused Peru of attacking"."""
    accused = prep.head
    if prep.lower_ not in OBJECT_CONTROL_PREPS or accused.dep_ not in DIRECT_OBJECTS or not names_actor(accused):
        return None
    lexicon = lexicon_of(prep.doc)
    relations = (lexicon.verb(key) for key in verb_keys(accused.head))
    return accused if any(r is not None and r.proposition for r in relations) else None


def acted_on(obj: Token) -> bool:
    """Whether the object of an act done to someone for what he did controls the "of/for/with V-ing" that says it,
    named or not: "charged nine suppliers with helping Peru" (the suppliers helped), "accused the firm of
    arming Peru"; not a thing spent or a number."""
    return obj.pos_ in NOMINALS and not obj.like_num and bool(verb_types(obj.head))


def intention_owner(noun: Token) -> tuple[list[Token], Token] | None:
    """Whose intention a noun is: its possessor ("its decision", "Iran's plans"), else the subject of the verb it
    is the object of ("Chile announced plans to ...", "expressed willingness to ...")."""
    if noun.lemma_.lower() in INVITATIONS:  # "accepted Peru's invitation to visit Lima": whoever accepted visits
        invitee = noun.dep_ in DIRECT_OBJECTS and verb_keys(noun.head)[0] in INVITEE_VERBS
        subjects = children(noun.head, SUBJECTS) if invitee else []
        return (subjects, noun.head) if subjects else None
    owners = [c for c in children(noun, POSSESSIVES) if names_actor(c)]
    if owners:
        return owners, noun
    if noun.dep_ not in DIRECT_OBJECTS or noun.head.lemma_.lower() not in INTENTION_VERBS:
        return None  # "vetoed any plan to sell": not the vetoer's plan
    subjects = children(noun.head, SUBJECTS)
    return (subjects, noun.head) if subjects else None


def refers_back(thing: Token) -> bool:
    """Whether an object names by a pronoun one told of before: "him", "them", "it", "its neighbour", "their
    leaders" (cues ``person_pronouns``, ``thing_pronouns``, ``group_pronouns``, and the possessives)."""
    if thing.lower_ in REFERRING:
        return True
    return thing.pos_ == "NOUN" and any(c.dep_ in POSSESSIVES and c.lower_ in REFERRING_OWNERS for c in thing.children)


def participle_control(node: Token) -> tuple[list[Token], Token] | None:
    """Who does what a participle after its clause tells: "bombed the town, killing five soldiers" (who bombed
    killed), when the clause reports an event and the participle names whom it is done to (not "killing 53
    people", nor "fighting street battles")."""
    if node.tag_ != GERUND:
        return None
    if any(m.lower_ in TIMED for m in children(node, MARKERS)):
        # "miners clashed with police while protesting in Lima", "students were detained after rallying in Quito":
        # a participle told as the time of its clause is done by whoever did or underwent that clause's act
        doers = children(node.head, SUBJECTS) or children(node.head, PASSIVE_SUBJECTS)
        return (doers, node.head) if doers else None
    above = None if children(node.head, SUBJECTS) else controllers(node.head)  # "plans to tour, visiting Peru"
    subjects = children(node.head, SUBJECTS) or (above[0] if above else [])
    told = node.i > node.head.i and says(node)  # "left the talks, accusing Peru of ...": what the subject said
    speakers = interposed_speakers(node) if told else []
    if speakers:  # "Russian jets shot down a drone, Tbilisi said, accusing Moscow of ...": Tbilisi accuses
        subjects = speakers
    # set between the subject and its verb: "Mexican police, working with the FBI, arrested ...", the police
    between = bool(subjects) and all(s.i < node.i < node.head.i for s in subjects)
    # whom it is done to, or whose act it asks or speaks of: "demanding the resignation of President Sosa", and
    # what is said or done through a preposition: "calling for the release of Chilean prisoners", "working with"
    spoken_of = [o for p in children(node, PREPOSITIONS) for o in children(p, PREP_OBJECTS)] if told or between else []
    # "rejecting calls from London for tougher action": whose ask it rejects; "burning homes and killing
    # Sudanese civilians": whom the participles coordinated with it act on too
    acted_on = [
        o for p in (node, *(c for c in node.conjuncts if c.tag_ == GERUND)) for o in children(p, DIRECT_OBJECTS)
    ]
    done_to = any(
        names_actor(o) or any(is_party(t) for t in prep_objects(o, ("of", "from"))) for o in acted_on + spoken_of
    )
    # "..., Lima said, condemning the raids": an act told of before, whose doer the criticism is of; "expelled
    # Germany's ambassador, accusing him of ...", "cut ties with Morocco, accusing its neighbour of ...": one told of
    done_to = done_to or (told and any(recalled_act(o) or refers_back(o) for o in children(node, DIRECT_OBJECTS)))
    if not told and polarity_of(node.head) == "negative":
        return None  # "refused to bomb the town, killing five soldiers": no bombing, so none killed
    if subjects and node.lemma_.lower() in GIVING_IN:  # "scrapped the decree, bowing to the protests", "meeting a
        # key demand of the students": who did it gave in
        return subjects, node.head
    spoken_to = told and (addressed(node) or bool(addressees(node)))  # "wrote to Chile urging restraint"
    blast = went_off(node, subjects)  # "a car bomb exploded outside a police station, killing five officers"
    return (
        (subjects, node.head)
        if subjects
        and (done_to or spoken_to or protest_demand(node) or blast)
        and (told or between or is_event(node.head) or blast)
        else None
    )


def went_off(participle: Token, subjects: list[Token]) -> bool:
    """Whether a participle of violence follows a device's going off, which it tells the harm of: "a car bomb
    exploded outside a police station, killing five officers" (cues ``blast_verbs``, ``doerless_devices``)."""
    head = participle.head
    violent = bool(FORCE.intersection(verb_types(participle)))  # the acts a device that went off does
    return (
        violent
        and participle.i > head.i
        and bool(set(verb_keys(head)) & BLASTS)
        and any(doerless_device(s) for s in subjects)
    )


def protest_demand(participle: Token) -> bool:
    """Whether a participle after a protest asks what the protest is for: "farmers blocked highways, demanding
    guaranteed prices", "rallied in Rabat, demanding better hospitals" (the crowd asks, whatever it names)."""
    if participle.i < participle.head.i or DEMAND_TYPE not in verb_types(participle):
        return False
    head = participle.head
    lexicon = lexicon_of(head.doc)
    objects = [o for p in (head, *children(head, PREPOSITIONS)) for o in children(p, DIRECT_OBJECTS | PREP_OBJECTS)]
    nouns = [r.event_type for o in objects if (r := noun_relation(o, lexicon)) is not None]
    return PROTEST_TYPE in (*verb_types(head), *nouns)  # "went on strike, demanding"


def recalled_act(noun: Token) -> bool:
    """Whether an object names, with "the", an event the lexicon knows: "the raids", "the seizure", an act the
    sentence may have told of before."""
    determined = any(d.lower_ == THE for d in children(noun, DETERMINERS))
    return determined and lexicon_of(noun.doc).noun(noun.lemma_.lower()) is not None


def interposed_speakers(participle: Token) -> list[Token]:
    """The speakers of a "X said" beside the clause a participle hangs on, between the two: "shot down a drone,
    Tbilisi said, accusing Moscow ...", where the parser hung "accusing" on "shot", not on "said"."""
    return [
        s
        for c in children(participle.head, PARATAXES)
        if participle.head.i < c.i < participle.i and c.lemma_.lower() in SPEECH
        for s in children(c, SUBJECTS)
    ]


def addressed(said: Token) -> bool:
    """Whether a verb of saying names whom it is said to or of outside its object: "calling on Chile to withdraw",
    "demanding that Chile return the islands"."""
    spoken_to = any(names_actor(o) for p in children(said, PREPOSITIONS) for o in children(p, PREP_OBJECTS))
    return spoken_to or any(names_actor(s) for c in children(said, CLAUSAL_COMPLEMENTS) for s in children(c, SUBJECTS))


def is_event(verb: Token) -> bool:
    """Whether a clause reports an event, whose consequences a participle may tell: its verb has an event type
    ("stormed the camp, killing ...") or its object is an event noun ("launched strikes, killing ..."). A win in
    sport ("won the title, beating ...") or a departure ("Leaving the summit, X said ...") is none."""
    lexicon = lexicon_of(verb.doc)
    return bool(verb_types(verb)) or any(
        lexicon.noun(o.lemma_.lower()) is not None for o in children(verb, DIRECT_OBJECTS)
    )


def addressees(said: Token) -> list[Token]:
    """Whom a participle of saying says it to when the message it comes with is addressed to them: "sent a letter to
    Syria urging restraint", "wrote to Syria urging it to withdraw", "said in a letter to the UN ...", "a letter to
    Syria demanding ..." (cues ``messages``, ``issuing_verbs``)."""
    governor = said.head
    if said.tag_ != GERUND or said.dep_ not in PURPOSE | PARTICIPLES or governor.i == said.i or not says(said):
        return []
    if said.dep_ in PARTICIPLES:  # "a letter to Syria urging restraint", "sent a letter to Syria urging"
        if governor.lemma_.lower() not in MESSAGES:
            return []
        sender = governor.head if governor.dep_ in DIRECT_OBJECTS else None
        sent = sender is not None and any(k in ISSUING for k in verb_keys(sender))
        return addressed_to(governor) or (addressed_to(sender) if sender is not None and sent else [])
    letters = [o for o in children(governor, DIRECT_OBJECTS) if o.lemma_.lower() in MESSAGES]
    letters += [o for o in prep_objects(governor, CARRYING_PREPS) if o.lemma_.lower() in MESSAGES]
    found = [t for letter in letters for t in addressed_to(letter)]
    sent = any(k in ISSUING for k in verb_keys(governor))
    if not found and sent and (letters or not children(governor, DIRECT_OBJECTS)):
        found = addressed_to(governor)  # the parser hangs "to Syria" on the verb; "wrote to Syria urging"
    return found


def addressed_to(token: Token) -> list[Token]:
    """The actors a message or a verb of sending is addressed to: "to Syria", "to the head of the OAS", or a dative
    ("sent Syria a letter")."""
    found = []
    for addressee in prep_objects(token, ADDRESSEE_PREPS):
        found += [addressee] if names_actor(addressee) else [o for o in prep_objects(addressee, OF) if names_actor(o)]
    return found + [d for d in children(token, DATIVES) if names_actor(d) and d.lower_ not in ADDRESSEE_PREPS]


def says(verb: Token) -> bool:
    """Whether a verb reports something said (a verbal quad class: accusing, urging, praising, rejecting), which a
    participle after any clause says for that clause's subject, as a blow or a gift does not ("won, beating X")."""
    types = verb_types(verb)
    return bool(types) and all((quad_class(t) or "").startswith("verbal") for t in types)


def message_issuer(verb: Token) -> Token | None:
    """The verb that issues the message a participle qualifies: "issued" in "issued a statement condemning X"."""
    message = verb.head
    if verb.dep_ not in PARTICIPLES or not verb.lower_.endswith("ing") or message.lemma_.lower() not in MESSAGES:
        return None
    if message.dep_ not in DIRECT_OBJECTS or message.head.pos_ != "VERB":
        return None
    # "vetoed a resolution demanding ...", "rejected a statement condemning X": the message is another's
    return message.head if any(k in ISSUING for k in verb_keys(message.head)) else None

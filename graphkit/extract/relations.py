"""Event claims from the dependency parse: who (subject) does what (a lexicon word) to whom (object).

``raw_claims`` is a generator over a Doc that yields ``RawClaim`` records. The patterns live in
their own modules and yield ``Site`` records: ``verbal`` (event verbs), ``nominal`` (event nouns,
light verbs) and ``attribution`` (demands in reported speech). Here each Site's arguments become
actor mentions, and the clause around it gives polarity, modality, speaker, date and place.
Arguments stay surface mentions until ``canon`` resolves them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graphkit.extract.actors import (
    CROWD,
    QUANTITY_WORDS,
    actor_itself,
    actors,
    included,
    is_party,
    names_actor,
    unnamed,
)
from graphkit.extract.arguments import TAKING, carriers, control_taken
from graphkit.extract.attribution import speaker_of, speech_sites
from graphkit.extract.commitment import commitment_type
from graphkit.extract.context import TRANSFER, fictional, modality_of, polarity_of
from graphkit.extract.deps import (
    ACTOR_MODIFIERS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    DIRECT_OBJECTS,
    NATIONALITY,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    POSSESSIVES,
    PREP_OBJECTS,
    PREPOSITIONS,
    QUANTIFIERS,
    STATE_LABELS,
    SUBJECTS,
)
from graphkit.extract.faced_crowds import faced_crowd_sites
from graphkit.extract.lexicon import Lexicon, read_with
from graphkit.extract.mentions import REGION_NOUNS, actor_of, group_speaker, owned, to_mention
from graphkit.extract.nominal import LIGHT_PATTERN, SETTING_PATTERN, nominal_sites, trip_sites
from graphkit.extract.protests import (
    CROWDLESS_PATTERN,
    PROTESTERS,
    TAKEOVER_TYPES,
    TAKEOVERS,
    people_named,
    state_name,
)
from graphkit.extract.sites import Site
from graphkit.extract.stopping import PROTEST
from graphkit.extract.tree import children, modified_noun, prep_objects, with_conjuncts
from graphkit.extract.verbal import (
    CALLED_OFF_PATTERN,
    COERCE,
    COMPANY_PARTS,
    POLICE,
    PROTEST_AIM_PATTERN,
    PROTEST_VERB,
    TOWN_PARTS,
    asked_for,
    protest_aim,
    relation_of,
    requested,
    verbal_sites,
)
from graphkit.extract.verbs import verb_types
from graphkit.extract.when_where import PLACE_LABELS, date_of, deep_location, location_of, still_to_come
from graphkit.extract.words import COMBATANTS, OFFERING
from graphkit.nlp.country_names import writes_country
from graphkit.nlp.place_names import listed_place
from graphkit.types import PUBLIC_PATTERN, UNNAMED, UNPLACED, Evidence, Mention, RawClaim
from graphkit.vocabulary import cue_words

EXTRACTOR = "svo/2"
INDIRECTION_PENALTY = 0.1  # each step between the word and an argument: control, a modifier, a passive
MIN_CONFIDENCE = 0.3
PLEDGE_VERBS = {"AGREE": "agree", "THREATEN": "threaten"}  # the lexicon word whose relation a commitment takes
COMMITMENT_PATTERN = "commitment/1"
CROWD_PATTERNS = (PROTEST_AIM_PATTERN, CALLED_OFF_PATTERN)  # a crowd's acts about its protest, toward its own state
HOME_STATE = "government"  # whom a people named once protests against at home: its own state
NAMELESS = frozenset({UNNAMED, UNPLACED})  # labels of actors named only by their noun
WHERE_PREPS = cue_words("location_preps")  # where someone is: "protesters in Nairobi"
NEAR = "near"  # where someone is, by a town: "farmers blocked highways near Lahore"
OF = "of"
BOYCOTTING = cue_words("boycotting_verbs")  # "Chinese consumers boycotted Japanese cars": a protest
MASSING = cue_words("massing_verbs")  # "thousands of protesters massed outside parliament": a protest
SANCTION_TYPE = "SANCTION"  # a state's boycott
MOBILIZE_TYPE = "MOBILIZE"  # armed men massing
ARMED_PLACES = cue_words("armed_places")  # "attacked Iraqi positions": armed men's places, fought over
CAPTURING = cue_words("capturing_verbs")  # "captured two Israeli soldiers": combatants abducted
COERCE_TYPE = "COERCE"
FROM = "from"
ATTACK_VERB = "attack"  # the lexicon's verb of unconventional violence (ASSAULT)
CROWDS = cue_words("crowd_nouns")
CIVILIAN = cue_words("civilian_modifiers")  # "a passenger jet": no arm of war
TAKEN_PLACES = cue_words("taken_places")  # "seized the city of Kunduz": a place taken by force
FIGHT_VERB = "fight"  # the lexicon's verb whose relation a place taken by force takes
FIGHT_TYPE = "FIGHT"
SUICIDE_ATTACKERS = cue_words("suicide_attackers")  # "a Taliban suicide bomber": an assault, whatever it strikes
CROWD_ARMS = cue_words("crowd_arms")  # "used tear gas to disperse students": an assault
STATE_SPEAKER_LABELS = frozenset({"GPE", "NORP"})  # "Kenya said", "the Kenyan interior ministry said"

__all__ = ["EXTRACTOR", "describe", "evidence_of", "raw_claims"]


def describe(theme: Token | None) -> tuple[str | None, str | None]:
    """The theme's words and quantity: "hundreds of UAVs" -> ("UAVs", "hundreds")."""
    if theme is None or actor_of(theme) is not None:
        return None, None
    quantity = None
    if theme.lower_ in QUANTITY_WORDS or theme.like_num:
        inner = prep_objects(theme, ("of",))
        if inner:
            quantity, theme = theme.text, inner[0]
    numbers = children(theme, QUANTIFIERS)
    if numbers and quantity is None:
        quantity = numbers[0].text
    modifiers = [c for c in theme.lefts if c.dep_ in ACTOR_MODIFIERS - POSSESSIVES]
    start = min([theme.i, *(m.left_edge.i for m in modifiers)])
    return theme.doc[start : theme.i + 1].text, quantity


def evidence_of(sentence: Span, article_id: str, extractor: str = EXTRACTOR) -> Evidence:
    """The sentence, with offsets trimmed of surrounding white space."""
    text = sentence.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = sentence.start_char + lead
    return Evidence(article_id, stripped, start, start + len(stripped), extractor)


def sites(doc: Doc, lexicon: Lexicon) -> Iterator[Site]:
    """Every event the doc expresses, by each pattern in turn."""
    yield from verbal_sites(doc, lexicon)
    for site in nominal_sites(doc, lexicon):
        # "urged Peru to impose sanctions on Bolivia": asked for, not done, as for a verb's own event
        if site.anchor.pos_ == "VERB" and asked_for(site.anchor, lexicon):
            continue
        if site.anchor.pos_ == "NOUN" and requested(site.anchor, lexicon):
            continue  # "an appeal for the withdrawal of British troops from Iraq": no withdrawal yet
        yield site
    yield from trip_sites(doc, lexicon)
    yield from speech_sites(doc, lexicon)
    yield from faced_crowd_sites(doc, lexicon)  # "police fired tear gas at protesters in Tbilisi"


ActorPair = tuple[tuple[Span, str | None, int], tuple[Span, str | None, int]]


def committer(anchor: Token, actor: Span) -> bool:
    """Whether an actor can be the one who commits to the act: not one named in a phrase on it, as the seller
    of "Chile agreed to buy gas from Peru" is, whom the claim of the sale has for its subject; nor the author of an
    act that is the clause's subject ("a Russian gas cutoff would push Germany into recession": what the act would
    do, not what Russia says it will)."""
    if any(s.pos_ == "NOUN" and not s.ent_type_ and not is_party(s) for s in children(anchor, SUBJECTS)):
        return False
    return not any(p.left_edge.i <= actor.start <= p.right_edge.i for p in children(anchor, PREPOSITIONS))


def pairs(site: Site, local: bool = False) -> Iterator[ActorPair]:
    """(subject actor, object actor) pairs with their steps; both directions for a reciprocal site. An actor named
    only by its noun ("police") is one too (``unnamed``): where the event happens when ``local``, else only of the
    actor it faces."""

    def named(token: Token, acted_on: bool = False) -> list[tuple[Span, str | None]]:
        found = actors(token) or unnamed(token, UNNAMED if local else UNPLACED, acted_on)
        if not site.reciprocal:  # "several countries, including Iran and Syria": the members named too; not
            # between a group and its members ("French economists, including Cheval, agreed")
            starts = {span.start for span, _ in found}
            found += [m for m in included(token) if m[0].start not in starts]
        speaker = group_speaker(token) if not found else None
        return named(speaker) if speaker is not None else found  # "Rebels said they attacked ..."

    subjects = [(span, q, a.steps + (q is not None)) for a in site.subjects for span, q in named(a.token)]
    if site.relation.event_type == PROTEST or site.pattern in CROWD_PATTERNS:  # "Kenyans took to the streets
        # of Nairobi" (to demand ...): its people, not its state; "protests erupted in Tbilisi": the place's
        crowdless = site.pattern == CROWDLESS_PATTERN
        subjects = [
            (span, q or (CROWD if crowdless or demonym_crowd(span) else None), steps) for span, q, steps in subjects
        ]
    if site.reciprocal:
        for one in subjects:
            for other in subjects:
                if one[0].start != other[0].start:
                    yield one, other
        return
    objects = [
        (span, q, a.steps + (q is not None))
        for a in site.objects
        if not own_part(a.token)
        for span, q in named(a.token, acted_on=True)
    ]
    if site.pattern == PUBLIC_PATTERN:  # "the Lebanese prime minister resigned amid pressure": to its public
        objects = [(span, q or (CROWD if span.label_ in STATE_LABELS else None), steps) for span, q, steps in objects]
    # a pronoun that stands for the state a subject is part of is that subject again: "Nigeria's army warned
    # separatists that it would crush them", "a US court injunction barred it"
    by_pronoun = {span.start for a in site.objects if a.token.pos_ == "PRON" for span, _ in named(a.token)}
    for subject in subjects:
        for obj in objects:
            if subject[0].start == obj[0].start:
                # "Sudan's army clashed with the country's main rebel group": two parts of the state named once;
                # "Myanmar's military called up conscripts": a part of it on the state itself, not a person or a body
                # on itself ("his allies defended him", "U.N. experts")
                on_state = subject[1] is not None and obj[1] is None and obj[0].label_ in STATE_LABELS
                on_state = on_state and obj[0].start not in by_pronoun
                if rallied_at_home(site, subject, obj) or parts_of_one(subject, obj) or on_state:
                    yield subject, obj
            elif subject[0].text != obj[0].text or parts_of_one(subject, obj):
                yield subject, obj


def demonym_crowd(span: Span) -> bool:
    """Whether a people's name stands alone as those who act: "Kenyans" in "Kenyans took to the streets"; not "the
    Iranians" (a side) or "Kenyan" (a modifier)."""
    return span.root.dep_ in SUBJECTS and people_named(span.root)


def rallied_at_home(site: Site, subject: tuple[Span, str | None, int], obj: tuple[Span, str | None, int]) -> bool:
    """Whether people of a place protest against the place itself, named once: "protesters in Caracas rallied",
    its people against its government; so "Zimbabwean teachers went on strike" (``home_of``), what they strike
    for ("to demand higher pay") and their calling it off; or a state gives in to its own public: "the Lebanese
    prime minister resigned amid pressure from the street"."""
    if site.pattern == PUBLIC_PATTERN:
        return obj[1] == CROWD
    # "Zimbabwean teachers went on strike to demand higher pay": what the protest is for, of whom it is against
    protest = site.relation.event_type == PROTEST or site.pattern in CROWD_PATTERNS
    if not protest or subject[1] is None or obj[1] is not None:
        return False
    return is_place_phrase(obj[0]) or obj[0].label_ in STATE_LABELS


def own_part(noun: Token) -> bool:
    """Whether an object is a part of the subject's own business ("its Globe Metallurgical unit"): what is sold or
    closed, not a party to the deal."""
    return owned(noun) and noun.lemma_.lower() in COMPANY_PARTS


def state_speaker(speaker: tuple[Span, str | None] | None) -> bool:
    """Whether what a sentence tells is said by a state or one of its people named by its name or adjective ("the
    Kenyan interior ministry said"), whose own forces or police the actors named by their noun may be."""
    return speaker is not None and speaker[0].label_ in STATE_SPEAKER_LABELS


def known_place(name: str) -> bool:
    """Whether a place's name says its country: a country's name, a place of the place table, or a phrase with a
    country's name or adjective ("the southern Lebanese town of Khiam"); not "Kuriga", a town no table knows."""
    return listed_place(name) or any(writes_country(w) for w in name.split() if w[:1].isupper())


def is_place_phrase(span: Span) -> bool:
    """A place named as where someone is: "in Nairobi" in "protesters in Nairobi", "in Zamfara state"; not "a U.S.
    convoy", not "strikes at US outposts"."""
    head = span.root.head
    if span.label_ == NATIONALITY and span.root.dep_ == ADJECTIVAL_MODIFIER and head.lemma_.lower() in REGION_NOUNS:
        return head.head.lower_ in WHERE_PREPS  # "stormed a hotel in the Somali capital": a town its people name
    # "villagers in Zamfara state", "vendors in Venezuela's capital"
    if head.lemma_.lower() in REGION_NOUNS and span.root.dep_ in COMPOUNDS | POSSESSIVES:
        head = head.head
    if head.lower_ == OF and head.head.lemma_.lower() in TOWN_PARTS:  # "troops in the streets of Nairobi"
        head = head.head.head
    near_town = head.lower_ == NEAR and not state_name(span)  # "blocked highways near Lahore": in Pakistan
    return span.label_ in PLACE_LABELS and head.i != span.root.i and (head.lower_ in WHERE_PREPS or near_town)


def placed_people(span: Span) -> bool:
    """Whether a place stands for people it puts there: "Haiti" in "gang members in Haiti's capital", "Lagos" in
    "Lagos gunmen"; not in "Grenada - Hurricane Ivan" (a dateline the parser hung on a storm's name), nor a
    country before its forces ("US troops" are the state's, anywhere)."""
    root = span.root
    while root.dep_ in POSSESSIVES | COMPOUNDS and root.head.i != root.i:
        root = root.head
    if root.dep_ in PREP_OBJECTS and root.head.lower_ in WHERE_PREPS:
        return True
    own_noun = root.i != span.root.i and root.pos_ == "NOUN"  # the people's own noun, not a name
    return own_noun and not writes_country(span.text)


def parts_of_one(subject: tuple[Span, str | None, int], obj: tuple[Span, str | None, int]) -> bool:
    """Two parts of one actor, told apart by their nouns: "Israeli police arrested Israeli protesters"."""
    return subject[1] is not None and obj[1] is not None and subject[1].lower() != obj[1].lower()


def mention(span: Span | None, article_id: str) -> Mention | None:
    return to_mention(span, article_id) if span is not None else None


def captured(site: Site) -> bool:
    """Whether an act of seizing takes a place ("seized the northern city of Kunduz", "overran the army base",
    "seized Crimea", "took control of Sanaa"; cues ``taking_verbs``, ``taken_places``, ``control_nouns``): armed
    conflict (PLOVER's FIGHT: occupation), not the seizure of a ship or of goods, nor a place's (a "British-flagged
    tanker" is no place)."""
    control = [d for d in children(site.anchor, DIRECT_OBJECTS) if control_taken(d)]  # "took control of Sanaa"
    if site.relation.event_type != COERCE or (site.anchor.lemma_.lower() not in TAKING and not control):
        return False  # "stormed a police checkpoint" is an attack, whoever holds it after
    taken = [site.theme] if site.theme is not None else [f.token for f in site.objects if f.steps == 0]
    taken = [o for d in control for o in prep_objects(d, ("of",))] if control else taken
    return bool(taken) and all(t.lemma_.lower() in TAKEN_PLACES or t.ent_type_ in PLACE_LABELS for t in taken)


def crowd_protest(site: Site, role: str | None) -> bool:
    """Whether a crowd takes or storms a place, masses, or boycotts something: "protesters occupied the parliament",
    "demonstrators stormed the embassy", "hundreds of Sri Lankans stormed the presidential palace", "Chinese
    consumers boycotted Japanese cars" (cues ``takeover_verbs``, ``boycotting_verbs``, ``crowd_nouns``): a protest,
    as CAMEO codes occupations and boycotts by crowds."""
    crowd = any(w in CROWDS for w in (role or "").lower().split()) or any(
        counted_people(f.token) for f in site.subjects
    )
    lemma = site.anchor.lemma_.lower()
    taken = site.relation.event_type in TAKEOVER_TYPES and lemma in TAKEOVERS
    # "Chinese consumers boycotted Japanese cars": a crowd's boycott is a protest (CAMEO 143), a state's a sanction
    boycotted = site.relation.event_type == SANCTION_TYPE and lemma in BOYCOTTING
    massed = site.relation.event_type == MOBILIZE_TYPE and lemma in MASSING
    return crowd and (taken or boycotted or massed)


def protesters_faced(obj: Span, qualifier: str | None) -> bool:
    """Whether an act's object is a crowd of protesters (cues ``protester_nouns``) or people protesting as it is done
    to them ("opened fire on opposition supporters protesting in Harare"): what armed forces do to them is crowd
    control, no combat."""
    words = (qualifier or obj.text).lower().split()
    if words[-1:] and words[-1] in PROTESTERS:
        return True
    # the people's noun: the mention's own, or the one it names the place of or qualifies ("supporters in Harare")
    people = [t for t in (obj.root, obj.root.head, *obj.root.children) if words and t.lower_ == words[-1]]
    return any(PROTEST in verb_types(c) for p in people for c in children(p, CLAUSAL_MODIFIERS))


def crowd_controlled(site: Site) -> bool:
    """Whether an act of coercion is done with arms of crowd control (cues ``crowd_arms``): "dispersed the crowd with
    water cannon", "used tear gas and rubber bullets to disperse students", which PLOVER codes as an assault (mode
    crowd-control), not as the coercion dispersing alone is."""
    anchor = site.anchor
    if site.relation.event_type != COERCE_TYPE or anchor.pos_ != "VERB":
        return False
    used = prep_objects(anchor, ("with",))
    if anchor.dep_ in OPEN_COMPLEMENTS | ADVERBIAL_CLAUSES:  # "fired tear gas to disperse": the arms of the head
        used += children(anchor.head, DIRECT_OBJECTS)
    return any(modified_noun(t) in CROWD_ARMS for t in with_conjuncts(used))


def abducted(site: Site, obj: Span, role: str | None, qualifier: str | None, lexicon: Lexicon) -> bool:
    """Whether people are taken captive by a verb of capture (cues ``capturing_verbs``), which PLOVER codes as an
    abduction (ASSAULT), not an arrest (COERCE): armed men captured during conflict ("Hezbollah guerrillas captured
    two Israeli soldiers"; not "seized oil fields from Kurdish forces", what is taken from them), or people an armed
    group's men seize (cues ``combatant_nouns``: "Abu Sayyaf militants seized 10 Indonesian sailors"; not "seized
    the Japanese ambassador's residence", a thing of theirs). Not "police arrested two soldiers", nor a state's
    soldiers detaining people."""
    if site.relation.event_type != COERCE_TYPE or site.anchor.lemma_.lower() not in CAPTURING:
        return False
    armed = any(w in COMBATANTS for w in (role or "").lower().split())
    if armed and any(actor_itself(t) for t in children(site.anchor, DIRECT_OBJECTS)):
        return True
    taken_from = [p for p in site.anchor.children if p.lower_ == FROM]
    if any(p.left_edge.i <= obj.start and obj.end <= p.right_edge.i + 1 for p in taken_from):
        return False
    return lexicon.names_forces(qualifier)


def counted_people(token: Token) -> bool:
    """Whether a subject counts a people, a crowd: "hundreds of Sri Lankans", "thousands of Brazilians" (not
    "dozens of gunmen")."""
    return token.lower_ in QUANTITY_WORDS and any(o.ent_type_ == "NORP" for o in prep_objects(token, ("of",)))


def arms_of(site: Site) -> list[str]:
    """The lemmas of the arms an act of force is done with or against: its theme ("fired missiles at"), the words
    before its noun ("launched drone strikes on") and what it struck ("shot down a Russian warplane": arms meeting
    arms), for ``Lexicon.military``."""
    theme = site.theme  # not a convoy or a bus carrying people: "ambushed a convoy carrying Chinese engineers"
    words = [theme.lemma_.lower()] if theme is not None and not any(names_actor(c) for c in carriers([theme])) else []
    words += [  # not "shot down a passenger jet", an airliner (cues ``civilian_modifiers``)
        f.token.lemma_.lower()
        for f in site.objects
        if not any(c.lemma_.lower() in CIVILIAN for c in children(f.token, NOUN_MODIFIERS))
    ]
    heads = [site.anchor, *children(site.anchor, DIRECT_OBJECTS)]
    return words + [c.lemma_.lower() for h in heads for c in children(h, COMPOUNDS) if c.i < h.i]


def wielded(subject: Span, role: str | None) -> list[str]:
    """The words of what a state did an act with, named with the state: its role's ("killed by Pakistani fire"),
    and the noun the state's name modifies with the nouns before it ("US air strikes", "Russian artillery fire"),
    for ``Lexicon.military``; none for its police's ("Kenyan police gunfire" is no army's)."""
    words = (role or "").lower().split()
    root = subject.root
    noun = root.head
    if root.dep_ in NOUN_MODIFIERS | POSSESSIVES and noun.pos_ == "NOUN" and noun.i != root.i:
        words += [noun.lemma_.lower(), *(c.lemma_.lower() for c in children(noun, COMPOUNDS))]
    return [] if POLICE.intersection(words) else words


def raw_claims(doc: Doc, article_id: str, lexicon: Lexicon, article_date: str | None = None) -> Iterator[RawClaim]:
    """Every claim the doc makes between two actors, with its polarity, modality, speaker, date and place."""
    yield from aimed_protests_first(list(site_claims(doc, article_id, lexicon, article_date)))


def aimed_protests_first(claims: list[RawClaim]) -> list[RawClaim]:
    """The claims without a crowd's protest at home ("Greek farmers began a hunger strike": against their own
    government, no one named) where another claim names whom the same crowd protests against ("... to protest
    against Sweden's decision to send them back")."""
    aimed = {c.subject.start for c in claims if c.event_type == PROTEST and c.object.start != c.subject.start}
    return [
        c
        for c in claims
        if not (c.event_type == PROTEST and c.object.start == c.subject.start and c.subject.start in aimed)
    ]


def site_claims(doc: Doc, article_id: str, lexicon: Lexicon, article_date: str | None = None) -> Iterator[RawClaim]:
    """The claims of each site of the doc (see ``raw_claims``)."""
    read_with(doc, lexicon)
    seen: set[tuple[object, ...]] = set()
    for site in sites(doc, lexicon):
        anchor = site.anchor
        if fictional(anchor):
            continue  # "a thriller in which Russian agents assassinate a politician": a story, no event
        # where a protest's demand is made is where the protest is: "rallied in Rabat, demanding better hospitals"
        local = site.relation.event_type in lexicon.local_types or site.pattern == PROTEST_AIM_PATTERN
        domestic = site.relation.event_type in lexicon.domestic_types
        speaker_token = site.speaker or speaker_of(anchor, lambda t: relation_of(t, lexicon))
        speaker = actor_of(speaker_token) if speaker_token is not None else None
        theme_text, quantity = describe(site.theme)
        polarity, modality = polarity_of(anchor), modality_of(anchor)
        if site.relation.intended and modality == "actual":
            modality = "intended"  # "invited Peru's president": the hosting is still to come
        offered = site.pattern == LIGHT_PATTERN or (site.pattern == SETTING_PATTERN and site.relation.frame == TRANSFER)
        if offered and anchor.lemma_.lower() in OFFERING and modality == "actual":
            modality = "intended"  # "offered aid to Peru", "pledged $50 million in aid to Peru": not yet given; not
            # "pledged support during a visit to Ramallah" (the visit took place)
        if modality == "actual" and still_to_come(anchor):
            modality = "intended"  # "a summit in Ottawa next month", "visits Lima next week"
        evidence = evidence_of(anchor.sent, article_id, site.pattern)
        struck = arms_of(site)  # what the act is done with or against, the same for every pair
        for (subject, role, subject_steps), (obj, qualifier, object_steps) in pairs(site, local):
            if site.relation.commercial and not (subject.label_ in STATE_LABELS or obj.label_ in STATE_LABELS):
                continue  # "Nortel sold its plant to Flextronics": business between firms, not aid
            state = subject.label_ in STATE_LABELS
            # a group's fighters fight armed men ("Boko Haram fighters attacked Nigerian troops"); what else they
            # strike they assault ("Boko Haram fighters killed dozens of Nigerian farmers"), as PLOVER keeps
            # conventional force apart from violence against others
            armed = lexicon.names_forces(" ".join((qualifier or "", *struck))) or bool(
                ARMED_PLACES.intersection(struck)
            )
            # a state's forces that fire on a crowd of protesters control it (ASSAULT), as its police do
            forces = role if (state or armed) and not protesters_faced(obj, qualifier) else None
            used = [*struck, *wielded(subject, role)] if state else []
            relation = lexicon.military(site.relation, forces, used)
            if crowd_protest(site, role):  # "protesters occupied the parliament": a protest, not force
                relation = lexicon.verb(PROTEST_VERB) or relation
                for span in (subject, obj):  # "drivers boycotted markets in Quetta": where the crowd protests
                    span.label_ = UNNAMED if span.label_ == UNPLACED else span.label_
            elif crowd_controlled(site):  # "used tear gas to disperse students": crowd control
                relation = lexicon.verb(ATTACK_VERB) or relation
            elif captured(site):  # "Taliban fighters seized the city of Kunduz": a place taken by force
                relation = lexicon.verb(FIGHT_VERB) or relation
            elif abducted(site, obj, role, qualifier, lexicon):  # "Hezbollah captured two Israeli soldiers"
                relation = lexicon.verb(ATTACK_VERB) or relation
            elif relation.event_type == FIGHT_TYPE and (role or "").lower() in SUICIDE_ATTACKERS:
                relation = lexicon.verb(ATTACK_VERB) or relation  # "a Taliban suicide bomber rammed a car into a
                # NATO convoy": a suicide attack is no conventional force whatever it strikes (CAMEO 1831)
            coding = site.coding if site.coding is not None and site.coding.event_type == relation.event_type else None
            if subject.label_ == obj.label_ == UNPLACED:  # neither says whose the other is
                if anchor.pos_ != "VERB" or protest_aim(anchor, site.relation, lexicon) is None:
                    continue
                # "students marched through Lima demanding the resignation of the government": both where the
                # protest is, as the demand is
                subject.label_ = obj.label_ = UNNAMED
            key = (subject.start, relation.predicate, obj.start, polarity, modality)
            if key in seen:
                continue
            seen.add(key)
            taken = {subject.root.i, obj.root.i}
            nameless = tuple(span.root for span in (subject, obj) if span.label_ in NAMELESS)
            place = location_of(anchor, taken, nameless)
            if place is None and subject.label_ == UNNAMED and is_place_phrase(obj):
                place = obj.text  # "police arrested [protesters in Nairobi]": where those acted on are
            placed = role is not None and placed_people(subject)  # "gang members in Haiti's capital"
            if place is None and obj.label_ == UNNAMED and subject.label_ in PLACE_LABELS and (domestic or placed):
                place = subject.text  # "Beijing detained activists": at home; "gang members in Haiti's capital shot
                # dead three officers": where the people it stands for are
            taken_over = UNNAMED in (obj.label_, subject.label_) and relation.event_type in TAKEOVER_TYPES
            # "protesters burned an effigy of the Indian prime minister in Lahore": where the crowd protested
            taken_over = taken_over or (subject.label_ == UNNAMED and relation.event_type == PROTEST)
            # "from a school in Kuriga": a town no table knows
            if taken_over and (place is None or not known_place(place)):
                place = deep_location(anchor, obj.root, taken) or place  # "abducted 276 schoolgirls from their
                # dormitories in the town of Chibok in northeastern Nigeria": whose the people are; "militants
                # ambushed a convoy carrying Chinese engineers in Balochistan": whose the militants are; "from a
                # school in Kuriga in Nigeria's Kaduna state": Nigeria, where Kuriga is no town the tables know
            if len(nameless) == 2 and place is None and not state_speaker(speaker):
                continue  # "police fired on protesters": whose police, nothing says; but "the Kenyan interior
                # ministry said police had detained 40 protesters": the speaker's (canon)
            confidence = site.base - INDIRECTION_PENALTY * (subject_steps + object_steps)
            at_home = obj.start == subject.start
            claim = RawClaim(
                subject=to_mention(subject, article_id, qualifier=role),
                predicate=relation.predicate,
                event_type=relation.event_type,
                # "Zimbabwean teachers went on strike": their people against the state, not against themselves; "the
                # Lebanese prime minister resigned amid pressure": the state to its public
                object=to_mention(obj, article_id, qualifier=(qualifier or HOME_STATE) if at_home else qualifier),
                evidence=evidence,
                polarity=polarity,
                modality=modality,
                attributed_to=mention(speaker[0], article_id) if speaker else None,
                theme=theme_text or qualifier,
                quantity=quantity,
                date=date_of(anchor, article_date),
                location=place,
                confidence=round(max(MIN_CONFIDENCE, confidence), 2),
                cameo=coding.cameo if coding else None,
                mode=coding.mode if coding else None,
                context=coding.context if coding else None,
            )
            yield claim
            own_word = (speaker is None or speaker[0].text == subject.text) and committer(anchor, subject)
            pledge = commitment_type(anchor, relation.event_type) if own_word and polarity == "positive" else None
            pledged = lexicon.verb(PLEDGE_VERBS[pledge]) if pledge and modality != "actual" else None
            pledge_key = (subject.start, pledged.predicate if pledged else None, obj.start, polarity, "actual")
            if pledged is not None and pledge_key not in seen:
                seen.add(pledge_key)
                yield replace(
                    claim,
                    predicate=pledged.predicate,
                    event_type=pledged.event_type,
                    modality="actual",
                    evidence=replace(evidence, extractor=COMMITMENT_PATTERN),
                    cameo=None,
                    mode=None,
                    context=None,
                    confidence=round(max(MIN_CONFIDENCE, confidence - INDIRECTION_PENALTY), 2),
                )

"""Actor detection: the actors a noun phrase names, directly ("Iran", "Israeli officials") or through the
group it stands for ("thousands of Nigerians", "activists from Fatah", "leaders of Romania's government")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from graphkit.extract.deps import (
    ACTOR_LABELS,
    AGENTS,
    APPOSITIONS,
    DIRECT_OBJECTS,
    NATIONALITY,
    NOUN_MODIFIERS,
    NOUN_PHRASE_MODIFIERS,
    ORGANIZATION_LABELS,
    PASSIVE_SUBJECTS,
    PAST_PARTICIPLE,
    PLURAL_NOUN_TAGS,
    POSSESSIVES,
    PREP_OBJECTS,
    PREPOSITIONS,
    STATE_LABELS,
    SUBJECTS,
    TIME_LABELS,
)
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.mentions import (
    BODY_LABELS,
    COUNTERPARTS,
    COUNTRY_OR_CITY,
    ORGANIZATION_NOUNS,
    RELATED_PEOPLE,
    actor_of,
    described,
    entity_of,
    placed_region,
)
from graphkit.extract.tree import children, hyphen_prefixes, prep_objects, with_conjuncts
from graphkit.extract.verbs import verb_keys
from graphkit.extract.words import GROUP_NOUNS, ROLE_HEADS
from graphkit.types import UNNAMED
from graphkit.vocabulary import cue_sequence, cue_words
from graphkit.vocabulary.sector_nouns import sector_nouns

# "members of the Association", "forces in Guinea"
AFFILIATION_PREPS = cue_sequence("affiliation_preps")
INCLUDING = cue_words("including_words")  # "several countries, including Iran": the members named
DONE_TO = cue_words("done_to_nouns")  # "the kidnappers of X": not X's
OTHER_AFFILIATIONS = tuple(p for p in AFFILIATION_PREPS if p != "of")  # "kidnappers from Peru" are Peru's
ORIGIN_PREPS = cue_words("source_preps")  # "diplomats from Peru and Bolivia" are of each
QUANTITY_WORDS = cue_words("quantity_words")
# Nouns that stand for part or all of the group named after "of": "a group of Moroccan diplomats".
COLLECTIVES = cue_words("collectives")
PEOPLE_COLLECTIVES = cue_words("people_collectives")
DOERLESS = cue_words("doerless_devices")  # "a roadside bomb killed three soldiers": no one named did it
BODY_NOUNS = cue_words("body_nouns")  # "the newspaper La Prensa": a name in apposition names the actor
MEMBERS = cue_words("member_nouns")  # "members of the Kenyan parliament" act as parliament
SENT_HOME = cue_words("sending_home_verbs")  # "deported 300 migrants to Guatemala": Guatemalans
REGIONS = cue_words("region_nouns")  # "leaders from Ethiopia's Tigray region": a place, not a body
ALLEGIANCE = cue_words("allegiance_adjectives")  # "militants loyal to Zarqawi", "gunmen affiliated with Hamas"
GOVERNING = cue_words("governing_bodies")  # "talks with the government": a state's, named by its noun
GOVERNMENT_LEVELS = cue_words("government_levels")  # "the provincial government": a level of it
LEADING = cue_words("leading_verbs")  # "the Saudi-led coalition", "a force led by Nigeria"
# PETRARCH-2's nouns of a sector ("magistrates", "clerics"), not those that name anyone ("men")
PLAIN_PEOPLE = cue_words("plain_people")
OFFICES = cue_words("office_nouns")  # "the Polish prosecutor's office": the prosecutor's
SECTOR_NOUNS = sector_nouns() - PLAIN_PEOPLE
PERSON = "PERSON"
PLURAL_NAME_TAGS = frozenset({"NNPS"})  # "Venezuelans" tagged a plural name
CROWD = "people"  # who a people counted in thousands is: its public (canon's CVL), not its state
PEOPLE = ROLE_HEADS | cue_words("visitors")  # nouns for a person one can call or receive: "his counterpart"


def actors(token: Token) -> list[tuple[Span, str | None]]:
    """The actors a noun phrase names: one, or several when its modifier is coordinated.

    "Hungarian and Romanian officials" names Hungarian and Romanian, each qualified by "officials".
    """
    found = actor_of(token)
    misread = token.pos_ == "ADJ" and any(c.dep_ in APPOSITIONS for c in token.children)  # "its neighbour Peru"
    # "Iran's ally Hezbollah": the name in apposition, not the owner, is whom a counterpart noun names
    counterpart = token.lemma_.lower() in COUNTERPARTS or token.lower_ in COUNTERPARTS
    # "Syria's interim president Ahmed al-Sharaa": the person named, not the country of the office
    titled = token.lemma_.lower() in ROLE_HEADS
    # "U.S. President Barack Obama and Cuban President Raul Castro met": the title heads both names
    title_heads = titled and token.pos_ == "PROPN"
    # "the Somali militant group al-Shabaab": the body named, not the country of its modifier
    named_group = found is not None and token.lemma_.lower() in ORGANIZATION_NOUNS
    if (found is None or counterpart or titled or named_group) and (token.pos_ == "NOUN" or misread or title_heads):
        named = apposed(token)  # "the newspaper El Nacional", "the rebel group, the PKK,"
        if named is not None and title_heads and named[0].label_ != PERSON:
            named = None  # "Islamic Jihad Leader (Reuters)": a title heads a person's name, not a body's
        if named is not None:  # "the two countries, Chile and Peru,": each name coordinated in apposition
            return [named, *((other, named[1]) for other in apposed_conjuncts(named[0]))]
    if found is None and token.pos_ == "NOUN" and token.lemma_.lower() in OFFICES:  # "the Polish prosecutor's
        # office", "the office of the attorney general": whose office it is acts
        holders = [*children(token, POSSESSIVES), *prep_objects(token, ("of",))]
        inner = [found for holder in holders for found in actors(holder)]
        if inner:
            return inner
    if found is None and (token.pos_ in ("NOUN", "NUM") or token.like_num or capitalized_group(token)):
        if related_people(token):
            return kin_of_state(token)
        home = sent_home(token)
        if home:
            return home
        collective = is_collective(token)
        if not collective and not is_group(token) and not leaders(token):  # "the Saudi-led coalition"
            return []
        for obj in prep_objects(token, ("of",)) if collective else []:
            inner = actors(obj)  # "thousands of Nigerians", "a group of Moroccan diplomats"
            if inner and obj.ent_type_ == NATIONALITY and obj.tag_ in PLURAL_NOUN_TAGS | PLURAL_NAME_TAGS:
                # "thousands of Venezuelans marched": the country's people, not its state
                return [(span, qualifier or CROWD) for span, qualifier in inner]
            if inner:
                return inner
        preps = AFFILIATION_PREPS if token.lemma_.lower() not in DONE_TO else OTHER_AFFILIATIONS
        for obj in [*prep_objects(token, preps), *patrons(token)]:
            # "activists from Fatah", "leaders of Romania's new government", "diplomats from Peru and Bolivia"
            each_of = with_conjuncts([obj]) if obj.head.lower_ in ORIGIN_PREPS else [obj]
            inner = [found for each in each_of for found in actors(each) or region_place(each)]
            if inner:  # "opposition groups in Zimbabwe"; a member of "the Syrian parliament" is of parliament too
                return [(span, of_body(token, span, q)) for span, q in inner]
    split = coordinated_phrases(token, found)
    if split:
        return split
    if found is None:
        return []
    span, qualifier = found
    out = [found]
    if qualifier is not None:
        modifier = next((c for c in token.children if span.start <= c.i < span.end), None)
        for other in modifier.conjuncts if modifier is not None else ():
            extra = entity_of(other)
            if extra is not None and all(extra.start != s.start for s, _ in out):
                out.append((extra, qualifier))
    return out


def region_place(noun: Token) -> list[tuple[Span, str | None]]:
    """The country or city a region's noun is said to be in, which stands for it: "the mayor of a town in Colombia",
    "residents of a village in Mali" (``placed_region``)."""
    if noun.pos_ != "NOUN" or not placed_region(noun):
        return []
    return [found for o in prep_objects(noun, ("in",)) if o.ent_type_ == COUNTRY_OR_CITY for found in actors(o)]


def coordinated_phrases(token: Token, found: tuple[Span, str | None] | None) -> list[tuple[Span, str | None]]:
    """The actors of two noun phrases the parser coordinated as one's modifiers: "[the Colombian government and
    FARC] rebels" names Colombia's government and the FARC; none otherwise."""
    qualifier = found[1] if found is not None else token.lower_
    for modifier in (c for c in token.children if c.dep_ in NOUN_PHRASE_MODIFIERS and c.pos_ == "NOUN"):
        first = actor_of(modifier)
        others = [(e, qualifier) for c in modifier.conjuncts if c.i > modifier.i and (e := entity_of(c)) is not None]
        if first is not None and others:
            return [first, *others]
    return []


def apposed(noun: Token) -> tuple[Span, str | None] | None:
    """The named actor a noun for people or a body is in apposition with: "the opposition newspaper La Prensa".
    Not the name of a thing ("the drama Wasp"), of an event, or of what the noun begins the name of ("an
    operation, Operation Black Thunder,"). A noun of a sector that graphkit has no word of its own for names a
    person only ("the cleric Moktada al-Sadr", not "the national carrier, Qantas"), or a body it is the modifier
    of ("the separatist Polisario Front", "the paramilitary Rapid Support Forces")."""
    own = is_group(noun) or noun.lemma_.lower() in BODY_NOUNS or noun.lemma_.lower() in COUNTERPARTS
    if not (own or noun.lower_ in SECTOR_NOUNS) or lexicon_of(noun.doc).noun(noun.lemma_.lower()):
        return None
    for child in noun.children:
        if child.dep_ in APPOSITIONS and child.i > noun.i:
            span = entity_of(child)
            # "the separatist Polisario Front": a sector's word right before a name is the name's modifier
            modifier = span is not None and span.start == noun.i + 1 and span.label_ in ORGANIZATION_LABELS
            if span is not None and span[0].lower_ != noun.lower_ and (own or modifier or span.label_ == PERSON):
                return span, described(noun, span)  # the newspaper La Prensa is the press (JRN)
    return None


def included(noun: Token) -> list[tuple[Span, str | None]]:
    """The named actors a noun for several lists after "including": "13 foreign aid agencies including Oxfam",
    "Western countries, including Britain and France" (cues ``including_words``)."""
    listing = [c for c in noun.children if c.lower_ in INCLUDING and c.i > noun.i]
    # its own phrase up to the list, not a list the parser hung on it across the verb ("forces arrested hundreds
    # in raids across the country, including ...")
    listing = [c for c in listing if all(noun.is_ancestor(t) for t in noun.doc[noun.i + 1 : c.i])]
    named = (entity_of(o) for c in listing for o in with_conjuncts(children(c, PREP_OBJECTS)))
    return [(span, None) for span in named if span is not None]


def apposed_conjuncts(name: Span) -> list[Span]:
    """The names coordinated with a name in apposition: "Peru" in "the two countries, Chile and Peru,"."""
    found = (entity_of(c) for c in name.root.conjuncts if c.i > name.root.i)
    return [span for span in found if span is not None and span.start != name.start]


def unnamed(token: Token, label: str = UNNAMED, acted_on: bool = False) -> list[tuple[Span, str | None]]:
    """An actor the text names only by its noun, with the words that say who it is: "police", "riot police",
    "dozens of protesters". Canon codes it to the country where the event happened (``UNNAMED``) or of the actor
    it faces (``UNPLACED`` too), when its noun has a sector, or drops it. One of a sector named in the singular is
    one only when ``acted_on`` ("gunmen shot dead a blogger in Dhaka"): "targeted by the newspaper" is no act of
    an actor."""
    lexicon = lexicon_of(token.doc)
    if doerless_device(token):  # "a roadside bomb killed three soldiers in Kashmir": someone unknown there
        span = token.doc[token.i : token.i + 1]
        span.label_ = label
        return [(span, described(token, token.doc[token.i : token.i]))]
    if (token.pos_ != "NOUN" and not capitalized_group(token)) or lexicon.noun(token.lemma_.lower()):
        return []
    if token.ent_type_ in TIME_LABELS:  # "sentenced [...] to 20 years", "years" misread as a conjunct: a time
        return []
    if is_collective(token):  # "dozens of protesters"; "rebel groups" are the rebels
        counted = prep_objects(token, ("of",))
        found = next((found for obj in counted if (found := unnamed(obj, label, acted_on))), [])
        # "Hundreds rallied in Lima", "fired tear gas at the crowd": people
        crowd = not counted and (token.lower_ in QUANTITY_WORDS or is_crowd(token))
        # "members of a drug cartel": the people of one body, named by its noun, as "cartel members" are
        body = next((o for o in counted if o.tag_ not in PLURAL_NOUN_TAGS and one_of_sector(o)), None)
        if not found and body is not None and is_group(token) and token.tag_ in PLURAL_NOUN_TAGS:
            span = token.doc[token.i : token.i + 1]
            span.label_ = label
            return [(span, f"{described(body, span[:0])} {token.lower_}")]
        if found or not (crowd or any(c.dep_ in NOUN_MODIFIERS and c.i < token.i for c in token.children)):
            return found
    # "the crowd" is many people, "a blogger" one when acted on
    # "arrested a son of the former president": kin, where the act befalls them (not met: of whose state is unsaid)
    kin = related_people(token) and label == UNNAMED
    single = (acted_on and (one_of_sector(token) or plain_people(token) or kin)) or is_crowd(token)
    if not (is_group(token) or token.lower_ in lexicon.military_nouns or token.tag_ in PLURAL_NOUN_TAGS or single):
        return []  # people, a group or armed forces ("lawyers", "gunmen"): "the company" fighting is no actor
    if unread_acronym(token):
        return []  # "IDF troops ... near Nablus": someone's troops, not those of where they are
    span = token.doc[token.i : token.i + 1]
    span.label_ = label
    return [(span, described(token, token.doc[token.i : token.i]))]  # "riot police": the words say who


def doerless_device(noun: Token) -> bool:
    """Whether a noun is a device or a bombing that does the act it is the subject or the "by" of (cues
    ``doerless_devices``): "a roadside bomb killed three soldiers", "were killed by a car bomb"; not one planted
    ("planted a bomb"), whose planter acts, nor one of a place ("the bombing of Gaza")."""
    words = {noun.lemma_.lower(), *(f"{m.lower_} {noun.lemma_.lower()}" for m in children(noun, NOUN_MODIFIERS))}
    doing = noun.dep_ in SUBJECTS or (noun.dep_ in PREP_OBJECTS and noun.head.dep_ in AGENTS)
    struck = prep_objects(noun, ("of",))  # "the bombing of Gaza": what it struck, not where no one named did it
    return noun.pos_ == "NOUN" and doing and not struck and bool(words & DOERLESS)


def plain_people(noun: Token) -> bool:
    """Whether a noun names people of no sector, not someone's own ("three men", "two suspects"; not "his men"): whom
    a state's police hold or question are its own (canon)."""
    return noun.lemma_.lower() in PLAIN_PEOPLE and not children(noun, POSSESSIVES)


def one_of_sector(noun: Token) -> bool:
    """Whether a noun names one of a sector (PETRARCH-2's agents: "a blogger", "a mayor"), not a place ("a
    village")."""
    return noun.lower_ in SECTOR_NOUNS and noun.lower_ not in REGIONS


def unread_acronym(noun: Token) -> bool:
    """Whether an acronym the entity recognizer left untagged says whose the noun's people are: "IDF troops",
    "ISIL fighters" are the IDF's and ISIL's, whom graphkit cannot name, so no place makes them its own."""
    return any(
        c.dep_ in NOUN_MODIFIERS and c.i < noun.i and c.ent_iob_ == "O" and len(c.text) > 1 and c.text.isupper()
        for c in noun.children
    )


def patrons(noun: Token) -> list[Token]:
    """Whom a group is loyal, allied or linked to, or led by: "militants loyal to Zarqawi" act for Zarqawi's side,
    "gunmen affiliated with Hamas" for Hamas, "the Saudi-led coalition" and "a force led by Nigeria" for their
    leader (cues ``allegiance_adjectives``)."""
    loyal = [
        o
        for c in noun.children
        if c.i > noun.i
        for p in children(c, PREPOSITIONS)
        if f"{c.lower_} {p.lower_}" in ALLEGIANCE
        for o in children(p, PREP_OBJECTS)
    ]
    return loyal + leaders(noun)


def leaders(noun: Token) -> list[Token]:
    """Who leads what a noun names, by its participle of leading: "the Saudi-led coalition", "a force led by
    Nigeria", "the coalition headed by Prime Minister Singh" (cues ``leading_verbs``)."""
    led = [c for c in noun.children if c.tag_ == PAST_PARTICIPLE and c.lemma_.lower() in LEADING]
    return [o for c in led for o in (*prep_objects(c, ("by",)), *hyphen_prefixes(c))]


def sent_home(people: Token) -> list[tuple[Span, str | None]]:
    """People named by their noun whom a verb sends "to" a state, as its people (cues ``sending_home_verbs``):
    "deported 300 migrants to Guatemala" are Guatemalans."""
    verb = people.head
    if people.dep_ not in DIRECT_OBJECTS | PASSIVE_SUBJECTS or verb.pos_ != "VERB":
        return []
    if verb_keys(verb)[0] not in SENT_HOME:
        return []
    homes = [span for o in prep_objects(verb, ("to",)) for span, _ in actors(o) if span.label_ in STATE_LABELS]
    return [(span, people.lower_) for span in homes]


def kin_of_state(noun: Token) -> list[tuple[Span, str | None]]:
    """Kin named by whose they are, as people of that one's state when a state's name or adjective says it: "a
    son of the Cameroonian ambassador" is a Cameroonian; "relatives of Gbagbo" are not Gbagbo."""
    return [
        (span, noun.lower_) for o in prep_objects(noun, ("of",)) for span, _ in actors(o) if span.label_ in STATE_LABELS
    ]


def related_people(noun: Token) -> bool:
    """Whether a noun names people by their kin or friends: "a son of X", "relatives of X" (cues
    ``related_people``)."""
    return noun.lemma_.lower() in RELATED_PEOPLE or noun.lower_ in RELATED_PEOPLE


def of_body(noun: Token, actor: Span, body: str | None) -> str | None:
    """Who acts in "[noun] of [actor's body]": a member or an officer of a body is of the body ("members of the
    Kenyan parliament": parliament), of a named organization the organization ("representatives of Andes Corp"
    are no legislators); others are only what they are ("supporters of an Afghan governor")."""
    own = described(noun, actor)
    if body and body.split()[-1].lower() in REGIONS:
        return own  # "rebel leaders from Ethiopia's Tigray region": rebels, of no body of the region
    member = noun.lemma_.lower() in MEMBERS or noun.lemma_.lower() in ROLE_HEADS
    if member and body:
        return f"{own} {body}"
    if member and actor.label_ in BODY_LABELS:
        return None
    return own


def capitalized_group(token: Token) -> bool:
    """A noun for people the tagger took for a name, as it may at the start of a sentence: "Rebels in Darfur"."""
    return token.pos_ == "PROPN" and token.ent_iob_ == "O" and is_group(token)


def is_group(token: Token) -> bool:
    """A noun for people or a body acting for whom its "of/from/in" phrase names: "leaders of X"."""
    if token.lower_ in GROUP_NOUNS or token.lemma_.lower() in GROUP_NOUNS or token.lemma_.lower() in ROLE_HEADS:
        return True
    # "magistrates", "clerics": people of a sector
    return token.tag_ in PLURAL_NOUN_TAGS and token.lower_ in SECTOR_NOUNS


def actor_itself(thing: Token) -> bool:
    """Whether a noun phrase is an actor, named or not ("Putin", "Peruvian fishermen", "his counterpart", "its
    neighbour Peru"), not a thing of one ("Peru's request", "a U.S. request": an event noun is no actor)."""
    if thing.lemma_.lower() not in PEOPLE and children(thing, POSSESSIVES) and thing.ent_type_ not in ACTOR_LABELS:
        return False
    if thing.ent_type_ not in ACTOR_LABELS and lexicon_of(thing.doc).noun(thing.lemma_.lower()) is not None:
        return False
    return bool(actors(thing))


def actor_count(tokens: Iterable[Token]) -> int:
    """How many actors tokens name, a noun that names two counting two ("Armenian and Azerbaijani forces")."""
    return sum(max(1, len(actors(t))) for t in tokens)


def names_actor(token: Token) -> bool:
    """Whether the noun phrase headed by ``token`` names an actor (see ``actors``), or lists some by name
    ("several countries, including Iran": ``included``)."""
    return bool(actors(token)) or bool(included(token)) or the_government(token)


def the_government(token: Token) -> bool:
    """Whether a noun names a state's governing body by its noun alone ("talks with the government", "criticized
    the authorities"; cues ``governing_bodies``): an actor whose state only the actor it faces says (canon)."""
    if token.lower_ not in GOVERNING or token.pos_ != "NOUN" or token.ent_type_:
        return False
    words = [c.lower_ for c in token.children if c.i < token.i]
    # "the provincial government": a level of government, no other body's
    levels = [w for w in words[1:] if w in GOVERNMENT_LEVELS]
    # "the government of Peru" is Peru's; "accused the government of the attack": the act it is accused of
    lexicon = lexicon_of(token.doc)
    owners = [o for o in prep_objects(token, ("of", "in")) if lexicon.noun(o.lemma_.lower()) is None]
    return words[:1] == ["the"] and len(levels) == len(words) - 1 and not owners


def is_party(noun: Token) -> bool:
    """Whether a noun names those who act, not a thing of theirs: "Chilean troops", "thousands of Peruvians",
    "Peru", "the Sandinista regime"; not "a U.S. challenge", "Andes Corp shares"."""
    body = noun.lemma_.lower() in SECTOR_NOUNS or noun.lower_ in SECTOR_NOUNS
    led = bool(leaders(noun))  # "the Saudi-led coalition fighting the Houthis"
    return names_actor(noun) and (bool(noun.ent_type_) or is_group(noun) or is_collective(noun) or body or led)


def is_crowd(token: Token) -> bool:
    """A collective that is people by itself, with no "of" phrase: "fired tear gas at the crowd"."""
    return token.lemma_.lower() in PEOPLE_COLLECTIVES


def is_collective(token: Token) -> bool:
    """A noun that only counts or groups the people of its "of" phrase: "thousands of", "a group of"."""
    return token.lower_ in QUANTITY_WORDS or token.lemma_.lower() in COLLECTIVES or token.like_num

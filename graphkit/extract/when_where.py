"""When and where an event happens: a DATE entity of its clause resolved to ISO, a place it happens in.

Dates are resolved with dateparser against the article's date ("on Monday" -> the Monday before
it, or the article's own day when it is a Monday); without an article date only dates that name their
year are resolved. The ISO string is as precise as the text: "1988" -> "1988", "March 2001" -> "2001-03",
"July 11" -> "2023-07-11".
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from graphkit.extract.arguments import region_country
from graphkit.extract.deps import (
    ADJECTIVAL_COMPLEMENTS,
    ADJECTIVAL_MODIFIER,
    ADVERBIAL_CLAUSES,
    ADVERBIAL_NOUNS,
    AGENTS,
    APPOSITIONS,
    CLAUSAL_MODIFIERS,
    COMPOUNDS,
    CONJUNCTS,
    DIRECT_OBJECTS,
    GERUND,
    MARKERS,
    NOUN_MODIFIERS,
    OPEN_COMPLEMENTS,
    PAST_TAGS,
    POSSESSIVES,
    PREP_OBJECTS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECTS,
)
from graphkit.extract.doc_index import doc_index
from graphkit.extract.lexicon import lexicon_of
from graphkit.extract.tree import children, misread_adjectives, prep_objects
from graphkit.nlp.country_names import country_names
from graphkit.nlp.known_names import PUBLIC_SPACES  # "took to the streets in Tunis": the streets' place is the act's
from graphkit.vocabulary import cue_sequence, cue_words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PEOPLE_LABELS = PLACE_LABELS | {"NORP"}  # a place named by its people's adjective: "the Kenyan town of Mandera"
PLACE_PREPS = cue_sequence("place_preps")
GOING_PREPS = cue_words("going_preps")
MISSIONS = cue_words("diplomatic_missions")  # "outside the US embassy": its owner is not where it is
WHEREABOUTS_PREPS = cue_sequence("whereabouts_preps")  # "outside [the US embassy in Nairobi]": in Nairobi
# "from their dormitories in the town of Chibok in Nigeria": where a place may lie deeper down
NESTING_PREPS = frozenset(PLACE_PREPS) | cue_words("nesting_place_preps")
PROPER_NOUN = "PROPN"
NOUN = "NOUN"
COMPASS = cue_words("compass_words")  # "north of Baghdad": where it happened
REGION_NOUNS = cue_words("region_nouns")  # "in the Somali capital": a town its people's adjective names
OF = "of"
MEANWHILE = cue_words("meanwhile_markers")  # "while giving a speech in Nara"
ORIGIN_PREP = "from"  # "soldiers returning from Syria": where they come from, not where they were struck
DATE_PREPS = cue_sequence("date_preps")
FUTURE_DATE_WORDS = cue_words("future_date_words")  # "next month", "tomorrow"
WEEKDAYS = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DATE_FORMATS = {"year": "%Y", "month": "%Y-%m"}  # strftime of a date as precise as the text


@lru_cache(maxsize=64)
def _parser(base: str | None) -> Any:
    from dateparser.date import DateDataParser  # imported when first needed: it loads language data

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base[:10])
    return DateDataParser(languages=["en"], settings=settings)


def resolve_date(text: str, article_date: str | None) -> str | None:
    """An ISO date (or year, or year-month) for a date expression, relative to the article's date.

    >>> resolve_date("on Monday", "2023-07-14"), resolve_date("July 11", "2023-07-14")
    ('2023-07-10', '2023-07-11')
    >>> resolve_date("on Monday", "2023-07-10")  # the paper's own day
    '2023-07-10'
    >>> resolve_date("March 2001", None), resolve_date("Monday", None), resolve_date("1988", None)
    ('2001-03', None, '1988')
    """
    if article_date is None and not YEAR.search(text):
        return None
    try:
        data = _parser(article_date).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    if article_date is not None and WEEKDAYS.search(text):
        published = datetime.fromisoformat(article_date[:10])
        if data.date_obj.weekday() == published.weekday():  # "on Monday" in Monday's paper is that day
            return published.strftime("%Y-%m-%d")
    return data.date_obj.strftime(DATE_FORMATS.get(data.period or "day", "%Y-%m-%d"))


def entity_span(token: Token, labels: frozenset[str]) -> Span | None:
    if token.ent_type_ not in labels:
        return None
    found = doc_index(token.doc).ent(token.i)
    return None if found is None else Span(token.doc, found[0], found[1], label=found[2])


def date_phrase(anchor: Token) -> Span | None:
    """The DATE entity attached to the anchor, or to an adjective misread as its participle ("visits neighbouring
    Canada next week"): "on Monday", "Monday", "last week"."""
    candidates = []
    for head in (anchor, *misread_adjectives(anchor)):
        candidates += children(head, ADVERBIAL_NOUNS) + prep_objects(head, DATE_PREPS)
        candidates += [c for c in head.children if c.ent_type_ == "DATE" and c.dep_ not in PREPOSITIONS]
    for token in candidates:
        span = entity_span(token, frozenset({"DATE"}))
        if span is not None:
            return span
    return None


def date_of(anchor: Token, article_date: str | None) -> str | None:
    """The event's date as ISO, when its clause names one that resolves."""
    span = date_phrase(anchor)
    return resolve_date(span.text, article_date) if span is not None else None


def still_to_come(anchor: Token) -> bool:
    """Whether the event's date is one still to come: "a summit in Ottawa next month", "visits Lima next week", "is
    due in Kabul next week for talks" (the date of the adjective the verb of a trip takes); not "met him the next
    day", told in the past."""
    if anchor.tag_ in PAST_TAGS:
        return False
    span = next(filter(None, map(date_phrase, (anchor, *children(anchor, ADJECTIVAL_COMPLEMENTS)))), None)
    return span is not None and any(t.lower_ in FUTURE_DATE_WORDS for t in span)


def location_of(anchor: Token, taken: set[int], unnamed: tuple[Token, ...] = ()) -> str | None:
    """The place in a locative phrase of the anchor ("in Amman", "in the town of Cizre"), not an argument.

    The parser often hangs the phrase on a named object ("met [Ayman Safadi in Amman]"), or on an actor named by
    its noun alone (``unnamed``: "killed [militants in Maiduguri]"): their place is where the event happened too.
    For such an actor the clause the event's verb completes counts as well: "lawyers went on strike in Lahore to
    protest", and so do the verbs coordinated with it.
    """
    named_objects = [c for c in anchor.children if c.dep_ in DIRECT_OBJECTS and c.ent_type_ in ("PERSON", "NORP")]
    named_objects += unnamed
    if unnamed:  # "students demonstrated outside [the Chilean embassy in Lima]": where the act's object is; not
        # where a thing a name owns is ("protest [Beijing's actions in the South China Sea]"): where its owner acts
        named_objects += [
            c
            for c in anchor.children
            if c.dep_ in DIRECT_OBJECTS and not c.ent_type_ and not any(p.ent_type_ for p in children(c, POSSESSIVES))
        ]
        # "were massacred by [militiamen in North Darfur]": the doer's place too
        named_objects += [
            o for c in anchor.children if c.dep_ in PREPOSITIONS | AGENTS for o in children(c, PREP_OBJECTS)
        ]
    preps = [*anchor.children, *(p for obj in named_objects for p in obj.children)]
    # "fired tear gas at [students (who were) protesting in Dhaka]": where the people named by their noun act
    acting = [c for u in unnamed for c in u.children if c.dep_ in CLAUSAL_MODIFIERS | RELATIVE_CLAUSES]
    preps += [p for c in acting for p in c.children]
    if unnamed and anchor.dep_ in OPEN_COMPLEMENTS | ADVERBIAL_CLAUSES:  # "went on strike in Lahore to protest"
        preps += anchor.head.children
    if unnamed and anchor.pos_ == NOUN and anchor.dep_ in DIRECT_OBJECTS:  # a crowd's protest told by the act done
        preps += [p for p in anchor.head.children if p.i > anchor.i]  # to it: "dispersed [protesters] outside ..."
    if unnamed:  # "killed 45 villagers and abducted dozens of children in raids in Congo": coordinated acts share it
        shared = [c for c in anchor.conjuncts if c.pos_ == "VERB" and not children(c, SUBJECTS)]  # one subject's
        preps += [p for c in shared for p in c.children]
    # "killed five soldiers 30 km north of Baghdad": the "of" of a compass word is a place's
    bearings = [
        c for t in preps if t.lower_ in COMPASS for c in t.children if c.lower_ == OF and c.dep_ in PREPOSITIONS
    ]
    for prep in [*preps, *bearings]:
        # "took to the streets in Tunis", "of Algiers": where the public space the crowd went to is
        spaces = [o for o in children(prep, PREP_OBJECTS) if o.lemma_.lower() in PUBLIC_SPACES]
        if prep.dep_ in PREPOSITIONS and prep.lower_ in GOING_PREPS and spaces:
            found = places_named(tuple(o for s in spaces for o in prep_objects(s, (*PLACE_PREPS, OF))), taken)
            if found:
                return place_text(found[0])
        if prep.dep_ not in PREPOSITIONS or (prep.lower_ not in PLACE_PREPS and prep not in bearings):
            continue
        for obj in children(prep, PREP_OBJECTS):
            # "in an ambush in Chhattisgarh state": where the act that the event happened in took place; "near
            # Djibo in Burkina Faso": where a name the recognizer took for no place's is; "outside a police station
            # in Kirkuk": where the thing it happened at is
            unplaced = obj.pos_ == PROPER_NOUN and entity_span(obj, PLACE_LABELS) is None
            event = lexicon_of(obj.doc).noun(obj.lemma_.lower()) is not None
            own = prep.head in (anchor, anchor.head) and obj.pos_ == NOUN  # the act's own place phrase, not one
            # that tells of a person it names ("a former detainee at the prison at Guantanamo Bay")
            within = prep_objects(obj, PLACE_PREPS) if event or unplaced or own else []
            # "near [a US convoy in western Baghdad]", "protesters at [the US embassy in Manila]": where the thing is,
            # not whose it is; not what it is near ("an area of northeastern Nigeria near the Cameroon border"); on the
            # act or on those it names by their noun, not on a person it tells of ("a former detainee at the prison
            # at Guantanamo Bay")
            placed = (
                tuple(whereabouts(obj)) if obj.pos_ == NOUN and prep.head in (anchor, anchor.head, *unnamed) else ()
            )
            # "rallied outside the US embassy": not in the US; "outside the Australian Embassy in Jakarta": Jakarta
            mission = obj.lemma_.lower() in MISSIONS
            found = places_named(placed or (tuple(within) if mission else (obj, *within)), taken)
            if found:
                return place_text(found[0])
    return None


def whereabouts(noun: Token, depth: int = 3) -> list[Token]:
    """The innermost places a noun is said to be at or in: "Nairobi" for "protesters outside [the US embassy in
    Nairobi]"; none when it is said to be nowhere."""
    found = []
    for where in prep_objects(noun, WHEREABOUTS_PREPS):
        inner = whereabouts(where, depth - 1) if where.pos_ == NOUN and depth > 1 else []
        found += inner or [where]
    return found


def participle_of_object(clause: Token) -> bool:
    """Whether an adverbial clause is a bare present participle right after its verb's object, which the parser may
    have hung on the verb: "kidnapped three nurses [working at a clinic]"."""
    objects = children(clause.head, DIRECT_OBJECTS)
    bare = clause.tag_ == GERUND and not children(clause, SUBJECTS)
    return bare and any(o.right_edge.i + 1 == clause.i for o in objects)


def meanwhile(clause: Token) -> bool:
    """Whether an adverbial clause is a bare present participle of what was being done at the time (cues
    ``meanwhile_markers``): "while giving a campaign speech"."""
    bare = clause.tag_ == GERUND and not children(clause, SUBJECTS)
    return bare and any(m.lower_ in MEANWHILE for m in children(clause, MARKERS))


def place_text(place: Span) -> str:
    """A place's words, with the state that owns the phrase they name: "Cameroon's North-West region" for
    "North-West", "Lebanese town of Khiam" for "Khiam", whose own words tell no country."""
    noun = place.root.head if place.root.dep_ in COMPOUNDS else place.root
    owners = [p for p in children(noun, POSSESSIVES) if p.i < place.start and entity_span(p, PLACE_LABELS)]
    if owners:
        return place.doc[owners[0].left_edge.i : noun.i + 1].text
    # "the southern Lebanese town of Khiam": from the people's adjective on the kind of place it is
    kind = noun.head.head if noun.dep_ in PREP_OBJECTS and noun.head.lower_ == "of" else None
    peoples = [t for t in region_country(kind) if t.ent_type_ == "NORP" and t.i < place.start] if kind else []
    return place.doc[peoples[0].i : place.end].text if peoples else place.text


def place_words(noun: Token) -> tuple[Token, ...]:
    """The words of a place phrase that may name the place: the noun, its "of" ("the town of Cizre"), its
    possessor ("eastern Congo's Beni territory") or the name before it ("Borno state")."""
    return (noun, *prep_objects(noun, ("of",)), *children(noun, POSSESSIVES), *children(noun, COMPOUNDS))


def places_named(nouns: tuple[Token, ...], taken: set[int]) -> list[Span]:
    """The places the words of place phrases name (``place_words``), other than the claim's own arguments."""
    spans = [(t, entity_span(t, PLACE_LABELS)) for noun in nouns for t in place_words(noun)]
    # "stormed a hotel in the Somali capital": a town named by its people's adjective, where no name is
    spans += [
        (a, entity_span(a, PEOPLE_LABELS))
        for noun in nouns
        if noun.lemma_.lower() in REGION_NOUNS
        for a in noun.children
        if a.dep_ == ADJECTIVAL_MODIFIER and a.i < noun.i
    ]
    return [span for token, span in spans if span is not None and token.i not in taken]


def deep_location(anchor: Token, harmed: Token, taken: set[int]) -> str | None:
    """The place named however deep down the locative phrases of an act of force or of those it harms, where its
    own phrases name none (``location_of``): "abducted 276 schoolgirls from their dormitories in the town of Chibok
    in northeastern Nigeria" (Nigeria). A country's name wins over a town's ("Chibok") and over its people's
    adjective, else the last place named, the widest as news writes them ("in Kagara, in Niger state"). Not through
    "with" or "between" ("near the border with Turkey"), nor through a clause ("a commander accused of shooting a
    Palestinian schoolgirl"). What the act struck, and those it harmed, are looked through to where their present
    participle places them: "ambushed a convoy carrying Chinese engineers in Balochistan", "shot dead a police officer
    guarding a vaccination team in Pakistan's Khyber Pakhtunkhwa province", "kidnapped two engineers
    working on a project in northwestern Pakistan" (not from where they come: "returning from Syria")."""
    found: list[Span] = []
    # "stormed a village in northern Burkina Faso and killed 20 civilians": the act it is coordinated with, of one
    # subject, struck there too
    acts = [anchor, *([anchor.head] if anchor.dep_ in CONJUNCTS and not children(anchor, SUBJECTS) else [])]
    struck = [o for a in acts for o in (*children(a, DIRECT_OBJECTS), *prep_objects(a, NESTING_PREPS))]
    struck = [o for o in struck if o.i != harmed.i]
    owner = [harmed.head] if harmed.dep_ in NOUN_MODIFIERS else []  # "Chinese" of "Chinese engineers"
    heads = [*acts, harmed, *owner, *struck]
    doing = {h.i for h in heads[len(acts) :]}  # nouns whose present participle may place them
    seen: set[int] = set()
    while heads:
        head = heads.pop(0)
        if head.i in seen:
            continue
        seen.add(head.i)
        # a participle of a noun struck, or one the parser hung on the act ("kidnapped three nurses working at a
        # clinic in northern Nigeria", with "working" read as an adverbial clause)
        if head.i == anchor.i:  # "was shot dead by a gunman while giving a campaign speech in Nara": where one was
            participles = [c for c in children(head, ADVERBIAL_CLAUSES) if participle_of_object(c) or meanwhile(c)]
        else:
            participles = [c for c in children(head, CLAUSAL_MODIFIERS) if c.tag_ == GERUND] if head.i in doing else []
        nested = [p for c in participles for p in children(c, PREPOSITIONS) if p.lower_ != ORIGIN_PREP]
        heads += [o for c in participles for o in children(c, DIRECT_OBJECTS)]  # "guarding a team in ..."
        for prep in [*children(head, PREPOSITIONS), *nested]:
            if prep.lower_ not in NESTING_PREPS:
                continue
            for obj in children(prep, PREP_OBJECTS):
                found += places_named((obj, *children(obj, APPOSITIONS)), taken)
                # "in Kebbi state", "in the eastern Congolese town of Beni", "in the Haitian capital"
                found += [s for t in region_country(obj) if (s := entity_span(t, PEOPLE_LABELS)) and t.i not in taken]
                heads.append(obj)
    named = [span for span in found if span.text.lower() in country_names()]
    states = [span for span in named if span.label_ != "NORP"]  # "Nigeria" over "Nigerian"
    return place_text((states or named or found)[-1]) if found else None

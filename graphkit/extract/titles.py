"""Titles the text gives people, as ``RoleMention`` records.

Four constructions: a title before the name ("US Secretary of Defense Lloyd Austin", "CIA Director
Bill Burns"), an appositive after it ("Hossein-Amir Abdollahian, Tehran's foreign minister") or the name
apposed to it ("a member of the Kenyan parliament, John Mbadi,"), and a title NER took into the name
("Crown Prince Mohammed bin Salman"). The country a title serves is the name or demonym leading it, or the
possessive before it ("Saudi Arabia's Crown Prince"). The fourth is the news lede: "The US Secretary of
Defense has warned ... . Lloyd Austin's comments came ...", a titled subject
with no name, and the next sentence opening on a full name (``lede_roles``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graphkit.extract.deps import (
    ACTOR_MODIFIERS,
    APPOSITIONS,
    CASE_MARKERS,
    DETERMINERS,
    ORGANIZATION_LABELS,
    POSSESSIVES,
    PUNCTUATION,
    STATE_LABELS,
)
from graphkit.extract.mentions import actor_entities, antecedent_of, entity_of, to_mention
from graphkit.extract.relations import evidence_of
from graphkit.extract.tree import children, glued_hyphen, prep_objects
from graphkit.extract.words import GROUP_NOUNS, ROLE_HEADS, TITLE_LINKS
from graphkit.nlp.known_names import title_cased
from graphkit.types import Mention, RoleMention
from graphkit.vocabulary import cue_words

RANKS = cue_words("ranks")
OTHER_OFFICE = cue_words("other_office")  # "Shadow Chancellor": a word of the office, not a country before it
BODY_PREPS = tuple(cue_words("holder_preps"))  # "leader of the Ennahda party", "spokesman for Hezbollah"
COUNTERPART = "counterpart"  # "his Philippine counterpart": who holds the same office for another country


def is_role_word(token: Token) -> bool:
    return token.lemma_.lower() in ROLE_HEADS or token.lower_ in ROLE_HEADS


def title_before(person: Span) -> tuple[Span, Token | None] | None:
    """The capitalized title right before a name, and the token of a possessive before it."""
    doc = person.doc
    start = person.start
    while start > person.sent.start:
        token = doc[start - 1]
        if token.ent_type_ == "PERSON":  # another person's name: "CIA Director Bill Burns and Chairman ..."
            break
        if token.is_title or token.is_upper or (token.lower_ in TITLE_LINKS and start < person.start):
            start -= 1
        elif glued_hyphen(token) and start < person.start:
            start -= 1  # "Secretary-General Kofi Annan"
        elif modifies(token, person.root) and not token.is_punct and token.dep_ not in DETERMINERS:
            start -= 1  # a title in lower case: "Kenyan foreign minister Musalia Mudavadi"
        else:
            break
    while start < person.start and doc[start].lower_ in TITLE_LINKS:
        start += 1
    end = person.start
    while (
        end - 1 > start
        and doc[end - 1].lower_ in RANKS
        and not glued_hyphen(doc[end - 2])
        and any(is_role_word(t) for t in doc[start : end - 1])
    ):
        end -= 1  # "Chairman of the Joint Chiefs of Staff General Mark Milley": the rank is no part of the office
    window = doc[start:end]
    if not len(window) or not any(is_role_word(t) for t in window):
        return None
    before = doc[start - 1] if start > person.sent.start else None
    possessor = before.head if before is not None and before.dep_ in CASE_MARKERS else None
    return window, possessor


def modifies(token: Token, name: Token, steps: int = 3) -> bool:
    """Whether ``token`` hangs, within a few steps, on the name: a word of the title before it."""
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == name.i:
            return True
    return False


def country_and_title(window: Span, possessor: Token | None) -> tuple[Span | None, str]:
    """Split "US Secretary of Defense" into (US, "Secretary of Defense"); "eastern Libyan commander" into (Libyan,
    "commander"): a word in lower case before the country says which part of it, not whose the office is."""
    while len(window) > 1 and window[0].is_lower and entity_of(window[0]) is None and entity_of(window[1]) is not None:
        window = window[1:]
    first = window[0]
    lead = entity_of(first)
    if lead is not None and lead.label_ == "ORG" and lead.end < window.end:  # "CIA Director": the body is in the title
        return lead, window.text
    if (
        not is_role_word(first)
        and first.lower_ not in OTHER_OFFICE
        and (lead is None or lead.label_ in STATE_LABELS | {"ORG"})
    ):
        end = lead.end if lead is not None and lead.end <= window.end and lead.label_ in STATE_LABELS else first.i + 1
        if any(is_role_word(t) for t in window.doc[end : window.end]):
            country = window.doc[first.i : end]
            country.label_ = "GPE"
            return country, window.doc[end : window.end].text
    if possessor is not None:
        return entity_of(possessor), window.text
    bodies = [e for e in (entity_of(t) for t in window) if e is not None and e.label_ == "ORG"]
    return (bodies[0] if bodies else None), window.text  # "Chairman of the Joint Chiefs of Staff"


def leading_country(word: Token) -> Span | None:
    """The name or demonym right before a titled name NER took the title into: "Omani" in "Omani Sultan
    Haitham bin Tariq" (canon keeps it only if it names a country)."""
    entity = entity_of(word)
    if entity is not None:
        return entity if entity.label_ in STATE_LABELS else None
    if not word.is_title or word.pos_ not in ("PROPN", "ADJ"):
        return None
    span = word.doc[word.i : word.i + 1]
    span.label_ = "GPE"
    return span


def appositive_title(person: Span) -> tuple[str, Span | None] | None:
    """("foreign minister", Tehran) from "Hossein-Amir Abdollahian, Tehran's foreign minister"; ("leader",
    Ennahda) from "Rached Ghannouchi, leader of the Ennahda party" and ("UN envoy", UN) from "Tomas Varga, the UN
    envoy for Syria": a title with no state serves the body it names."""
    for child in person.root.children:
        if child.dep_ in APPOSITIONS and is_role_word(child):
            words = [t for t in child.subtree if t.i <= child.i]
            title, country = title_and_country(words)
            bodies = [e for t in words if (e := entity_of(t)) is not None and e.label_ in ORGANIZATION_LABELS]
            return title, country or body_of(child) or (bodies[0] if bodies else None)  # "the UN envoy"
    return None


def body_of(noun: Token) -> Span | None:
    """The body a noun's "of" or "for" names, by its name or by a name modifying it: "of Hezbollah", "of the
    Islamist Ennahda party", "for Hezbollah"; or the state whose body it is: "of Venezuela's National Assembly"
    serves Venezuela. A country named so is what the title is about, not whom it serves ("envoy for Syria")."""
    for thing in prep_objects(noun, BODY_PREPS):
        for owner in children(thing, POSSESSIVES):  # "head of Venezuela's National Assembly": Venezuela's post
            entity = entity_of(owner)
            if entity is not None and entity.label_ in STATE_LABELS:
                return entity
        for token in (thing, *children(thing, ACTOR_MODIFIERS)):
            entity = entity_of(token)
            if entity is not None and entity.label_ in ORGANIZATION_LABELS:
                return entity
    return None


def title_apposed(person: Span) -> tuple[str, Span | None] | None:
    """("member of parliament", Kenyan) from "A member of the Kenyan parliament, John Mbadi,": the name in
    apposition with a title before it."""
    head = person.root.head
    if person.root.dep_ not in APPOSITIONS or head.i >= person.start or head.tag_ != "NN":
        return None
    if head.lower_ == COUNTERPART:  # "met his Philippine counterpart Enrique Manalo": the office of his, for the
        office = counterparts_office(head)  # Philippines
        _, country = title_and_country(t for t in head.subtree if t.i < person.start)
        return (office, country) if office else None
    if not (is_role_word(head) or head.lower_ in GROUP_NOUNS) or entity_of(head) is not None:
        return None
    return title_and_country(t for t in head.subtree if t.i < person.start)


def counterparts_office(noun: Token) -> str | None:
    """The office of the person whose counterpart a noun names, by the title before his name: "Foreign Minister"
    for "Chinese Foreign Minister Wang Yi met his Philippine counterpart"."""
    for owner in children(noun, POSSESSIVES):
        person = antecedent_of(owner) if owner.pos_ == "PRON" else None
        before = title_before(person) if person is not None and person.label_ == "PERSON" else None
        if before is not None:
            return country_and_title(*before)[1]
    return None


def title_and_country(words: Iterable[Token]) -> tuple[str, Span | None]:
    """A title's words, without its determiners, and the first country they name, by a name, a demonym or a
    possessive: "the Qatari ambassador to Oman" serves Qatar."""
    country = None
    kept = []
    for token in words:
        entity = entity_of(token)
        if token.dep_ in POSSESSIVES or (entity is not None and entity.label_ in STATE_LABELS):
            country = country or entity
        elif token.dep_ not in DETERMINERS | CASE_MARKERS | PUNCTUATION:
            kept.append(token.text)
    return " ".join(kept), country


def role_mentions(doc: Doc, article_id: str) -> Iterator[RoleMention]:
    """Every title the doc gives a named person (none in a title-cased headline)."""
    for person in actor_entities(doc):
        if person.label_ != "PERSON" or title_cased(person.sent):
            continue
        evidence = evidence_of(person.sent, article_id)
        found: list[tuple[str, Span | None]] = []
        before = title_before(person)
        if before is not None:
            country, title = country_and_title(*before)
            found.append((title, country))
        inside = [t for t in person if is_role_word(t) and t.is_title and t.i < person.end - 1]
        if inside and before is None:
            title = person.doc[person.start : inside[-1].i + 1].text
            previous = person.doc[person.start - 1] if person.start > 0 else None
            owner = previous.head if previous is not None and previous.dep_ in CASE_MARKERS else None
            lead = leading_country(previous) if previous is not None and owner is None else None
            found.append((title, entity_of(owner) if owner is not None else lead))
        appositive = appositive_title(person) or title_apposed(person)
        if appositive is not None:
            found.append(appositive)
        if found and not any(country for _, country in found):  # "Opposition leader Juan Perez of the Blue Wave
            found = [(title, body_of(person.root)) for title, _ in found]  # Party": the body his "of" names
        for title, country in found:
            if title:
                yield RoleMention(to_mention(person, article_id), title, _mention(country, article_id), evidence)


def _mention(span: Span | None, article_id: str) -> Mention | None:
    return to_mention(span, article_id) if span is not None else None


def titled_subject(sentence: Span) -> Span | None:
    """The capitalized title a sentence's subject is, without its determiner: "The US Secretary of Defense"."""
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass") or not is_role_word(token) or not token.is_title:
            continue
        if not any(c.dep_ in DETERMINERS and c.lower_ == "the" for c in token.children):
            continue
        words = [t for t in token.subtree if t.dep_ not in DETERMINERS and not t.is_punct]
        if not words or any(t.ent_type_ == "PERSON" for t in words):
            return None
        if all(t.is_title or t.is_upper or t.lower_ in TITLE_LINKS for t in words):
            return sentence.doc[words[0].i : words[-1].i + 1]
    return None


def lede_roles(doc: Doc, article_id: str) -> Iterator[RoleMention]:
    """A title standing for a person not yet named, and the full name that opens the next sentence."""
    sentences = list(doc.sents)
    for first, second in pairwise(sentences):
        window = titled_subject(first)
        if window is None:
            continue
        people = [e for e in actor_entities(doc) if e.start >= second.start and e.end <= second.end]
        if not people or people[0].label_ != "PERSON" or len(people[0]) < 2:
            continue
        if people[0].start > second.start + 1:  # the name opens the sentence ("Lloyd Austin's comments")
            continue
        country, title = country_and_title(window, None)
        evidence = evidence_of(doc[first.start : second.end], article_id)
        yield RoleMention(to_mention(people[0], article_id), title, _mention(country, article_id), evidence)

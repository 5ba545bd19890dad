"""Country names the entity recognizer missed: "Chile provided $20 million in aid", "Somali opposition leaders".

The small English model leaves a country's name untagged now and then, most often at the start of a sentence;
no event can then be coded to it. A run of capitalized words that no entity covers and that is, as a whole, a
country's common name (GPE) or demonym (NORP) becomes that entity; a demonym may be followed by a title
("Bahraini Prime Minister"). A run that is longer than the name is another name ("Israel Flying Aid", "Free
Cuba"), and stays untagged. What NER found is kept, but for a demonym it took for a person's, an
organization's or a language's name where it modifies a noun or a title ("Moldovan farmers", "the Nigerien police",
"Azerbaijani and Armenian forces", "Filipino marines"; not "Spanish-language"): that is a nationality, as
"Moldovan" alone before "farmers" is no one's name. A country's name NER took for a people's ("Tajikistan" as
NORP) is the country's, and so is one it took for a thing ("Niger" as a DATE, "Cyprus" as a PRODUCT), for a
person's where it is a place ("an ambush in northern Mali") or alone in a sentence of states that no person of
the text bears ("Chad massed tanks near its border"), a country's whole name it took for an organization's
("Belarus freed 18 political prisoners"), and one it split in two ("Sierra" an ORG, "Leonean" a PERSON).

The names are canon's (``canon.countries.standalone_names``), compiled into ``country_names.tsv`` by
``python -m graphkit.compile_lexicons``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import pairwise

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.vocabulary import cue_sequence, cue_words

COUNTRY_NAMES = "graphkit_country_names"
NAMES_FILE = "country_names.tsv"
# the words of a title after a demonym: "Bahraini Prime Minister", "Somali Deputy Foreign Minister"
TITLES = (
    cue_words("role_heads") | cue_words("other_office") | {w for h in cue_sequence("honorifics") for w in h.split()}
)
LANGUAGE = "LANGUAGE"
COMMA = ","
NAME_LABELS = frozenset({"PERSON", "ORG", LANGUAGE})  # what NER takes a demonym for now and then ("Filipino marines")
OWNER_LABELS = NAME_LABELS | {"GPE"}  # what NER takes a country's name with its possessive ending for
# what NER takes a country's name for now and then that is no one's name: "Niger" as a DATE, "Cyprus" a PRODUCT
THING_LABELS = frozenset({"DATE", "TIME", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", "FAC", "CARDINAL",
                          "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})  # fmt: skip
PLACE_PREPS = cue_words("place_preps")  # "in northern Mali"
SPEECH_NOUNS = cue_words("language_nouns")  # "the Spanish-language daily": a language, no people
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # the parser runs before this step
LEADING = frozenset({"the"})  # "The Czech Republic": not part of the name
POSSESSIVE = "poss"
KIN = cue_words("related_people")  # "Chad's brother": a person's kin, so a person's name
ITS = "its"  # "Chad massed tanks near its border": a state's, no person's
CASE = "case"  # the dependency of a possessive ending: "'s"


@cache
def country_names() -> dict[str, str]:
    """Lower-cased name -> its label ("GPE" or "NORP"), read from the compiled table."""
    text = resources.files("graphkit.nlp").joinpath(NAMES_FILE).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name.lower(): label for name, label in rows}


def writes_country(text: str) -> bool:
    """Whether a name is written as a country's: its name or demonym, or an abbreviation in capitals ("US",
    "U.S.", "UAE"), not a city's ("Baghdad", "Lagos").

    >>> writes_country("U.S."), writes_country("Iraq"), writes_country("Lagos")
    (True, True, False)
    """
    return " ".join(text.lower().split()) in country_names() or text.replace(".", "").isupper()


@Language.component(COUNTRY_NAMES)
def tag_country_names(doc: Doc) -> Doc:
    """Tag as GPE or NORP the untagged runs of capitalized words that are a country's name."""
    names = country_names()
    found = [span for start, end in untagged_title_runs(doc) if (span := named_country(doc, start, end, names))]
    if found:
        doc.set_ents(found, default="unmodified")
    split = split_names(doc, names) + listed_countries(doc, names)
    if split:  # "Sierra" (an ORG) and "Leonean" (a PERSON): one demonym; "Mali, Burkina Faso" (an ORG): two names
        inside = {i for span in split for i in range(span.start, span.end)}
        doc.ents = sorted([*(e for e in doc.ents if e.start not in inside), *split], key=lambda e: e.start)
    mistaken = {
        e.start: names[e.text.lower()]
        for e in doc.ents
        if e.label_ in NAME_LABELS
        and e.text.lower() in names
        and modifies(doc, e.end, e.root)
        and not (e.label_ == LANGUAGE and doc[e.end].lower_.lstrip("-") in SPEECH_NOUNS)
    }
    # a country's name taken for a people's: "Tajikistan said it would ..." (a pronoun then finds no country)
    mistaken |= {e.start: "GPE" for e in doc.ents if e.label_ == "NORP" and names.get(e.text.lower()) == "GPE"}
    # a country's name taken for a thing ("urged Niger to restore", Niger a DATE, made no claim) or a mere
    # location ("killings in Ivory Coast", "crimes committed in the Central African Republic", LOC)
    mistaken |= {
        e.start: "GPE"
        for e in doc.ents
        if e.label_ in THING_LABELS | {"LOC"} and (name := without_the(e))[0].is_title
        and names.get(name.text.lower()) == "GPE"
    }  # fmt: skip
    # a country's name taken for a person's where it is a place: "an ambush in northern Mali", Mali a PERSON; a
    # country's whole name taken for a body's: "Belarus freed 18 political prisoners", Belarus an ORG
    mistaken |= {
        e.start: "GPE"
        for e in doc.ents
        if e.label_ in NAME_LABELS and names.get(e.text.lower()) == "GPE" and (placed(e.root) or e.label_ == "ORG")
    }
    # a country's name alone taken for a person's in a sentence of states ("Chad massed tanks near its border after
    # Sudanese militiamen attacked", "Armenia accused Azerbaijan of preparing an offensive"): one that names another
    # country, says "its" or owns a body ("Mali's junta"); not where a person the text names bears it ("Chad
    # Johnson", "Michael Jordan")
    people_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    mistaken |= {
        e.start: "GPE"
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) == 1
        and names.get(e.text.lower()) == "GPE"
        and e.root.lower_ not in people_words
        and among_states(e, names)
    }
    # a country's name with its possessive ending, taken for a person's ("Sri Lanka's president", a PERSON) or a
    # place's ("South Korea's president", a GPE with the ending)
    owners = {e.start: e.end - 1 for e in doc.ents if e.label_ in OWNER_LABELS and country_possessor(e, names)}
    mistaken |= {start: "GPE" for start in owners}
    if mistaken:
        doc.ents = [
            Span(doc, e.start, owners.get(e.start, e.end), label=mistaken[e.start]) if e.start in mistaken else e
            for e in doc.ents
        ]
    return doc


def among_states(name: Span, names: dict[str, str]) -> bool:
    """Whether a name's sentence is about states: it names another country or a people of one, or says "its", or
    the name owns what is no kin of a person ("Mali's junta", not "Chad's brother")."""
    sentence = name.sent
    others = (e for e in sentence.ents if e.start != name.start and without_the(e).text.lower() in names)
    owned = name.root.head if name.root.dep_ == POSSESSIVE else None
    body = owned is not None and owned.pos_ == "NOUN" and owned.lower_ not in KIN
    return body or any(others) or any(t.lower_ == ITS for t in sentence)


def split_names(doc: Doc, names: dict[str, str]) -> list[Span]:
    """The country names of two words that the recognizer split into two entities of its own: "Sierra" (ORG)
    "Leonean" (PERSON) of "Sierra Leonean police"."""
    found: list[Span] = []
    for first, second in pairwise(doc.ents):
        label = names.get(doc[first.start : second.end].text.lower()) if first.end == second.start else None
        if label is not None and not (found and found[-1].end > first.start):
            found.append(Span(doc, first.start, second.end, label=label))
    return found


def listed_countries(doc: Doc, names: dict[str, str]) -> list[Span]:
    """The country names of a list that the recognizer took for one entity: "Mali, Burkina Faso" (ORG) of "Mali,
    Burkina Faso and Niger announced their withdrawal"."""
    found: list[Span] = []
    for entity in doc.ents:
        commas = [t.i for t in entity if t.text == COMMA]
        if not commas:
            continue
        parts = [doc[a + 1 if a in commas else a : b] for a, b in pairwise([entity.start, *commas, entity.end])]
        if all(len(part) and names.get(part.text.lower()) for part in parts):
            found += [Span(doc, part.start, part.end, label=names[part.text.lower()]) for part in parts]
    return found


def country_possessor(entity: Span, names: dict[str, str]) -> bool:
    """Whether an entity is a country's name with the possessive ending the recognizer took into it: "Sri Lanka's"
    of "Sri Lanka's president"."""
    ending = entity[-1]
    return len(entity) > 1 and ending.dep_ == CASE and names.get(entity[:-1].text.lower()) == "GPE"


def without_the(entity: Span) -> Span:
    """The entity without a leading "the": "the Central African Republic" is "Central African Republic"."""
    return entity[1:] if len(entity) > 1 and entity[0].lower_ in LEADING else entity


def untagged_title_runs(doc: Doc) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each longest run of capitalized words that no entity covers."""
    untagged_title = (doc.to_array("ENT_IOB") == 2) & doc.to_array("IS_TITLE").astype(bool)
    end = 0
    for start in (int(s) for s in numpy.flatnonzero(untagged_title)):
        if start < end:
            continue
        end = start
        while end < len(doc) and untagged_title[end]:
            end += 1
        yield start, end


def modifies(doc: Doc, end: int, root: Token) -> bool:
    """Whether the word after a name is a common noun or a title it stands before ("Moldovan farmers"), or the
    name modifies a common noun after the names coordinated with it ("Azerbaijani and Armenian forces")."""
    if end >= len(doc):
        return False
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i > root.i and head.pos_ == "NOUN" and head.is_lower:
        return True
    after = doc[end]
    return after.ent_iob_ != "I" and (
        (after.is_lower and after.pos_ in ("NOUN", "ADJ")) or (is_title_word(after) and after.ent_iob_ == "O")
    )


def placed(root: Token, preps: frozenset[str] = PLACE_PREPS, owning: bool = True) -> bool:
    """Whether a name is where something is: the object of "in", "near", "across" (cues ``place_preps``, or
    ``preps``), or, if ``owning``, the possessive of a part of a place that is ("in Cameroon's Far North region",
    Cameroon an ORG)."""
    if owning and root.dep_ == POSSESSIVE and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in preps


def named_country(doc: Doc, start: int, end: int, names: dict[str, str]) -> Span | None:
    """The country name that the run ``[start, end)`` of untagged capitalized words is, or None."""
    if doc[start].lower_ in LEADING:
        start += 1
    if start >= end or joined(doc, start - 1):
        return None
    for stop in range(end, start, -1):
        label = names.get(doc[start:stop].text.lower())
        if label is None:
            continue
        if stop == end and not joined(doc, end):
            return Span(doc, start, stop, label=label)
        if stop < end and label == "NORP" and all(is_title_word(t) for t in doc[stop:end]):
            return Span(doc, start, stop, label=label)  # "Bahraini Prime Minister", whoever is named after it
    return None


def joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` runs into the name: a word of another name ("Israel Flying Aid"), or a hyphen written
    against it. A number NER tagged ("gave Peru 5 million dollars") is no part of a name."""
    if not 0 <= i < len(doc):
        return False
    token = doc[i]
    named = token.ent_iob_ != "O" and token.is_alpha and (token.is_title or token.is_upper)
    return named or (token.text == "-" and not token.whitespace_ and i + 1 < len(doc))


def is_title_word(token: Token) -> bool:
    return token.lower_ in TITLES

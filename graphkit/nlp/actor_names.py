"""Names of known actors the entity recognizer missed: "Human Rights Watch said ...", "Theresa May criticized ...".

The small English model leaves a name of several words untagged now and then, most often a body's whose words are
common ones ("Human Rights Watch") or a person's that reads as something else ("May"). A run of capitalized words
that no entity covers and that is, whole, a name of the gazetteer (PETRARCH-2's actor dictionaries and graphkit's
own) becomes that entity: a person's (PERSON), a place's (GPE) or a body's (ORG). A run longer than the name is
another name and stays untagged, as for countries (``country_names``); so does a name in a sentence written in
capitals. Runs that the little words of bodies' names, a possessive ending or hyphens join are tried whole first
("Ladies in White", "Tigray People's Liberation Front", "Jaish-e-Mohammed"; the dictionaries write "People's" as
PEOPLES, and the table reads a hyphen as a space). An entity that is such a name whole but that the recognizer
took for a thing or a person ("Shining Path" as a PRODUCT) takes the dictionary's label; a body's or a place's
label is the recognizer's to keep. A hedge written with a capital, as at a sentence's start, is no word of the name
after it: "Suspected Boko Haram fighters ...", "Suspected al-Shabaab militants ..." (cues ``hedging_adjectives``;
the recognizer reads the capital as the name's).

The names are canon's (``canon.gazetteer.Gazetteer.plain_names``), compiled into ``actor_names.tsv.gz`` by
``python -m graphkit.compile_lexicons``.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.nlp.country_names import LEADING, joined, untagged_title_runs, without_the
from graphkit.nlp.known_names import shouted
from graphkit.vocabulary import cue_words

ACTOR_NAMES = "graphkit_actor_names"
ACTOR_NAMES_FILE = "actor_names.tsv.gz"
PIECE_LABELS = frozenset({"NORP", "ORG"})  # "Islamic" (NORP) "State", "Islamic" "State" (ORG): a body's name in pieces
PIECE_REACH = 3  # untagged words a piece of a body's name reaches on either side
BODY = "ORG"
PERSON = "PERSON"
PIECED_LABELS = PIECE_LABELS | {PERSON}  # and "Boko" "Haram" (PERSON): a piece read as a person's name
MISREAD_LABELS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LANGUAGE"})  # no body's
NAME_INNER_WORDS = cue_words("body_name_words")  # "Ladies in White", "Movement for Democratic Change"
LINK_REACH = 3  # joining words between two parts of a name at most: "-e-" is three tokens
PARTICLE_LENGTH = 2  # "e" of "Lashkar-e-Taiba", "ul" of "Harkat-ul-Mujahideen"
POSSESSIVE_TAG = "POS"  # "People's", "Workers'": the dictionaries write these names without the apostrophe
APOSTROPHES = re.compile(r"['’]")
HEDGES = cue_words("hedging_adjectives")  # "Suspected Boko Haram fighters": no word of the name
NOT_OF_NAME = LEADING | HEDGES  # words a run of capitalized words may start with that are not the name's


@cache
def actor_names() -> dict[str, str]:
    """Lower-cased name -> its label (PERSON, GPE or ORG), read from the compiled table."""
    raw = resources.files("graphkit.nlp").joinpath(ACTOR_NAMES_FILE).read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines())
    return {name: label for name, label in (r for r in rows if len(r) == 2 and not r[0].startswith("#"))}


@Language.component(ACTOR_NAMES)
def tag_actor_names(doc: Doc) -> Doc:
    """Tag the untagged runs of capitalized words that are, whole, a known actor's name of two words or more, and
    relabel the entities that are such a name but were taken for a thing or a person (``known_misread``)."""
    names = actor_names()
    hedged = [e for e in doc.ents if e[0].lower_ in HEDGES and len(e) > 1 and e[0].is_title]
    if hedged:  # "Suspected al-Shabaab" (PERSON): "al-Shabaab", a body's name
        trimmed = [Span(doc, e.start + 1, e.end, label=names.get(lookup_key(e[1:]), e.label_)) for e in hedged]
        doc.set_ents(trimmed, outside=[doc[e.start : e.start + 1] for e in hedged], default="unmodified")
    found: list[Span] = []
    runs = list(untagged_title_runs(doc))
    for start, end in [*joined_runs(doc, runs), *runs]:  # "Ladies in White" before "Ladies" and "White"
        free = not any(s.start < end and start < s.end for s in found)
        if free and (span := known_run(doc, start, end, names)) is not None:
            found.append(span)
    misread = [relabelled for e in doc.ents if (relabelled := known_misread(e, names)) is not None]
    if found or misread:
        doc.set_ents([*found, *misread], default="unmodified")
    pieced = [whole for e in doc.ents if (whole := pieced_name(e, names)) is not None]
    if pieced:
        doc.set_ents(filter_spans([*pieced, *doc.ents]), default="unmodified")
    return doc


def lookup_key(span: Span) -> str:
    """The names table's form of a span's text: lower case, without apostrophes, a hyphen a space ("tigray peoples
    liberation front", "lashkar e taiba").

    The dictionaries write "People's" as PEOPLES and also as PEOPLE'S; the table keeps names in letters only."""
    return " ".join(APOSTROPHES.sub("", span.text.lower()).replace("-", " ").split())


def known_run(doc: Doc, start: int, end: int, names: dict[str, str]) -> Span | None:
    """The known actor's name that the run ``[start, end)`` of untagged words is, whole, tagged with its label."""
    first = start + 1 if doc[start].lower_ in NOT_OF_NAME else start  # "The Czech ...", "Suspected Boko Haram"
    label = names.get(lookup_key(doc[first:end])) if end - first > 1 else None
    if label is None or joined(doc, first - 1) or joined(doc, end) or shouted(doc[first]):
        return None
    return Span(doc, first, end, label=label)


def joined_runs(doc: Doc, runs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each chain of two runs or more of untagged capitalized words (``runs``) that only the
    little words of bodies' names (cues ``body_name_words``), possessive endings or hyphens join (``links``), the
    longest first: "Ladies in White", "Tigray People's Liberation Front", "Jaish-e-Mohammed"."""
    chain: list[tuple[int, int]] = []
    for run in [*runs, (len(doc) + 2, len(doc) + 2)]:  # a sentinel run that no chain reaches
        if chain and not links(doc, chain[-1][1], run[0]):
            for length in range(len(chain), 1, -1):  # "Leaders of the Tigray People's ...": its longest parts first
                for first in range(len(chain) - length + 1):
                    yield chain[first][0], chain[first + length - 1][1]
            chain = []
        chain.append(run)


def links(doc: Doc, end: int, start: int) -> bool:
    """Whether the untagged words between two runs are a few that join a name's parts: "in", "of the", "'s", or
    hyphens and particles written against the words ("Jaish-e-Mohammed", "Ahrar al-Sham")."""
    between = doc[end:start] if start <= len(doc) else None
    return (
        between is not None
        and 0 < len(between) <= LINK_REACH
        and all(t.ent_iob_ == "O" and joins_name(t) for t in between)
    )


def joins_name(token: Token) -> bool:
    """Whether a token joins the parts of a name: a little word of bodies' names, a possessive ending, or a hyphen
    or a short particle glued to a hyphen ("-e-", "al-")."""
    if token.lower_ in NAME_INNER_WORDS or token.tag_ == POSSESSIVE_TAG:
        return True
    doc = token.doc
    hyphen = token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
    glued = token.is_lower and len(token) <= PARTICLE_LENGTH and not token.whitespace_ and token.i + 1 < len(doc)
    return hyphen or (glued and doc[token.i + 1].text == "-")


def pieced_name(entity: Span, names: dict[str, str]) -> Span | None:
    """A known body's name of which the recognizer tagged one piece, a nationality, a body or a person, and left
    the rest of it untagged: "Islamic" (NORP) before "State" in "Islamic State militants", "State" (ORG) in "the
    Islamic State group", "Haram" (PERSON) in "a Boko Haram camp", or two pieces ("Islamic" NORP, "State" ORG).
    The name is the longest run of the entity and capitalized words next to it, untagged or such pieces, or a
    possessive ending between them ("Lord's" before "Resistance Army", ORG), that is,
    whole, a body's name of the dictionary (``PIECE_REACH`` words more at most); or a person's, of which the
    recognizer tagged the first words as a person's ("Aung San" of Aung San Suu Kyi)."""
    if entity.label_ not in PIECED_LABELS:
        return None
    doc = entity.doc
    before = entity.start
    while before > 0 and entity.start - before < PIECE_REACH and (piece(doc[before - 1]) or owner(doc[before - 1])):
        before -= 1
    after = entity.end
    while after < len(doc) and after - entity.end < PIECE_REACH and (piece(doc[after]) or owner(doc[after])):
        after += 1
    for length in range(after - before, entity.end - entity.start, -1):  # the longest first
        for start in range(before, after - length + 1):
            end = start + length
            whole = start <= entity.start and entity.end <= end and doc[start].ent_iob_ != "I"
            whole = whole and (end == len(doc) or doc[end].ent_iob_ != "I")  # no other entity cut in two
            label = names.get(lookup_key(doc[start:end])) if whole else None
            if label == BODY or (label == PERSON and completed(entity, start, end)):
                return Span(doc, start, end, label=label)
    return None


def completed(entity: Span, start: int, end: int) -> bool:
    """Whether a person's name ``[start, end)`` completes a person's entity with untagged words after it: "Aung San"
    (PERSON) "Suu Kyi". Not words before it, which are a title ("Russian President Vladimir Putin" is a name of the
    dictionary, but the title is no part of the person's)."""
    return (
        entity.label_ == PERSON
        and start == entity.start
        and all(t.ent_iob_ == "O" for t in entity.doc[entity.end : end])
    )


def owner(token: Token) -> bool:
    """Whether a token is a possessive ending inside a name: "'s" of "Lord's Resistance Army" (the recognizer tagged
    "Resistance Army")."""
    return token.tag_ == POSSESSIVE_TAG and token.ent_iob_ == "O"


def piece(token: Token) -> bool:
    """A capitalized word that may be a piece of a body's name: untagged, or of a nationality or a body, and not
    in a sentence written in capitals."""
    return (token.ent_iob_ == "O" or token.ent_type_ in PIECE_LABELS) and token.is_title and not shouted(token)


def known_misread(entity: Span, names: dict[str, str]) -> Span | None:
    """The entity with a known actor's label, when the recognizer took the whole name of two words or more for
    a thing or a person: "Peruvian troops fought Shining Path" (PRODUCT or PERSON, an ORG in the dictionary);
    a hyphen stands for the space of the dictionary's name ("al-Shabaab" is AL SHABAAB)."""
    name = without_the(entity)  # "the Shining Path"
    if entity.label_ not in MISREAD_LABELS or len(name) < 2 or shouted(name[0]):
        return None
    label = names.get(lookup_key(name))  # "al-Shabaab", "Lashkar-e-Taiba": a hyphen is a space
    if label is None or label == entity.label_:
        return None
    return Span(entity.doc, entity.start, entity.end, label=label)

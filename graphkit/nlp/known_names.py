"""One-word names of the alias table the entity recognizer missed: "IDF troops", "ISIL fighters", "Houthi rebels".

The small English model leaves an acronym untagged now and then, most often at the start of a sentence or
before a noun. The noun is then taken for an actor of its own, placed where the event happened: "IDF troops
arrested a man near Nablus" made Palestinian troops. An untagged word that is, as written, the short name in
capitals of a body or group of graphkit's alias table, or the one-word name of one of its organizations
("Taliban", "Nato"), becomes an ORG, or the name of a people within one state ("Houthi", "Chechens") a NORP,
which canon resolves by that table. Not in a sentence written in capitals (a
headline: "U.S. SAYS IT IS READY"), and only as a noun or adjective ("IS" the verb is no name). A capital's
one-word name NER took for a mere location ("marched in Algiers", LOC), or for a body or a person where it is a
place ("a hotel in Bamako", ORG), is the city (GPE); a body's or people's name NER took for a person's right before
the noun it names ("Polisario fighters", PERSON) is the table's ORG or NORP.

The names are canon's (``canon.aliases.parser_names``), compiled into ``known_names.tsv`` by
``python -m graphkit.compile_lexicons``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from graphkit.nlp.country_names import NAME_LABELS, placed
from graphkit.nlp.place_names import listed_place
from graphkit.vocabulary import cue_words

KNOWN_NAMES = "graphkit_known_names"
KNOWN_NAMES_FILE = "known_names.tsv"
NAMING = frozenset({"PROPN", "NOUN", "ADJ"})
LOCATION = "LOC"
PERSON = "PERSON"
GROUP_NAME_LABELS = frozenset({"ORG", "NORP"})  # the table's labels of bodies and peoples
COMPOUND = "compound"
CITY_LABEL = "GPE"  # the label of a capital city's name in the table
MISTAKEN_FOR_PLACES = NAME_LABELS | {"NORP", "WORK_OF_ART", "PRODUCT", "EVENT"}  # labels NER gives towns it missed
TOWN_PREPS = cue_words("town_preps")  # "near Gao", "in Bamenda": where a name NER missed is a town
REGION_NOUNS = cue_words("region_nouns")  # "the town of Tataouine": a town
PUBLIC_SPACES = cue_words("public_spaces")  # "the streets of Tunis": a town
HEADLINE_WORD_LENGTH = 3  # words longer than this count toward a title-cased headline ("in", "of", "the" do not)
HEADLINE_MIN_WORDS = 4


@cache
def known_names() -> tuple[numpy.ndarray, dict[int, str]]:
    """The names' hashes, as a Doc's ORTH array holds them (case as written), and each hash's label."""
    text = resources.files("graphkit.nlp").joinpath(KNOWN_NAMES_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    labels = {StringStore().add(name): label for name, label in rows}
    return numpy.array(sorted(labels), dtype=numpy.uint64), labels


@Language.component(KNOWN_NAMES)
def tag_known_names(doc: Doc) -> Doc:
    """Tag the untagged known names used as nouns or adjectives, outside sentences written in capitals."""
    hashes, labels = known_names()
    orth = doc.to_array("ORTH")
    # a region's name before its noun is the place, also where a people is named for it ("Shan state")
    found = untagged_regions(doc)
    found += [
        Span(doc, i, i + 1, label=labels[int(orth[i])])
        for i in (int(c) for c in numpy.flatnonzero(numpy.isin(orth, hashes)))
        if doc[i].ent_iob_ == "O"
        and doc[i].pos_ in NAMING
        and not shouted(doc[i])
        and not any(f.start <= i < f.end for f in found)
    ]
    if found:
        doc.set_ents(found, default="unmodified")
    # a capital NER took for a mere location ("marched in Algiers", LOC) or, where it is a place, for a body or a
    # person ("stormed a hotel in Bamako", ORG) is the city, a place graphkit codes
    relabelled = {
        e.start: labels[int(orth[e.start])]
        for e in doc.ents
        if len(e) == 1
        and labels.get(int(orth[e.start])) == CITY_LABEL
        and (e.label_ == LOCATION or (e.label_ in NAME_LABELS and placed(e.root)))
    }
    # any town of the place table NER took for a name where it is a place: "an ambush near Gao" (PERSON), "pupils
    # kidnapped in Bamenda" (ORG), "shot dead in Culiacan" (NORP); not "at" ("an analyst at Santander", "invective
    # at Bush"), nor through a possessive ("in Anderson's hometown"); "the town of Tataouine" (ORG), "Puno province" too
    relabelled |= {
        e.start: CITY_LABEL
        for e in doc.ents
        if e.label_ in MISTAKEN_FOR_PLACES
        and (placed(e.root, TOWN_PREPS, owning=False) or named_town(e.root) or named_region(e))
        and listed_place(e.text)
    }
    # a body's or a people's name NER took for a person's before the noun it names: "an attack by Polisario
    # fighters" (PERSON), which made the fighters no one's
    relabelled |= {
        e.start: labels[int(orth[e.start])]
        for e in doc.ents
        if len(e) == 1
        and e.label_ == PERSON
        and labels.get(int(orth[e.start])) in GROUP_NAME_LABELS
        and e.root.dep_ == COMPOUND
        and e.root.head.pos_ == "NOUN"
    }
    if relabelled:
        doc.ents = [
            Span(doc, e.start, e.end, label=relabelled[e.start]) if e.start in relabelled else e for e in doc.ents
        ]
    return doc


def untagged_regions(doc: Doc) -> list[Span]:
    """Names of the place table NER left untagged right before a region's noun that they name: "deployed soldiers to
    Enga province" (cues ``region_nouns``); as a city (GPE), so canon places them."""
    regions = []
    for noun in doc:
        if noun.lemma_.lower() not in REGION_NOUNS or noun.i == 0:
            continue
        start = noun.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O":
            start -= 1
        name = doc[start : noun.i]
        if name and name.root.head.i == noun.i and listed_place(name.text) and not shouted(noun):
            regions.append(Span(doc, start, noun.i, label=CITY_LABEL))
    return regions


def named_town(root: Token) -> bool:
    """Whether a name is the one of a town, a city or a region its noun says it is, or whose streets or squares a
    noun names: "the town of Tataouine", "the streets of Tunis" (cues ``region_nouns``, ``public_spaces``)."""
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in REGION_NOUNS | PUBLIC_SPACES


def named_region(name: Span) -> bool:
    """Whether a name is the one of a town or a region the noun right after it says it is: "sent troops to Puno
    province", "in Kaduna state" (cues ``region_nouns``)."""
    after = name.doc[name.end] if name.end < len(name.doc) else None
    return after is not None and after.lemma_.lower() in REGION_NOUNS and name.root.head.i == after.i


def shouted(token: Token) -> bool:
    """Whether the token's sentence is written in capitals, as headlines are: most of its words are."""
    words = [t for t in token.sent if t.is_alpha and len(t) > 1]
    return sum(t.is_upper for t in words) * 2 > len(words)


def title_cased(sentence: Span) -> bool:
    """Whether a sentence is a headline written in title case, whose capitals say nothing of names: "UN Refugee
    Chief Tours Sudanese Refugee Camp in Chad" (every longer word capitalized, its verb too)."""
    words = [t for t in sentence if t.is_alpha and len(t) > HEADLINE_WORD_LENGTH]
    return len(words) >= HEADLINE_MIN_WORDS and all(t.is_title or t.is_upper for t in words)

"""Names the entity recognizer missed after a title: "President Ruto", "Prime Minister Sharif".

A capitalized title word (``honorifics`` and ``role_heads`` in cues.toml) followed by proper nouns that no
entity covers makes those nouns a PERSON. The title itself stays outside the name, as NER leaves it; what
NER found is never changed, but for a title NER took for a name of its own right before the name ("[Emir Sheikh]
[Tamim bin Hamad Al Thani]"), which is untagged, as a title before a name is.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from graphkit.vocabulary import cue_sequence, cue_words

TITLED_NAMES = "graphkit_titled_names"
TITLE_WORDS = cue_words("role_heads") | {h for h in cue_sequence("honorifics") if " " not in h}
NAME_OPENERS = cue_words("articles")  # "the General Staff", "Chief of the General Staff"
# The words' hashes, as a Doc's LOWER array holds them (spaCy hashes a string the same in every vocabulary).
TITLE_HASHES = numpy.array(list(map(StringStore().add, sorted(TITLE_WORDS))), dtype=numpy.uint64)
TITLE_LABELS = frozenset({"PERSON", "ORG"})  # what NER takes title words alone before a name for
MAX_NAME_WORDS = 3  # "President Yoweri Kaguta Museveni"; a longer run of capitals is a headline, not a name


@Language.component(TITLED_NAMES)
def titled_names(doc: Doc) -> Doc:
    """Tag as PERSON the untagged proper nouns right after a capitalized title."""
    candidates = numpy.flatnonzero(
        numpy.isin(doc.to_array("LOWER"), TITLE_HASHES)
    )  # title words are few: look only there
    found: list[Span] = []
    taken = 0
    for i in (int(c) for c in candidates):
        if i < taken or not doc[i].is_title:
            continue
        end = i + 1
        while end < len(doc) and is_untagged_name(doc[end]):
            end += 1
        if i + 1 < end <= i + 1 + MAX_NAME_WORDS and not in_a_name(doc, i, end):
            found.append(Span(doc, i + 1, end, label="PERSON"))
        taken = end
    titles = [e for e in doc.ents if titles_only(e)]
    if found or titles:
        doc.set_ents(found, outside=titles, default="unmodified")
    return doc


def titles_only(entity: Span) -> bool:
    """Whether an entity is title words alone right before a person's name: "Emir Sheikh" (PERSON) in "Qatar's Emir
    Sheikh Tamim bin Hamad Al Thani", "Sultan Sheikh" (ORG) before "Haitham bin Tariq"."""
    doc = entity.doc
    return (
        entity.label_ in TITLE_LABELS
        and entity.end < len(doc)
        and doc[entity.end].ent_iob_ == "B"
        and doc[entity.end].ent_type_ == "PERSON"
        and all(t.lower_ in TITLE_WORDS for t in entity)
    )


def in_a_name(doc: Doc, title: int, end: int) -> bool:
    """Whether the title word begins a body's name, not a person's: "the General Staff", "of the General
    Assembly", or a run that a name or title follows ("General Staff General Karel Rehka")."""
    before = doc[title - 1].lower_ if title > 0 else ""
    after = doc[end] if end < len(doc) else None
    return before in NAME_OPENERS or (after is not None and (after.ent_iob_ != "O" or after.lower_ in TITLE_WORDS))


def is_untagged_name(token: Token) -> bool:
    """A capitalized proper noun no entity covers, and no title itself ("Secretary General")."""
    return token.pos_ == "PROPN" and token.ent_iob_ == "O" and token.is_title and token.lower_ not in TITLE_WORDS

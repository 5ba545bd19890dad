"""Texts whose events are not events between actors: sports reports ("Ireland beat England", "Chelsea meet
Barcelona in the final"). Their actors are still found; their results and fixtures make no claims.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from graphkit.vocabulary import cue_words

SPORT_WORDS = cue_words("sport_words")
MIN_SPORT_WORDS = 2  # distinct sport words a sports text has at least ...
MIN_SPORT_HITS = 3  # ... used this many times in all (a war report may name a tournament once or twice) ...
MIN_SPORT_SHARE = 0.008  # ... making up this share of its words
MIN_WORDS = 60  # shorter texts (a headline, a sentence) are not judged: two sport words say little there


def is_sport(doc: Doc) -> bool:
    """Whether the text is a sports report (see ``sport_words`` in cues.toml)."""
    words = doc.to_array("IS_ALPHA").sum()
    if words < MIN_WORDS:
        return False
    lower = doc.to_array("LOWER")
    wanted = numpy.array([doc.vocab.strings[w] for w in SPORT_WORDS], dtype=lower.dtype)
    found = lower[numpy.isin(lower, wanted)]
    hits = len(found)
    return len(numpy.unique(found)) >= MIN_SPORT_WORDS and hits >= MIN_SPORT_HITS and hits >= MIN_SPORT_SHARE * words

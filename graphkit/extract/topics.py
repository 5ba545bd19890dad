"""Texts whose events are not events between actors: sports reports ("Ireland beat England", "Chelsea meet
Barcelona in the final") and reports of film, music, television and the stage ("the Australian star faces
competition from Daniel Craig"). Their actors are still found; their results, fixtures and reviews make no claims.
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc

from graphkit.vocabulary import cue_words

TOPIC_WORDS = {"sport": cue_words("sport_words"), "entertainment": cue_words("entertainment_words")}
MIN_TOPIC_WORDS = 2  # distinct words of the topic a text of it has at least ...
MIN_TOPIC_HITS = 3  # ... used this many times in all (a war report may name a tournament once or twice) ...
MIN_TOPIC_SHARE = 0.008  # ... making up this share of its words
MIN_WORDS = 60  # shorter texts (a headline, a sentence) are not judged: two sport words say little there


def topic_of(doc: Doc) -> str | None:
    """The topic of no events between actors that the text is a report of ("sport", "entertainment"; the words
    are cues.toml's ``sport_words`` and ``entertainment_words``), or None."""
    words = doc.to_array("IS_ALPHA").sum()
    if words < MIN_WORDS:
        return None
    lower = doc.to_array("LOWER")
    for topic, vocabulary in TOPIC_WORDS.items():
        wanted = numpy.array([doc.vocab.strings[w] for w in vocabulary], dtype=lower.dtype)
        found = lower[numpy.isin(lower, wanted)]
        hits = len(found)
        if len(numpy.unique(found)) >= MIN_TOPIC_WORDS and hits >= MIN_TOPIC_HITS and hits >= MIN_TOPIC_SHARE * words:
            return topic
    return None

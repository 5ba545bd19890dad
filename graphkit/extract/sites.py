"""The record every event pattern yields: where an event is said, its relation and its arguments."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graphkit.extract.arguments import Argument
from graphkit.extract.lexicon import Relation


@dataclass(frozen=True)
class Site:
    """One event found in a sentence, before its arguments are resolved to actors.

    ``anchor`` is the word whose clause gives the polarity, modality, speaker, date and place;
    ``pattern`` names the rule that found it (it becomes the claim's extractor) and ``base`` the
    confidence of that rule before each inference step lowers it.
    """

    anchor: Token
    relation: Relation
    subjects: tuple[Argument, ...]
    objects: tuple[Argument, ...]
    theme: Token | None = None
    pattern: str = "svo/2"
    base: float = 0.8
    reciprocal: bool = False  # no object: the coordinated subjects act on each other
    speaker: Token | None = None  # set when the pattern itself knows who says it

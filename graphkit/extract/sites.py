"""The records every event pattern yields: a ``Site`` (where an event is said, its relation and its
arguments), whose arguments are ``Filler`` records (a token filling a role)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graphkit.extract.lexicon import Relation
from graphkit.vocabulary.cameo import Coding


@dataclass(frozen=True)
class Filler:
    """A token that fills a role (heading a noun phrase), and how many inferential steps it took to find it:
    control, a passive, a governed clause. Confidence drops with each step."""

    token: Token
    steps: int = 0


@dataclass(frozen=True)
class Site:
    """One event found in a sentence, before its arguments are resolved to actors.

    ``anchor`` is the word whose clause gives the polarity, modality, speaker, date and place;
    ``pattern`` names the rule that found it (it becomes the claim's extractor) and ``base`` the
    confidence of that rule before each inference step lowers it.
    """

    anchor: Token
    relation: Relation
    subjects: tuple[Filler, ...]
    objects: tuple[Filler, ...]
    theme: Token | None = None
    pattern: str = "svo/2"
    base: float = 0.8
    reciprocal: bool = False  # no object: the coordinated subjects act on each other
    speaker: Token | None = None  # set when the pattern itself knows who says it
    coding: Coding | None = None  # the CAMEO code (and PLOVER mode and context) the event was coded by

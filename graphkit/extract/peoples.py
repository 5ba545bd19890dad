"""A people named with its country is one name: "Iraqi Kurds", "Lebanese Christians", as NER itself often tags
"Turkish Kurds". ``join_peoples`` merges, in place, a country's name or demonym and the people entity it modifies,
so the people are coded to that country. A people that is itself a country's ("Chinese Americans", "Kosovo
Albanians") keeps its own name: which of the two countries is meant, the words do not say."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graphkit.extract.deps import ACTOR_MODIFIERS
from graphkit.nlp.country_names import country_names

PEOPLE_LABEL = "NORP"
COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def join_peoples(doc: Doc) -> Doc:
    """The doc with each people that a country's name right before it modifies joined to it ("Iraqi Kurds")."""
    names = country_names()
    ents = list(doc.ents)
    joined: list[Span] = []
    for before, people in pairwise(ents):
        modifier = before.root
        if (
            people.label_ == PEOPLE_LABEL
            and before.label_ in COUNTRY_LABELS
            and before.end == people.start
            and before.text.lower() in names
            and people.text.lower() not in names
            and modifier.dep_ in ACTOR_MODIFIERS
            and people.start <= modifier.head.i < people.end
        ):
            joined.append(Span(doc, before.start, people.end, label=PEOPLE_LABEL))
    if joined:
        doc.set_ents(filter_spans([*joined, *ents]), default="unmodified")
    return doc

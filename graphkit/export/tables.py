"""The graph as two tables, claims and entities: rows of plain values, or pandas DataFrames.

pandas is optional (``pip install 'graphkit[jupyter]'`` or ``'graphkit[pandas]'``); the rows need nothing.

>>> from graphkit.types import Argument, Claim, Entity, Evidence
>>> g = ClaimGraph()
>>> iran, russia = Entity("country/IRN", "Iran", "Country", iso3="IRN"), Entity("country/RUS", "Russia", "Country")
>>> ev = Evidence("a1", "Iran supplies Russia.", 0, 21, "test")
>>> g.add([iran, russia], [Claim(Argument(iran.id, "Iran"), "supplies", "AID", Argument(russia.id, "Russia"), ev)])
>>> row = claim_rows(g)[0]
>>> row["subject"], row["predicate"], row["object"], row["sentence"]
('Iran', 'supplies', 'Russia', 'Iran supplies Russia.')
>>> [(r["label"], r["degree"]) for r in entity_rows(g)]
[('Iran', 1), ('Russia', 1)]
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, NamedTuple

from graphkit.export.jsonl import entity_record
from graphkit.graph.model import ClaimGraph
from graphkit.types import Argument

if TYPE_CHECKING:
    import pandas

PANDAS_MISSING = "to_pandas() needs pandas: pip install 'graphkit[jupyter]' (or 'graphkit[pandas]', or pandas)"
CLAIM_COLUMNS = ["subject", "predicate", "object", "event_type", "polarity", "modality", "speaker", "theme",
                  "quantity", "confidence", "sentence", "article", "title", "date", "url", "subject_id",
                  "object_id", "speaker_id", "subject_country", "subject_sector", "object_country",
                  "object_sector", "speaker_country", "speaker_sector", "start", "end", "extractor", "cameo", "mode",
                  "context"]  # fmt: skip
ENTITY_COLUMNS = ["id", "label", "type", "iso3", "aliases", "mentions", "same_as", "roles", "degree", "claims"]


class Tables(NamedTuple):
    """The claims and entities DataFrames: ``claims, entities = kg.to_pandas()``."""

    claims: pandas.DataFrame
    entities: pandas.DataFrame


def claim_rows(graph: ClaimGraph) -> list[dict[str, Any]]:
    """One flat row per claim: who, what, to whom, how, the sentence and its article."""

    def label(arg: Argument | None) -> str | None:
        if arg is None:
            return None
        entity = graph.entities.get(arg.entity_id)
        return entity.label if entity else arg.text

    rows = []
    for c in graph.claims:
        article = graph.articles.get(c.evidence.article_id)
        rows.append({
            "subject": label(c.subject), "predicate": c.predicate, "object": label(c.object),
            "event_type": c.event_type, "polarity": c.polarity, "modality": c.modality,
            "speaker": label(c.attributed_to), "theme": c.theme, "quantity": c.quantity,
            "confidence": c.confidence, "sentence": c.evidence.sentence,
            "article": c.evidence.article_id, "title": article.title if article else None,
            "date": c.date or (article.date if article else None), "url": article.url if article else None,
            "subject_id": c.subject.entity_id, "object_id": c.object.entity_id,
            "speaker_id": c.attributed_to.entity_id if c.attributed_to else None,
            **coding("subject", c.subject), **coding("object", c.object), **coding("speaker", c.attributed_to),
            "start": c.evidence.start, "end": c.evidence.end, "extractor": c.evidence.extractor,
            "cameo": c.cameo, "mode": c.mode, "context": c.context,
        })  # fmt: skip
    return rows


def coding(role: str, arg: Argument | None) -> dict[str, str | None]:
    """``{role}_country`` and ``{role}_sector`` of an argument: the columns dyads are counted by."""
    return {f"{role}_country": arg.country if arg else None, f"{role}_sector": arg.sector if arg else None}


def entity_rows(graph: ClaimGraph) -> list[dict[str, Any]]:
    """One row per entity, with its number of merged edges (``degree``) and of claims it is part of."""
    degree: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    for edge in graph.edges:
        for end in {edge.key[0], edge.key[2]}:
            degree[end] += 1
            claims[end] += edge.count
    return [
        {**entity_record(e), "degree": degree[e.id], "claims": claims[e.id]}
        for e in sorted(graph.entities.values(), key=lambda e: e.id)
    ]


def to_pandas(graph: ClaimGraph) -> Tables:
    """``Tables(claims, entities)`` as pandas DataFrames; ImportError naming the fix without pandas."""
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(PANDAS_MISSING) from err
    claims = pd.DataFrame(claim_rows(graph), columns=CLAIM_COLUMNS)  # columns even when there are no rows
    entities = pd.DataFrame(entity_rows(graph), columns=ENTITY_COLUMNS)
    return Tables(claims, entities)

"""What the map draws: the nodes and edges of a ClaimGraph as vis-network items, with their evidence.

Nodes are the entities that take part in at least one edge; above ``max_nodes`` only the most connected
are kept (and the map says how many were left out). Each merged edge is one arrow; its evidence (sentences,
speakers, articles) travels with it for the details panel. Positions are computed here (see ``layout``),
so the browser draws a still map at once.

Everything here is plain data: the page (``page``) serialises it as escaped JSON and the browser shows it
as text. Only http(s) URLs are kept as links (``safe_url``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from graphkit.export.map.fold import fold_countries
from graphkit.export.map.layout import layout
from graphkit.export.map.style import edge_label, edge_style, node_color, quad_or_relation
from graphkit.graph.model import ClaimGraph, Edge
from graphkit.options import DEFAULT_MAX_NODES
from graphkit.types import Argument, Article, Claim, Entity

MAX_EVIDENCE = 12  # sentences carried by one edge (the count says how many more there are)
MAX_SENTENCE = 480  # characters of one sentence in a tooltip
MAX_LABEL = 40  # characters of a node label on the canvas (the details panel has it all)
MAX_NAMES = 40  # aliases and roles listed for one node
TOP_RELATIONS = 6  # strongest relations listed for one node
# What a folded edge shares with the first edge it merges: the page copies these from it (see ``_country_view``).
SHARED = ("label", "head", "arrows", "color", "dashes", "font", "event_type", "quad", "polarity", "modality")
_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])")  # 2023, 2023-07, 2023-07-15 (then a time)
# Spring lengths, for a map that settles with physics in the browser. Physics is off (``page.vis_options``),
# so vis-network ignores them, but they are part of the page's data (and of its bytes): kept until the map
# changes on purpose.
SPRING_LENGTH = 180  # the spring length of an edge when a small map settles in the browser
PARALLEL_LENGTH = 60  # added for each further parallel edge between the same two actors


@dataclass
class MapData:
    """The items vis-network draws, the articles they cite, and what was left out."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    articles: dict[str, dict[str, str | None]] = field(default_factory=dict)
    total_nodes: int = 0  # entities in at least one edge
    total_edges: int = 0
    countries: MapData | None = None  # the same relations, actors folded into their states

    @property
    def omitted_nodes(self) -> int:
        return self.total_nodes - len(self.nodes)

    @property
    def omitted_edges(self) -> int:
        return self.total_edges - len(self.edges)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL that is safe to make a link of, else None.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url("//evil.example")
    ('https://example.org/a?b=1', None, None)
    >>> safe_url(" JAVASCRIPT:alert(1)"), safe_url("http://ok.example/\\nx"), safe_url("data:text/html,x")
    (None, None, None)
    """
    if not url or any(ord(ch) <= 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis.

    >>> shorten("a  b\\nc", 10), shorten("abcdef", 4)
    ('a b c', 'abc…')
    """
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def argument_entity(graph: ClaimGraph, arg: Argument) -> Entity:
    """The argument's entity, or a stand-in named by its surface text if the graph lacks it."""
    # "Unknown" is no EntityType: the stand-in is drawn in the colour of other types (unavoidable ignore).
    stand_in = Entity(arg.entity_id, arg.text or arg.entity_id, "Unknown")  # type: ignore[arg-type]
    return graph.entities.get(arg.entity_id) or stand_in


def rank_nodes(edges: list[Edge]) -> list[str]:
    """Entity ids of the edges, most connected first: distinct neighbours, then sentences, then id."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, int] = defaultdict(int)
    for edge in edges:
        s, _, o, _, _ = edge.key
        neighbours[s].add(o)
        neighbours[o].add(s)
        sentences[s] += edge.count
        sentences[o] += edge.count
    return sorted(neighbours, key=lambda i: (-len(neighbours[i] - {i}), -sentences[i], i))


def map_data(graph: ClaimGraph, max_nodes: int | None = DEFAULT_MAX_NODES, *, countries: bool = True) -> MapData:
    """The drawable items of ``graph``: at most ``max_nodes`` actors (None: all), with positions.

    With ``countries``, ``MapData.countries`` holds the same relations folded into states (see ``fold``).
    """
    all_edges = graph.edges
    ranked = rank_nodes(all_edges)
    kept = set(ranked if max_nodes is None else ranked[: max(max_nodes, 0)])
    indexed = [(i, e) for i, e in enumerate(all_edges) if e.key[0] in kept and e.key[2] in kept]
    data = _view(graph, indexed, "e")
    data.total_nodes, data.total_edges = len(ranked), len(all_edges)
    if countries:
        data.countries = _country_view(graph, indexed)
    return data


def _country_view(graph: ClaimGraph, indexed: list[tuple[int, Edge]]) -> MapData:
    """The drawn relations folded into states. A folded edge names the drawn edges it merges (``members``)
    instead of repeating their evidence and the ``SHARED`` fields of the first; the page gathers them."""
    fold = fold_countries(graph, [e for _, e in indexed])
    folded = list(enumerate(fold.graph.edges))
    data = _view(fold.graph, folded, "c")
    data.total_nodes, data.total_edges = len(data.nodes), len(data.edges)
    for node in data.nodes:
        node["folds"] = [argument_entity(graph, Argument(i, i)).label for i in fold.members.get(node["id"], [])]
        if node["folds"]:
            node["title"] += "\nfolds in: " + shorten("; ".join(node["folds"]), 300)
    for item, (_, edge) in zip(data.edges, folded, strict=True):
        sources = [indexed[k] for k in fold.edge_sources(edge)]
        item["members"] = [f"e{i}" for i, _ in sources]
        for key in ("evidence", *SHARED):
            del item[key]
        lines = [*item["title"].split("\n")[:2], "", "folds in:"]
        lines += [f"    {_head(graph, e)} ({e.count})" for _, e in sources[:MAX_EVIDENCE]]
        if len(sources) > MAX_EVIDENCE:
            lines.append(f"    \u2026 and {len(sources) - MAX_EVIDENCE} more")
        item["title"] = "\n".join(lines)
    data.articles = {}
    return data


def _head(graph: ClaimGraph, edge: Edge) -> str:
    c = edge.first
    subject, obj = argument_entity(graph, c.subject).label, argument_entity(graph, c.object).label
    return f"{subject} \u2192 {edge_label(c.predicate, c.polarity, c.modality)} \u2192 {obj}"


def _view(graph: ClaimGraph, indexed: list[tuple[int, Edge]], prefix: str) -> MapData:
    """The nodes and edges of ``indexed`` (edge ids ``prefix`` + index), ranked and laid out."""
    ranked = rank_nodes([e for _, e in indexed])  # a kept actor without kept edges is left out
    positions = layout(ranked, [(e.key[0], e.key[2]) for _, e in indexed])
    data = MapData()
    sentences: dict[str, int] = defaultdict(int)
    relations: dict[str, list[tuple[int, float, str]]] = defaultdict(list)
    curves = _curves([e for _, e in indexed])
    for (i, edge), curve in zip(indexed, curves, strict=True):
        edge_id = f"{prefix}{i}"
        data.edges.append(_edge_item(graph, edge, edge_id, curve, data.articles))
        for end in {edge.key[0], edge.key[2]}:
            sentences[end] += edge.count
            relations[end].append((-edge.count, -edge.confidence, edge_id))
    for rank, entity_id in enumerate(ranked):
        entity = graph.entities.get(entity_id) or argument_entity(graph, Argument(entity_id, entity_id))
        x, y = positions[entity_id]
        top = [edge_id for *_, edge_id in sorted(relations[entity_id])[:TOP_RELATIONS]]
        item = _node_item(entity, sentences[entity_id], len(relations[entity_id]), top, x, y)
        item["rank"] = rank  # 0 for the most connected: its label is the last to give way
        data.nodes.append(item)
    return data


def _node_item(entity: Entity, sentences: int, degree: int, top: list[str], x: float, y: float) -> dict[str, Any]:
    return {
        "id": entity.id,
        "label": shorten(entity.label, MAX_LABEL),
        "title": _node_title(entity, sentences, degree),
        "x": x,
        "y": y,
        "value": entity.mentions + sentences,  # how much the articles say about it
        "color": node_color(entity.type),
        "name": entity.label,
        "type": entity.type,
        "iso3": entity.iso3,
        "aliases": list(entity.aliases[:MAX_NAMES]),
        "roles": list(entity.roles[:MAX_NAMES]),
        "mentions": entity.mentions,
        "sentences": sentences,
        "top": top,
    }


def _node_title(entity: Entity, sentences: int, degree: int) -> str:
    lines = [entity.label, entity.type + (f" \u00b7 ISO3 {entity.iso3}" if entity.iso3 else "")]
    if entity.aliases:
        lines.append("also: " + shorten(", ".join(entity.aliases), 300))
    if entity.roles:
        lines.append("roles: " + shorten("; ".join(entity.roles), 300))
    lines.append(f"{entity.mentions} mentions \u00b7 {degree} relations \u00b7 {sentences} sentences")
    return "\n".join(lines)


def actor_code(arg: Argument | None) -> str:
    """An argument as event data codes it: "USA GOV", "IGO", "IRN" (country and sector), or "?".

    >>> actor_code(Argument("person/x", "X", "GOV", "USA")), actor_code(Argument("org/nato", "NATO", "IGO"))
    ('USA GOV', 'IGO')
    """
    if arg is None:
        return "?"
    return " ".join(part for part in (arg.country, arg.sector) if part) or "?"


def coded(claim: Claim) -> str:
    """The claim's dyad as event data counts it: "USA GOV → IRN MIL" (and the speaker's code)."""
    dyad = f"{actor_code(claim.subject)} → {actor_code(claim.object)}"
    return dyad + (f" (according to {actor_code(claim.attributed_to)})" if claim.attributed_to else "")


def _article(graph: ClaimGraph, article_id: str) -> dict[str, str | None]:
    article = graph.articles.get(article_id) or Article(article_id, "")
    return {"title": article.title, "date": article.date, "url": safe_url(article.url)}


def _edge_item(
    graph: ClaimGraph, edge: Edge, edge_id: str, curve: dict[str, Any], articles: dict[str, dict[str, str | None]]
) -> dict[str, Any]:
    c = edge.first
    subject, obj = argument_entity(graph, c.subject), argument_entity(graph, c.object)
    evidence = []
    for claim in edge.claims[:MAX_EVIDENCE]:
        ev = claim.evidence
        if ev.article_id not in articles:
            articles[ev.article_id] = _article(graph, ev.article_id)
        speaker = argument_entity(graph, claim.attributed_to).label if claim.attributed_to else None
        evidence.append({"sentence": ev.sentence, "article": ev.article_id, "speaker": speaker,
                         "theme": claim.theme, "quantity": claim.quantity, "coded": coded(claim),
                         "cameo": coding_text(claim)})  # fmt: skip
    label = edge_label(c.predicate, c.polarity, c.modality)
    return {
        "id": edge_id,
        "from": c.subject.entity_id,
        "to": c.object.entity_id,
        "label": label,
        "title": _edge_title(subject.label, label, obj.label, edge, evidence, articles),
        "arrows": "to",
        **edge_style(c.event_type, c.polarity, c.modality, edge.count),
        **curve,
        "event_type": c.event_type,
        "quad": quad_or_relation(c.event_type),
        "polarity": c.polarity,
        "modality": c.modality,
        "count": edge.count,
        "articles": len(edge.articles),
        "confidence": edge.confidence,
        "head": f"{subject.label} \u2192 {label} \u2192 {obj.label}",
        "evidence": evidence,
        "dates": claim_dates(graph, edge),
    }


def coding_text(claim: Claim) -> str | None:
    """Where the claim's coding came from, for the evidence panel: "CAMEO 173 · mode arrest · context legal".

    >>> from graphkit.types import Argument, Evidence
    >>> ev = Evidence("a", "s", 0, 1, "svo/2")
    >>> coding_text(Claim(Argument("a", "A"), "coerces", "COERCE", Argument("b", "B"), ev, cameo="173", mode="arrest"))
    'CAMEO 173 · mode arrest'
    """
    if claim.cameo is None:
        return None
    parts = [f"CAMEO {claim.cameo}"]
    parts += [f"mode {claim.mode}"] if claim.mode else []
    parts += [f"context {claim.context}"] if claim.context else []
    return " \u00b7 ".join(parts)


def day(text: str | None) -> str:
    """The ISO day a date string starts with ("" if it starts with none); a month or a year is its first day.

    >>> day("2023-07-15T10:00:00Z"), day("2023-07"), day("2023"), day("15 July 2023"), day("2023-13-01"), day(None)
    ('2023-07-15', '2023-07-01', '2023-01-01', '', '', '')
    """
    match = _ISO_DAY.match(text or "")
    if not match:
        return ""
    year, month, dd = match.groups()
    if not ("01" <= (month or "01") <= "12" and "01" <= (dd or "01") <= "31"):
        return ""
    return f"{year}-{month or '01'}-{dd or '01'}"


def claim_dates(graph: ClaimGraph, edge: Edge) -> dict[str, int]:
    """``{day: claims}`` of every claim of ``edge`` (its own date, else its article's; "" for none), by day."""
    dates: dict[str, int] = defaultdict(int)
    for claim in edge.claims:
        article = graph.articles.get(claim.evidence.article_id)
        dates[day(claim.date) or day(article.date if article else None)] += 1
    return dict(sorted(dates.items()))


def _edge_title(
    subject: str, label: str, obj: str, edge: Edge, evidence: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
) -> str:
    """The hover text: the relation, its counts, and each sentence with its speaker and article."""
    kind = edge.first.event_type or "relation"
    sentences = "sentence" if edge.count == 1 else "sentences"
    lines = [
        f"{subject} \u2192 {label} \u2192 {obj}",
        f"{kind} \u00b7 {edge.count} {sentences} \u00b7 {len(edge.articles)} article(s) \u00b7 "
        f"confidence {edge.confidence:.2f}",
    ]
    for item in evidence:
        article = articles[item["article"]]
        source = shorten(article["title"] or item["article"], 90) + (f", {article['date']}" if article["date"] else "")
        speaker = f"according to {item['speaker']} \u00b7 " if item["speaker"] else ""
        lines += [
            "",
            f"\u201c{shorten(item['sentence'], MAX_SENTENCE)}\u201d",
            f"    \u2014 {speaker}{source}",
            f"    coded {item['coded']}",
        ]
    if edge.count > len(evidence):
        lines.append(f"\n\u2026 and {edge.count - len(evidence)} more")
    return "\n".join(lines)


def _curves(edges: list[Edge]) -> list[dict[str, Any]]:
    """Per-edge vis options that fan parallel edges out so that each stays readable.

    Edges between the same two actors (either direction) alternate sides with growing roundness; a lone
    edge is straight. ``curvedCW`` is relative to the edge's direction, so reverse edges flip it.
    """
    pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, edge in enumerate(edges):
        s, _, o, _, _ = edge.key
        pairs[(min(s, o), max(s, o))].append(i)
    result: list[dict[str, Any]] = [{} for _ in edges]
    for (low, high), members in pairs.items():
        if low == high:  # self-loops: spread them around the node
            for j, i in enumerate(members):
                result[i] = {"selfReference": {"size": 22, "angle": round(j * math.pi / 3, 3)}}
            continue
        shift = 0 if len(members) % 2 else 1  # an odd group keeps one straight edge in the middle
        length = {"length": SPRING_LENGTH + PARALLEL_LENGTH * min(len(members) - 1, 5)} if len(members) > 1 else {}
        for j, i in enumerate(members):
            k = j + shift
            result[i] = dict(length)  # a longer spring: room for the curves and their labels
            if k == 0:
                continue
            side = 1 if k % 2 else -1
            if edges[i].key[0] != low:
                side = -side
            result[i]["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if side > 0 else "curvedCCW",
                "roundness": round(0.3 * ((k + 1) // 2), 2),
            }
    return result

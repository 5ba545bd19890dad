"""How the map looks: node colours by entity type, edge colours by PLOVER quad class, line styles.

The quad classes and the event types in each come from ``graphkit.vocabulary`` (``plover.toml``); here
each gets its colour. Static relations (``event_type`` null: ``holds_role``, ``member_of``, ...) have
their own grey.

>>> quad_or_relation("AID"), quad_or_relation("disapprove"), quad_or_relation(None)
('material cooperation', 'verbal conflict', 'relation')
>>> edge_label("supplies", "negative", "intended")
'not supplies (intended)'
"""

from __future__ import annotations

from math import log2

from graphkit import vocabulary

#: Node colours by entity type, and the colour of any other type.
TYPE_COLORS: dict[str, str] = {
    "Country": "#4e79a7",
    "Person": "#b07aa1",
    "Organization": "#9c755f",
    "Group": "#ff9da7",
    "Location": "#bab0ac",
}
OTHER_COLOR = "#9d9d9d"

RELATION = "relation"  # a static relation, not an event: drawn apart from the quad classes

#: Edge colours by quad class: cooperation in teals, conflict in amber and red.
QUAD_COLORS: dict[str, str] = {
    "verbal cooperation": "#6cc5b0",
    "material cooperation": "#1b7f79",
    "verbal conflict": "#e8a33d",
    "material conflict": "#c0392b",
    RELATION: "#8a8a8a",
}
UNLIKELY_OPACITY = 0.45  # intended and possible claims are drawn lighter than what happened


def quad_or_relation(event_type: str | None) -> str:
    """The quad class of a PLOVER event type (see ``graphkit.vocabulary``); ``relation`` for none or an unknown type."""
    return vocabulary.quad_class(event_type) or RELATION


def quad_order() -> list[str]:
    """The quad classes as the legend lists them: the vocabulary's order, cooperation first, then ``relation``."""
    return [*vocabulary.quad_classes(), RELATION]


def edge_label(predicate: str, polarity: str, modality: str) -> str:
    """The arrow's label: ``not`` for negative polarity, the modality when it is not actual."""
    label = ("not " if polarity == "negative" else "") + predicate
    return label if modality == "actual" else f"{label} ({modality})"


def edge_style(event_type: str | None, polarity: str, modality: str, count: int) -> dict[str, object]:
    """vis-network options of an edge: colour by quad class, dashed when negative, lighter when not
    actual, thicker with more sentences.

    >>> style = edge_style("AID", "negative", "possible", 4)
    >>> style["dashes"], style["width"], style["color"]["opacity"]
    (True, 5.5, 0.45)
    """
    color = QUAD_COLORS[quad_or_relation(event_type)]
    opacity = 1.0 if modality == "actual" else UNLIKELY_OPACITY
    return {
        "color": {"color": color, "highlight": color, "hover": color, "opacity": opacity},
        "dashes": polarity == "negative",
        "width": edge_width(count),
        "font": {"color": "#333333" if modality == "actual" else "#8a8a8a"},
    }


def edge_width(count: int) -> float:
    """1.5 px for one sentence, 2 px more for each doubling, at most 9.5 px.

    >>> [edge_width(n) for n in (1, 2, 4, 1000)]
    [1.5, 3.5, 5.5, 9.5]
    """
    return round(min(1.5 + 2 * log2(max(count, 1)), 9.5), 2)


def node_color(entity_type: str) -> dict[str, object]:
    """vis-network colour options of a node of this type."""
    color = TYPE_COLORS.get(entity_type, OTHER_COLOR)
    return {
        "background": color,
        "border": "#ffffff",
        "highlight": {"background": color, "border": "#222222"},
        "hover": {"background": color, "border": "#222222"},
    }

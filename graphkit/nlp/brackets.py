"""Entities cut across a bracket: "the World Health Organization (WHO" as one name.

The small English model now and then runs a name into the opening bracket of the short name written after it,
and stops before the closing one. The entity is then no name canon knows, and the graph shows a node named
"World Health Organization (WHO". Such an entity becomes the name before the bracket, and the short name inside
it an entity of its own with the same label, as the model tags it when it reads the brackets right.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

UNCLOSED_BRACKETS = "graphkit_unclosed_brackets"
OPENING, CLOSING = "(", ")"


@Language.component(UNCLOSED_BRACKETS)
def split_unclosed_brackets(doc: Doc) -> Doc:
    """Cut every entity that opens a bracket it does not close into the name before it and the one inside."""
    found: list[Span] = []
    brackets: list[Span] = []
    for entity in doc.ents:
        if OPENING not in entity.text or CLOSING in entity.text:  # the text first: most entities have no bracket
            continue
        words = [t.text for t in entity]
        if OPENING not in words:  # a bracket inside a word
            continue
        bracket = entity.start + words.index(OPENING)
        if bracket > entity.start:
            found.append(Span(doc, entity.start, bracket, label=entity.label_))
        if bracket + 1 < entity.end:
            found.append(Span(doc, bracket + 1, entity.end, label=entity.label_))
        brackets.append(Span(doc, bracket, bracket + 1))
    if brackets:
        doc.set_ents(found, outside=brackets, default="unmodified")
    return doc

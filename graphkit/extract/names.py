"""People's names whole: NER cuts "Yoon Suk-yeol" to "Yoon Suk" and tags "Kassym-Jomart Tokayev" an ORG.

``repair_names`` adjusts a Doc's entities in place before mentions are read from it:

- a name is extended over hyphen joins written without spaces ("Suk" "-" "yeol", "Kassym" "-" "Jomart")
  and over name particles before it ("al-" in "al-Sudani", "bin" in "bin Salman");
- a name right after a capitalized title ("President", "Minister") is a person, whatever NER called it,
  when it is written as a personal name (two to four capitalized words).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.extract.words import ROLE_HEADS
from graphkit.vocabulary import cue_words

HYPHENS = frozenset({"-", "‐", "‑"})
PARTICLES = cue_words("name_particles")
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def titled(token: Token) -> bool:
    """Capitalized like a name: "Tokayev", "Kassym" (read from the text, so hand-built Docs work too)."""
    return token.text[:1].isupper() and token.text[1:].islower()


def lower(token: Token) -> str:
    return token.text.lower()


def _joined(doc: Doc, i: int) -> bool:
    """Whether token i is written against token i + 1, with no space between."""
    return not doc[i].whitespace_


def extend(span: Span) -> tuple[int, int]:
    """The token bounds of the name with its hyphen joins and leading particles."""
    doc, start, end = span.doc, span.start, span.end
    while end + 1 < len(doc) and doc[end].text in HYPHENS and _joined(doc, end - 1) and _joined(doc, end) \
            and doc[end + 1].text.isalpha():  # fmt: skip
        end += 2
    while start >= 2 and doc[start - 1].text in HYPHENS and _joined(doc, start - 2) and _joined(doc, start - 1) \
            and lower(doc[start - 2]) in PARTICLES:  # fmt: skip
        start -= 2
    if start >= 2 and lower(doc[start - 1]) in PARTICLES and doc[start - 1].text.islower() and titled(doc[start - 2]):
        start -= 2 if doc[start - 2].ent_type_ in ("", "PERSON") else 1  # "Mohammed bin" + "Salman"
    return start, end


def after_title(span: Span) -> bool:
    """A capitalized title word right before the span: "President Kassym-Jomart Tokayev"."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return titled(before) and (lower(before) in ROLE_HEADS or lower(before).rstrip("s") in ROLE_HEADS)


def looks_like_a_name(span: Span) -> bool:
    words = [t for t in span if t.text not in HYPHENS]
    return 1 <= len(words) <= 4 and all(titled(t) or (lower(t) in PARTICLES and t.text.islower()) for t in words)


def repair_names(doc: Doc) -> Doc:
    """The doc with people's names whole and titled names tagged PERSON (entities changed in place)."""
    spans: list[Span] = []
    changed = False
    for ent in doc.ents:
        label = ent.label_
        if label in NAME_LABELS - {"PERSON"} and after_title(ent) and looks_like_a_name(ent) and len(ent) > 1:
            label = "PERSON"
        if label == "PERSON":
            start, end = extend(ent)
            if (start, end, label) != (ent.start, ent.end, ent.label_):
                changed = True
                spans.append(Span(doc, start, end, label=label))
                continue
        spans.append(ent)
    if changed:
        keep = filter_spans(spans)
        doc.set_ents(keep, default="unmodified")
    return doc

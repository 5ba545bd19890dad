"""From a parsed Doc to plain records: actor mentions and raw claims."""

from __future__ import annotations

from spacy.tokens import Doc

from graphkit.extract.lexicon import Lexicon, default_lexicon
from graphkit.extract.mentions import actor_mentions
from graphkit.extract.relations import extract_claims
from graphkit.types import Article, Extraction


def extract_doc(article: Article, doc: Doc, lexicon: Lexicon | None = None) -> Extraction:
    """Mentions and claims of one parsed article; holds no reference to the Doc afterwards."""
    lexicon = lexicon or default_lexicon()
    return Extraction(
        article=article,
        mentions=tuple(actor_mentions(doc, article.id)),
        claims=tuple(extract_claims(doc, article.id, lexicon)),
    )


__all__ = ["Extraction", "extract_doc", "default_lexicon", "Lexicon"]

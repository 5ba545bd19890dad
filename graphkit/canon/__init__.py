"""Canonical entities: one node per real actor, whatever the articles called it."""

from graphkit.canon.countries import country_table
from graphkit.canon.resolve import ArticleResolver, entity_id, resolve_article

__all__ = ["ArticleResolver", "country_table", "entity_id", "resolve_article"]

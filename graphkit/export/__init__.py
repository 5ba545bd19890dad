"""Write the graph out: JSON Lines, RDF, the HTML map, the build report."""

from graphkit.export.html import generate_html, write_html
from graphkit.export.jsonl import write_claims, write_entities
from graphkit.export.rdf import DEFAULT_BASE_IRI, to_rdf, write_turtle

__all__ = ["DEFAULT_BASE_IRI", "generate_html", "to_rdf", "write_claims", "write_entities", "write_html", "write_turtle"]

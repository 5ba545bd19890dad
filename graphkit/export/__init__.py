"""Write the graph out: JSON Lines (``jsonl``), RDF (``rdf/``), the HTML map (``map/``), GraphML and GEXF
(``networkx_formats``), one file in any format (``graph_files``), tables (``tables``); every file atomically
(``atomic``)."""

from graphkit.export.jsonl import claim_record, entity_record, write_claims, write_entities
from graphkit.export.map import generate_html, iframe_html, write_html
from graphkit.export.rdf import DEFAULT_BASE_IRI, to_rdf, write_turtle

__all__ = [
    "DEFAULT_BASE_IRI",
    "claim_record",
    "entity_record",
    "generate_html",
    "iframe_html",
    "to_rdf",
    "write_claims",
    "write_entities",
    "write_html",
    "write_turtle",
]

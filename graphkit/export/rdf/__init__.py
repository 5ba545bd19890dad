"""The graph as RDF: ``triples`` mints IRIs and builds the triples, ``serialize`` writes them as bytes and files.

The terms (``GK``, ``PLOVER``, ``SCHEMA``) are in ``graphkit/vocabulary/rdf.py`` and declared in
``graphkit/vocabulary/ontology.ttl``; ``shapes.ttl``, beside this module, says what the output must carry.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from graphkit.export.rdf.serialize import RDF_FORMATS, TURTLE_WRITERS, serialize_rdf, write_rdf, write_turtle
from graphkit.export.rdf.triples import IRIs, check_base_iri, rdf_triples, to_rdf
from graphkit.options import DEFAULT_BASE_IRI


def shapes_path() -> Path:
    """``shapes.ttl``, shipped with graphkit: the SHACL shapes every ``graph.ttl`` graphkit writes conforms to."""
    return Path(str(resources.files("graphkit.export.rdf").joinpath("shapes.ttl")))


__all__ = [
    "DEFAULT_BASE_IRI",
    "RDF_FORMATS",
    "TURTLE_WRITERS",
    "IRIs",
    "check_base_iri",
    "rdf_triples",
    "serialize_rdf",
    "shapes_path",
    "to_rdf",
    "write_rdf",
    "write_turtle",
]

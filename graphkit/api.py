"""graphkit's Python API: ``build`` a KnowledgeGraph from articles, ``extract`` claims from text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from graphkit.errors import InputError
from graphkit.export import write_claims, write_entities, write_html, write_turtle
from graphkit.export.files import atomic_text
from graphkit.export.rdf import DEFAULT_BASE_IRI
from graphkit.graph import ClaimGraph
from graphkit.nlp import load_model
from graphkit.pipeline import MAX_ARTICLE_CHARS, BuildReport, extractions, merge, run
from graphkit.types import Article

OUTPUT_FILES = ("claims.jsonl", "entities.jsonl", "graph.ttl", "graph.html", "report.json")


def output_folder(path: str | Path) -> Path:
    """The folder outputs go to; InputError when it cannot be one (checked before any work is done)."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError(f"output folder {out} is a file: give a folder path with --out")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"cannot create output folder {out}: {parent} is a file")
            break
    return out


class KnowledgeGraph(ClaimGraph):
    """The merged graph of a build: entities, claims, their evidence, and ways to write them out."""

    def __init__(self) -> None:
        super().__init__()
        self.report = BuildReport(inputs=[])

    def write_turtle(self, path: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> None:
        """RDF Turtle: entities, and every claim reified with its sentence and article."""
        write_turtle(self, path, base_iri)

    def write_html(self, path: str | Path, title: str = "graphkit map") -> None:
        """The interactive map, one self-contained HTML file."""
        write_html(self, path, title=title)

    def save(self, out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> dict[str, Path]:
        """Write the output contract (claims, entities, Turtle, map, report) into ``out_dir``."""
        out = output_folder(out_dir)
        paths = {name: out / name for name in OUTPUT_FILES}
        with self.report.timed("write_outputs"):
            write_claims(self, paths["claims.jsonl"])
            write_entities(self, paths["entities.jsonl"])
            self.write_turtle(paths["graph.ttl"], base_iri)
            self.write_html(paths["graph.html"])
        report = self.report.to_dict(self)
        report["outputs"] = {name: str(path) for name, path in paths.items()}
        with atomic_text(paths["report.json"]) as handle:
            json.dump(report, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
        return paths


def build(
    paths: Iterable[str | Path] | str | Path,
    model: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    strict: bool = False,
) -> KnowledgeGraph:
    """Read articles (files, folders, ``-``), extract their claims and merge them into a KnowledgeGraph.

    ``model`` names any installed spaCy pipeline; by default en_core_web_sm (or its PyPI copy).
    Articles longer than ``max_chars`` characters are skipped (shorter ones are parsed in parts);
    with ``strict``, any skipped or failed input raises InputError.
    """
    inputs = [paths] if isinstance(paths, (str, Path)) else list(paths)
    graph, graph.report = run(inputs, KnowledgeGraph(), model, max_chars=max_chars, strict=strict)
    return graph


def build_to(
    paths: Iterable[str | Path], out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI, **options: Any
) -> KnowledgeGraph:
    """``build`` (with ``options``) then ``save`` into ``out_dir``, checking the folder first to fail fast."""
    output_folder(out_dir)
    graph = build(paths, **options)
    graph.save(out_dir, base_iri)
    return graph


def iter_claim_records(articles: Iterable[Article], model: str | None = None) -> Iterator[dict[str, object]]:
    """Claim records of each article as soon as it is parsed (for streaming to standard output)."""
    nlp = load_model(model)
    report = BuildReport(inputs=[])
    for extraction in extractions(articles, nlp, report):
        graph = merge([extraction], KnowledgeGraph(), report)
        yield from (graph.claim_record(c) for c in graph.claims)


def extract(text_or_articles: str | Article | Iterable[str | Article], model: str | None = None) -> list[dict[str, object]]:
    """Claim records (the output contract's schema) of a text, an Article, or several of them.

    Plain strings get the ids ``text-1``, ``text-2``, ...
    """
    items = [text_or_articles] if isinstance(text_or_articles, (str, Article)) else list(text_or_articles)
    articles = [item if isinstance(item, Article) else Article(f"text-{n}", item) for n, item in enumerate(items, 1)]
    return list(iter_claim_records(articles, model))

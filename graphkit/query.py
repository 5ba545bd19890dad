"""SPARQL over a graph file: run a query and format its result as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.term import Node

from graphkit.errors import InputError, QueryError


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


def load_graph(path: str | Path) -> Graph:
    """Parse a Turtle file; a missing or malformed file is an InputError."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"graph file not found: {path} (give the graph.ttl that 'graphkit build' wrote)")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises several parser-specific types
        raise InputError(f"{path} is not valid Turtle: {err}") from err


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def run_query(path: str | Path, sparql: str) -> QueryResult:
    """The result of a SELECT or ASK query on the graph at ``path``."""
    graph = load_graph(path)
    try:
        result = graph.query(sparql)
    except Exception as err:
        line, col = getattr(err, "lineno", None), getattr(err, "col", None)
        where = f" at line {line}, column {col}" if line is not None else ""
        message = getattr(err, "msg", None) or str(err).splitlines()[0]
        raise QueryError(f"malformed SPARQL query{where}: {message}") from err
    if result.type == "ASK":
        return QueryResult(("ask",), ((str(bool(result.askAnswer)).lower(),),))
    if result.type != "SELECT":
        raise QueryError(f"only SELECT and ASK queries print as a table (this one is {result.type})")
    columns = tuple(str(v) for v in result.vars or ())
    rows = tuple(tuple(_text(row[i]) for i in range(len(columns))) for row in result)
    return QueryResult(columns, rows)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (aligned columns), ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(["" if v is None else v for v in row] for row in result.rows)
        return buffer.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}: use table, csv or json")
    cells = [list(result.columns)] + [["" if v is None else " ".join(v.split()) for v in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.columns))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"

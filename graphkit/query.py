"""SPARQL over a graph file: run a query and format its result as a table, CSV or JSON.

rdflib runs the query. When it cannot parse one, pyoxigraph's parser locates the mistake: it
reports the furthest point it could read to, where rdflib's names the start of the clause.

A query only reads the graph it is given: an update (INSERT, DELETE, LOAD, ...) is refused, and so is
anything that would load from elsewhere (SERVICE, FROM, a JSON-LD ``@context`` by reference). Beneath
these checks, ``offline`` refuses any network access or URL opened while the graph is loaded and queried.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from pyparsing import ParseResults
from rdflib import Graph
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import ResultRow
from rdflib.term import Node
from rdflib.util import guess_format

from graphkit.errors import GraphkitError, InputError, QueryError


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


NETWORK_EVENTS = frozenset(
    {"urllib.Request", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "http.client.connect"}
)  # the audit events (PEP 578) of opening a URL or a connection
_OFFLINE: ContextVar[bool] = ContextVar("graphkit_offline", default=False)
_HOOKED: list[bool] = []


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    if event in NETWORK_EVENTS and _OFFLINE.get():
        target = args[0] if event == "urllib.Request" else args[1] if len(args) > 1 else ""
        raise QueryError(f"refused to open {target}: graphkit query reads only the graph file, never the network")


@contextmanager
def offline() -> Iterator[None]:
    """Within the block, opening a URL or a network connection in this thread raises QueryError.

    An audit hook (``sys.addaudithook``, installed once) watches for it; outside the block it does nothing.
    """
    if not _HOOKED:
        sys.addaudithook(_refuse_network)
        _HOOKED.append(True)
    token = _OFFLINE.set(True)
    try:
        yield
    finally:
        _OFFLINE.reset(token)


def graphkit_cause(err: BaseException) -> GraphkitError | None:
    """The GraphkitError (an access ``offline`` refused) an exception was raised from, if any."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, GraphkitError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def remote_contexts(document: object) -> list[str]:
    """The contexts a JSON-LD document names by reference (``"@context": "https://..."``, ``@import``).

    >>> remote_contexts({"@context": ["https://schema.org/", {"gk": "https://w3id.org/graphkit/ontology#"}]})
    ['https://schema.org/']
    """
    found, stack = [], [document]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key in ("@context", "@import"):
                value = node.get(key)
                found += [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
            stack.extend(node.values())
    return found


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file (Turtle, or N-Triples / JSON-LD by suffix); a missing or malformed file is an InputError.

    Nothing is loaded from elsewhere: a JSON-LD context by reference is an InputError.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"graph file not found: {path} (give the graph.ttl that 'graphkit build' wrote)")
    fmt = guess_format(str(path)) or "turtle"
    if fmt == "json-ld":
        try:
            remote = remote_contexts(json.loads(path.read_bytes()))
        except (ValueError, RecursionError, OSError):
            remote = []  # the parser below says what is wrong
        if remote:
            raise InputError(
                f"{path} names the JSON-LD context {remote[0]!r} by reference: graphkit query loads nothing from "
                "the network or other files (put the context inline)"
            )
    try:
        with offline():
            return Graph().parse(path, format=fmt)
    except Exception as err:  # rdflib raises several parser-specific types
        refused = graphkit_cause(err)
        if refused is not None:
            raise InputError(f"{path}: {refused}") from err
        first_line = (str(err).strip() or type(err).__name__).splitlines()[0]
        raise InputError(f"{path} is not valid {'Turtle' if fmt == 'turtle' else fmt}: {first_line}") from err


def _parts(node: object) -> Iterator[CompValue]:
    """Every clause of a parsed query, depth first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)


READ_ONLY = (
    "the graph is read-only: graphkit query runs SELECT and ASK (and CONSTRUCT, DESCRIBE in Python), "
    "never INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, COPY, MOVE or ADD, and the graph file is never changed"
)


def check_query(sparql: str) -> None:
    """QueryError for a query that would modify the graph (an update) or read anything but it.

    ``SERVICE`` would send the query to another endpoint and ``FROM`` / ``FROM NAMED`` load graphs from
    IRIs: both are refused. A query rdflib cannot parse passes (running it says where it is malformed).

    >>> check_query("SELECT ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.QueryError: SERVICE <http://example.org/sparql> refused: ... never the network
    """
    try:
        parsed = parseQuery(sparql)
    except Exception:  # not a query: an update, or malformed
        try:
            parseUpdate(sparql)
        except Exception:
            return
        raise QueryError(f"not run: {READ_ONLY}") from None
    for part in _parts(parsed):
        if part.name == "ServiceGraphPattern":
            raise QueryError(
                f"SERVICE <{part.get('term')}> refused: a query reads only the graph it is given, never the network"
            )
        if part.name == "DatasetClause":
            source = part.get("default") or part.get("named")
            raise QueryError(
                f"FROM <{source}> refused: a query reads only the graph it is given (leave out FROM and FROM NAMED)"
            )


def query_source(sparql: str | None = None, file: str | Path | None = None) -> str:
    """The query text, given either as a string or as a file (``q.rq``), never both."""
    if (sparql is None) == (file is None):
        raise QueryError("give the SPARQL query either as an argument or with --file q.rq (exactly one of them)")
    if file is None:
        return sparql or ""
    path = Path(file)
    if not path.is_file():
        raise QueryError(f"query file not found: {path}")
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as err:
        raise QueryError(f"query file {path} is not UTF-8 text") from err


_CHAR_CLASS = re.compile(r"\[(?:'[^']*'|[^\]'])*\]")
_OXIGRAPH_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def syntax_error(sparql: str, prefixes: dict[str, str], fallback: Exception) -> QueryError:
    """A one-line QueryError for a query rdflib cannot parse, located by pyoxigraph's parser."""
    located = None
    try:
        import pyoxigraph

        pyoxigraph.Store().query(sparql, prefixes=prefixes)
    except SyntaxError as err:
        located = _OXIGRAPH_POSITION.match(str(err))
    except Exception:  # a query that parses but cannot run: rdflib's message is the one
        pass
    if located is None:
        line, col = getattr(fallback, "lineno", None), getattr(fallback, "col", None)
        where = f" at line {line}, column {col}" if line is not None else ""
        message = getattr(fallback, "msg", None) or (str(fallback).strip() or type(fallback).__name__).splitlines()[0]
        return QueryError(f"malformed SPARQL query{where}: {message}")
    line, col, expected = int(located[1]), int(located[2]), located[3]
    lines = sparql.split("\n")
    text = lines[line - 1].rstrip("\r") if line <= len(lines) else ""
    before, after = text[: col - 1], text[col - 1 :].split()
    where = f"malformed SPARQL query at line {line}, column {col}, " + (
        f'at "{after[0][:15]}" after "{before[-15:].lstrip()}"' if after else f'at the end of "{before[-15:].lstrip()}"'
    )
    if "Prefix not found" in expected:
        prefix = re.search(r"([A-Za-z_][\w.-]*)?:[\w.-]*$", before)
        name = prefix[1] if prefix and prefix[1] else ""
        return QueryError(f"{where}: unknown prefix {name}: (declare it: PREFIX {name}: <...>)")
    expected = re.sub(r"\s+", " ", _CHAR_CLASS.sub("", expected))
    expected = re.sub(r"(,\s*)+", ", ", expected).strip(" ,").removeprefix("expected").strip(" ,")
    return QueryError(
        f"{where}: expected {expected}" if expected not in ("", "one of") else f"{where}: unexpected text"
    )


def as_row(item: object) -> ResultRow:
    """An item of a SELECT result: always a ResultRow (rdflib types the iteration as any result's items)."""
    return cast(ResultRow, item)


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def run_query(path: str | Path, sparql: str) -> QueryResult:
    """The result of a SELECT or ASK query on the graph at ``path``, which is all the query reads."""
    check_query(sparql)
    graph = load_graph(path)
    with offline():
        try:
            result = graph.query(sparql)
        except Exception as err:
            prefixes = {prefix: str(ns) for prefix, ns in graph.namespaces()}
            raise graphkit_cause(err) or syntax_error(sparql, prefixes, err) from err
        if result.type not in ("ASK", "SELECT"):
            raise QueryError(f"only SELECT and ASK queries print as a table (this one is {result.type})")
        try:
            if result.type == "ASK":
                return QueryResult(("ask",), ((str(bool(result.askAnswer)).lower(),),))
            columns = tuple(str(v) for v in result.vars or ())
            rows = tuple(tuple(_text(row[i]) for i in range(len(columns))) for row in map(as_row, result))
        except Exception as err:  # evaluation is lazy: a refused access shows here
            refused = graphkit_cause(err)
            if refused is None or refused is err:
                raise
            raise refused from err
    return QueryResult(columns, rows)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (aligned columns), ``csv`` or ``json`` (a list of objects)."""
    if fmt == "json":
        rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
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
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"

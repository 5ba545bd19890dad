"""Every third-party package the code imports is declared in pyproject.toml, read from the source with ``ast``.

- An import at the top of a module of ``graphkit/`` runs with ``import graphkit...``: its distribution is in
  ``[project] dependencies``. An import inside a function or a ``try`` (a lazy import) may come from an extra.
- What the notebooks import is in the dependencies or the ``jupyter`` extra; what the tests and benchmarks
  import is in the dependencies or the ``test`` extra.

Import names map to distributions with ``importlib.metadata.packages_distributions()`` (``slugify`` comes from
python-slugify, ``bs4`` from beautifulsoup4); a declared requirement with extras (``dask[distributed]``)
provides what its extras require, as the installed metadata says.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import PackageNotFoundError, packages_distributions, requires

import pytest
from conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
LOCAL = {"graphkit", "__future__", *(p.stem for folder in ("tests", "bench") for p in (ROOT / folder).glob("*.py"))}
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")


def normal(name: str) -> str:
    """A distribution name as PEP 503 compares them: "Jinja2" and "jinja2", "python_slugify" and "python-slugify"."""
    return re.sub(r"[-_.]+", "-", name).lower()


@cache
def provided(requirement: str) -> frozenset[str]:
    """The distributions a requirement string declares: its own, and those of its extras (installed metadata)."""
    match = REQUIREMENT.match(requirement)
    assert match, requirement
    name, extras = match.group(1), {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    names = {normal(name)}
    if normal(name) == "graphkit":  # an extra naming another extra of graphkit
        return frozenset(n for extra in extras for r in EXTRAS[extra] for n in provided(r))
    try:
        needs = requires(name) or []
    except PackageNotFoundError:
        needs = []
    for need in needs:
        marker = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", need)
        if marker and marker.group(1) in extras:
            names |= provided(need.split(";")[0])
    return frozenset(names)


def declared(*extras: str) -> set[str]:
    """The distributions of ``[project] dependencies`` and of the named extras."""
    return {n for r in [*PROJECT["dependencies"], *(r for e in extras for r in EXTRAS[e])] for n in provided(r)}


def imports(tree: ast.AST) -> list[tuple[str, int, bool]]:
    """``(top-level name, line, lazy)`` of every absolute import; ``lazy``: inside a function, class, ``try``
    or ``if TYPE_CHECKING:``, so not run by importing the module."""
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend((alias.name.split(".")[0], child.lineno, lazy) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                found.append((child.module.split(".")[0], child.lineno, lazy))
            inner = isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Try) or (
                isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)
            )
            visit(child, lazy or inner)

    visit(tree, False)
    return found


def third_party(name: str) -> bool:
    return name not in sys.stdlib_module_names and name not in LOCAL


def undeclared(sources: dict[str, ast.AST], allowed: set[str], top_level_allowed: set[str] | None = None) -> list[str]:
    """``file:line: name (distributions)`` for each import whose distributions are not in ``allowed``
    (``top_level_allowed`` for the imports that run at import time, when given)."""
    distributions = packages_distributions()
    problems = []
    for where, tree in sources.items():
        for name, line, lazy in imports(tree):
            if not third_party(name):
                continue
            found = {normal(d) for d in distributions.get(name, [])}
            ok = allowed if lazy or top_level_allowed is None else top_level_allowed
            if not found & ok:
                problems.append(f"{where}:{line}: {name} ({', '.join(sorted(found)) or 'not installed'})")
    return problems


def python_files(*folders: str) -> dict[str, ast.AST]:
    return {
        str(path.relative_to(ROOT)): ast.parse(path.read_text("utf-8"))
        for folder in folders
        for path in sorted((ROOT / folder).rglob("*.py"))
    }


def notebook_code() -> dict[str, ast.AST]:
    sources = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text("utf-8"))["cells"]
        for n, cell in enumerate(cells):
            if cell["cell_type"] == "code":
                code = "".join(cell["source"])
                lines = [line for line in code.splitlines() if not line.lstrip().startswith(("%", "!"))]
                sources[f"{path.relative_to(ROOT)} cell {n}"] = ast.parse("\n".join(lines))
    return sources


def test_the_package_imports_only_what_it_declares():
    everything = declared(*EXTRAS)
    assert undeclared(python_files("graphkit"), everything, top_level_allowed=declared()) == []


def test_the_notebooks_import_only_the_jupyter_extra():
    sources = notebook_code()
    assert sources, "no notebook code found"
    assert undeclared(sources, declared("jupyter")) == []


def test_the_tests_and_benchmarks_import_only_the_test_extra():
    assert undeclared(python_files("tests", "bench"), declared("test")) == []


def test_the_check_finds_an_undeclared_import():
    tree = ast.parse("import numpy\nimport json\n\ndef lazy():\n    import pandas\n")
    assert [(n, lazy) for n, _, lazy in imports(tree)] == [("numpy", False), ("json", False), ("pandas", True)]
    problems = undeclared({"x.py": tree}, allowed={"pandas"}, top_level_allowed=set())
    assert problems == ["x.py:1: numpy (numpy)"]
    assert "distributed" in provided("dask[distributed]>=2024.1")


@pytest.mark.parametrize("extra", ["jupyter", "test"])
def test_the_extras_the_readme_names_exist(extra):
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"'.[{extra}]'" in readme and extra in EXTRAS

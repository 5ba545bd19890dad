"""The architecture of docs/architecture.md, checked from the source with ``ast``.

- Every module of ``graphkit/`` belongs to a floor; a module imports only from lower floors or from its own
  package (the ground floor's modules may also import each other). Stages run
  readers < nlp < extract < canon < graph < export, and the upper floors sit on them in ``FLOORS`` order.
- No import cycle between modules.
- spaCy is imported only in ``nlp/`` and ``extract/``; ``import graphkit`` and the CLI's ``--help`` load no spaCy.

Every ``import`` statement counts, wherever it is: at the top, inside a function (a lazy import), or under
``if TYPE_CHECKING:`` (a type checker follows those, and they are how a cycle creeps back in). The import of
a package's ``__init__`` that Python makes before any of its modules is not counted: a package that imports
its own modules would otherwise be a cycle with each of them.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "graphkit"
GROUND = 0
# Each unit of graphkit/ (a top-level module or package) and its floor. Keep in step with docs/architecture.md.
FLOORS = {
    # ground floor: plain records, errors, the vocabulary as data, settings; usable by every floor
    "types": GROUND, "errors": GROUND, "vocabulary": GROUND, "options": GROUND, "version": GROUND,
    # the stages, in the order data flows
    "readers": 1, "nlp": 2, "extract": 3, "canon": 4, "graph": 5, "export": 6,
    # the floors above the stages: what runs them, keeps them and offers them
    "progress": 7, "store": 8, "pipeline": 9, "engines": 10, "query": 11, "notebook": 12, "api": 13, "cli": 14,
    "compile_lexicons": 14,  # the rebuild command of the compiled lexicons: a tool beside the CLI
    "__init__": 15,  # the package's face: ``graphkit.build`` and the other names, loaded lazily from api
}  # fmt: skip
SPACY_UNITS = {"nlp", "extract"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit(module: str) -> str:
    """The top-level unit of a module: "graphkit.extract.tree" -> "extract"; the package itself -> "__init__"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def resolve(name: str) -> str:
    """The graphkit module an imported name is: itself if it is a module, else the module that holds it."""
    while name not in MODULES and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports(module: str) -> list[tuple[str, int]]:
    """``(imported name, line)`` for every import in the module, wherever it is: top level, functions,
    ``if TYPE_CHECKING:``. Names are absolute (``from graphkit.x import y`` gives ``graphkit.x.y``)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], *filter(None, [base])]
                )
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
    return found


def graphkit_imports(module: str) -> list[tuple[str, int]]:
    """The graphkit modules ``module`` imports, each with the line of its first import."""
    targets: dict[str, int] = {}
    for name, line in imports(module):
        if name == "graphkit" or name.startswith("graphkit."):
            target = resolve(name)
            if target != module:
                targets.setdefault(target, line)
    return list(targets.items())


def where(module: str, line: int) -> str:
    return f"{MODULES[module].relative_to(ROOT)}:{line}"


def test_every_module_has_a_floor():
    missing = sorted({unit(m) for m in MODULES} - set(FLOORS))
    assert not missing, (
        f"graphkit/{missing[0]} has no floor: add it to FLOORS in tests/test_architecture.py and to the package "
        "map of docs/architecture.md"
    )


def test_no_import_from_a_later_floor():
    wrong = []
    for module in MODULES:
        here = unit(module)
        for target, line in graphkit_imports(module):
            there = unit(target)
            if here == there or FLOORS[there] < FLOORS[here] or FLOORS[there] == FLOORS[here] == GROUND:
                continue
            wrong.append(
                f"{where(module, line)}: {module} imports {target}, but {here} (floor {FLOORS[here]}) may not import "
                f"from {there} (floor {FLOORS[there]})"
            )
    assert not wrong, "imports against the flow of docs/architecture.md:\n" + "\n".join(wrong)


def cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as a list of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges.get(node, []):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle():
    edges = {m: [t for t, _ in graphkit_imports(m)] for m in MODULES}
    found = cycles(edges)
    described = []
    for component in found:
        links = [
            f"  {where(m, line)}: {m} -> {t}" for m in component for t, line in graphkit_imports(m) if t in component
        ]
        described.append("modules that import each other:\n" + "\n".join(links))
    assert not found, "\n".join(described)


def test_spacy_is_imported_only_by_nlp_and_extract():
    wrong = [
        f"{where(module, line)}: {module} imports {name}"
        for module in MODULES
        if unit(module) not in SPACY_UNITS
        for name, line in imports(module)
        if name == "spacy" or name.startswith("spacy.")
    ]
    assert not wrong, "spaCy stays inside nlp/ and extract/ (later stages use nlp.Pipeline):\n" + "\n".join(wrong)


@pytest.mark.processes
@pytest.mark.parametrize(
    "code",
    [
        "import graphkit",
        "import graphkit.cli",
        "import sys, graphkit.cli\nsys.argv = ['graphkit', '--help']\n"
        "try:\n    graphkit.cli.main()\nexcept SystemExit:\n    pass",
    ],
    ids=["import graphkit", "import graphkit.cli", "graphkit --help"],
)
def test_starting_up_loads_no_spacy(code):
    check = "\nimport sys\nprint('spacy' in sys.modules, sorted(m for m in sys.modules if m.startswith('graphkit')))"
    result = subprocess.run([sys.executable, "-c", code + check], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    spacy, graphkit_modules = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert spacy == "False", f"{code!r} imported spaCy, with these graphkit modules: {graphkit_modules}"


def test_the_checks_see_the_imports_they_check():
    """The checks above are only as good as the import graph they walk: spot-check it."""
    assert "graphkit.extract.tree" in dict(graphkit_imports("graphkit.extract.arguments"))
    assert "graphkit.api" in dict(graphkit_imports("graphkit"))  # under TYPE_CHECKING
    assert "graphkit.notebook" in dict(graphkit_imports("graphkit.api"))  # inside a method
    assert "graphkit.vocabulary" in dict(
        graphkit_imports("graphkit.export.map.style")
    )  # from graphkit import vocabulary
    assert cycles({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) == [["a", "b", "c"]]


def test_the_package_names_are_loaded_lazily_from_where_they_live():
    import graphkit

    assert set(graphkit.__all__) == {*graphkit._EXPORTS, "__version__"}
    for name in graphkit._EXPORTS:
        assert getattr(graphkit, name) is not None, name
    with pytest.raises(AttributeError):
        graphkit.extract_claim  # noqa: B018  # a typo is an AttributeError, not an import

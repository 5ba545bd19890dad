"""The README's code runs as written: its Python section as a script (pagerank included), and, from a fresh
copy of the repository, its quick start, its Jupyter line and the notebook (``fresh_install``, below)."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"no '## {title}' section in README.md"
    return match.group(1)


def blocks(text: str, language: str) -> list[str]:
    """The fenced code blocks of ``language`` in ``text``."""
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.S | re.M)


def python_section() -> str:
    (code,) = blocks(section("Python"), "python")
    return code


def test_the_python_section_is_one_script_with_pagerank():
    code = python_section()
    compile(code, "README.md", "exec")
    assert "nx.pagerank(" in code and "workers=2" in code and "to_pyvis()" in code


@pytest.mark.processes
def test_the_python_section_runs_as_a_script(tmp_path):
    (tmp_path / "data").symlink_to(ROOT / "data", target_is_directory=True)
    (tmp_path / "readme.py").write_text(python_section(), "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "readme.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<KnowledgeGraph: ")
    assert re.search(r"^\[\('country/\w{3}', 0\.\d+\)", result.stdout, re.M)  # pagerank's top actors
    for name in ("seeds.ttl", "seeds.gexf", "seeds.html", "graph.ttl", "graph.jsonld", "claims.jsonl", "news.sqlite"):
        assert (tmp_path / "out" / name).stat().st_size > 0, name


def shell_lines(title: str) -> list[str]:
    """The commands of the ``bash`` blocks of a README section."""
    return [line for block in blocks(section(title), "bash") for line in block.splitlines() if line.strip()]


def test_the_readme_says_how_to_get_jupyter():
    (quick_start_build, *_) = shell_lines("Quick start")
    assert "pip install ." in quick_start_build and "graphkit build data/articles" in quick_start_build
    jupyter = [line for line in shell_lines("Exploring in Jupyter") if "'.[jupyter]'" in line]
    assert jupyter and jupyter[0] in shell_lines("Quick start")
    first_cell = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text("utf-8"))["cells"][0]
    assert "pip install '.[jupyter]'" in "".join(first_cell["source"])


def test_the_test_command_runs_the_whole_suite_and_the_fast_tier_is_documented():
    lines = shell_lines("Quick start")
    assert any(line.endswith(".venv/bin/python -m pytest") for line in lines)  # CI's command: every test
    assert '.venv/bin/python -m pytest -m "not slow"' in lines
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert ".venv/bin/python -m pytest\n" in ci and "not slow" not in ci


def run_lines(lines: list[str], cwd: Path, env: dict[str, str], timeout: float) -> None:
    for line in lines:
        result = subprocess.run(["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
        assert result.returncode == 0, f"{line}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"


@pytest.mark.processes
@pytest.mark.skipif(not os.environ.get("GRAPHKIT_FRESH_INSTALL"), reason="set GRAPHKIT_FRESH_INSTALL=1 to install anew")
def test_a_fresh_copy_installs_and_runs_as_the_readme_says(tmp_path):
    """From a copy of the repository's files: the quick start (a new virtualenv, ``pip install .``, a build),
    the Jupyter line (without starting JupyterLab), then the notebook in that environment's kernel and the
    Python section as a script, pagerank included. It installs every dependency anew (from pip's cache when
    warm), so it runs only when asked: ``GRAPHKIT_FRESH_INSTALL=1 python -m pytest tests/test_readme.py``."""
    import nbformat
    from nbclient import NotebookClient

    copy = tmp_path / "graphkit"
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for name in files:
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            (copy / name).write_bytes((ROOT / name).read_bytes())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    quick_start, jupyter = shell_lines("Quick start")[0], shell_lines("Exploring in Jupyter")[0]
    jupyter = jupyter.split(" && .venv/bin/jupyter lab")[0]  # install, but start no server
    run_lines([quick_start, jupyter], copy, env, timeout=1800)
    assert (copy / "out" / "graph.html").is_file()
    python = copy / ".venv" / "bin" / "python"
    assert subprocess.run([python, "-c", "import graphkit, scipy, pandas, jupyterlab"], env=env).returncode == 0

    kernels = tmp_path / "jupyter" / "kernels" / "fresh"
    kernels.mkdir(parents=True)
    spec = {"argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"], "language": "python"}
    (kernels / "kernel.json").write_text(json.dumps({**spec, "display_name": "fresh"}), "utf-8")
    os.environ["JUPYTER_PATH"] = str(tmp_path / "jupyter")
    try:
        nb = nbformat.read(copy / "notebooks" / "explore.ipynb", as_version=4)
        where = {"metadata": {"path": str(copy / "notebooks")}}
        NotebookClient(nb, kernel_name="fresh", timeout=600, resources=where).execute()
    finally:
        del os.environ["JUPYTER_PATH"]
    errors = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs if o.output_type == "error"]
    assert errors == []

    (copy / "readme.py").write_text(python_section(), "utf-8")
    run_lines([f"{shlex.quote(str(python))} readme.py"], copy, env, timeout=600)
    assert (copy / "out" / "news.sqlite").is_file()

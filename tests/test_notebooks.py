"""Every notebook in notebooks/ runs top to bottom in a real Jupyter kernel, and is committed without outputs.

The kernel is this very interpreter (``sys.executable``), through a kernel spec written for the test: CI
runs ``.venv/bin/python -m pytest`` without the virtualenv on PATH, where a "python3" kernel found on
the system could be another Python without graphkit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
KERNEL = "graphkit-test-python"


@pytest.fixture()
def kernel_name(tmp_path, monkeypatch) -> str:
    """A kernel spec that starts ipykernel in the interpreter running the tests."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": f"Python ({sys.executable})",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return KERNEL


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["explore.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, kernel_name, tmp_path):
    from nbclient import NotebookClient

    # Run it where it lives relative to the data (notebooks/ beside data/), but write its outputs under tmp.
    home = tmp_path / "repo"
    (home / "notebooks").mkdir(parents=True)
    (home / "data").symlink_to(ROOT / "data", target_is_directory=True)
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print('kernel:', sys.executable)"))  # checked below
    client = NotebookClient(
        nb, kernel_name=kernel_name, timeout=600, resources={"metadata": {"path": str(home / "notebooks")}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert nb.cells[-1].outputs[0]["text"] == f"kernel: {sys.executable}\n"
    if path.name == "explore.ipynb":
        _check_explore(nb, home)


def _check_explore(nb, home: Path) -> None:
    """The tour shows what it promises: the map inline, who supplies whom, the refusal, the export."""
    html = [
        o["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.outputs
        if "data" in o and "text/html" in o["data"]
    ]
    assert any("<iframe srcdoc=" in h and "KnowledgeGraph" in h for h in html)
    text = "".join(o.get("text", "") for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs)
    assert "Iran -supplies (actual)-> Russia" in text
    assert "refused to supply arms to Russia" in text
    assert (home / "out" / "notebook" / "graph.ttl").stat().st_size > 1000
    assert (home / "out" / "notebook" / "iran_russia.html").is_file()

"""Every notebook in notebooks/ runs top to bottom in a real Jupyter kernel, and is committed without outputs.

The kernel is this very interpreter (``sys.executable``), through a kernel spec written for the test: CI
runs ``.venv/bin/python -m pytest`` without the virtualenv on PATH, where a "python3" kernel found on
the system could be another Python without graphkit.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup
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
    """The tour shows what it promises: the map inline with counts that agree with it, who supplies whom and
    what was refused in plain English, centrality, the pyvis map, the export."""
    html = [
        o["data"]["text/html"]
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.outputs
        if "data" in o and "text/html" in o["data"]
    ]
    shown = next(h for h in html if "<iframe srcdoc=" in h and "KnowledgeGraph" in h)
    page = BeautifulSoup(BeautifulSoup(shown, "html.parser").iframe["srcdoc"], "html.parser")
    drawn = json.loads(page.find("script", id="graphkit-data").string)
    summary = BeautifulSoup(shown, "html.parser").p.get_text()
    counted = re.search(r"(\d+) actors · (\d+) relations · (\d+) sentences", summary)
    assert counted, summary
    assert [int(n) for n in counted.groups()] == [
        len(drawn["nodes"]),
        len(drawn["edges"]),
        sum(e["count"] for e in drawn["edges"]),
    ]
    assert "not on the map" in summary and "claims by kind: AID" in summary
    pyvis = [h for h in html if "srcdoc=" in h and "KnowledgeGraph" not in h]  # the pyvis map, physics panel on
    assert pyvis and "new vis.Network(" in pyvis[0] and "id=&quot;config&quot;" in pyvis[0]
    text = "".join(o.get("text", "") for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs)
    assert "<KnowledgeGraph: 45 entities (" in text or re.search(r"<KnowledgeGraph: \d+ entities \(\d+ countries", text)
    assert "Iran supplies Russia: " in text
    assert "Iran does not supply Russia:" in text and "refused to supply arms to Russia" in text
    assert not re.search(r"\b(supplie|did not \w+s)\b", text)  # no string surgery on predicates
    assert re.search(r"^Iran +\d\.\d\d +0\.\d{3}$", text, re.M)  # degree and PageRank (scipy)
    assert (home / "out" / "notebook" / "graph.ttl").stat().st_size > 1000
    assert (home / "out" / "notebook" / "iran_russia.html").is_file()

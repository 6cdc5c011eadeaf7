"""The stored notebooks as a user gets them (nbval checks their outputs; tests/test_jupyterlab.py
opens them in JupyterLab): written as scripts/refresh_notebooks.py writes them, charts that survive
an untrusted open, outputs free of machine-specific text; and the corpus notebook on a corpus of
one group."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from analysis.report import render_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
MACHINE_SPECIFIC = re.compile(r"0x[0-9a-f]{6,}|/tmp/|/home/|/root/|\bWall time\b|\bCPU times\b")


def test_the_four_notebooks() -> None:
    assert [p.stem for p in NOTEBOOKS] == ["corpus", "explore", "report", "validation"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_as_refresh_writes_it(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    spec = KernelSpecManager().get_kernel_spec("python3")
    # What JupyterLab writes when it runs the notebook: running it changes only the outputs.
    assert dict(notebook.metadata["kernelspec"]) == {"display_name": spec.display_name, "language": "python", "name": "python3"}
    assert [c["id"] for c in notebook.cells] == [f"cell-{i}" for i in range(len(notebook.cells))]
    assert not any("execution" in c.metadata for c in notebook.cells)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code), "run scripts/refresh_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_survive_an_untrusted_open_and_hold_nothing_machine_specific(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", output
            data = output.get("data", {})
            # JupyterLab drops SVG (and <svg> inside HTML) from an untrusted notebook: every chart has a PNG.
            assert "image/svg+xml" not in data or "image/png" in data
            assert "<svg" not in data.get("text/html", "")
            text = output.get("text", "") + "".join(v for k, v in data.items() if k.startswith("text/"))
            assert not MACHINE_SPECIFIC.search(text), MACHINE_SPECIFIC.search(text)
            assert str(ROOT) not in text


def test_report_notebook_shows_dataframes_the_html_report_leaves_out() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "report.ipynb", as_version=4)
    explore = [c for c in notebook.cells if "notebook-only" in c.metadata.get("tags", [])]
    sources = "".join(c.source for c in explore)
    for method in ("sources_frame()", "attributions_frame()", "sentences_frame()", "questions_frame()", "frames_frame()", "scores_frame()"):
        assert method in sources, method
    html = "".join(o["data"].get("text/html", "") for c in explore for o in c.outputs if "data" in o)
    assert 'id="T_sources"' in html and 'id="T_attributions"' in html


def test_corpus_notebook_on_one_group_says_so_once_and_skips_the_tests(tmp_path) -> None:
    """A folder of files has no group column: one group; the notebook runs, says so once, and
    shows no test table (no NaN rows) and no reading."""
    output = render_notebook(
        ROOT / "notebooks" / "corpus.ipynb",
        {"input_path": str(ROOT / "tests" / "fixtures" / "articles"), "workers": 1},
        tmp_path / "corpus.html",
        "one group",
    )
    html = output.read_text(encoding="utf-8")
    assert "analysed 8 articles; 0 could not be analysed" in html
    assert html.count("All articles are in one group") == 1
    assert 'id="T_by_article"' not in html and 'id="T_by_outlet"' not in html
    assert "Of the " not in html and "nothing to compare" not in html
    assert 'id="T_style"' in html and ">nan<" not in html.lower()

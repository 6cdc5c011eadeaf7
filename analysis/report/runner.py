"""Render the HTML report of one article: run ``notebooks/report.ipynb`` with papermill, export it
with nbconvert (code hidden), and wrap it in a self-contained page (styles inline, figures as
inline SVG, no scripts, no network). :func:`render_notebook` does the same for any notebook (the
validation page).

Reproducible: the rendered file holds no timestamps, paths, execution counts or random ids, so two
renders of the same input with the same versions are byte-identical.
"""

from __future__ import annotations

import html
import logging
import sys
import tempfile
from pathlib import Path

from analysis.article import load_article
from analysis.errors import AnalysisError
from analysis.lexicons import use_lexicons
from analysis.report.notebook import NOTEBOOK_ONLY
from analysis.report.templating import page

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REPORT_NOTEBOOK = PROJECT_ROOT / "notebooks" / "report.ipynb"


_NO_ALT = 'alt="No description has been provided for this image"'


class ReportError(AnalysisError):
    """The report notebook is missing or failed to run."""


def render_report(
    article_path: Path | str,
    output: Path | str,
    *,
    lexicons: Path | str | None = None,
    notebook: Path = REPORT_NOTEBOOK,
    progress: bool = False,
) -> Path:
    """Execute the report notebook on ``article_path`` and write one HTML file to ``output``.

    ``lexicons`` is a user lexicon file applied over the package word lists. With ``progress`` a
    one-line note goes to stderr once the input is read: the kernel and the export take 15 s or
    more (against 4 s for ``analyze``), and a silent wait reads as a hang.
    """
    article_path = Path(article_path).resolve()
    lexicons_path = str(Path(lexicons).resolve()) if lexicons is not None else None
    # Bad input (article or lexicon file) fails here, in one line, before a kernel starts.
    with use_lexicons(lexicons_path):
        article = load_article(article_path)
    title = f"Report: {article.headline or article.source_name or 'article'}"
    if progress:
        print(f"rendering {output} (about 15 s: the report notebook runs in a Jupyter kernel)", file=sys.stderr, flush=True)
    return render_notebook(notebook, {"article_path": str(article_path), "lexicons_path": lexicons_path}, Path(output), title)


def render_notebook(notebook: Path, parameters: dict[str, object], output: Path, title: str) -> Path:
    """Run ``notebook`` with papermill ``parameters`` and export it, code hidden, to one HTML page."""
    import nbformat
    import papermill
    from jupyter_client.manager import KernelManager
    from nbconvert import HTMLExporter

    if not notebook.exists():
        raise ReportError(f"notebook {notebook.name} not found: run from a checkout of the project")
    output.parent.mkdir(parents=True, exist_ok=True)
    logging.getLogger("papermill").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as scratch:
        executed = Path(scratch) / notebook.name
        # A local IPC socket (files in the scratch folder) rather than TCP: nothing listens on the
        # network, and the kernel has no reason to warn about unencrypted traffic.
        kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(scratch) / "kernel"))
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=parameters,
                cwd=str(notebook.parent),
                progress_bar=False,
                log_output=False,
                kernel_name="python3",
                km=kernel,
            )
        except papermill.PapermillExecutionError as error:
            raise ReportError(f"the notebook {notebook.name} failed: {error.ename}: {error.evalue}") from error
        finally:
            # We made the kernel manager, so papermill leaves the kernel to us.
            if kernel.has_kernel:
                kernel.shutdown_kernel(now=False)
        document = nbformat.read(executed, as_version=4)
    # Cells that show DataFrames to explore in JupyterLab are not part of the page.
    document.cells = [c for c in document.cells if NOTEBOOK_ONLY not in c.get("metadata", {}).get("tags", [])]
    # papermill gives its injected-parameters cell a random id; number the cells instead.
    for index, cell in enumerate(document.cells):
        cell["id"] = f"cell-{index}"
    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    level = exporter.log.level
    exporter.log.setLevel(logging.ERROR)  # its warning about the placeholder alt text, replaced below
    try:
        body, _ = exporter.from_notebook_node(document)
    finally:
        exporter.log.setLevel(level)
    # nbconvert embeds each chart's SVG as an image with a placeholder alternative text: use the
    # chart's own (its plain-text output, "Chart: <title>"), in order.
    for cell in document.cells:
        for out in cell.get("outputs", []):
            if "image/svg+xml" in out.get("data", {}):
                body = body.replace(_NO_ALT, f'alt="{html.escape(out["data"].get("text/plain", "chart"), quote=True)}"', 1)
    output.write_text(page(title, body), encoding="utf-8")
    return output

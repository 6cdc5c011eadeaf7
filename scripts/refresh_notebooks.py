"""Execute the project's notebooks in place so their stored outputs are current (for nbval).

Run after changing the analysis or a notebook: ``.venv/bin/python scripts/refresh_notebooks.py``
(every notebook in ``notebooks/``: report, corpus, validation, explore), or name the notebooks to
refresh. Cell ids are numbered, no timing metadata is recorded and the kernelspec is the one
JupyterLab writes for the ``python3`` kernel, so the files only change when the results do (and
running a notebook in JupyterLab changes only its outputs).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


KERNEL = "python3"


def kernelspec() -> dict[str, str]:
    """The notebook metadata JupyterLab writes for the ``python3`` kernel."""
    spec = KernelSpecManager().get_kernel_spec(KERNEL)
    return {"display_name": spec.display_name, "language": spec.language, "name": KERNEL}


def refresh(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata["kernelspec"] = kernelspec()
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
        cell["metadata"].pop("execution", None)
    NotebookClient(notebook, kernel_name=KERNEL, record_timing=False, resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(notebook, path)
    print(f"refreshed {path.name}")


if __name__ == "__main__":
    targets = [Path(a) for a in sys.argv[1:]] or sorted(NOTEBOOKS.glob("*.ipynb"))
    for target in targets:
        refresh(target)

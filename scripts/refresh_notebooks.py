"""Execute the project's notebooks in place so their stored outputs are current (for nbval).

Run after changing the analysis or a notebook: ``.venv/bin/python scripts/refresh_notebooks.py``.
Cell ids are numbered and no timing metadata is recorded, so the files only change when the
results do.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def refresh(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
        cell["metadata"].pop("execution", None)
    NotebookClient(notebook, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(path.parent)}}).execute()
    nbformat.write(notebook, path)
    print(f"refreshed {path.name}")


if __name__ == "__main__":
    targets = [Path(a) for a in sys.argv[1:]] or sorted(NOTEBOOKS.glob("*.ipynb"))
    for target in targets:
        refresh(target)

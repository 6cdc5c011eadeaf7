"""Where a path a reader types lives: the notebooks' and scripts' one rule for relative paths."""

from __future__ import annotations

from pathlib import Path


def locate(path: str | Path | None) -> Path | None:
    """``path`` as given when it exists (absolute, or relative to the working directory), else
    relative to the project root: the nearest folder above the working directory with a
    ``pyproject.toml``, or the checkout that holds the ``analysis`` package. So ``data/raw/...``
    works from the project root and from ``notebooks/``. ``None`` stays ``None`` (no file given);
    a path found nowhere is returned as given, so the error names what the reader typed."""
    if path is None:
        return None
    path = Path(path).expanduser()
    if path.is_absolute() or path.exists():
        return path
    cwd = Path.cwd()
    roots = [folder for folder in (cwd, *cwd.parents) if (folder / "pyproject.toml").is_file()]
    roots.append(Path(__file__).resolve().parent.parent)
    return next((root / path for root in roots if (root / path).exists()), path)

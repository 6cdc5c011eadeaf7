"""Where a path a reader types lives: the notebooks' and scripts' one rule for relative paths, and
the one place that tells a pasted article from a path."""

from __future__ import annotations

from pathlib import Path

#: A single path component longer than this is refused by every common file system (ext4, APFS,
#: NTFS), so such a value found nowhere is not a file name.
_MAX_NAME_LENGTH = 255
#: A one-line value found nowhere with this many words is a pasted sentence, not a file name
#: ("my story" stays a path, so the error says "no such file: my story").
_MIN_TEXT_WORDS = 8
#: How a file a reader means usually ends: a value found nowhere that ends so is a mistyped path.
_FILE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md", ".xhtml", ".csv", ".jsonl", ".json", ".parquet", ".toml", ".gz")


def locate(path: str | Path | None) -> str | Path | None:
    """``path`` as given when it exists (absolute, or relative to the working directory), else
    relative to the project root: the nearest folder above the working directory with a
    ``pyproject.toml``, or the checkout that holds the ``analysis`` package. So ``data/raw/...``
    works from the project root and from ``notebooks/``. ``None`` stays ``None`` (no file given);
    a path found nowhere is returned as given, so the error names what the reader typed.

    A notebook reader may paste the story itself into ``article_path``: a ``str`` with a line
    break, or one found nowhere that cannot be a file name (a component longer than 255
    characters, or a sentence of 8 words or more with no file ending) is returned unchanged as text, which
    :func:`analysis.load_article` and :func:`analysis.analyze` take as the article."""
    if path is None:
        return None
    typed = Path(path).expanduser()
    found = _found(typed)  # first: a file's name may hold a line break too
    if found is not None:
        return found
    if isinstance(path, str) and ("\n" in path.strip() or _is_text(path.strip())):
        return path
    return typed


def _found(path: Path) -> Path | None:
    """``path`` itself when it is absolute or exists, else the first project root that holds it, else None."""
    try:
        if path.is_absolute() or path.exists():
            return path
        cwd = Path.cwd()
        roots = [folder for folder in (cwd, *cwd.parents) if (folder / "pyproject.toml").is_file()]
        roots.append(Path(__file__).resolve().parent.parent)
        return next((root / path for root in roots if (root / path).exists()), None)
    except (OSError, ValueError):  # "File name too long", an embedded NUL: no file has this name
        return None


def _is_text(value: str) -> bool:
    """Whether a one-line value found nowhere is prose rather than a mistyped path."""
    if any(len(part) > _MAX_NAME_LENGTH for part in value.replace("\\", "/").split("/")):
        return True
    return len(value.split()) >= _MIN_TEXT_WORDS and not value.lower().endswith(_FILE_SUFFIXES)

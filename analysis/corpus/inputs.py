"""Reading inputs: a folder, glob, table file or DataFrame → :class:`CorpusItem` objects, in order.

A folder gives every ``.txt``, ``.text``, ``.html``, ``.htm`` file below it, in sorted order; a
file's id is its path relative to the folder (never an absolute path, so results do not depend on
the machine). A table (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``, or a DataFrame) has a
``text`` (or ``html``) column, an optional ``id`` column (else the sha256 of the text is the id),
an optional ``headline`` column (then no headline is looked for in the text; a byline and dateline
at its top are taken as from a text file) and any other columns, which pass
through to ``articles`` as metadata. Files are read in the parent process (workers may run on
other machines), but only when their slice of the corpus is sent to a worker
(:meth:`CorpusItem.loaded`), so a large folder is never in memory at once; an unreadable file
becomes an item with a ``read_error``.
"""

from __future__ import annotations

import glob
import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.errors import AnalysisError, InputNotFoundError

if TYPE_CHECKING:
    import pandas as pd

TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zip")  # named in the error for a folder of only such files


@dataclass(frozen=True, slots=True)
class CorpusItem:
    """One article to analyse: an id, its text (or bytes) and metadata passed through."""

    article_id: str
    content: str | bytes
    headline: str | None = None
    metadata: tuple[tuple[str, Any], ...] = ()
    read_error: str | None = None  # the file could not be read: the item becomes an errors row
    path: str | None = None  # a file not read yet: see loaded()

    def loaded(self) -> CorpusItem:
        """This item with its file read (an unreadable file is recorded, not raised)."""
        if self.path is None:
            return self
        try:
            return CorpusItem(self.article_id, Path(self.path).read_bytes(), self.headline, self.metadata)
        except OSError as error:
            return CorpusItem(self.article_id, b"", read_error=f"cannot read {self.article_id}: {error.strerror or error}")


def fingerprint(items: list[CorpusItem]) -> str:
    """sha256 over what decides the rows of ``items``: ids, headlines, metadata and content (a
    file not read yet by its size and modification time, so the parent reads no file for it).

    Stored in each chunk's manifest: a resumed run reuses a chunk only when none of its articles
    changed (an edited file, a corrected outlet column), not merely when its ids are the same."""
    digest = hashlib.sha256()
    for item in items:
        if item.path is not None:
            try:
                stat = os.stat(item.path)
                content = f"file {stat.st_size} {stat.st_mtime_ns}".encode()
            except OSError:
                content = b"unreadable"
        else:
            data = item.content
            content = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
        described = repr((item.article_id, item.headline, item.metadata, item.read_error))
        digest.update(described.encode("utf-8", "backslashreplace") + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


def _text_files(folder: str, parts: tuple[str, ...] = (), skipped: list[str] | None = None) -> Iterator[tuple[tuple[str, ...], str]]:
    """(path parts below the top folder, path) of every text file below ``folder``; the other files
    (not hidden ones such as ``.DS_Store``) are added to ``skipped``, by path below the top folder.

    What ``Path(folder).rglob("*")`` filtered by ``is_file()`` and the suffix gives, with plain
    strings: sorting the parts orders the files as sorting their Paths does, and a corpus of
    20,000 files no longer leaves the parent about 10 MB bigger for the Path objects it built.
    Like ``rglob``, links to folders are not followed and unreadable folders are skipped.
    """
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except PermissionError:
        return
    for entry in listed:
        try:
            is_folder = entry.is_dir() and not entry.is_symlink()
            is_file = not is_folder and entry.is_file()
        except OSError:
            continue
        if is_folder:
            yield from _text_files(entry.path, (*parts, entry.name), skipped)
        elif is_file and os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES:
            yield (*parts, entry.name), entry.path
        elif is_file and skipped is not None and not entry.name.startswith("."):
            skipped.append("/".join((*parts, entry.name)))


def _file_item(article_id: str, path: Path) -> CorpusItem:
    """A file to read when its slice of the corpus goes to a worker."""
    return CorpusItem(article_id, b"", path=str(path))




def read_corpus(
    source: str | os.PathLike[str] | pd.DataFrame, *, text_column: str | None = None, skipped: list[str] | None = None
) -> list[CorpusItem]:
    """Turn a folder, glob, table file or DataFrame into :class:`CorpusItem` objects, in order. The
    files of a folder that are no article files (a ``.gz``, a ``.pdf``, the metadata table itself)
    are appended to ``skipped`` when it is given, so the run can say what it left out."""
    pandas = sys.modules.get("pandas")  # a DataFrame can only come from an imported pandas
    if pandas is not None and isinstance(source, pandas.DataFrame):
        return _items_from_frame(source, text_column)
    text = str(source)
    path = Path(text)
    if path.is_dir():
        found: list[str] = []
        items = [CorpusItem("/".join(parts), b"", path=file) for parts, file in sorted(_text_files(str(path), skipped=found))]
        if skipped is not None:
            skipped.extend(sorted(found))
        if not items:
            raise InputNotFoundError(_no_article_files(path.name or text, sorted(found)))
        return items
    if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
        return _items_from_frame(_read_table(path, text_column), text_column)
    if path.is_file():
        return [_file_item(path.name, path)]
    if any(ch in text for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        if matches:
            common = Path(os.path.commonpath([str(m.parent) for m in matches]))
            return [_file_item(m.relative_to(common).as_posix(), m) for m in matches]
        raise InputNotFoundError(f"no files match {text}")
    raise InputNotFoundError(f"no such folder, file or pattern: {text}")


def file_names_line(names: Sequence[str], shown: int = 3) -> str:
    """The first ``shown`` file names, then how many more: one line, however many files."""
    return ", ".join(names[:shown]) + (f", … and {len(names) - shown} more" if len(names) > shown else "")


def _no_article_files(folder: str, others: list[str]) -> str:
    """The one-line error for a folder with no article file, naming what it does hold: a folder of
    saved ``.html.gz`` pages otherwise reads as empty (round 21's trial)."""
    message = f"no article files in the folder {folder}: it needs {', '.join(TEXT_SUFFIXES)} files"
    if not others:
        return message
    message += f"; it holds {len(others)} other file{'s' if len(others) > 1 else ''} ({file_names_line(others)})"
    if any(name.lower().endswith(COMPRESSED_SUFFIXES) for name in others):
        message += "; decompress compressed pages first (e.g. gunzip -k *.gz)"
    return message


def with_metadata(items: list[CorpusItem], metadata: str | os.PathLike[str] | pd.DataFrame) -> list[CorpusItem]:
    """``items`` read from files (a folder or a glob) with the columns of a metadata table joined on
    its ``id`` column: an id is a file's path relative to the folder, with or without its extension
    ("nyt/0412.txt" or "nyt/0412"), so a folder of articles can carry an outlet, a date or a coder's
    label as a table input does (trial 19: a folder carried no metadata). A file the table does not
    list gets missing values; a table listing none of the files, with no ``id`` column, with a
    repeated id or with a text column is refused with one line."""
    import pandas as pd

    if any(item.path is None for item in items):
        raise AnalysisError("metadata tables join files of a folder or glob: for a table input, add the columns to the table itself")
    frame = metadata if isinstance(metadata, pd.DataFrame) else _read_table(Path(metadata))
    name = "the metadata table" if isinstance(metadata, pd.DataFrame) else Path(metadata).name
    if "id" not in frame.columns:
        raise AnalysisError(f"{name} needs an 'id' column naming each file (columns: {', '.join(map(str, frame.columns))})")
    clash = [c for c in ("text", "html", "headline") if c in frame.columns]
    if clash:
        raise AnalysisError(f"{name} has a {clash[0]!r} column: a metadata table only adds columns to the files' articles")
    columns = [str(c) for c in frame.columns if c != "id"]
    rows: dict[str, tuple[tuple[str, Any], ...]] = {}
    for row in frame.to_dict("records"):
        key = str(row["id"])
        if key in rows:
            raise AnalysisError(f"duplicate id {key!r} in {name}: ids must be unique")
        rows[key] = tuple((column, _plain(row[column])) for column in columns)
    missing = tuple((column, None) for column in columns)
    joined, matched = [], 0
    for item in items:
        found = rows.get(item.article_id, rows.get(os.path.splitext(item.article_id)[0]))
        matched += found is not None
        joined.append(CorpusItem(item.article_id, item.content, item.headline, found or missing, item.read_error, item.path))
    if rows and not matched:
        example = items[0].article_id if items else ""
        raise AnalysisError(f"no id in {name} names a file of the corpus: ids are paths relative to the folder, "
                            f"with or without the extension (e.g. {example!r})")
    return joined


def _read_table(path: Path, text_column: str | None = None) -> pd.DataFrame:
    import pandas as pd

    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path, text_column)
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False)
        return pd.read_parquet(path)
    except (ValueError, OSError) as error:
        raise AnalysisError(f"cannot read the table {path.name}: {str(error).splitlines()[0]}") from error


def _read_csv(path: Path, text_column: str | None) -> pd.DataFrame:
    """A CSV table: the text, id and headline exactly as written (an id "007" stays "007", an empty
    headline stays empty), the metadata columns typed as pandas reads them (True/False as booleans,
    numbers as numbers, empty cells as missing), so they arrive in ``articles`` as they would from
    JSONL or Parquet; read as strings, a coders' label column "True"/"False" counted as no label."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    verbatim = {"id", "headline", "text", "html", text_column}
    metadata = [column for column in frame.columns if column not in verbatim]
    if metadata:
        # usecols takes names; a repeated column name is already renamed ("x.1") in both reads.
        typed = pd.read_csv(path, usecols=lambda column: column in metadata)
        for column in metadata:
            frame[column] = typed[column]
    return frame


def _items_from_frame(frame: pd.DataFrame, text_column: str | None) -> list[CorpusItem]:
    import pandas as pd

    column = text_column or next((c for c in ("text", "html") if c in frame.columns), None)
    if column is None or column not in frame.columns:
        raise AnalysisError(f"the table needs a 'text' or 'html' column (columns: {', '.join(map(str, frame.columns))})")
    # A table mixing text files and saved pages has both columns, each row filling one (trial 19):
    # a row whose text is empty is read from its html, and the html is not passed on as metadata.
    fallback = "html" if text_column is None and column == "text" and "html" in frame.columns else None
    metadata_columns = [c for c in frame.columns if c not in (column, fallback, "id", "headline")]
    items: list[CorpusItem] = []
    seen: set[str] = set()
    for row in frame.to_dict("records"):
        content = _cell_text(row[column])
        if fallback is not None and not content.strip():
            content = _cell_text(row[fallback]) or content
        raw_id = row.get("id")
        if raw_id is None or (isinstance(raw_id, float) and pd.isna(raw_id)) or str(raw_id) == "":
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            article_id = hashlib.sha256(data).hexdigest()
            # The same text twice (one wire story run by two outlets, two empty rows) is two
            # articles: the second is "<sha256>#2", the third "#3", so the run goes on.
            copy = 1
            while article_id + ("" if copy == 1 else f"#{copy}") in seen:
                copy += 1
            article_id += "" if copy == 1 else f"#{copy}"
        else:
            article_id = str(raw_id)
        if article_id in seen:
            raise AnalysisError(f"duplicate article id {article_id!r} in the table: ids must be unique")
        seen.add(article_id)
        headline = row.get("headline")
        headline = None if headline is None or (isinstance(headline, float) and pd.isna(headline)) else str(headline)
        metadata = tuple((str(c), _plain(row[c])) for c in metadata_columns)
        items.append(CorpusItem(article_id, content, headline, metadata))
    return items


def _cell_text(value: Any) -> str | bytes:
    """A table cell as article content: a missing cell (None, NaN, NA) is empty."""
    import pandas as pd

    if isinstance(value, (str, bytes)):
        return value
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""  # (also pd.NA, what a Parquet "string" column holds for a missing cell)
    return str(value)


def _plain(value: Any) -> Any:
    import pandas as pd

    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, float) and pd.isna(value):
        return None
    return value

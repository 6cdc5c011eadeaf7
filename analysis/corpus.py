"""Many articles → tidy tables, in parallel, resumable, on local processes or on Dask.

    result = analyze_corpus("articles/")                 # a folder of .txt/.html files
    result = analyze_corpus("articles.csv")              # or CSV / JSONL / Parquet, or a DataFrame
    result.articles, result.sentences, result.errors     # pandas DataFrames joinable on article_id

Inputs
    A folder (every ``.txt``, ``.text``, ``.html``, ``.htm`` file below it, in sorted order), a
    glob pattern, a table file (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``) or a DataFrame. A
    table has a ``text`` (or ``html``) column, an optional ``id`` column (else the sha256 of the
    text is the id), an optional ``headline`` column (then the text is all body) and any other
    columns, which pass through to ``articles`` as metadata. A file's id is its path relative to
    the folder (never an absolute path, so results do not depend on the machine).

Outputs (one row per item of the level; every table has ``article_id`` first)
    ``articles``  one row per analysed article: metadata, headline, counts, every measure's
                  article-level figures (see :meth:`ArticleAnalysis.corpus_rows`);
    ``sentences`` one row per sentence; ``errors`` one row per article that could not be analysed
    (``article_id``, ``error_type``, ``message``); plus one table per further level the measures
    produce (e.g. ``attributions``, ``sources``, ``frames``).

Guarantees
    * One bad article never stops the run: it becomes a row of ``errors``.
    * Same rows in the same order for 1 or N workers, and for the local and the Dask engine.
    * With ``output_dir``, results are written chunk by chunk under ``output_dir/parts``; a run that
      was interrupted resumes with the chunks not yet written, and gives the same tables as one run.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import AnalysisError, InputNotFoundError

TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")
BASE_TABLES = ("articles", "sentences", "errors")
DEFAULT_CHUNK_SIZE = 200


@dataclass(frozen=True)
class CorpusItem:
    """One article to analyse: an id, its text (or bytes) and metadata passed through."""

    article_id: str
    content: str | bytes
    headline: str | None = None
    metadata: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class CorpusResult:
    """Tidy tables of a corpus run, joinable on ``article_id``."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = object.__getattribute__(self, "tables")
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def analysed(self) -> int:
        return len(self.tables.get("articles", ()))

    @property
    def failed(self) -> int:
        return len(self.tables.get("errors", ()))


# --------------------------------------------------------------------------------------------
# Reading inputs


def read_corpus(source: str | os.PathLike[str] | pd.DataFrame, *, text_column: str | None = None) -> list[CorpusItem]:
    """Turn a folder, glob, table file or DataFrame into :class:`CorpusItem` objects, in order."""
    if isinstance(source, pd.DataFrame):
        return _items_from_frame(source, text_column)
    text = str(source)
    path = Path(text)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        return [CorpusItem(p.relative_to(path).as_posix(), p.read_bytes()) for p in files]
    if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
        return _items_from_frame(_read_table(path), text_column)
    if path.is_file():
        return [CorpusItem(path.name, path.read_bytes())]
    if any(ch in text for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        if matches:
            common = Path(os.path.commonpath([str(m.parent) for m in matches]))
            return [CorpusItem(m.relative_to(common).as_posix(), m.read_bytes()) for m in matches]
        raise InputNotFoundError(f"no files match {text}")
    raise InputNotFoundError(f"no such folder, file or pattern: {text}")


def _read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False)
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False)
        return pd.read_parquet(path)
    except (ValueError, OSError) as error:
        raise AnalysisError(f"cannot read the table {path.name}: {str(error).splitlines()[0]}") from error


def _items_from_frame(frame: pd.DataFrame, text_column: str | None) -> list[CorpusItem]:
    column = text_column or next((c for c in ("text", "html") if c in frame.columns), None)
    if column is None or column not in frame.columns:
        raise AnalysisError(f"the table needs a 'text' or 'html' column (columns: {', '.join(map(str, frame.columns))})")
    metadata_columns = [c for c in frame.columns if c not in (column, "id", "headline")]
    items: list[CorpusItem] = []
    seen: set[str] = set()
    for row in frame.to_dict("records"):
        content = row[column]
        content = "" if content is None or (isinstance(content, float) and pd.isna(content)) else content
        if not isinstance(content, (str, bytes)):
            content = str(content)
        raw_id = row.get("id")
        if raw_id is None or (isinstance(raw_id, float) and pd.isna(raw_id)) or str(raw_id) == "":
            data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
            article_id = hashlib.sha256(data).hexdigest()
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


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, float) and pd.isna(value):
        return None
    return value


# --------------------------------------------------------------------------------------------
# One article


def analyze_item(item: CorpusItem) -> dict[str, list[dict[str, Any]]]:
    """Analyse one item; never raises. Returns rows per table (``errors`` on failure)."""
    from analysis.article import load_article
    from analysis.pipeline import analyze

    try:
        article = load_article(item.content, headline=item.headline, name=item.article_id)
        rows = analyze(article).corpus_rows()
    except AnalysisError as error:
        return {"errors": [{"article_id": item.article_id, "error_type": type(error).__name__, "message": str(error)}]}
    except Exception as error:  # a bug must not stop the corpus either; it is recorded as such
        message = f"internal error: {error}".splitlines()[0] if str(error) else "internal error"
        return {"errors": [{"article_id": item.article_id, "error_type": type(error).__name__, "message": message}]}
    metadata = dict(item.metadata)
    out: dict[str, list[dict[str, Any]]] = {}
    for table, table_rows in rows.items():
        prefix = metadata if table == "articles" else {}
        out[table] = [{"article_id": item.article_id, **prefix, **row} for row in table_rows]
    return out


# --------------------------------------------------------------------------------------------
# Running


def analyze_corpus(
    source: str | os.PathLike[str] | pd.DataFrame | Sequence[CorpusItem],
    *,
    workers: int | None = None,
    engine: str = "processes",
    scheduler: str | None = None,
    output_dir: str | os.PathLike[str] | None = None,
    formats: Sequence[str] = ("parquet",),
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    progress: bool | None = None,
    text_column: str | None = None,
) -> CorpusResult:
    """Analyse every article of ``source`` and return tidy tables (see the module docstring).

    ``engine`` is ``"processes"`` (a local process pool of ``workers``, default all cores; 1 runs
    in this process) or ``"dask"`` (``dask.bag`` over the same per-article function, on the
    ``dask.distributed`` scheduler at ``scheduler`` — e.g. ``"tcp://10.0.0.5:8786"`` — or, without
    one, on Dask's local multiprocessing scheduler). ``progress`` shows a tqdm bar on stderr
    (default: only when stderr is a terminal).
    """
    if engine not in ("processes", "dask"):
        raise AnalysisError(f"unknown engine {engine!r}: use 'processes' or 'dask'")
    items = list(source) if isinstance(source, Sequence) and not isinstance(source, str) else read_corpus(source, text_column=text_column)
    workers = max(1, workers or os.cpu_count() or 1)
    chunk_size = max(1, chunk_size)
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    store = _ChunkStore(Path(output_dir)) if output_dir is not None else None
    show = sys.stderr.isatty() if progress is None else progress
    results: list[dict[str, list[dict[str, Any]]] | None] = [None] * len(chunks)
    pending: list[int] = []
    for index, chunk in enumerate(chunks):
        stored = store.load(index, [item.article_id for item in chunk]) if store else None
        if stored is not None:
            results[index] = stored
        else:
            pending.append(index)

    from tqdm import tqdm

    bar = tqdm(total=len(items), initial=sum(len(chunks[i]) for i in range(len(chunks)) if results[i] is not None),
               unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
    try:
        for index, merged in _run_chunks(chunks, pending, engine=engine, workers=workers, scheduler=scheduler):
            if store:
                store.save(index, [item.article_id for item in chunks[index]], merged)
            results[index] = merged
            bar.update(len(chunks[index]))
    finally:
        bar.close()
    tables = _assemble([r for r in results if r is not None])
    if store:
        store.write_final(tables, formats)
    return CorpusResult(tables)


def _merge(per_article: Sequence[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {}
    for rows in per_article:
        for table, table_rows in rows.items():
            merged.setdefault(table, []).extend(table_rows)
    return merged


def _run_chunks(
    chunks: list[list[CorpusItem]], pending: list[int], *, engine: str, workers: int, scheduler: str | None
) -> Iterator[tuple[int, dict[str, list[dict[str, Any]]]]]:
    if not pending:
        return
    if engine == "dask":
        yield from _run_dask(chunks, pending, workers=workers, scheduler=scheduler)
        return
    if workers == 1:
        for index in pending:
            yield index, _merge([analyze_item(item) for item in chunks[index]])
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up) as pool:
        for index in pending:
            # map keeps input order, so rows come back in the same order for any worker count.
            per_article = list(pool.map(analyze_item, chunks[index], chunksize=max(1, len(chunks[index]) // (workers * 4))))
            yield index, _merge(per_article)


def _run_dask(
    chunks: list[list[CorpusItem]], pending: list[int], *, workers: int, scheduler: str | None
) -> Iterator[tuple[int, dict[str, list[dict[str, Any]]]]]:
    import dask.bag as db

    client = None
    if scheduler is not None:
        from distributed import Client

        client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        for index in pending:
            chunk = chunks[index]
            bag = db.from_sequence(chunk, npartitions=max(1, min(len(chunk), workers * 2)))
            mapped = bag.map(analyze_item)
            per_article = mapped.compute(scheduler=client) if client is not None else mapped.compute(scheduler="processes", num_workers=workers)
            yield index, _merge(list(per_article))
    finally:
        if client is not None and isinstance(scheduler, str):
            client.close()


def _warm_up() -> None:
    # Load the lexicons and CMUdict once per worker, not once per article.
    from analysis.readability import _easy_words

    _easy_words()


def _assemble(chunk_results: Sequence[dict[str, list[dict[str, Any]]]]) -> dict[str, pd.DataFrame]:
    rows = _merge(chunk_results)
    names = list(BASE_TABLES) + sorted(set(rows) - set(BASE_TABLES))
    tables: dict[str, pd.DataFrame] = {}
    for name in names:
        table_rows = rows.get(name, [])
        frame = pd.DataFrame(table_rows)
        if frame.empty:
            frame = pd.DataFrame(columns=["article_id", "error_type", "message"] if name == "errors" else ["article_id"])
        tables[name] = frame.reset_index(drop=True)
    return tables


class _ChunkStore:
    """Chunk files under ``output_dir/parts`` so an interrupted run can resume."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.parts = root / "parts"
        self.parts.mkdir(parents=True, exist_ok=True)

    def _path(self, index: int) -> Path:
        return self.parts / f"chunk-{index:06d}.json"

    def load(self, index: int, ids: list[str]) -> dict[str, list[dict[str, Any]]] | None:
        path = self._path(index)
        if not path.exists():
            return None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a chunk cut short by the interruption: compute it again
        return stored["rows"] if stored.get("ids") == ids else None

    def save(self, index: int, ids: list[str], rows: dict[str, list[dict[str, Any]]]) -> None:
        temporary = self._path(index).with_suffix(".tmp")
        temporary.write_text(json.dumps({"ids": ids, "rows": rows}, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self._path(index))  # atomic: a chunk file is whole or absent

    def write_final(self, tables: dict[str, pd.DataFrame], formats: Sequence[str]) -> None:
        for name, frame in tables.items():
            if "parquet" in formats:
                frame.to_parquet(self.root / f"{name}.parquet", index=False)
            if "csv" in formats:
                frame.to_csv(self.root / f"{name}.csv", index=False)

    def clear(self) -> None:
        shutil.rmtree(self.parts, ignore_errors=True)


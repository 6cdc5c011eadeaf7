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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from analysis.errors import AnalysisError, InputNotFoundError
from analysis.lexicons import UserLexicons, read_user_lexicons, use_lexicons

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
    read_error: str | None = None  # the file could not be read: the item becomes an errors row


def _file_item(article_id: str, path: Path) -> CorpusItem:
    """Read one file now (workers may run on other machines); an unreadable file is recorded, not raised."""
    try:
        return CorpusItem(article_id, path.read_bytes())
    except OSError as error:
        return CorpusItem(article_id, b"", read_error=f"cannot read {article_id}: {error.strerror or error}")


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
        return [_file_item(p.relative_to(path).as_posix(), p) for p in files]
    if path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
        return _items_from_frame(_read_table(path), text_column)
    if path.is_file():
        return [_file_item(path.name, path)]
    if any(ch in text for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if Path(p).is_file())
        if matches:
            common = Path(os.path.commonpath([str(m.parent) for m in matches]))
            return [_file_item(m.relative_to(common).as_posix(), m) for m in matches]
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


def analyze_item(item: CorpusItem, lexicons: UserLexicons | None = None) -> dict[str, list[dict[str, Any]]]:
    """Analyse one item with the user ``lexicons`` (if any); never raises. Returns rows per table
    (``errors`` on failure)."""
    from analysis.article import load_article
    from analysis.pipeline import analyze

    if item.read_error is not None:
        return {"errors": [{"article_id": item.article_id, "error_type": "InputNotFoundError", "message": item.read_error}]}
    try:
        with use_lexicons(lexicons):
            article = load_article(item.content, headline=item.headline, name=item.article_id)
        rows = analyze(article, lexicons=lexicons).corpus_rows()
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
    lexicons: UserLexicons | str | os.PathLike[str] | None = None,
) -> CorpusResult:
    """Analyse every article of ``source`` and return tidy tables (see the module docstring).

    ``engine`` is ``"processes"`` (a local process pool of ``workers``, default all cores; 1 runs
    in this process) or ``"dask"`` (``dask.bag`` over the same per-article function, on the
    ``dask.distributed`` scheduler at ``scheduler`` — e.g. ``"tcp://10.0.0.5:8786"`` — or, without
    one, on Dask's local multiprocessing scheduler). ``progress`` shows a tqdm bar on stderr
    (default: only when stderr is a terminal). ``lexicons`` (a user lexicon file) is read and
    validated once here and the same lists go to every worker, local or Dask.
    """
    overlay = lexicons if isinstance(lexicons, UserLexicons) or lexicons is None else read_user_lexicons(lexicons)
    if engine not in ("processes", "dask"):
        raise AnalysisError(f"unknown engine {engine!r}: use 'processes' or 'dask'")
    items = list(source) if isinstance(source, Sequence) and not isinstance(source, str) else read_corpus(source, text_column=text_column)
    workers = max(1, workers or os.cpu_count() or 1)
    chunk_size = max(1, chunk_size)
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    store = _ChunkStore(Path(output_dir), overlay.sha256 if overlay else "") if output_dir is not None else None
    show = sys.stderr.isatty() if progress is None else progress
    # Each chunk's rows become small DataFrames as soon as they arrive (rows as dicts take several
    # times the memory of the final tables); _assemble concatenates them at the end.
    results: list[dict[str, pd.DataFrame] | None] = [None] * len(chunks)
    pending: list[int] = []
    for index, chunk in enumerate(chunks):
        stored = store.load(index, [item.article_id for item in chunk]) if store else None
        if stored is not None:
            results[index] = _frames(stored)
        else:
            pending.append(index)

    from tqdm import tqdm

    bar = tqdm(total=len(items), initial=sum(len(chunks[i]) for i in range(len(chunks)) if results[i] is not None),
               unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
    try:
        for index, merged in _run_chunks(chunks, pending, engine=engine, workers=workers, scheduler=scheduler, lexicons=overlay):
            if store:
                store.save(index, [item.article_id for item in chunks[index]], merged)
            results[index] = _frames(merged)
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
    chunks: list[list[CorpusItem]],
    pending: list[int],
    *,
    engine: str,
    workers: int,
    scheduler: str | None,
    lexicons: UserLexicons | None,
) -> Iterator[tuple[int, dict[str, list[dict[str, Any]]]]]:
    if not pending:
        return
    # The same function (and the same user lists) for every engine and worker.
    function = analyze_item if lexicons is None else partial(analyze_item, lexicons=lexicons)
    if engine == "dask":
        yield from _run_dask(chunks, pending, workers=workers, scheduler=scheduler, function=function)
        return
    if workers == 1:
        for index in pending:
            yield index, _merge([function(item) for item in chunks[index]])
        return
    flat = [item for index in pending for item in chunks[index]]
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)
    try:
        # One map over every pending article (no pause at the end of each chunk while the last
        # worker finishes); map keeps input order, so rows come back in the same order for any
        # worker count, and each chunk is yielded (and saved) as soon as its articles are in.
        results = pool.map(function, flat, chunksize=max(1, min(16, len(flat) // (workers * 4))))
        for index in pending:
            yield index, _merge([next(results) for _ in chunks[index]])
    finally:
        # On an interruption, drop the articles not started (a resumed run does them) rather
        # than wait for the whole corpus.
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    chunks: list[list[CorpusItem]],
    pending: list[int],
    *,
    workers: int,
    scheduler: str | None,
    function: Callable[[CorpusItem], dict[str, list[dict[str, Any]]]],
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
            mapped = bag.map(function)
            if client is not None:
                per_article = mapped.compute(scheduler=client)
            else:
                per_article = mapped.compute(scheduler="processes", num_workers=workers)
            yield index, _merge(list(per_article))
    finally:
        if client is not None and isinstance(scheduler, str):
            client.close()


def _warm_up() -> None:
    # Load the lexicons and CMUdict once per worker, not once per article.
    from analysis.readability import _easy_words

    _easy_words()


def _frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame(table_rows) for name, table_rows in rows.items() if table_rows}


def _assemble(chunk_frames: Sequence[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate the chunks' frames into the tables one ``pd.DataFrame(all_rows)`` would give.

    A column can have different dtypes in different chunks (all ``None`` in one chunk: object;
    floats in another: float64); such a column is inferred again over all its values, as from
    the rows, so the tables do not depend on the chunking. Empties ``chunk_frames`` as it goes."""
    present: set[str] = set().union(*chunk_frames) if chunk_frames else set()
    names = list(BASE_TABLES) + sorted(present - set(BASE_TABLES))
    tables: dict[str, pd.DataFrame] = {}
    for name in names:
        # Taken out of the chunks, so each table's pieces are freed once it is built.
        parts = [chunk.pop(name) for chunk in chunk_frames if name in chunk]
        if not parts:
            frame = pd.DataFrame(columns=["article_id", "error_type", "message"] if name == "errors" else ["article_id"])
        elif len(parts) == 1:
            frame = parts[0]
        else:
            columns = list(dict.fromkeys(c for part in parts for c in part.columns))
            mixed = [c for c in columns if len({str(p[c].dtype) if c in p else "missing" for p in parts}) > 1]
            uniform = [c for c in columns if c not in mixed]
            total = sum(len(p) for p in parts)
            frame = pd.concat([p[uniform] for p in parts], ignore_index=True) if uniform else pd.DataFrame(index=pd.RangeIndex(total))
            for column in mixed:
                values = [v for p in parts for v in (p[column].tolist() if column in p else [np.nan] * len(p))]
                frame[column] = pd.DataFrame({column: values})[column]  # same inference as from rows
            frame = frame[columns]
        tables[name] = frame.reset_index(drop=True)
    return tables


class _ChunkStore:
    """Chunk files under ``output_dir/parts`` so an interrupted run can resume."""

    def __init__(self, root: Path, lexicons_digest: str = "") -> None:
        self.root = root
        # A chunk computed with other user lexicons is not reused.
        self.lexicons_digest = lexicons_digest
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
        reusable = stored.get("ids") == ids and stored.get("lexicons", "") == self.lexicons_digest
        return stored["rows"] if reusable else None

    def save(self, index: int, ids: list[str], rows: dict[str, list[dict[str, Any]]]) -> None:
        temporary = self._path(index).with_suffix(".tmp")
        record = {"ids": ids, "lexicons": self.lexicons_digest, "rows": rows}
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self._path(index))  # atomic: a chunk file is whole or absent

    def write_final(self, tables: dict[str, pd.DataFrame], formats: Sequence[str]) -> None:
        for name, frame in tables.items():
            if "parquet" in formats:
                frame.to_parquet(self.root / f"{name}.parquet", index=False)
            if "csv" in formats:
                frame.to_csv(self.root / f"{name}.csv", index=False)

    def clear(self) -> None:
        shutil.rmtree(self.parts, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Comparing groups of articles (descriptive; used by notebooks/corpus.ipynb)


#: Article-level columns compared across groups, with plain labels (see ``corpus_rows``).
STYLE_MEASURES: dict[str, str] = {
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "tone_mean_compound": "tone: mean sentence compound",
    "tone_narrator": "tone: narrator",
    "tone_quoted": "tone: quoted",
    "anonymous_attribution_share": "anonymous-source share",
    "official_attribution_share": "official-source share",
}
FRAME_MEASURES: dict[str, str] = {
    "frame_responsibility": "responsibility",
    "frame_conflict": "conflict",
    "frame_economic": "economic",
    "frame_human_interest": "human interest",
    "frame_morality": "morality",
}


def articles_for_comparison(result: CorpusResult, group_column: str) -> pd.DataFrame:
    """The ``articles`` table ready for group comparisons: when ``group_column`` is absent (e.g. a
    folder of files), it is added with the single group ``"all"``, so the summaries still run.
    (Articles with no quoted words have no quoted tone: ``tone_quoted`` is missing there.)
    """
    articles = result.tables["articles"].copy()
    if group_column not in articles:
        articles[group_column] = "all"
    return articles


def _article_frame(result: CorpusResult | pd.DataFrame) -> pd.DataFrame:
    return result if isinstance(result, pd.DataFrame) else result.tables["articles"]


def _measure_labels(measures: Sequence[str] | dict[str, str], frame: pd.DataFrame) -> dict[str, str]:
    """Column -> label, keeping only the columns the table has (absent measures are skipped)."""
    labels = dict(measures) if isinstance(measures, dict) else {m: m for m in measures}
    return {column: label for column, label in labels.items() if column in frame.columns}


def _group_order(frame: pd.DataFrame, group_column: str, order: Sequence[str] | None) -> list[str]:
    present = [str(g) for g in pd.unique(frame[group_column].dropna().astype(str))]
    if order is None:
        return sorted(present)
    return [g for g in order if g in present] + sorted(set(present) - set(order))


def summarise_by(
    result: CorpusResult | pd.DataFrame,
    group_column: str,
    measures: Sequence[str] | dict[str, str],
    *,
    order: Sequence[str] | None = None,
    cluster_column: str | None = None,
    level: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group and measure of the ``articles`` table: ``n`` (articles with a value), ``mean``
    with a ``level`` bootstrap interval (``ci_low``, ``ci_high``), ``median``, ``q25``, ``q75``.

    ``measures`` are column names, or a dict column -> label (the ``measure`` column then holds
    the label). With ``cluster_column`` (e.g. ``"outlet"``), ``clusters`` counts them and the
    interval resamples whole clusters (articles of one outlet are not independent), which is wider
    and more honest when a group has few outlets (a ``cluster_column`` the table lacks is
    ignored). Deterministic for a given ``seed``. Long format:
    one row per (measure, group), measures in the given order, groups in ``order``; measures
    whose column the table lacks are skipped.
    """
    frame = _article_frame(result)
    labels = _measure_labels(measures, frame)
    groups = _group_order(frame, group_column, order)
    cluster_column = cluster_column if cluster_column in frame.columns else None
    rng = np.random.default_rng(seed)
    tail = (1 - level) / 2
    rows = []
    for column, label in labels.items():
        for group in groups:
            data = frame[frame[group_column].astype(str) == group]
            values = pd.to_numeric(data[column], errors="coerce")
            keep = values.notna().to_numpy()
            x = values.to_numpy(dtype=float)[keep]
            row: dict[str, Any] = {"measure": label, "group": group, "n": len(x)}
            if cluster_column is not None:
                clusters = data[cluster_column].astype(str).to_numpy()[keep]
                row["clusters"] = len(set(clusters))
                boot = _cluster_bootstrap_means(x, clusters, rng, resamples)
            else:
                boot = rng.choice(x, size=(resamples, len(x))).mean(axis=1) if len(x) else np.array([])
            row.update(
                {
                    "mean": float(x.mean()) if len(x) else float("nan"),
                    "ci_low": float(np.quantile(boot, tail)) if len(x) > 1 else float("nan"),
                    "ci_high": float(np.quantile(boot, 1 - tail)) if len(x) > 1 else float("nan"),
                    "median": float(np.median(x)) if len(x) else float("nan"),
                    "q25": float(np.quantile(x, 0.25)) if len(x) else float("nan"),
                    "q75": float(np.quantile(x, 0.75)) if len(x) else float("nan"),
                }
            )
            rows.append(row)
    return pd.DataFrame(rows)


def _cluster_bootstrap_means(x: np.ndarray, clusters: np.ndarray, rng: np.random.Generator, resamples: int) -> np.ndarray:
    if not len(x):
        return np.array([])
    names = sorted(set(clusters.tolist()))
    sums = np.array([x[clusters == c].sum() for c in names])
    counts = np.array([(clusters == c).sum() for c in names], dtype=float)
    picks = rng.integers(0, len(names), size=(resamples, len(names)))
    return sums[picks].sum(axis=1) / counts[picks].sum(axis=1)


def summary_table(summary: pd.DataFrame, *, digits: int = 2, group_labels: dict[str, str] | None = None) -> pd.DataFrame:
    """:func:`summarise_by` as a wide table for reading: one row per measure, one column per group
    (renamed by ``group_labels``), cells ``mean [ci_low, ci_high]``; a last row gives each
    group's ``n`` (and outlets)."""
    if summary.empty:
        return pd.DataFrame()
    cell = summary.apply(lambda r: f"{r['mean']:.{digits}f} [{r['ci_low']:.{digits}f}, {r['ci_high']:.{digits}f}]", axis=1)
    wide = summary.assign(cell=cell).pivot(index="measure", columns="group", values="cell")
    wide = wide.loc[list(dict.fromkeys(summary["measure"])), list(dict.fromkeys(summary["group"]))]
    first = summary.drop_duplicates("group").set_index("group")
    count = first["n"].astype(str)
    if "clusters" in first:
        count = count + " (" + first["clusters"].astype(str) + " outlets)"
    wide.loc["articles"] = [count[g] for g in wide.columns]
    wide.index.name, wide.columns.name = None, None
    return wide.rename(columns=group_labels or {})


def compare_groups(
    result: CorpusResult | pd.DataFrame,
    group_column: str,
    measures: Sequence[str] | dict[str, str],
    *,
    order: Sequence[str] | None = None,
    cluster_column: str | None = None,
    permutations: int = 5000,
    seed: int = 0,
) -> pd.DataFrame:
    """Do the groups differ on each measure? One row per measure: ``units`` compared (articles, or
    cluster means when ``cluster_column`` is given — outlets, so that one prolific outlet does not
    count as many independent observations), Kruskal–Wallis ``H`` (tie-corrected), its
    permutation ``p`` (``permutations`` shuffles of the group labels, fixed ``seed``), ``p_holm``
    (Holm's adjustment over the measures of this call), ``epsilon2`` (effect size H/(n-1), 0 = no
    separation, 1 = complete) and the ``highest`` / ``lowest`` group by mean of the units.

    Descriptive screening, not confirmation: groups of a corpus are not random samples.
    """
    frame = _article_frame(result)
    labels = _measure_labels(measures, frame)
    groups = _group_order(frame, group_column, order)
    cluster_column = cluster_column if cluster_column in frame.columns else None
    rows = []
    for column, label in labels.items():
        data = frame[[group_column, column] + ([cluster_column] if cluster_column else [])].copy()
        data[column] = pd.to_numeric(data[column], errors="coerce")
        data = data.dropna(subset=[column])
        data[group_column] = data[group_column].astype(str)
        data = data[data[group_column].isin(groups)]
        if cluster_column:
            data = data.groupby([group_column, cluster_column], observed=True, sort=True)[column].mean().reset_index()
        values = data[column].to_numpy(dtype=float)
        codes = np.array([groups.index(g) for g in data[group_column]])
        h, p = _kruskal_permutation(values, codes, len(groups), permutations, np.random.default_rng(seed))
        means = data.groupby(group_column)[column].mean()
        rows.append(
            {
                "measure": label,
                "units": len(values),
                "H": h,
                "p": p,
                "epsilon2": h / (len(values) - 1) if len(values) > 1 else float("nan"),
                "highest": means.idxmax() if len(means) else None,
                "lowest": means.idxmin() if len(means) else None,
            }
        )
    table = pd.DataFrame(rows)
    table.insert(4, "p_holm", _holm(table["p"].to_numpy()) if len(table) else [])
    return table


def _kruskal_permutation(
    values: np.ndarray, codes: np.ndarray, k: int, permutations: int, rng: np.random.Generator
) -> tuple[float, float]:
    n = len(values)
    if n < 2 or len(set(codes.tolist())) < 2:
        return float("nan"), float("nan")
    ranks = pd.Series(values).rank(method="average").to_numpy()
    _, ties = np.unique(values, return_counts=True)
    correction = 1 - (ties**3 - ties).sum() / (n**3 - n)
    if correction <= 0:
        return 0.0, 1.0  # every value equal
    onehot = np.eye(k)[codes]
    sizes = onehot.sum(axis=0)
    used = sizes > 0

    def statistic(rank_sums: np.ndarray) -> np.ndarray:
        return (12 / (n * (n + 1)) * (rank_sums[..., used] ** 2 / sizes[used]).sum(axis=-1) - 3 * (n + 1)) / correction

    observed = float(statistic(ranks @ onehot))
    shuffled = np.argsort(rng.random((permutations, n)), axis=1)
    null = statistic(ranks[shuffled] @ onehot)
    p = (1 + int((null >= observed - 1e-9).sum())) / (permutations + 1)
    return observed, p


def _holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values (NaN stays NaN)."""
    adjusted = np.full(len(p), np.nan)
    valid = np.flatnonzero(~np.isnan(p))
    order = valid[np.argsort(p[valid], kind="stable")]
    m, running = len(order), 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[index]))
        adjusted[index] = running
    return adjusted


def describe_comparison(
    summary: pd.DataFrame,
    by_article: pd.DataFrame,
    by_cluster: pd.DataFrame | None = None,
    *,
    group_labels: dict[str, str] | None = None,
    alpha: float = 0.05,
    html: bool = False,
) -> list[str] | str:
    """Plain-language sentences, one per measure, from :func:`summarise_by` (``summary``) and
    :func:`compare_groups` article by article (``by_article``) and on cluster means
    (``by_cluster``). Worded by strength of evidence: a difference that survives Holm's correction
    on cluster means; one that survives only article by article (it may rest on a few outlets);
    an uncorrected hint; or no clear difference. Text only states what the tables show. With
    ``html``, one escaped ``<ul>`` string instead of the list."""
    names = group_labels or {}
    clusters = by_cluster.set_index("measure") if by_cluster is not None else None
    sentences, quiet = [], []
    if summary.empty or summary["group"].nunique() < 2:
        sentences.append("Only one group of articles: there is nothing to compare.")
    for row in by_article.itertuples(index=False):
        part = summary[summary["measure"] == row.measure]
        if part.empty or part["mean"].isna().all() or len(part) < 2:
            continue
        high, low = part.loc[part["mean"].idxmax()], part.loc[part["mean"].idxmin()]
        span = (
            f"group means run from {low['mean']:.2f} ({names.get(low['group'], low['group'])}) "
            f"to {high['mean']:.2f} ({names.get(high['group'], high['group'])})"
        )
        cluster = clusters.loc[row.measure] if clusters is not None and row.measure in clusters.index else None
        if cluster is not None and cluster["p_holm"] < alpha:
            sentences.append(
                f"{row.measure}: {span}; the difference holds even on outlet means after correction "
                f"(p_holm = {cluster['p_holm']:.3f}, ε² = {cluster['epsilon2']:.2f})."
            )
        elif row.p_holm < alpha:
            tail = (
                f", but not on outlet means (p_holm = {cluster['p_holm']:.2f}): it may rest on a few prolific outlets"
                if cluster is not None
                else ""
            )
            sentences.append(f"{row.measure}: {span}; article by article this survives correction (p_holm = {row.p_holm:.3f}){tail}.")
        elif row.p < alpha or (cluster is not None and cluster["p"] < alpha):
            p = min(row.p, cluster["p"]) if cluster is not None else row.p
            sentences.append(
                f"{row.measure}: {span}; an uncorrected hint (p = {p:.3f}) that does not survive the correction "
                f"for {len(by_article)} measures — a lead to check, not a finding."
            )
        else:
            quiet.append(row.measure)
    if quiet:
        sentences.append(f"No clear difference between the groups in: {', '.join(quiet)}.")
    if html:
        from html import escape

        return "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in sentences) + "</ul>"
    return sentences

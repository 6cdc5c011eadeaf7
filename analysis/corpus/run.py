"""Running a corpus: one article, chunks, a local process pool or Dask, and the tables at the end.

:func:`analyze_corpus` reads the items, cuts them into chunks, reuses the chunks a previous run
stored, runs the others with the same per-article function (:func:`analyze_item`) on every engine
and worker, stores each chunk as soon as it is in, and assembles the tables.

Guarantees
    * One bad article never stops the run: it becomes a row of ``errors``.
    * Same rows in the same order for 1 or N workers, and for the local and the Dask engine.
    * With ``output_dir``, results are written chunk by chunk under ``output_dir/parts``; a run that
      was interrupted resumes with the chunks not yet written, and gives the same tables as one run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.corpus.inputs import CorpusItem, read_corpus
from analysis.corpus.result import CorpusResult
from analysis.corpus.store import ChunkStore, assemble_tables, to_frames
from analysis.errors import AnalysisError
from analysis.lexicons import UserLexicons, read_user_lexicons, use_lexicons

DEFAULT_CHUNK_SIZE = 200


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
    """Analyse every article of ``source`` and return tidy tables (see :mod:`analysis.corpus`).

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
    store = ChunkStore(Path(output_dir), overlay.sha256 if overlay else "") if output_dir is not None else None
    show = sys.stderr.isatty() if progress is None else progress
    # Each chunk's rows become small DataFrames as soon as they arrive (rows as dicts take several
    # times the memory of the final tables); assemble_tables concatenates them at the end.
    results: list[dict[str, pd.DataFrame] | None] = [None] * len(chunks)
    pending: list[int] = []
    for index, chunk in enumerate(chunks):
        stored = store.load(index, [item.article_id for item in chunk]) if store else None
        if stored is not None:
            results[index] = to_frames(stored)
        else:
            pending.append(index)

    from tqdm import tqdm

    bar = tqdm(total=len(items), initial=sum(len(chunks[i]) for i in range(len(chunks)) if results[i] is not None),
               unit="article", disable=not show, file=sys.stderr, dynamic_ncols=True)
    try:
        for index, merged in _run_chunks(chunks, pending, engine=engine, workers=workers, scheduler=scheduler, lexicons=overlay):
            if store:
                store.save(index, [item.article_id for item in chunks[index]], merged)
            results[index] = to_frames(merged)
            bar.update(len(chunks[index]))
    finally:
        bar.close()
    tables = assemble_tables([r for r in results if r is not None])
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


"""Running a corpus: one article, slices, a local process pool or Dask, and the tables at the end.

:func:`analyze_corpus` lists the items, cuts them into chunks (the unit of resuming), reuses the
chunks a previous run stored, and runs the others in slices (the unit of work: a chunk, or a part
of one, so the last chunk does not leave a worker idle) with the same per-article function
(:func:`analyze_item`) on every engine and worker. A local worker imports the package once, turns
its slice's rows into one Arrow table per table (no pandas) and writes them as Parquet parts itself; a Dask
worker returns the parts as bytes. The parent never holds rows: it writes each chunk's manifest,
and the result reads its tables from the parts when asked.

Guarantees
    * One bad article never stops the run: it becomes a row of ``errors``.
    * Same rows in the same order for 1 or N workers, and for the local and the Dask engine.
    * With ``output_dir``, results are written chunk by chunk under ``output_dir/parts``; a run that
      was interrupted resumes with the chunks not yet written, and gives the same tables as one run.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import shutil
import signal
import sys
import tempfile
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.corpus.inputs import CorpusItem, fingerprint, read_corpus, with_metadata
from analysis.corpus.result import CorpusResult
from analysis.corpus.store import ChunkStore, LazyTables, Part, encode_parts
from analysis.errors import AnalysisError
from analysis.lexicons import UserLexicons, read_user_lexicons, use_lexicons

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_CHUNK_SIZE = 200
WORKER_YOUNG_THRESHOLD = 10_000  # a worker's young-generation GC threshold (:func:`_warm_up`)
FORMATS = ("parquet", "csv")


def analyze_item(item: CorpusItem, lexicons: UserLexicons | None = None) -> dict[str, list[dict[str, Any]]]:
    """Analyse one item with the user ``lexicons`` (if any); never raises. Returns rows per table
    (``errors`` on failure)."""
    from analysis.article import load_article
    from analysis.pipeline import analyze

    item = item.loaded()
    if item.read_error is not None:
        return {"errors": [{"article_id": item.article_id, "error_type": "InputNotFoundError", "message": item.read_error}]}
    unwritable = _unwritable_field(item)
    if unwritable is not None:
        # Parquet and CSV hold UTF-8 only: one such field would stop the whole part from being
        # written, so the article becomes an errors row instead (its id escaped if need be).
        return {"errors": [{"article_id": _writable(item.article_id), "error_type": "UnreadableInputError", "message": unwritable}]}
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


def _writable(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _unwritable_field(item: CorpusItem) -> str | None:
    """The one-line error for an id, headline or metadata text that cannot be written as UTF-8 (a
    lone surrogate, as ``surrogateescape`` decoding or a broken upstream API leaves), else None."""
    fields = [("article id", item.article_id), ("headline", item.headline or "")]
    fields += [(f"metadata {key!r}", value) for key, value in item.metadata if isinstance(value, str)]
    fields += [("metadata column name", str(key)) for key, _ in item.metadata]
    for name, text in fields:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            character = _writable(text[error.start])
            return (f"the {_writable(name)} holds a character that cannot be written as UTF-8 "
                    f"(a lone surrogate, {character}) at position {error.start}")
    return None


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
    metadata: str | os.PathLike[str] | pd.DataFrame | None = None,
) -> CorpusResult:
    """Analyse every article of ``source`` and return tidy tables (see :mod:`analysis.corpus`).

    ``engine`` is ``"processes"`` (a local process pool of ``workers``, default all cores; 1 runs
    in this process) or ``"dask"`` (``dask.bag`` over the same per-article function, on the
    ``dask.distributed`` scheduler at ``scheduler`` — e.g. ``"tcp://10.0.0.5:8786"`` — or, without
    one, on Dask's local multiprocessing scheduler). ``progress`` shows a tqdm bar on stderr
    (default: only when stderr is a terminal). ``lexicons`` (a user lexicon file) is read and
    validated once here and the same lists go to every worker, local or Dask. The tables are
    read from the run's Parquet parts when first asked for (without ``output_dir`` the parts
    live in a temporary folder, removed with the result). ``metadata`` (a CSV/JSONL/Parquet table or
    a DataFrame with an ``id`` column) adds its columns to the articles of a folder or glob, joined
    on each file's path relative to the folder, with or without its extension. Files of a folder
    that are no article files are left out and listed in ``skipped`` of the result.
    """
    overlay = lexicons if isinstance(lexicons, UserLexicons) or lexicons is None else read_user_lexicons(lexicons)
    if engine not in ("processes", "dask"):
        raise AnalysisError(f"unknown engine {engine!r}: use 'processes' or 'dask'")
    skipped: list[str] = []
    if isinstance(source, Sequence) and not isinstance(source, str):
        items = list(source)
    else:
        items = read_corpus(source, text_column=text_column, skipped=skipped)
    if metadata is not None:
        items = with_metadata(items, metadata)
    for name, value in (("workers", workers), ("chunk_size", chunk_size)):
        if value is not None and (not isinstance(value, int) or value < 1):
            raise AnalysisError(f"{name} must be a whole number of at least 1, not {value!r}")
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        named = ", ".join(map(repr, unknown)) or "(none given)"
        raise AnalysisError(f"unknown table format {named}: use {' or '.join(map(repr, FORMATS))}")
    workers = workers or os.cpu_count() or 1
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    root = Path(output_dir) if output_dir is not None else Path(tempfile.mkdtemp(prefix="analysis-corpus-"))
    store = ChunkStore(root, overlay.sha256 if overlay else "")
    ids = [[item.article_id for item in chunk] for chunk in chunks]
    digests = [fingerprint(chunk) if output_dir is not None else "" for chunk in chunks]
    done = [store.load(index, ids[index], digests[index]) if output_dir is not None else None
            for index in range(len(chunks))]
    pending = [index for index, parts in enumerate(done) if parts is None]
    show = sys.stderr.isatty() if progress is None else progress

    reused = sum(len(chunks[i]) for i in range(len(chunks)) if done[i] is not None)
    bar = _progress_bar(len(items), reused, show)
    try:
        runs = _run_chunks(chunks, pending, engine=engine, workers=workers, scheduler=scheduler, lexicons=overlay,
                           folder=store.parts, advance=bar.update)
        for index, parts in runs:
            done[index] = store.save(index, ids[index], digests[index], parts)
    finally:
        bar.close()
    tables = LazyTables(store.parts, [parts for parts in done if parts is not None])
    if output_dir is not None:
        store.write_final(tables, formats)
    else:
        weakref.finalize(tables, shutil.rmtree, str(root), True)
    return CorpusResult(tables, reused=reused, skipped=tuple(skipped))


class _NoBar:
    """What the run needs of a tqdm bar, when none is shown (tqdm is not even imported)."""

    def update(self, count: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(total: int, initial: int, show: bool) -> Any:
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, unit="article", file=sys.stderr, dynamic_ncols=True)


def _merge(per_article: Iterable[dict[str, list[dict[str, Any]]]]) -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {}
    for rows in per_article:
        for table, table_rows in rows.items():
            merged.setdefault(table, []).extend(table_rows)
    return merged


def run_slice(stem: str, items: Sequence[CorpusItem], lexicons: UserLexicons | None, folder: str | None) -> list[Part]:
    """A worker's job: analyse a slice of loaded items and write (``folder``) or return its parts."""
    # Looked up at each call (not bound once), with no lexicons argument when there are none.
    function = analyze_item if lexicons is None else partial(analyze_item, lexicons=lexicons)
    return encode_parts(_merge(function(item) for item in items), stem, Path(folder) if folder is not None else None)


def _run_slice_task(task: tuple[str, list[CorpusItem], UserLexicons | None, str | None]) -> list[Part]:
    return run_slice(*task)


def _slices(chunk: list[CorpusItem], size: int) -> list[list[CorpusItem]]:
    return [chunk[start : start + size] for start in range(0, len(chunk), size)]


def _run_chunks(
    chunks: list[list[CorpusItem]],
    pending: list[int],
    *,
    engine: str,
    workers: int,
    scheduler: str | None,
    lexicons: UserLexicons | None,
    folder: Path,
    advance: Callable[[int], Any],
) -> Iterator[tuple[int, list[Part]]]:
    """Each pending chunk's parts, in order, as soon as all its slices are in."""
    if not pending:
        return
    if engine == "dask":
        yield from _run_dask(chunks, pending, workers=workers, scheduler=scheduler, lexicons=lexicons, advance=advance)
        return
    total = sum(len(chunks[index]) for index in pending)
    # Slices of a chunk small enough to keep every worker busy to the end (the chunk stays the
    # unit of resuming); one worker takes whole chunks.
    size = max(len(chunks[index]) for index in pending) if workers == 1 else max(1, math.ceil(total / (workers * 4)))
    jobs = [(index, f"chunk-{index:06d}-{k:03d}", part) for index in pending for k, part in enumerate(_slices(chunks[index], size))]
    left = {index: sum(1 for job in jobs if job[0] == index) for index in pending}
    collected: dict[int, list[Part]] = {}
    for (index, _stem, part_items), parts in zip(jobs, _run_local(jobs, workers, lexicons, str(folder)), strict=True):
        collected.setdefault(index, []).extend(parts)
        advance(len(part_items))
        left[index] -= 1
        if not left[index]:
            yield index, collected.pop(index)


def _run_local(
    jobs: list[tuple[int, str, list[CorpusItem]]], workers: int, lexicons: UserLexicons | None, folder: str
) -> Iterator[list[Part]]:
    """The parts of each job, in order. Files are read here just before their slice is sent, and
    only a few slices are in flight, so the parent never holds the corpus."""

    def task(job: tuple[int, str, list[CorpusItem]]) -> tuple[str, list[CorpusItem], UserLexicons | None, str]:
        return job[1], [item.loaded() for item in job[2]], lexicons, folder

    if workers == 1:
        with _frozen_state():
            for job in jobs:
                yield run_slice(*task(job))
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker)
    try:
        queue: deque[Future[list[Part]]] = deque()
        upcoming = iter(jobs)
        for job in upcoming:
            queue.append(pool.submit(_run_slice_task, task(job)))
            if len(queue) >= workers * 2:
                break
        while queue:
            parts = queue.popleft().result()
            job = next(upcoming, None)
            if job is not None:
                queue.append(pool.submit(_run_slice_task, task(job)))
            yield parts
    except BaseException:
        # Ctrl-C, SIGTERM (the CLI turns it into KeyboardInterrupt) or a failure in this process:
        # stop now, not after the running slices (one can hold hundreds of articles). Their
        # chunks have no manifest yet, so a resumed run computes them again.
        _stop_workers(pool)
        raise
    finally:
        # Drop the slices not started (a resumed run does their chunks).
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's worker processes at once (Python 3.14 has ``terminate_workers``; before
    it, the executor's own process table is the only handle on them)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(Exception):
            process.terminate()


def _start_worker() -> None:
    """A pool worker's start: interrupts are the parent's to handle, and the worker ends with
    the parent; then the measures are warmed up (:func:`_warm_up`)."""
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run and ends its
    # workers (:func:`_stop_workers`), so each worker printing a KeyboardInterrupt traceback
    # only buries the parent's one-line message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's handlers (the CLI's SIGTERM-as-interrupt among them):
    # when the parent ends it, it should just end.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with_parent()
    _warm_up()


def _end_with_parent() -> None:
    """On Linux, ask the kernel to send this worker SIGTERM when its parent dies: a parent killed
    outright (SIGKILL, the OOM killer) runs no clean-up, and its idle workers would otherwise wait
    on their task queue for ever. Elsewhere nothing: there the pool notices a lost parent itself
    only when it next reads a task."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1  # <sys/prctl.h>
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
        if os.getppid() == 1:  # the parent died before the request was made
            os._exit(1)


def _run_dask(
    chunks: list[list[CorpusItem]],
    pending: list[int],
    *,
    workers: int,
    scheduler: str | None,
    lexicons: UserLexicons | None,
    advance: Callable[[int], Any],
) -> Iterator[tuple[int, list[Part]]]:
    """Each pending chunk on Dask, in slices; the workers return their parts as bytes (they may
    not share this machine's disk) and the parent writes them."""
    import dask.bag as db

    client = None
    if scheduler is not None:
        from distributed import Client

        client = Client(scheduler) if isinstance(scheduler, str) else scheduler
    try:
        for index in pending:
            chunk = chunks[index]
            size = max(1, math.ceil(len(chunk) / (workers * 2)))
            tasks = [(f"chunk-{index:06d}-{k:03d}", [item.loaded() for item in part], lexicons, None)
                     for k, part in enumerate(_slices(chunk, size))]
            mapped = db.from_sequence(tasks, npartitions=len(tasks)).map(_run_slice_task)
            if client is not None:
                per_slice = mapped.compute(scheduler=client)
            else:
                per_slice = mapped.compute(scheduler="processes", num_workers=workers)
            advance(len(chunk))
            yield index, [part for parts in per_slice for part in parts]
    finally:
        if client is not None and isinstance(scheduler, str):
            client.close()


def _warm_up() -> None:
    """A worker's start: the measures imported, and the lexicons, CMUdict and first-use caches
    loaded by one small analysis, once per worker, not once per article; then that long-lived
    state frozen out of the garbage collector's sight."""
    # The collector is paused while the state is built: each collection would walk every object
    # loaded so far, none of it garbage (CMUdict alone is ~265,000 lists), and they added up to
    # about 0.6 s of a worker's 1.6 s start (CPU). Peak memory is the same.
    enabled = gc.isenabled()
    gc.disable()
    try:
        from analysis.article import load_article
        from analysis.pipeline import analyze

        analyze(load_article("Warm up\n\nThe mayor said on Monday that the bridge would be repaired, officials said."))
        with contextlib.suppress(ImportError):
            import pyarrow.parquet  # noqa: F401  (the parts' writer: imported while the collector is paused, and frozen)
    finally:
        if enabled:
            gc.enable()
    # Every full collection otherwise walks all of it (~335,000 tracked objects) though none of it
    # is ever garbage: about 6-10 % of analyze's CPU time in one process. gc.freeze is the standard
    # recipe for a worker that builds its state up front; it only changes which objects the
    # collector visits, never a result. No gc.collect() first: it walks all of it once more
    # (~0.2 s) to find the warm-up's garbage, ~360 objects, which stay frozen (in this process's
    # own run, :func:`_frozen_state`, they are collected after the unfreeze).
    gc.freeze()
    # The young generation's threshold (700 by default) is below what one article keeps alive at
    # once, so an analysis triggered about one young collection per article and one older one per
    # ten: ~0.5 ms of ~14 ms CPU, each walking objects that die by reference counting anyway.
    # At 10,000 nearly no article reaches it (GC CPU ~0.05 ms per article); what it holds back is
    # at most that many objects of cyclic garbage, a few MB.
    gc.set_threshold(WORKER_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


@contextlib.contextmanager
def _frozen_state() -> Iterator[None]:
    """One worker, in this process: warmed up and frozen as a pool worker is (:func:`_warm_up`),
    and unfrozen after (its GC threshold restored), so the caller's own objects are collected as before. Left alone when the
    caller froze objects itself or turned the collector off."""
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    thresholds = gc.get_threshold()
    _warm_up()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()

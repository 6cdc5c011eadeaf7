"""Parts, the chunk store and the tables: rows → Parquet parts, parts → tables, tables → Parquet/CSV.

A worker turns the rows of a slice of articles into one Arrow table per table (built from the
rows without pandas, :mod:`analysis.corpus.arrow`, or through a DataFrame for unusual columns) and
writes each as a Parquet *part* (``parts/chunk-NNNNNN-KKK.<table>.parquet``; a table Arrow cannot
hold, e.g. an object column of mixed types, is pickled instead). When every part of a chunk is written, the
parent writes the chunk's manifest ``parts/chunk-NNNNNN.json`` (atomically: a chunk is whole or
absent) with its ids, the digest of the user lexicons and its parts; an interrupted run resumes
with the chunks that have no manifest, and gives the same tables as one run. Tables are read from
the parts only when asked for (:class:`LazyTables`), so a run holds about one chunk in memory.
The final tables go to ``output_dir/<table>.parquet`` (and/or ``.csv``), one table at a time.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.corpus.arrow import arrow_table, empty_parquet, matches_pandas

if TYPE_CHECKING:
    import pandas as pd

#: Every run has these tables, in this order, whether or not an article gave them a row.
TABLES = ("articles", "sentences", "errors", "actors", "attributions", "frames", "sources", "right_of_reply")
#: A part: (table, rows, file name) once written, or (table, rows, file name, bytes) to be written.
Part = tuple[Any, ...]


def to_frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """One chunk's rows as a DataFrame per table (tables with no rows left out)."""
    import pandas as pd

    return {name: pd.DataFrame(table_rows) for name, table_rows in rows.items() if table_rows}


def encode_parts(rows: dict[str, list[dict[str, Any]]], stem: str, folder: Path | None) -> list[Part]:
    """The rows of a slice of articles as one Parquet part per table, written to ``folder`` (a
    local worker) or returned as bytes (a worker that may not share the parent's disk).

    A table's Arrow columns are built straight from the rows (no pandas, see
    :mod:`analysis.corpus.arrow`) when they are of the plain types the measures give; otherwise
    through ``pd.DataFrame(rows)``, and a table Arrow cannot hold is pickled."""
    parts: list[Part] = []
    for name, table_rows in rows.items():
        if not table_rows:
            continue
        table = arrow_table(table_rows)
        if table is not None:
            file_name, data = f"{stem}.{name}.parquet", _parquet_bytes(table)
        else:
            file_name, data = _encode_frame(name, table_rows, stem)
        if folder is None:
            parts.append((name, len(table_rows), file_name, data))
        else:
            _write_atomic(folder / file_name, data)
            parts.append((name, len(table_rows), file_name))
    return parts


def _parquet_bytes(table: Any) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy")  # what DataFrame.to_parquet writes
    return sink.getvalue().to_pybytes()


def _encode_frame(name: str, table_rows: list[dict[str, Any]], stem: str) -> tuple[str, bytes]:
    frame = to_frames({name: table_rows})[name]
    buffer = io.BytesIO()
    try:
        frame.to_parquet(buffer, index=False)
        return f"{stem}.{name}.parquet", buffer.getvalue()
    except (TypeError, ValueError, ImportError, ArithmeticError):  # e.g. mixed types Arrow cannot hold
        buffer = io.BytesIO()
        frame.to_pickle(buffer)
        return f"{stem}.{name}.pkl", buffer.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def read_part(path: Path) -> pd.DataFrame:
    import pandas as pd

    return pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_pickle(path)


def empty_columns(name: str) -> list[str]:
    """The columns of table ``name`` when no article gave it a row (:func:`analysis.pipeline.corpus_columns`)."""
    if name == "errors":
        return ["article_id", "error_type", "message"]  # the common case, without importing the measures
    from analysis.pipeline import corpus_columns

    return ["article_id", *corpus_columns().get(name, ())]


def assemble_table(name: str, parts: list[pd.DataFrame]) -> pd.DataFrame:
    """One table from its parts, in order. A column can have different dtypes in different parts
    (all ``None`` in one: object; floats in another: float64); such a column is inferred again over
    all its values, as from the rows, so the table does not depend on the chunking."""
    import numpy as np
    import pandas as pd

    if not parts:
        return pd.DataFrame(columns=empty_columns(name))
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    columns = list(dict.fromkeys(c for part in parts for c in part.columns))
    mixed = [c for c in columns if len({str(p[c].dtype) if c in p else "missing" for p in parts}) > 1]
    uniform = [c for c in columns if c not in mixed]
    total = sum(len(p) for p in parts)
    frame = pd.concat([p[uniform] for p in parts], ignore_index=True) if uniform else pd.DataFrame(index=pd.RangeIndex(total))
    for column in mixed:
        values = [v for p in parts for v in (p[column].tolist() if column in p else [np.nan] * len(p))]
        frame[column] = pd.DataFrame({column: values})[column]  # same inference as from rows
    return frame[columns].reset_index(drop=True)


def stream_parquet(files: list[Path], path: Path) -> bool:
    """Copy Parquet parts with the same columns into one file, a part at a time; False (nothing
    written) when they cannot be (pickled parts, other columns, types Arrow will not unify).

    A column all null in one part takes the other parts' type: read back, it is what
    :func:`assemble_table` infers from the values (float64 with NaN, strings with missing ones,
    bool or int with missing values as object / float64)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not files or any(f.suffix != ".parquet" for f in files):
        return False
    order = pq.read_schema(files[0]).names  # with the same columns everywhere, the table's order
    schemas = [pq.read_schema(f).remove_metadata() for f in files]
    if any(sorted(schema.names) != sorted(order) for schema in schemas):
        return False
    schemas = [pa.schema([schema.field(n) for n in order]) for schema in schemas]
    try:
        schema = pa.unify_schemas(schemas)
    except (pa.ArrowInvalid, pa.ArrowTypeError, NotImplementedError):
        return False
    pairs = ((schema.field(n).type, part.field(n).type) for part in schemas for n in schema.names)
    if any(whole != own and not pa.types.is_null(own) for whole, own in pairs):
        return False  # e.g. int64 and double: pandas infers those again from the values
    temporary = path.with_name(path.name + ".tmp")
    # The system allocator gives the memory of each part back; with mimalloc (Arrow's default
    # here) the parent's memory grew with the number of parts.
    pool = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        with pq.ParquetWriter(temporary, schema) as writer:
            pending: list[Any] = []
            for file in files:
                # ParquetFile, not pq.read_table: that goes through pyarrow.dataset, which imports pandas.
                with pq.ParquetFile(file) as part:
                    table = part.read(use_threads=False)
                table = table.replace_schema_metadata(None).select(order)
                pending.append(table if table.schema.equals(schema) else _typed_nulls(table, schema))
                pending = _write_row_groups(writer, pending, final=False)
            _write_row_groups(writer, pending, final=True)
    finally:
        pa.set_memory_pool(pool)
    temporary.replace(path)
    return True


#: Rows per row group of a final table. Fixed, not one row group per part: the parts follow the
#: slices of the run, which depend on the number of workers, and the file's bytes must not.
ROW_GROUP_ROWS = 10_000


def _write_row_groups(writer: Any, pending: list[Any], *, final: bool) -> list[Any]:
    """Write whole row groups of :data:`ROW_GROUP_ROWS` rows from the tables in ``pending`` (and,
    when ``final``, the rest); return what is left to write (fewer rows than a row group)."""
    import pyarrow as pa

    held = sum(table.num_rows for table in pending)
    if held < ROW_GROUP_ROWS and not (final and held):
        return pending
    table = pa.concat_tables(pending) if len(pending) > 1 else pending[0]
    whole = held if final else held - held % ROW_GROUP_ROWS
    for start in range(0, whole, ROW_GROUP_ROWS):
        # One contiguous chunk per row group: the writer encodes a column batch by batch, and where
        # its dictionary outgrows the page limit (a long text column) it falls back to plain
        # encoding at a batch boundary, so the parts' layout (one per worker's slice) would
        # otherwise change the file's bytes with the number of workers (trial 17, F7).
        writer.write_table(table.slice(start, min(ROW_GROUP_ROWS, whole - start)).combine_chunks(),
                           row_group_size=ROW_GROUP_ROWS)
    return [table.slice(whole)] if whole < held else []


def _typed_nulls(table: Any, schema: Any) -> Any:
    """``table.cast(schema)`` for a part whose only differing columns are all null (the one
    difference :func:`stream_parquet` lets through): those become all-null columns of the table's
    type. The same table, without importing pyarrow.compute for the cast (~0.05 s)."""
    import pyarrow as pa

    columns = [column if column.type == field.type else pa.nulls(len(table), field.type)
               for column, field in zip(table.columns, schema, strict=True)]
    return pa.Table.from_arrays(columns, schema=schema)


class LazyTables(Mapping[str, "pd.DataFrame"]):
    """The tables of a run, read from its parts on first access (then kept)."""

    def __init__(self, folder: Path, chunks: Sequence[Sequence[Part]]) -> None:
        self.folder = folder
        self.chunks = [list(chunk) for chunk in chunks]
        self.counts: dict[str, int] = {}
        for chunk in self.chunks:
            for name, rows, *_ in chunk:
                self.counts[name] = self.counts.get(name, 0) + rows
        self.names = list(TABLES) + sorted(set(self.counts) - set(TABLES))
        self.loaded: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.names:
            raise KeyError(name)
        if name not in self.loaded:
            self.loaded[name] = self.build(name)
        return self.loaded[name]

    def files(self, name: str) -> list[Path]:
        """The part files of table ``name``, in order."""
        return [self.folder / part[2] for chunk in self.chunks for part in chunk if part[0] == name]

    def build(self, name: str) -> pd.DataFrame:
        """The table, read afresh from the parts (not kept)."""
        return assemble_table(name, [read_part(path) for path in self.files(name)])

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def rows(self, name: str) -> int:
        return self.counts.get(name, 0)


@cache
def package_digest() -> str:
    """sha256 over the package's code and data files (names and bytes): what computed a chunk.

    Stored in each chunk's manifest, so a run into an output folder left by another version of the
    package (or of its lexicons) computes every chunk again instead of mixing old rows with new."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".toml", ".json", ".j2", ".html") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class ChunkStore:
    """Parts and chunk manifests under ``root/parts``, so an interrupted run can resume."""

    def __init__(self, root: Path, lexicons_digest: str = "") -> None:
        self.root = root
        # A chunk computed with other user lexicons, or by another version of the package, is not reused.
        self.lexicons_digest = lexicons_digest
        self.code_digest = package_digest()
        self.parts = root / "parts"
        self.parts.mkdir(parents=True, exist_ok=True)

    def _path(self, index: int) -> Path:
        return self.parts / f"chunk-{index:06d}.json"

    def load(self, index: int, ids: list[str], items_digest: str) -> list[Part] | None:
        """The parts of chunk ``index`` if a previous run stored it whole for these ids, the same
        articles (``items_digest``: :func:`analysis.corpus.inputs.fingerprint`) and lexicons."""
        path = self._path(index)
        if not path.exists():
            return None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            parts = [tuple(part) for part in stored["parts"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a chunk cut short by the interruption, or of an older format: compute it again
        reusable = (stored.get("ids") == ids and stored.get("items") == items_digest
                    and stored.get("lexicons", "") == self.lexicons_digest
                    and stored.get("code") == self.code_digest)
        return parts if reusable and all((self.parts / part[2]).is_file() for part in parts) else None

    def save(self, index: int, ids: list[str], items_digest: str, parts: list[Part]) -> list[Part]:
        """Write the parts still held as bytes, then the chunk's manifest (last, atomically)."""
        written = []
        for part in parts:
            if len(part) == 4:
                _write_atomic(self.parts / part[2], part[3])
            written.append(tuple(part[:3]))
        record = {"ids": ids, "items": items_digest, "lexicons": self.lexicons_digest, "code": self.code_digest, "parts": written}
        # ASCII escapes: an id with a lone surrogate (recorded as an errors row) must not stop the run.
        _write_atomic(self._path(index), json.dumps(record).encode("ascii"))
        return written

    def write_final(self, tables: LazyTables, formats: Sequence[str]) -> None:
        """Each table to ``<table>.parquet`` / ``.csv``. Parquet is streamed part by part when the
        parts' columns agree (the common case: memory stays flat); otherwise, and for CSV, the
        table is built (one at a time, not kept)."""
        for name in tables:
            parquet = self.root / f"{name}.parquet"
            streamed = "parquet" in formats and stream_parquet(tables.files(name), parquet)
            if "parquet" in formats and not streamed and "csv" not in formats and not tables.files(name) and matches_pandas():
                # e.g. no errors: the file pandas writes, without importing pandas for it
                _write_atomic(parquet, empty_parquet(empty_columns(name)))
                continue
            if ("parquet" in formats and not streamed) or "csv" in formats:
                frame = tables.build(name)
                if "parquet" in formats and not streamed:
                    frame.to_parquet(parquet, index=False)
                if "csv" in formats:
                    frame.to_csv(self.root / f"{name}.csv", index=False)
                del frame

    def clear(self) -> None:
        shutil.rmtree(self.parts, ignore_errors=True)

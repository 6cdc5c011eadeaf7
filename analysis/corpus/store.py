"""The chunk store and the tables: rows → DataFrames, chunks → tables, tables → Parquet/CSV.

With ``output_dir``, each chunk's rows are written to ``output_dir/parts/chunk-NNNNNN.json`` as
soon as the chunk is done (atomically: a chunk file is whole or absent), with the chunk's ids and
the digest of the user lexicons; an interrupted run resumes with the chunks not yet written, and
gives the same tables as one run. The final tables go to ``output_dir/<table>.parquet`` (and/or
``.csv``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

BASE_TABLES = ("articles", "sentences", "errors")


def to_frames(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pd.DataFrame]:
    """One chunk's rows as a DataFrame per table (tables with no rows left out)."""
    return {name: pd.DataFrame(table_rows) for name, table_rows in rows.items() if table_rows}


def assemble_tables(chunk_frames: Sequence[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
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


class ChunkStore:
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


"""Lazy corpus results (issue 16): the tables read from the Parquet parts are the tables one
``pd.DataFrame`` of all rows gives, for any slicing, and on Dask's own scheduler too."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import analyze_corpus, analyze_item, read_corpus
from analysis.corpus.store import BASE_TABLES, LazyTables

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lazy")
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt")) if p.name != "hostile.txt"]
    for n in range(12):
        head, _, body = texts[n % len(texts)].partition("\n\n")
        (folder / f"a{n:02d}.txt").write_text(f"{head} ({n})\n\n{body}", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _eager(folder: Path) -> dict[str, pd.DataFrame]:
    """The definition: every article's rows, in order, as one DataFrame per table."""
    rows: dict[str, list[dict]] = {}
    for item in read_corpus(folder):
        for table, table_rows in analyze_item(item).items():
            rows.setdefault(table, []).extend(table_rows)
    return {name: pd.DataFrame(table_rows) for name, table_rows in rows.items()}


def test_lazy_tables_equal_the_eager_ones(folder, tmp_path):
    eager = _eager(folder)
    for chunk_size, workers in ((5, 1), (3, 2), (200, 2)):
        result = analyze_corpus(folder, workers=workers, chunk_size=chunk_size, progress=False, output_dir=tmp_path / f"o{chunk_size}")
        assert isinstance(result.tables, LazyTables) and not result.tables.loaded  # nothing read yet
        assert (result.analysed, result.failed) == (12, 1)
        assert list(result.tables)[:3] == list(BASE_TABLES)
        assert set(result.tables) == set(eager)
        for name, frame in eager.items():
            pd.testing.assert_frame_equal(result.tables[name], frame)
            pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"o{chunk_size}" / f"{name}.parquet"), frame)


def test_without_output_dir_the_parts_are_temporary(folder):
    result = analyze_corpus(folder, workers=1, chunk_size=4, progress=False)
    parts = result.tables.folder
    assert parts.is_dir() and len(result.articles) == 12
    del result
    import gc

    gc.collect()
    assert not parts.exists()


def test_dask_default_scheduler_gives_the_same_tables(folder):
    local = analyze_corpus(folder, workers=2, chunk_size=5, progress=False)
    on_dask = analyze_corpus(folder, engine="dask", workers=2, chunk_size=5, progress=False)
    for name in local.tables:
        pd.testing.assert_frame_equal(on_dask.tables[name], local.tables[name])

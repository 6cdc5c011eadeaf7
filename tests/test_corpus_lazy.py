"""Lazy corpus results (issue 16): the tables read from the Parquet parts are the tables one
``pd.DataFrame`` of all rows gives, for any slicing, and on Dask's own scheduler too."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import analyze_corpus, analyze_item, read_corpus
from analysis.corpus.store import TABLES, LazyTables, assemble_table

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
    # A table no article gave a row (right_of_reply: no fixture accuses anyone) has its columns all the same.
    return {name: pd.DataFrame(table_rows) if table_rows else assemble_table(name, []) for name, table_rows in rows.items()}


def test_lazy_tables_equal_the_eager_ones(folder, tmp_path):
    eager = _eager(folder)
    for chunk_size, workers in ((5, 1), (3, 2), (200, 2)):
        result = analyze_corpus(folder, workers=workers, chunk_size=chunk_size, progress=False, output_dir=tmp_path / f"o{chunk_size}")
        assert isinstance(result.tables, LazyTables) and not result.tables.loaded  # nothing read yet
        assert (result.analysed, result.failed) == (12, 1)
        assert list(result.tables) == list(TABLES)
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


# --------------------------------------------------------------------------------------------
# Parts written without pandas (analysis.corpus.arrow): the same Arrow table as pandas writes

_ABSENT = object()  # the row has no such key
_COLUMNS = {
    "ints": ([1, -2, 3], "int64"),
    "ints and None": ([1, None, 3], "double"),
    "ints, one absent": ([1, _ABSENT, 3], "double"),
    "ints and floats": ([1, 2.5, -0.0], "double"),
    "floats with NaN": ([1.5, float("nan"), float("inf")], "double"),
    "bools": ([True, False, True], "bool"),
    "bools and None": ([True, None, False], "bool"),
    "bools, one absent": ([_ABSENT, True, False], "bool"),
    "strings with None and absent": (["a", None, _ABSENT], "large_string"),
    "strings, empty and accented": (["", "é", "a"], "large_string"),
    "only None": ([None, None, None], "null"),
    "None and absent": ([None, _ABSENT, None], "double"),
    "None and NaN": ([None, float("nan"), None], "double"),
}
_PANDAS_DECIDES = {  # pandas makes object columns of these (Arrow refuses them, and the table is pickled) or uint64
    "strings and ints": ["a", 1, "b"],
    "bools and ints": [True, 1, False],
    "bools and floats": [True, 2.5, None],
    "an int beyond int64": [2**63, 1, 2],
    "a list": [[1], [2], [3]],
}


def _rows(values: list) -> list[dict]:
    return [{"article_id": f"a{i}", **({} if v is _ABSENT else {"x": v})} for i, v in enumerate(values)]


@pytest.mark.parametrize("case", sorted(_COLUMNS))
def test_a_part_built_without_pandas_is_the_one_pandas_builds(case: str) -> None:
    import io

    import pyarrow.parquet as pq

    from analysis.corpus.arrow import arrow_table
    from analysis.corpus.store import _parquet_bytes

    values, arrow_type = _COLUMNS[case]
    rows = _rows(values)
    table = arrow_table(rows)
    assert table is not None and str(table.schema.field("x").type) == arrow_type
    ours = _parquet_bytes(table)
    buffer = io.BytesIO()
    pd.DataFrame(rows).to_parquet(buffer, index=False)
    theirs = buffer.getvalue()
    read_ours, read_theirs = (pq.read_table(io.BytesIO(data)).replace_schema_metadata(None) for data in (ours, theirs))
    assert read_ours.schema == read_theirs.schema and read_ours.equals(read_theirs)
    back_ours, back_theirs = pd.read_parquet(io.BytesIO(ours)), pd.read_parquet(io.BytesIO(theirs))
    pd.testing.assert_frame_equal(back_ours, back_theirs)
    assert [repr(v) for v in back_ours["x"]] == [repr(v) for v in back_theirs["x"]]  # None stays None, NaN stays NaN


@pytest.mark.parametrize("case", sorted(_PANDAS_DECIDES))
def test_other_columns_are_left_to_pandas(case: str) -> None:
    from analysis.corpus.arrow import arrow_table

    assert arrow_table(_rows(_PANDAS_DECIDES[case])) is None
    assert arrow_table([{"article_id": "a", 1: 2}]) is None  # a column name that is not a string


def test_an_empty_table_file_is_the_one_pandas_writes() -> None:
    import io

    from analysis.corpus.arrow import empty_parquet
    from analysis.corpus.store import empty_columns

    for name in ("errors", "articles"):
        buffer = io.BytesIO()
        pd.DataFrame(columns=empty_columns(name)).to_parquet(buffer, index=False)
        assert empty_parquet(empty_columns(name)) == buffer.getvalue()


def test_a_corpus_run_writes_its_tables_without_pandas(folder, tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from analysis.corpus import analyze_corpus\n"
        f"r = analyze_corpus({str(folder)!r}, workers=1, output_dir={str(tmp_path / 'out')!r}, progress=False)\n"
        "print(r.analysed, r.failed, sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'tqdm')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent)
    assert done.stdout.split("\n")[-2] == "12 1 []"
    eager = _eager(folder)
    for name, frame in eager.items():
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "out" / f"{name}.parquet"), frame)

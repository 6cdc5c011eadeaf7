"""A corpus table with both a ``text`` and an ``html`` column (trial 19, F7): a table mixing text
files and saved pages fills one column per row; a row with an empty text is read from its html."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.corpus.inputs import read_corpus

PAGE = "<html><body><article><h1>Storm</h1><p>A storm hit the coast.</p></article></body></html>"


def test_empty_text_row_reads_its_html() -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b", "c"], "outlet": ["x", "y", "z"], "text": ["Plain text.", "", None], "html": [None, PAGE, PAGE]}
    )
    items = read_corpus(frame)
    assert [item.content for item in items] == ["Plain text.", PAGE, PAGE]
    # the html is content, not metadata passed through to ``articles``
    assert [item.metadata for item in items] == [(("outlet", "x"),), (("outlet", "y"),), (("outlet", "z"),)]


def test_text_wins_when_both_are_filled() -> None:
    frame = pd.DataFrame({"text": ["Plain text."], "html": [PAGE]})
    assert read_corpus(frame)[0].content == "Plain text."


def test_blank_text_and_no_html_stays_blank() -> None:
    frame = pd.DataFrame({"id": ["a"], "text": ["  "], "html": [""]})
    assert read_corpus(frame)[0].content == "  "


def test_csv_with_both_columns(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    pd.DataFrame({"id": ["a1", "p1"], "outlet": ["x", "y"], "text": ["Plain text.", ""], "html": ["", PAGE]}).to_csv(path, index=False)
    items = read_corpus(path)
    assert [(item.article_id, item.content, item.metadata) for item in items] == [
        ("a1", "Plain text.", (("outlet", "x"),)),
        ("p1", PAGE, (("outlet", "y"),)),
    ]


def test_an_explicit_text_column_has_no_fallback() -> None:
    frame = pd.DataFrame({"body": [""], "html": [PAGE]})
    items = read_corpus(frame, text_column="body")
    assert items[0].content == ""
    assert items[0].metadata == (("html", PAGE),)


def test_parquet_string_columns_with_missing_cells(tmp_path: Path) -> None:
    path = tmp_path / "table.parquet"
    frame = pd.DataFrame({"id": ["a1", "p1"], "text": ["Plain text.", None], "html": [None, PAGE]}).astype("string")
    frame.to_parquet(path)
    assert [item.content for item in read_corpus(path)] == ["Plain text.", PAGE]

"""README's corpus tables against the columns the runner writes (review, round 13: seven columns of
``articles`` were written but named nowhere). Every column of ``corpus_columns()`` must be named
in its table's README row; ``attributions`` and ``sources`` point to their frames' documented
columns, whose docstrings must name every column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.framing.result import FRAMES
from analysis.pipeline import corpus_columns
from analysis.sourcing.result import SourcingResult

ROOT = Path(__file__).resolve().parents[1]


def _row(table: str) -> str:
    readme = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"^\| `{table}` \| [^|]+\| (.+) \|$", readme, re.M)
    assert match, f"README has no row for the corpus table {table}"
    return match.group(1)


def _named(column: str, row: str) -> bool:
    frame = re.fullmatch(r"frame_([a-z_]+?)(_strength)?", column)
    if frame and frame.group(1) in FRAMES:
        generic = "frame_<name>" + (frame.group(2) or "")
        return f"`{generic}`" in row and f"`{frame.group(1)}`" in row
    return re.search(rf"(?<![a-z_]){column}(?![a-z_])", row) is not None


@pytest.mark.parametrize("table", ["articles", "sentences", "frames", "actors", "errors"])
def test_every_column_is_named_in_the_readme(table):
    # article_id, in every table, is named once above them ("joinable on `article_id`").
    row = _row(table)
    assert [c for c in corpus_columns()[table] if not _named(c, row)] == []


@pytest.mark.parametrize(
    ("table", "method"),
    [("attributions", "attributions_frame"), ("sources", "sources_frame"), ("right_of_reply", "right_of_reply_frame")],
)
def test_tables_that_reuse_a_frame_say_so_and_the_frame_lists_its_columns(table, method):
    assert f"`SourcingResult.{method}()`" in _row(table)
    doc = getattr(SourcingResult, method).__doc__ or ""
    assert [c for c in corpus_columns()[table] if c not in doc] == []

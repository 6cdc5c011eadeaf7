"""A folder of articles with a metadata table joined on file ids (trial 19 C2: a folder carried no
outlet, so grouping a folder's articles by outlet meant building a table of their texts by hand)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.inputs import read_corpus, with_metadata
from analysis.errors import AnalysisError


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "nyt").mkdir(parents=True)
    (folder / "nyt" / "a1.txt").write_text("Mayor resigns\n\nThe mayor resigned on Friday, officials said.\n")
    (folder / "b2.txt").write_text("Council votes\n\nThe council voted on Monday to raise taxes, the clerk said.\n")
    (folder / "c3.html").write_text("<html><body><p>Nothing listed for this page.</p></body></html>")
    return folder


def test_ids_with_or_without_extension_join_and_unlisted_files_get_missing_values(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    table = tmp_path / "meta.csv"
    table.write_text("id,outlet,year\nnyt/a1,NYT,2019\nb2.txt,Post,2020\n")
    items = with_metadata(read_corpus(folder), table)
    assert [(i.article_id, i.metadata) for i in items] == [
        ("b2.txt", (("outlet", "Post"), ("year", 2020))),
        ("c3.html", (("outlet", None), ("year", None))),
        ("nyt/a1.txt", (("outlet", "NYT"), ("year", 2019))),
    ]
    assert all(i.path is not None for i in items)  # the files are still read by the workers


def test_a_data_frame_works_as_the_table(tmp_path: Path) -> None:
    items = with_metadata(read_corpus(_folder(tmp_path)), pd.DataFrame({"id": ["c3"], "outlet": ["Blog"]}))
    assert [i.metadata for i in items] == [(("outlet", None),), (("outlet", "Blog"),), (("outlet", None),)]


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("name,outlet\nb2,Post\n", "meta.csv needs an 'id' column naming each file (columns: name, outlet)"),
        ("id,outlet\nb2,Post\nb2,Times\n", "duplicate id 'b2' in meta.csv: ids must be unique"),
        ("id,outlet\nzz,Post\n", "no id in meta.csv names a file of the corpus: ids are paths relative to the folder, "
                                 "with or without the extension (e.g. 'b2.txt')"),
        ("id,text\nb2,hello\n", "meta.csv has a 'text' column: a metadata table only adds columns to the files' articles"),
    ],
)
def test_a_table_that_cannot_be_joined_is_refused_in_one_line(tmp_path: Path, csv: str, message: str) -> None:
    folder = _folder(tmp_path)
    table = tmp_path / "meta.csv"
    table.write_text(csv)
    with pytest.raises(AnalysisError) as raised:
        with_metadata(read_corpus(folder), table)
    assert str(raised.value) == message


def test_a_table_input_takes_its_columns_from_itself(tmp_path: Path) -> None:
    items = read_corpus(pd.DataFrame({"id": ["x"], "text": ["The mayor resigned, officials said."]}))
    with pytest.raises(AnalysisError, match="for a table input, add the columns to the table itself"):
        with_metadata(items, pd.DataFrame({"id": ["x"], "outlet": ["NYT"]}))

"""A CSV corpus gives its metadata the types pandas reads (as JSONL and Parquet keep theirs), while
the id, headline and text stay exactly as written (trial 17, F6: coders' True/False labels from a
CSV arrived as the strings "True"/"False" and the corpus notebook's label table counted none)."""

from __future__ import annotations

import pandas as pd

from analysis.corpus import analyze_corpus, read_corpus

CSV = (
    "id,headline,text,outlet,label_CO,year,score,note\n"
    '007,Bridge shut,"The mayor said on Monday that the bridge would be repaired.",bbc,True,2017,0.5,\n'
    '008,,"Officials said the bridge was closed.",cnn,False,2018,,x\n'
)


def test_metadata_are_typed_and_ids_and_headlines_kept_verbatim(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text(CSV, encoding="utf-8")
    first, second = read_corpus(path)
    assert first.article_id == "007" and second.article_id == "008"  # not the number 7
    assert first.headline == "Bridge shut" and second.headline == ""
    assert dict(first.metadata) == {"outlet": "bbc", "label_CO": True, "year": 2017, "score": 0.5, "note": None}
    assert dict(second.metadata) == {"outlet": "cnn", "label_CO": False, "year": 2018, "score": None, "note": "x"}


def test_the_articles_table_has_the_same_types_from_csv_and_jsonl(tmp_path):
    csv_path = tmp_path / "stories.csv"
    csv_path.write_text(CSV, encoding="utf-8")
    frame = pd.read_csv(csv_path, dtype={"id": str})
    jsonl_path = tmp_path / "stories.jsonl"
    frame.to_json(jsonl_path, orient="records", lines=True)
    from_csv = analyze_corpus(csv_path, workers=1, progress=False).articles
    from_jsonl = analyze_corpus(jsonl_path, workers=1, progress=False).articles
    assert from_csv["label_CO"].tolist() == [True, False]
    assert from_csv["label_CO"].dtype == from_jsonl["label_CO"].dtype
    assert from_csv["year"].tolist() == [2017, 2018] and from_csv["year"].dtype == from_jsonl["year"].dtype
    assert from_csv.groupby("label_CO").size().to_dict() == {False: 1, True: 1}


def test_a_text_column_of_another_name_is_read_as_written(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text("body,outlet\n1234,bbc\n", encoding="utf-8")
    (item,) = read_corpus(path, text_column="body")
    assert item.content == "1234" and dict(item.metadata) == {"outlet": "bbc"}


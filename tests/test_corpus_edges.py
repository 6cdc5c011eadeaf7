"""Corpus runs at their edges: an edited article after a run, the same text twice, tables no
article filled, and options or paths a user can get wrong (each a one-line error before any work)."""

from __future__ import annotations

import hashlib
import os

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus import TABLES, analyze_corpus, read_corpus
from analysis.errors import AnalysisError
from analysis.pipeline import corpus_columns
from analysis.readability import SCORE_KEYS

COUNCIL = ("Council closes library\n\nThe council voted on Monday to close the library, officials said, after a "
           "long debate about the budget. \"We had no choice,\" said Mayor Ann Cole. The library's friends said "
           "they would appeal to the county, which funds a third of its budget.\n")


def test_an_edited_article_is_computed_again_on_resume(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(COUNCIL, encoding="utf-8")
    (folder / "b.txt").write_text(COUNCIL.replace("Monday", "Tuesday"), encoding="utf-8")
    first = analyze_corpus(folder, workers=1, output_dir=tmp_path / "out", progress=False)
    assert first.articles["sha256"].tolist()[0] == hashlib.sha256(COUNCIL.encode()).hexdigest()
    edited = COUNCIL.replace("Ann Cole", "Ann Cole-Baker")
    article.write_text(edited, encoding="utf-8")
    os.utime(article, ns=(article.stat().st_atime_ns, article.stat().st_mtime_ns + 10**9))  # a later edit
    again = analyze_corpus(folder, workers=1, output_dir=tmp_path / "out", progress=False)
    assert again.reused == 0  # the chunk holds an article that changed: none of it is reused
    assert again.articles["sha256"].tolist()[0] == hashlib.sha256(edited.encode()).hexdigest()
    assert "Ann Cole-Baker" in again.sources["name"].tolist()
    unchanged = analyze_corpus(folder, workers=1, output_dir=tmp_path / "out", progress=False)
    assert unchanged.reused == 2


def test_corrected_metadata_reaches_the_articles_table_on_resume(tmp_path):
    frame = pd.DataFrame({"id": ["a"], "text": [COUNCIL], "outlet": ["Daily A"]})
    analyze_corpus(frame, workers=1, output_dir=tmp_path / "out", progress=False)
    frame.loc[0, "outlet"] = "Daily B"
    again = analyze_corpus(frame, workers=1, output_dir=tmp_path / "out", progress=False)
    assert (again.reused, again.articles["outlet"].tolist()) == (0, ["Daily B"])


def test_the_same_text_twice_is_two_articles_not_a_stopped_run():
    frame = pd.DataFrame({"text": [COUNCIL, COUNCIL, "", ""], "outlet": ["Daily A", "Daily B", "C", "D"]})
    digest = hashlib.sha256(COUNCIL.encode()).hexdigest()
    empty = hashlib.sha256(b"").hexdigest()
    assert [item.article_id for item in read_corpus(frame)] == [digest, f"{digest}#2", empty, f"{empty}#2"]
    result = analyze_corpus(frame, workers=1, progress=False)
    assert result.articles["outlet"].tolist() == ["Daily A", "Daily B"]
    assert result.errors["error_type"].tolist() == ["EmptyArticleError", "EmptyArticleError"]
    # Ids a user gave must still be unique: which row is "x1" would otherwise be a guess.
    with pytest.raises(AnalysisError, match="duplicate article id 'x1'"):
        read_corpus(pd.DataFrame({"id": ["x1", "x1"], "text": [COUNCIL, COUNCIL]}))


def test_every_table_and_column_exists_when_no_article_fills_it(tmp_path):
    # One article too short to score and with nobody quoted; one that fails.
    frame = pd.DataFrame({"id": ["short", "empty"], "text": ["The council met on Monday.", ""]})
    result = analyze_corpus(frame, workers=1, output_dir=tmp_path / "out", progress=False)
    assert list(result.tables) == list(TABLES)
    columns = corpus_columns()
    assert list(result.articles.columns) == ["article_id", *columns["articles"]]
    assert result.articles[list(SCORE_KEYS)].isna().all(axis=None)  # not scorable: None, not absent
    for name in ("attributions", "sources", "actors"):
        table = getattr(result, name)
        assert table.empty and list(table.columns) == ["article_id", *columns[name]], name
        on_disk = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        assert list(on_disk.columns) == ["article_id", *columns[name]], name


def test_article_columns_follow_a_fixed_order_not_the_first_articles_frame_ranking():
    texts = [COUNCIL, "Budget talks\n\nThe budget will cost taxpayers $4 million, the treasurer said on Monday, "
                      "and the deficit will grow by $2 million next year as tax receipts fall.\n"]
    result = analyze_corpus(pd.DataFrame({"text": texts}), workers=1, progress=False)
    assert list(result.articles.columns) == ["article_id", *corpus_columns()["articles"]]


@pytest.mark.parametrize(("option", "value"), [("--workers", "0"), ("--workers", "-1"), ("--chunk-size", "0"), ("--chunk-size", "x")])
def test_bad_numbers_are_refused_by_the_command(tmp_path, capsys, option, value):
    with pytest.raises(SystemExit) as stop:
        main(["corpus", str(tmp_path), "-o", str(tmp_path / "out"), option, value])
    assert stop.value.code == 2 and "is not a whole number of at least 1" in capsys.readouterr().err


def test_bad_options_are_refused_by_the_function():
    frame = pd.DataFrame({"text": [COUNCIL]})
    with pytest.raises(AnalysisError, match="workers must be a whole number of at least 1, not 0"):
        analyze_corpus(frame, workers=0)
    with pytest.raises(AnalysisError, match="chunk_size must be a whole number of at least 1, not -5"):
        analyze_corpus(frame, chunk_size=-5)
    with pytest.raises(AnalysisError, match="unknown table format 'xlsx'"):
        analyze_corpus(frame, formats=("xlsx",))


def test_an_empty_folder_says_what_it_looked_for(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("no article here")
    assert main(["corpus", str(tmp_path), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip() == (f"error: no article files in the folder {tmp_path.name}: "
                                               "it needs .txt, .text, .html, .htm files; it holds 1 other file (notes.md)")


def test_a_folder_of_compressed_pages_is_told_to_decompress_them(tmp_path, capsys):
    for name in ("a.html.gz", "b.html.gz", "c.html.gz", "d.html.gz"):
        (tmp_path / name).write_bytes(b"\x1f\x8b")
    assert main(["corpus", str(tmp_path), "-o", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.strip() == (
        f"error: no article files in the folder {tmp_path.name}: it needs .txt, .text, .html, .htm files; it holds 4 other "
        "files (a.html.gz, b.html.gz, c.html.gz, … and 1 more); decompress compressed pages first (e.g. gunzip -k *.gz)")


def test_output_paths_that_cannot_be_written_are_one_line_errors_before_any_work(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(COUNCIL, encoding="utf-8")
    a_file = tmp_path / "afile"
    a_file.write_text("x")
    cases = [
        (["report", str(article), "-o", str(tmp_path)], f"error: {tmp_path} is a folder: give the HTML file's name"),
        (["report", str(article), "-o", str(a_file / "x.html")], f"error: cannot write {a_file / 'x.html'}: {a_file} is a file"),
        (
            ["report", str(article), "-o", str(tmp_path / "x.txt")],
            f"error: {tmp_path / 'x.txt'} does not end in .html (or .htm): the report is",
        ),
        (["corpus", str(article), "-o", str(a_file)], f"error: cannot write tables or files into {a_file}: {a_file} is a file"),
        (["validate", "-o", str(a_file / "sub")], f"error: cannot write tables or files into {a_file / 'sub'}: {a_file} is a file"),
    ]
    for argv, message in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith(message) and err.count("\n") == 1, err

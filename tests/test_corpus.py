"""Corpus runs: bad articles go to errors, results do not depend on workers or engine, resume works."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import analysis.corpus.run as corpus_run
import analysis.corpus.store as corpus_store
from analysis.cli import main
from analysis.corpus import analyze_corpus, read_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _good_articles() -> list[tuple[str, str]]:
    """50 distinct, valid articles: the fixtures and the seed, with paragraphs rotated."""
    sources = [SEED, *sorted(FIXTURES.glob("*.txt"))]
    texts = [p.read_text(encoding="utf-8") for p in sources if p.name != "hostile.txt"]
    articles = []
    for n in range(50):
        head, _, rest = texts[n % len(texts)].partition("\n\n")
        paragraphs = [p for p in rest.split("\n\n") if p.strip()]
        shift = n // len(texts)
        rotated = paragraphs[shift % len(paragraphs) :] + paragraphs[: shift % len(paragraphs)]
        articles.append((f"good-{n:02d}.txt", f"{head} (version {n})\n\n" + "\n\n".join(rotated)))
    return articles


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    for name, text in _good_articles():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "bad-empty.txt").write_bytes(b"")
    (folder / "bad-binary.txt").write_bytes(bytes(range(256)) * 8)
    # Bytes that are text in no encoding we accept (C1 control range, no NUL).
    (folder / "bad-not-utf8.txt").write_bytes(bytes(range(0x80, 0xA0)) * 40)
    (folder / "notes.md").write_text("not an article file: ignored")
    return folder


@pytest.fixture(scope="module")
def single_worker(mixed_folder):
    return analyze_corpus(mixed_folder, workers=1, progress=False)


def test_bad_articles_go_to_errors_and_the_run_goes_on(single_worker):
    assert single_worker.analysed == 50
    errors = single_worker.errors.set_index("article_id")
    assert sorted(errors.index) == ["bad-binary.txt", "bad-empty.txt", "bad-not-utf8.txt"]
    assert errors.loc["bad-empty.txt", "error_type"] == "EmptyArticleError"
    assert errors.loc["bad-binary.txt", "error_type"] == "UnreadableInputError"
    assert errors.loc["bad-not-utf8.txt", "error_type"] == "UnreadableInputError"


def test_tables_are_tidy_and_joinable(single_worker):
    articles, sentences = single_worker.articles, single_worker.sentences
    assert articles["article_id"].is_unique
    assert list(articles.columns[:2]) == ["article_id", "headline"]
    assert set(sentences["article_id"]) == set(articles["article_id"])
    per_article = sentences.groupby("article_id").size()
    assert (per_article == articles.set_index("article_id")["sentences"]).all()
    seed_row = articles[articles["article_id"] == "good-00.txt"].iloc[0]
    assert seed_row["flesch_kincaid_grade"] == pytest.approx(13.518262, abs=1e-6)


def test_actors_table_one_row_per_actor_per_article(single_worker):
    """The ``actors`` table: the target tone of each actor in each article, joinable on
    article_id, so an actor's treatment can be compared across outlets (README "Corpus tables")."""
    from analysis.sentiment.result import ACTOR_COLUMNS

    actors = single_worker.actors
    assert list(actors.columns) == ["article_id", *ACTOR_COLUMNS]
    assert not actors.duplicated(["article_id", "actor"]).any()
    assert set(actors["article_id"]) <= set(single_worker.articles["article_id"])
    seed = actors[actors["article_id"] == "good-00.txt"].set_index("actor")
    assert seed.loc["Russia", "target_tone"] < seed.loc["United States", "target_tone"]
    assert seed.loc["Russia", "negative_mentions"] == 4


def test_actor_tone_by_group(single_worker):
    """An actor's treatment side by side across groups: with every article in one group the row
    for Russia sums the articles' mentions and averages their target tones."""
    from analysis.corpus import actor_tone_by

    table = actor_tone_by(single_worker, "outlet", actors=["Russia"])
    assert list(table["actor"]) == ["Russia"] and list(table["outlet"]) == ["all"]
    rows = single_worker.actors[single_worker.actors["actor"] == "Russia"]
    row = table.iloc[0]
    assert row["articles"] == len(rows) and row["mentions"] == rows["mentions"].sum()
    assert row["target_tone"] == pytest.approx(rows["target_tone"].mean())
    assert row["negative_mentions"] == rows["negative_mentions"].sum()
    assert actor_tone_by(single_worker, "outlet", actors=["Nobody"]).empty


def test_two_workers_give_the_same_tables(mixed_folder, single_worker):
    two = analyze_corpus(mixed_folder, workers=2, chunk_size=7, progress=False)
    for name in ("articles", "sentences", "errors"):
        pd.testing.assert_frame_equal(two.tables[name], single_worker.tables[name])


def test_dask_local_cluster_gives_the_same_tables(mixed_folder, single_worker):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        on_dask = analyze_corpus(mixed_folder, engine="dask", scheduler=client, progress=False)
    for name in ("articles", "sentences", "errors"):
        pd.testing.assert_frame_equal(on_dask.tables[name], single_worker.tables[name])


def test_resume_after_an_interrupted_run(mixed_folder, single_worker, tmp_path, monkeypatch):
    output = tmp_path / "out"
    analyze_corpus(mixed_folder, workers=1, output_dir=output, chunk_size=10, progress=False)
    parts = sorted((output / "parts").glob("chunk-*.json"))
    assert len(parts) == 6  # 53 articles in chunks of 10
    # Interrupt: the last chunk never written, the one before cut short mid-write.
    parts[-1].unlink()
    parts[-2].write_text(parts[-2].read_text(encoding="utf-8")[:100], encoding="utf-8")
    for table in output.glob("*.parquet"):
        table.unlink()
    calls: list[str] = []
    real = corpus_run.analyze_item
    monkeypatch.setattr(corpus_run, "analyze_item", lambda item: calls.append(item.article_id) or real(item))
    resumed = analyze_corpus(mixed_folder, workers=1, output_dir=output, chunk_size=10, progress=False)
    assert len(calls) == 13  # chunk 5 (10 articles) and chunk 6 (3) only
    for name in ("articles", "sentences", "errors"):
        pd.testing.assert_frame_equal(resumed.tables[name], single_worker.tables[name])
        pd.testing.assert_frame_equal(pd.read_parquet(output / f"{name}.parquet"), single_worker.tables[name])


def test_a_second_run_into_the_same_folder_reuses_its_chunks_and_says_so(mixed_folder, tmp_path, capsys):
    output = tmp_path / "out"
    assert main(["corpus", str(mixed_folder), "-o", str(output), "--workers", "1", "--quiet", "--chunk-size", "20"]) == 0
    assert "taken from an earlier run" not in capsys.readouterr().out
    assert main(["corpus", str(mixed_folder), "-o", str(output), "--workers", "1", "--quiet", "--chunk-size", "20"]) == 0
    out = capsys.readouterr().out
    # 53 inputs in chunks of 20: all three chunks stored whole, so every input is reused (errors too).
    assert "analysed 50 of 53 articles; 3 failed" in out
    assert "53 of the 53 inputs taken from an earlier run into this folder" in out and str(output / "parts") in out


def test_chunks_of_another_package_version_are_computed_again(mixed_folder, single_worker, tmp_path, monkeypatch):
    output = tmp_path / "out"
    analyze_corpus(mixed_folder, workers=1, output_dir=output, chunk_size=20, progress=False)
    manifest = sorted((output / "parts").glob("chunk-*.json"))[0]
    stored = json.loads(manifest.read_text(encoding="utf-8"))
    assert stored["code"] == corpus_store.package_digest()
    stored["code"] = "0" * 64  # as if an older version of the package had written it
    manifest.write_text(json.dumps(stored), encoding="utf-8")
    calls: list[str] = []
    real = corpus_run.analyze_item
    monkeypatch.setattr(corpus_run, "analyze_item", lambda item: calls.append(item.article_id) or real(item))
    again = analyze_corpus(mixed_folder, workers=1, output_dir=output, chunk_size=20, progress=False)
    assert len(calls) == 20 and again.reused == 33  # the first chunk again; the other two (20 + 13) reused
    pd.testing.assert_frame_equal(again.tables["articles"], single_worker.tables["articles"])


def test_final_tables_have_the_same_bytes_for_one_and_two_workers(mixed_folder, tmp_path, monkeypatch):
    # Small row groups, so each final file has several and they must not follow the workers' slices.
    monkeypatch.setattr(corpus_store, "ROW_GROUP_ROWS", 8)
    for workers in (1, 2):
        analyze_corpus(mixed_folder, workers=workers, output_dir=tmp_path / f"w{workers}", chunk_size=7, progress=False)
    names = sorted(p.name for p in (tmp_path / "w1").glob("*.parquet"))
    assert "sentences.parquet" in names and "actors.parquet" in names
    for name in names:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name
    import pyarrow.parquet as pq

    articles = pq.ParquetFile(tmp_path / "w2" / "articles.parquet")
    assert [articles.metadata.row_group(i).num_rows for i in range(articles.num_row_groups)] == [8] * 6 + [2]


def test_table_input_with_ids_headlines_and_metadata(tmp_path):
    body = "The council voted on Monday to close the library, officials said, after a long debate about the budget."
    rows = [
        {"id": "x1", "headline": "Council closes library", "text": body, "outlet": "Daily A", "date": "2024-06-03"},
        {"id": "x2", "headline": "Empty one", "text": "", "outlet": "Daily B", "date": "2024-06-04"},
    ]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    result = analyze_corpus(jsonl, workers=1, progress=False)
    assert result.articles[["article_id", "outlet", "date", "headline"]].to_dict("records") == [
        {"article_id": "x1", "outlet": "Daily A", "date": "2024-06-03", "headline": "Council closes library"}
    ]
    assert result.articles.loc[0, "sentences"] == 1  # with a headline column, no headline is looked for in the text
    assert result.errors["article_id"].tolist() == ["x2"]
    csv = tmp_path / "articles.csv"
    pd.DataFrame(rows).drop(columns=["id"]).to_csv(csv, index=False)
    items = read_corpus(csv)
    assert len(items[0].article_id) == 64  # no id column: the text's sha256


def test_table_without_text_column_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n")
    from analysis import AnalysisError

    with pytest.raises(AnalysisError, match="'text' or 'html' column"):
        analyze_corpus(bad, workers=1)


def test_a_folder_run_lists_the_files_it_leaves_out(tmp_path, single_worker):
    from analysis.cli import _skipped_note

    assert single_worker.skipped == ("notes.md",)
    folder = tmp_path / "pages"
    (folder / "old").mkdir(parents=True)
    (folder / "a.txt").write_text("x")
    (folder / "old" / "page.html.gz").write_bytes(b"\x1f\x8b")
    (folder / "scan.pdf").write_bytes(b"%PDF")
    (folder / ".DS_Store").write_bytes(b"")  # hidden: nobody meant it as an article
    skipped: list[str] = []
    assert [item.article_id for item in read_corpus(folder, skipped=skipped)] == ["a.txt"]
    assert skipped == ["old/page.html.gz", "scan.pdf"]
    assert _skipped_note(["a.gz", "b.gz", "c.gz", "d.gz", "e.gz"]) == (
        "skipped 5 files that are not .txt/.text/.html/.htm (a.gz, b.gz, c.gz, … and 2 more); "
        "decompress or convert such files to analyse them"
    )


def test_cli_exit_status(mixed_folder, tmp_path, capsys):
    assert main(["corpus", str(mixed_folder), "-o", str(tmp_path / "a"), "--workers", "1", "--quiet", "--csv"]) == 0
    captured = capsys.readouterr()
    assert "analysed 50 of 53 articles; 3 failed" in captured.out
    # The folder's notes.md is no article file: left out, and said so on stderr (not silently).
    note = "skipped 1 file that is not .txt/.text/.html/.htm (notes.md); decompress or convert such files to analyse them"
    assert captured.err.strip() == note
    assert (tmp_path / "a" / "articles.csv").exists() and (tmp_path / "a" / "errors.parquet").exists()
    assert main(["corpus", str(mixed_folder), "-o", str(tmp_path / "b"), "--workers", "1", "--quiet", "--strict"]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_bytes(b"")
    assert main(["corpus", str(empty), "-o", str(tmp_path / "c"), "--quiet"]) == 2


def test_user_lexicons_reach_every_worker_locally_and_on_dask(tmp_path):
    from distributed import Client, LocalCluster

    sports = ROOT / "tests" / "fixtures" / "articles" / "sports.txt"
    folder = tmp_path / "sports"
    folder.mkdir()
    for n in range(4):
        (folder / f"s{n}.txt").write_text(sports.read_text(encoding="utf-8"), encoding="utf-8")
    lexicons = ROOT / "examples" / "sports_lexicons.toml"
    plain = analyze_corpus(folder, workers=1, progress=False)
    local = analyze_corpus(folder, workers=2, progress=False, lexicons=lexicons)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        on_dask = analyze_corpus(folder, engine="dask", scheduler=client, progress=False, lexicons=lexicons)
    for name in ("articles", "sentences", "attributions", "sources", "frames"):
        pd.testing.assert_frame_equal(on_dask.tables[name], local.tables[name])
    # The user phrases made the lede of every article more negative than without them.
    assert (local.articles["tone_mean_compound"] < plain.articles["tone_mean_compound"]).all()
    # A resumed run with other lexicons recomputes instead of reusing chunks.
    output = tmp_path / "out"
    analyze_corpus(folder, workers=1, output_dir=output, progress=False, lexicons=lexicons)
    again = analyze_corpus(folder, workers=1, output_dir=output, progress=False)
    pd.testing.assert_frame_equal(again.articles, plain.articles)


def test_an_unreadable_file_becomes_an_error_row(tmp_path, monkeypatch):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "locked.txt").write_text("whatever", encoding="utf-8")
    real = Path.read_bytes

    def refuse_locked(path: Path) -> bytes:
        # Tests run as root, where chmod cannot make a file unreadable: refuse it here instead.
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse_locked)
    result = analyze_corpus(folder, workers=1, progress=False)
    assert result.articles["article_id"].tolist() == ["good.txt"]
    assert result.errors.to_dict("records") == [
        {"article_id": "locked.txt", "error_type": "InputNotFoundError", "message": "cannot read locked.txt: Permission denied"}
    ]


def test_a_lone_surrogate_in_an_id_headline_or_metadata_is_an_error_row_not_a_stopped_run(tmp_path):
    # Parquet and CSV hold UTF-8 only; such text comes from `surrogateescape` decoding or a broken
    # upstream API. Before the check, one such field stopped the whole run with a traceback.
    from analysis.corpus.inputs import CorpusItem

    text = SEED.read_text(encoding="utf-8")
    items = [
        CorpusItem("good", text),
        CorpusItem("bad-headline", text, headline="Head \ud800 line"),
        CorpusItem("bad-metadata", text, metadata=(("outlet", "X\udc80"),)),
        CorpusItem("bad-id-\ud800", text),
    ]
    result = analyze_corpus(items, workers=1, progress=False, output_dir=tmp_path / "out", formats=("parquet", "csv"))
    assert result.articles["article_id"].tolist() == ["good"]
    assert result.errors.to_dict("records") == [
        {"article_id": "bad-headline", "error_type": "UnreadableInputError",
         "message": "the headline holds a character that cannot be written as UTF-8 (a lone surrogate, \\ud800) at position 5"},
        {"article_id": "bad-metadata", "error_type": "UnreadableInputError",
         "message": "the metadata 'outlet' holds a character that cannot be written as UTF-8 (a lone surrogate, \\udc80) at position 1"},
        {"article_id": "bad-id-\\ud800", "error_type": "UnreadableInputError",
         "message": "the article id holds a character that cannot be written as UTF-8 (a lone surrogate, \\ud800) at position 7"},
    ]
    # The same run again resumes from its manifests (the id with the surrogate included).
    again = analyze_corpus(items, workers=1, progress=False, output_dir=tmp_path / "out")
    pd.testing.assert_frame_equal(again.errors, result.errors)

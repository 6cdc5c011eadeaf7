"""The garbage-collector handling of the corpus runner and of ``analyze`` on the command line
(issue 16, round 8): it saves CPU time only, so what is checked here is that it leaves the
caller's process as it found it, and that the faster part writing gives the same tables."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.corpus import analyze_corpus
from analysis.errors import EmptyArticleError

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_59af26005722e3de.txt"


@pytest.fixture()
def folder(tmp_path) -> Path:
    texts = sorted(p for p in FIXTURES.glob("*.txt") if p.name != "hostile.txt")[:3]
    for path in texts:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path


def test_one_worker_in_this_process_leaves_the_collector_as_it_was(folder, tmp_path):
    # The run freezes the loaded state while it lasts (as a pool worker does), then unfreezes:
    # the caller's own objects are collected again afterwards, and the collector is on.
    assert gc.isenabled() and gc.get_freeze_count() == 0
    result = analyze_corpus(folder, workers=1, progress=False, output_dir=tmp_path / "out")
    assert result.analysed == 3
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_one_worker_in_this_process_restores_the_collector_thresholds(folder, tmp_path):
    # The run raises the young generation's threshold while it lasts (as a pool worker does).
    before = gc.get_threshold()
    gc.set_threshold(900, 11, 12)
    try:
        analyze_corpus(folder, workers=1, progress=False, output_dir=tmp_path / "out")
        assert gc.get_threshold() == (900, 11, 12)
    finally:
        gc.set_threshold(*before)


def test_a_pool_worker_raises_only_the_young_threshold(monkeypatch):
    from analysis.corpus import run

    before = gc.get_threshold()
    monkeypatch.setattr(gc, "freeze", lambda: None)  # this test process's objects stay collectable
    try:
        run._warm_up()
        assert gc.get_threshold() == (10_000, *before[1:])
        assert gc.isenabled()
    finally:
        gc.set_threshold(*before)


def test_the_first_analysis_pauses_the_collector_then_turns_it_back_on(monkeypatch):
    from analysis import pipeline

    seen = []
    real = pipeline.find_actors
    monkeypatch.setattr(pipeline, "find_actors", lambda article: seen.append(gc.isenabled()) or real(article))
    monkeypatch.setattr(pipeline, "_first_use_done", False)
    pipeline.analyze(SEED)
    pipeline.analyze(SEED)
    assert seen == [False, True]  # paused during the first analysis only
    assert gc.isenabled()


def test_a_failed_first_analysis_turns_the_collector_back_on_and_the_next_is_still_first(monkeypatch):
    from analysis import pipeline

    monkeypatch.setattr(pipeline, "_first_use_done", False)
    with pytest.raises(EmptyArticleError):
        pipeline.analyze("")
    assert gc.isenabled() and pipeline._first_use_done is False


def test_a_caller_without_a_collector_is_left_without_one_by_the_first_analysis(monkeypatch):
    from analysis import pipeline

    monkeypatch.setattr(pipeline, "_first_use_done", False)
    gc.disable()
    try:
        pipeline.analyze(SEED)
        assert not gc.isenabled() and pipeline._first_use_done is True
    finally:
        gc.enable()


def test_a_caller_that_froze_objects_keeps_them_frozen(folder, tmp_path):
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        analyze_corpus(folder, workers=1, progress=False, output_dir=tmp_path / "out")
        # Not unfrozen by the run, nor frozen again (some frozen objects are freed by their
        # reference counts meanwhile, so the count may only fall a little).
        assert frozen * 0.9 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


def test_a_caller_without_a_collector_is_left_without_one(folder, tmp_path):
    gc.disable()
    try:
        analyze_corpus(folder, workers=1, progress=False, output_dir=tmp_path / "out")
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_the_analyze_command_turns_the_collector_back_on(capsys):
    assert main(["analyze", str(SEED), "--json"]) == 0
    assert '"input_sha256"' in capsys.readouterr().out
    assert gc.isenabled()


def test_a_part_with_an_all_null_column_is_cast_as_arrow_casts_it():
    import pyarrow as pa

    from analysis.corpus.store import _typed_nulls

    part = pa.table({"article_id": ["a", "b"], "speaker": pa.nulls(2), "share": [0.5, None]})
    schema = pa.schema([("article_id", pa.large_string()), ("speaker", pa.large_string()), ("share", pa.float64())])
    part = part.cast(pa.schema([("article_id", pa.large_string()), ("speaker", pa.null()), ("share", pa.float64())]))
    ours = _typed_nulls(part, schema)
    assert ours.schema == schema and ours.equals(part.cast(schema))
    assert ours.column("speaker").null_count == 2

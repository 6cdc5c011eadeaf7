"""``analysis.paths.locate``: the notebooks' rule for a path a reader types."""

from __future__ import annotations

from pathlib import Path

from analysis.paths import locate

ROOT = Path(__file__).resolve().parents[1]
SEED = "data/raw/000_59af26005722e3de.txt"


def test_a_project_path_is_found_from_any_folder_below_or_outside(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT / "notebooks")
    assert locate(SEED) == ROOT / SEED
    monkeypatch.chdir(tmp_path)  # outside the project: the checkout that holds the package
    assert locate(SEED) == ROOT / SEED


def test_existing_missing_and_no_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.txt").write_text("x")
    assert locate("mine.txt") == Path("mine.txt")
    assert locate("nowhere/at/all.txt") == Path("nowhere/at/all.txt")  # as typed, so the error names it
    assert locate(None) is None

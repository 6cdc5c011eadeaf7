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


STORY = (
    "Harbor board delays the ferry vote\n\n"
    "The harbor board put off its vote on the new ferry schedule on Monday, saying it needed another month of "
    "public comment before deciding. Board chair Ellen Marsh said the delay was fair to riders."
)


def test_a_pasted_story_is_text_not_a_path(tmp_path, monkeypatch):
    """A notebook reader pastes the story into article_path: it is passed on as text, which
    load_article takes, instead of failing in pathlib ("File name too long")."""
    monkeypatch.chdir(tmp_path)
    assert locate(STORY) == STORY  # a line break: text
    one_line = STORY.replace("\n\n", " ")
    assert locate(one_line) == one_line  # a sentence of 8 words or more, found nowhere: text
    long_word = "x" * 300  # no file system has a name this long
    assert locate(long_word) == long_word
    # A file whose name holds a line break is still the file.
    odd = tmp_path / "a\nb.txt"
    odd.write_text("x")
    assert locate(str(odd)) == odd
    # Short values and file names found nowhere stay paths, so the error says "no such file: ...".
    assert locate("my story") == Path("my story")
    assert locate("the notes I took at the harbor board meeting.txt") == Path("the notes I took at the harbor board meeting.txt")


def test_a_pasted_story_is_analysed(tmp_path, monkeypatch):
    from analysis import load_article

    monkeypatch.chdir(tmp_path)
    article = load_article(locate(STORY))
    assert article.headline == "Harbor board delays the ferry vote"
    assert len(article.sentences) == 2 and article.body.startswith("The harbor board put off its vote")

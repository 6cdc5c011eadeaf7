"""A table's text (or ``load_article(..., headline=...)``) is cleaned like a text file's body
(new-user trial 7, F12): with the headline given apart, a byline and a wire dateline at the top
of the text are still head parts, so "(AP)" is no actor, the lede keeps its attribution, and a
folder of .txt files and a CSV of the same stories give the same tables but for the id and the
metadata columns. Nothing else at the top is taken: no headline is looked for in the text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import analyze, analyze_corpus, load_article

# Invented stories written as wire copy is: headline, byline, a dateline opening the lede.
STORIES = {
    "wire": (
        "Senators trade blame as farm bill talks collapse",
        "By Peter Alvarez\n\nWASHINGTON (AP) — Talks on a new farm bill broke down on Thursday, with the two senators "
        "leading the negotiations blaming each other.\n\nSen. Margaret Ellison said Democrats had walked away from a deal "
        "that was “95 percent done.”\n\n“They moved the goalposts,” she said.",
    ),
    "delhi": (
        "Opposition walks out as farm loan bill is tabled",
        "By Priya Raman\n\nNEW DELHI — Opposition members walked out of parliament on Monday as the government introduced "
        "a bill to restructure farm loans, saying it had been drafted without consulting the states.\n\nThe agriculture "
        "minister said the bill would help more than 30 million small farmers.",
    ),
}


def test_byline_and_wire_dateline_leave_the_body_when_the_headline_is_given() -> None:
    headline, text = STORIES["wire"]
    article = load_article(text, headline=headline)
    assert (article.headline, article.byline, article.dateline) == (headline, "By Peter Alvarez", "WASHINGTON (AP)")
    assert article.paragraphs[0].text.startswith("Talks on a new farm bill broke down")
    result = analyze(article)
    assert "Associated Press" not in result.actors.actors()
    assert article.body == load_article(f"{headline}\n\n{text}").body  # the same body as the text file's


def test_the_lede_after_a_dateline_keeps_its_attribution() -> None:
    headline, text = STORIES["delhi"]
    found = [(a.speaker, a.cue) for a in analyze(load_article(text, headline=headline)).sourcing.attributions]
    assert found == [("Opposition members", "saying"), ("The agriculture minister", "said")]


def test_folder_and_csv_of_the_same_stories_give_the_same_tables(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for key, (headline, text) in STORIES.items():
        (folder / f"{key}.txt").write_text(f"{headline}\n\n{text}\n", encoding="utf-8")
    rows = [{"id": f"{key}.txt", "headline": h, "text": t, "outlet": "Wire"} for key, (h, t) in sorted(STORIES.items())]
    csv = tmp_path / "stories.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    from_folder = analyze_corpus(folder, workers=1, progress=False)
    from_csv = analyze_corpus(csv, workers=1, progress=False)
    for name in ("articles", "sentences", "attributions", "sources", "actors", "frames"):
        left, right = from_folder.tables[name], from_csv.tables[name]
        columns = [c for c in left.columns if c not in ("input_sha256", "sha256")]
        pd.testing.assert_frame_equal(left[columns].reset_index(drop=True), right[columns].reset_index(drop=True), check_like=True)
    assert from_csv.articles["outlet"].tolist() == ["Wire", "Wire"]
    # Hand-counted: delhi is a lede and one paragraph, wire a lede and two; no byline sentence.
    assert from_csv.articles["sentences"].tolist() == [2, 3] and from_csv.articles["paragraphs"].tolist() == [2, 3]


@pytest.mark.parametrize(
    "first",
    [
        "By Tuesday, the council had voted to close two branches and cut hours at the rest.",
        "By the time firefighters arrived, the house was gone, the chief said.",
        "Rain expected",  # a short first line is body when the headline is given: no headline is looked for
    ],
)
def test_a_body_opening_like_a_head_part_stays_body(first: str) -> None:
    # The rule does not over-fire: only a byline- or dateline-shaped line leaves the body.
    article = load_article(f"{first}\n\nThe library will stay open on Sundays, the mayor said.", headline="Library cuts")
    assert article.paragraphs[0].text == first and article.byline is None and article.headline == "Library cuts"


@pytest.mark.parametrize("line", ["By Laura Mendes", "June 5, 2024", "March 3, 2026 was the wettest day on record"])
def test_a_single_line_with_a_headline_given_is_body(line: str) -> None:
    # A one-block text (a coded sentence, a brief) is never cut to nothing.
    article = load_article(line, headline="")
    assert article.paragraphs[0].text == line and article.byline is None and article.dateline is None

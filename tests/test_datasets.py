"""The bundled Narrative Frames table, and the group comparisons of the corpus notebook."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.corpus import (
    CorpusResult,
    articles_for_comparison,
    compare_groups,
    describe_comparison,
    group_sizes,
    read_corpus,
    summarise_by,
    summary_table,
)
from analysis.corpus.compare import _holm
from analysis.report import plots
from analysis.validation.datasets import BIAS_GROUPS, COLUMNS, headline_and_body, narrative_frames_table, repair_shifted_quotes


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return narrative_frames_table()


def test_table_shape_and_columns(table):
    assert len(table) == 428
    assert list(table.columns) == list(COLUMNS)
    assert table["id"].is_unique
    assert table["outlet"].nunique() == 36
    assert list(table["mbfc_bias"].cat.categories) == list(BIAS_GROUPS)
    assert table["mbfc_bias"].value_counts().to_dict() == {
        "left_bias": 132, "right_bias": 114, "left_center_bias": 108, "questionable_source": 74,
    }
    assert table[["label_CO", "label_EC", "label_HI", "label_MO", "label_RE"]].sum().tolist() == [268, 127, 49, 44, 192]


def test_headline_is_cut_off_the_text(table):
    first = table.iloc[0]
    assert first["headline"] == 'Climate Alarmists Want to Rebrand "Climate Change" to Something More Panic Inducing'
    assert first["text"].startswith("First, it was")
    with_headline = table[table["headline"] != ""]
    assert len(with_headline) == 427  # one title in the corpus belongs to another article
    assert not any(t.startswith(h) for h, t in zip(with_headline["headline"], with_headline["text"], strict=True))


def test_title_quirks_handled_by_split_headline():
    # A title recovered from a file name (".txt") and one that lost its accents.
    assert headline_and_body("EPA Considers Repealing Rule Environmental Protection Agency said", "EPA Considers Repealing Rule.txt") == (
        "EPA Considers Repealing Rule",
        "Environmental Protection Agency said",
    )
    assert headline_and_body("Julián Castro Defends Record Julián Castro, the first", "Julian Castro Defends Record") == (
        "Julián Castro Defends Record",
        "Julián Castro, the first",
    )
    assert headline_and_body("Something else entirely", "Americans are worried") == (None, "Something else entirely")
    assert headline_and_body("Crops At Risk Crops At Risk. Farmers said", "Crops At Risk") == ("Crops At Risk", "Farmers said")


def test_table_is_ready_for_the_runner(table):
    items = read_corpus(table)
    assert len(items) == 428 and items[0].article_id == "0"
    assert items[0].headline.startswith("Climate Alarmists")
    metadata = dict(items[0].metadata)
    assert metadata["outlet"] == "redstate" and metadata["mbfc_bias"] == "right_bias" and metadata["label_CO"] is True


# --------------------------------------------------------------------------------------------
# Group comparisons


def _articles() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    groups = np.repeat(["a", "b", "c"], 30)
    outlets = [f"{g}{i % 6}" for i, g in enumerate(groups)]
    shifted = rng.normal(0, 1, 90) + np.where(groups == "c", 3.0, 0.0)
    noise = rng.normal(0, 1, 90)
    return pd.DataFrame({"article_id": [str(i) for i in range(90)], "group": groups, "outlet": outlets, "shifted": shifted, "noise": noise})


def test_summarise_by_counts_means_and_intervals():
    frame = _articles()
    frame.loc[0, "noise"] = np.nan
    measures = {"shifted": "Shifted", "noise": "Noise"}
    summary = summarise_by(frame, "group", {**measures, "absent": "skipped"}, order=["c", "b", "a"], cluster_column="outlet")
    assert summary["measure"].tolist() == ["Shifted"] * 3 + ["Noise"] * 3
    assert summary["group"].tolist() == ["c", "b", "a"] * 2
    row = summary[(summary["measure"] == "Noise") & (summary["group"] == "a")].iloc[0]
    assert row["n"] == 29 and row["clusters"] == 6
    assert row["mean"] == pytest.approx(frame.loc[frame["group"] == "a", "noise"].mean())
    assert (summary["ci_low"] <= summary["mean"]).all() and (summary["mean"] <= summary["ci_high"]).all()
    pd.testing.assert_frame_equal(summary, summarise_by(frame, "group", measures, order=["c", "b", "a"], cluster_column="outlet"))
    wide = summary_table(summary, group_labels={"c": "C"})
    assert list(wide.columns.get_level_values(0).unique()) == ["C", "b", "a"] and wide.index.tolist() == ["Shifted", "Noise"]
    assert list(wide["b"].columns) == ["mean", "low", "high", "n"]
    assert all(pd.api.types.is_numeric_dtype(wide[c]) for c in wide.columns)  # numbers, not "m [l, h]" strings
    assert wide.loc["Noise", ("a", "n")] == 29 and wide.loc["Noise", ("a", "mean")] == round(row["mean"], 2)
    sizes = group_sizes(frame, "group", order=["c", "b", "a"], cluster_column="outlet", group_labels={"c": "C"})
    assert sizes.to_dict("index") == {g: {"articles": 30, "outlets": 6} for g in ("C", "b", "a")}


def test_compare_groups_separates_signal_from_noise():
    frame = _articles()
    tests = compare_groups(frame, "group", ["shifted", "noise"]).set_index("measure")
    assert tests.loc["shifted", "p"] < 0.001 and tests.loc["shifted", "highest"] == "c"
    labelled = compare_groups(frame, "group", ["shifted"], group_labels={"c": "Group C"})
    assert labelled.loc[0, "highest"] == "Group C"
    assert tests.loc["noise", "p_holm"] > 0.05
    assert 0 <= tests.loc["noise", "epsilon2"] < tests.loc["shifted", "epsilon2"] <= 1
    on_outlets = compare_groups(frame, "group", ["shifted"], cluster_column="outlet")
    assert on_outlets.loc[0, "units"] == 18  # 6 outlets per group
    pd.testing.assert_frame_equal(tests.reset_index(), compare_groups(frame, "group", ["shifted", "noise"]))


def test_holm_adjustment():
    adjusted = _holm(np.array([0.01, 0.04, 0.03, np.nan]))
    assert adjusted[:3].tolist() == pytest.approx([0.03, 0.06, 0.06])
    assert np.isnan(adjusted[3])


def test_quoted_tone_is_missing_without_quotes_and_a_missing_group_is_one_group():
    from analysis import analyze

    no_quotes = analyze("Council closes library\n\nThe council voted on Monday to close the library at the end of June.")
    row = no_quotes.corpus_rows()["articles"][0]
    assert row["tone_quoted"] is None and row["tone_narrator"] is not None
    articles = pd.DataFrame({"article_id": ["x", "y"], "tone_quoted": [None, 0.4]})
    prepared = articles_for_comparison(CorpusResult({"articles": articles}), "mbfc_bias")
    assert prepared["tone_quoted"].isna().tolist() == [True, False]
    assert prepared["mbfc_bias"].tolist() == ["all", "all"]


def test_describe_comparison_words_by_evidence():
    frame = _articles()
    summary = summarise_by(frame, "group", ["shifted", "noise"], cluster_column="outlet")
    by_article = compare_groups(frame, "group", ["shifted", "noise"])
    sentences = describe_comparison(summary, by_article, compare_groups(frame, "group", ["shifted", "noise"], cluster_column="outlet"))
    assert sentences[0].startswith("Of the 2 measures compared, 1 differ on outlet means after Holm's correction, 0 only article")
    assert sentences[1].startswith("shifted: group means run from") and "holds even on outlet means" in sentences[1]
    assert sentences[-1] == "No clear difference between the groups in: noise."
    # Without an outlet-means test (groups are the outlets), a difference surviving correction article by
    # article is counted as one that differs, so the classes add up to the measures (trial 15 F11: "0 differ"
    # above a sentence saying one survives correction).
    plain = describe_comparison(summary, by_article)
    assert plain[0].startswith("Of the 2 measures compared, 1 differ after Holm's correction, 0 show only an uncorrected")
    assert "article by article this survives correction" in plain[1]
    html = describe_comparison(summary, compare_groups(frame, "group", ["noise"]), html=True)
    assert html.startswith("<ul><li>Of the 1 measures compared, 0 differ after Holm") and "<li>No clear" in html
    one = summarise_by(frame.assign(group="all"), "group", ["noise"])
    assert describe_comparison(one, compare_groups(frame.assign(group="all"), "group", ["noise"])) == [
        "Only one group of articles: there is nothing to compare."
    ]


def test_group_charts_are_reproducible_svg():
    frame = _articles()
    first = plots.group_distributions(frame, "group", {"shifted": "Shifted", "noise": "Noise"}, order=["a", "b", "c"], title="T")
    assert first.svg.startswith("<svg") and first == plots.group_distributions(
        frame, "group", {"shifted": "Shifted", "noise": "Noise"}, order=["a", "b", "c"], title="T"
    )
    assert first.png.startswith(b"\x89PNG")  # the same chart for an untrusted notebook, byte for byte too
    bundle = first._repr_mimebundle_()
    assert set(bundle) == {"image/svg+xml", "image/png", "text/plain"} and bundle["text/plain"] == "Chart: T"
    summary = summarise_by(frame, "group", ["shifted", "noise"])
    assert plots.group_means(summary, title="T", xlabel="x").svg.startswith("<svg")


def test_group_means_draws_thin_cells_hollow_and_says_why():
    summary = pd.DataFrame({"measure": ["Russia", "Russia", "Ukraine", "Ukraine"], "group": ["a", "b", "a", "b"],
                            "mean": [-0.4, -0.2, 0.1, 0.3], "ci_low": [-0.5, -0.3, 0.0, 0.2], "ci_high": [-0.3, -0.1, 0.2, 0.4],
                            "n": [5, 4, 5, 1]})
    plain = plots.group_means(summary, title="T", xlabel="tone")
    marked = plots.group_means(summary, title="T", xlabel="tone", thin={("Ukraine", "b")}, thin_note="hollow: one mention")
    assert "hollow: one mention" in marked.svg and "hollow: one mention" not in plain.svg
    # One hollow dot: a white face with the group's edge colour, which the plain chart does not draw.
    assert marked.svg.count("fill: #ffffff") == plain.svg.count("fill: #ffffff") + 1


def test_runner_tables_do_not_depend_on_chunking(table):
    # Chunks become DataFrames as they arrive; a column that is all None in one chunk and float in
    # another must still come out as from one DataFrame of all rows.
    from analysis.corpus import analyze_corpus

    sample = table.iloc[:24]
    whole = analyze_corpus(sample, workers=1, chunk_size=100, progress=False)
    pieces = analyze_corpus(sample, workers=2, chunk_size=1, progress=False)
    assert list(whole.tables) == list(pieces.tables)
    for name in whole.tables:
        pd.testing.assert_frame_equal(whole.tables[name], pieces.tables[name])
    assert whole.analysed == 24 and whole.articles["mbfc_bias"].tolist()[0] == "right_bias"


def test_a_quote_the_corpus_glued_to_the_sentence_before_is_put_back() -> None:
    # The corpus lost its paragraph breaks and moved the opening quote onto the sentence before.
    shifted = (
        'The agency has said the court is the wrong venue." This suit is an attempt to redirect policy," '
        'the agency\'s lawyer said. "We disagree." Campaigners said they would appeal.'
    )
    assert repair_shifted_quotes(shifted) == (
        'The agency has said the court is the wrong venue. "This suit is an attempt to redirect policy," '
        'the agency\'s lawyer said. "We disagree." Campaigners said they would appeal.'
    )
    # A closing quote after a full stop stays where it is when a quotation is open.
    normal = '"We will appeal." The lawyer left. He called it "a scandal." Others agreed.'
    assert repair_shifted_quotes(normal) == normal


def test_the_table_bodies_carry_the_repaired_quotes(table):
    body = table.loc[table["id"] == "448", "text"].item()
    assert 'climate change policy. "This suit is an attempt' in body
    from analysis import analyze, load_article

    result = analyze(load_article(body, headline=table.loc[table["id"] == "448", "headline"].item()))
    speakers = {a.speaker for a in result.sourcing.attributions if a.quote_type == "direct"}
    assert any("Francisco" in s for s in speakers), speakers


def test_paragraphs_the_corpus_joined_with_no_space_are_parted_again() -> None:
    from analysis.validation.datasets import restore_lost_breaks

    # a Daily Mail single quote: closing when a quotation is open, else the next paragraph's opening
    glued = (
        "The study covered 'effects on air and water quality.'This came after a 2010 study. Clement said he "
        "had been reassigned.'It's infuriating,' Grijalva said."
    )
    assert restore_lost_breaks(glued) == (
        "The study covered 'effects on air and water quality.' This came after a 2010 study. Clement said he "
        "had been reassigned. 'It's infuriating,' Grijalva said."
    )
    # double quotes and parentheses get their space back (the shifted-quote repair then reads them);
    # a bare join needs two lower-case letters before the stop ("U.S.Army" is left alone)
    assert restore_lost_breaks('It plays a role."I\'m an environmentalist." (Up 10% on 2014.)The drift') == (
        'It plays a role." I\'m an environmentalist." (Up 10% on 2014.) The drift'
    )
    assert restore_lost_breaks("What is the latest on the ground?Several fires met the U.S.Army lines.") == (
        "What is the latest on the ground? Several fires met the U.S.Army lines."
    )
    assert restore_lost_breaks("Apostrophes stay: the scientists' work isn't done.") == "Apostrophes stay: the scientists' work isn't done."
    # a paragraph that ended on a colon (trial 15 F16); times and "10:30" keep theirs
    assert restore_lost_breaks("As the paper explained:Although the bill passed at 10:30 a.m.") == (
        "As the paper explained: Although the bill passed at 10:30 a.m."
    )


def test_character_references_the_corpus_kept_are_read_after_the_headline_is_cut() -> None:
    # The corpus's titles were made from the escaped text and may stop inside a reference (trial 15
    # F16: headline "...getting at&ap", body "os; President ..."); only complete references are read.
    text = "Chief on Trump&apos;s theories: &apos;I don't know&apos; President Trump's claim was wrong, R&D chief said."
    assert headline_and_body(text, "Chief on Trumpaposs theories aposI dont knowap") == (
        "Chief on Trump's theories: 'I don't know'",
        "President Trump's claim was wrong, R&D chief said.",
    )
    assert headline_and_body("Barnes&noble sells &#8220;books&#8221;", "Unrelated title") == (None, "Barnes&noble sells “books”")


def test_the_daily_mail_body_keeps_its_sentences_and_speakers(table):
    from analysis import analyze, load_article

    row = table.loc[table["id"] == "840"]
    body = row["text"].item()
    assert "reassigned. 'It's infuriating that Trump" in body and "health concerns.' This came after" in body
    result = analyze(load_article(body, headline=row["headline"].item()))
    speakers = {a.speaker for a in result.sourcing.attributions}
    assert any("Grijalva" in s for s in speakers), speakers
    assert max(a.word_count for a in result.sourcing.attributions) < 100  # no longer a 221-word span

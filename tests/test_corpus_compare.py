"""Tests for analysis/corpus/compare.py: when outlet clustering applies, and what it gives."""

from __future__ import annotations

import math

import pandas as pd

from analysis.corpus import clustering_column, compare_groups, summarise_by


def _table(outlets_per_group: dict[str, list[str]], per_outlet: int = 4) -> pd.DataFrame:
    rows = []
    for group, outlets in outlets_per_group.items():
        for k, outlet in enumerate(outlets):
            for i in range(per_outlet):
                rows.append({"article_id": f"{outlet}-{i}", "side": group, "outlet": outlet, "score": (k + i) / 10 + (group == "b")})
    return pd.DataFrame(rows)


def test_clustering_applies_only_with_several_outlets_in_some_group() -> None:
    several = _table({"a": ["A1", "A2"], "b": ["B1", "B2", "B3"]})
    one_each = _table({"a": ["A1"], "b": ["B1"]})
    assert clustering_column(several, "side", "outlet") == "outlet"
    assert clustering_column(one_each, "side", "outlet") is None  # one outlet per group
    assert clustering_column(several, "outlet", "outlet") is None  # the groups are the outlets
    assert clustering_column(several, "side", "publisher") is None  # no such column
    assert clustering_column(several, "side", None) is None


def test_one_outlet_per_group_gives_article_intervals_and_article_units() -> None:
    """Round 11's trial: one outlet per group gave zero-width "95 % intervals" and ε² = 1 beside p = 1.
    Clustering is dropped, so the interval resamples articles (non-zero width) and the test's units
    are the 8 articles, as without a cluster column."""
    one_each = _table({"a": ["A1"], "b": ["B1"]})
    summary = summarise_by(one_each, "side", ["score"], cluster_column="outlet")
    assert "clusters" not in summary.columns
    assert (summary["ci_high"] > summary["ci_low"]).all()
    tested = compare_groups(one_each, "side", ["score"], cluster_column="outlet")
    assert tested.loc[0, "units"] == 8
    assert tested.equals(compare_groups(one_each, "side", ["score"]))


def test_a_group_with_a_single_outlet_among_clustered_groups_has_no_interval() -> None:
    mixed = _table({"a": ["A1", "A2", "A3"], "b": ["B1"]})
    summary = summarise_by(mixed, "side", ["score"], cluster_column="outlet").set_index("group")
    assert summary.loc["a", "clusters"] == 3 and summary.loc["a", "ci_high"] > summary.loc["a", "ci_low"]
    assert summary.loc["b", "clusters"] == 1
    assert math.isnan(summary.loc["b", "ci_low"]) and math.isnan(summary.loc["b", "ci_high"])
    assert summary.loc["b", "mean"] == mixed.loc[mixed["side"] == "b", "score"].mean()
    # On outlet means: 4 units (3 + 1), not the 16 articles.
    assert compare_groups(mixed, "side", ["score"], cluster_column="outlet").loc[0, "units"] == 4


def _actor_rows() -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "a4"], "outlet": ["X", "X", "Y", "Y"]})
    actors = pd.DataFrame(
        [
            # article, actor, kind, mentions, target tone, negative, positive, clause compound
            ("a1", "Donald Trump", "person", 2, -0.5, 1, 0, -0.2),
            ("a1", "Trump", "person", 2, 0.1, 0, 0, 0.0),  # the same person kept apart inside a1
            ("a2", "Trump", "person", 1, -0.3, 1, 0, -0.1),  # a2 never gives the full name
            ("a3", "Bush", "person", 1, 0.2, 0, 1, 0.1),  # two full names end in Bush: left alone
            ("a3", "George W. Bush", "person", 1, 0.0, 0, 0, 0.0),
            ("a4", "Jeb Bush", "person", 1, -0.4, 1, 0, -0.3),
            ("a4", "Paris", "country", 1, 0.0, 0, 0, 0.0),  # not a person: never merged
        ],
        columns=["article_id", "actor", "kind", "mentions", "target_tone", "negative_mentions", "positive_mentions", "compound"],
    )
    return articles, actors


def test_a_surname_counts_as_the_corpus_s_one_full_name_and_an_article_counts_once() -> None:
    from types import SimpleNamespace

    from analysis.corpus import actor_tone_by
    from analysis.corpus.compare import corpus_person_names

    articles, actors = _actor_rows()
    assert corpus_person_names(actors) == {"Trump": "Donald Trump"}
    result = SimpleNamespace(tables={"articles": articles, "actors": actors})
    table = actor_tone_by(result, "outlet").set_index(["actor", "outlet"])
    trump = table.loc[("Donald Trump", "X")]
    assert trump["articles"] == 2 and trump["mentions"] == 5 and trump["negative_mentions"] == 2
    # a1: (2 × −0.5 + 2 × 0.1) / 4 = −0.2; a2: −0.3; each article once: (−0.2 − 0.3) / 2.
    assert math.isclose(trump["target_tone"], -0.25)
    assert trump["names"] == "Donald Trump; Trump"
    assert ("Bush", "Y") in table.index and ("Jeb Bush", "Y") in table.index
    apart = actor_tone_by(result, "outlet", merge_surnames=False).set_index(["actor", "outlet"])
    assert math.isclose(apart.loc[("Trump", "X"), "target_tone"], (0.1 - 0.3) / 2)


def test_a_tone_cell_on_fewer_than_three_mentions_is_flagged() -> None:
    """Each cell carries the mentions behind it, and one or two mentions are flagged: a governor named
    once per outlet, with no evaluation, gets a sign from sentence noise (trial 20)."""
    from types import SimpleNamespace

    from analysis.corpus import actor_tone_by
    from analysis.corpus.compare import FEW_MENTIONS

    articles, actors = _actor_rows()
    table = actor_tone_by(SimpleNamespace(tables={"articles": articles, "actors": actors}), "outlet")
    assert list(table.columns[:5]) == ["actor", "outlet", "articles", "mentions", "few_mentions"]
    cells = {(row.actor, row.outlet): (row.mentions, row.few_mentions) for row in table.itertuples()}
    # Donald Trump in X: 2 + 2 + 1 mentions (a1 twice, a2 once) -> 5, not flagged; every Y cell rests on 1.
    assert FEW_MENTIONS == 3
    assert cells[("Donald Trump", "X")] == (5, False)
    assert cells[("Bush", "Y")] == (1, True) and cells[("Jeb Bush", "Y")] == (1, True)
    assert all(flag for (actor, outlet), (_, flag) in cells.items() if outlet == "Y")
    # Three mentions is the first unflagged count.
    three = actors.assign(mentions=[2, 2, 1, 3, 1, 1, 1])
    cell = actor_tone_by(SimpleNamespace(tables={"articles": articles, "actors": three}), "outlet").set_index(["actor", "outlet"])
    assert cell.loc[("Bush", "Y"), "mentions"] == 3 and not cell.loc[("Bush", "Y"), "few_mentions"]
    empty = actor_tone_by(SimpleNamespace(tables={"articles": articles, "actors": actors.iloc[:0]}), "outlet")
    assert "few_mentions" in empty.columns


def test_the_permutation_test_gives_the_same_p_in_batches(monkeypatch) -> None:
    # Memory is a batch of permutations × articles; the p-value must not depend on the batch size.
    import numpy as np

    import analysis.corpus.compare as compare

    values = np.random.default_rng(1).random(300)
    codes = np.random.default_rng(2).integers(0, 3, 300)
    whole = compare._kruskal_permutation(values, codes, 3, 999, np.random.default_rng(7))
    monkeypatch.setattr(compare, "_PERMUTATION_CELLS", 300 * 37)  # 27 batches, the last one short
    assert compare._kruskal_permutation(values, codes, 3, 999, np.random.default_rng(7)) == whole


def test_a_comparison_of_mostly_single_article_groups_opens_with_a_caution() -> None:
    import pandas as pd

    from analysis.corpus.compare import compare_groups, describe_comparison, summarise_by

    outlets = [f"outlet {i}" for i in range(8)] + ["big"] * 6
    articles = pd.DataFrame({"outlet": outlets, "tone_mean_compound": [i / 10 for i in range(14)]})
    summary = summarise_by(articles, "outlet", ["tone_mean_compound"])
    sentences = describe_comparison(summary, compare_groups(articles, "outlet", ["tone_mean_compound"]))
    assert sentences[0].startswith("Caution: 8 of 9 groups hold fewer than 5 articles (8 hold a single article).")
    balanced = pd.DataFrame({"outlet": ["a"] * 6 + ["b"] * 6, "tone_mean_compound": [i / 10 for i in range(12)]})
    summary = summarise_by(balanced, "outlet", ["tone_mean_compound"])
    sentences = describe_comparison(summary, compare_groups(balanced, "outlet", ["tone_mean_compound"]))
    assert not sentences[0].startswith("Caution")


def test_most_named_actors_and_their_tone_columns() -> None:
    import pandas as pd

    from analysis.corpus.compare import actor_tone_columns, most_named_actors

    per_article = pd.DataFrame({
        "article_id": ["a", "a", "b", "b", "c"],
        "actor": ["Russia", "Syria", "Russia", "France", "Syria"],
        "mentions": [3, 1, 2, 5, 4],
        "target_tone": [-0.5, 0.0, -0.25, 0.5, 0.1],
    })
    # Russia and Syria are named in two articles each, with 5 mentions each: the tie goes to the names'
    # order (a stable sort of the alphabetical groups); France, in one article, comes after both.
    assert most_named_actors(per_article, 2) == ["Russia", "Syria"]
    articles = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"]})
    wide = actor_tone_columns(per_article, articles, ["Russia", "Syria"], keys=("outlet",))
    assert list(wide.columns) == ["article_id", "outlet", "tone toward Russia", "tone toward Syria"]
    assert wide["tone toward Russia"].tolist()[:2] == [-0.5, -0.25]
    assert wide["tone toward Syria"].isna().tolist() == [False, True, False, True]


def test_initial_variants_join_the_plain_name_and_a_leading_full_name_takes_its_surname() -> None:
    """Trial 17, F8: "Donald J. Trump" was its own actor, and "Trump" stayed apart from "Donald
    Trump" because "Ivanka Trump" shares the surname (in 1 article against 5)."""
    import pandas as pd

    from analysis.corpus import ambiguous_surnames, corpus_person_names

    rows = [(f"t{n}", "Donald Trump") for n in range(4)] + [("t4", "Donald J. Trump"), ("t5", "Ivanka Trump"),
            ("t6", "Trump"), ("t7", "Trump"), ("t8", "George H.W. Bush"), ("t9", "Bush"), ("t9", "Jeb Bush"),
            ("t10", "George W. Bush"), ("t11", "Bush"), ("t12", "Jan Van Dam"), ("t13", "Dam")]
    actors = pd.DataFrame(rows, columns=["article_id", "actor"]).assign(kind="person")
    names = corpus_person_names(actors)
    # 5 articles for Donald Trump (one as "Donald J. Trump") against 1: at least four times as many.
    assert names == {"Donald J. Trump": "Donald Trump", "Trump": "Donald Trump", "Dam": "Jan Van Dam"}
    # "George H.W. Bush" has no plain "George Bush" here; Jeb Bush and George W. Bush 1 article each.
    assert ambiguous_surnames(actors) == {"Bush": ["George H.W. Bush", "George W. Bush", "Jeb Bush"]}
    close = pd.concat([actors, pd.DataFrame([("t14", "Ivanka Trump", "person"), ("t15", "Ivanka Trump", "person")],
                                            columns=["article_id", "actor", "kind"])])
    assert "Trump" not in corpus_person_names(close)  # 5 against 3: no clear lead, left apart
    assert ambiguous_surnames(close)["Trump"] == ["Donald Trump", "Ivanka Trump"]


def test_groups_of_one_article_each_are_not_tested() -> None:
    """Trial 19 C4: eleven outlets of one article each printed a Kruskal–Wallis test with ε² = 1.0.
    With every unit alone in its group every shuffle gives H = n - 1, so there is nothing to test:
    H, p and ε² are NaN and the description says the measure could not be tested."""
    import pandas as pd

    from analysis.corpus.compare import compare_groups, describe_comparison, summarise_by

    singles = pd.DataFrame({"outlet": [f"o{i}" for i in range(6)], "tone_mean_compound": [0.1, 0.5, -0.2, 0.3, 0.0, 0.7]})
    tested = compare_groups(singles, "outlet", ["tone_mean_compound"])
    assert tested.loc[0, "units"] == 6
    assert tested[["H", "p", "p_holm", "epsilon2"]].isna().all(axis=None)
    assert (tested.loc[0, "highest"], tested.loc[0, "lowest"]) == ("o5", "o2")
    sentences = describe_comparison(summarise_by(singles, "outlet", ["tone_mean_compound"]), tested)
    assert sentences[1] == ("Of the 1 measures compared, 0 differ after Holm's correction, 0 show only an uncorrected hint, "
                            "0 show no clear difference and 1 could not be tested.")
    assert sentences[-1] == ("Not tested, every group holding a single article (no spread within groups to compare the "
                             "groups with): tone_mean_compound.")
    # One group of two among singles is testable again (the caution still opens the description).
    pair = pd.concat([singles, pd.DataFrame({"outlet": ["o0"], "tone_mean_compound": [0.2]})], ignore_index=True)
    assert not math.isnan(compare_groups(pair, "outlet", ["tone_mean_compound"]).loc[0, "p"])


def test_right_of_reply_by_group_counts_parties_and_verdicts() -> None:
    # Trial 21 F10: three articles in group a (two accuse someone), one in b accusing no one.
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3", "b1"], "outlet": ["a", "a", "a", "b"]})
    replies = pd.DataFrame({
        "article_id": ["a1", "a1", "a2", "zz"],  # "zz": not among the articles, left out
        "party": ["Acme", "Bo Lee", "the mayor", "Nobody"],
        "verdict": ["heard", "not_sought", "denied", "heard"],
    })
    from analysis.corpus import right_of_reply_by

    by = right_of_reply_by(replies, articles, "outlet")
    assert math.isnan(by.loc[1, "answered_share"])  # b accuses no one: no share
    assert by.fillna({"answered_share": -1}).to_dict("records") == [
        {"group": "a", "articles": 3, "articles_accusing": 2, "accused_parties": 3, "heard": 1, "denied": 1,
         "sought_but_silent": 0, "not_sought": 1, "answered_share": 2 / 3},
        {"group": "b", "articles": 1, "articles_accusing": 0, "accused_parties": 0, "heard": 0, "denied": 0,
         "sought_but_silent": 0, "not_sought": 0, "answered_share": -1},
    ]

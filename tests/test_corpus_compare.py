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

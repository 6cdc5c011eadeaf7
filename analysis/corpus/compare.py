"""Comparing groups of articles (descriptive; used by notebooks/corpus.ipynb).

On the ``articles`` table of a corpus run: :func:`summarise_by` gives per group and measure the
mean with a bootstrap interval (resampling whole clusters, e.g. outlets, when asked) and the
quartiles; :func:`summary_table` lays it out for reading; :func:`compare_groups` asks whether the
groups differ (Kruskal–Wallis H with a permutation p, Holm's adjustment, ε²), article by article
or on cluster means; :func:`describe_comparison` says it in plain sentences, worded by strength
of evidence. On the ``actors`` table, :func:`actor_tone_by` sets the treatment of each actor side
by side across groups (e.g. outlets).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from analysis.corpus.result import CorpusResult

#: Article-level columns compared across groups, with plain labels (see ``corpus_rows``).
STYLE_MEASURES: dict[str, str] = {
    "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "tone_mean_compound": "tone: mean sentence compound",
    "tone_narrator": "tone: narrator",
    "tone_quoted": "tone: quoted",
    # The share README recommends for "which outlets rely on anonymous sources": names withheld (with or
    # without a reason given), not every unnamed voice; anonymous_attribution_share also counts
    # "scientists say", witnesses and described newsmakers (trial 15 F20: 0.16 against 0.03).
    "withheld_name_attribution_share": "anonymous (name withheld) share",
    "official_attribution_share": "official-source share",
}
FRAME_MEASURES: dict[str, str] = {
    "frame_responsibility": "responsibility",
    "frame_conflict": "conflict",
    "frame_economic": "economic",
    "frame_human_interest": "human interest",
    "frame_morality": "morality",
}


def articles_for_comparison(result: CorpusResult, group_column: str) -> pd.DataFrame:
    """The ``articles`` table ready for group comparisons: when ``group_column`` is absent (e.g. a
    folder of files), it is added with the single group ``"all"``, so the summaries still run.
    (Articles with no quoted words have no quoted tone: ``tone_quoted`` is missing there.)
    """
    articles = result.tables["articles"].copy()
    if group_column not in articles:
        articles[group_column] = "all"
    return articles


# A surname alone joins the corpus's leading full name with that surname only when that name is
# named in at least this many times as many articles as any other full name with it.
SURNAME_LEAD = 4


def corpus_person_names(actors: pd.DataFrame) -> dict[str, str]:
    """Across a corpus, the person actors that name another one: "Trump" -> "Donald Trump".

    Within one article the actor finder already joins a surname to the full name; an article that
    never gives the full name keeps the surname, and another may write the middle initial, so the
    same person would be several actors across outlets. Two rules, person actors only:

    * a full name whose middle words are only initials ("Donald J. Trump", "George H. W. Bush") is
      the corpus's form with the same first and last word and no initials, when it has one;
    * a surname alone ("Trump") is the full name with that last word; when several full names end
      in it, the one named in at least :data:`SURNAME_LEAD` times as many articles as each other
      ("Donald Trump" in 35, "Ivanka Trump" in 3), else it is left alone ("Bush": George W. Bush
      in 5, Jeb Bush in 4; :func:`ambiguous_surnames` lists those).

    Limit: in a corpus where the lesser-named bearer is the one meant by the bare surname, its
    mentions are counted for the leading name."""
    variants, leading, _ = _person_name_groups(actors)
    names = dict(variants)
    for surname, (lead, _) in leading.items():
        if lead is not None:
            names[surname] = lead
    return names


def ambiguous_surnames(actors: pd.DataFrame) -> dict[str, list[str]]:
    """Surnames named alone in a corpus that :func:`corpus_person_names` leaves apart, each with
    the full names that share it (most articles first): "Bush" -> ["George W. Bush", "Jeb Bush"]."""
    _, leading, bearers = _person_name_groups(actors)
    return {surname: bearers[surname] for surname, (lead, _) in leading.items() if lead is None}


def _person_name_groups(
    actors: pd.DataFrame,
) -> tuple[dict[str, str], dict[str, tuple[str | None, int]], dict[str, list[str]]]:
    """The initial variants (variant -> plain full name), each lone surname's leading full name
    (None when none leads) with its article count, and each such surname's full names."""
    persons = actors.loc[actors["kind"] == "person", ["article_id", "actor"]].dropna()
    persons = persons.assign(actor=persons["actor"].astype(str))
    articles = persons.groupby("actor")["article_id"].nunique().to_dict()
    plain = {(name.split()[0], name.split()[-1]): name for name in articles if len(name.split()) == 2}
    variants = {}
    for name in articles:
        parts = name.split()
        if len(parts) > 2 and all(_is_initial(part) for part in parts[1:-1]) and (parts[0], parts[-1]) in plain:
            variants[name] = plain[(parts[0], parts[-1])]
    full_articles: dict[str, dict[str, set[str]]] = {}
    for row in persons.itertuples(index=False):
        name = variants.get(row.actor, row.actor)
        if " " in name:
            full_articles.setdefault(name.split()[-1], {}).setdefault(name, set()).add(row.article_id)
    leading: dict[str, tuple[str | None, int]] = {}
    bearers: dict[str, list[str]] = {}
    for surname in sorted(name for name in articles if " " not in name and name in full_articles):
        ranked = sorted(full_articles[surname].items(), key=lambda item: (-len(item[1]), item[0]))
        bearers[surname] = [name for name, _ in ranked]
        first = len(ranked[0][1])
        second = len(ranked[1][1]) if len(ranked) > 1 else 0
        leading[surname] = (ranked[0][0] if first >= SURNAME_LEAD * second else None, first)
    return variants, leading, bearers


def _is_initial(word: str) -> bool:
    """"J.", "H.W.", "J": a middle initial (or several run together), not a middle name."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper() and (len(letters) == 1 or "." in word)


_PER_ARTICLE_COLUMNS = ["article_id", "actor", "mentions", "weighted", "negative_mentions", "positive_mentions", "compound", "names",
                        "target_tone"]


def actor_tone_per_article(result: CorpusResult, *, merge_surnames: bool = True) -> pd.DataFrame:
    """The ``actors`` table with one row per article and actor: with ``merge_surnames`` a surname
    alone is the corpus's one full name with that surname (:func:`corpus_person_names`), and an
    article that names one person as two actors counts once: ``mentions``, ``negative_mentions``
    and ``positive_mentions`` summed, ``target_tone`` the mention-weighted mean (``weighted`` its
    numerator), ``compound`` the mean clause compound, ``names`` the actor names joined."""
    table = result.tables.get("actors")
    if table is None or table.empty:
        return pd.DataFrame(columns=_PER_ARTICLE_COLUMNS)
    frame = table.assign(names=table["actor"], weighted=table["target_tone"] * table["mentions"])
    if merge_surnames:
        frame["actor"] = frame["actor"].replace(corpus_person_names(table))
    frame = frame.groupby(["article_id", "actor"], sort=True).agg(
        mentions=("mentions", "sum"),
        weighted=("weighted", lambda values: values.sum(min_count=1)),
        negative_mentions=("negative_mentions", "sum"),
        positive_mentions=("positive_mentions", "sum"),
        compound=("compound", "mean"),
        names=("names", lambda names: "; ".join(sorted(set(names)))),
    ).reset_index()
    frame["target_tone"] = frame["weighted"] / frame["mentions"]
    return frame[_PER_ARTICLE_COLUMNS]


def most_named_actors(per_article: pd.DataFrame, count: int = 8) -> list[str]:
    """The ``count`` actors of :func:`actor_tone_per_article` named in most articles (ties: more
    mentions first, then by name)."""
    if per_article.empty:
        return []
    named = per_article.groupby("actor").agg(articles=("article_id", "nunique"), mentions=("mentions", "sum"))
    named = named.sort_values(["articles", "mentions"], ascending=False, kind="stable")
    return list(named.index[:count])


def actor_tone_columns(per_article: pd.DataFrame, articles: pd.DataFrame, actors: Sequence[str],
                       keys: Sequence[str] = ("article_id",)) -> pd.DataFrame:
    """One row per article of ``articles`` (its ``keys`` columns), one column ``tone toward <actor>``
    per actor: the article's mention-weighted target tone toward it (NaN when it does not name it),
    ready for :func:`summarise_by` or :func:`compare_groups` like any measure."""
    tone = per_article.pivot(index="article_id", columns="actor", values="target_tone").reindex(columns=list(actors))
    tone.columns = [f"tone toward {actor}" for actor in actors]
    kept = list(dict.fromkeys(column for column in ("article_id", *keys) if column in articles))
    return articles[kept].merge(tone, left_on="article_id", right_index=True, how="left")


#: A cell of :func:`actor_tone_by` resting on fewer mentions than this is flagged ``few_mentions``:
#: one or two mentions give a tone that is the noise of their sentences ("spoke on condition of
#: anonymity" scores +0.8), not a treatment, yet read like any other figure (trial 20: one neutral
#: mention of a governor per outlet, +0.42 in one and -0.63 in the other).
FEW_MENTIONS = 3


def actor_tone_by(
    result: CorpusResult,
    group_column: str,
    *,
    actors: Sequence[str] | None = None,
    min_articles: int = 1,
    merge_surnames: bool = True,
) -> pd.DataFrame:
    """The tone toward each actor per group (e.g. outlet), from the ``actors`` table joined to
    ``articles`` on ``article_id``: one row per (actor, group) with ``articles`` (articles naming
    the actor), ``mentions`` (the mentions behind the cell), ``few_mentions`` (True when they are
    fewer than :data:`FEW_MENTIONS`, 3: read that cell's tone as noise, not a treatment),
    ``target_tone`` (mean of the article means: each article counts once, however often it names
    the actor), ``target_tone_per_mention`` (weighted by mentions),
    ``negative_mentions``, ``positive_mentions``, ``share_negative_mentions`` and, for comparison,
    ``clause_compound`` (mean of the articles' clause compounds). ``actors`` keeps only those
    canonical names; pairs named in fewer than ``min_articles`` articles are left out. Sorted by
    actor, then group. Descriptive: no interval or test (an actor is named in few articles).

    With ``merge_surnames`` (the default) a person named by surname only in some articles counts
    as the one full name of the corpus with that surname (:func:`corpus_person_names`), so "Trump"
    and "Donald Trump" are one actor; ``names`` lists the actor names each row joins.
    """
    columns = [
        "actor", group_column, "articles", "mentions", "few_mentions", "target_tone", "target_tone_per_mention",
        "negative_mentions", "positive_mentions", "share_negative_mentions", "clause_compound", "names",
    ]
    per_article = actor_tone_per_article(result, merge_surnames=merge_surnames)
    if per_article.empty:
        return pd.DataFrame(columns=columns)
    groups = articles_for_comparison(result, group_column)[["article_id", group_column]]
    frame = per_article.merge(groups, on="article_id", how="inner")
    if actors is not None:
        frame = frame[frame["actor"].isin(list(actors))]
    grouped = frame.groupby(["actor", group_column], sort=True)
    out = grouped.agg(
        articles=("article_id", "nunique"),
        mentions=("mentions", "sum"),
        target_tone=("target_tone", "mean"),
        weighted=("weighted", "sum"),
        negative_mentions=("negative_mentions", "sum"),
        positive_mentions=("positive_mentions", "sum"),
        clause_compound=("compound", "mean"),
        names=("names", lambda names: "; ".join(sorted({n for joined in names for n in joined.split("; ")}))),
    ).reset_index()
    out["target_tone_per_mention"] = out["weighted"] / out["mentions"]
    out["share_negative_mentions"] = out["negative_mentions"] / out["mentions"]
    out["few_mentions"] = out["mentions"] < FEW_MENTIONS
    out = out[out["articles"] >= min_articles]
    return out[columns].reset_index(drop=True)


def _article_frame(result: CorpusResult | pd.DataFrame) -> pd.DataFrame:
    return result if isinstance(result, pd.DataFrame) else result.tables["articles"]


def _measure_labels(measures: Sequence[str] | dict[str, str], frame: pd.DataFrame) -> dict[str, str]:
    """Column -> label, keeping only the columns the table has (absent measures are skipped)."""
    labels = dict(measures) if isinstance(measures, dict) else {m: m for m in measures}
    return {column: label for column, label in labels.items() if column in frame.columns}


def clustering_column(result: CorpusResult | pd.DataFrame, group_column: str, cluster_column: str | None) -> str | None:
    """The cluster column a comparison can use, or None: clustering needs the column in the table,
    different from the group column (an outlet is no sample of outlets when the groups are the
    outlets) and at least one group with two clusters or more. With one outlet per group, outlet
    means cannot separate "this group differs" from "this outlet differs": no cluster interval or
    test is defined, and :func:`summarise_by` / :func:`compare_groups` fall back to articles as the
    units (the notebook then says that no outlet-level test was run)."""
    frame = _article_frame(result)
    if cluster_column is None or cluster_column not in frame.columns or cluster_column == group_column:
        return None
    per_group = frame.dropna(subset=[group_column]).groupby(frame[group_column].astype(str))[cluster_column].nunique()
    return cluster_column if len(per_group) and int(per_group.max()) >= 2 else None


def _group_order(frame: pd.DataFrame, group_column: str, order: Sequence[str] | None) -> list[str]:
    present = [str(g) for g in pd.unique(frame[group_column].dropna().astype(str))]
    if order is None:
        return sorted(present)
    return [g for g in order if g in present] + sorted(set(present) - set(order))


def summarise_by(
    result: CorpusResult | pd.DataFrame,
    group_column: str,
    measures: Sequence[str] | dict[str, str],
    *,
    order: Sequence[str] | None = None,
    cluster_column: str | None = None,
    level: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group and measure of the ``articles`` table: ``n`` (articles with a value), ``mean``
    with a ``level`` bootstrap interval (``ci_low``, ``ci_high``), ``median``, ``q25``, ``q75``.

    ``measures`` are column names, or a dict column -> label (the ``measure`` column then holds
    the label). With ``cluster_column`` (e.g. ``"outlet"``), ``clusters`` counts them and the
    interval resamples whole clusters (articles of one outlet are not independent), which is wider
    and more honest when a group has few outlets; a group with a single cluster gets no interval
    (NaN: one outlet says nothing of the spread between outlets). A ``cluster_column`` that
    :func:`clustering_column` rejects (absent, the group column itself, one cluster per group) is
    ignored. Deterministic for a given ``seed``. Long format:
    one row per (measure, group), measures in the given order, groups in ``order``; measures
    whose column the table lacks are skipped.
    """
    frame = _article_frame(result)
    labels = _measure_labels(measures, frame)
    groups = _group_order(frame, group_column, order)
    cluster_column = clustering_column(frame, group_column, cluster_column)
    rng = np.random.default_rng(seed)
    tail = (1 - level) / 2
    rows = []
    for column, label in labels.items():
        for group in groups:
            data = frame[frame[group_column].astype(str) == group]
            values = pd.to_numeric(data[column], errors="coerce")
            keep = values.notna().to_numpy()
            x = values.to_numpy(dtype=float)[keep]
            row: dict[str, Any] = {"measure": label, "group": group, "n": len(x)}
            interval = len(x) > 1
            if cluster_column is not None:
                clusters = data[cluster_column].astype(str).to_numpy()[keep]
                row["clusters"] = len(set(clusters))
                interval = interval and row["clusters"] > 1
                boot = _cluster_bootstrap_means(x, clusters, rng, resamples)
            else:
                boot = rng.choice(x, size=(resamples, len(x))).mean(axis=1) if len(x) else np.array([])
            row.update(
                {
                    "mean": float(x.mean()) if len(x) else float("nan"),
                    "ci_low": float(np.quantile(boot, tail)) if interval else float("nan"),
                    "ci_high": float(np.quantile(boot, 1 - tail)) if interval else float("nan"),
                    "median": float(np.median(x)) if len(x) else float("nan"),
                    "q25": float(np.quantile(x, 0.25)) if len(x) else float("nan"),
                    "q75": float(np.quantile(x, 0.75)) if len(x) else float("nan"),
                }
            )
            rows.append(row)
    return pd.DataFrame(rows)


def _cluster_bootstrap_means(x: np.ndarray, clusters: np.ndarray, rng: np.random.Generator, resamples: int) -> np.ndarray:
    if not len(x):
        return np.array([])
    names = sorted(set(clusters.tolist()))
    sums = np.array([x[clusters == c].sum() for c in names])
    counts = np.array([(clusters == c).sum() for c in names], dtype=float)
    picks = rng.integers(0, len(names), size=(resamples, len(names)))
    return sums[picks].sum(axis=1) / counts[picks].sum(axis=1)


def summary_table(summary: pd.DataFrame, *, digits: int = 2, group_labels: dict[str, str] | None = None) -> pd.DataFrame:
    """:func:`summarise_by` as a wide numeric table for reading: one row per measure; per group
    (renamed by ``group_labels``) the columns ``mean``, ``low`` and ``high`` (the interval) and
    ``n`` (articles with a value), rounded to ``digits``. Group sizes: :func:`group_sizes`."""
    if summary.empty:
        return pd.DataFrame()
    measures, groups = list(dict.fromkeys(summary["measure"])), list(dict.fromkeys(summary["group"]))
    values = summary.rename(columns={"ci_low": "low", "ci_high": "high"})
    wide = values.pivot(index="measure", columns="group", values=["mean", "low", "high", "n"])
    wide = wide.swaplevel(axis=1).reindex(columns=pd.MultiIndex.from_product([groups, ["mean", "low", "high", "n"]]))
    wide = wide.loc[measures].astype(float).round(digits)
    for group in groups:
        wide[(group, "n")] = wide[(group, "n")].astype(int)
    wide.index.name, wide.columns.names = None, [None, None]
    return wide.rename(columns=group_labels or {}, level=0)


def group_sizes(
    result: CorpusResult | pd.DataFrame,
    group_column: str,
    *,
    order: Sequence[str] | None = None,
    cluster_column: str | None = None,
    group_labels: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Articles (and ``cluster_column`` units, e.g. outlets, when the table has that column) per
    group, one row per group in ``order``, indexed by the group's label."""
    frame = _article_frame(result)
    groups = _group_order(frame, group_column, order)
    keys = frame[group_column].astype(str)
    sizes = pd.DataFrame({"articles": [int((keys == g).sum()) for g in groups]}, index=groups)
    if cluster_column in frame.columns:
        sizes["outlets"] = [frame.loc[keys == g, cluster_column].nunique() for g in groups]
    sizes.index = [(group_labels or {}).get(g, g) for g in groups]
    return sizes


def compare_groups(
    result: CorpusResult | pd.DataFrame,
    group_column: str,
    measures: Sequence[str] | dict[str, str],
    *,
    order: Sequence[str] | None = None,
    cluster_column: str | None = None,
    permutations: int = 5000,
    seed: int = 0,
    group_labels: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Do the groups differ on each measure? One row per measure: ``units`` compared (articles, or
    cluster means when ``cluster_column`` is given and :func:`clustering_column` accepts it — outlets,
    so that one prolific outlet does not count as many independent observations), Kruskal–Wallis ``H`` (tie-corrected), its
    permutation ``p`` (``permutations`` shuffles of the group labels, fixed ``seed``), ``p_holm``
    (Holm's adjustment over the measures of this call), ``epsilon2`` (effect size H/(n-1), 0 = no
    separation, 1 = complete) and the ``highest`` / ``lowest`` group by mean of the units (named
    by ``group_labels`` when given). ``H``, ``p`` and ``epsilon2`` are NaN when fewer than two groups
    hold data or every group holds a single unit (no spread within groups: every shuffle of the
    labels gives the same H, so there is nothing to test).

    Descriptive screening, not confirmation: groups of a corpus are not random samples.
    """
    frame = _article_frame(result)
    labels = _measure_labels(measures, frame)
    groups = _group_order(frame, group_column, order)
    cluster_column = clustering_column(frame, group_column, cluster_column)
    rows = []
    for column, label in labels.items():
        data = frame[[group_column, column] + ([cluster_column] if cluster_column else [])].copy()
        data[column] = pd.to_numeric(data[column], errors="coerce")
        data = data.dropna(subset=[column])
        data[group_column] = data[group_column].astype(str)
        data = data[data[group_column].isin(groups)]
        if cluster_column:
            data = data.groupby([group_column, cluster_column], observed=True, sort=True)[column].mean().reset_index()
        values = data[column].to_numpy(dtype=float)
        codes = np.array([groups.index(g) for g in data[group_column]])
        h, p = _kruskal_permutation(values, codes, len(groups), permutations, np.random.default_rng(seed))
        means = data.groupby(group_column)[column].mean()
        rows.append(
            {
                "measure": label,
                "units": len(values),
                "H": h,
                "p": p,
                "epsilon2": h / (len(values) - 1) if len(values) > 1 else float("nan"),
                "highest": (group_labels or {}).get(means.idxmax(), means.idxmax()) if len(means) else None,
                "lowest": (group_labels or {}).get(means.idxmin(), means.idxmin()) if len(means) else None,
            }
        )
    table = pd.DataFrame(rows)
    table.insert(4, "p_holm", _holm(table["p"].to_numpy()) if len(table) else [])
    return table


#: Random draws held at once by the permutation test (a batch of permutations × articles).
_PERMUTATION_CELLS = 2_000_000


def _kruskal_permutation(
    values: np.ndarray, codes: np.ndarray, k: int, permutations: int, rng: np.random.Generator
) -> tuple[float, float]:
    n = len(values)
    # With every unit alone in its group there is no spread within groups to compare against:
    # every shuffle gives the same H (n - 1), so p = 1 and ε² = 1 would only restate the group count
    # (trial 19: eleven outlets of one article each printed ε² = 1.0).
    groups_used = len(set(codes.tolist()))
    if n < 2 or groups_used < 2 or groups_used == n:
        return float("nan"), float("nan")
    ranks = pd.Series(values).rank(method="average").to_numpy()
    _, ties = np.unique(values, return_counts=True)
    correction = 1 - (ties**3 - ties).sum() / (n**3 - n)
    if correction <= 0:
        return 0.0, 1.0  # every value equal
    onehot = np.eye(k)[codes]
    sizes = onehot.sum(axis=0)
    used = sizes > 0

    def statistic(rank_sums: np.ndarray) -> np.ndarray:
        return (12 / (n * (n + 1)) * (rank_sums[..., used] ** 2 / sizes[used]).sum(axis=-1) - 3 * (n + 1)) / correction

    observed = float(statistic(ranks @ onehot))
    # In batches, so memory is a batch × n, not permutations × n (5,000 × 20,000 articles: ~2.4 GB).
    # The generator draws the same numbers in batches as at once, so p does not depend on the batch.
    batch = max(1, min(permutations, _PERMUTATION_CELLS // n))
    exceed = 0
    for done in range(0, permutations, batch):
        shuffled = np.argsort(rng.random((min(batch, permutations - done), n)), axis=1)
        exceed += int((statistic(ranks[shuffled] @ onehot) >= observed - 1e-9).sum())
    return observed, (1 + exceed) / (permutations + 1)


def _holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjusted p-values (NaN stays NaN)."""
    adjusted = np.full(len(p), np.nan)
    valid = np.flatnonzero(~np.isnan(p))
    order = valid[np.argsort(p[valid], kind="stable")]
    m, running = len(order), 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[index]))
        adjusted[index] = running
    return adjusted


def describe_comparison(
    summary: pd.DataFrame,
    by_article: pd.DataFrame,
    by_cluster: pd.DataFrame | None = None,
    *,
    group_labels: dict[str, str] | None = None,
    alpha: float = 0.05,
    html: bool = False,
) -> list[str] | str:
    """Plain-language sentences from :func:`summarise_by` (``summary``) and :func:`compare_groups`
    article by article (``by_article``) and on cluster means (``by_cluster``): first an overview
    (how many measures fall in each class of evidence, the largest effect), then one sentence per
    measure with a difference, worded by strength of evidence: a difference that survives Holm's
    correction on cluster means; one that survives only article by article (it may rest on a few
    outlets); an uncorrected hint (its p named with its level: article by article or on outlet
    means); then the measures with no clear difference. Text only states what the tables show.
    One group: one sentence saying there is nothing to compare. With ``html``, one escaped
    ``<ul>`` string instead of the list."""
    if summary.empty or summary["group"].nunique() < 2:
        sentences = ["Only one group of articles: there is nothing to compare."]
    else:
        sentences = _comparison_sentences(summary, by_article, by_cluster, group_labels or {}, alpha)
        caution = _small_groups(summary)
        if caution:
            sentences.insert(0, caution)
    if html:
        from html import escape

        return "<ul>" + "".join(f"<li>{escape(s)}</li>" for s in sentences) + "</ul>"
    return sentences


#: Below this many articles a group says little of its outlets; when half the groups are this
#: small, the comparison opens with a caution (trial 13 F14: 19 of 23 outlets with one article each
#: gave ε² = 0.99, an artefact: each article is nearly its own group).
SMALL_GROUP = 5


def _small_groups(summary: pd.DataFrame) -> str | None:
    sizes = summary.groupby("group", sort=False)["n"].max()
    small, singles = int((sizes < SMALL_GROUP).sum()), int((sizes <= 1).sum())
    if small * 2 < len(sizes):
        return None
    held = f" ({singles} hold a single article)" if singles else ""
    return (f"Caution: {small} of {len(sizes)} groups hold fewer than {SMALL_GROUP} articles{held}. With so few "
            "articles per group the tests have little to go on and ε² comes near 1 whenever most groups hold one "
            "article (each article is then almost its own group); read the figures below as description, not "
            "evidence, or compare fewer, larger groups (outlets merged into their bias group, say).")


def _comparison_sentences(
    summary: pd.DataFrame, by_article: pd.DataFrame, by_cluster: pd.DataFrame | None, names: dict[str, str], alpha: float
) -> list[str]:
    clusters = by_cluster.set_index("measure") if by_cluster is not None else None
    found: dict[str, list[str]] = {"cluster": [], "article": [], "hint": [], "quiet": [], "untested": []}
    sentences = []
    for row in by_article.itertuples(index=False):
        part = summary[summary["measure"] == row.measure]
        if part.empty or part["mean"].isna().all() or len(part) < 2:
            continue
        high, low = part.loc[part["mean"].idxmax()], part.loc[part["mean"].idxmin()]
        span = (
            f"group means run from {low['mean']:.2f} ({names.get(low['group'], low['group'])}) "
            f"to {high['mean']:.2f} ({names.get(high['group'], high['group'])})"
        )
        cluster = clusters.loc[row.measure] if clusters is not None and row.measure in clusters.index else None
        if math.isnan(row.p):  # every group a single unit (or one group with data): nothing to test
            found["untested"].append(row.measure)
        elif cluster is not None and cluster["p_holm"] < alpha:
            found["cluster"].append(row.measure)
            sentences.append(
                f"{row.measure}: {span}; the difference holds even on outlet means after correction "
                f"(p_holm = {cluster['p_holm']:.3f} on outlet means, ε² = {cluster['epsilon2']:.2f})."
            )
        elif row.p_holm < alpha:
            found["article"].append(row.measure)
            tail = (
                f", but not on outlet means (p_holm = {cluster['p_holm']:.2f}): it may rest on a few prolific outlets"
                if cluster is not None
                else ""
            )
            sentences.append(f"{row.measure}: {span}; article by article this survives correction (p_holm = {row.p_holm:.3f}){tail}.")
        elif row.p < alpha or (cluster is not None and cluster["p"] < alpha):
            found["hint"].append(row.measure)
            level, p = ("on outlet means", cluster["p"]) if cluster is not None and cluster["p"] < row.p else ("article by article", row.p)
            sentences.append(
                f"{row.measure}: {span}; an uncorrected hint (p = {p:.3f} {level}) that does not survive the correction "
                f"for {len(by_article)} measures — a lead to check, not a finding."
            )
        else:
            found["quiet"].append(row.measure)
    if found["quiet"]:
        sentences.append(f"No clear difference between the groups in: {', '.join(found['quiet'])}.")
    if found["untested"]:
        sentences.append(
            f"Not tested, every group holding a single article (no spread within groups to compare the "
            f"groups with): {', '.join(found['untested'])}."
        )
    return [_overview(found, by_article, by_cluster is not None), *sentences]


def _overview(found: dict[str, list[str]], by_article: pd.DataFrame, clustered: bool) -> str:
    """How many measures fall in each class of evidence, and the largest effect article by article."""
    total = sum(len(v) for v in found.values())
    if clustered:
        parts = [f"{len(found['cluster'])} differ on outlet means after Holm's correction",
                 f"{len(found['article'])} only article by article"]
    else:  # no outlet-means test: a difference that survives correction article by article is the finding
        parts = [f"{len(found['cluster']) + len(found['article'])} differ after Holm's correction"]
    parts += [f"{len(found['hint'])} show only an uncorrected hint", f"{len(found['quiet'])} show no clear difference"]
    if found["untested"]:
        parts.append(f"{len(found['untested'])} could not be tested")
    effects = by_article.dropna(subset=["epsilon2"])
    largest = ""
    if len(effects):
        top = effects.loc[effects["epsilon2"].idxmax()]
        largest = f"; the largest effect article by article is ε² = {top['epsilon2']:.2f} ({top['measure']})"
    return f"Of the {total} measures compared, " + ", ".join(parts[:-1]) + f" and {parts[-1]}{largest}."

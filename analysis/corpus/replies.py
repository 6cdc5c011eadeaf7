"""Right of reply across a corpus: per group, how many accused parties the articles give an answer (trial 21 F10).

The ``articles`` table counts accused parties by verdict (``accused_parties_heard``, ...); the
``right_of_reply`` table has one row per accused party with its verdict, cues and the sentences as
evidence. :func:`right_of_reply_by` joins the two on ``article_id`` and counts, per group, the
articles, those that accuse anyone, the accused parties, each verdict, and the share of parties whose
answer the article gives (``heard`` or ``denied``). Most articles accuse no one, so a group's figure
rests on few parties: read it with ``accused_parties`` beside it, and the rows themselves
(``verdict_text``) before comparing groups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.sourcing.result import VERDICTS

if TYPE_CHECKING:
    import pandas as pd

RIGHT_OF_REPLY_BY_COLUMNS = ("group", "articles", "articles_accusing", "accused_parties", *VERDICTS, "answered_share")


def right_of_reply_by(replies: pd.DataFrame, articles: pd.DataFrame, group_column: str) -> pd.DataFrame:
    """Per value of ``group_column`` of ``articles``: ``articles``, ``articles_accusing`` (with an
    accused party), ``accused_parties``, the count of each verdict (``heard``, ``denied``,
    ``sought_but_silent``, ``not_sought``) and ``answered_share`` (heard or denied over the accused
    parties; missing (NaN) for a group that accuses no one). ``replies`` is the corpus's ``right_of_reply``
    table; an article missing from ``articles`` is left out."""
    import pandas as pd

    groups = articles[["article_id", group_column]]
    joined = replies.merge(groups, on="article_id", how="inner")
    rows = []
    for group, members in groups.groupby(group_column, sort=True):
        mine = joined[joined[group_column] == group]
        counts = {verdict: int((mine["verdict"] == verdict).sum()) for verdict in VERDICTS}
        parties = len(mine)
        answered = counts["heard"] + counts["denied"]
        rows.append({
            "group": group, "articles": len(members), "articles_accusing": int(mine["article_id"].nunique()),
            "accused_parties": parties, **counts, "answered_share": answered / parties if parties else None,
        })
    return pd.DataFrame(rows, columns=list(RIGHT_OF_REPLY_BY_COLUMNS))

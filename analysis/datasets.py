"""Bundled public corpora as tables ready for :func:`analysis.corpus.analyze_corpus`.

``narrative_frames_table()`` — the Narrative Frames Corpus (Frermann et al. 2023, MIT; see
``data/external/narrative_frames/SOURCE.md``): 428 climate-change articles from 36 outlets, each
with the Media Bias/Fact Check rating of its outlet and the human frame labels.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from analysis.validate_framing import load_records, split_headline

#: The corpus' outlet ratings, from left to right, then the low-credibility group.
BIAS_GROUPS: tuple[str, ...] = ("left_bias", "left_center_bias", "right_bias", "questionable_source")
#: Short names and colours (Okabe & Ito) for tables and charts.
BIAS_LABELS: dict[str, str] = {
    "left_bias": "left",
    "left_center_bias": "left-centre",
    "right_bias": "right",
    "questionable_source": "questionable",
}
BIAS_COLORS: tuple[str, ...] = ("#0072B2", "#56B4E9", "#D55E00", "#CC79A7")
#: The corpus' frame labels (human coding, aggregated): column name -> frame.
FRAME_LABELS: dict[str, str] = {
    "label_CO": "conflict",
    "label_EC": "economic",
    "label_HI": "human interest",
    "label_MO": "moral",
    "label_RE": "resolution",
}
COLUMNS: tuple[str, ...] = ("id", "headline", "text", "outlet", "mbfc_bias", "date", "opinion", *FRAME_LABELS)


def narrative_frames_table(path: Path | str | None = None) -> pd.DataFrame:
    """One row per article, in id order: ``id`` (str), ``headline``, ``text`` (the body, with the
    headline the corpus prepends cut off), ``outlet`` (normalised name, 36 distinct),
    ``mbfc_bias`` (ordered categorical, :data:`BIAS_GROUPS`), ``date`` (``YYYY-MM-DD``),
    ``opinion`` and the frame labels ``label_CO`` … ``label_RE`` (bool).

    When the corpus' recovered title does not match the start of the text (1 article of 428),
    ``headline`` is empty and ``text`` is the whole text.
    """
    rows = []
    for record in load_records(path):
        headline, body = headline_and_body(record["text"], record.get("title_from_id") or "")
        rows.append(
            {
                "id": str(record["id"]),
                "headline": headline or "",
                "text": body,
                "outlet": record["outlet_norm"],
                "mbfc_bias": record["mbfc_bias"],
                "date": record["date"],
                "opinion": bool(record.get("opinion")),
                **{column: bool(record[column.removeprefix("label_")]) for column in FRAME_LABELS},
            }
        )
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    table["mbfc_bias"] = pd.Categorical(table["mbfc_bias"], categories=list(BIAS_GROUPS), ordered=True)
    return table


def headline_and_body(text: str, title: str) -> tuple[str | None, str]:
    """:func:`~analysis.validate_framing.split_headline`, made robust to two quirks of the
    corpus titles: a trailing ``.txt`` (the file name the title was recovered from) and accents
    the title lost (``Julian`` for ``Julián``); and a body that repeats the headline (8 articles)
    loses the repeat too. Matching runs on an accent-folded copy of the text of the same length,
    and the cut is applied to the original text."""
    title = re.sub(r"\.txt$", "", title.strip())
    headline, body = _cut(text, title)
    if headline is None:
        return None, text
    again, rest = _cut(body, title)
    return headline, (rest if again is not None else body)  # some bodies repeat the headline


def _cut(text: str, title: str) -> tuple[str | None, str]:
    folded = _fold(text)
    headline, body = split_headline(folded, _fold(title))
    if headline is None:
        return None, text
    cut = len(folded.rstrip()) - len(body)  # where the body starts (split_headline strips both parts)
    return text[:cut].strip(), text[cut:].strip()


def _fold(text: str) -> str:
    """Each character to its base character (``é`` -> ``e``), keeping the length unchanged."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1] or ch for ch in text)

"""Readers of the public data sets in ``data/external`` (each folder has its licence and
``SOURCE.md``), for the validators and for corpus runs. Readers only: nothing here scores,
validates or imports a validator.

* Narrative Frames Corpus (Frermann et al. 2023, MIT; ``narrative_frames/``): 428 climate-change
  articles from 36 outlets, each with the Media Bias/Fact Check rating of its outlet and the human
  frame labels; :func:`load_records` gives the rows, :func:`narrative_frames_table` a table ready
  for :func:`analysis.corpus.analyze_corpus`, :func:`headline_and_body` the headline/body split.
* VADER ICWSM-2014 ground truth (Hutto & Gilbert 2014, MIT; ``vader_icwsm2014/``): snippets with
  their mean human rating (-4 .. +4) and every rating; :func:`vader_rows`, :func:`nyt_rows`.
* OneStopEnglish (Vajjala & Lučić 2018; ``onestopenglish/``): 189 texts at three levels;
  :func:`onestopenglish_records`.
* The Zyte article-extraction benchmark (``article_extraction_benchmark/``): pages with their gold
  article bodies; :func:`extraction_pages`.
* NewsMTSC (Hamborg & Donnay 2021, MIT; copied unchanged into ``data/external/newsmtsc``):
  news sentences with one marked target and its coded polarity; :func:`newsmtsc_items`.
"""

from __future__ import annotations

import csv
import gzip
import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.article.shifted_quotes import repair_shifted_quotes
from analysis.errors import AnalysisError, InputNotFoundError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = PROJECT_ROOT / "data" / "external"
NARRATIVE_FRAMES = EXTERNAL / "narrative_frames"
VADER_GROUND_TRUTH = EXTERNAL / "vader_icwsm2014" / "vader_ground_truth.csv"
ONESTOPENGLISH = EXTERNAL / "onestopenglish" / "onestopenglish.jsonl"
EXTRACTION_BENCHMARK = EXTERNAL / "article_extraction_benchmark"
#: NewsMTSC train/dev splits (MIT; copied unchanged, SOURCE.md and LICENSE beside them).
NEWSMTSC = EXTERNAL / "newsmtsc"


def require(path: Path) -> Path:
    """``path``, or an :class:`AnalysisError` naming the missing data file."""
    if not path.exists():
        raise AnalysisError(f"validation data missing: {path.relative_to(PROJECT_ROOT)} (run from a checkout of the project)")
    return path


# --------------------------------------------------------------------------------------------
# Narrative Frames Corpus

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


def load_records(path: Path | str | None = None) -> list[dict[str, Any]]:
    """The corpus rows (``articles.jsonl``), sorted by id."""
    file = Path(path) if path is not None else NARRATIVE_FRAMES / "articles.jsonl"
    with file.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return sorted(rows, key=lambda r: r["id"])


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


def split_headline(text: str, title: str) -> tuple[str | None, str]:
    """Cut the headline off the front of ``text`` by matching the letters and digits of ``title``
    (the corpus title has punctuation stripped). Returns ``(headline, body)``; when the letters do
    not match, ``(None, text)``."""
    wanted = [ch.lower() for ch in title if ch.isalnum()]
    if not wanted:
        return None, text
    i = j = 0
    while i < len(text) and j < len(wanted):
        ch = text[i]
        if ch.isalnum():
            if ch.lower() != wanted[j]:
                return None, text
            j += 1
        i += 1
    if j < len(wanted):
        return None, text
    while i < len(text) and not text[i].isspace() and not text[i].isalnum():
        i += 1  # closing punctuation of the headline ("?", "”")
    return text[:i].strip(), text[i:].strip()


def headline_and_body(text: str, title: str) -> tuple[str | None, str]:
    """:func:`split_headline`, made robust to two quirks of the
    corpus titles: a trailing ``.txt`` (the file name the title was recovered from) and accents
    the title lost (``Julian`` for ``Julián``); and a body that repeats the headline (8 articles)
    loses the repeat too. Matching runs on an accent-folded copy of the text of the same length,
    and the cut is applied to the original text."""
    title = re.sub(r"\.txt$", "", title.strip())
    headline, body = _cut(text, title)
    if headline is None:
        return None, _repaired(text)
    again, rest = _cut(body, title)
    return _unescaped(headline), _repaired(rest if again is not None else body)  # some bodies repeat the headline


def _repaired(body: str) -> str:
    return repair_shifted_quotes(restore_lost_breaks(_unescaped(body)))


# The corpus kept some HTML character references of its pages ("Trump&apos;s", "&#8220;"), in 8 of
# 428 texts; its titles were made from the escaped text, so the headline is cut first and each part
# unescaped after. Only complete references (with their ";") are read: html.unescape alone would also
# turn HTML's legacy forms without one ("Barnes&noble" -> "Barnes¬ble").
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _after_reference(text: str, cut: int) -> int:
    """``cut``, or the end of the character reference it falls inside (a title truncated in the
    middle of "&apos;" left "&ap" on the headline and "os;" on the body)."""
    amp = text.rfind("&", max(0, cut - 10), cut)
    if amp < 0:
        return cut
    reference = _CHARACTER_REFERENCE.match(text, amp)
    return reference.end() if reference and reference.end() > cut else cut


def _unescaped(text: str) -> str:
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


# Where the corpus joined two paragraphs with no space at all: a sentence end, then a closing mark
# or none, then the next paragraph's first capital ("…trial.'It's …", "…role."I'm …", "…2014.)The
# drift …", "…the ground?Several fires …", "…as the Oregonian explained:Although …"). 82 single-quote,
# 76 double-quote, 17 parenthesis, 44 bare joins and 46 after a colon (each read: all joins) on the
# 428 bodies; read as they are, two sentences (and a quotation's edge) become one.
_GLUED_DOUBLE_OR_PAREN = re.compile(r'(?<=[.!?])([")])(?=[A-Z])')
# two lower-case letters before the mark: "U.S.Army" or "Ph.D.Candidate" are not joins
_GLUED_BARE = re.compile(r"(?<=[a-z]{2}[.!?:])(?=[A-Z][a-z])")
_SINGLE_QUOTE = re.compile(r"'")


def restore_lost_breaks(text: str) -> str:
    """``text`` with a space put back at each place where the corpus glued a paragraph to the one
    before (see above). A glued double quote or parenthesis closes what came before, or is an
    opening quote shifted onto the sentence before, which :func:`repair_shifted_quotes` then moves
    back; a glued single quote is read here: it closes when a single-quoted quotation is open, and
    otherwise opens the next paragraph's quotation (Daily Mail style: ``…in a statement.'Stopping …``)."""
    text = _GLUED_DOUBLE_OR_PAREN.sub(r"\1 ", text)
    text = _GLUED_BARE.sub(" ", text)
    return _restore_single_quotes(text)


def _restore_single_quotes(text: str) -> str:
    out: list[str] = []
    inside, last = False, 0
    for match in _SINGLE_QUOTE.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if (before.isspace() or before in "([—–-") and after.isalnum():
            inside = True  # an opening mark; an apostrophe stands between letters or after one
        elif before in ".,!?" and not after.isalnum():
            inside = False  # a closing mark: "…,' he said", "…end.' "
        elif before in ".!?" and after.isupper():  # glued: close with a space after, or open with one before
            out += [text[last:at], "' " if inside else " '"]
            last = at + 1
            inside = not inside
    return "".join(out) + text[last:]




def _cut(text: str, title: str) -> tuple[str | None, str]:
    folded = _fold(text)
    headline, body = split_headline(folded, _fold(title))
    if headline is None:
        return None, text
    cut = len(folded.rstrip()) - len(body)  # where the body starts (split_headline strips both parts)
    cut = _after_reference(text, cut)
    return text[:cut].strip(), text[cut:].strip()


def _fold(text: str) -> str:
    """Each character to its base character (``é`` -> ``e``), keeping the length unchanged."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1] or ch for ch in text)


# --------------------------------------------------------------------------------------------
# VADER ICWSM-2014 ground truth


@dataclass(frozen=True)
class VaderRow:
    """One snippet: its corpus (``nyt_editorial``, ``tweet``, ...), mean rating, every rating, text."""

    corpus: str
    rating: float
    ratings: tuple[int, ...]
    text: str


@cache
def vader_rows(path: str) -> tuple[VaderRow, ...]:
    """Every row of the ground-truth file at ``path``, in file order (read once per path)."""
    file = Path(path)
    if not file.is_file():
        raise InputNotFoundError(
            f"no validation data at {file}: copy vader_icwsm2014/ into data/external/ (see its SOURCE.md)"
        )
    with file.open(encoding="utf-8", newline="") as handle:
        return tuple(
            VaderRow(r["corpus"], float(r["mean_rating"]), tuple(json.loads(r["ratings"])), r["text"])
            for r in csv.DictReader(handle)
        )


def nyt_rows(path: str | Path = VADER_GROUND_TRUTH, *, parity: str) -> list[tuple[float, str, tuple[int, ...]]]:
    """``nyt_editorial`` rows as (mean_rating, text, ratings); ``parity`` "odd" or "even", counted
    from 1 in file order."""
    nyt = [r for r in vader_rows(str(path)) if r.corpus == "nyt_editorial"]
    chosen = nyt[0::2] if parity == "odd" else nyt[1::2]
    return [(r.rating, r.text, r.ratings) for r in chosen]


# --------------------------------------------------------------------------------------------
# OneStopEnglish and the extraction benchmark


def onestopenglish_records(path: Path | None = None) -> Iterator[dict[str, Any]]:
    """The OneStopEnglish rows (``topic``, ``level``, ``level_code``, ``text``, ``known_issue``), in file order."""
    source = require(path or ONESTOPENGLISH)
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def extraction_pages(folder: Path | None = None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """The benchmark's pages in file order: the ground-truth row (``id``, ``domain``,
    ``html_lang``, ``article_body``, ...) and the page's HTML bytes (stored gzipped)."""
    folder = require(folder or EXTRACTION_BENCHMARK)
    with (folder / "ground_truth.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield record, gzip.decompress((folder / record["html_file"]).read_bytes())


# --------------------------------------------------------------------------------------------
# NewsMTSC (target-dependent tone)

POLARITY_LABELS: dict[int, str] = {-1: "negative", 0: "neutral", 1: "positive"}


@dataclass(frozen=True)
class TargetItem:
    """One coded target: ``sentence``, offsets ``start``/``end`` of the ``mention`` in it and the
    coders' ``polarity`` (``negative`` / ``neutral`` / ``positive``; None when not coded)."""

    id: str
    sentence: str
    start: int
    end: int
    mention: str
    polarity: str | None


def newsmtsc_items(split: str, folder: Path | str | None = None) -> tuple[TargetItem, ...]:
    """The items of NewsMTSC's ``split`` (``train`` or ``dev``) from ``folder`` (default
    :data:`NEWSMTSC`); polarity -1/0/1 becomes negative/neutral/positive."""
    path = require(Path(folder or NEWSMTSC) / f"{split}.jsonl")
    return target_items(path)


def target_items(path: Path, labels: Path | None = None) -> tuple[TargetItem, ...]:
    """Target items of a JSON Lines file with ``sentence``, ``from``, ``to``, ``mention``, ``id`` and
    optionally ``polarity`` (-1/0/1 or a label); ``labels`` (a file of ``{"id", "polarity"}``) fills
    the polarity by id (the blind set's coder file)."""
    coded: dict[str, str] = {}
    if labels is not None:
        for line in require(labels).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                coded[str(row["id"])] = str(row["polarity"])
    items = []
    for line in require(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        polarity = row.get("polarity")
        label = POLARITY_LABELS.get(polarity, polarity) if isinstance(polarity, int) else polarity
        items.append(
            TargetItem(
                id=str(row["id"]),
                sentence=row["sentence"],
                start=int(row["from"]),
                end=int(row["to"]),
                mention=row["mention"],
                polarity=coded.get(str(row["id"]), label),
            )
        )
    return tuple(items)

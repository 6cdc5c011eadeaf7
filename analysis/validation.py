"""How far each measure agrees with human judgement, on public annotated data in ``data/external``.

Every figure is computed here, deterministically, from the copies of the data sets (each folder
has its licence and ``SOURCE.md``). Rule of the split: wherever anything was chosen by looking at a
data set (a threshold, a lexicon entry, a weight), it was chosen on the odd-numbered rows or ids
only, and the figure reported is on the even ones; each figure says which rows it used.

* Readability — OneStopEnglish (Vajjala & Lučić 2018): 189 texts at three levels. Per formula, the
  triples ordered Elementary < Intermediate < Advanced (strictly) and Spearman ρ between level and
  score. Nothing was tuned on it, so all rows are used.
* HTML extraction — the Zyte article-extraction benchmark (60 pages): word-4-gram (shingle)
  precision, recall and F1 of our HTML → body step against the gold bodies, beside trafilatura's
  default on the same pages. Nothing was tuned on it.
* Sentiment and generic frames: see :mod:`analysis.validate_sentiment` and
  :mod:`analysis.validate_framing` (NYT editorial snippets; narrative-frames corpus).
* Sourcing: precision and recall on our own hand-annotated fixtures (no public quote-attribution
  data set can be redistributed).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.errors import AnalysisError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = PROJECT_ROOT / "data" / "external"
LEVELS = ("Elementary", "Intermediate", "Advanced")


def _require(path: Path) -> Path:
    if not path.exists():
        raise AnalysisError(f"validation data missing: {path.relative_to(PROJECT_ROOT)} (run from a checkout of the project)")
    return path


# --------------------------------------------------------------------------------------------
# Readability


def readability_scores(path: Path | None = None) -> pd.DataFrame:
    """One row per OneStopEnglish text: topic, level, level_code, known_issue, and every formula
    (our scores) plus ``textstat_flesch_kincaid_grade`` (textstat alone, for comparison)."""
    import textstat

    from analysis.article import load_article
    from analysis.readability import analyze_readability

    source = _require(path or EXTERNAL / "onestopenglish" / "onestopenglish.jsonl")
    rows = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            # The texts carry no headline: every line is body.
            article = load_article(record["text"], headline="")
            result = analyze_readability(article)
            row = {
                "topic": record["topic"],
                "level": record["level"],
                "level_code": record["level_code"],
                "known_issue": bool(record.get("known_issue")),
                "textstat_flesch_kincaid_grade": textstat.flesch_kincaid_grade(record["text"]),
            }
            row.update({s.key: s.value for s in result.scores})
            rows.append(row)
    return pd.DataFrame(rows)


def validate_readability(scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per formula: strictly ordered triples (all 189, and the 186 without known issues) and
    Spearman ρ between level code and score over all texts. For Reading Ease, where higher means
    easier, the order counted is Elementary > Intermediate > Advanced."""
    scores = readability_scores() if scores is None else scores
    formulas = [c for c in scores.columns if c not in ("topic", "level", "level_code", "known_issue")]
    rows = []
    for formula in formulas:
        sign = -1 if formula == "flesch_reading_ease" else 1
        wide = scores.pivot(index="topic", columns="level", values=formula)[list(LEVELS)] * sign
        issues = scores.groupby("topic")["known_issue"].any()
        ordered = (wide["Elementary"] < wide["Intermediate"]) & (wide["Intermediate"] < wide["Advanced"])
        # Spearman's rho is Pearson's r on ranks (average ranks for ties), without scipy.
        rho = scores["level_code"].rank().corr((scores[formula] * sign).rank())
        rows.append(
            {
                "formula": formula,
                "ordered_triples": int(ordered.sum()),
                "triples": len(ordered),
                "ordered_clean": int(ordered[~issues.reindex(ordered.index)].sum()),
                "clean_triples": int((~issues).sum()),
                "spearman_rho": float(rho),
                "rows_used": "all 567 texts (nothing tuned on this set)",
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# HTML extraction


def _shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    words = text.split()
    return Counter(tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1)))


def shingle_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Word-4-gram precision, recall and F1 (multiset overlap), as in the Zyte benchmark."""
    ours, theirs = _shingles(predicted), _shingles(gold)
    overlap = sum((ours & theirs).values())
    precision = overlap / sum(ours.values()) if ours else 0.0
    recall = overlap / sum(theirs.values()) if theirs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def extraction_scores(folder: Path | None = None) -> pd.DataFrame:
    """One row per benchmark page: id, html_lang, and P/R/F1 for ours and trafilatura's default."""
    import trafilatura

    from analysis.article import load_article

    folder = _require(folder or EXTERNAL / "article_extraction_benchmark")
    rows = []
    with (folder / "ground_truth.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            html = gzip.decompress((folder / record["html_file"]).read_bytes())
            try:
                ours = load_article(html).body
                refused = ""
            except AnalysisError as error:
                ours, refused = "", type(error).__name__
            baseline = trafilatura.extract(html.decode("utf-8", "replace")) or ""
            p, r, f = shingle_scores(ours, record["article_body"])
            bp, br, bf = shingle_scores(baseline, record["article_body"])
            rows.append(
                {
                    "id": record["id"],
                    "html_lang": record["html_lang"],
                    "refused": refused,
                    "precision": p,
                    "recall": r,
                    "f1": f,
                    "trafilatura_precision": bp,
                    "trafilatura_recall": br,
                    "trafilatura_f1": bf,
                }
            )
    return pd.DataFrame(rows)


def validate_extraction(scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mean per-page P/R/F1 for ours and trafilatura's default, on all pages and on English ones."""
    scores = extraction_scores() if scores is None else scores
    english = scores["html_lang"].fillna("").str.startswith("en") | scores["html_lang"].isna()
    rows = []
    for subset, mask in (("all 60 pages", slice(None)), ("English or untagged pages", english)):
        part = scores.loc[mask]
        for system, prefix in (("ours (trafilatura favor_precision + our cleaning)", ""), ("trafilatura default", "trafilatura_")):
            rows.append(
                {
                    "pages": subset,
                    "n": len(part),
                    "system": system,
                    "precision": float(part[f"{prefix}precision"].mean()),
                    "recall": float(part[f"{prefix}recall"].mean()),
                    "f1": float(part[f"{prefix}f1"].mean()),
                    "refused": int((part["refused"] != "").sum()) if not prefix else 0,
                }
            )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------
# All figures


def _optional(name: str) -> Callable[[], Any] | None:
    import importlib

    try:
        module = importlib.import_module(f"analysis.{name}")
    except ModuleNotFoundError:
        return None
    return getattr(module, "validation_summary", None)


def validate_all() -> dict[str, Any]:
    """Every validation figure, as a JSON-ready dict (see README "How valid are these measures?")."""
    from analysis._json import to_jsonable

    figures: dict[str, Any] = {
        "readability": validate_readability().to_dict("records"),
        "extraction": validate_extraction().to_dict("records"),
    }
    for key, module in (("sentiment", "validate_sentiment"), ("framing", "validate_framing"), ("sourcing", "validate_sourcing")):
        summary = _optional(module)
        if summary is not None:
            figures[key] = summary()
    return to_jsonable(figures)

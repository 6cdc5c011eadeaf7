"""Validation of the readability formulas on OneStopEnglish (Vajjala & Lučić 2018): 189 texts, each
written at three levels (Elementary, Intermediate, Advanced).

Per formula, the triples ordered Elementary < Intermediate < Advanced (strictly) and Spearman ρ
between level and score, beside textstat's own Flesch–Kincaid grade. Nothing was tuned on it: all
rows are used.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import textstat

from analysis.article import load_article
from analysis.readability import analyze_readability
from analysis.validation.datasets import onestopenglish_records

LEVELS = ("Elementary", "Intermediate", "Advanced")
FORMULA_NAMES = {
    "textstat_flesch_kincaid_grade": "textstat Flesch–Kincaid Grade (baseline)",
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch–Kincaid Grade",
    "gunning_fog": "Gunning Fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "Automated Readability Index",
    "dale_chall": "New Dale–Chall (raw score)",
    "linsear_write": "Linsear Write",
}


def readability_scores(path: Path | None = None) -> pd.DataFrame:
    """One row per OneStopEnglish text: topic, level, level_code, known_issue, and every formula
    (our scores) plus ``textstat_flesch_kincaid_grade`` (textstat alone, for comparison)."""
    rows = []
    for record in onestopenglish_records(path):
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
    easier, the order counted is Elementary > Intermediate > Advanced (and ρ is of −score)."""
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
                "name": FORMULA_NAMES.get(formula, formula),
                "ordered_triples": int(ordered.sum()),
                "triples": len(ordered),
                "ordered_clean": int(ordered[~issues.reindex(ordered.index)].sum()),
                "clean_triples": int((~issues).sum()),
                "spearman_rho": float(rho),
                "rows_used": "all 567 texts (nothing tuned on this set)",
            }
        )
    return pd.DataFrame(rows)

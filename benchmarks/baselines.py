"""What the benchmarks compare against: the libraries alone, with none of our work around them."""

from __future__ import annotations

import textstat

TEXTSTAT_FORMULAS = (
    textstat.flesch_reading_ease,
    textstat.flesch_kincaid_grade,
    textstat.gunning_fog,
    textstat.smog_index,
    textstat.coleman_liau_index,
    textstat.automated_readability_index,
    textstat.dale_chall_readability_score,
    textstat.linsear_write_formula,
)


def textstat_alone(text: str) -> None:
    """textstat's eight formulas on ``text`` (its own sentence counter and caches)."""
    for formula in TEXTSTAT_FORMULAS:
        formula(text)

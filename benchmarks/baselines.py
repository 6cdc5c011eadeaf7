"""What the benchmarks compare against: the libraries alone, with none of our work around them.

As a command (the baseline of ``run_all.py``), the least a readability + tone tool must pay on a
folder of articles: ``python benchmarks/baselines.py DIR -o OUT.csv --workers 2`` reads every
``.txt`` file (first paragraph = headline), computes textstat's eight formulas on the body and
VADER ``polarity_scores`` on each sentence (a plain regex split) in ``--workers`` processes, and
writes one CSV row per article.
"""

from __future__ import annotations

import argparse
import csv
import re
from multiprocessing import Pool
from pathlib import Path

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
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)])\s+")
_analyzer = None


def textstat_alone(text: str) -> None:
    """textstat's eight formulas on ``text`` (its own sentence counter and caches)."""
    for formula in TEXTSTAT_FORMULAS:
        formula(text)


def baseline_file(path: str) -> list[object]:
    """One article file: [name, the eight formulas, mean VADER compound over its sentences]."""
    global _analyzer
    if _analyzer is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzer = SentimentIntensityAnalyzer()
    text = Path(path).read_text(encoding="utf-8")
    _headline, _, body = text.partition("\n\n")
    scores = [formula(body) for formula in TEXTSTAT_FORMULAS]
    sentences = [s for s in _SENTENCE_END.split(body) if s.strip()]
    compounds = [_analyzer.polarity_scores(s)["compound"] for s in sentences]
    return [Path(path).name, *scores, sum(compounds) / len(compounds) if compounds else 0.0]


def main() -> None:
    parser = argparse.ArgumentParser(description="textstat (8 formulas) + VADER per sentence on a folder")
    parser.add_argument("folder")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = sorted(str(p) for p in Path(args.folder).rglob("*.txt"))
    with Pool(args.workers) as pool:
        rows = pool.map(baseline_file, files, chunksize=max(1, min(16, len(files) // (args.workers * 4))))
    with open(args.output, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["article_id", *(f.__name__ for f in TEXTSTAT_FORMULAS), "tone_mean_compound"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()

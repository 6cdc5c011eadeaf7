"""CPU time of ``analyze`` against textstat + VADER on the same real articles, interleaved.

Run: ``python benchmarks/cpu_ratio.py [--articles 428] [--passes 5]``. The articles of the
bundled Narrative Frames Corpus are loaded once; then each pass times, with
``time.process_time`` (CPU of this process: steadier than wall-clock on a shared machine), the
baseline (textstat's eight formulas on the body + VADER ``polarity_scores`` per sentence of our
split, as ``bench_corpus.py``), then ``analyze`` on the loaded articles, then ``analyze`` followed
by ``corpus_rows()`` (what the corpus command keeps of each article). Passes alternate, so a load
on the machine falls on both sides; the ratio of each pass is printed with the median ratio. The
garbage collector is paused while timing (the corpus runner freezes it too) and collected between
passes.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # this checkout's package, not an editable install of another


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=428)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    from bench_corpus import narrative_frames_articles, textstat_and_vader
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.article import load_article
    from analysis.pipeline import analyze

    articles = [load_article(body, headline=headline, name=i) for i, headline, body in narrative_frames_articles()[: args.articles]]
    analyzer = SentimentIntensityAnalyzer()
    inputs = [(a.body, [s.text for s in a.sentences]) for a in articles]
    for article in articles:  # warm-up: lexicons, caches of words seen
        analyze(article).corpus_rows()
    clock = time.process_time
    base, ours, rows = [], [], []
    for k in range(args.passes):
        pad = " " * (k + 1)  # textstat caches per exact string: every pass computes afresh
        gc.collect()
        gc.disable()
        t0 = clock()
        for body, sentences in inputs:
            textstat_and_vader(body + pad, sentences, analyzer)
        t1 = clock()
        for article in articles:
            analyze(article)
        t2 = clock()
        for article in articles:
            analyze(article).corpus_rows()
        t3 = clock()
        gc.enable()
        base.append(t1 - t0)
        ours.append(t2 - t1)
        rows.append(t3 - t2)
        print(f"pass {k}: baseline {(t1 - t0) / len(articles) * 1e3:.2f} ms/article, analyze {ours[-1] / base[-1]:.3f}x, "
              f"analyze + corpus_rows {rows[-1] / base[-1]:.3f}x")
    n = len(articles)
    print(f"{n} articles, {args.passes} passes (median): baseline {statistics.median(base) / n * 1e3:.2f} ms/article, "
          f"analyze {statistics.median(ours) / n * 1e3:.2f} ms/article = "
          f"{statistics.median(o / b for o, b in zip(ours, base, strict=True)):.3f}x, "
          f"analyze + corpus_rows {statistics.median(rows) / n * 1e3:.2f} ms/article = "
          f"{statistics.median(r / b for r, b in zip(rows, base, strict=True)):.3f}x")


if __name__ == "__main__":
    main()

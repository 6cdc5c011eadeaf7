"""CPU time of each stage of ``analyze`` on real articles, for speed work; callgrind-friendly.

Run: ``python benchmarks/stage_cost.py [--articles 150] [--repeat 5] [--upto readability]``.
The first ``--articles`` of the Narrative Frames Corpus go through the stages in ``analyze``'s
order (load_article, actors, sourcing, sentiment, framing, readability), ``--repeat`` passes, each
stage timed with ``time.process_time`` (CPU of this process: steadier than wall-clock on a shared
machine); the median pass per stage is printed in ms per article. ``--upto`` stops after that stage
(``none``: imports, the corpus read and one warm-up article only), so instruction counts of
``valgrind --tool=callgrind`` runs with successive ``--upto`` give each stage's instructions by
difference (use ``--repeat 1``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

# Warm-up: the seed, which names actors and quotes people, so every measure (the target-tone model
# among them) has loaded its data before anything is counted.
WARM_UP = str(Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

STAGES = ("load_article", "actors", "sourcing", "sentiment", "framing", "readability")


def one_pass(triples, upto: int) -> list[float]:
    from analysis.actors import find_actors
    from analysis.article import load_article
    from analysis.framing import analyze_framing
    from analysis.readability import analyze_readability
    from analysis.sentiment import analyze_sentiment
    from analysis.sourcing import analyze_sourcing

    spent = [0.0] * len(STAGES)
    clock = time.process_time
    for article_id, headline, body in triples:
        t0 = clock()
        article = load_article(body, headline=headline, name=article_id)
        t1 = clock()
        spent[0] += t1 - t0
        if upto < 1:
            continue
        actors = find_actors(article)
        t2 = clock()
        spent[1] += t2 - t1
        if upto < 2:
            continue
        sourcing = analyze_sourcing(article, actors)
        t3 = clock()
        spent[2] += t3 - t2
        if upto >= 3:
            analyze_sentiment(article, sourcing=sourcing, actors=actors)
        t4 = clock()
        spent[3] += t4 - t3
        if upto >= 4:
            analyze_framing(article, sourcing=sourcing, actors=actors)
        t5 = clock()
        spent[4] += t5 - t4
        if upto >= 5:
            analyze_readability(article)
        spent[5] += clock() - t5
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--upto", default="readability", choices=("none", *STAGES))
    args = parser.parse_args()
    from bench_corpus import narrative_frames_articles

    from analysis.pipeline import analyze

    analyze(WARM_UP)
    triples = narrative_frames_articles()[: args.articles]
    if args.upto == "none":
        return
    upto = STAGES.index(args.upto)
    passes = [one_pass(triples, upto) for _ in range(args.repeat)]
    n = len(triples)
    total = 0.0
    for k, stage in enumerate(STAGES[: upto + 1]):
        median = statistics.median(p[k] for p in passes)
        total += median
        print(f"{stage:<14}{median / n * 1e3:>8.3f} ms/article")
    print(f"{'total':<14}{total / n * 1e3:>8.3f} ms/article ({n} articles, median of {args.repeat} passes)")


if __name__ == "__main__":
    main()

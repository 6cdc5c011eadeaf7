"""Profile of ``analyze`` on real articles: the top functions by cumulative and by own time.

Run: ``python benchmarks/profile_analyze.py [--articles 200] [--top 15] [--out FILE.prof]``.
Articles are the first ``--articles`` bodies of the bundled Narrative Frames Corpus, loaded once
before profiling (loading is profiled separately, as ``load_article``, so both show). One warm-up
article goes first so lexicon loading and first-use caches are not counted.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

# Warm-up: the seed, which names actors and quotes people, so every measure (the target-tone model
# among them) has loaded its data before anything is counted.
WARM_UP = str(Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # this checkout's package, not an editable install of another


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--out", default=None, help="also save the raw profile here")
    args = parser.parse_args()
    from bench_corpus import narrative_frames_articles

    from analysis.article import load_article
    from analysis.pipeline import analyze

    analyze(load_article(WARM_UP))
    triples = narrative_frames_articles()[: args.articles]
    profile = cProfile.Profile()
    profile.enable()
    for article_id, headline, body in triples:
        try:
            analyze(load_article(body, headline=headline, name=article_id))
        except Exception as error:  # a measure's bug: said, not profiled further
            print(f"left out {article_id}: {type(error).__name__}: {error}", file=sys.stderr)
    profile.disable()
    if args.out:
        profile.dump_stats(args.out)
    for order in ("cumulative", "tottime"):
        stream = io.StringIO()
        pstats.Stats(profile, stream=stream).strip_dirs().sort_stats(order).print_stats(args.top)
        print(stream.getvalue())


if __name__ == "__main__":
    main()

"""Instructions of each stage of ``analyze`` and of textstat + VADER on the same articles, in one
``valgrind --tool=callgrind`` run (deterministic counts; wall-clock on a shared machine is noise).

Run: ``benchmarks/callgrind_phases.sh [N]`` (starts this under callgrind with instrumentation off,
turns it on once the imports, the corpus read and a warm-up analysis are done, and prints the
instructions per phase). The first ``N`` Narrative Frames articles go through each phase in turn:
load_article, actors, sourcing, sentiment, framing, readability (each over all articles, the
results kept only where a later stage needs them), then the baseline of
``benchmarks/bench_corpus.py`` (textstat's eight formulas on the body + VADER per sentence of our
split). Each phase ends with a call to ``os.getpgrp``, which callgrind is told to dump before
(``--dump-before=os_getpgrp``), so each dump file holds one phase. ``PHASES_GC=off`` in the
environment turns the garbage collector off for the phases; ``PHASES_WARM=K`` analyses K other
articles before the phases, and runs the baseline on them (warm caches on both sides: steady state
rather than a fresh process).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Warm-up: the seed, which names actors and quotes people, so every measure (the target-tone model
# among them) has loaded its data before anything is counted.
WARM_UP = str(Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

PHASES = ("start", "load_article", "actors", "sourcing", "sentiment", "framing", "readability", "textstat+vader")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    ready, go = Path(sys.argv[2]), Path(sys.argv[3])
    from bench_corpus import narrative_frames_articles, textstat_and_vader
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.article import load_article
    from analysis.pipeline import analyze

    warm = load_article(WARM_UP)
    analyze(warm)
    analyzer = SentimentIntensityAnalyzer()
    textstat_and_vader(warm.body, [s.text for s in warm.sentences], analyzer)
    corpus = narrative_frames_articles()
    triples = corpus[:n]
    # PHASES_WARM=K: the K articles after the measured ones are analysed first (uninstrumented), so
    # the per-process caches (cue candidates, word facts, token kinds) are as warm as in
    # a long corpus run and the phases count steady-state work, not first-use costs.
    # The baseline warms up on the same articles (textstat keeps per-word caches too), so both
    # sides count steady-state work.
    for article_id, headline, body in corpus[n : n + int(os.environ.get("PHASES_WARM", "0"))]:
        warm_article = load_article(body, headline=headline, name=article_id)
        analyze(warm_article)
        textstat_and_vader(warm_article.body, [s.text for s in warm_article.sentences], analyzer)
    if os.environ.get("PHASES_GC") == "off":
        # Collections start when allocations reach a threshold, so one lands in one phase or
        # another as any code before it changes: +-1-3 % per phase between two versions of code
        # that leave a phase alone. Off, each phase counts its own work only (GC is its own question).
        gc.disable()
    ready.write_text(str(os.getpid()))
    while not go.exists():  # the controller turns instrumentation on, then creates ``go``
        time.sleep(0.2)
    os.getpgrp()  # dump: "start" (the polling after instrumentation came on)
    run_phases(triples, analyzer, os.getpgrp)


def run_phases(triples, analyzer, mark: Callable[[], object]) -> None:
    """The phases over ``triples`` (id, headline, body), ``mark()`` after each one (also used by
    ``phase_clock.py``, so the clocks and the instruction counts time the same code)."""
    from bench_corpus import textstat_and_vader

    from analysis.actors import find_actors
    from analysis.article import load_article
    from analysis.framing import analyze_framing
    from analysis.readability import analyze_readability
    from analysis.sentiment import analyze_sentiment
    from analysis.sourcing import analyze_sourcing

    articles = [load_article(body, headline=headline, name=article_id) for article_id, headline, body in triples]
    mark()
    actors = [find_actors(a) for a in articles]
    mark()
    sourcing = [analyze_sourcing(a, ac) for a, ac in zip(articles, actors, strict=True)]
    mark()
    for a, ac, so in zip(articles, actors, sourcing, strict=True):
        analyze_sentiment(a, sourcing=so, actors=ac)
    mark()
    for a, ac, so in zip(articles, actors, sourcing, strict=True):
        analyze_framing(a, sourcing=so, actors=ac)
    mark()
    for a in articles:
        analyze_readability(a)
    mark()
    for a in articles:
        textstat_and_vader(a.body + " ", [s.text for s in a.sentences], analyzer)  # textstat caches per exact string
    mark()


if __name__ == "__main__":
    main()

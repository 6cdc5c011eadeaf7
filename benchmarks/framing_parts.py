"""Where the CPU time of :func:`analysis.framing.analyze_framing` goes, stage by stage, on real articles.

Run by hand: ``python benchmarks/framing_parts.py [--articles 150] [--passes 3]``.

Articles: the first ``--articles`` of the bundled Narrative Frames Corpus, with actors and sourcing
found beforehand (their cost belongs to those modules). Each pass times, per article: reading the
body sentences' tokens (the ``(\\w+)`` split and the per-word candidate lookup the cue scan
starts with), the whole cue scan of every unit (tokens, term matching, excludes, negation, hit objects),
the rest of building the context (voices, parties, per-category lists), the 20 questions, the
policy frames, the whole call, and plain VADER over the body sentences (the yardstick the
issues state the cost against). The garbage collector is paused while timing (its pauses land on
whichever stage runs at the time) and collected between passes; the first pass warms the caches.
Figures are medians over passes: CPU ms per article and per 500 words, share of the whole call,
and ratio to VADER in the same pass (absolute times move with the machine's load, ratios less).
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

STAGES = ("body tokens", "cue scan", "context rest", "questions", "policy", "analyze_framing", "VADER")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    from bench_corpus import narrative_frames_articles
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.actors import find_actors
    from analysis.article import load_article
    from analysis.framing import analyze_framing
    from analysis.framing.context import _units, build_context
    from analysis.framing.cues import _NON_WORD, _SPACES, cue_lexicons, scan
    from analysis.framing.generic import answer_questions
    from analysis.framing.policy import score_policy
    from analysis.framing.score import item_limits
    from analysis.sourcing import analyze_sourcing

    articles = [load_article(b, headline=h, name=i) for i, h, b in narrative_frames_articles()[: args.articles]]
    prepared = []
    for article in articles:
        actors = find_actors(article)
        prepared.append((article, actors, analyze_sourcing(article, actors)))
    lex = cue_lexicons()
    limits = item_limits(lex.thresholds, None)
    seen = lex.candidates
    vader = SentimentIntensityAnalyzer()
    clock = time.process_time
    totals: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for number in range(args.passes + 1):
        gc.collect()
        gc.disable()
        spent = dict.fromkeys(STAGES, 0.0)
        for article, actors, sourcing in prepared:
            units = _units(article)
            t0 = clock()
            for unit in units:
                lowered = unit.text.lower()  # as the scan cuts a unit: a byte table for ASCII text, else the regex
                parts = lowered.encode().translate(_SPACES).decode() if lowered.isascii() else _NON_WORD.sub(" ", lowered)
                list(map(seen.get, filter(None, parts.split(" "))))
            t1 = clock()
            for unit in units:
                scan(unit, lex, lambda _part, _offset: "narrator")
            t2 = clock()
            context = build_context(article, sourcing, actors)
            t3 = clock()
            answer_questions(context, limits, lex.strength)
            t4 = clock()
            score_policy(context, lex, article.word_count)
            t5 = clock()
            analyze_framing(article, sourcing=sourcing, actors=actors)
            t6 = clock()
            for sentence in article.sentences:
                vader.polarity_scores(sentence.text)
            t7 = clock()
            parts = (t1 - t0, t2 - t1, (t3 - t2) - (t2 - t1), t4 - t3, t5 - t4, t6 - t5, t7 - t6)
            for stage, seconds in zip(STAGES, parts, strict=True):
                spent[stage] += seconds
        gc.enable()
        if number:  # the first pass warms the caches
            for stage, seconds in spent.items():
                totals[stage].append(seconds)
    words = sum(a.word_count for a in articles) / len(articles)
    whole = statistics.median(totals["analyze_framing"])
    print(f"{len(articles)} articles, mean {words:.0f} words, median of {args.passes} passes (GC paused)")
    print(f"{'stage':<18}{'ms/article':>11}{'ms/500 words':>14}{'share':>8}{'x VADER':>9}")
    for stage in STAGES:
        seconds = statistics.median(totals[stage])
        per_article = seconds / len(articles) * 1000
        to_vader = statistics.median(a / b for a, b in zip(totals[stage], totals["VADER"], strict=True))
        print(f"{stage:<18}{per_article:>11.3f}{per_article * 500 / words:>14.3f}{seconds / whole:>8.0%}{to_vader:>9.2f}")
    print("(body tokens is part of cue scan; context rest is building the context less the cue scan)")


if __name__ == "__main__":
    main()

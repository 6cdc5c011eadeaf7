"""Cost of :func:`analysis.sentiment.analyze_sentiment` per article, as a ratio to plain VADER.

Run by hand: ``python benchmarks/bench_sentiment.py [--articles 100] [--repeat 5]``.

Baseline: ``SentimentIntensityAnalyzer().polarity_scores`` over the same sentences (after the
same typography normalisation), which is the least any sentence-level VADER analysis must pay.
Measured: the sentence scores with their evidence alone (``score_text`` per sentence), and
``analyze_sentiment(article, actors=..., sourcing=..., supplement=False)`` with the actor mentions
and sourcing found beforehand, as :func:`analysis.pipeline.analyze` calls it (actor finding and
sourcing are their modules' cost, reported apart), the same with ``names_neutral=True``, and with
actors found inside (no sourcing). Articles: the seed and ``--articles`` synthetic 500-word
articles (fixed seed) mixing VADER lexicon words, negations, boosters, "but", quotes with a
reporting verb, and actor names and metonyms. Times are the best of ``--repeat`` runs per
article (least disturbed by the machine), summed over the set.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from analysis import load_article
from analysis.actors import find_actors
from analysis.article import Article
from analysis.sentiment import analyze_sentiment, normalise_typography, score_text
from analysis.sentiment.vader import _plain_analyzer
from analysis.sourcing import analyze_sourcing

SEED = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_59af26005722e3de.txt"

_FILLER = [
    "the", "a", "of", "to", "in", "on", "for", "with", "that", "from", "by", "at", "as",
    "officials", "government", "forces", "town", "week", "report", "program", "group", "military",
    "talks", "region", "people", "city", "minister", "statement", "meeting", "plan", "border",
]
_SENTIMENT = [
    "good", "bad", "attack", "killed", "support", "peace", "war", "failed", "hope", "crisis",
    "strong", "threat", "help", "violence", "agreed", "concern", "accused", "gains", "respect",
    "fragile", "praised", "condemned", "bombed", "militants",
]
_MODIFIERS = ["not", "very", "never", "no", "extremely", "slightly", "but", "don’t"]
_ACTORS = ["Russia", "Moscow", "Washington", "the United States", "Syrian", "the Pentagon", "Damascus", "Turkey"]


def synthetic_article(rng: random.Random, words: int = 500) -> str:
    paragraphs: list[str] = []
    total = 0
    while total < words:
        sentences = []
        for _ in range(rng.randint(1, 3)):
            n = rng.randint(12, 30)
            tokens = []
            for _ in range(n):
                roll = rng.random()
                if roll < 0.12:
                    tokens.append(rng.choice(_SENTIMENT))
                elif roll < 0.17:
                    tokens.append(rng.choice(_MODIFIERS))
                elif roll < 0.23:
                    tokens.append(rng.choice(_ACTORS))
                else:
                    tokens.append(rng.choice(_FILLER))
            text = " ".join(tokens)
            text = text[0].upper() + text[1:]
            if rng.random() < 0.25:
                text = f"“{text},” the official said"
            sentences.append(text + ".")
            total += n
        paragraphs.append(" ".join(sentences))
    return "Synthetic headline for the benchmark\n\n" + "\n\n".join(paragraphs)


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure(articles: list[Article], repeat: int) -> dict[str, float]:
    vader = _plain_analyzer()
    analyze_sentiment(articles[0], supplement=False)  # warm the caches (lexicons, analyzer)
    base = own = named = full = actors_cost = core = 0.0
    for article in articles:
        texts = [normalise_typography(article.body[s.start : s.end]) for s in article.sentences]
        actors = find_actors(article)
        sourcing = analyze_sourcing(article, actors)
        base += _best(lambda texts=texts: [vader.polarity_scores(t) for t in texts], repeat)
        core += _best(lambda texts=texts: [score_text(t, supplement=False, names_neutral=False) for t in texts], repeat)
        own += _best(
            lambda a=article, m=actors, s=sourcing: analyze_sentiment(
                a, actors=m, sourcing=s, supplement=False, names_neutral=False
            ),
            repeat,
        )
        named += _best(
            lambda a=article, m=actors, s=sourcing: analyze_sentiment(
                a, actors=m, sourcing=s, supplement=False, names_neutral=True
            ),
            repeat,
        )
        full += _best(lambda a=article: analyze_sentiment(a, supplement=False, names_neutral=False), repeat)
        actors_cost += _best(lambda a=article: find_actors(a), repeat)
    n = len(articles)
    return {
        "articles": n,
        "vader_ms": 1000 * base / n,
        "core_ms": 1000 * core / n,
        "core_ratio": core / base,
        "analyze_ms": 1000 * own / n,
        "analyze_with_actors_ms": 1000 * full / n,
        "find_actors_ms": 1000 * actors_cost / n,
        "ratio": own / base,
        "analyze_names_ms": 1000 * named / n,
        "ratio_names": named / base,
        "ratio_with_actors": full / base,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(20161)
    seed = [load_article(SEED)]
    synthetic = [load_article(synthetic_article(rng)) for _ in range(args.articles)]
    words = statistics.mean(a.word_count for a in synthetic)
    for name, articles in (("seed", seed), (f"synthetic (mean {words:.0f} words)", synthetic)):
        r = measure(articles, args.repeat)
        print(
            f"{name}: {r['articles']} article(s); plain VADER {r['vader_ms']:.2f} ms/article; "
            f"sentence scores + evidence {r['core_ms']:.2f} ms (ratio {r['core_ratio']:.2f}x); "
            f"analyze_sentiment (actors, sourcing passed) {r['analyze_ms']:.2f} ms (ratio {r['ratio']:.2f}x); "
            f"names_neutral=True {r['analyze_names_ms']:.2f} ms (ratio {r['ratio_names']:.2f}x); "
            f"with find_actors inside {r['analyze_with_actors_ms']:.2f} ms (ratio {r['ratio_with_actors']:.2f}x; "
            f"find_actors alone {r['find_actors_ms']:.2f} ms)"
        )


if __name__ == "__main__":
    main()

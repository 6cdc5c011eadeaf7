"""Cost of :func:`analysis.framing.analyze_framing` per article, as a ratio to plain VADER.

Run by hand: ``python benchmarks/bench_framing.py [--articles 100] [--repeat 5]``.

Baseline: ``SentimentIntensityAnalyzer().polarity_scores`` over the same body sentences, the
least a sentence-level lexicon pass costs. Measured: ``analyze_framing(article)`` on cue words
alone, and ``analyze_framing(article, actors=..., sourcing=...)`` with actors and sourcing found
beforehand (their own cost is reported apart, as it belongs to those modules). Articles: the seed
``--articles`` synthetic ~500-word articles (fixed random seed) mixing frame cue words, policy
topic words, negations, money amounts, quotes with a reporting verb, and names (about three times
the cue hits per word of real news: a worst case), and the first ``--articles`` real articles of the
bundled Narrative Frames Corpus (the yardstick). The last column gives framing per 500 words. Times are the best
of ``--repeat`` runs per article, summed over the set; the lexicons are compiled once before timing
(the one-off compile is printed as the cold start).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import load_article
from analysis.article import Article
from analysis.framing import analyze_framing
from analysis.framing.cues import cue_lexicons

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"

_SUBJECTS = ["The government", "Officials", "The company", "Residents", "The minister", "Critics",
             "Russia", "The United States", "Police", "Doctors", "Farmers", "The council", "Maria Lopez, a nurse,"]
_VERBS = ["accused the opposition of", "announced a plan to", "warned that", "rejected claims about",
          "called for urgent action on", "said the cost of", "denied any role in", "blamed the delay on",
          "did not blame anyone for", "pledged $2 billion for", "praised the", "criticised the"]
_OBJECTS = ["the new health policy", "rising prices and lost jobs", "the ceasefire in the north",
            "the tragic flood that displaced 3,000 families", "the court ruling on immigration",
            "the election campaign", "the military strikes near the border", "the school budget",
            "the moral duty to help refugees", "the church and its faithful", "the trade tariffs",
            "the hospital shortage", "a dispute between Madrid and Barcelona"]
_TAILS = ["on Monday.", "last week.", "after talks collapsed.", "but no one was hurt.",
          "according to a report.", "in a statement.", "despite protests.", "as tensions rose."]


def synthetic_article(rng: random.Random, words: int = 500) -> Article:
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
        if rng.random() < 0.2:
            sentence = f"“{sentence[:-1]},” {rng.choice(['a spokesman', 'the mayor', 'one resident'])} said."
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return load_article("\n\n".join(paragraphs), headline="Synthetic report on the issue")


def real_articles(n: int) -> list[Article]:
    """The first ``n`` Narrative Frames Corpus articles (real news, ~600 words) that load as English prose."""
    from bench_corpus import narrative_frames_articles

    from analysis.errors import AnalysisError

    articles = []
    for _, headline, body in narrative_frames_articles():
        try:
            articles.append(load_article(body, headline=headline))
        except AnalysisError:
            continue
        if len(articles) == n:
            break
    return articles


def best(function: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    cue_lexicons()
    cold = time.perf_counter() - started

    from analysis.actors import find_actors
    from analysis.sourcing import analyze_sourcing

    analyzer = SentimentIntensityAnalyzer()
    rng = random.Random(20160617)
    sets = {
        "seed": [load_article(SEED)],
        f"synthetic x{args.articles}": [synthetic_article(rng) for _ in range(args.articles)],
        f"real news x{args.articles}": real_articles(args.articles),
    }
    print(f"cold start (compile frame + policy lexicons once per process): {cold * 1000:.1f} ms")
    header = (
        f"{'set':<16}{'words':>8}{'VADER ms':>10}{'framing ms':>12}{'ratio':>7}"
        f"{'+measures ms':>14}{'ratio':>7}{'actors+sourcing ms':>20}{'framing ms/500 words':>22}"
    )
    print(header)
    for name, articles in sets.items():
        vader = framing = framing_full = measures = 0.0
        words = 0
        for article in articles:
            texts = [s.text for s in article.sentences]
            words += article.word_count
            vader += best(lambda texts=texts: [analyzer.polarity_scores(t) for t in texts], args.repeat)
            framing += best(lambda article=article: analyze_framing(article), args.repeat)
            actors = find_actors(article)
            sourcing = analyze_sourcing(article, actors=actors)
            measures += best(
                lambda article=article: analyze_sourcing(article, actors=find_actors(article)), args.repeat
            )
            framing_full += best(
                lambda article=article, a=actors, s=sourcing: analyze_framing(article, actors=a, sourcing=s),
                args.repeat,
            )
        n = len(articles)
        print(
            f"{name:<16}{words / n:>8.0f}{vader / n * 1000:>10.2f}{framing / n * 1000:>12.2f}{framing / vader:>7.2f}"
            f"{framing_full / n * 1000:>14.2f}{framing_full / vader:>7.2f}{measures / n * 1000:>20.2f}"
            f"{framing / words * 500 * 1000:>22.2f}"
        )
    print("ms are per article (best of --repeat runs, averaged over the set); ratio = framing time / VADER time.")


if __name__ == "__main__":
    main()

"""Cost of :func:`analysis.tone_toward` per sentence with one target, as a ratio to plain VADER.

Run by hand: ``python benchmarks/bench_target_tone.py [--items 343] [--repeat 5]``.

Sentences: NewsMTSC dev (``data/external/newsmtsc``), or the 60-item test sample
(``tests/fixtures/newsmtsc_sample``) when the shared data is absent. Baseline: VADER's
``polarity_scores`` on the same sentences (the sentence label this replaces). Measured:
``tone_toward(sentence, from, to)`` (which runs VADER once for the sentence compound, then the
rules and the weights), and the same with the compound passed in (as the sentiment stage does).
Times are the best of ``--repeat`` passes over all items. Goal (issue #18): <= 1 ms per sentence.
Also timed: the actor stage's target tones (``_target_tones``: one VADER run per sentence, then
every actor mention of it) over the fixture articles, per mention, and the same with the sentence
stage's compound passed in, as the pipeline does (VADER then runs again only on sentences with a
news-supplement word).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from analysis import tone_toward
from analysis.actors import ActorMention, find_actors
from analysis.article import load_article
from analysis.sentiment.actor_tone import _target_tones
from analysis.sentiment.scoring import polarity
from analysis.sentiment.target import news_compound
from analysis.sentiment.vader import _plain_analyzer
from analysis.validation.datasets import NEWSMTSC, TargetItem, target_items

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "newsmtsc_sample" / "dev_sample.jsonl"


def _best(run: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=343)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = NEWSMTSC / "dev.jsonl"
    items: tuple[TargetItem, ...] = target_items(path if path.exists() else SAMPLE)[: args.items]
    vader = _plain_analyzer()
    compounds = [news_compound(i.sentence) for i in items]
    tone_toward(items[0].sentence, items[0].start, items[0].end)  # load the weights once
    base = _best(lambda: [vader.polarity_scores(i.sentence) for i in items], args.repeat)
    full = _best(lambda: [tone_toward(i.sentence, i.start, i.end) for i in items], args.repeat)
    given = _best(
        lambda: [tone_toward(i.sentence, i.start, i.end, sentence_compound=c) for i, c in zip(items, compounds, strict=True)],
        args.repeat,
    )
    actor_sentences = _actor_sentences()
    mentions = sum(len(m) for _, m, _ in actor_sentences)
    stage = _best(lambda: [_target_tones(*row) for row in actor_sentences], args.repeat)
    # In the pipeline the sentence stage's compound (default settings: no supplement) is passed in.
    given_compounds = [(polarity(text)["compound"], False) for text, _, _ in actor_sentences]
    stage_given = _best(
        lambda: [_target_tones(*row, c) for row, c in zip(actor_sentences, given_compounds, strict=True)], args.repeat
    )
    n = len(items)
    print(f"{n} sentences, one target each (best of {args.repeat})")
    print(f"VADER polarity_scores        {base / n * 1000:.3f} ms/sentence")
    print(f"tone_toward                  {full / n * 1000:.3f} ms/sentence  ({full / base:.1f}x VADER)")
    print(f"tone_toward, compound given  {given / n * 1000:.3f} ms/sentence  ({given / base:.1f}x VADER)")
    print(f"actor stage (_target_tones)  {stage / mentions * 1000:.3f} ms/mention "
          f"({mentions} mentions in {len(actor_sentences)} sentences)")
    print(f"actor stage, compound reused {stage_given / mentions * 1000:.3f} ms/mention ({stage_given / stage:.2f}x the above)")


def _actor_sentences() -> list[tuple[str, list[ActorMention], int]]:
    """(sentence text, its actor mentions, sentence start) for every sentence of the fixture
    articles that names an actor, as the sentiment stage passes them."""
    from analysis.sentiment.vader import normalise_typography

    rows = []
    for path in sorted(ARTICLES.rglob("*.txt")):
        article = load_article(path)
        body = normalise_typography(article.body)
        by_sentence: dict[int, list[ActorMention]] = {}
        for m in find_actors(article).mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for s in article.sentences:
            if s.index in by_sentence:
                rows.append((body[s.start : s.end], by_sentence[s.index], s.start))
    return rows


if __name__ == "__main__":
    main()

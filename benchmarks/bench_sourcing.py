"""Time analyze_sourcing (with find_actors) on the seed and on a 5 MB text, against VADER.

Run by hand: ``python benchmarks/bench_sourcing.py [--size-mb 5]``. The large input is made of
the hand-written fixture paragraphs (tests/fixtures/sourcing) repeated to the wanted size, so it
holds quotes, pronouns and anonymous sources in realistic proportions. The VADER baseline is
``SentimentIntensityAnalyzer().polarity_scores`` over the same article's sentences: what the
sentiment measure spends on the same text.

Each timed call gets its own copy of the article (``dataclasses.replace``, made before the clock
starts): what an article computes once and keeps (its tokens, its word count) is then counted in
every call, as in a real run where each article is read once.

Times are CPU time of this process (``time.process_time``, since round 9): on a machine shared
with other jobs, wall-clock time also counts the time the process waits for a core.

The last lines check that the cost grows linearly with the text (round 11: two scans over all
mentions and all used cues made 1 MB cost 58.8 ms per 3 kB against 4.8 ms on the seed): the cost
per 3 kB of the large text divided by that of the seed, and divided by that of the first 30 kB of
the same text (the same material, so the same density of quotes and names: about 1 when the cost
is linear; a quadratic step shows as a ratio that grows with ``--size-mb``). At 4-5 MB it reads
about 1.3: the garbage collector's full collections over the large heap (with ``gc.disable()`` the
cost per 3 kB was 8.5, 10.1 and 9.0 ms at 0.03, 1 and 4 MB; with it on 9.1, 10.1 and 12.1).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import load_article
from analysis.actors import find_actors
from analysis.sourcing import analyze_sourcing

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "sourcing"


def _best_of(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times) if repeat < 5 else statistics.median(times)


def _copies(article, n: int):
    """An iterator over ``n`` fresh copies of ``article`` (nothing computed on it carried over)."""
    return iter([dataclasses.replace(article) for _ in range(n)])


def _big_text(size: int) -> str:
    paragraphs: list[str] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text("utf-8")
        paragraphs.extend(p.strip() for p in text.split("\n\n")[1:] if p.strip())
    out: list[str] = []
    total = 0
    while total < size:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    analyzer = SentimentIntensityAnalyzer()
    seed = load_article(SEED)
    analyze_sourcing(seed)  # load the lexicons once
    seeds = _copies(seed, 2 * args.repeat)
    sourcing = _best_of(lambda: analyze_sourcing(next(seeds)), args.repeat)
    actors_only = _best_of(lambda: find_actors(next(seeds)), args.repeat)
    vader = _best_of(lambda: [analyzer.polarity_scores(s.text) for s in seed.sentences], args.repeat)
    print(f"seed: {len(seed.body.encode('utf-8'))} bytes, {len(seed.sentences)} sentences")
    print(f"  analyze_sourcing (incl. find_actors): {sourcing * 1000:.2f} ms   (find_actors alone {actors_only * 1000:.2f} ms)")
    print(f"  VADER polarity_scores over sentences: {vader * 1000:.2f} ms   ratio sourcing/VADER = {sourcing / vader:.2f}")

    fixtures = [load_article(p) for p in sorted(FIXTURES.glob("*.txt"))]
    per = []
    for article in fixtures:
        copies = _copies(article, 20)
        per.append(_best_of(lambda copies=copies: analyze_sourcing(next(copies)), 20))
    sizes = [len(a.body.encode("utf-8")) for a in fixtures]
    print(f"fixtures: {len(fixtures)} articles, mean {statistics.mean(sizes):.0f} bytes, "
          f"mean {statistics.mean(per) * 1000:.2f} ms, max {max(per) * 1000:.2f} ms")

    text = _big_text(int(args.size_mb * 1_000_000))
    start = time.process_time()
    big = load_article(text, headline="Benchmark")
    load_time = time.process_time() - start
    start = time.process_time()
    result = analyze_sourcing(big)
    big_time = time.process_time() - start
    start = time.process_time()
    for sentence in big.sentences:
        analyzer.polarity_scores(sentence.text)
    big_vader = time.process_time() - start
    size = len(big.body.encode("utf-8"))
    print(f"large: {size / 1e6:.1f} MB, {len(big.paragraphs)} paragraphs, {len(big.sentences)} sentences "
          f"(load_article {load_time:.1f} s)")
    print(f"  analyze_sourcing: {big_time:.2f} s = {big_time / (size / 3000) * 1000:.2f} ms per 3 kB; "
          f"{len(result.attributions)} attributions, {len(result.sources)} sources")
    print(f"  VADER over sentences: {big_vader:.2f} s   ratio sourcing/VADER = {big_time / big_vader:.2f}")

    small = load_article(text[: text.find("\n\n", 30_000)], headline="Benchmark")
    smalls = _copies(small, 10)
    small_time = _best_of(lambda: analyze_sourcing(next(smalls)), 10)
    per_3kb = {name: seconds / (len(a.body.encode("utf-8")) / 3000)
               for name, seconds, a in (("seed", sourcing, seed), ("small", small_time, small), ("large", big_time, big))}
    print(f"linearity (cost per 3 kB): seed {per_3kb['seed'] * 1000:.2f} ms, first {len(small.body.encode('utf-8')) / 1000:.0f} kB "
          f"of the large text {per_3kb['small'] * 1000:.2f} ms, large {per_3kb['large'] * 1000:.2f} ms")
    print(f"  large / seed = {per_3kb['large'] / per_3kb['seed']:.2f}   large / first 30 kB = {per_3kb['large'] / per_3kb['small']:.2f}"
          "   (about 1 when linear; the seed holds fewer quotes per kB than the fixtures' paragraphs)")


if __name__ == "__main__":
    main()

"""Benchmark of corpus runs: cost per article against textstat + VADER, throughput, memory, Dask.

Run by hand: ``python benchmarks/bench_corpus.py [--sizes 200 2000 20000] [--workers 2]``.
Prints one table per part:

(a) per article, the full analysis (:func:`analysis.pipeline.analyze` on a loaded article: actors,
    sourcing, sentiment, framing, readability) against textstat's eight formulas on the body plus
    VADER ``polarity_scores`` on each sentence — the least a readability + tone tool must pay — on
    the same texts in one process (best of ``--repeat`` passes per side; the baseline is given our
    sentence split for free) — on synthetic articles and on the 428 real articles of the bundled
    Narrative Frames Corpus. Then the time of each stage of ``analyze`` and cProfile's top entries.
(b) ``analyze_corpus`` throughput with ``--workers`` processes and peak memory, at each size; each
    size runs in a fresh interpreter so ``ru_maxrss`` is that run's own (parent = the runner
    process; children = the largest worker). CPU ms/article (parent + workers) is printed beside
    wall-clock time: on a shared machine it is the steadier figure (2 cores / CPU time = the
    throughput the cores could give).
(c) the Dask engine on a ``LocalCluster`` (same worker count, one thread each) against the process
    engine, on the 2,000 articles.

Synthetic articles: the paragraphs of the test fixtures (``tests/fixtures/**/*.txt``, except the
deliberately hostile one) shuffled with a fixed seed per article until about 500 words, under one
of the fixtures' headlines — news-like prose with quotes, attributions and officials.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

# Warm-up: the seed, which names actors and quotes people, so every measure (the target-tone model
# among them) has loaded its data before anything is counted.
WARM_UP = str(Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


# --------------------------------------------------------------------------------------------
# Synthetic articles


def _fixture_parts() -> tuple[list[str], list[str]]:
    headlines: list[str] = []
    paragraphs: list[str] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        if path.name == "hostile.txt":
            continue
        parts = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        headlines.append(parts[0])
        paragraphs.extend(" ".join(p.split("\n")) for p in parts[1:])
    return headlines, paragraphs


def synthetic_articles(n: int, words: int = 500) -> list[tuple[str, str, str]]:
    """``n`` (id, headline, body) triples of about ``words`` words, the same on every run."""
    headlines, paragraphs = _fixture_parts()
    articles = []
    for index in range(n):
        rng = random.Random(index)
        order = paragraphs[:]
        rng.shuffle(order)
        chosen, total = [], 0
        for paragraph in order:
            if total >= words:
                break
            chosen.append(paragraph)
            total += len(paragraph.split())
        articles.append((f"synthetic-{index:06d}", rng.choice(headlines), "\n\n".join(chosen)))
    return articles


def corpus_items(n: int):
    from analysis.corpus import CorpusItem

    return [CorpusItem(article_id, body, headline) for article_id, headline, body in synthetic_articles(n)]


# --------------------------------------------------------------------------------------------
# (a) per article, against textstat + VADER


def textstat_and_vader(body: str, sentences: list[str], analyzer) -> None:
    from baselines import textstat_alone

    textstat_alone(body)
    for sentence in sentences:
        analyzer.polarity_scores(sentence)


def narrative_frames_articles() -> list[tuple[str, str, str]]:
    """The 428 real articles of the bundled Narrative Frames Corpus, as (id, headline, body)."""
    from analysis.validation.datasets import narrative_frames_table

    table = narrative_frames_table()
    return list(zip(table["id"], table["headline"], table["text"], strict=True))


def time_per_article(triples: list[tuple[str, str, str]], repeat: int) -> tuple[list[float], list[float], list]:
    """Seconds per pass over ``triples`` (id, headline, body): ``analyze`` on the loaded articles
    and textstat + VADER on the same bodies and our sentences, ``repeat`` interleaved passes each
    (after a warm-up); also the loaded articles."""
    timings = time_per_article_clocks(triples, repeat)
    return timings["ours_wall"], timings["theirs_wall"], timings["articles"]


def time_per_article_clocks(triples: list[tuple[str, str, str]], repeat: int) -> dict[str, list]:
    """:func:`time_per_article` with both clocks of each pass: ``*_wall`` (``perf_counter``) and
    ``*_cpu`` (``process_time``: on a shared machine the time this process ran, not the time it
    waited for a core), and ``articles``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from analysis.article import load_article
    from analysis.pipeline import analyze

    articles = [load_article(body, headline=headline, name=article_id) for article_id, headline, body in triples]
    articles = [a for a in articles if _analyses(a)]  # an article the measures fail on is left out of both sides
    inputs = [(a.body, [s.text for s in a.sentences]) for a in articles]
    analyzer = SentimentIntensityAnalyzer()
    warm = load_article(WARM_UP)
    analyze(warm)
    textstat_and_vader(warm.body, [s.text for s in warm.sentences], analyzer)
    out: dict[str, list] = {"ours_wall": [], "theirs_wall": [], "ours_cpu": [], "theirs_cpu": [], "articles": articles}
    for rep in range(repeat):
        pad = " " * (rep + 1)  # textstat caches per exact string: every pass must compute afresh
        wall, cpu = time.perf_counter(), time.process_time()
        for body, sentences in inputs:
            textstat_and_vader(body + pad, sentences, analyzer)
        out["theirs_wall"].append(time.perf_counter() - wall)
        out["theirs_cpu"].append(time.process_time() - cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        for article in articles:
            analyze(article)
        out["ours_wall"].append(time.perf_counter() - wall)
        out["ours_cpu"].append(time.process_time() - cpu)
    return out


def _analyses(article) -> bool:
    from analysis.pipeline import analyze

    try:
        analyze(article)
    except Exception as error:  # a bug in a measure: reported, not timed
        print(f"    (left out: {article.source_name}: {type(error).__name__}: {error})", file=sys.stderr)
        return False
    return True


def per_article(n: int, repeat: int, *, real: bool = False) -> None:
    from analysis.actors import find_actors
    from analysis.article import load_article
    from analysis.framing import analyze_framing
    from analysis.pipeline import analyze
    from analysis.readability import analyze_readability
    from analysis.sentiment import analyze_sentiment
    from analysis.sourcing import analyze_sourcing

    triples = narrative_frames_articles() if real else synthetic_articles(n)
    n = len(triples)
    ours, theirs, articles = time_per_article(triples, repeat)
    inputs = [(a.body, None) for a in articles]
    full, base = min(ours), min(theirs)
    words = sum(len(body.split()) for body, _ in inputs) / n
    kind = "Narrative Frames Corpus (real news)" if real else "synthetic"
    print(f"\n(a) per article: {n} {kind} articles, mean {words:.0f} words; best of {repeat} passes")
    print(f"    {'':<44}{'ms/article':>12}")
    print(f"    {'textstat (8 formulas) + VADER per sentence':<44}{base / n * 1e3:>12.2f}")
    print(f"    {'full analysis (analyze: all measures)':<44}{full / n * 1e3:>12.2f}")
    print(f"    ratio full / baseline: {full / base:.2f}×   (goal ≤ 1.5×)")
    if real:
        return

    # Where the time goes: each stage of analyze(), in its order.
    stages = {"load_article": 0.0, "actors": 0.0, "sourcing": 0.0, "sentiment": 0.0, "framing": 0.0, "readability": 0.0}
    for article_id, headline, body in triples:
        t0 = time.perf_counter()
        article = load_article(body, headline=headline, name=article_id)
        t1 = time.perf_counter()
        actors = find_actors(article)
        t2 = time.perf_counter()
        sourcing = analyze_sourcing(article, actors)
        t3 = time.perf_counter()
        analyze_sentiment(article, sourcing=sourcing, actors=actors)
        t4 = time.perf_counter()
        analyze_framing(article, sourcing=sourcing, actors=actors)
        t5 = time.perf_counter()
        analyze_readability(article)
        t6 = time.perf_counter()
        for key, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=True):
            stages[key] += seconds
    total = sum(stages.values())
    print("\n    time per stage (one pass, incl. load_article, which the corpus runner also pays):")
    for key, seconds in stages.items():
        print(f"    {key:<14}{seconds / n * 1e3:>8.2f} ms  {seconds / total:>6.1%}")

    profile = cProfile.Profile()
    profile.enable()
    for article in articles:
        analyze(article)
    profile.disable()
    print("\n    cProfile, top 15 by own time (one pass of analyze over the articles):")
    stream = pstats.Stats(profile)
    rows = sorted(stream.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:15]  # type: ignore[attr-defined]
    for (filename, line, name), (_cc, calls, own, cumulative, _callers) in rows:
        where = f"{Path(filename).parent.name}/{Path(filename).name}:{line}({name})"
        print(f"    {own / n * 1e3:>7.2f} ms own {cumulative / n * 1e3:>8.2f} ms cum {calls:>9} calls  {where}")


# --------------------------------------------------------------------------------------------
# (b), (c) corpus runs, each in a fresh interpreter


def one_run(n: int, workers: int, engine: str, output_dir: str | None) -> dict[str, float]:
    """Run analyze_corpus once in this process; the numbers the parent prints."""
    from analysis.corpus import analyze_corpus

    items = corpus_items(n)
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    setup = 0.0
    if engine == "dask":
        from distributed import Client, LocalCluster

        started = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        setup = time.perf_counter() - started
        started = time.perf_counter()
        result = analyze_corpus(items, engine="dask", scheduler=client, progress=False, output_dir=output_dir)
        seconds = time.perf_counter() - started
        # Dask workers are not children that have exited; ask them for their peak RSS.
        worker_peak = max(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values())
        client.close()
        cluster.close()
    else:
        started = time.perf_counter()
        result = analyze_corpus(items, workers=workers, progress=False, output_dir=output_dir)
        seconds = time.perf_counter() - started
        worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    tables_mb = sum(t.memory_usage(deep=True).sum() for t in result.tables.values()) / 2**20
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_parent": own.ru_utime + own.ru_stime,
        "cpu_children": children.ru_utime + children.ru_stime,
        "load": os.getloadavg()[0],
        "n": n,
        "analysed": result.analysed,
        "failed": result.failed,
        "seconds": seconds,
        "setup": setup,
        "parent_base_mb": base_rss / 1024,
        "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": worker_peak / 1024,
        "tables_mb": tables_mb,
        "sentences": len(result.sentences),
    }


def spawn(n: int, workers: int, engine: str, output_dir: str | None = None) -> dict[str, float]:
    command = [sys.executable, __file__, "--one-run", str(n), "--workers", str(workers), "--engine", engine]
    if output_dir:
        command += ["--output-dir", output_dir]
    done = subprocess.run(command, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def scaling(sizes: list[int], workers: int) -> None:
    print(f"\n(b) analyze_corpus, process engine, {workers} workers, ~500-word articles (fresh interpreter per row)")
    print(
        f"    {'articles':>8}{'seconds':>9}{'art/s':>8}{'ms/art':>8}{'CPU ms/art':>11}{'parent MB':>11}{'(start)':>9}"
        f"{'worker MB':>11}{'tables MB':>11}{'load':>6}"
    )
    for n in sizes:
        r = spawn(n, workers, "processes")
        cpu = (r["cpu_parent"] + r["cpu_children"]) / n * 1e3
        print(
            f"    {n:>8}{r['seconds']:>9.1f}{n / r['seconds']:>8.1f}{r['seconds'] / n * 1e3:>8.2f}{cpu:>11.2f}"
            f"{r['parent_peak_mb']:>11.0f}{r['parent_base_mb']:>9.0f}{r['worker_peak_mb']:>11.0f}{r['tables_mb']:>11.0f}{r['load']:>6.1f}"
        )
    print("    (CPU ms/art: parent + workers' CPU time per article; load: 1-min load average at the end — above the")
    print("     worker count, other processes shared the cores and the wall-clock figures are pessimistic)")


def dask_overhead(n: int, workers: int) -> None:
    print(f"\n(c) Dask LocalCluster ({workers} workers × 1 thread) against the process engine, {n} articles")
    local = spawn(n, workers, "processes")
    dask = spawn(n, workers, "dask")
    print(f"    {'engine':<22}{'seconds':>9}{'art/s':>8}{'cluster start s':>17}{'parent MB':>11}{'worker MB':>11}{'load':>6}")
    for name, r in (("processes", local), ("dask LocalCluster", dask)):
        print(
            f"    {name:<22}{r['seconds']:>9.1f}{n / r['seconds']:>8.1f}{r['setup']:>17.1f}"
            f"{r['parent_peak_mb']:>11.0f}{r['worker_peak_mb']:>11.0f}{r['load']:>6.1f}"
        )
    print(f"    Dask overhead: {dask['seconds'] / local['seconds'] - 1:+.0%} run time (cluster start-up not included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 20000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=200, help="articles for part (a)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--parts", default="abc")
    parser.add_argument("--one-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="processes", help=argparse.SUPPRESS)
    parser.add_argument("--output-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_run:
        print(json.dumps(one_run(args.one_run, args.workers, args.engine, args.output_dir)))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    if "a" in args.parts:
        per_article(args.articles, args.repeat)
        per_article(0, args.repeat, real=True)
    if "b" in args.parts:
        scaling(args.sizes, args.workers)
    if "c" in args.parts:
        dask_overhead(2000, args.workers)


if __name__ == "__main__":
    main()

"""Linear-time audit: CPU per 3 kB of each stage of ``analyze`` on a small and a large article of
real news (Narrative Frames Corpus articles joined one after another), to find a stage whose
cost per byte grows with the length of the text (a quadratic step).

Run: ``python benchmarks/linear_audit.py [--sizes 30000,1000000] [--profile STAGE] [--skip-sourcing]``.
Prints, per size, ms per 3 kB of each stage (load_article, actors, sourcing, sentiment, of which
the per-mention target tone, framing, readability) and the ratio large/small (flat = about 1).
``--profile STAGE`` prints the cProfile top of that stage at the largest size.
``--pathological`` times framing on the shapes that once made a pattern backtrack or grow
(tests/test_framing.py checks their answers, not their time) at 1x and 10x their length.
``--gc-off`` pauses the garbage collector while timing (its full collections grow with the heap,
so they tell a growing heap from a quadratic step). ``--skip-sourcing`` passes ``sourcing=None``
to sentiment and framing (their sourcing-free path) when sourcing itself is too slow at the
large size to wait for.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

# Warm-up: the seed, which names actors and quotes people, so every measure (the target-tone model
# among them) has loaded its data before anything is counted.
WARM_UP = str(Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

STAGES = ("load_article", "actors", "sourcing", "sentiment", "target_tone", "framing", "readability")


def joined_news(size: int) -> tuple[str, str]:
    """(headline, body) of about ``size`` characters: corpus bodies joined in corpus order."""
    from bench_corpus import narrative_frames_articles

    parts, total = [], 0
    triples = narrative_frames_articles()
    k = 0
    while total < size:
        body = triples[k % len(triples)][2].strip()
        parts.append(body)
        total += len(body) + 2
        k += 1
    return triples[0][1], "\n\n".join(parts)[:size]


def _timed(call, profile: bool):
    profiler = cProfile.Profile() if profile else None
    t0 = time.process_time()
    if profiler:
        profiler.enable()
    value = call()
    if profiler:
        profiler.disable()
    spent = time.process_time() - t0
    top = ""
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
        top = out.getvalue()
    return value, spent, top


def stage_times(size: int, profile: str | None, skip_sourcing: bool) -> tuple[dict[str, float], str]:
    """Seconds of each stage on one joined article of ``size`` characters, and a profile top."""
    import analysis.sentiment.actor_tone as actor_tone
    from analysis.actors import find_actors
    from analysis.article import load_article
    from analysis.framing import analyze_framing
    from analysis.readability import analyze_readability
    from analysis.sentiment import analyze_sentiment
    from analysis.sourcing import analyze_sourcing

    headline, body = joined_news(size)
    spent: dict[str, float] = {}
    tops = []

    def run(stage: str, call):
        value, seconds, top = _timed(call, profile == stage)
        spent[stage] = seconds
        if top:
            tops.append(top)
        return value

    article = run("load_article", lambda: load_article(body, headline=headline, name="joined"))
    actors = run("actors", lambda: find_actors(article))
    sourcing = None if skip_sourcing else run("sourcing", lambda: analyze_sourcing(article, actors))
    original = actor_tone._target_tones
    target_seconds = [0.0]

    def counted(*args, **kwargs):
        t0 = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            target_seconds[0] += time.process_time() - t0

    actor_tone._target_tones = counted
    try:
        run("sentiment", lambda: analyze_sentiment(article, sourcing=sourcing, actors=actors))
    finally:
        actor_tone._target_tones = original
    spent["target_tone"] = target_seconds[0]
    run("framing", lambda: analyze_framing(article, sourcing=sourcing, actors=actors))
    run("readability", lambda: analyze_readability(article))
    return spent, "\n".join(tops)


#: (name, repeated unit, repeats at 1x): inputs that once made a framing pattern backtrack or grow.
PATHOLOGICAL = (
    ("cue-dense line", "accused accused no one was hurt between A and B seek an explanation $5 million ", 66),
    ("long word as target", "x" * 500, 10),
    ("long digit run", "1" * 2000, 10),
    ("long name list", "Alpha ", 300),
    ("run of quote marks", "\u201c" * 300, 10),
)


def pathological() -> None:
    """CPU of framing on each pathological shape at 1x and 10x; the ratio should be about 10."""
    from analysis.article import load_article
    from analysis.framing import analyze_framing

    print(f"{'shape':<22}{'1x ms':>10}{'10x ms':>10}   ratio (10 = linear)")
    for name, unit, repeats in PATHOLOGICAL:
        spent = []
        for factor in (1, 10):
            article = load_article("Critics accused " + unit * repeats * factor + " of lying.", headline="Report")
            spent.append(min(_timed(lambda a=article: analyze_framing(a), False)[1] for _ in range(3)))
        print(f"{name:<22}{spent[0] * 1e3:>10.1f}{spent[1] * 1e3:>10.1f}   {spent[1] / max(spent[0], 1e-6):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30000,1000000")
    parser.add_argument("--profile", default=None, choices=STAGES)
    parser.add_argument("--skip-sourcing", action="store_true")
    parser.add_argument("--gc-off", action="store_true")
    parser.add_argument("--pathological", action="store_true")
    args = parser.parse_args()
    if args.pathological:
        pathological()
        return
    if args.gc_off:
        import gc

        gc.disable()
    from analysis.pipeline import analyze

    analyze(WARM_UP)
    sizes = [int(s) for s in args.sizes.split(",")]
    stage_times(sizes[0], None, args.skip_sourcing)  # warm-up: lexicons and caches some stage loads on first use
    rows = {}
    for size in sizes:
        spent, top = stage_times(size, args.profile if size == sizes[-1] else None, args.skip_sourcing)
        rows[size] = spent
        if top:
            print(top)
    print(f"{'stage':<14}" + "".join(f"{s:>12,}" for s in sizes) + "   ratio (ms per 3 kB)")
    for stage in STAGES:
        if stage not in rows[sizes[0]]:
            continue
        per = [rows[s][stage] * 1e3 * 3000 / s for s in sizes]
        ratio = per[-1] / per[0] if per[0] else float("nan")
        print(f"{stage:<14}" + "".join(f"{p:>12.2f}" for p in per) + f"   {ratio:.2f}")


if __name__ == "__main__":
    main()

"""Benchmark: load + readability on the seed and on large inputs, against textstat alone.

Run by hand: ``.venv/bin/python benchmarks/bench_core.py``. Prints a table; figures go in the
README. Timings are the median of several runs after one warm-up (CMUdict is loaded once per
process, about 0.6 s, and reported separately as the cold start).
"""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from baselines import textstat_alone  # benchmarks/ is on sys.path when a script runs

from analysis import analyze_readability, load_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    function()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def cold_start() -> float:
    code = (
        "import time; t=time.perf_counter(); from analysis import load_article, analyze_readability; "
        f"analyze_readability(load_article({str(SEED)!r})); print(time.perf_counter()-t)"
    )
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    seed_text = SEED.read_text(encoding="utf-8")
    body = load_article(seed_text).body
    print(f"cold start (import + CMUdict + seed): {cold_start():.2f} s")
    print(f"{'input':<28}{'bytes':>10}{'ours (s)':>11}{'textstat (s)':>14}{'ratio':>8}{'µs/byte':>9}")
    cases = [("seed", seed_text, 50)]
    for size in (50_000, 500_000, 5_000_000):
        copies = size // len(body) + 1
        cases.append((f"seed body × {copies}", "Headline\n\n" + "\n\n".join([body] * copies), 3 if size < 5_000_000 else 1))
    for name, text, repeats in cases:
        ours = median_seconds(lambda text=text: analyze_readability(load_article(text)), repeats)
        article_body = load_article(text).body
        # textstat caches results per exact string; perturb it so each run is a cold computation.
        counter = iter(range(10**9))
        theirs = median_seconds(lambda b=article_body, c=counter: textstat_alone(b + " " * next(c)), repeats)
        size = len(text.encode())
        print(f"{name:<28}{size:>10}{ours:>11.4f}{theirs:>14.4f}{ours / theirs:>8.2f}{ours / size * 1e6:>9.3f}")
    print("\npathological inputs (load_article; µs per byte should stay flat):")
    for name, unit in (
        ("unbalanced quote marks", "“"),
        ("unpunctuated words", "the cat "),
        ("periods", ". "),
        ("abbreviations", "the U.S. and Mr. "),
    ):
        row = []
        for size in (50_000, 500_000, 5_000_000):
            text = "Headline\n\nThe start of it all. " + unit * (size // len(unit))
            seconds = median_seconds(lambda text=text: _load_or_error(text), 1)
            row.append(f"{seconds / size * 1e6:.3f}")
        print(f"  {name:<26} 50 kB / 500 kB / 5 MB: {' / '.join(row)} µs/byte")


def _load_or_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        load_article(text)


if __name__ == "__main__":
    main()

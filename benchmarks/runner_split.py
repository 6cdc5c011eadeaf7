"""The corpus runner's own cost, as CPU time split inside one process (steadier than wall clock).

Run: ``python benchmarks/runner_split.py [--articles 500] [--repeat 3]``. Each repeat runs, in a
fresh interpreter each, (1) ``python -m analysis corpus FOLDER -o OUT --workers 1 --quiet`` and
(2) the plain loop ``analyze(load_article(path))`` over the same files, and splits each process's
CPU time into the time inside ``analyze`` + ``load_article`` (the same work on both sides) and the
rest (imports, reading, and for the runner: rows, Parquet parts, the final tables). The runner's
own cost is ``rest(corpus) - rest(plain)``, given as a share of the plain loop's CPU time.

Why: on a shared 2-core machine two whole commands timed by the wall clock differ by ±10 % from
run to run, as much as the cost being measured; the split measures the runner's part directly.
The runner, with one worker, analyses in its own process, so both sides are one process.

The ``(gc)`` columns are each side's CPU seconds in the garbage collector (``gc.callbacks``),
inside or outside ``analyze``: the runner pauses the collector while it loads the measures' state
and then freezes that state (as its pool workers do), which the plain loop does not; the split
counts what that saves inside ``analyze`` as analysis, the CPU ratio of the whole processes shows it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

# Wraps analyze and load_article (the runner imports them inside analyze_item, so the wrappers
# are what it calls), runs one side, prints "total inside" CPU seconds.
SPLIT = r"""
import gc, resource, runpy, sys, time
side, folder, out = sys.argv[1:4]
clock = time.process_time
inside = [0.0]
collecting = [0.0, 0.0]  # CPU seconds in the garbage collector; when the current collection began

def collector(phase, info):
    if phase == "start":
        collecting[1] = clock()
    else:
        collecting[0] += clock() - collecting[1]

gc.callbacks.append(collector)
import analysis
import analysis.article as article_module
import analysis.pipeline as pipeline_module

def timed(function):
    def wrapper(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            inside[0] += clock() - started
    return wrapper

pipeline_module.analyze = analysis.__dict__["analyze"] = timed(pipeline_module.analyze)
article_module.load_article = analysis.__dict__["load_article"] = timed(article_module.load_article)
if side == "corpus":
    sys.argv = ["analysis", "corpus", folder, "-o", out, "--workers", "1", "--quiet"]
    try:
        runpy.run_module("analysis", run_name="__main__")
    except SystemExit:
        pass
else:
    from pathlib import Path
    for path in sorted(Path(folder).rglob("*.txt")):
        try:
            analysis.analyze(analysis.load_article(path))
        except Exception:
            pass
usage = resource.getrusage(resource.RUSAGE_SELF)
print("SPLIT", usage.ru_utime + usage.ru_stime, inside[0], collecting[0])
"""


def split(side: str, folder: Path, out: Path) -> tuple[float, float, float]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-c", SPLIT, side, str(folder), str(out)]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("SPLIT"))
    total, inside, collecting = (float(x) for x in line.split()[1:])
    shutil.rmtree(out, ignore_errors=True)
    return total, inside, collecting


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from run_all import article_texts, write_folder

    scratch = Path(tempfile.mkdtemp(prefix="runner-split-"))
    try:
        folder = write_folder(scratch, "articles", article_texts(args.articles))
        shares, walls = [], []
        print(f"{'':>4}{'corpus CPU s':>14}{'(rest)':>9}{'(gc)':>7}{'plain CPU s':>13}{'(rest)':>9}{'(gc)':>7}"
              f"{'runner own':>12}{'CPU ratio':>11}")
        for rep in range(args.repeat):
            corpus_total, corpus_inside, corpus_gc = split("corpus", folder, scratch / f"out-{rep}")
            plain_total, plain_inside, plain_gc = split("plain", folder, scratch / "unused")
            own = (corpus_total - corpus_inside) - (plain_total - plain_inside)
            shares.append(own / plain_total)
            walls.append(corpus_total / plain_total)
            print(f"{rep + 1:>4}{corpus_total:>14.2f}{corpus_total - corpus_inside:>9.2f}{corpus_gc:>7.2f}"
                  f"{plain_total:>13.2f}{plain_total - plain_inside:>9.2f}{plain_gc:>7.2f}"
                  f"{own / plain_total:>+12.1%}{corpus_total / plain_total:>11.3f}", flush=True)
        print(f"runner's own CPU time over the plain loop: median {statistics.median(shares):+.1%} "
              f"(repeats {min(shares):+.1%} … {max(shares):+.1%}); goal ≤ +10 %")
        print(f"whole-process CPU time, corpus / plain: median {statistics.median(walls):.3f} "
              f"(repeats {min(walls):.3f} … {max(walls):.3f}); the corpus side's analyses run with the collector "
              "paused during warm-up and the loaded state frozen, which the split counts as analysis")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Wall and CPU time, and the garbage collector's share, of each phase of ``callgrind_phases.py``.

Run: ``python benchmarks/phase_clock.py [--articles 40] [--runs 5] [--gc on,freeze,off] [--warm 0]``.
Each run is a fresh interpreter that does what ``callgrind_phases.py`` does (imports, one warm-up
analysis, ``--warm`` further articles, then each phase over the first ``--articles`` Narrative
Frames articles, and textstat + VADER on the same) and reads, at each phase's end,
``time.perf_counter`` and ``time.process_time`` and what the collector did (``gc.callbacks``:
collections per generation and the CPU seconds inside them), and ``getrusage``'s system time and
minor page faults. Runs alternate between the
``--gc`` modes: ``on`` (the default collector, as a user's own loop of ``analyze`` runs),
``freeze`` (``gc.freeze()`` after the warm-up, as the corpus workers do) and ``off``.

Divided by the instructions of ``benchmarks/callgrind_phases.sh`` on the same articles this gives
ns per instruction per phase: why the wall-clock ratio to textstat + VADER exceeds the instruction
ratio. The median of the runs per phase and mode is printed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PHASES = ("load_article", "actors", "sourcing", "sentiment", "framing", "readability", "textstat+vader")

ONE_RUN = r"""
import gc, json, resource, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[2]]
n, mode, warm = int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
from bench_corpus import WARM_UP, narrative_frames_articles, textstat_and_vader
from callgrind_phases import run_phases
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from analysis.article import load_article
from analysis.pipeline import analyze

analyzer = SentimentIntensityAnalyzer()
first = load_article(WARM_UP)
analyze(first)
textstat_and_vader(first.body, [s.text for s in first.sentences], analyzer)
corpus = narrative_frames_articles()
for i, headline, body in corpus[n : n + warm]:
    article = load_article(body, headline=headline, name=i)
    analyze(article)
    textstat_and_vader(article.body, [s.text for s in article.sentences], analyzer)
tracked = len(gc.get_objects())
if mode == "freeze":
    gc.freeze()
elif mode == "off":
    gc.disable()
collections, in_gc, began = [0, 0, 0], [0.0], [0.0]

def collector(phase, info):
    if phase == "start":
        began[0] = time.process_time()
    else:
        in_gc[0] += time.process_time() - began[0]
        collections[info["generation"]] += 1

gc.callbacks.append(collector)
marks = []

def mark():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    marks.append((time.perf_counter(), time.process_time(), in_gc[0], list(collections), usage.ru_stime, usage.ru_minflt))

mark()
run_phases(corpus[:n], analyzer, mark)
print(json.dumps({"tracked": tracked, "marks": marks}))
"""


def one_run(n: int, mode: str, warm: int) -> dict:
    done = subprocess.run([sys.executable, "-c", ONE_RUN, str(HERE), str(ROOT), str(n), mode, str(warm)],
                          check=True, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    result = json.loads(done.stdout.splitlines()[-1])
    marks = result["marks"]
    phases = []
    for before, after in itertools.pairwise(marks):
        gens = [b - a for a, b in zip(before[3], after[3], strict=True)]
        phases.append({"wall": after[0] - before[0], "cpu": after[1] - before[1], "gc": after[2] - before[2], "collections": gens,
                       "sys": after[4] - before[4], "faults": after[5] - before[5]})
    return {"tracked": result["tracked"], "phases": phases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gc", default="on,freeze,off", help="modes, comma-separated: on, freeze, off")
    parser.add_argument("--warm", type=int, default=0, help="articles analysed before the phases (steady-state caches)")
    parser.add_argument("--json", help="also write every run's figures to this file")
    args = parser.parse_args()
    modes = args.gc.split(",")
    runs: dict[str, list[dict]] = {mode: [] for mode in modes}
    for _ in range(args.runs):
        for mode in modes:
            runs[mode].append(one_run(args.articles, mode, args.warm))
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=1))
    n = args.articles
    print(f"{n} articles, {args.runs} runs per mode (median), load {os.getloadavg()[0]:.1f}; ms per article")
    for mode in modes:
        print(f"\ngc {mode} (tracked objects before the phases: {runs[mode][0]['tracked']:,})")
        print(f"{'phase':<16}{'wall':>8}{'cpu':>8}{'sys':>8}{'gc cpu':>8}{'gc %':>7}{'faults':>8}  collections (gen 0/1/2)")
        for k, phase in enumerate(PHASES):
            cells = [r["phases"][k] for r in runs[mode]]
            wall = statistics.median(c["wall"] for c in cells) / n * 1e3
            cpu = statistics.median(c["cpu"] for c in cells) / n * 1e3
            in_gc = statistics.median(c["gc"] for c in cells) / n * 1e3
            system = statistics.median(c["sys"] for c in cells) / n * 1e3
            faults = statistics.median(c["faults"] for c in cells) / n
            gens = "/".join(str(g) for g in cells[0]["collections"])
            print(f"{phase:<16}{wall:>8.3f}{cpu:>8.3f}{system:>8.3f}{in_gc:>8.3f}{in_gc / cpu if cpu else 0:>7.1%}{faults:>8.0f}  {gens}")


if __name__ == "__main__":
    main()

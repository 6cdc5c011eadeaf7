"""Every figure of issue 16's table, each as a ratio measured in the same run (``make bench``).

Run: ``python benchmarks/run_all.py [--quick] [--repeat 3] [--articles 1000]``. Prints one table
(now / goal). Timings on a shared 2-core machine are noisy: each pair is timed in interleaved
repeats (ours, baseline, ours, baseline, ...) and the table gives the ratio of the minima with the
spread of the per-repeat ratios (min–max) beside it; the 1-minute load average is printed too.
Whole commands also get their CPU seconds (the command and its workers) and that ratio: the time
each side ran, not the time it waited for a core, which on a machine shared with other jobs moved
the wall ratios by 2× from repeat to repeat.

Rows
  corpus    ``python -m analysis corpus DIR -o OUT --workers 2`` against ``benchmarks/baselines.py``
            (textstat's 8 formulas + VADER per sentence, 2 processes), both timed as whole commands,
            on ``--articles`` short articles (~400 words); without ``--quick`` also on 2,140 real
            articles (~620 words, the texts whole, each repeated five times with its sentences rotated).
  in-process ``analyze`` on loaded articles vs textstat + VADER on the same bodies and sentences,
            one process, per article (``bench_corpus.time_per_article``; ``--inprocess`` articles).
  runner    the corpus command with ``--workers 1`` on 500 articles vs a plain loop of
            ``analyze(load_article(path))`` over the same files, both whole commands.
  dask      the corpus command with ``--engine dask --scheduler ADDRESS`` on a ``LocalCluster`` of 2
            worker processes (1 thread each) vs the local pool (``--workers 2``) on the same
            ``--articles`` files; the workers are restarted before each Dask run, so both sides
            start cold (the cluster's own start is not counted). Skipped with ``--quick``.
  import    ``python -c "import analysis"`` (seconds; the bare interpreter's start beside it).
  memory    peak RSS of the parent process (``VmHWM`` of a fresh interpreter running
            ``analyze_corpus(DIR, workers=2, output_dir=...)`` and reading the counts the CLI
            prints) at 2,000 and 20,000 articles; ``--quick`` skips the 20,000 (the full run
            takes about 10-15 minutes more on 2 busy cores).

Articles: the 428 bodies of the bundled Narrative Frames Corpus (real news), cut into sentences;
article ``i`` is text ``i mod 428`` with its sentences rotated by ``i div 428`` and cut at ~400
words, three sentences to a paragraph, under its headline: deterministic, all distinct. They are
written to a temporary folder.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
# This checkout's package, also in this process (the in-process row, Dask's scheduler): an
# environment with another checkout installed in editable mode would otherwise import that one.
sys.path.insert(0, str(ROOT))
PY = sys.executable
ENV = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)])\s+")

PLAIN_LOOP = """
import sys
from pathlib import Path
from analysis import analyze, load_article
for path in sorted(Path(sys.argv[1]).rglob('*.txt')):
    try:
        analyze(load_article(path))
    except Exception:
        pass  # the runner records these (and a measure's bug) as errors rows
"""

# The peak is VmHWM, the high-water mark of this process's own memory map. ru_maxrss is not: on
# Linux it keeps the peak from before exec, which after subprocess's vfork is the benchmark
# process's own (large once the in-process and Dask rows have run: 2,000 articles read 255 MB
# in a full run and 163 MB alone).
PARENT_MEMORY = """
import resource, sys
from analysis.corpus import analyze_corpus
result = analyze_corpus(sys.argv[1], workers=2, output_dir=sys.argv[2], progress=False)
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(result.analysed, result.failed, peak)
"""


# --------------------------------------------------------------------------------------------
# Articles


@functools.cache
def _texts() -> list[tuple[str, list[str]]]:
    from bench_corpus import narrative_frames_articles

    out = []
    for _id, headline, body in narrative_frames_articles():
        sentences = [s.strip() for s in _SENTENCE_END.split(body) if s.strip()]
        out.append((headline or sentences[0][:80], sentences))
    return out


def article_texts(n: int, words: int | None = 400) -> list[str]:
    """``n`` distinct article texts (headline, blank line, body), the same on every run."""
    texts = _texts()
    articles = []
    for index in range(n):
        headline, sentences = texts[index % len(texts)]
        shift = (index // len(texts)) % len(sentences)
        order = sentences[shift:] + sentences[:shift]
        chosen, total = [], 0
        for sentence in order:
            if words is not None and total >= words:
                break
            chosen.append(sentence)
            total += len(sentence.split())
        paragraphs = [" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3)]
        articles.append(headline + "\n\n" + "\n\n".join(paragraphs) + "\n")
    return articles


def write_folder(root: Path, name: str, texts: list[str]) -> Path:
    folder = root / name
    folder.mkdir()
    for index, text in enumerate(texts):
        (folder / f"article-{index:06d}.txt").write_text(text, encoding="utf-8")
    return folder


# --------------------------------------------------------------------------------------------
# Timing whole commands


class Timings(list):
    """Wall seconds of each repeat of a command; ``cpu``: its CPU seconds (the command and the
    worker processes it waited for), which on a busy machine leave out the time spent waiting for a core."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def run(command: list[str]) -> float:
    return run_timed(command)[0]


def run_timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU: ``RUSAGE_CHILDREN``, which holds every descendant reaped)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return seconds, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def paired(ours: list[str], theirs: list[str], repeat: int, scratch: Path) -> tuple[Timings, Timings]:
    """Interleaved timings of two commands; ``OUT`` in a command is a fresh path each time."""
    a, b = Timings(), Timings()
    for rep in range(repeat):
        out = scratch / f"out-{time.monotonic_ns()}-{rep}"
        for timings, command in ((a, ours), (b, theirs)):
            wall, cpu = run_timed([str(out) if part == "OUT" else part for part in command])
            timings.append(wall)
            timings.cpu.append(cpu)
            shutil.rmtree(out, ignore_errors=True)
            if out.is_file():
                out.unlink()
    return a, b


def ratio_cell(a: list[float], b: list[float], unit: str = "s", scale: float = 1.0) -> tuple[str, float]:
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    best = min(a) / min(b)
    text = (
        f"{min(a) * scale:.1f} {unit} vs {min(b) * scale:.1f} {unit}: {best:.2f}× "
        f"(median {statistics.median(a) / statistics.median(b):.2f}×, per repeat {min(ratios):.2f}–{max(ratios):.2f}×)"
    )
    if isinstance(a, Timings) and isinstance(b, Timings) and a.cpu and b.cpu:
        cpu = [x / y for x, y in zip(a.cpu, b.cpu, strict=True)]
        best_cpu = min(a.cpu) / min(b.cpu)
        text += f"; CPU {min(a.cpu):.1f} s vs {min(b.cpu):.1f} s: {best_cpu:.2f}× (per repeat {min(cpu):.2f}–{max(cpu):.2f}×)"
    return text, best


def corpus_row(folder: Path, repeat: int, scratch: Path) -> tuple[str, float]:
    ours = [PY, "-m", "analysis", "corpus", str(folder), "-o", "OUT", "--workers", "2", "--quiet"]
    theirs = [PY, str(HERE / "baselines.py"), str(folder), "-o", "OUT", "--workers", "2"]
    return ratio_cell(*paired(ours, theirs, repeat, scratch))


def dask_row(folder: Path, repeat: int, scratch: Path) -> tuple[str, float]:
    """The corpus command on a LocalCluster vs the local process pool, interleaved."""
    from distributed import Client, LocalCluster

    os.environ["PYTHONPATH"] = ENV["PYTHONPATH"]  # the cluster's worker processes import this checkout too
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        ours = [PY, "-m", "analysis", "corpus", str(folder), "-o", "OUT", "--workers", "2", "--quiet",
                "--engine", "dask", "--scheduler", cluster.scheduler_address]
        local = [PY, "-m", "analysis", "corpus", str(folder), "-o", "OUT", "--workers", "2", "--quiet"]
        a, b = [], []  # wall only: the cluster's workers are no children of the command
        for _ in range(repeat):
            client.restart()  # cold workers, as the local pool's are at each command
            x, y = paired(ours, local, 1, scratch)
            a += x
            b += y
    return ratio_cell(a, b)


def runner_row(folder: Path, repeat: int, scratch: Path) -> tuple[str, float]:
    ours = [PY, "-m", "analysis", "corpus", str(folder), "-o", "OUT", "--workers", "1", "--quiet"]
    theirs = [PY, "-c", PLAIN_LOOP, str(folder)]
    a, b = paired(ours, theirs, repeat, scratch)
    text, best = ratio_cell(a, b)
    return text.replace(f"{best:.2f}×", f"{best - 1:+.0%}", 1), best


def in_process_row(n: int, repeat: int) -> tuple[str, float]:
    """Wall clock, and beside it CPU time (the same passes): on a busy machine the wall ratio
    also holds the time each side waited for a core, which varies from pass to pass."""
    from bench_corpus import time_per_article_clocks

    texts = article_texts(n)
    triples = [(f"a{i}", t.partition("\n\n")[0], t.partition("\n\n")[2]) for i, t in enumerate(texts)]
    timings = time_per_article_clocks(triples, repeat)
    text, best = ratio_cell([x / n for x in timings["ours_wall"]], [x / n for x in timings["theirs_wall"]], "ms", 1e3)
    cpu = [o / t for o, t in zip(timings["ours_cpu"], timings["theirs_cpu"], strict=True)]
    return f"{text}; CPU {min(timings['ours_cpu']) / min(timings['theirs_cpu']):.2f}× (per repeat {min(cpu):.2f}–{max(cpu):.2f}×)", best


def import_row(repeat: int) -> tuple[str, float]:
    bare, ours = [], []
    for _ in range(max(5, repeat)):
        bare.append(run([PY, "-c", "pass"]))
        ours.append(run([PY, "-c", "import analysis"]))
    best = min(ours)
    text = (
        f"{best:.2f} s (median {statistics.median(ours):.2f}, max {max(ours):.2f}; "
        f"bare interpreter {min(bare):.2f} s: {best / min(bare):.1f}×)"
    )
    return text, best


def memory_mb(folder: Path, scratch: Path) -> tuple[float, float, int]:
    out = scratch / f"memory-{folder.name}"
    started = time.perf_counter()
    done = subprocess.run([PY, "-c", PARENT_MEMORY, str(folder), str(out)], check=True, env=ENV, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    analysed, failed, peak = done.stdout.split()[-3:]
    shutil.rmtree(out, ignore_errors=True)
    return float(peak), seconds, int(analysed) + int(failed)


# --------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 20,000-article memory run, the 2,140 real articles and Dask")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of each timed pair (default 3)")
    parser.add_argument("--articles", type=int, default=1000, help="articles of the corpus row (default 1,000)")
    parser.add_argument("--inprocess", type=int, default=300, help="articles of the in-process row (default 300)")
    parser.add_argument("--only", default="corpus,dask,inprocess,runner,import,memory", help="rows to measure (comma-separated)")
    parser.add_argument("--memory", type=int, nargs=2, default=[2000, 20000], help="the two sizes of the memory row")
    args = parser.parse_args()
    started = time.perf_counter()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, repeat {args.repeat}")
    rows: list[tuple[str, str, str]] = Rows()
    scratch = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        short = write_folder(scratch, "short", article_texts(args.memory[0]))
        first = write_folder(scratch, "first", article_texts(args.articles))
        only = set(args.only.split(","))
        text, _ = corpus_row(first, args.repeat, scratch) if "corpus" in only else ("-", 0)
        rows.append((f"corpus --workers 2 vs 2-process textstat+VADER, {args.articles:,} articles ~400 words", text, "≤ 1.5×"))
        if not args.quick and "corpus" in only:
            real = write_folder(scratch, "real", article_texts(2140, words=None))
            text, _ = corpus_row(real, args.repeat, scratch)
            rows.append(("the same, 2,140 real articles (~620 words)", text, "≤ 1.5×"))
        if not args.quick and "dask" in only:
            text, _ = dask_row(first, args.repeat, scratch)
            rows.append((f"corpus on Dask (LocalCluster, 2 workers) vs the local pool, {args.articles:,} articles", text, "report"))
        text, _ = in_process_row(args.inprocess, args.repeat) if "inprocess" in only else ("-", 0)
        rows.append((f"analyze in one process vs textstat+VADER, per article ({args.inprocess})", text, "≤ 1.3×"))
        five = write_folder(scratch, "five-hundred", article_texts(500))
        text, _ = runner_row(five, args.repeat, scratch) if "runner" in only else ("-", 0)
        rows.append(("runner overhead: corpus --workers 1 vs plain analyze loop, 500 articles", text, "≤ +10 %"))
        text, _ = import_row(args.repeat) if "import" in only else ("-", 0)
        rows.append(('python -c "import analysis"', text, "≤ 0.5 s"))
        if "memory" in only:
            rows.append(memory_row(scratch, short, args.memory, quick=args.quick))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print_table(rows)
    print(f"load at the end {os.getloadavg()[0]:.1f}; whole run {time.perf_counter() - started:.0f} s")


def memory_row(scratch: Path, short: Path, sizes: list[int], *, quick: bool) -> tuple[str, str, str]:
    small, seconds, n = memory_mb(short, scratch)
    if quick:
        what = f"parent peak RSS, {sizes[0]:,} articles ({sizes[1]:,}: without --quick)"
        return (what, f"{small:.0f} MB ({n} articles in {seconds:.0f} s)", "flat (≤ 1.2×)")
    shutil.rmtree(short)
    large_folder = write_folder(scratch, "large", article_texts(sizes[1]))
    large, large_seconds, _ = memory_mb(large_folder, scratch)
    text = f"{small:.0f} → {large:.0f} MB: {large / small:.2f}× (runs of {seconds:.0f} s and {large_seconds:.0f} s)"
    return (f"parent peak RSS, {sizes[0]:,} → {sizes[1]:,} articles", text, "flat (≤ 1.2×)")


class Rows(list):
    """Rows of the table, each also printed as soon as it is measured (a long run shows progress)."""

    def append(self, row: tuple[str, str, str]) -> None:
        print(f"  {row[0]}: {row[1]}", flush=True)
        super().append(row)


def print_table(rows: list[tuple[str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    now_width = max(len(r[1]) for r in rows)
    print(f"\n| {'what':<{width}} | {'now':<{now_width}} | goal |")
    print(f"|{'-' * (width + 2)}|{'-' * (now_width + 2)}|------|")
    for what, now, goal in rows:
        print(f"| {what:<{width}} | {now:<{now_width}} | {goal} |")


if __name__ == "__main__":
    main()

"""Benchmark: time per byte of the full ``analyze`` from 50 kB to 5 MB, on normal news text and on
each pathological input of the bad-input table (tests/bad_inputs.py, issue 10).

Run by hand: ``.venv/bin/python benchmarks/bench_scaling.py [--sizes 50000,500000,5000000]``.
Prints one row per input kind: µs per input byte at each size, and the ratio largest/smallest
(flat = about 1; a quadratic step would give about 100 from 50 kB to 5 MB). An input whose run
takes longer than ``--budget`` seconds is not tried at the next size (marked "skipped").
Inputs that are refused (binary, NUL, non-English) are timed too: refusal must also be cheap.
"""

from __future__ import annotations

import argparse
import codecs
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))  # this checkout's package, not an editable install of another

from bad_inputs import FRENCH, news_text, unpunctuated  # noqa: E402

from analysis import AnalysisError, analyze  # noqa: E402


def _fit(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _html(size: int) -> str:
    paragraphs = news_text(size).split("\n\n")
    return (
        "<html><head><title>Russia accused of bombing US-backed militants in Syria</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Russia accused of bombing US-backed militants in Syria</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        + "</article><footer>© 2016</footer></body></html>"
    )


def _only_quotes(size: int) -> str:
    unit = "“We will not close the library, and the budget is the budget.”\n\n“This is a sad day for everyone who reads.”\n\n"
    return "Quotes only\n\n" + _fit(unit, size).rsplit("\n\n", 1)[0]


# name -> builder(size) returning str or bytes of about ``size`` bytes
KINDS: dict[str, Callable[[int], str | bytes]] = {
    "news text": news_text,
    "Windows-1252 news": lambda n: news_text(n).encode("cp1252", "replace"),
    "UTF-16 news with BOM": lambda n: codecs.BOM_UTF16_LE + news_text(n // 2).encode("utf-16-le"),
    "mixed line endings": lambda n: news_text(n).replace("\n\n", "\r\n\r\n", 3).replace("\n\n", "\r\r").encode(),
    "HTML page": _html,
    "only quotes": _only_quotes,
    "unbalanced quote marks": lambda n: "Strange page\n\n" + _fit("The reporter wrote “this ", n) + " and stopped.",
    "no punctuation (one sentence)": lambda n: "A long page\n\n" + unpunctuated(n),
    "runs of periods": lambda n: "A page of dots\n\n" + _fit("The council said no" + "." * 40 + " and the mayor agreed ", n),
    "digits and commas": lambda n: "Budget\n\nThe cost was " + _fit("1,", n) + " officials said.",
    "one word repeated": lambda n: "The word\n\n" + _fit("the ", n),
    "non-English (refused)": lambda n: "La Russie\n\n" + _fit(FRENCH + " ", n),
    "binary (refused)": lambda n: _fit("\x00\x01\x02\x03binary", n).encode("latin-1"),
}


def time_once(source: str | bytes) -> tuple[float, str]:
    gc.collect()
    started = time.perf_counter()
    try:
        result = analyze(source)
        outcome = f"{len(result.article.sentences)} sentences"
    except AnalysisError as error:
        outcome = type(error).__name__
    return time.perf_counter() - started, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,500000,5000000", help="input sizes in bytes, comma-separated")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds above which larger sizes are skipped")
    parser.add_argument("--only", default=None, help="run only the kinds whose name contains one of these texts (comma-separated)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    time_once(news_text(20_000))  # warm-up: lexicons, CMUdict, VADER
    header = f"{'input':32}" + "".join(f"{f'{s / 1e6:g} MB µs/B':>16}" for s in sizes) + f"{'ratio':>8}  outcome at the largest size"
    print(header)
    print("-" * len(header))
    for name, build in KINDS.items():
        if args.only and not any(part and part in name for part in args.only.split(",")):
            continue
        cells, per_byte, outcome, skip = [], [], "", False
        for size in sizes:
            if skip:
                cells.append(f"{'skipped':>16}")
                continue
            source = build(size)
            nbytes = len(source if isinstance(source, bytes) else source.encode("utf-8"))
            seconds, outcome = time_once(source)
            per_byte.append(seconds / nbytes * 1e6)
            cells.append(f"{per_byte[-1]:16.2f}")
            skip = seconds > args.budget
        ratio = per_byte[-1] / per_byte[0] if len(per_byte) > 1 else float("nan")
        print(f"{name:32}" + "".join(cells) + f"{ratio:8.2f}  {outcome}", flush=True)


if __name__ == "__main__":
    main()

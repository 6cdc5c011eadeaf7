"""Stopping a corpus run: Ctrl-C and ``kill`` end the run and its workers with one line, a killed
parent leaves no worker behind, and the same command then resumes to the same tables.

Each test runs the real command in its own process group and signals it once its first chunk is
stored (so the run is known to be under way with workers busy); nothing here times the run. A named
pipe where a late chunk's worker writes its part holds that worker (opening a pipe for writing waits
for a reader), so the run cannot end before the signal however slow or busy the machine: round 20's
trial saw a loaded machine finish the 40 articles first (exit 0, not 130).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import analyze_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process groups and /proc: Linux")


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory) -> Path:
    """40 articles (the fixtures and the seed, each under several names) and one bad file."""
    folder = tmp_path_factory.mktemp("signals")
    texts = [p.read_text(encoding="utf-8") for p in [SEED, *sorted(FIXTURES.glob("*.txt"))] if p.name != "hostile.txt"]
    for n in range(40):
        head, _, body = texts[n % len(texts)].partition("\n\n")
        (folder / f"a{n:02d}.txt").write_text(f"{head} ({n})\n\n{body}", encoding="utf-8")
    (folder / "zz-empty.txt").write_bytes(b"")
    return folder


def _command(folder: Path, output: Path, workers: int = 2) -> list[str]:
    return [sys.executable, "-m", "analysis", "corpus", str(folder), "-o", str(output), "--workers", str(workers),
            "--chunk-size", "2", "--quiet"]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, seconds: float = 300.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _hold_a_late_chunk(output: Path) -> Path:
    """A named pipe where the worker of chunk 19 (a38.txt and a39.txt; chunks of 2) writes its
    articles part: the worker waits on it for ever, so the run waits for that chunk until it is
    signalled. Remove it before running the command again."""
    parts = output / "parts"
    parts.mkdir(parents=True)
    pipe = parts / "chunk-000019-000.articles.parquet.tmp"
    os.mkfifo(pipe)
    return pipe


def _as_a_foreground_job() -> None:
    """In the child before it runs the command: Ctrl-C back to its default. A shell starts a
    background job (``make test &``, ``nohup``) with SIGINT ignored, every child inherits that,
    and a Python started so keeps ignoring it, as a background job should: the interrupt then
    never arrives (round 21's trial: the run held by the pipe waited for ever)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(folder: Path, output: Path) -> tuple[subprocess.Popen[str], list[int]]:
    _hold_a_late_chunk(output)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(_command(folder, output), cwd=ROOT, env=env, start_new_session=True,
                               preexec_fn=_as_a_foreground_job, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Under way: the first chunk's manifest is written and the pool's workers are running.
    assert _wait_for(lambda: any((output / "parts").glob("chunk-*.json")) or process.poll() is not None)
    assert process.poll() is None, "the run ended before it could be interrupted"
    workers = _children(process.pid)
    assert len(workers) >= 2
    return process, workers


@pytest.mark.parametrize("how", ["ctrl-c to the group", "kill (SIGTERM) to the parent"])
def test_an_interrupted_run_stops_with_one_line_and_ends_its_workers(corpus_folder, tmp_path, how):
    output = tmp_path / "out"
    process, workers = _start(corpus_folder, output)
    if how.startswith("ctrl-c"):
        os.killpg(process.pid, signal.SIGINT)  # what a terminal sends to the foreground group
    else:
        os.kill(process.pid, signal.SIGTERM)
    try:
        out, err = process.communicate(timeout=120)  # the workers hold the pipes: returns once they are gone too
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # a failed test leaves no run behind holding its pipe
        process.communicate()
        raise
    assert process.returncode == 130
    assert err.splitlines() == [
        f"interrupted: the chunks already finished are kept in {output / 'parts'}; the same command resumes the run"
    ]
    assert "Traceback" not in out + err
    assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 30)
    assert not (output / "articles.parquet").exists()  # no final tables from a partial run


def test_the_workers_end_with_a_parent_killed_outright(corpus_folder, tmp_path):
    process, workers = _start(corpus_folder, tmp_path / "out")
    os.kill(process.pid, signal.SIGKILL)  # no clean-up runs in the parent
    process.wait(timeout=60)
    try:
        assert _wait_for(lambda: not any(_alive(pid) for pid in workers), 30)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        process.communicate()


def test_the_same_command_after_an_interruption_gives_the_uninterrupted_tables(corpus_folder, tmp_path):
    output = tmp_path / "out"
    process, _ = _start(corpus_folder, output)
    os.kill(process.pid, signal.SIGTERM)
    process.communicate(timeout=120)
    assert process.returncode == 130
    (output / "parts" / "chunk-000019-000.articles.parquet.tmp").unlink()  # the pipe that held the run
    resumed = subprocess.run(_command(corpus_folder, output), cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert "analysed 40 of 41 articles; 1 failed" in resumed.stdout
    assert "taken from an earlier run into this folder" in resumed.stdout
    whole = analyze_corpus(corpus_folder, workers=1, chunk_size=2, progress=False)
    for name in ("articles", "sources", "errors"):
        pd.testing.assert_frame_equal(pd.read_parquet(output / f"{name}.parquet"), whole.tables[name])

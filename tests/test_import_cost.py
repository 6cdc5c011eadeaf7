"""Importing the package is cheap (issue 16): ``import analysis`` and ``python -m analysis --help``
load none of the heavy libraries; a function that needs one imports it when called.

Structural, not timed: each check runs a fresh interpreter and lists the modules it loaded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = {"pandas", "matplotlib", "pyarrow", "dask", "distributed", "trafilatura", "papermill"}
LIST_HEAVY = f"import sys; print(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(HEAVY)!r}))"


def _loaded(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "statement",
    [
        "import analysis",
        "import analysis.cli",
        "from analysis import analyze, load_article, AnalysisError",
        "from analysis.corpus import analyze_corpus, CorpusItem, CorpusResult",
    ],
)
def test_no_heavy_module_on_import(statement: str) -> None:
    assert _loaded(f"{statement}; {LIST_HEAVY}") == "[]"


def test_help_loads_no_heavy_module() -> None:
    code = (
        "import contextlib, io, runpy, sys; sys.argv = ['analysis', '--help']\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    runpy.run_module('analysis', run_name='__main__')\n"
        f"{LIST_HEAVY}"
    )
    assert _loaded(code) == "[]"


def test_every_public_name_still_imports() -> None:
    import analysis

    for name in analysis.__all__:
        assert getattr(analysis, name) is not None, name
    from analysis import CorpusResult, analyze_corpus, tone_toward  # noqa: F401

    assert sorted(dir(analysis)) == sorted(set(dir(analysis)) | set(analysis.__all__))
    with pytest.raises(AttributeError):
        analysis.no_such_name  # noqa: B018


def test_a_frame_method_still_gives_a_dataframe() -> None:
    from analysis import analyze

    result = analyze(ROOT / "data" / "raw" / "000_59af26005722e3de.txt")
    assert type(result.readability.scores_frame()).__name__ == "DataFrame"
    assert type(result.sourcing.sources_frame()).__name__ == "DataFrame"

"""What the golden test pins: the JSON of the seed and of every fixture article, and the seed's HTML
report, normalised only where a fresh machine may legitimately differ (library versions).

``.venv/bin/python tests/golden_cases.py`` rewrites the stored files. Do
that only for a deliberate change of results, and read the diff of ``tests/golden/`` before you
commit it: a refactor must leave it empty.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
FIXTURES = ROOT / "tests" / "fixtures"

VERSIONS_PLACEHOLDER = "<versions of this machine>"
_BETWEEN_TAGS = re.compile(r">\s+<")


def articles() -> dict[str, Path]:
    """Golden name -> article path: the seed, then every fixture article, sorted."""
    cases = {"seed": SEED}
    for path in sorted(FIXTURES.rglob("*.txt")):
        relative = path.relative_to(FIXTURES).with_suffix("")
        cases["__".join(relative.parts)] = path
    return cases


def analysis_json(path: Path) -> str:
    """The CLI's JSON document of one article, with the library versions masked."""
    from analysis import analyze

    document = analyze(path).to_dict()
    document["provenance"]["versions"] = VERSIONS_PLACEHOLDER
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def normalise_html(html: str) -> str:
    """Versions masked and whitespace between tags removed (templates may indent differently)."""
    from analysis.pipeline import package_versions

    for name, version in package_versions().items():
        html = html.replace(f"<td>{name}</td><td>{version}</td>", f"<td>{name}</td><td>{VERSIONS_PLACEHOLDER}</td>")
    return _BETWEEN_TAGS.sub("><", html).strip() + "\n"


def seed_report_html() -> str:
    """The seed's HTML report, rendered as `make report` renders it, then normalised."""
    from analysis.report import render_report

    with tempfile.TemporaryDirectory() as scratch:
        output = render_report(SEED, Path(scratch) / "seed.html")
        return normalise_html(output.read_text(encoding="utf-8"))


def refresh() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, path in articles().items():
        (GOLDEN / f"{name}.json").write_text(analysis_json(path), encoding="utf-8")
    (GOLDEN / "seed_report.html").write_text(seed_report_html(), encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    refresh()

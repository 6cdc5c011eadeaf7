"""Golden results: the refactors of the code must not change one byte of what users get.

The stored files in ``tests/golden/`` were written before the package was re-laid out; every
article's JSON must stay byte-identical (library versions masked) and the seed's HTML report
identical up to whitespace between tags. A deliberate change of results refreshes them
(``python tests/golden_cases.py``) and shows the diff in its commit.
"""

from __future__ import annotations

import pytest
from golden_cases import GOLDEN, analysis_json, articles, seed_report_html

CASES = articles()


def test_every_article_has_a_golden_file() -> None:
    stored = {path.stem for path in GOLDEN.glob("*.json")}
    assert stored == set(CASES), "tests/golden/ and the fixture articles disagree: refresh deliberately"
    assert len(CASES) >= 30  # the seed, 7 article fixtures, the sourcing and blind sourcing sets


@pytest.mark.parametrize("name", sorted(CASES))
def test_json_is_byte_identical(name: str) -> None:
    expected = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    assert analysis_json(CASES[name]) == expected


def test_seed_report_html_is_unchanged() -> None:
    expected = (GOLDEN / "seed_report.html").read_text(encoding="utf-8")
    actual = seed_report_html()
    assert actual == expected

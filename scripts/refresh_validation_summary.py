"""Recompute the validation figures and store the headline table the report quotes.

Run after changing a measure or a lexicon: ``.venv/bin/python scripts/refresh_validation_summary.py``.
It writes ``analysis/report/validation_summary.json`` (read by the report's "Methods and limits" section)
and prints the Markdown table for docs/validation.md and the README. tests/test_validation.py
fails while the stored table differs from the computed one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from analysis import validation

TARGET = Path(__file__).resolve().parent.parent / "analysis" / "report" / "validation_summary.json"

if __name__ == "__main__":
    figures = validation.validate_all()
    TARGET.write_text(json.dumps(validation.summary_rows(figures), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.name}", file=sys.stderr)  # stdout is the table, spliced into the docs
    print(validation.summary_markdown(figures))

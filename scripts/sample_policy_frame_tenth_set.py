"""Draw a tenth, wholly blind set of sentences for policy-frame coding (issue #17), mechanically.

All nine earlier sets have been scored and are development data, so a change to the rule made in
round 21 needs sentences nobody has looked at. Same sources and filter as the sixth to ninth sets:
the next 120 NewsMTSC articles in the fifth set's ranking (ranks 821-940, one sentence each) and 2
more sentences of each English page of the extraction benchmark, never a sentence an earlier set
holds. Coded blind from the committed guideline, kept away from the session that changes the rule,
scored once at its end.

    PYTHONPATH=$PWD:scripts python scripts/sample_policy_frame_tenth_set.py
"""

from __future__ import annotations

from pathlib import Path

from sample_policy_frame_second_set import write_items
from sample_policy_frame_sixth_set import EARLIER, draw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/policy_frames_tenth/items.jsonl"
FIRST_RANK = 820  # the ninth set took ranks 701-820
NEWSMTSC_ARTICLES = 120
PER_BENCHMARK_PAGE = 2
LATER = ("policy_frames_sixth", "policy_frames_seventh", "policy_frames_eighth", "policy_frames_ninth")


def main() -> None:
    items = draw("10", (*EARLIER, *LATER), FIRST_RANK, NEWSMTSC_ARTICLES, PER_BENCHMARK_PAGE)
    write_items(items, OUT)


if __name__ == "__main__":
    main()

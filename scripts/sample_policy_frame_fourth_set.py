"""Draw a fourth, wholly blind set of sentences for policy-frame coding (issue #17), mechanically.

All three earlier sets have been scored and the third is development data now, so a change of
method (a classifier trained on the earlier sets' labels) needs sentences nobody has looked at.
These come from the Advanced OneStopEnglish texts (Guardian news of every desk), like the second
set, but never a sentence any earlier set holds: each text's next sentence in the first set's
ranking (SHA-256 of "source|sentence"), with the same sentence filter. Every item is blind: coded
from the committed guideline by a coder who never sees the analyser, kept away from the session
that changes the method, scored once.

    PYTHONPATH=$PWD python scripts/sample_policy_frame_fourth_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sample_policy_frame_second_set import onestop_items, write_items  # the second set's rule

ROOT = Path(__file__).resolve().parent.parent
EARLIER = [ROOT / f"tests/fixtures/{name}/items.jsonl" for name in ("policy_frames_blind", "policy_frames_second", "policy_frames_third")]
OUT = ROOT / "tests/fixtures/policy_frames_fourth/items.jsonl"


def _earlier_sentences() -> set[str]:
    seen = set()
    for path in EARLIER:
        seen.update(json.loads(line)["sentence"] for line in path.read_text(encoding="utf-8").splitlines())
    return seen


def main() -> None:
    write_items(onestop_items("ose4", _earlier_sentences()), OUT)


if __name__ == "__main__":
    main()

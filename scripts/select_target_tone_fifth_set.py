"""Select a fifth, wholly blind set of target-tone items from other news, mechanically (issue #18).

The fourth set was scored once in round 6 and is development data now; round 7 changes the tone
lexicon, so its figure needs items nobody has looked at. This draws 160 more from articles no
earlier set uses, coded from the committed guideline by a coder who never sees the analyser, kept
away from the session's tuning, and scored once.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_fifth_set.py \
        > tests/fixtures/target_tone_fifth/items.jsonl

Articles: the English extraction-benchmark pages that neither the first nor the fourth set quotes
(read from their committed ``items.jsonl``, so the rule is mechanical), sorted by id, interleaved
with the narrative-frames articles whose line number is 1 modulo 12 (the earlier sets took 0, 3, 6
and 9). Mentions are chosen as in ``select_target_tone_blind.py``, at most 4 per article, the first
160 items. No tone is judged here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from select_target_tone_fourth_set import articles, used_pages  # same rules
from select_target_tone_other_news import draw

ROOT = Path(__file__).resolve().parent.parent
EARLIER_SETS = [ROOT / "tests/fixtures/target_tone_blind/items.jsonl", ROOT / "tests/fixtures/target_tone_fourth/items.jsonl"]
PER_ARTICLE = 4
TOTAL = 160


def main() -> None:
    for number, item in enumerate(draw(articles(used_pages(EARLIER_SETS), remainder=1), PER_ARTICLE, TOTAL), start=1):
        row = {"id": f"v{number:03d}", "part": "blind", **item}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Select a third, wholly blind set of target-tone items from other news, mechanically (issue #18).

The first two other-news sets (``tests/fixtures/target_tone_blind``, 150 mentions, and
``tests/fixtures/target_tone_other_news``, 300) have both been scored more than once or tuned on,
so a later change to the tone model needs items nobody has looked at. This draws 200 more from
articles neither set uses, all of them blind: they are coded from the same guideline by a coder who
never sees the analyser, kept away from the tuning session, and scored once.

Run from the project root::

    PYTHONPATH=$PWD python scripts/select_target_tone_third_set.py \
        > tests/fixtures/target_tone_third/items.jsonl

Articles: the Advanced OneStopEnglish texts whose topic the second set does not quote (read from its
committed ``items.jsonl``, so the rule is mechanical), sorted by topic, interleaved with the
narrative-frames articles whose line number is 9 modulo 12 (the first set took 0, the second 6).
Mentions are chosen as in ``select_target_tone_blind.py``, at most 4 per article, the first 200 items.
No tone is judged here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from select_target_tone_blind import frames_articles, interleave  # same rules
from select_target_tone_other_news import draw

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT / "data/external/onestopenglish/onestopenglish.jsonl"
SECOND_SET = ROOT / "tests/fixtures/target_tone_other_news/items.jsonl"
PER_ARTICLE = 4
TOTAL = 200


def used_topics(item_files: list[Path]) -> set[str]:
    """The OneStopEnglish topics the sets in ``item_files`` quote."""
    topics = set()
    for items in item_files:
        for line in items.read_text(encoding="utf-8").splitlines():
            source = json.loads(line)["source"]
            if source.startswith("onestopenglish/"):
                topics.add(source.split("#", 1)[1])
    return topics


def onestop_articles(used: set[str], remainder: int) -> list[tuple[str, str, str]]:
    """The Advanced OneStopEnglish texts whose topic is not in ``used``, sorted by topic,
    interleaved with the narrative-frames articles whose line number is ``remainder`` modulo 12."""
    onestop = []
    for line in ONESTOP.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["level"] == "Advanced" and row["topic"] not in used:
            onestop.append(("onestopenglish/onestopenglish.jsonl", row["topic"], row["text"]))
    onestop.sort(key=lambda entry: entry[1])
    return interleave(onestop, frames_articles(remainder=remainder))


def write_blind_set(prefix: str, earlier: Sequence[str], remainder: int, total: int = 160) -> None:
    """Write to stdout, as JSON lines ``{"id": prefix + number, "part": "blind", ...}``, the first
    ``total`` mentions drawn from the OneStopEnglish topics none of the ``earlier`` sets (fixture folder
    names) quotes, interleaved with the narrative-frames articles ``remainder`` modulo 12."""
    earlier_sets = [ROOT / "tests/fixtures" / name / "items.jsonl" for name in earlier]
    for number, item in enumerate(draw(onestop_articles(used_topics(earlier_sets), remainder), PER_ARTICLE, total), start=1):
        row = {"id": f"{prefix}{number:03d}", "part": "blind", **item}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _articles() -> list[tuple[str, str, str]]:
    return onestop_articles(used_topics([SECOND_SET]), remainder=9)


def main() -> None:
    for number, item in enumerate(draw(_articles(), PER_ARTICLE, TOTAL), start=1):
        row = {"id": f"t{number:03d}", "part": "blind", **item}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

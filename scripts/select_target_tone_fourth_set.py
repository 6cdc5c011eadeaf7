"""Select a fourth, wholly blind set of target-tone items from other news, mechanically (issue #18).

The three earlier other-news sets have all been scored (the third once, the first two many times)
and are development data now, so a change to the tone model needs items nobody has looked at. This
draws 160 more from articles no earlier set uses, all blind: coded from the committed guideline by a
coder who never sees the analyser, kept away from the tuning session, and scored once.

Run from the project root::

    PYTHONPATH=$PWD:scripts python scripts/select_target_tone_fourth_set.py \
        > tests/fixtures/target_tone_fourth/items.jsonl

Articles: the English extraction-benchmark pages (general news of every desk) that the first set
does not quote (read from its committed ``items.jsonl``, so the rule is mechanical), sorted by id,
interleaved with the narrative-frames articles whose line number is 3 modulo 12 (the earlier sets
took 0, 6 and 9). Mentions are chosen as in ``select_target_tone_blind.py``, at most 4 per article,
the first 160 items. No tone is judged here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from select_target_tone_blind import EXTRACTION, frames_articles, interleave  # same rules
from select_target_tone_other_news import draw

ROOT = Path(__file__).resolve().parent.parent
FIRST_SET = ROOT / "tests/fixtures/target_tone_blind/items.jsonl"
PER_ARTICLE = 4
TOTAL = 160


def used_pages(item_files: list[Path]) -> set[str]:
    """The extraction-benchmark pages the sets in ``item_files`` quote."""
    pages = set()
    for items in item_files:
        for line in items.read_text(encoding="utf-8").splitlines():
            source = json.loads(line)["source"]
            if source.startswith("article_extraction_benchmark/"):
                pages.add(source.split("#", 1)[1])
    return pages


def articles(used: set[str], remainder: int) -> list[tuple[str, str, str]]:
    """The English extraction-benchmark pages not in ``used``, sorted by id, interleaved with the
    narrative-frames articles whose line number is ``remainder`` modulo 12."""
    pages = []
    for line in EXTRACTION.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        lang = row.get("html_lang") or "en"
        if lang.startswith("en") and row["id"] not in used:
            pages.append(("article_extraction_benchmark/ground_truth.jsonl", row["id"], row["article_body"]))
    pages.sort(key=lambda entry: entry[1])
    return interleave(pages, frames_articles(remainder=remainder))


def main() -> None:
    for number, item in enumerate(draw(articles(used_pages([FIRST_SET]), remainder=3), PER_ARTICLE, TOTAL), start=1):
        row = {"id": f"f{number:03d}", "part": "blind", **item}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

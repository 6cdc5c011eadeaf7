"""Select a second set of target-tone items from other news, mechanically (issue #18).

The first blind set (``tests/fixtures/target_tone_blind``, 150 mentions) was scored once and showed
that the tone model, fitted on US politics, does not transfer. To improve the transfer without
tuning on that set, this draws a *new* set from articles it does not use, coded blind from the same
guideline, and splits it by a fixed rule: ``int(sha256(id), 16) % 5 == 4`` is a fresh blind part
(scored once, at the end); the rest is the development part.

Run from the project root::

    PYTHONPATH=$PWD python scripts/select_target_tone_other_news.py \
        > tests/fixtures/target_tone_other_news/items.jsonl

Articles: the Advanced versions of the OneStopEnglish texts (Guardian news rewritten for learners:
world, science, business, sport, culture; sorted by topic) and the narrative-frames articles whose
line number is 6 modulo 12 (the first blind set took 0 modulo 12), interleaved. Mentions are chosen
as in ``select_target_tone_blind.py`` (persons first, one organisation or country, one per sentence,
40-400 characters, never the first sentence), at most 4 per article, the first 300 items.
No tone is judged here.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from select_target_tone_blind import _candidates, frames_articles, interleave  # same rules

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT / "data/external/onestopenglish/onestopenglish.jsonl"
PER_ARTICLE = 4
TOTAL = 300


def is_blind(item_id: str) -> bool:
    """The fixed split: a fifth of the ids, by hash, is the blind part."""
    return int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16) % 5 == 4


def _articles() -> list[tuple[str, str, str]]:
    onestop = []
    for line in ONESTOP.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["level"] == "Advanced":
            onestop.append(("onestopenglish/onestopenglish.jsonl", row["topic"], row["text"]))
    onestop.sort(key=lambda entry: entry[1])
    return interleave(onestop, frames_articles(remainder=6))


def draw(articles: list[tuple[str, str, str]], per_article: int, total: int) -> list[dict[str, object]]:
    """The first ``total`` mentions, at most ``per_article`` from each article, in article order."""
    items: list[dict[str, object]] = []
    for source, article_id, text in articles:
        items.extend(_candidates(source, article_id, text)[:per_article])
        if len(items) >= total:
            break
    return items[:total]


def main() -> None:
    for number, item in enumerate(draw(_articles(), PER_ARTICLE, TOTAL), start=1):
        item_id = f"o{number:03d}"
        row = {"id": item_id, "part": "blind" if is_blind(item_id) else "dev", **item}
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

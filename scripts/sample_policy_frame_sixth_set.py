"""Draw a sixth, wholly blind set of sentences for policy-frame coding (issue #17), mechanically.

The five earlier sets have all been scored and are development data, so a change to the rule made
in round 12 needs sentences nobody has looked at. The issue's held-out set is news on policy issues
from many outlets, so this set takes, with the first set's sentence filter and SHA-256 ranking:

- 100 NewsMTSC articles (US political news of many outlets; MIT) that come next in the fifth set's
  article ranking (ranks 361-460), one sentence each;
- 2 more sentences of each English page of the extraction benchmark (news of 55 sites; MIT), never a
  sentence any earlier set holds.

Every item is blind: coded from the committed guideline by a coder who never sees the analyser,
kept away from the session that changes the rule, scored once at its end.

    PYTHONPATH=$PWD:scripts python scripts/sample_policy_frame_sixth_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sample_policy_frame_fifth_set import BLIND, DEVELOPMENT, ranked_sentences
from sample_policy_frame_second_set import write_items
from sample_policy_frame_sentences import BENCHMARK, _pick

ROOT = Path(__file__).resolve().parent.parent
EARLIER = ("policy_frames_blind", "policy_frames_second", "policy_frames_third", "policy_frames_fourth", "policy_frames_fifth")
OUT = ROOT / "tests/fixtures/policy_frames_sixth/items.jsonl"
NEWSMTSC_ARTICLES = 100
PER_BENCHMARK_PAGE = 2


def _earlier_sentences(earlier: tuple[str, ...]) -> set[str]:
    seen = set()
    for name in earlier:
        path = ROOT / "tests/fixtures" / name / "items.jsonl"
        seen.update(json.loads(line)["sentence"] for line in path.read_text(encoding="utf-8").splitlines())
    return seen


def draw(prefix: str, earlier: tuple[str, ...], first_rank: int, articles: int, per_page: int) -> list[dict[str, str]]:
    """NewsMTSC sentences of article ranks first_rank+1 .. first_rank+articles, then per_page
    sentences of each English benchmark page; never a sentence an earlier set holds."""
    seen = _earlier_sentences(earlier)
    items = []
    for rank, (_, article, sentence) in enumerate(ranked_sentences()[first_rank : first_rank + articles], start=first_rank + 1):
        if sentence not in seen:
            seen.add(sentence)
            items.append({"id": f"mtsc{prefix}-{rank:03d}", "source": f"newsmtsc:{article}", "sentence": sentence})
    for row in (json.loads(line) for line in BENCHMARK.read_text(encoding="utf-8").splitlines()):
        if not (row.get("html_lang") or "").startswith("en"):
            continue
        source = f"article_extraction_benchmark:{row['id']}"
        for i, sentence in _pick(source, row["article_body"], per_page, seen):
            items.append({"id": f"aeb{prefix}-{row['id'][:8]}-s{i:03d}", "source": source, "sentence": sentence})
    items.sort(key=lambda r: r["id"])
    return items


def main() -> None:
    items = draw("6", EARLIER, DEVELOPMENT + BLIND, NEWSMTSC_ARTICLES, PER_BENCHMARK_PAGE)  # after the fifth set's articles
    write_items(items, OUT)


if __name__ == "__main__":
    main()

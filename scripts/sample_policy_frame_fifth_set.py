"""Draw a fifth set of sentences for policy-frame coding (issue #17) from US political news, mechanically.

The first four sets are climate news and Guardian features rewritten for learners: half of the
latter carry no policy frame at all. The issue's held-out set is news (and readers' comments) on
policy issues, so this set takes NewsMTSC's sentences (Hamborg & Donnay 2021: sentences of US news
of many outlets on political topics; MIT), one per source article, ranked by the SHA-256 of the
sentence, with the first set's sentence filter. The first 200 are a development part, the next
160 a blind part: both coded from the committed guideline by a coder who never sees the analyser;
the blind part is kept away from the session that changes the rule and scored once at its end.

    PYTHONPATH=$PWD:scripts python scripts/sample_policy_frame_fifth_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sample_policy_frame_sentences import _START, _digest, _english

ROOT = Path(__file__).resolve().parent.parent
NEWSMTSC = ROOT / "data/external/newsmtsc/train.jsonl"
OUT = ROOT / "tests/fixtures/policy_frames_fifth/items.jsonl"
DEVELOPMENT, BLIND = 200, 160


def _article(item_id: str) -> str:
    """NewsMTSC ids are ``<outlet list>_<article>_<n>_<sentence>_<target>...``: the article is the
    first three fields."""
    return "_".join(item_id.split("_")[:3])


def ranked_sentences() -> list[tuple[int, str, str]]:
    """(hash, article, sentence) for every NewsMTSC train article: its lowest-hash sentence that
    passes the first set's filter; the articles in the order of that hash."""
    by_article: dict[str, set[str]] = {}
    for line in NEWSMTSC.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        sentence = " ".join(row["sentence"].split())
        words = len(sentence.split())
        if 8 <= words <= 60 and _START.match(sentence) and sentence[-1] in ".!?\"”’'" and _english(sentence) and "http" not in sentence:
            by_article.setdefault(_article(row["id"]), set()).add(sentence)
    # One sentence per article: its lowest hash; then the articles in the order of that hash.
    return sorted(min((_digest(f"newsmtsc:{a}|{s}"), a, s) for s in sentences) for a, sentences in by_article.items())


def main() -> None:
    picks = ranked_sentences()
    items = []
    for rank, (_, article, sentence) in enumerate(picks[: DEVELOPMENT + BLIND]):
        part = "development" if rank < DEVELOPMENT else "blind"
        items.append({"id": f"mtsc-{rank + 1:03d}", "part": part, "source": f"newsmtsc:{article}", "sentence": sentence})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    print(f"{len(items)} items from {len(picks)} articles: {DEVELOPMENT} development, {BLIND} blind")


if __name__ == "__main__":
    main()

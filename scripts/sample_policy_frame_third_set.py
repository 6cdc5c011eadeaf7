"""Draw a third, wholly blind set of sentences for policy-frame coding (issue #17), mechanically.

The first set (narrative-frames and extraction-benchmark sentences) and the second (OneStopEnglish)
have both been scored, so a later change to the policy-frame rule needs sentences nobody has looked
at. These come from the narrative-frames articles the first set does not use: the first set took
the first 260 articles in the order of the hash of their id; this set takes the remaining 168, one
sentence each, with the first set's sentence filter and ranking (SHA-256 of "source|sentence").
Every item is blind: coded from the committed guideline by a coder who never sees the analyser,
kept away from the session that changes the rule, scored once.

    PYTHONPATH=$PWD python scripts/sample_policy_frame_third_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sample_policy_frame_sentences import NARRATIVE, NARRATIVE_ARTICLES, _digest, _pick

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/policy_frames_third/items.jsonl"


def main() -> None:
    items, seen = [], set()
    narrative = [json.loads(line) for line in NARRATIVE.read_text(encoding="utf-8").splitlines()]
    narrative.sort(key=lambda r: _digest(f"nf{r['id']}"))
    for row in narrative[NARRATIVE_ARTICLES:]:
        text, title = row["text"], row.get("title_from_id") or ""
        body = text[len(title):] if title and text.startswith(title) else text
        source = f"narrative_frames:{row['id']}"
        for i, sentence in _pick(source, body, 1, seen):
            items.append({"id": f"nf{row['id']:04d}-s{i:03d}", "source": source, "sentence": sentence})
    items.sort(key=lambda r: r["id"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    print(f"{len(items)} items from {len({r['source'] for r in items})} texts, all blind")


if __name__ == "__main__":
    main()

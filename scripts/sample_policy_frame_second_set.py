"""Draw a second, wholly blind set of sentences for policy-frame coding (issue #17), mechanically.

The first set (``tests/fixtures/policy_frames_blind``: narrative-frames and extraction-benchmark
sentences) has had its blind fifth scored twice, so a later change to the policy-frame rule needs
sentences nobody has looked at. These come from texts the first set does not use: the Advanced
OneStopEnglish texts (Guardian news of every desk, rewritten for learners), one sentence per text,
chosen with the first set's rule (same sentence filter, ranked by the SHA-256 of "source|sentence").
Every item is blind: coded from the committed guideline by a coder who never sees the analyser,
kept away from the session that tunes the rule, scored once.

    PYTHONPATH=$PWD python scripts/sample_policy_frame_second_set.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sample_policy_frame_sentences import _pick  # the first set's sentence filter and ranking

ROOT = Path(__file__).resolve().parent.parent
ONESTOP = ROOT / "data/external/onestopenglish/onestopenglish.jsonl"
OUT = ROOT / "tests/fixtures/policy_frames_second/items.jsonl"


def onestop_items(prefix: str, seen: set[str]) -> list[dict[str, str]]:
    """One sentence of each Advanced OneStopEnglish text (the first set's filter and ranking), never
    one in ``seen``; ids ``<prefix>-<topic slug>-s<sentence number>``, sorted."""
    items = []
    for line in ONESTOP.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["level"] != "Advanced":
            continue
        source = f"onestopenglish:{row['topic']}"
        for i, sentence in _pick(source, row["text"], 1, seen):
            slug = "".join(ch for ch in row["topic"].lower() if ch.isalnum())[:24]
            items.append({"id": f"{prefix}-{slug}-s{i:03d}", "source": source, "sentence": sentence})
    items.sort(key=lambda r: r["id"])
    return items


def write_items(items: list[dict[str, str]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    print(f"{len(items)} items from {len({r['source'] for r in items})} texts, all blind")


def main() -> None:
    write_items(onestop_items("ose", set()), OUT)


if __name__ == "__main__":
    main()

"""Draw the sentences for the blind policy-frame coding (issue #17) mechanically from real news text
already in data/: the narrative-frames articles (headline removed) and the English article bodies
of the extraction benchmark.

Rule (no judgement, no look at the tool's output): split each body with the package's sentence
splitter; keep sentences of 8-60 words that start with a capital letter, a digit or a quotation
mark, end with terminal punctuation (optionally followed by a closing quote), hold no URL and are
not repeated and hold at least two English function words; rank each article's sentences by
the SHA-256 of "source|sentence" and take the first
one per narrative-frames article (articles themselves taken in the order of the hash of their id,
first 260) and the first four per benchmark article. Output: tests/fixtures/policy_frames_blind/
items.jsonl, one {"id", "source", "sentence"} per line, sorted by id.

The development/blind split is fixed by id: an item is blind when int(sha256(id), 16) % 5 == 4.

    PYTHONPATH=$PWD python scripts/sample_policy_frame_sentences.py
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from analysis.article.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
NARRATIVE = ROOT / "data/external/narrative_frames/articles.jsonl"
BENCHMARK = ROOT / "data/external/article_extraction_benchmark/ground_truth.jsonl"
OUT = ROOT / "tests/fixtures/policy_frames_blind/items.jsonl"
NARRATIVE_ARTICLES = 260
PER_BENCHMARK_ARTICLE = 4
_START = re.compile(r"^[A-Z0-9\"“‘']")
_END = re.compile(r"[.!?][\"”’']?$")
_ENGLISH = frozenset(
    ("the", "a", "an", "of", "to", "and", "in", "is", "was", "are", "for", "that", "on", "with", "by", "it", "as", "at", "from")
)


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def is_blind(item_id: str) -> bool:
    """The fixed split rule: the blind fifth."""
    return _digest(item_id) % 5 == 4


def _english(sentence: str) -> bool:
    """At least two English function words (drops the odd German or Portuguese sentence)."""
    return sum(w.lower().strip(",.;:") in _ENGLISH for w in sentence.split()) >= 2


def _candidates(body: str) -> list[str]:
    out = []
    for paragraph in re.split(r"\n+", body):
        for start, end in split_sentences(paragraph):
            sentence = " ".join(paragraph[start:end].split())
            words = len(sentence.split())
            clean = "http" not in sentence and "www." not in sentence and _english(sentence)
            if 8 <= words <= 60 and _START.match(sentence) and _END.search(sentence) and clean:
                out.append(sentence)
    return out


def _pick(source: str, body: str, k: int, seen: set[str]) -> list[tuple[int, str]]:
    ranked = sorted(((_digest(f"{source}|{s}"), i, s) for i, s in enumerate(_candidates(body))))
    picked = []
    for _, i, sentence in ranked:
        if sentence not in seen and len(picked) < k:
            seen.add(sentence)
            picked.append((i, sentence))
    return picked


def main() -> None:
    items, seen = [], set()
    narrative = [json.loads(line) for line in NARRATIVE.read_text(encoding="utf-8").splitlines()]
    narrative.sort(key=lambda r: _digest(f"nf{r['id']}"))
    for row in narrative[:NARRATIVE_ARTICLES]:
        text, title = row["text"], row.get("title_from_id") or ""
        body = text[len(title):] if title and text.startswith(title) else text
        for i, sentence in _pick(f"narrative_frames:{row['id']}", body, 1, seen):
            items.append({"id": f"nf{row['id']:04d}-s{i:03d}", "source": f"narrative_frames:{row['id']}", "sentence": sentence})
    for row in (json.loads(line) for line in BENCHMARK.read_text(encoding="utf-8").splitlines()):
        if not (row.get("html_lang") or "").startswith("en"):
            continue
        for i, sentence in _pick(f"article_extraction_benchmark:{row['id']}", row["article_body"], PER_BENCHMARK_ARTICLE, seen):
            source = f"article_extraction_benchmark:{row['id']}"
            items.append({"id": f"aeb{row['id'][:8]}-s{i:03d}", "source": source, "sentence": sentence})
    items.sort(key=lambda r: r["id"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
    blind = sum(is_blind(r["id"]) for r in items)
    print(f"{len(items)} items from {len({r['source'] for r in items})} articles; blind {blind}")


if __name__ == "__main__":
    main()

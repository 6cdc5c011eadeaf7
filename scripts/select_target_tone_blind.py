"""Select the blind target-tone items mechanically (issue #18); no labels are made here.

Run from the project root::

    PYTHONPATH=$PWD python scripts/select_target_tone_blind.py > tests/fixtures/target_tone_blind/items.jsonl

Rules (deterministic, no judgement of tone):

* Articles: the English bodies of ``data/external/article_extraction_benchmark/ground_truth.jsonl``
  (``html_lang`` starting with ``en`` or untagged; sorted by id) and every 12th article of
  ``data/external/narrative_frames/articles.jsonl`` (climate news), read with
  :func:`analysis.load_article` (whole text is body).
* Mentions: :func:`analysis.find_actors`, sentence by sentence; persons first, then at most one
  organisation or country per article; one item per sentence; sentences of 40-400 characters;
  never the first sentence (in the climate articles it is the title run into the body).
* At most 6 items per article, taken evenly across the article's candidates; the first 150 items
  overall in article order, with each source contributing alternately.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from analysis import find_actors, load_article
from analysis.errors import AnalysisError

ROOT = Path(__file__).resolve().parent.parent
EXTRACTION = ROOT / "data/external/article_extraction_benchmark/ground_truth.jsonl"
FRAMES = ROOT / "data/external/narrative_frames/articles.jsonl"
PER_ARTICLE = 6
TOTAL = 150


def _articles() -> list[tuple[str, str, str]]:
    """(source file, article id, text) pairs, the two sources interleaved."""
    extraction = []
    for line in EXTRACTION.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        lang = row.get("html_lang") or "en"
        if lang.startswith("en"):
            extraction.append(("article_extraction_benchmark/ground_truth.jsonl", row["id"], row["article_body"]))
    return interleave(extraction, frames_articles(remainder=0))


def frames_articles(remainder: int) -> list[tuple[str, str, str]]:
    """The narrative-frames articles whose line number is ``remainder`` modulo 12."""
    frames = []
    for number, line in enumerate(FRAMES.read_text(encoding="utf-8").splitlines()):
        if number % 12 == remainder:
            row = json.loads(line)
            frames.append(("narrative_frames/articles.jsonl", str(row["id"]), row["text"]))
    return frames


def interleave(first: list[tuple[str, str, str]], second: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """One article of each source in turn, the longer one's rest at the end."""
    mixed = []
    for index in range(max(len(first), len(second))):
        mixed.extend(source[index] for source in (first, second) if index < len(source))
    return mixed


def _candidates(source: str, article_id: str, text: str) -> list[dict[str, object]]:
    try:
        article = load_article(text, headline="")
    except AnalysisError:
        return []
    persons, others, used = [], [], set()
    for mention in find_actors(article).mentions:
        sentence = article.sentences[mention.sentence]
        if mention.sentence in used or mention.sentence == 0 or not 40 <= len(sentence.text) <= 400:
            continue
        item = {
            "source": f"{source}#{article_id}",
            "sentence": sentence.text,
            "from": mention.start - sentence.start,
            "to": mention.end - sentence.start,
            "mention": mention.text,
            "kind": mention.kind,
        }
        if sentence.text[item["from"] : item["to"]] != mention.text:
            continue
        used.add(mention.sentence)
        (persons if mention.kind == "person" else others).append(item)
    chosen = _evenly(persons, PER_ARTICLE - (1 if others else 0)) + others[:1]
    return chosen[:PER_ARTICLE]


def _evenly(items: list[dict[str, object]], count: int) -> list[dict[str, object]]:
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def main() -> None:
    items: list[dict[str, object]] = []
    for source, article_id, text in _articles():
        items.extend(_candidates(source, article_id, text))
        if len(items) >= TOTAL:
            break
    for number, item in enumerate(items[:TOTAL], start=1):
        sys.stdout.write(json.dumps({"id": f"b{number:03d}", **item}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

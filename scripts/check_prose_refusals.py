"""Does the non-prose refusal ever refuse real news? Every real text the project holds, loaded.

Reads every article of data/external (narrative_frames, onestopenglish, the NewsMTSC sentences
joined per source article, once as one paragraph and once a paragraph each, and each sentence
alone; the article-extraction benchmark's bodies and its HTML pages) and every fixture article
(sets named *blind* are skipped), loads each with ``load_article`` and counts the outcomes.
A ``NoProseError`` on any of them is a wrong refusal: the script lists each and exits with 1.
Other refusals are listed by class (they come from older rules, e.g. a lone sentence read as a
headline leaves no body).

    PYTHONPATH=$PWD .venv/bin/python scripts/check_prose_refusals.py
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT / "data" / "external"
FIXTURES = ROOT / "tests" / "fixtures"


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def _newsmtsc() -> Iterator[tuple[str, str]]:
    # ids are "<source article>_<sentence index>_<mention>_<from>_<to>"
    articles: dict[str, dict[int, str]] = defaultdict(dict)
    for name in ("train.jsonl", "dev.jsonl"):
        for row in _jsonl(EXTERNAL / "newsmtsc" / name):
            article, index = row["id"].rsplit("_", 4)[:2]
            number = int(index) if index.lstrip("-").isdigit() else 10_000 + len(articles[article])  # a few ids lack it
            articles[article][number] = row["sentence"]
    for article, sentences in articles.items():
        ordered = [sentences[k] for k in sorted(sentences)]
        yield f"newsmtsc joined:{article}", " ".join(ordered)
        yield f"newsmtsc paragraphs:{article}", "\n\n".join(ordered)
        for k in sorted(sentences):
            yield f"newsmtsc sentence:{article}:{k}", sentences[k]


def real_texts() -> Iterator[tuple[str, str, str | bytes]]:
    """(group, name, text or bytes) for every real text."""
    for row in _jsonl(EXTERNAL / "narrative_frames" / "articles.jsonl"):
        yield "narrative_frames", str(row["id"]), row["text"]
    for row in _jsonl(EXTERNAL / "onestopenglish" / "onestopenglish.jsonl"):
        yield "onestopenglish", f"{row['topic']} ({row['level']})", row["text"]
    for name, text in _newsmtsc():
        yield name.split(":")[0], name, text
    benchmark = EXTERNAL / "article_extraction_benchmark"
    for row in _jsonl(benchmark / "ground_truth.jsonl"):
        yield "extraction benchmark bodies", row["id"][:12], row["article_body"]
        yield "extraction benchmark HTML pages", row["id"][:12], gzip.decompress((benchmark / row["html_file"]).read_bytes())
    yield "fixture articles", "seed", (ROOT / "data" / "raw" / "000_59af26005722e3de.txt").read_bytes()
    for path in sorted(FIXTURES.rglob("*.txt")):
        if "blind" not in str(path.relative_to(FIXTURES)):
            yield "fixture articles", str(path.relative_to(FIXTURES)), path.read_bytes()


def main() -> int:
    from analysis import load_article
    from analysis.article.language import prose_shape
    from analysis.article.read import read_source
    from analysis.errors import AnalysisError, NoProseError

    counts: Counter[str] = Counter()
    outcomes: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    highest: dict[str, tuple[float, str]] = {}
    for group, name, text in real_texts():
        counts[group] += 1
        try:
            load_article(text)
            outcomes[(group, "article")] += 1
        except AnalysisError as error:
            outcomes[(group, type(error).__name__)] += 1
            if isinstance(error, NoProseError):
                wrong.append(f"{group} {name}: {error}")
        try:
            shape = prose_shape(read_source(text).text)
        except AnalysisError:
            continue
        figures = {
            "glued share (200+ characters)": shape.glued,
            "glued share (500+ characters)": shape.glued if shape.characters >= 500 else None,
            "markup share (500+ characters)": shape.markup if shape.characters >= 500 else None,
            "markup share (1,000+ characters)": shape.markup if shape.characters >= 1000 else None,
            "longest run without a sentence end (words)": float(shape.longest_run),
        }
        for figure, value in figures.items():
            if value is not None and value > highest.get(figure, (-1.0, ""))[0]:
                highest[figure] = (value, f"{group} {name} ({shape.characters} characters)")
    for group, n in counts.items():
        detail = ", ".join(f"{kind} {k}" for (g, kind), k in sorted(outcomes.items()) if g == group)
        print(f"{group}: {n} texts ({detail})")
    print(f"total: {sum(counts.values())} texts; refused as not prose: {len(wrong)}")
    for line in wrong:
        print("  " + line)
    print("highest figures among them (refusal at glued 0.5, markup 0.08, run 10,000):")
    for figure, (value, where) in highest.items():
        print(f"  {figure}: {value:.3f} in {where}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())

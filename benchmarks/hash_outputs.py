"""Digest of every output a speed change must leave byte-identical.

Run: ``python benchmarks/hash_outputs.py [--out FILE]``. For the seed, every non-blind fixture
article (``tests/fixtures/**/*.txt``) and the 428 real articles of the Narrative Frames Corpus,
the full JSON document (``analyze(...).to_json()``) and the corpus rows (``corpus_rows()``) are
hashed; one line per article (name, sha256) goes to ``--out`` and the digest of all lines is
printed. Compare two ``--out`` files with ``diff`` to find the article a change altered.
Blind fixtures are left out: they are scored by the lead only (the golden test covers them).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))


def _cases():
    from analysis.article import load_article

    yield "seed", load_article(ROOT / "data" / "raw" / "000_59af26005722e3de.txt")
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        if "blind" in str(path.relative_to(ROOT / "tests" / "fixtures")):
            continue
        yield str(path.relative_to(ROOT)), load_article(path)
    from bench_corpus import narrative_frames_articles

    for article_id, headline, body in narrative_frames_articles():
        yield f"nf:{article_id}", load_article(body, headline=headline, name=article_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="one line per article: name and sha256")
    args = parser.parse_args()
    from analysis.pipeline import analyze

    lines = []
    for name, article in _cases():
        try:
            result = analyze(article)
            # The rows first, as a corpus run makes them (before anything the JSON alone reads was made)
            rows = json.dumps(result.corpus_rows(), ensure_ascii=False, sort_keys=True, default=repr)
            text = result.to_json() + rows
        except Exception as error:  # a measure's bug is an output too: it must stay the same
            text = f"error {type(error).__name__}: {error}"
        lines.append(f"{name}\t{hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} articles, digest {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()}")


if __name__ == "__main__":
    main()

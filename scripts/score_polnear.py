"""Score sourcing on PolNeAR (coder-annotated real US political news) with the shared scorer's rule.

    .venv/bin/python scripts/score_polnear.py dev            # or: train [--limit N] [--start K]

Reads the data and the scoring rule from ``../shared/data/polnear`` (beside the project root): the
texts have no licence, so nothing of them is copied into the project. The shared ``score.py``
stops on a malformed annotation line in the train split (a ``T`` line without its text field);
this driver skips such lines and otherwise runs the same mapping and rule. Prints the figures
recorded in ``analysis/validation/sourcing_real.py`` (``POLNEAR_RECORDED``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
QUOTE_KIND = {"direct": "quoted", "partial": "quoted", "indirect": "paraphrase"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--start", type=int, default=0)
    args = parser.parse_args()
    if not (POLNEAR / "scoring.py").is_file():
        print(f"error: PolNeAR not found at {POLNEAR.relative_to(ROOT.parent)} (it lives in ../shared only)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(POLNEAR))
    sys.path.insert(0, str(ROOT))
    import scoring  # the shared rule (not copied)

    from analysis import analyze, load_article

    original_read_gold = scoring.read_gold

    def read_gold(ann: Path, text: str):  # type: ignore[no-untyped-def]
        lines = [line for line in ann.read_text(encoding="utf-8").splitlines() if not (line.startswith("T") and line.count("\t") < 2)]
        with tempfile.NamedTemporaryFile("w", suffix=".ann", encoding="utf-8", delete=False) as clean:
            clean.write("\n".join(lines))
        return original_read_gold(Path(clean.name), text)

    scoring.read_gold = read_gold
    golds = scoring.load_docs_gold(POLNEAR / args.split)[args.start :]
    if args.limit:
        golds = golds[: args.limit]
    docs = []
    for name, text, gold in golds:
        result = analyze(load_article(POLNEAR / args.split / "text" / f"{name}.txt"))
        names = {s.source_id: s.name for s in result.sourcing.sources}
        head_end = text.find("\n") if "\n" in text else len(text)
        body_map = scoring.BodyMap(result.article.body, text)
        predictions = []
        for a in result.sourcing.attributions:
            content = body_map.span(a.start, a.end)
            speaker = body_map.span(a.speaker_start, a.speaker_end) if a.speaker_start is not None and a.speaker_end is not None else None
            predictions.append(
                scoring.Pred(
                    content,
                    a.text,
                    f"{a.speaker or ''} {names.get(a.source_id) or ''}",
                    speaker,
                    QUOTE_KIND.get(a.quote_type, "other"),
                    headline=bool(content) and content[0][0] < head_end,
                )
            )
        docs.append(scoring.Doc(name, text, gold, predictions, covered=body_map.covered()))
    loose = scoring.evaluate(docs)
    strict = scoring.evaluate(docs, one_to_one=True)["cats"]["speech"]
    cats = loose["cats"]
    speaker = loose["rules"]["strict"] / max(cats["speech"].n_spk, 1)
    print(
        f"{args.split}: {len(docs)} articles; speech one-to-one F1 {strict.f1:.3f} (P {strict.precision:.3f} "
        f"R {strict.recall:.3f}); quoted F1 {cats['quoted'].f1:.3f}; paraphrase F1 {cats['paraphrase'].f1:.3f}; "
        f"strict speaker {speaker:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

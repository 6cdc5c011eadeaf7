"""Sentence-level tone of a news article with VADER, and the evidence for every score.

Base model: VADER (Hutto, C.J. & Gilbert, E.E. 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM-14), vaderSentiment 3.3.2, unchanged. VADER sums
the valences of lexicon words (-4 .. +4, rated by humans), adjusted by rules (negation within three
words, booster/dampener words, ALL-CAPS, "but", "least", special-case idioms, ``!``/``?``), and
squashes the sum into ``compound`` in [-1, 1] (``x / sqrt(x**2 + 15)``); ``neg``/``neu``/``pos``
are the shares of the text's weight in each class and add up to 1.

What this package adds, without re-implementing VADER, one module per stage (each module's
docstring gives the details, scales and validation figures):

* :mod:`~analysis.sentiment.vader`: **typography** (curly quotes and apostrophes straightened, a
  1:1 map) and the **evidence**: a subclass of ``SentimentIntensityAnalyzer`` that observes VADER's
  own steps and reports, per lexicon word, its base valence, the rules that changed it and its
  final valence; VADER's ``but`` rule in n log n.
* :mod:`~analysis.sentiment.settings`: the **news supplement** (off by default,
  :data:`SUPPLEMENT_DEFAULT`), the user's entries and the word lists of
  ``lexicons/news_sentiment.toml``; :mod:`~analysis.sentiment.lexicon`: VADER's lexicon with them,
  **phrases** as made-up tokens.
* :mod:`~analysis.sentiment.preprocess`: **names** left unscored (``names_neutral``, off by
  default, :data:`NAMES_NEUTRAL_DEFAULT`) and phrases replaced before scoring, offsets kept.
* :mod:`~analysis.sentiment.scoring`: one VADER run per text, **windowed** beyond
  :data:`MAX_SENTENCE_TOKENS` tokens; :func:`score_text` and :func:`polarity`.
* :mod:`~analysis.sentiment.sentences`: each **sentence** scored on its own.
* :mod:`~analysis.sentiment.body`: **aggregation** (paragraph and body tone = mean of sentence
  compounds; VADER's whole-body compound for reference) and the **arc** with its turning points.
* :mod:`~analysis.sentiment.voices`: **voices**, narrator and quoted text scored apart, per source
  and per side with a :class:`~analysis.sourcing.SourcingResult`.
* :mod:`~analysis.sentiment.actor_tone`: **actors**, the tone of each mention's clause and its
  agent/target role in the clause's negative act.
* :mod:`~analysis.sentiment.result`: the frozen result types, their frames and JSON.

Cost (``benchmarks/bench_sentiment.py``, actors and sourcing passed in as the pipeline does):
about 1.7x plain VADER's ``polarity_scores`` over the same sentences on 500-word articles and
1.9-2x on the seed (it was 2.5x and 2.85x); the sentence scores with their evidence alone cost
0.87x, less than plain VADER. The tracer gets there without changing a result: VADER's
``_negation_check`` and ``_special_idioms_check`` are called on the few tokens they read (VADER
lower-cases the whole sentence on every call) and skipped when no negation or idiom word is near,
the emoji pass is skipped on text without an emoji, ``sentiment_valence`` is not called for a
token outside the lexicon (it would append 0), and result objects are filled without the frozen
dataclasses' ``__init__``. The rest is per-mention, per-segment and per-paragraph work.

Known limits on news text: VADER agrees with mean human ratings of New York Times editorial
snippets at only r = 0.49 (Hutto & Gilbert 2014, table 3; 0.50 with 3.3.2 here), against about
0.75 for one human rater. It has no entry for much war vocabulary (``bombed``, ``militants``,
``airstrikes``), and diplomatic wording reads positive: "Russia's latest actions raise serious
concern ... We will seek an explanation ... and assurances this will not happen again" scores
-0.08 and +0.44, because ``assurances`` (+1.4) outweighs ``serious`` (-0.3) and ``concern`` is not
in the lexicon (the supplement makes the first sentence -0.27; the second stays positive).
Neutral newsroom words carry VADER valences ("defense" +0.5, "fighters" -0.2), and so do
names ("United" +1.8) unless ``names_neutral`` is on.
Agent/target roles come from word order, not a parser: "told Russia ... to respect a fragile
ceasefire" and "ties between Moscow and Washington" are handled, but coordination without a comma
("... truce and Damascus has stepped up ...") is one clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.sentiment.actor_tone import _actor_mentions, _actor_tones, with_pronouns
from analysis.sentiment.body import SWING, _body, _paragraphs
from analysis.sentiment.lexicon import _Lexicon, _lexicon, _new_tracer
from analysis.sentiment.preprocess import _Replacement
from analysis.sentiment.result import (
    THRESHOLD,
    ActorMentionTone,
    ActorTone,
    BodySentiment,
    Evidence,
    ParagraphSentiment,
    SentenceSentiment,
    SentimentResult,
    TurningPoint,
    VoiceSegment,
    VoiceTone,
)
from analysis.sentiment.scoring import MAX_SENTENCE_TOKENS, polarity, score_text
from analysis.sentiment.sentences import _prepare_body, _score_sentences, _sentence_results, _windowed_warnings
from analysis.sentiment.settings import (
    NAMES_NEUTRAL_DEFAULT,
    SUPPLEMENT_DEFAULT,
    _resolve_names,
    _resolve_supplement,
    _Settings,
    _settings,
    supplement_entries,
    user_entries,
)
from analysis.sentiment.vader import normalise_typography
from analysis.sentiment.voices import _segments, _spans_by_sentence, _voice_spans, _voice_tones

if TYPE_CHECKING:  # pragma: no cover
    from analysis.actors import ActorsResult
    from analysis.sourcing import SourcingResult

__all__ = [
    "MAX_SENTENCE_TOKENS",
    "NAMES_NEUTRAL_DEFAULT",
    "SUPPLEMENT_DEFAULT",
    "SWING",
    "THRESHOLD",
    "ActorMentionTone",
    "ActorTone",
    "BodySentiment",
    "Evidence",
    "ParagraphSentiment",
    "SentenceSentiment",
    "SentimentResult",
    "TurningPoint",
    "VoiceSegment",
    "VoiceTone",
    "analyze_sentiment",
    "normalise_typography",
    "polarity",
    "score_text",
    "supplement_entries",
    "user_entries",
]


def analyze_sentiment(
    article: Article,
    *,
    sourcing: SourcingResult | None = None,
    actors: ActorsResult | None = None,
    supplement: bool | None = None,
    names_neutral: bool | None = None,
) -> SentimentResult:
    """Score ``article`` sentence by sentence with VADER and aggregate (see the module docstring).

    ``sourcing`` (a :class:`~analysis.sourcing.SourcingResult`) adds speakers, per-source and
    per-side quoted tone; ``actors`` (an :class:`~analysis.actors.ActorsResult`) is computed with
    :func:`analysis.actors.find_actors` when not given. ``supplement`` switches the news
    supplement on or off (None: :data:`SUPPLEMENT_DEFAULT`); ``names_neutral`` leaves the words of
    names unscored (None: :data:`NAMES_NEUTRAL_DEFAULT`; False gives plain VADER's figures, its texting slang in digits aside).
    Entries of a user lexicon in force (:func:`analysis.lexicons.use_lexicons`) always apply.
    """
    settings = _settings()
    use = _resolve_supplement(supplement)
    neutral = _resolve_names(names_neutral)
    lex = _lexicon(use)
    tracer = _new_tracer(lex)
    body_norm = normalise_typography(article.body)
    if actors is None:
        from analysis.actors import find_actors

        actors = find_actors(article)
    # Sentences: the body prepared once, each sentence scored on its own, with its voice.
    body_scored, replacements = _prepare_body(body_norm, actors, settings, lex, neutral)
    scored = _score_sentences(tracer, article, body_norm, body_scored, replacements, lex)
    sentence_spans = _spans_by_sentence(article.sentences, _voice_spans(article, body_norm, sourcing, settings))
    sentences = _sentence_results(article, body_norm, scored, sentence_spans)
    # Aggregation, arc, voices, actors.
    body = _body(tracer, sentences, scored, body_scored)
    paragraphs, turning = _paragraphs(article, sentences)
    segments = _segments(tracer, article, body_norm, scored, sentence_spans)
    voices = _voice_tones(segments, sourcing)
    mentions = with_pronouns(article, actors, sourcing)  # "he said" counts for the speaker's actor
    actor_mentions = _actor_mentions(
        tracer, article, body_norm, scored, sentences, sentence_spans, mentions, settings,
        sentence_supplement=None if neutral else use, scored_as_written=not replacements,
    )
    return SentimentResult(
        sentences=sentences,
        paragraphs=paragraphs,
        body=body,
        turning_points=turning,
        segments=segments,
        voices=voices,
        actor_mentions=actor_mentions,
        actors=_actor_tones(actor_mentions),
        supplement=use,
        supplement_version=settings.version,
        method=_method(settings, lex, use, neutral, replacements),
        names_neutral=neutral,
        warnings=_windowed_warnings(sentences),
    )


def _method(settings: _Settings, lex: _Lexicon, use: bool, neutral: bool, replacements: Sequence[_Replacement]) -> str:
    """What was done, in one line (``SentimentResult.method``)."""
    method = "VADER 3.3.2 (Hutto & Gilbert 2014) per sentence after typography normalisation"
    method += (
        f"; names neutral ({sum(1 for r in replacements if r.kind == 'name')} name words not scored)"
        if neutral
        else "; names scored as VADER does"
    )
    method += f"; news supplement {settings.version} ({lex.added} words)" if use else "; no supplement"
    if settings.user_file:
        method += f"; user lexicon {settings.user_file} ({len(settings.user)} entries, {len(settings.user_removed)} removed)"
    method += "; paragraph/body tone = mean of sentence compounds"
    return method

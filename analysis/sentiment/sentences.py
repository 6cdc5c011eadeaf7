"""Per-sentence tone: the body prepared once (names and phrases replaced), then each
:class:`~analysis.article.Sentence` scored on its own with the tracing VADER
(:mod:`analysis.sentiment.scoring`), and its :class:`SentenceSentiment` with voice and evidence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.sentiment.lexicon import _Lexicon
from analysis.sentiment.preprocess import _name_spans, _preprocess, _Replacement, _shift
from analysis.sentiment.result import SentenceSentiment, _build
from analysis.sentiment.scoring import MAX_SENTENCE_TOKENS, _run, _Scored
from analysis.sentiment.settings import _Settings
from analysis.sentiment.vader import _Tracer
from analysis.sentiment.voices import _sentence_voice, _VoiceSpan

if TYPE_CHECKING:  # pragma: no cover
    from analysis.actors import ActorsResult


def _prepare_body(
    body_norm: str, actors: ActorsResult, settings: _Settings, lex: _Lexicon, names_neutral: bool
) -> tuple[str, list[_Replacement]]:
    """The normalised body as VADER scores it (with ``names_neutral``, the words of the actor
    mentions and gazetteer names left unscored; phrases as one token) and the replacements made."""
    mentions = actors.mentions
    names = _name_spans(body_norm, ((m.start, m.end, m.text) for m in mentions), settings) if names_neutral else []
    return _preprocess(body_norm, names, lex)


def _score_sentences(
    tracer: _Tracer,
    article: Article,
    body_norm: str,
    body_scored: str,
    replacements: Sequence[_Replacement],
    lex: _Lexicon,
) -> list[_Scored]:
    """One VADER run per sentence of ``article`` (in its order), each with the replacements that
    fall inside it (shifted to sentence offsets)."""
    rep_starts = [r.start for r in replacements]
    scored: list[_Scored] = []
    for sentence in article.sentences:
        s_start, s_end = sentence.start, sentence.end
        reps: list[_Replacement] = []
        if replacements:
            lo, hi = bisect.bisect_left(rep_starts, s_start), bisect.bisect_left(rep_starts, s_end)
            reps = [_shift(r, s_start) for r in replacements[lo:hi]]
        scored.append(_run(tracer, body_norm[s_start:s_end], body_scored[s_start:s_end], reps, lex))
    return scored


def _sentence_results(
    article: Article,
    body_norm: str,
    scored: Sequence[_Scored],
    sentence_spans: Sequence[Sequence[_VoiceSpan]],
) -> tuple[SentenceSentiment, ...]:
    """The :class:`SentenceSentiment` of each sentence: VADER's scores, the sentence's voice and
    speaker, and its evidence at body offsets."""
    out: list[SentenceSentiment] = []
    for sentence, result, spans_here in zip(article.sentences, scored, sentence_spans, strict=True):
        s_start, s_end = sentence.start, sentence.end
        voice, speaker = _sentence_voice(s_start, s_end, body_norm, spans_here)
        scores = result.scores
        out.append(
            _build(
                SentenceSentiment,
                index=sentence.index,
                paragraph=sentence.paragraph,
                start=s_start,
                end=s_end,
                text=sentence.text,
                neg=scores["neg"],
                neu=scores["neu"],
                pos=scores["pos"],
                compound=scores["compound"],
                tokens=len(result.words),
                voice=voice,
                speaker=speaker,
                # made at the first read (result._SentenceEvidence): the corpus tables never read it
                **({"_evidence_at": (result.evidence, s_start)} if result.evidence else {"evidence": ()}),
                punctuation_emphasis=result.punctuation,
                windowed=result.windowed,
            )
        )
    return tuple(out)


def _windowed_warnings(sentences: Sequence[SentenceSentiment]) -> tuple[str, ...]:
    """A warning for each sentence scored in windows (more than :data:`MAX_SENTENCE_TOKENS` tokens)."""
    return tuple(
        f"sentence {s.index} has more than {MAX_SENTENCE_TOKENS} tokens: scored in windows" for s in sentences if s.windowed
    )

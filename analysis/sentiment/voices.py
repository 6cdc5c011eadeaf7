"""Narrator and quoted voices: which stretches of the body are quoted, by whom, and their tone.

**Voices.** Narrator text and quoted text are scored apart. Quoted text is every quote span of
the article except scare quotes: a span of at most two words is a scare quote ("moderate"
Syrians) unless its sentence has a reporting verb and the span closes a phrase (raises "serious
concern." is a partial quote). With a :class:`~analysis.sourcing.SourcingResult`, a quote that
overlaps a direct or partial attribution is always a voice, with that source's name, and tone is
also given per source and per side (the source's affiliation). A segment's
score is VADER's ``score_valence`` over the token valences VADER computed in the full sentence,
restricted to the segment's tokens (so a negation outside a quote still counts).
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.article import Article, QuoteSpan, Sentence
from analysis.sentiment.result import VoiceSegment, VoiceTone, _build, _mean, _share
from analysis.sentiment.scoring import _restricted, _Scored
from analysis.sentiment.settings import _Settings
from analysis.sentiment.vader import _Tracer

if TYPE_CHECKING:  # pragma: no cover
    from analysis.sourcing import SourcingResult

_WORD = re.compile(r"[A-Za-z0-9]")
_NEXT_WORD = re.compile(r"\s*(\S+)")


@dataclass(frozen=True)
class _VoiceSpan:
    """A body stretch [start, end) in a quoted voice: a quote span, or a direct/partial attribution
    (the speaker, source id and side are None for a quote that no attribution claims)."""

    start: int
    end: int
    speaker: str | None
    source_id: int | str | None
    side: str | None


def _voice_spans(
    article: Article, body_norm: str, sourcing: SourcingResult | None, settings: _Settings
) -> list[_VoiceSpan]:
    """Quote spans that are voices: not scare quotes. With sourcing, a quote overlapping a direct
    or partial attribution is a voice with that speaker; direct/partial attributions that match no
    quote span are voices over their own span."""
    attributions = _attributed_voices(sourcing)
    quotes = list(article.quotes)
    best_of = _best_attributions(quotes, attributions)
    spans: list[_VoiceSpan] = []
    covered: set[int] = set()
    has_verb: dict[int, bool] = {}  # per sentence start: a text of thousands of quotes reads each sentence once
    for quote, best in zip(quotes, best_of, strict=True):
        if best is not None:
            covered.add(best)
            att = attributions[best]
            spans.append(_VoiceSpan(quote.start, quote.end, att.speaker, att.source_id, att.side))
            continue
        if quote.word_count <= settings.scare_quote_max_words and _is_scare_quote(article, body_norm, quote, settings, has_verb):
            continue
        spans.append(_VoiceSpan(quote.start, quote.end, None, None, None))
    spans.extend(_unclaimed(spans, [att for k, att in enumerate(attributions) if k not in covered]))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _attributed_voices(sourcing: SourcingResult | None) -> list[_VoiceSpan]:
    """The direct and partial attributions of ``sourcing``, in its order, each as a voice over its
    own span: the source's name (the speaker as written when the source has none) and its side
    (the source's affiliation)."""
    if sourcing is None:
        return []
    sources = {s.source_id: s for s in sourcing.sources}
    out: list[_VoiceSpan] = []
    for att in sourcing.attributions:
        if att.quote_type not in ("direct", "partial"):
            continue
        source = sources.get(att.source_id)
        name = (source.name if source is not None else None) or att.speaker
        side = source.affiliation if source is not None else None
        out.append(_VoiceSpan(att.start, att.end, name, att.source_id, side))
    return out


def _unclaimed(quote_spans: Sequence[_VoiceSpan], attributions: Sequence[_VoiceSpan]) -> list[_VoiceSpan]:
    """The attributions (in order) that no quote took and that become voices over their own span."""
    # An attribution no quote took is a voice over its own span unless it overlaps a quote span or
    # an attribution span added before it. Quote spans: sorted by start with a running maximum of
    # their ends; added attribution spans never overlap one another, so sorted by start they are
    # sorted by end too.
    by_start = sorted(quote_spans, key=lambda s: s.start)
    quote_starts = [s.start for s in by_start]
    max_end = list(itertools.accumulate((s.end for s in by_start), max))
    added_starts: list[int] = []
    added_ends: list[int] = []
    out: list[_VoiceSpan] = []
    for att in attributions:
        a, b = att.start, att.end
        if b <= a:
            continue
        i = bisect.bisect_left(quote_starts, b)
        if i and max_end[i - 1] > a:
            continue
        j = bisect.bisect_left(added_starts, b)
        if j and added_ends[j - 1] > a:
            continue
        added_starts.insert(j, a)
        added_ends.insert(j, b)
        out.append(att)
    return out


def _best_attributions(
    quotes: Sequence[QuoteSpan], attributions: Sequence[_VoiceSpan]
) -> list[int | None]:
    """Per quote, the index of the attribution it overlaps most (the first on a tie; None when it
    overlaps none). One sweep over quotes and attributions sorted by start: an attribution stays
    active while it can still overlap a later quote."""
    best_of: list[int | None] = [None] * len(quotes)
    order = sorted(range(len(attributions)), key=lambda k: attributions[k].start)
    pos = 0
    active: list[int] = []
    for q in sorted(range(len(quotes)), key=lambda q: quotes[q].start):
        q_start, q_end = quotes[q].start, quotes[q].end
        while pos < len(order) and attributions[order[pos]].start < q_end:
            active.append(order[pos])
            pos += 1
        active = [k for k in active if attributions[k].end > q_start]
        best = None
        best_overlap = 0
        for k in active:
            a, b = attributions[k].start, attributions[k].end
            overlap = min(b, q_end) - max(a, q_start)
            if overlap > best_overlap or (overlap == best_overlap and best is not None and k < best):
                best, best_overlap = k, overlap
        best_of[q] = best
    return best_of


def _is_scare_quote(article: Article, body_norm: str, quote: QuoteSpan, settings: _Settings, has_verb: dict[int, bool]) -> bool:
    """A short quoted span is a scare quote ("moderate" Syrians) unless its sentence has a
    reporting verb *and* the span closes a phrase (punctuation, a reporting verb or the end of
    the sentence follows the closing mark), as a partial quote does: raises "serious concern.\"

    ``has_verb`` caches, per sentence start, whether the sentence has a reporting verb; only the
    word after the closing mark is read, so the cost does not grow with quotes x sentence length."""
    sentence = article.sentence_at(quote.start)
    key = sentence.start if sentence else -1
    if key not in has_verb:
        text = body_norm[sentence.start : sentence.end] if sentence else ""
        has_verb[key] = any(w.strip(string.punctuation).lower() in settings.reporting_verbs for w in text.split())
    if not has_verb[key]:
        return True
    following = _NEXT_WORD.match(body_norm, quote.mark_end, sentence.end if sentence else quote.mark_end)
    if following is None or not following.group(1)[0].isalnum():
        return False
    next_word = following.group(1).strip(string.punctuation).lower()
    return next_word not in settings.reporting_verbs


def _pieces(start: int, end: int, spans: Sequence[_VoiceSpan]) -> list[tuple[int, int, _VoiceSpan | None]]:
    """Cut [start, end) into narrator (None) and quoted pieces."""
    out: list[tuple[int, int, _VoiceSpan | None]] = []
    cursor = start
    for span in spans:
        a, b = max(span.start, start), min(span.end, end)
        if a >= b:
            continue
        if a > cursor:
            out.append((cursor, a, None))
        out.append((a, b, span))
        cursor = max(cursor, b)
    if cursor < end:
        out.append((cursor, end, None))
    return out


def _has_words(text: str) -> bool:
    return _WORD.search(text) is not None


def _sentence_voice(start: int, end: int, body_norm: str, spans: Sequence[_VoiceSpan]) -> tuple[str, str | None]:
    if not spans:
        return "narrator", None
    pieces = [p for p in _pieces(start, end, spans) if _has_words(body_norm[p[0] : p[1]])]
    quoted = [p for p in pieces if p[2] is not None]
    if not quoted:
        return "narrator", None
    speakers = sorted({p[2].speaker for p in quoted if p[2] is not None and p[2].speaker})
    return ("quoted" if len(quoted) == len(pieces) else "mixed"), ("; ".join(speakers) or None)


def _spans_by_sentence(sentences: Sequence[Sentence], voice_spans: Sequence[_VoiceSpan]) -> list[list[_VoiceSpan]]:
    """Per sentence, the voice spans (sorted by start) that overlap it."""
    out: list[list[_VoiceSpan]] = []
    active: list[_VoiceSpan] = []
    next_span = 0
    last_start = 0
    for sentence in sentences:
        s_start, s_end = sentence.start, sentence.end
        if voice_spans and s_start < last_start:  # sentences out of order: filter every span
            spans_here = [v for v in voice_spans if v.start < s_end and v.end > s_start]
        elif voice_spans:  # sweep: spans (sorted by start) enter once they start before the sentence ends
            while next_span < len(voice_spans) and voice_spans[next_span].start < s_end:
                active.append(voice_spans[next_span])
                next_span += 1
            active = [v for v in active if v.end > s_start]  # a span ended here ends for later sentences too
            spans_here = [v for v in active if v.start < s_end]
        else:
            spans_here = []
        last_start = max(last_start, s_start)
        out.append(spans_here)
    return out


def _count_words(text: str) -> int:
    """The white-space-delimited tokens of ``text`` that hold an ASCII letter or digit. On ASCII
    text (most news) the bytes are counted in C: every other character but white space dropped,
    the ASCII separators ``str.split`` knows and ``bytes.split`` does not made spaces, the tokens
    left counted; the regular expression's pass costs some 200 instructions a character."""
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_SEPARATORS, _ASCII_NOT_WORD).split())
    return len(_WORDLIKE.findall(text))


_ASCII_SEPARATORS = bytes.maketrans(b"\x1c\x1d\x1e\x1f", b"    ")  # white space to str.split and \s, not to bytes.split
_ASCII_NOT_WORD = bytes(c for c in range(128) if not chr(c).isalnum() and not chr(c).isspace())


#: One match per whitespace-delimited token holding an ASCII letter or digit (what is counted): from
#: its first such character to the token's end, possessive, so the next search starts after the
#: token. A pattern that opens with a character class is searched by skipping to the next letter or
#: digit in C; one that opened with a look-behind (``(?<!\S)[^\sA-Za-z0-9]*+[A-Za-z0-9]\S*+``, the
#: same count) was tried at every character. Linear: no character is read twice
#: (``\S*[A-Za-z0-9]\S*`` restarted at every character of a punctuation run: quadratic).
_WORDLIKE = re.compile(r"[A-Za-z0-9]\S*+")


class _SegmentEvidence:
    """``VoiceSegment.evidence`` of a segment built with its sentence's evidence rows and the
    token range it covers (``_evidence_of``; None: the whole sentence): each lexicon word's text
    (word and valence after VADER's rules; names left out), made at the first read and stored as
    the field's value (the JSON and the frames read it, not the corpus tables). A non-data
    descriptor, as ``SentenceSentiment.evidence`` (:mod:`analysis.sentiment.result`)."""

    def __get__(self, obj: VoiceSegment | None, owner: type | None = None) -> tuple[str, ...]:
        if obj is None:
            raise AttributeError("evidence")  # a field without a default, as before
        state = obj.__dict__
        rows, idx = state.pop("_evidence_of")
        value = state["evidence"] = tuple(
            [f"{row[1]} {row[5]:+.3f}" for row in rows if row[7] != "name" and (idx is None or row[0] in idx)]
        )
        return value


# Set here, where segments are made (the package imports this module), after @dataclass made the
# generated __init__ (the field has no default).
VoiceSegment.evidence = _SegmentEvidence()  # type: ignore[assignment]


def _segments(
    tracer: _Tracer,
    article: Article,
    body_norm: str,
    scored: Sequence[_Scored],
    sentence_spans: Sequence[Sequence[_VoiceSpan]],
) -> tuple[VoiceSegment, ...]:
    """The voice segments of every sentence (those with a word): the whole sentence in the
    narrator's voice when no voice span touches it (VADER's own score), else its narrator and
    quoted pieces, each scored on the sentence's token valences inside it."""
    out = []
    body = article.body
    for sentence, result, spans in zip(article.sentences, scored, sentence_spans, strict=True):
        rows = result.evidence  # each segment's evidence text is made from them at its first read
        if not spans:  # one narrator segment: the whole sentence, VADER's own score
            text = body_norm[sentence.start : sentence.end]
            words = _count_words(text)
            if not words:
                continue
            scores = result.scores
            out.append(
                _build(
                    VoiceSegment,
                    sentence=sentence.index,
                    paragraph=sentence.paragraph,
                    voice="narrator",
                    start=sentence.start,
                    end=sentence.end,
                    text=body[sentence.start : sentence.end].strip(),
                    words=words,
                    speaker=None,
                    source_id=None,
                    side=None,
                    neg=scores["neg"],
                    neu=scores["neu"],
                    pos=scores["pos"],
                    compound=scores["compound"],
                    **({"_evidence_of": (rows, None)} if rows else {"evidence": ()}),
                )
            )
            continue
        for a, b, span in _pieces(sentence.start, sentence.end, spans):
            text = body_norm[a:b]
            words = _count_words(text)
            if not words:
                continue
            scores, idx = _restricted(tracer, result, a - sentence.start, b - sentence.start, text)
            out.append(
                _build(
                    VoiceSegment,
                    sentence=sentence.index,
                    paragraph=sentence.paragraph,
                    voice="narrator" if span is None else "quoted",
                    start=a,
                    end=b,
                    text=body[a:b].strip(),
                    words=words,
                    speaker=span.speaker if span else None,
                    source_id=span.source_id if span else None,
                    side=span.side if span else None,
                    neg=scores["neg"],
                    neu=scores["neu"],
                    pos=scores["pos"],
                    compound=scores["compound"],
                    **({"_evidence_of": (rows, idx)} if rows else {"evidence": ()}),
                )
            )
    return tuple(out)


def _tone(level: str, key: str, label: str, side: str | None, segs: Sequence[VoiceSegment]) -> VoiceTone:
    compounds = [s.compound for s in segs]
    words = sum(s.words for s in segs)
    weighted = sum(s.compound * s.words for s in segs) / words if words else 0.0
    return _build(
        VoiceTone,
        level=level,
        key=key,
        label=label,
        side=side,
        segments=len(segs),
        words=words,
        compound=_mean(compounds),
        weighted_compound=weighted,
        share_negative=_share(compounds, True),
        share_positive=_share(compounds, False),
        min_compound=min(compounds, default=0.0),
        max_compound=max(compounds, default=0.0),
    )


def _voice_tones(segments: Sequence[VoiceSegment], sourcing: SourcingResult | None) -> tuple[VoiceTone, ...]:
    out = [
        _tone("voice", voice, voice, None, [s for s in segments if s.voice == voice]) for voice in ("narrator", "quoted")
    ]
    if sourcing is None:
        return tuple(out)
    quoted = [s for s in segments if s.voice == "quoted"]
    by_source: dict[str, list[VoiceSegment]] = defaultdict(list)
    for s in quoted:
        by_source["unattributed" if s.source_id is None else str(s.source_id)].append(s)
    for key in sorted(by_source):
        segs = by_source[key]
        out.append(_tone("source", key, segs[0].speaker or key, segs[0].side, segs))
    by_side: dict[str, list[VoiceSegment]] = defaultdict(list)
    for s in quoted:
        by_side[s.side or "unknown"].append(s)
    for key in sorted(by_side):
        out.append(_tone("side", key, key, key, by_side[key]))
    return tuple(out)

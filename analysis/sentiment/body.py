"""Paragraph and whole-body tone from the sentence scores, and the turning points of the arc.

**Aggregation.** A paragraph's tone is the mean of its sentences' compounds; the body's is the
mean of all sentence compounds, with the shares of negative (compound <= -0.05) and positive
(>= 0.05) sentences. VADER's own whole-body compound is reported for reference
(:attr:`BodySentiment.vader_compound`); it saturates towards -1 or +1 on long texts
(vaderSentiment #151), so read the sentence distribution instead. It is rebuilt from the
sentence token valences with VADER's ``_but_check`` and ``score_valence`` over the body (equal to
``polarity_scores(body)`` unless a negation or booster at the end of one sentence reaches a
sentiment word at the start of the next, or the ALL-CAPS differential differs; on the seed it is
-0.9764, the same as the direct call), which avoids a second, quadratic pass over the body.

**Arc.** Paragraph tones in order, with turning points: a change of sign between non-neutral
paragraphs, or a swing of at least :data:`SWING` between neighbours.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from analysis.article import Article
from analysis.sentiment.frames import _excerpt
from analysis.sentiment.result import (
    THRESHOLD,
    BodySentiment,
    ParagraphSentiment,
    SentenceSentiment,
    TurningPoint,
    _build,
    _mean,
    _share,
)
from analysis.sentiment.scoring import _Scored
from analysis.sentiment.vader import _but_rescaled, _Tracer

#: A change of paragraph tone of at least this much is a turning point ("swing").
SWING = 0.5


def _body(
    tracer: _Tracer, sentences: Sequence[SentenceSentiment], scored: Sequence[_Scored], body_norm: str
) -> BodySentiment:
    compounds = [s.compound for s in sentences]
    n = len(compounds)
    ordered = sorted(compounds)
    median = 0.0 if n == 0 else (ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2)
    # VADER's whole-body score, rebuilt from the sentence traces (see the module docstring):
    # valid when the sentences hold the body's tokens one for one.
    if sum(len(s.words) for s in scored) == len(body_norm.split()) and all(s.starts is not None for s in scored):
        vader = _body_score(tracer, scored, body_norm)
    else:  # ask VADER directly (quadratic in the body length, but exact)
        vader = tracer.polarity_scores(body_norm)
    neg_share, pos_share = _share(compounds, True), _share(compounds, False)
    return BodySentiment(
        sentences=n,
        compound=_mean(compounds),
        median_compound=median,
        min_compound=ordered[0] if n else 0.0,
        max_compound=ordered[-1] if n else 0.0,
        share_negative=neg_share,
        share_neutral=(1.0 - neg_share - pos_share) if n else 0.0,
        share_positive=pos_share,
        neg=_mean([s.neg for s in sentences]),
        neu=_mean([s.neu for s in sentences]),
        pos=_mean([s.pos for s in sentences]),
        vader_compound=vader["compound"],
        vader_neg=vader["neg"],
        vader_neu=vader["neu"],
        vader_pos=vader["pos"],
    )


def _body_score(tracer: _Tracer, scored: Sequence[_Scored], body_norm: str) -> dict[str, float]:
    """VADER's ``_but_check`` and ``score_valence`` over the body's token valences.

    VADER's ``_but_check`` walks the list and looks each value up with ``list.index`` (quadratic
    on a long body; :func:`_but_check` gives its result in n log n). Zeros are unchanged by it
    (0 x 0.5 = 0), and for a non-zero value only its order among the non-zero values and its side
    of the first "but" matter, so the rule is applied to the non-zero values with a single "but"
    placed where the first one falls (:func:`_but_rescaled`, given that place): the result equals
    the call on the full list, and so does ``score_valence`` (adding zeros to a float sum is exact;
    they only count as neutral, and their number is the tokens' less the non-zero values').
    """
    values: list[float] = []
    but_at: int | None = None
    tokens = 0
    for s in scored:
        pre = s.pre_but
        if but_at is None and "but" in s.lower:
            cut = s.lower.index("but")
            values.extend(filter(None, pre[:cut]))  # the non-zero values, in order
            but_at = len(values)
            values.extend(filter(None, pre[cut:]))
        else:
            values.extend(filter(None, pre))
        tokens += len(pre)
    zeros = tokens - len(values)  # a value is left out by filter(None) exactly when it equals 0
    if but_at is not None:
        values = _but_rescaled([*values[:but_at], 0.0, *values[but_at:]], but_at)
        del values[but_at]
    return tracer.score_valence(values + [0.0] * zeros, body_norm.strip())


def _sign(value: float) -> int:
    return 1 if value >= THRESHOLD else (-1 if value <= -THRESHOLD else 0)


def _paragraphs(
    article: Article, sentences: Sequence[SentenceSentiment]
) -> tuple[tuple[ParagraphSentiment, ...], tuple[TurningPoint, ...]]:
    by_paragraph: dict[int, list[SentenceSentiment]] = defaultdict(list)
    for s in sentences:
        by_paragraph[s.paragraph].append(s)
    out: list[ParagraphSentiment] = []
    turning: list[TurningPoint] = []
    previous: float | None = None
    last_sign = 0
    last_signed_paragraph: int | None = None
    for paragraph in article.paragraphs:
        members = by_paragraph.get(paragraph.index, [])
        compounds = [s.compound for s in members]
        tone = _mean(compounds)
        delta = None if previous is None else tone - previous
        sign = _sign(tone)
        kinds = []
        if sign != 0 and last_sign != 0 and sign != last_sign:
            kinds.append("sign")
        if delta is not None and abs(delta) >= SWING:
            kinds.append("swing")
        label = None
        if kinds:
            before = previous if previous is not None else 0.0
            direction = "positive" if sign > 0 else "negative" if sign < 0 else "neutral"
            what = f"turns {direction}" if "sign" in kinds else ("rises" if tone > before else "falls")
            since = (
                f" (last {'positive' if last_sign > 0 else 'negative'} paragraph: {last_signed_paragraph})"
                if "sign" in kinds
                else ""
            )
            opening = _excerpt(members[0].text, 70) if members else ""
            label = f"paragraph {paragraph.index}: tone {what}, {before:+.2f} -> {tone:+.2f}{since}: {opening}"
            turning.append(TurningPoint(paragraph.index, "+".join(kinds), before, tone, tone - before, label))
        if sign != 0:
            last_sign, last_signed_paragraph = sign, paragraph.index
        out.append(
            _build(
                ParagraphSentiment,
                index=paragraph.index,
                start=paragraph.start,
                end=paragraph.end,
                sentences=len(members),
                compound=tone,
                neg=_mean([s.neg for s in members]),
                neu=_mean([s.neu for s in members]),
                pos=_mean([s.pos for s in members]),
                min_compound=min(compounds, default=0.0),
                max_compound=max(compounds, default=0.0),
                share_negative=_share(compounds, True),
                share_positive=_share(compounds, False),
                delta=delta,
                turning=label,
            )
        )
        previous = tone
    return tuple(out), tuple(turning)

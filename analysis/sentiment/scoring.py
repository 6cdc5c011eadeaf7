"""Scoring one text with the tracing VADER: a run (windowed when long), its evidence rows, and the
score of a stretch of a scored sentence; :func:`score_text` and :func:`polarity` for free text.

**Sentences.** Each :class:`~analysis.article.Sentence` is scored on its own; the score equals
``SentimentIntensityAnalyzer().polarity_scores(normalised sentence)`` (with names and phrases
replaced by :mod:`analysis.sentiment.preprocess`, when there are any). VADER's cost grows with the
square of a sentence's length, so a sentence of more than :data:`MAX_SENTENCE_TOKENS` tokens is
scored in windows of that many tokens (each window sees three tokens of context before and two
after, so negation, boosters and idioms still reach across the cut), and VADER's own ``but``
rule and ``score_valence`` are then applied to the whole token list: the result equals VADER's
except that the ALL-CAPS differential is judged per window (``windowed`` is True on such rows).

A run returns a :class:`_Scored`: VADER's scores, its tokens with their offsets, the token
valences before and after the ``but`` rule, and the evidence rows. :func:`_restricted` gives
VADER's ``score_valence`` over the token valences that fall inside a stretch of the sentence
(a voice segment, an actor's clause), so a negation outside the stretch still counts.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vaderSentiment import vaderSentiment as _vader

from analysis.sentiment.lexicon import _Lexicon, _lexicon, _new_tracer
from analysis.sentiment.preprocess import _preprocess, _Replacement, _text_names
from analysis.sentiment.result import Evidence, evidence_objects
from analysis.sentiment.settings import _resolve_names, _resolve_supplement
from analysis.sentiment.vader import (
    _NEUTRAL,
    _TOKEN,
    _but_check,
    _drop_but,
    _Tracer,
    _vader_token,
    _with_but,
    normalise_typography,
)

#: Sentences with more tokens than this are scored in windows of this many tokens.
MAX_SENTENCE_TOKENS = 200
_CONTEXT_BEFORE = 3  # VADER looks back three tokens (negation, boosters, idioms)
_CONTEXT_AFTER = 2  # and ahead two (special-case idioms)

# (position, token, start, end, base, valence, rules, source); start/end local to the scored text
_EvidenceRow = tuple[int, str, "int | None", "int | None", float, float, tuple[str, ...], str]


@dataclass
class _Scored:
    """Internal: one scored sentence with its VADER token trace."""

    scores: dict[str, float]
    words: list[str]  # VADER's tokens (names and phrases as the placeholders VADER saw)
    lower: list[str]
    starts: list[int] | None  # per VADER token, start offset in the scored text (None: emoji expanded)
    valences: list[float]  # per VADER token, after "but" (what VADER summed)
    pre_but: list[float]
    evidence: list[_EvidenceRow]
    punctuation: float
    windowed: bool


_PUNCT = frozenset(string.punctuation)
_START = re.Match.start
# Whether a token opens with punctuation and has more after it (all _word_starts asks: search's
# truth): a mark at a token's start followed by a non-space, (?<!\S)[marks]+(?=\S) as a yes/no,
# written mark first so the search skips from mark to mark instead of trying the look-behind at
# every character.
_LEADING_PUNCT = re.compile(r"[" + re.escape(string.punctuation) + r"](?<!\S.)(?=\S)")
_FIRST = operator.itemgetter(0)


def _word_starts(text: str, chunks: list[str] | None = None) -> list[int]:
    """Start offsets of VADER's tokens in ``text``: white-space split, then leading punctuation
    skipped unless fewer than three characters would remain (VADER's ``_strip_punc_if_word``).

    A text with single spaces only (a sentence mostly) needs no regular expression, whose pass
    costs some 200 instructions a character: the starts are the running sums of the tokens'
    lengths, and the tokens' first characters say whether one opens with a mark. ``chunks``:
    ``text.split()``, when the caller has it."""
    if chunks is None:
        chunks = text.split()
    if chunks and " ".join(chunks) == text:
        out = list(map(operator.add, itertools.accumulate(map(len, chunks[:-1]), initial=0), itertools.count()))
        if _PUNCT.isdisjoint(map(_FIRST, chunks)):
            return out
    else:
        out = list(map(_START, _TOKEN.finditer(text)))
        if not _LEADING_PUNCT.search(text):
            return out
    # the white-space tokens, as VADER splits them, that open with a mark (a few a sentence: found in C)
    for k in itertools.compress(range(len(chunks)), map(_PUNCT.__contains__, map(_FIRST, chunks))):
        if len((raw := chunks[k]).strip(string.punctuation)) > 2:
            out[k] += len(raw) - len(raw.lstrip(string.punctuation))
    return out


def _expanded_starts(text: str, emojis: Mapping[str, str], words: Sequence[str]) -> list[int | None] | None:
    """Start offsets in ``text`` of VADER's tokens when it expanded emojis into their descriptions
    (VADER's own loop, keeping where each character came from): None for a token that starts in
    a description, and None for the whole list when the tokens do not line up with ``words``."""
    chars: list[str] = []
    origin: list[int | None] = []
    prev_space = True
    for k, ch in enumerate(text):
        if ch in emojis:
            if not prev_space:
                chars.append(" ")
                origin.append(None)
            description = emojis[ch]
            chars.extend(description)
            origin.extend([None] * len(description))
            prev_space = False
        else:
            chars.append(ch)
            origin.append(k)
            prev_space = ch == " "
    expanded = "".join(chars)
    out: list[int | None] = []
    for match in _TOKEN.finditer(expanded):
        word, at = _vader_token(match.group(0), match.start())
        start = origin[at]
        if start is not None and text[start : start + len(word)] != word:
            start = None
        out.append(start)
    return out if len(out) == len(words) else None


def _is_scored(i: int, lower: Sequence[str]) -> bool:
    """Whether VADER ran sentiment_valence on token ``i`` (it skips booster words and the "kind"
    of "kind of", giving them 0)."""
    word = lower[i]
    if word in _vader.BOOSTER_DICT:
        return False
    return not (word == "kind" and i < len(lower) - 1 and lower[i + 1] == "of")


def _evidence(
    tracer: _Tracer,
    words: Sequence[str],
    lower: Sequence[str],
    shift: int,
    positions: Iterable[int],
    sources: Mapping[str, str],
) -> list[tuple[int, float, float, tuple[str, ...], str]]:
    lexicon = tracer.lexicon
    boosters = _vader.BOOSTER_DICT
    found = [i for i in positions if lower[i] in lexicon and lower[i] not in boosters and _is_scored(i, lower)]
    if not found:
        return []
    is_cap_diff = any(words[i].isupper() for i in found) and (
        tracer.is_cap_diff if (tracer.is_cap_diff is not None and words is tracer.words) else _vader.allcap_differential(words)
    )
    out = []
    post = tracer.post_but
    pre = tracer.pre_but
    for i in found:
        rules = tracer.token_rules(i, words, lower, is_cap_diff)
        rules = _with_but(rules, pre[i], post[i])
        out.append((i + shift, lexicon[lower[i]], post[i], rules, sources.get(lower[i], "vader")))
    return out


def _annotate(
    rows: Sequence[tuple[int, float, float, tuple[str, ...], str]],
    words: Sequence[str],
    starts: list[int] | None,
    text: str,
    reps: Sequence[_Replacement],
    lex: _Lexicon,
    expanded: Sequence[int | None] | None = None,
) -> list[_EvidenceRow]:
    """Evidence rows with tokens and offsets: a phrase shows as its words, a name's words are
    added as not scored. ``expanded`` (when ``starts`` is None: an emoji was expanded) gives the
    offsets of the tokens that are not part of an emoji's description."""
    out: list[_EvidenceRow] = []
    phrases = {r.start: r for r in reps if r.kind == "phrase"} if reps else {}
    token_starts = starts if starts is not None else expanded
    for pos, base, valence, rules, source in rows:
        start = token_starts[pos] if token_starts is not None else None
        token = words[pos]
        end = start + len(token) if start is not None else None
        if phrases and token.lower() in lex.phrases:
            rep = next((r for r in phrases.values() if start is not None and r.start <= start < r.end), None)
            if rep is not None:
                token, start, end = text[rep.start : rep.end], rep.start, rep.end
        out.append((pos, token, start, end, base, valence, rules, source))
    names = [r for r in reps if r.kind == "name"]
    if names:
        word_starts = starts if starts is not None else _word_starts(text)
        for rep in names:
            pos = bisect.bisect_left(word_starts, rep.start)
            rule = f'part of the name "{rep.label}"'
            out.append((pos, text[rep.start : rep.end], rep.start, rep.end, rep.base, 0.0, (rule,), "name"))
        out.sort(key=lambda row: row[0])
    return out


def _run(tracer: _Tracer, text: str, scored_text: str, reps: Sequence[_Replacement], lex: _Lexicon) -> _Scored:
    """Score ``scored_text`` (normalised, names and phrases replaced; ``text`` is the same without
    the replacements) with VADER, windowing long inputs."""
    n = scored_text.count(" ") + 1  # cheap upper bound check first
    if n <= MAX_SENTENCE_TOKENS or len(scored_text.split()) <= MAX_SENTENCE_TOKENS:
        tracer.reset()
        scores = tracer.polarity_scores(scored_text)
        words = tracer.words
        if not words:
            return _Scored(scores, [], [], [], [], [], [], 0.0, False)
        lower = tracer._lower if tracer._lower_of is words else [w.lower() for w in words]
        rows = _evidence(tracer, words, lower, 0, range(len(words)), lex.sources)
        starts: list[int] | None = _word_starts(scored_text, tracer.chunks if tracer.chunks_of is scored_text else None)
        expanded = None
        if len(starts) != len(words):  # an emoji was expanded into words
            starts = None
            expanded = _expanded_starts(scored_text, tracer.emojis, words) if (rows or reps) else None
        evidence = _annotate(rows, words, starts, text, reps, lex, expanded) if (rows or reps) else []
        return _Scored(
            scores, words, lower, starts, tracer.post_but, tracer.pre_but, evidence, tracer.punctuation, False
        )
    return _run_windowed(tracer, text, scored_text, reps, lex)


def _run_windowed(tracer: _Tracer, text: str, scored_text: str, reps: Sequence[_Replacement], lex: _Lexicon) -> _Scored:
    """VADER's cost is quadratic in a sentence's token count: score windows of
    MAX_SENTENCE_TOKENS tokens, each with three tokens of context before and two after, then apply
    VADER's ``_but_check`` and ``score_valence`` to the whole token list."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(scored_text)]
    all_starts = _word_starts(scored_text)
    words: list[str] = []
    pre: list[float] = []
    rows: list[tuple[int, float, float, tuple[str, ...], str]] = []
    starts: list[int] | None = []
    n = len(spans)
    for a in range(0, n, MAX_SENTENCE_TOKENS):
        b = min(a + MAX_SENTENCE_TOKENS, n)
        ca, cb = max(0, a - _CONTEXT_BEFORE), min(n, b + _CONTEXT_AFTER)
        tracer.reset()
        tracer.polarity_scores(scored_text[spans[ca][0] : spans[cb - 1][1]])
        if len(tracer.words) != cb - ca:  # an emoji was expanded: score the window without context
            ca, cb = a, b
            tracer.reset()
            tracer.polarity_scores(scored_text[spans[a][0] : spans[b - 1][1]])
            starts = None
        core = range(a - ca, len(tracer.words) - (cb - b))
        window_lower = [w.lower() for w in tracer.words]
        rows.extend(_evidence(tracer, tracer.words, window_lower, len(words) - (a - ca), core, lex.sources))
        words.extend(tracer.words[k] for k in core)
        pre.extend(tracer.pre_but[k] for k in core)
    post = _but_check(words, pre)
    tracer.punctuation = 0.0
    scores = tracer.score_valence(post, scored_text.strip())
    rows = [(p, base, post[p], _with_but(_drop_but(rules), pre[p], post[p]), src) for p, base, _, rules, src in rows]
    starts = all_starts if starts is not None and len(all_starts) == len(words) else None
    expanded = _expanded_starts(scored_text, tracer.emojis, words) if starts is None else None
    evidence = _annotate(rows, words, starts, text, reps, lex, expanded)
    return _Scored(scores, words, [w.lower() for w in words], starts, list(post), pre, evidence, tracer.punctuation, True)


def score_text(text: str, *, supplement: bool | None = None, names_neutral: bool | None = None) -> dict[str, Any]:
    """Score one sentence-sized text: VADER's ``neg``/``neu``/``pos``/``compound`` after typography
    normalisation (and, with ``names_neutral``, with the names :func:`analysis.actors.find_actors_in_text`
    finds left unscored; windowed beyond :data:`MAX_SENTENCE_TOKENS` tokens), plus ``evidence``
    (a tuple of :class:`Evidence` with offsets into ``text``) and ``windowed``."""
    lex = _lexicon(_resolve_supplement(supplement))
    normalised = normalise_typography(text)
    scored_text, reps = _preprocess(normalised, _text_names(normalised, _resolve_names(names_neutral)), lex)
    scored = _run(_new_tracer(lex), normalised, scored_text, reps, lex)
    return {**scored.scores, "evidence": _make_evidence(scored, 0), "windowed": scored.windowed}


def polarity(text: str, *, supplement: bool | None = None, names_neutral: bool | None = None) -> dict[str, float]:
    """Just VADER's four scores for ``text`` after the same preprocessing as :func:`score_text`
    (no trace)."""
    use = _resolve_supplement(supplement)
    normalised = normalise_typography(text)
    if len(normalised.split()) > MAX_SENTENCE_TOKENS:
        scores = score_text(text, supplement=use, names_neutral=names_neutral)
        return {k: scores[k] for k in ("neg", "neu", "pos", "compound")}
    lex = _lexicon(use)
    scored_text, _ = _preprocess(normalised, _text_names(normalised, _resolve_names(names_neutral)), lex)
    return lex.analyzer.polarity_scores(scored_text)


def _make_evidence(scored: _Scored, base_offset: int) -> tuple[Evidence, ...]:
    return evidence_objects(scored.evidence, base_offset)


def _token_range(scored: _Scored, a: int, b: int) -> range | None:
    """Indices of the tokens of ``scored`` whose start lies in [a, b) (sentence-local offsets);
    None when offsets are unknown (an emoji was expanded)."""
    starts = scored.starts
    if starts is None:
        return None
    return range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))


def _restricted(tracer: _Tracer, scored: _Scored, a: int, b: int, text: str) -> tuple[dict[str, float], range]:
    """VADER's ``score_valence`` over the token valences of ``scored`` whose start lies in [a, b)
    (``text`` is that stretch; only its ``!`` and ``?`` count)."""
    idx = _token_range(scored, a, b)
    if idx is None:
        return scored.scores, range(len(scored.words))
    if idx.start == 0 and idx.stop == len(scored.words):
        return scored.scores, idx  # the whole sentence: VADER's own score
    if not idx:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}, idx
    valences = scored.valences[idx.start : idx.stop]
    if not any(valences):  # no sentiment: VADER's score_valence gives its neutral result whatever the text
        return dict(_NEUTRAL), idx
    return tracer.score_valence(valences, text.strip()), idx

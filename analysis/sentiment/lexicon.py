"""What VADER looks words up in: its own lexicon with the supplement and the user's entries, and
the made-up tokens that stand for phrases.

**Phrases and user lexicons.** An entry of the supplement of several words ("kiss of death",
"fed up") is a phrase. VADER never matches multi-word entries (vaderSentiment #124, #144), so
each occurrence (case-insensitive, whole words, after typography normalisation) is replaced
before scoring: one of its words by a made-up token of the same length that is in the lexicon
with the phrase's valence, the others by neutral filler. VADER's rules then treat the phrase as
one word ("not fed up" is negated), and the evidence shows it as one:
``phrase "kiss of death" -3.00 (user lexicon)``. A user lexicon in force
(:func:`analysis.lexicons.use_lexicons`, as :func:`analysis.pipeline.analyze` sets it) can add
words and phrases to ``[news_sentiment.supplement]``, override a VADER or supplement valence, or
``remove`` entries (a removed VADER word is no longer scored). User entries are the user's
explicit choice: they apply with or without ``supplement`` and are marked ``(user lexicon)``;
VADER's own multi-word entries ("fed up", "can't stand") stay unmatched, as in VADER.

**Unscored VADER entries.** The ``[unscored]`` patterns of ``lexicons/news_sentiment.toml`` drop
VADER entries that are wrong for news from every lexicon, supplement or not: its texting slang in
digits ("143" +3.2, "187" -3.1) would score figures such as "143 workers" or "$187 million".

A :class:`_Lexicon` is built per supplement setting and cached per user lexicon in force
(:func:`analysis.lexicons.lexicon_cache`); :func:`_new_tracer` makes a tracing VADER on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.lexicons import lexicon_cache
from analysis.sentiment.settings import _settings
from analysis.sentiment.vader import _plain_analyzer, _Tracer


@dataclass(frozen=True)
class _Phrase:
    """A multi-word entry: VADER sees its ``head`` word replaced by ``key`` (a made-up token of the
    same length, in the lexicon with the phrase's valence) and its other words by neutral filler."""

    text: str
    words: tuple[str, ...]
    head: int
    key: str
    valence: float
    source: str


@dataclass(frozen=True)
class _Lexicon:
    """What VADER looks words up in, for one supplement setting and the user lexicon in force."""

    lexicon: Mapping[str, float]
    sources: Mapping[str, str]  # entry -> "supplement" / "user"; absent: VADER's own
    phrases: Mapping[str, _Phrase]  # by key
    phrase_text: Mapping[str, _Phrase]  # by text
    phrase_pattern: re.Pattern[str] | None
    added: int  # package supplement entries used
    analyzer: SentimentIntensityAnalyzer  # a plain VADER on this lexicon (no trace)


_PRIVATE = 0xE000  # Unicode private-use area: never in VADER's lexicons or in news text
_PRIVATE_SIZE = 6400


def _phrase_key(k: int, length: int) -> str:
    """The k-th made-up token of ``length`` characters: "x" then private-use characters (so
    ``isupper`` follows the "x"/"X" and VADER's punctuation stripping leaves it alone)."""
    digits = []
    for _ in range(max(1, length - 1)):
        digits.append(chr(_PRIVATE + k % _PRIVATE_SIZE))
        k //= _PRIVATE_SIZE
    return ("x" if length >= 2 else "") + "".join(digits)


def _build_lexicon(supplement: bool) -> _Lexicon:
    settings = _settings()
    base = _plain_analyzer().lexicon
    entries: dict[str, tuple[float, str]] = {}
    if supplement:
        entries.update((w, (v, "supplement")) for w, v in settings.supplement.items() if w not in base)
    added = len(entries)
    entries.update((w, (v, "user")) for w, v in settings.user.items())
    words = {w: e for w, e in entries.items() if " " not in w}
    phrase_entries = sorted((w, e) for w, e in entries.items() if " " in w)
    # VADER entries the project never scores (texting slang in digits): dropped like a user's removal
    unscored = {w for w in base if any(p.fullmatch(w) for p in settings.unscored)}
    removed = settings.user_removed | unscored
    phrases: dict[str, _Phrase] = {}
    for k, (text, (valence, source)) in enumerate(phrase_entries):
        split = tuple(text.split())
        head = next((n for n, w in enumerate(split) if len(w) >= 3), 0)
        key = _phrase_key(k, len(split[head]))
        phrases[key] = _Phrase(text, split, head, key, valence, source)
    if not words and not phrases and not removed:
        lexicon: Mapping[str, float] = base
    else:
        merged = {**base, **{w: v for w, (v, _) in words.items()}, **{p.key: p.valence for p in phrases.values()}}
        for word in removed:
            if word not in entries:
                merged.pop(word, None)
        lexicon = merged
    by_text = {p.text: p for p in phrases.values()}
    pattern = None
    if phrases:
        ordered = sorted(by_text, key=lambda t: (-len(t), t))
        alternation = "|".join(r"\s+".join(map(re.escape, t.split())) for t in ordered)
        pattern = re.compile(rf"(?<![\w'\-])(?:{alternation})(?![\w'\-])", re.IGNORECASE)
    analyzer = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    analyzer.lexicon = lexicon  # type: ignore[assignment]
    analyzer.emojis = _plain_analyzer().emojis
    sources = {w: s for w, (_, s) in words.items()} | {p.key: p.source for p in phrases.values()}
    return _Lexicon(
        lexicon=lexicon,
        sources=MappingProxyType(sources),
        phrases=MappingProxyType(phrases),
        phrase_text=MappingProxyType(by_text),
        phrase_pattern=pattern,
        added=added,
        analyzer=analyzer,
    )


@lexicon_cache
def _lexicons() -> dict[bool, _Lexicon]:
    """Both lexicons (without and with the supplement) for the user lexicon in force."""
    return {False: _build_lexicon(False), True: _build_lexicon(True)}


def _lexicon(supplement: bool) -> _Lexicon:
    return _lexicons()[supplement]


def _new_tracer(lex: _Lexicon) -> _Tracer:
    return _Tracer(lex.lexicon, _plain_analyzer().emojis)

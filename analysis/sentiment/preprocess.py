"""Before scoring: the words of names left unscored, and phrases turned into one lexicon token.

**Names** (``names_neutral=True``; off by default, see below). Proper names carry no sentiment,
but VADER scores "United" (+1.8) in "United States", "Supreme" (+2.6) in "Supreme Court",
"Free" (+2.3) in "Free Syrian Army". With the option, every word VADER would use (a lexicon
word, a booster, a negation) that lies inside a name is replaced, before scoring, by neutral
filler of the same length ("xxxxxx States": offsets hold, the token count too). Names are the
mentions :func:`analysis.actors.find_actors` finds (countries, institutions, organisations,
armed groups, persons; :func:`~analysis.actors.find_actors_in_text` for a free-standing text)
and the gazetteer's multi-word proper names that are not actors ("Supreme Court", "New York");
``[names] keep_valence`` in ``lexicons/news_sentiment.toml`` lists names whose words say what
happened and keep their valence ("Civil War"). Each such word is shown in the evidence:
``United (part of the name "United States"): not scored`` (``source == "name"``).
On the held-out even NYT rows it moves r from 0.4910 to 0.4924 but macro-F1 from 0.4293 to
0.4262 (90 of 2,595 rows touched; bootstrap 95% interval of the r gain -0.004 .. +0.007), and
on tweets it loses (r 0.8722 -> 0.8696, macro-F1 0.6403 -> 0.6281: capitalised greetings and
titles such as "Happy Birthday" are taken for names), so it is not the default
(:data:`NAMES_NEUTRAL_DEFAULT`). On the seed it changes two sentences and takes the United
States' actor tone from +0.055 to -0.024 (Russia: +0.011 -> -0.068).

Phrases (multi-word entries of the supplement or of the user lexicon, :mod:`analysis.sentiment.lexicon`)
become one made-up lexicon token plus neutral filler. Either way offsets are kept, and each
:class:`_Replacement` says what was done, so the evidence can show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from vaderSentiment import vaderSentiment as _vader

from analysis.sentiment.lexicon import _Lexicon
from analysis.sentiment.settings import _Settings, _settings
from analysis.sentiment.vader import _NEGATE, _TOKEN, _vader_token


@dataclass(frozen=True)
class _Replacement:
    """A stretch of the text VADER sees differently: a word of a name (``kind`` "name", shown as
    not scored) or a multi-word entry (``kind`` "phrase", scored as one word)."""

    start: int
    end: int
    kind: str
    label: str  # the name, or the phrase's entry text
    base: float
    source: str


def _is_modifier(word: str) -> bool:
    return word in _vader.BOOSTER_DICT or word in _NEGATE or "n't" in word or word in ("but", "least")


def _filler(word: str) -> str:
    return ("X" if word.isupper() else "x") * len(word)


def _name_spans(text: str, mentions: Iterable[tuple[int, int, str]], settings: _Settings) -> list[tuple[int, int, str]]:
    """Name spans: actor mentions and the gazetteer's multi-word proper names, except names whose
    words keep their valence (``[names] keep_valence``)."""
    spans = [(a, b, " ".join(name.split())) for a, b, name in mentions]
    if settings.gazetteer_names is not None:
        spans.extend((m.start(), m.end(), " ".join(m.group(0).split())) for m in settings.gazetteer_names.finditer(text))
    keep = settings.names_keep
    return sorted(s for s in spans if s[2] not in keep and s[1] > s[0])


def _preprocess(
    text: str, names: Sequence[tuple[int, int, str]], lex: _Lexicon
) -> tuple[str, list[_Replacement]]:
    """The text VADER scores: words of names that VADER would score (lexicon words, boosters,
    negations) become neutral filler of the same length, and each multi-word entry becomes one
    made-up lexicon token plus filler. Offsets are kept; the replacements say what was done."""
    if not names and lex.phrase_pattern is None:
        return text, []
    chars: list[str] | None = None
    reps: list[_Replacement] = []
    lexicon = lex.lexicon
    if names:
        chars = list(text)
        done: set[int] = set()
        for a, b, name in names:
            line_start = text.rfind(" ", 0, a) + 1
            for match in _TOKEN.finditer(text, line_start):
                if match.start() >= b:
                    break
                word, start = _vader_token(match.group(0), match.start())
                end = start + len(word)
                if start < a or end > b or start in done:
                    continue
                lower = word.lower()
                if lower in lexicon or _is_modifier(lower):
                    done.add(start)
                    chars[start:end] = _filler(word)
                    reps.append(_Replacement(start, end, "name", name, lexicon.get(lower, 0.0), "name"))
        if not reps:
            chars = None
    if lex.phrase_pattern is not None:
        current = "".join(chars) if chars is not None else text
        for match in lex.phrase_pattern.finditer(current):
            phrase = lex.phrase_text.get(" ".join(match.group(0).lower().split()))
            if phrase is None:  # pragma: no cover - the pattern only matches entries
                continue
            words = list(_TOKEN.finditer(current, match.start(), match.end()))
            if len(words) != len(phrase.words) or len(words[phrase.head].group(0)) != len(phrase.key):
                continue  # a case mapping changed a word's length: leave the text as it is
            if chars is None:
                chars = list(text)
            for n, word in enumerate(words):
                value = word.group(0)
                if n == phrase.head:
                    head = phrase.key.upper() if value.isupper() and len(value) >= 2 else phrase.key
                    chars[word.start() : word.end()] = head
                else:
                    chars[word.start() : word.end()] = _filler(value)
            reps.append(_Replacement(match.start(), match.end(), "phrase", phrase.text, phrase.valence, phrase.source))
        reps.sort(key=lambda r: r.start)
    return ("".join(chars) if chars is not None else text), reps


def _shift(rep: _Replacement, offset: int) -> _Replacement:
    return _Replacement(rep.start - offset, rep.end - offset, rep.kind, rep.label, rep.base, rep.source)


def _text_names(text: str, names_neutral: bool) -> list[tuple[int, int, str]]:
    """Name spans of a free-standing text (actors found with :func:`find_actors_in_text`)."""
    if not names_neutral:
        return []
    from analysis.actors import find_actors_in_text

    mentions = ((m.start, m.end, m.text) for m in find_actors_in_text(text).mentions)
    return _name_spans(text, mentions, _settings())


"""The tokens of a text for :mod:`analysis.sentiment.target_features`, and which of them are context words.

One regular expression (no parser) cuts a text into words, punctuation and the clitics of
contractions: "'s" (possessive or is), "'m", "'d", "'ll", "'re", "'ve" and "n't" are tokens of their
own ("I'm" gives "I" and "'m", not "I", "'" and "m"), and each clitic but "'s" and "n't" is read as
the word it stands for (``[context_words] contractions`` of ``lexicons/target_tone.toml``: "'ll"
will, "ca" of "can't" can), so the rules see "he will win" in "he'll win"; "n't" is a negation as it
is. Quotation marks are not tokens: each
token records whether it stands inside a quotation.

A context word (the trained model's ``L:``/``R:``/``S:`` features, shown to the reader as
evidence) is a word of two or more characters starting with a letter that is not a stop word or a
contraction's piece (``[context_words] stopwords`` and ``fragments``): "R:a" or "S:m" explain
nothing a reader can check (round-8 new-user trial, finding 10).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections import _count_elements  # type: ignore[attr-defined]
from collections.abc import Container, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.sentiment.target_rules import _Rules

TOKEN = re.compile(r"n['’]t\b|\w+?(?=n['’]t\b)|['’](?:s|m|d|ll|re|ve)\b|\w+(?:[-.]\w+)*|[^\w\s]")
# TOKEN less its first two branches, which can match only where "n't" occurs: the same tokens for a
# text without it, and much cheaper (the lazy branch tries its look-ahead after every letter).
_TOKEN_NO_NT = re.compile(r"['’](?:s|m|d|ll|re|ve)\b|\w+(?:[-.]\w+)*|[^\w\s]")
QUOTES = frozenset('"“”')
# The same patterns as one group each, for re.split (TextTokens).
_SPLIT = re.compile(f"({TOKEN.pattern})")
_SPLIT_NO_NT = re.compile(f"({_TOKEN_NO_NT.pattern})")
# _SPLIT_NO_NT for an ASCII text (most sentences), about a third cheaper and the same tokens: ASCII
# classes (sre tests a character against a table instead of the Unicode database; \x1c-\x1f are
# white space to a Unicode \s, so they stay separators), the word branch first (the branches open
# with disjoint characters but the apostrophe's and the mark's, kept in their order) and its
# "-"/"." parts taken possessively (nothing after them can make them give back).
_SPLIT_ASCII = re.compile(r"(\w+(?:[-.]\w+)*+|['’](?:s|m|d|ll|re|ve)\b|[^\w\s\x1c-\x1f])", re.ASCII)
_CLOSING_BEFORE = frozenset(",.!?")  # a straight quote right after these closes a quotation
_FIRST_CHARACTER = operator.itemgetter(0)  # a token's first character (no token is empty)


class TextTokens:
    """The tokens of one text, shared by every target in it (the actor stage asks for several
    mentions of one sentence): parallel lists of each token but the quotation marks (start, end,
    raw, lower case, inside quotes, lexicon valence), plus what the sentence-word features need:
    how many tokens give each ``S:`` name, a capitalised word counting as a name (everywhere but
    at the sentence start)."""

    __slots__ = ("counts", "ends", "known", "named", "quoted", "raw", "starts", "target_valence", "valence", "words")

    def __init__(self, text: str, r: _Rules) -> None:
        # One split with the token pattern as its group: separators (white space, maybe empty) and
        # tokens in turn, the offsets their running lengths (the same tokens as finditer, without a
        # match object per token; every character but white space belongs to a token).
        pattern = _SPLIT if "n't" in text or "n’t" in text else (_SPLIT_ASCII if text.isascii() else _SPLIT_NO_NT)
        parts = pattern.split(text)
        raw = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts), initial=0))
        starts, ends = offsets[1:-1:2], offsets[2::2]
        if '"' in text or "“" in text or "”" in text:
            starts, ends, raw, quoted = _unquoted(starts, ends, raw)
        else:
            quoted = [False] * len(raw)
        self.raw = raw
        self.starts = starts
        self.ends = ends
        self.quoted = quoted
        words = list(map(str.lower, raw))
        if "’" in text:
            words = [w.replace("’", "'") for w in words]
        if ("'" in text or "’" in text) and not r.contractions.keys().isdisjoint(words):
            words = _expanded(words, r.contractions)
        self.words = words
        valence = r.valence
        self.valence = list(map(valence.get, words, itertools.repeat(0.0)))
        _unvalue_names(self.valence, raw, quoted)
        self.target_valence = valence.get("<target>", 0.0)
        # each word's S: name ("" for a word that is no context word) from a table (a word recurs in
        # sentence after sentence), kept for each target's own words; the capital test only for the context words
        self.named = named = list(map(_context_names(r).__getitem__, words))
        # the names of the tokens that do not open with a capital, the tests mapped in C
        names = filter(None, itertools.compress(named, map(operator.not_, map(str.isupper, map(_FIRST_CHARACTER, raw)))))
        self.counts: dict[str, int] = {}
        _count_elements(self.counts, names)  # Counter's own counting, without its type checks
        self.known: tuple[object, list[str]] | None = None  # (the ``known`` asked, its sorted S: names here)

    def known_names(self, known: Container[str]) -> list[str]:
        """The sorted ``S:`` names of the text's non-name words that ``known`` holds."""
        if self.known is None or self.known[0] is not known:
            self.known = (known, sorted(filter(known.__contains__, self.counts)))
        return self.known[1]


#: Tokens after which a capital opens a sentence, a clause or a quotation's first word rather than a name.
_OPENERS = frozenset(".!?:;(—–-")


def _unvalue_names(valence: list[float], raw: list[str], quoted: list[bool]) -> None:
    """Zero the lexicon valence of a capitalised word inside a sentence ("Chief Justice X", "the
    Environmental Integrity Project", "the Clean Air Task Force", "Britain's Brexit Party"): it is a
    name or a title, and its common-noun sense ("justice" +2.4, "integrity" +1.6, "clean" +1.7) says
    nothing about anyone the rules attach it to. A capital that opens the text, follows a sentence
    or clause mark or opens a quotation is an ordinary word; a word in capitals throughout
    ("LIAR") is emphasis, not a name. Only valent words are tested (few per sentence)."""
    for k in itertools.compress(range(len(valence)), valence):
        word = raw[k]
        if k and word[:1].isupper() and not word.isupper() and raw[k - 1] not in _OPENERS and not (quoted[k] and not quoted[k - 1]):
            valence[k] = 0.0


def is_context_word(word: str, stop: Container[str]) -> bool:
    """Whether a lower-cased token may be a context word (``L:``/``R:``/``S:``): a word of two or more
    characters starting with a letter, not a stop word or a contraction's piece
    (``[context_words]`` of the lexicon): evidence a reader can check."""
    return word[:1].isalpha() and len(word) > 1 and word not in stop


class _ContextNames(dict[str, str]):
    """Each lower-cased word's ``S:`` name, "" when it is not a context word (:func:`is_context_word`),
    filled as words are first seen: the test and the "S:" string are made once per process, not
    once per token. At most :data:`_MAX_NAMES` words are kept; past that, the rest are computed each time."""

    def __init__(self, stop: Container[str]) -> None:
        super().__init__()
        self.stop = stop

    def __missing__(self, word: str) -> str:
        name = "S:" + word if is_context_word(word, self.stop) else ""
        if len(self) < _MAX_NAMES:
            self[word] = name
        return name


_MAX_NAMES = 200_000
# By rules (hashed by identity): a user lexicon's rules have their own stop words.
_CONTEXT_NAMES: dict[_Rules, _ContextNames] = {}


def _context_names(r: _Rules) -> _ContextNames:
    """The :class:`_ContextNames` of the rules ``r``."""
    found = _CONTEXT_NAMES.get(r)
    if found is None:
        if len(_CONTEXT_NAMES) >= 8:  # rules of user lexicons no longer in force
            _CONTEXT_NAMES.clear()
        found = _CONTEXT_NAMES[r] = _ContextNames(r.context_stop)
    return found


def _expanded(words: list[str], contractions: Mapping[str, str]) -> list[str]:
    """``words`` with each contraction's piece read as the word it stands for ("'ll" will); a piece
    without an apostrophe ("ca" of "can't", "wo" of "won't") only right before "n't"."""
    out = list(words)
    for k, word in enumerate(words):
        full = contractions.get(word)
        if full is not None and (word[0] == "'" or (k + 1 < len(words) and words[k + 1] == "n't")):
            out[k] = full
    return out


def _unquoted(starts: list[int], ends: list[int], raw: list[str]) -> tuple[list[int], list[int], list[str], list[bool]]:
    """The tokens' starts, ends and texts ``raw`` but the quotation marks, and whether each stands inside quotes. A quote that
    closes before any opened (a closing ”, or a straight quote right after , . ! ?) ends a quotation
    the sentence splitter cut from its opening ('... is encouraging," said X'; a straight quote
    only when the sentence has an odd number of them): what precedes it was quoted."""
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    kept_raw: list[str] = []
    quoted: list[bool] = []
    inside, opened = False, False
    odd_straight = raw.count('"') % 2 == 1  # an even count pairs up as written
    done = 0  # the tokens before this one are kept: between two marks they are copied a slice at a time
    for k in list(itertools.compress(itertools.count(), map(QUOTES.__contains__, raw))):  # the marks' indices, found in C
        kept_starts += starts[done:k]
        kept_ends += ends[done:k]
        kept_raw += raw[done:k]
        quoted += [inside] * (k - done)
        done = k + 1
        token = raw[k]
        closes = token == "”" or (token == '"' and odd_straight and bool(kept_raw) and kept_raw[-1] in _CLOSING_BEFORE)
        if not opened and not inside and closes:
            quoted = [True] * len(quoted)
        else:
            inside = (not inside) if token == '"' else token == "“"
        opened = True
    kept_starts += starts[done:]
    kept_ends += ends[done:]
    kept_raw += raw[done:]
    quoted += [inside] * (len(raw) - done)
    return kept_starts, kept_ends, kept_raw, quoted


@lru_cache(maxsize=64)
def text_tokens(text: str, r: _Rules) -> TextTokens:
    """The tokens of ``text`` under the rules ``r`` (the last 64 texts kept: a sentence's mentions share them)."""
    return TextTokens(text, r)


@dataclass
class _Sentence:
    """The tokens of a sentence around the target: ``words`` lower case, ``raw`` as written,
    ``first``/``last`` the target's token indices (inclusive), ``quoted`` per token, ``valence``
    the lexicon valence of each word (before negation), ``text`` the tokens of the whole text and
    ``cut`` the text-token range ``[a, b)`` the target token replaces (empty when it is inserted)."""

    words: list[str]
    raw: list[str]
    first: int
    last: int
    quoted: list[bool]
    valence: list[float]
    text: TextTokens
    cut: tuple[int, int]

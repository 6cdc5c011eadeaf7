"""Negation of generic-frame cues: a cue is negated when a negator ("no", "not", "never", any
"n't" …) stands among the five words before it in its clause (see :func:`_negated`). Read once
per unit (:class:`Negation`); most units hold no negator at all, and are told so from their words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol


class NegationWords(Protocol):
    """What negation reads of the compiled cue lexicons (:class:`analysis.framing.cues.CueLexicons`
    has these fields, read-only): the negator words and their patterns, the clause breaks."""

    @property
    def negators(self) -> frozenset[str]: ...

    @property
    def clause_words(self) -> frozenset[str]: ...

    @property
    def clause_break_pattern(self) -> re.Pattern[str] | None: ...

    @property
    def negator_pattern(self) -> re.Pattern[str]: ...

    @property
    def negation_gate(self) -> re.Pattern[str] | None: ...

    @property
    def word_negators(self) -> bool: ...

    @property
    def negator_endings(self) -> tuple[str, ...]: ...

    @property
    def negation_enders(self) -> set[str]: ...

    @property
    def negator_endings_by_last(self) -> Mapping[str, tuple[str, ...]] | None: ...

class Negation:
    """Whether a generic cue at a position of one unit is negated (:func:`_negated`), each position
    read once; the unit's clause breaks and negator words are found at the first cue. ``words``:
    the unit's ``\\w+`` tokens (empty strings among them change nothing), from ``lowered`` when
    ``whole`` (offsets unchanged by lower-casing)."""

    __slots__ = ("breaks", "free", "known", "lex", "lowered", "negator_ends", "negator_starts", "text", "whole", "words")

    def __init__(self, text: str, lowered: str, whole: bool, lex: NegationWords, words: Sequence[str]) -> None:
        self.text, self.lowered, self.whole, self.lex, self.words = text, lowered, whole, lex, words
        self.known: dict[int, bool] = {}
        self.breaks: list[int] | None = None  # clause-break positions
        self.negator_starts: list[int] = []  # where a negator word (or one ending in n't) starts / ends in ``lowered``
        self.negator_ends: list[int] = []
        # No negator (nor n't) ends any word of the unit, whole or cut: every word _negated can read
        # is then no negator, unless a word runs across the cue's start (it is read cut short there).
        # Four units in five with a generic cue are such (narrative frames): no window is read.
        self.free = whole and negation_free(lowered, words, lex)

    def at(self, start: int) -> bool:
        if self.free and (start == 0 or RUN_ACROSS.match(self.lowered, start - 1) is None):
            return False
        known = self.known.get(start)
        if known is not None:
            return known
        lex = self.lex
        if self.breaks is None:
            pattern = lex.clause_break_pattern
            self.breaks = [m.start() for m in pattern.finditer(self.text)] if pattern is not None else []
            if self.whole and lex.word_negators:
                self.negator_starts, self.negator_ends = negator_spans(self.lowered, self.words, lex.negators)
            elif self.whole:
                for m in lex.negator_pattern.finditer(self.lowered):
                    self.negator_starts.append(m.start())
                    self.negator_ends.append(m.end())
        if self.whole and _surely_not_negated(self.lowered, start, lex, self.negator_starts, self.negator_ends):
            negated = False
        else:
            negated = _negated(self.lowered if self.whole else self.text, start, lex, self.breaks, lowered=self.whole)
        self.known[start] = negated
        return negated


_WORDS_BEFORE = re.compile(r"[\w']+")
RUN_ACROSS = re.compile(r"[\w']{2}")


def negator_pattern(negators: Iterable[str]) -> re.Pattern[str]:
    """Where a whole ``[\\w']+`` word of lower-cased text is a negator or ends in n't."""
    words = "|".join(re.escape(w) for w in sorted(negators, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{words})(?![\w'])|n't(?![\w'])" if words else r"n't(?![\w'])")


def negator_spans(lowered: str, words: Sequence[str], negators: frozenset[str]) -> tuple[list[int], list[int]]:
    """Where :func:`negator_pattern` matches in ``lowered`` (starts, ends), read from its tokens
    when every negator is one ``\\w+`` word: ``words`` are the parts of ``lowered`` cut at each
    character outside a ``\\w+`` token (empty parts between two such characters), so a part
    starts after those before and one character each. A whole ``[\\w']+`` word that is a negator
    is a token with no apostrophe on either side; an n't is a token "t" after "n'" and before no
    apostrophe. (The pattern's search tried its 29 branches at every position of the unit: some
    85,000 instructions a unit, a tenth of the framing scan's negation work.)"""
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for word in words:
        if word in negators or word == "t":
            end = position + len(word)
            if lowered[end : end + 1] != "'":
                if word in negators and (position == 0 or lowered[position - 1] != "'"):  # a whole negator word
                    starts.append(position)
                    ends.append(end)
                elif word == "t" and position >= 2 and lowered[position - 2 : position] == "n'":
                    starts.append(position - 2)
                    ends.append(end)
        position += len(word) + 1
    return starts, ends


def negation_gate(negators: Iterable[str]) -> re.Pattern[str]:
    """Where a negator or n't ends a ``[\\w']+`` run of lower-cased text, as a whole word or as the
    end of a longer one (a word the 80-character window cuts: "casi|no")."""
    words = "|".join(re.escape(w) for w in sorted(negators, key=len, reverse=True))
    return re.compile(rf"(?:{words}|n't)(?![\w'])" if words else r"n't(?![\w'])")


def _surely_not_negated(lowered: str, start: int, lex: NegationWords, negator_starts: list[int], negator_ends: list[int]) -> bool:
    """True when :func:`_negated` must say no, found without reading the words: no negator word
    (``negator_starts``/``ends``: the unit's, from ``lex.negator_pattern``) lies inside the 80
    characters before ``start``, the word cut at the window's left edge is no negator, and no
    word runs across ``start``. (Every word ``_negated`` reads is then a whole word of the unit
    holding no negator.) False means: ask :func:`_negated`."""
    lo = max(0, start - 80)
    i = bisect.bisect_left(negator_starts, lo)
    if i < len(negator_starts) and negator_ends[i] <= start:
        return False
    if start > 0 and RUN_ACROSS.match(lowered, start - 1) is not None:
        return False
    if lo > 0:
        first = _WORDS_BEFORE.match(lowered, lo, start)
        if first is not None and (first.group(0) in lex.negators or first.group(0).endswith("n't")):
            return False
    return True


def _negated(text: str, start: int, lex: NegationWords, breaks: list[int], *, lowered: bool = False) -> bool:
    """Whether a negator stands among the five words before ``start`` in its clause: the words
    after the last clause break (``breaks``: the unit's clause-break positions) and the last
    clause word within the 80 characters before the cue. ``lowered``: ``text`` is already
    lower-cased (offsets unchanged)."""
    lo = max(0, start - 80)
    last = bisect.bisect_left(breaks, start) - 1
    begin = breaks[last] + 1 if last >= 0 and breaks[last] >= lo else lo
    words = _WORDS_BEFORE.findall(text, begin, start)
    if not lowered:
        words = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in lex.clause_words:
            words = words[i + 1 :]
            break
    return any(w in lex.negators or w.endswith("n't") for w in words[-5:])


def ends_negation(word: str, lex: NegationWords) -> bool:
    """Whether a lower-cased ``\\w+`` token can end a negator run: it ends in a negator, or it is
    the "t" of n't. Tested against the negators ending in the word's last character only: every
    new word of a corpus is read here once, and an ``endswith`` of all 28 cost some 3,000
    instructions a word. (``analysis.framing.cues._learn`` writes this test out, without the call:
    keep the two alike.)"""
    by_last = lex.negator_endings_by_last
    if by_last is None:
        return word == "t" or word.endswith(lex.negator_endings)
    return word == "t" or word.endswith(by_last.get(word[-1:], ()))


def endings_by_last(endings: Iterable[str]) -> dict[str, tuple[str, ...]] | None:
    """``endings`` by their last character (a word can end only in those that end as it does);
    ``None`` when one is empty (every word ends in that one)."""
    out: dict[str, tuple[str, ...]] = {}
    for ending in endings:
        if not ending:
            return None
        out[ending[-1]] = (*out.get(ending[-1], ()), ending)
    return out


def negation_free(lowered: str, words: Sequence[str], lex: NegationWords) -> bool:
    """True when no negator nor n't ends any ``[\\w']+`` run of ``lowered`` (whole or cut short at
    its left), so that no word :func:`_negated` reads is a negator unless it runs across the cue.
    ``words``: the ``\\w+`` tokens of ``lowered`` (and empty strings, no negator's ending), every one of them read by :func:`ends_negation`
    into ``lex.negation_enders`` before (the scan does as a word enters its cache). When every
    negator is one ``\\w+`` word, a run ending in one has a last token ending in it, and a run
    ending in n't has a last token "t": the tokens tell, with no pass over the characters."""
    if not lex.word_negators:
        return lex.negation_gate is None or lex.negation_gate.search(lowered) is None
    return lex.negation_enders.isdisjoint(words)

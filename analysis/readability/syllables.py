"""Syllables of one word as textstat counts them: the vowels of its first CMUdict pronunciation,
else pyphen's hyphenation points + 1, read from the dictionaries textstat itself loads.

Split from :mod:`analysis.readability` (which counts a sentence's words with it): the per-word
dictionary look-ups are a stage of their own, with their own speed-ups (a table of vowel phones,
pyphen's pattern walk stopped where no pattern can continue)."""

from __future__ import annotations

from functools import cache
from itertools import groupby
from operator import itemgetter
from typing import Any

import textstat


@cache
def _syllable_sources() -> tuple[dict[str, list[list[str]]], Any]:
    # The CMUdict and pyphen dictionary textstat itself uses (its cached instances, so the
    # 130,000-entry CMUdict is loaded once per process, not twice).
    from textstat.backend.utils import get_cmudict, get_pyphen

    return get_cmudict("en_US"), get_pyphen("en_US")


def syllable_count(lower: str) -> int:
    """textstat's syllable count of one lower-case word: the vowels of its first CMUdict
    pronunciation, else pyphen's hyphenation points + 1.

    A word of ASCII letters and digits (what ``sentence_words`` gives for almost all news words) is
    looked up directly: textstat's own path (argument checks, punctuation removal and splitting of
    a one-word text, a small cache) cost over twice the look-up on every new word of a corpus.
    Other words go through textstat, whose punctuation removal and splitting can change them."""
    if not (lower.isascii() and lower.isalnum()):
        return textstat.syllable_count(lower)
    cmu, pyphen = _syllable_sources()
    entries = cmu.get(lower) if cmu is not None else None
    if entries:
        phones = entries[0]
        try:  # the vowels (a phone ending in a stress digit), read from a table of the phones seen
            return sum(map(_VOWEL_PHONES.__getitem__, phones))
        except KeyError:
            _VOWEL_PHONES.update((phone, int(phone[-1].isdigit())) for phone in phones)
            return sum(map(_VOWEL_PHONES.__getitem__, phones))
    return _hyphenation_points(lower, pyphen) + 1


# CMUdict phone -> 1 when it ends in a stress digit (a vowel), filled as phones are met (some 70)
_VOWEL_PHONES: dict[str, int] = {}


@cache
def _hyphenation_table(pyphen: Any) -> tuple[dict[str, tuple[int, Any] | None], int]:
    """pyphen's patterns (piece -> (offset, values)) and every prefix of a piece that is no pattern
    itself (-> None), in one dict, and its longest piece: a piece absent from it stops the walk."""
    patterns = pyphen.hd.patterns
    # longest first: the k-character prefixes are those of the (k+1)-character ones and the k-character pieces (in C; a loop: 48 M instr.)
    of_length = {length: list(pieces) for length, pieces in groupby(sorted(patterns, key=len), len)}
    prefixes: set[str] = set()
    level: set[str] = set()
    for k in range(pyphen.hd.maxlen, 0, -1):
        level = set(map(itemgetter(slice(k)), level))
        level.update(of_length.get(k, ()))
        prefixes |= level
    # one look-up per piece, not a set's and then the patterns' (each pattern is its own prefix)
    return {**dict.fromkeys(prefixes), **patterns}, pyphen.hd.maxlen


def _hyphenation_points(lower: str, pyphen: Any) -> int:
    """``len(pyphen.positions(lower))`` for a lower-case ASCII word: pyphen's own loop (every piece
    of ``.word.`` looked up in its patterns, the highest value kept at each place, the odd places
    between ``left`` and ``len(word) - right`` counted), stopped along each start as soon as the
    piece is the prefix of no pattern (no longer piece from there can be one). pyphen tries every
    piece up to its longest pattern (28 characters): some 160,000 instructions a word, a fifth of the
    measure's cost on a new corpus (the words CMUdict lacks: numbers, names)."""
    table, maxlen = _hyphenation_table(pyphen)
    pointed = f".{lower}."
    n = len(pointed)
    references = [0] * (n + 1)
    for i in range(n - 1):
        for j in range(i + 1, min(i + maxlen, n) + 1):
            pattern = table.get(pointed[i:j], _STOP)
            if pattern is _STOP:  # the prefix of no pattern
                break
            if pattern:
                offset, values = pattern
                for k, value in enumerate(values, i + offset):
                    if k > n:
                        break
                    if value > references[k]:
                        references[k] = value
    # pyphen's positions are the odd places minus one, kept between left and len(word) - right
    lo, hi = pyphen.left, len(lower) - pyphen.right
    # places lo + 1 .. hi + 1 (none when hi + 2 <= lo + 1: a negative stop would count from the end)
    return sum(1 for value in references[lo + 1 : max(hi + 2, 0)] if value % 2)


#: what ``_hyphenation_table(...).get`` gives for a piece that starts no pattern
_STOP: Any = object()

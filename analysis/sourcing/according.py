""""According to" that attributes nothing: "a fee charged according to the amount of carbon they emit",
"seats allotted according to their size". News uses the phrase in this sense of "in proportion to"
before a measure noun; read as an attribution, the measure became an anonymous source (trial 11 F1).

A cue "according to" is dropped when the next words are an optional determiner or possessive and a
measure noun, followed by "of" or, after a possessive, by anything ("according to their size").
"According to the numbers released by ..." or "according to a plan seen by ..." still attribute:
"numbers" and "plan" are no measure nouns here.
"""

from __future__ import annotations

from collections.abc import Sequence

# Nouns of quantity, rank or degree ("in proportion to ..."); none names a speaker or a document.
MEASURE_NOUNS = frozenset({"amount", "amounts", "size", "sizes", "level", "levels", "proportion", "degree", "weight",
                           "quantity", "quantities", "volume", "severity", "scale", "extent", "length", "age", "ages",
                           "income", "incomes", "distance", "magnitude", "intensity", "frequency"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"their", "its", "his", "her", "our", "your", "each"})


def measure_follows(lowered: Sequence[str], k: int) -> bool:
    """Whether the lower-case words from index ``k`` (right after "according to") are a measure:
    "the amount of ...", "their size", "the severity of ..."."""
    first = lowered[k] if k < len(lowered) else ""
    if first in _POSSESSIVES:
        return k + 1 < len(lowered) and lowered[k + 1] in MEASURE_NOUNS
    j = k + 1 if first in _DETERMINERS else k
    return j + 1 < len(lowered) and lowered[j] in MEASURE_NOUNS and lowered[j + 1] == "of"

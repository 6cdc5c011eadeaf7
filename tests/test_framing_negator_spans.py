"""negation.negator_spans reads from a unit's tokens exactly where the negator pattern matches."""

from __future__ import annotations

import pytest

from analysis.framing.cues import _NON_WORD, _SPACES, cue_lexicons
from analysis.framing.negation import negator_spans

TEXTS = [
    "no one was hurt",
    "It wasn't clear, and officials didn't say; nobody knew.",
    "'no' said the man, 'not now'. Never' again 'never",
    "don't won't can't isn't n't t 'n't' xn't n'ta no'",
    "The casino was not open, nor was the nonprofit without power.",
    "Café owners said they would never — not ever — close; ne'er.",
    "n't at the start, then t and 't' and n' t",
    "",
]


def _parts(lowered: str) -> list[str]:
    source = lowered.encode().translate(_SPACES).decode() if lowered.isascii() else _NON_WORD.sub(" ", lowered)
    return source.split(" ")


@pytest.mark.parametrize("text", TEXTS)
def test_negator_spans_match_the_pattern(text: str) -> None:
    lex = cue_lexicons()
    assert lex.word_negators
    lowered = text.lower()
    found = [(m.start(), m.end()) for m in lex.negator_pattern.finditer(lowered)]
    starts, ends = negator_spans(lowered, _parts(lowered), lex.negators)
    assert list(zip(starts, ends, strict=True)) == found

"""Opening quotation marks glued to the sentence before, put back (a text that lost its paragraph breaks).

Some corpora and copy-pastes lose an article's paragraph breaks, and the straight opening quote
that began a paragraph ends up glued to the end of the paragraph before::

    ...climate change policy." This suit is an attempt ...," Francisco said.

Read as it is, the mark after ``policy.`` closes a quotation that never opened, the real quotation
(often a side of the story) is not found, and its signature (``," Francisco said``) finds nothing
to sign. Walking the straight double quotes in order: a quote after a space and before a word
opens; a quote between sentence-final punctuation and a space before a capital closes when a
quotation is open, and otherwise is such a shifted opening, moved after the space; any other quote
closes. The Narrative Frames corpus (Frermann et al. 2023) is written this way: on its 428 bodies
this moves 809 quotes in 285 articles (a sample of 16 read by eye: all right, one where the corpus
also lost the closing quote).

Applied by :func:`analysis.load_article` only where the text is written with straight double quotes
alone (a curly opening quote closed by a straight one is a typing slip, not this) and at least
:data:`MIN_SHIFTED` quotes are shifted (one stray mark is more often a lost quote than a glued one);
the article's ``warnings`` say how many were moved. The offsets of the text do not change (a quote
and a space swap places).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Fewest shifted openings in an article before they are moved back.
MIN_SHIFTED = 2
_STRAIGHT_QUOTE = re.compile('"')
_CURLY_DOUBLE = ("\u201c", "\u201d", "\u201e")


def repair_shifted_quotes(text: str) -> str:
    """``text`` with every shifted opening quote moved back after its space (see the module docstring)."""
    return _repair(text)[0]


def _repair(text: str) -> tuple[str, int]:
    out: list[str] = []
    inside, last, moved = False, 0, 0
    for match in _STRAIGHT_QUOTE.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1 : at + 3]
        if (before.isspace() or before in "([—–-") and after[:1] and not after[:1].isspace():
            inside = True
        elif before in ".!?" and after[:1] == " " and len(after) == 2 and (after[1].isupper() or after[1] in "[(‘'"):
            if not inside:
                out += [text[last:at], ' "']
                last = at + 2
                moved += 1
            inside = not inside
        else:
            inside = False
    return "".join(out) + text[last:], moved


def repair_paragraphs(paragraphs: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    """The body paragraphs with shifted opening quotes put back, and the warning to give (None when
    nothing was moved: too few shifted quotes, or curly double quotes in the text)."""
    if '"' not in "".join(paragraphs) or any(mark in paragraph for paragraph in paragraphs for mark in _CURLY_DOUBLE):
        return tuple(paragraphs), None
    repaired = [_repair(paragraph) for paragraph in paragraphs]
    moved = sum(count for _, count in repaired)
    if moved < MIN_SHIFTED:
        return tuple(paragraphs), None
    return tuple(text for text, _ in repaired), (
        f"{moved} opening quotation marks stood glued to the end of the sentence before (…end.\" Start…), as in a "
        "text that lost its paragraph breaks; they were moved back to the start of their quotations"
    )

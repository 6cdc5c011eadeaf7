"""A rule-based sentence splitter for English news text, and the body built from its sentences.

Why our own: pySBD (Sadvilkar & Neumann 2020) gets the news cases right but its cost grows faster
than the text (about 1 s for 50 kB and 14 s for 200 kB of one paragraph, measured here), which rules
it out for 5 MB inputs and corpus runs. This splitter makes one left-to-right pass with a
non-backtracking regular expression, so its time is linear in the text.

Rules (each has a test in ``tests/test_sentences.py``):

* A sentence ends at ``.``, ``!``, ``?`` or ``…`` (one or more), optionally followed by closing
  quotation marks or brackets, then white space, then a character that can open a sentence
  (upper-case letter, digit, opening quotation mark or bracket).
* A period after a title (``Mr.``, ``Gen.``, ``Sen.``) never ends a sentence.
* A period after a month, ``No.`` or ``p.`` never ends a sentence before a number (``Jan. 5``).
* A period after another abbreviation (``Co.``, ``U.S.``, ``U.N.``, ``Jr.``) or a single initial
  (``John F. Kennedy``) ends a sentence only if the next word is a usual sentence opener
  (``The``, ``He``, ``But`` …): ``in the U.S. He said`` splits, ``the U.S. Army`` does not.
* Decimals and money (``$2.5 million``, ``3.5%``) have no space after the period, so never split.
* ``“Why?” he asked.`` does not split: the next character is lower-case.
* Several sentences inside one quotation are split like any others; the quote span on the
  :class:`~analysis.article.Article` still covers them all.

Abbreviation lists are data: ``analysis/lexicons/abbreviations.toml``.

:func:`build_body` joins the body paragraphs and splits each one, giving the
:class:`~analysis.article.model.Paragraph` and :class:`~analysis.article.model.Sentence` objects
with offsets into the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.article.model import PARAGRAPH_SEPARATOR, Paragraph, Sentence
from analysis.lexicons import lexicon_cache, load_lexicon

# Terminal punctuation, then optional closers, then the white space that must follow.
# The look-behind and possessive quantifiers make each run of punctuation be scanned once, so a
# string of 10,000 periods costs linear time, not quadratic.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"”’'»)\]]*+\s+")
_DOTTED_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]?$")
_OPENING_CHARS = set("\"“‘'«([")
# Only this much of the text before a candidate boundary is inspected, so work per boundary is
# bounded however long the sentence is (keeps the splitter linear on unpunctuated text).
_LOOKBEHIND = 64


@lexicon_cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_lexicon("abbreviations")
    return (
        frozenset(data["titles"]),
        frozenset(data["before_numbers"]),
        frozenset(data["others"]),
        frozenset(data["sentence_openers"]),
    )


def _next_word(text: str, position: int) -> str:
    end = position
    limit = min(len(text), position + 40)
    while end < limit and (text[end].isalnum() or text[end] in "'’-"):
        end += 1
    return text[position:end]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    next_pos = match.end()
    if next_pos >= len(text):
        return True
    next_char = text[next_pos]
    if not (next_char.isupper() or next_char.isdigit() or next_char in _OPENING_CHARS):
        return False
    terminal = match.group(0).rstrip()
    if not terminal.startswith(".") or len(terminal.rstrip("\"”’'»)]")) > 1:
        # "?", "!", "…" or "..." followed by an opener: a boundary.
        return True
    if terminal != ".":
        # A period followed by a closing quote or bracket (`."`, `.)`) ends the sentence.
        return True
    before = text[max(0, match.start() - _LOOKBEHIND) : match.start()]
    words_before = before.split()
    if not words_before:
        return True
    word = words_before[-1].lstrip("\"“‘'«([")
    bare = word.lower()
    titles, before_numbers, others, openers = _abbreviations()
    if bare in titles:
        return False
    next_word = _next_word(text, next_pos)
    if bare in before_numbers and next_char.isdigit():
        return False
    is_abbreviation = (
        bare in others or bare in before_numbers or _DOTTED_INITIALISM.match(word + ".") is not None or (len(word) == 1 and word.isupper())
    )
    if is_abbreviation:
        return next_word.lower() in openers or next_char in _OPENING_CHARS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of each sentence in ``text``.

    Offsets exclude surrounding white space; a text with no terminal punctuation is one sentence.
    ``text`` is usually one paragraph; sentences never cross the string's ends.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_boundary(text, match):
            end = match.start() + len(match.group(0).rstrip())
            _append_span(text, start, end, spans)
            start = match.end()
    _append_span(text, start, len(text), spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def build_body(paragraph_texts: Sequence[str]) -> tuple[str, tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Join the body paragraphs with :data:`PARAGRAPH_SEPARATOR` and split each into sentences.

    Returns the body and its paragraphs and sentences, with offsets into the body; a sentence's
    ``index`` counts over the whole body.
    """
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for index, text in enumerate(paragraph_texts):
        paragraphs.append(Paragraph(index, offset, offset + len(text), text))
        for start, end in split_sentences(text):
            sentences.append(Sentence(len(sentences), index, offset + start, offset + end, text[start:end]))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraph_texts), tuple(paragraphs), tuple(sentences)

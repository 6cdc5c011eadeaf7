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
* A period after a month, ``No.`` (also written ``Nº.`` or ``N°.``) or ``p.`` never ends a
  sentence before a number (``Jan. 5``).
* A period after another abbreviation (``Co.``, ``U.S.``, ``U.N.``, ``Jr.``) or a single initial
  (``John F. Kennedy``) ends a sentence only if the next word is a usual sentence opener
  (``The``, ``He``, ``But`` …): ``in the U.S. He said`` splits, ``the U.S. Army`` does not.
* The pronoun ``I``: a capital ``I.`` after a lower-case word (``my wife and I.``) ends the sentence
  before any capitalised word, unless another initial follows (``by I. M. Pei``); after a
  capitalised word it is an initial (``Mary I. Cole``).
* Decimals and money (``$2.5 million``, ``3.5%``) have no space after the period, so never split.
* ``“Why?” he asked.`` does not split: the next character is lower-case.
* Several sentences inside one quotation are split like any others; the quote span on the
  :class:`~analysis.article.Article` still covers them all.
* Ellipses: an unspaced ``...``, ``....`` or ``…`` before a capital ends the sentence (news writes
  a trailing-off sentence that way). A spaced ellipsis follows the style guides (Chicago, MLA):
  three spaced dots ``. . .`` mark an omission inside the sentence and never end it; four after a
  space (``word . . . . The``) are the omission plus the full stop and end it; a full stop on the
  word followed by three spaced dots (``word. . . . The``) ends the sentence at the word, and the
  ellipsis opens the next one. A bracketed ellipsis ``[...]`` is an editorial omission mark and
  never ends a sentence.
* Lists: a paragraph that opens with a list marker (``1.``, ``1)``, ``1.)``, ``a.``, optionally
  after a bullet ``•`` or ``⁃``) is a list; the marker's period is not a sentence end, and each
  later marker of the same style that continues the numbering (``2.`` after ``1.``, ``b.`` after
  ``a.``) starts a new sentence even when the item before has no full stop. Letter markers are
  lower-case: a capital and a period at the start is an initial (``A. Smith``).

The English "Golden Rules" of Pragmatic Segmenter, as carried by pySBD (Sadvilkar & Neumann 2020),
are the peer test suite (``data/external/sentence_boundaries/``); the rules above are written from
how text is punctuated, not from its cases. Every rule looks at a bounded window around a candidate
boundary, so the pass stays linear.

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
# string of 10,000 periods costs linear time, not quadratic. The first mark opens the pattern and
# the look-behind (no mark before it) comes after it, on two characters: the matches of
# (?<![.!?…])[.!?…]++..., but searched by skipping to the next mark instead of trying the
# look-behind at every character (half the time of splitting a body).
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"”’'»)\]]*+\s+")
_CLOSERS = "\"”’'»)]"
_DOTTED_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]?$")
_OPENING_CHARS = set("\"“‘'«([")
# Only this much of the text before a candidate boundary is inspected, so work per boundary is
# bounded however long the sentence is (keeps the splitter linear on unpunctuated text).
_LOOKBEHIND = 64
# A list marker: an optional bullet, a number or one lower-case letter (a capital with a period is
# an initial: "A. Smith"), then ".", ")" or ".)", then a space.
# Every part is bounded, so a failed try costs a few characters.
_LIST_MARKER = re.compile(r"(?<!\S)([•‣◦▪●⁃]\s?)?(\d{1,3}|[a-z])(\.\)|[.)])(?=\s)")
_SPACED_ELLIPSIS = " . . ."
_RAISED_O = str.maketrans("º°", "oo")


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


def _spaced_dots_ending_at(text: str, dot: int) -> tuple[int, bool]:
    """How many dots of a spaced ellipsis (``. . .``) end at ``text[dot]``, and whether its first
    dot is a full stop written on the word (``word. . . .``) rather than after a space.

    At most five dots are counted, so the work is bounded.
    """
    count, first = 1, dot
    while count < 5 and first >= 2 and text[first - 1] == " " and text[first - 2] == ".":
        first -= 2
        count += 1
    return count, first > 0 and not text[first - 1].isspace()


def _full_stop_before_spaced_ellipsis(text: str, dot: int) -> bool:
    """``word. . . . Next``: a full stop on the word, then exactly three spaced dots, then a capital.

    The sentence ends at the word; the ellipsis marks an omission at the start of the next one.
    """
    after = dot + 1 + len(_SPACED_ELLIPSIS)
    if dot == 0 or text[dot - 1].isspace() or text[dot - 1] == "." or text[dot + 1 : after] != _SPACED_ELLIPSIS:
        return False
    rest = text[after : after + 3]
    return len(rest) >= 2 and rest[0].isspace() and (rest[1].isupper() or rest[1] in _OPENING_CHARS)


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    next_pos = match.end()
    if next_pos >= len(text):
        return True
    terminal = match.group(0).rstrip()
    run = terminal.rstrip(_CLOSERS)
    next_char = text[next_pos]
    if terminal == "." and next_char == ".":
        return _full_stop_before_spaced_ellipsis(text, match.start())
    if not (next_char.isupper() or next_char.isdigit() or next_char in _OPENING_CHARS):
        return False
    if match.start() > 0 and text[match.start() - 1] == "[" and terminal[len(run) : len(run) + 1] == "]":
        # "[...]" or "[…]": an editorial omission mark, not the end of a sentence.
        return False
    if not run.startswith(".") or len(run) > 1:
        # "?", "!", "…" or "..." followed by an opener: a boundary.
        return True
    if terminal != ".":
        # A period followed by a closing quote or bracket (`."`, `.)`) ends the sentence.
        return True
    dots, attached = _spaced_dots_ending_at(text, match.start())
    if dots >= 3:
        # ". . . . Next" (omission plus full stop) ends here; ". . . Next" is an omission inside
        # the sentence; "word. . . . Next" ended at the word.
        return dots >= 4 and not attached
    return _period_is_boundary(text, match.start(), next_pos)


def _period_is_boundary(text: str, dot: int, next_pos: int) -> bool:
    """A single period followed by white space and a capital, digit or opener: the word before decides."""
    # (the last two words are all that is read: rsplit cuts only those off the rest)
    words_before = text[max(0, dot - _LOOKBEHIND) : dot].rsplit(maxsplit=2)
    if not words_before:
        return True
    word = words_before[-1].lstrip("\"“‘'«([")
    # A raised "o" (º, often typed as °) is the letter of the abbreviation: "Nº." and "N°." are "No.".
    bare = word.lower().translate(_RAISED_O)
    titles, before_numbers, others, openers = _abbreviations()
    if bare in titles:
        return False
    next_char = text[next_pos]
    if bare in before_numbers and next_char.isdigit():
        return False
    if word == "I" and len(words_before) > 1 and words_before[-2].lstrip("\"“‘'«([")[:1].islower():
        # The pronoun ("my wife and I."), unless another initial follows ("by I. M. Pei").
        return (next_char.isupper() and text[next_pos + 1 : next_pos + 2] != ".") or next_char in _OPENING_CHARS
    # (an initialism's second character is its first period, tested before the pattern: most words fail it)
    is_abbreviation = (
        bare in others or bare in before_numbers or (word[1:2] in ("", ".") and _DOTTED_INITIALISM.match(word + ".") is not None)
        or (len(word) == 1 and word.isupper())
    )
    if is_abbreviation:
        return _next_word(text, next_pos).lower() in openers or next_char in _OPENING_CHARS
    return True


def _marker_key(marker: re.Match[str]) -> tuple[str, bool, str, int]:
    """A list marker's style (bullet, numeric or not, punctuation) and its number in the list."""
    label = marker.group(2)
    number = int(label) if label.isdigit() else ord(label)
    return (marker.group(1) or "").strip(), label.isdigit(), marker.group(3), number


def _list_items(text: str) -> tuple[list[int], set[int]]:
    """For a paragraph that opens with a list marker: where each later item starts, and where the
    periods of all its markers are. Empty for any other paragraph.

    A later marker counts only in the style of the first and with the next number (or letter), so
    a stray "2." in prose does not cut it.
    """
    first = _LIST_MARKER.match(text, len(text) - len(text.lstrip()))
    if first is None:
        return [], set()
    bullet, numeric, punctuation, number = _marker_key(first)
    starts: list[int] = []
    periods = {first.start(3)} if punctuation.startswith(".") else set()
    for marker in _LIST_MARKER.finditer(text, first.end()):
        if _marker_key(marker) == (bullet, numeric, punctuation, number + 1):
            number += 1
            starts.append(marker.start())
            if punctuation.startswith("."):
                periods.add(marker.start(3))
    return starts, periods


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of each sentence in ``text``.

    Offsets exclude surrounding white space; a text with no terminal punctuation is one sentence.
    ``text`` is usually one paragraph; sentences never cross the string's ends.
    """
    item_starts, marker_periods = _list_items(text)
    # Each cut is (end of one sentence, start of the next); list items cut before their marker.
    cuts = [(position, position) for position in item_starts]
    for match in _BOUNDARY.finditer(text):
        if match.start() not in marker_periods and _is_boundary(text, match):
            cuts.append((match.start() + len(match.group(0).rstrip()), match.end()))
    if item_starts:
        cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for end, next_start in cuts:
        if next_start > start:
            _append_span(text, start, end, spans)
            start = next_start
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

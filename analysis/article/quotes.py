"""Quotation marks → :class:`~analysis.article.model.QuoteSpan` objects over the body.

One left-to-right pass over the quotation marks of each paragraph, with at most one quote open
(its state is :class:`_OpenQuote`). The rules for straight marks, apostrophes, nested quotes,
quotes continued into the next paragraph and unclosed quotes are in :func:`find_quotes`; a quote
that nothing closes ends after the comma before its attribution (:func:`_unclosed_end`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.article.model import Paragraph, QuoteSpan

_OPEN = {"“": "double", "«": "guillemet", "‘": "single", "„": "double"}
_CLOSE = {"”": "double", "»": "guillemet", "’": "single"}
# Doubled marks first: ``''`` and ````…''`` are double quotes in newspaper-archive and LaTeX-style
# text ("''It's embarrassing,'' Mr. Rubel said"), not two apostrophes. Written as one character
# class then what may follow (a second ' or ` after its twin; a lone ` is no mark): the matches of
# ''|``|[“”«»‘’„"'], searched by skipping to the next mark in C, where an alternation of a
# doubled mark and a class was tried at every character.
_QUOTE_CHAR = re.compile("[`“”«»‘’„\"'](?:(?<=')'|(?<=`)`|(?<!`))")
_DOUBLED = ("''", "``")


@dataclass
class _OpenQuote:
    mark_start: int
    start: int
    paragraph: int
    kind: str


def find_quotes(body: str, paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteSpan, ...]:
    """Find quotation spans in ``body`` (see :class:`QuoteSpan` for the rules).

    Straight double marks (") open when they stand before a word and close otherwise. A curly
    right single mark (’) is an apostrophe unless a single quote is open and the mark is not
    followed by a letter, so possessives (``Syria’s``, ``residents'``) never break the parser.
    A straight single mark (') opens a quote only after a space and before a letter, with no quote
    open, and closes only an open single quote before a space or punctuation; otherwise it is an
    apostrophe (``don't``, ``residents'``, ``'90s``). Single quotes nested inside a double quote
    belong to it.
    """
    spans: list[QuoteSpan] = []
    current: _OpenQuote | None = None
    for paragraph in paragraphs:
        if current is not None:
            first = body[paragraph.start : paragraph.start + 1]
            continues = (current.kind == "double" and (first in ("“", '"', "„") or body.startswith(_DOUBLED, paragraph.start))) or (
                current.kind == "guillemet" and first == "«"
            )
            if not continues:
                previous = paragraphs[paragraph.index - 1]
                _close(spans, body, current, _unclosed_end(body, current, previous.end), previous.end, previous.index, closed=False)
                current = None
        current = _scan_paragraph(body, paragraph, current, spans)
    if current is not None and paragraphs:
        last = paragraphs[-1]
        _close(spans, body, current, _unclosed_end(body, current, last.end), last.end, last.index, closed=False)
    return tuple(spans)


# The attribution news writes right after a quotation: ", said the mayor", ", she said", ", Ortiz
# told reporters". In a quotation no mark closes and no next paragraph continues, it shows where
# the missing closing mark belongs (a typo of real copy: “We will not stop, said the mayor ...).
_ATTRIBUTION_AFTER = re.compile(
    r",\s+(?:(?:said|says|added|told|asked|wrote)\b|(?:he|she|they|it|we|I|(?:[Tt]he\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"\s+(?:said|says|added|told|asked|wrote)\b)"
)


def _unclosed_end(body: str, quote: _OpenQuote, end: int) -> int:
    """Where a quotation left open to ``end`` ends: after the comma before the first attribution in
    it (``_ATTRIBUTION_AFTER``), else at ``end``; the words after it are the reporter's again."""
    found = _ATTRIBUTION_AFTER.search(body, quote.start, end)
    return found.start() + 1 if found is not None and found.start() > quote.start else end


def _scan_paragraph(body: str, paragraph: Paragraph, current: _OpenQuote | None, spans: list[QuoteSpan]) -> _OpenQuote | None:
    """Open and close quotes at the marks of one paragraph; return the quote still open at its end."""
    skip_opening_at = paragraph.start if current is not None else -1
    for match in _QUOTE_CHAR.finditer(body, paragraph.start, paragraph.end):
        position, width = match.start(), match.end() - match.start()
        if position == skip_opening_at:
            continue  # the opening mark of a continued quotation
        before = body[position - 1] if position > paragraph.start else " "
        after = body[position + width] if position + width < paragraph.end else " "
        mark = _read_mark(match.group(0), before, after, current)
        if mark is None:
            continue
        # (the pattern's mark is the straight one at ``position``: tested first, no match tried at every mark)
        if current is None and body[position] == '"' and _SPACED_OPENING.match(body, position - 2, min(paragraph.end, position + 3)):
            # 'he told Cook. " You guys ...': a straight mark typed with a space after it, opening a sentence
            current = _OpenQuote(position, position + 2, paragraph.index, "double")
            continue
        if mark in _OPEN and not (mark == "‘" and before.isalnum()):
            kind = _OPEN[mark]
            if current is not None and kind == "single" and current.kind != "single":
                continue  # a quote inside a quote belongs to the outer one
            if current is not None and kind == current.kind:
                _close(spans, body, current, position, position, paragraph.index, closed=False)
            if current is None or kind == current.kind:
                current = _OpenQuote(position, position + width, paragraph.index, kind)
        elif mark in _CLOSE and current is not None and _CLOSE[mark] == current.kind:
            if mark == "’" and (after.isalpha() or position == current.start):
                continue  # an apostrophe: won’t, Syria’s
            if match.group(0) == "''" and body[position + 2 : position + 3] == "'":
                # A tripled mark: a single quote nested at the end of the double one ("… with
                # 'We'll bomb them,''' said McCain"); the first mark belongs to the text.
                position, width = position + 1, 2
            _close(spans, body, current, position, position + width, paragraph.index, closed=True)
            current = None
    return current


# A straight double mark between a sentence's end and a capitalised word, a space on each side.
_SPACED_OPENING = re.compile(r'[.?!] " [A-Z]')


def _read_mark(mark: str, before: str, after: str, current: _OpenQuote | None) -> str | None:
    """A straight mark read as the curly mark it stands for here (None: an apostrophe); others as they are."""
    if mark == "``":
        return "“"
    if mark == "“" and current is not None and current.kind == "double" and not before.isspace() and (after.isspace() or after in ".,;:"):
        return "”"  # a left mark typed for the closing one: "… for her here,“ said Jim Clyburn"
    if mark == "”" and current is None and before.isspace() and after.isalpha():
        return "“"  # a right mark typed for the opening one, before a word: ”Mr. Trump embodies …”
    if mark == "''":
        # Opens before a word after a space (no quote open); otherwise closes ("…,'' he said").
        return "“" if current is None and (before.isspace() or before in "([—–") and not after.isspace() else "”"
    if mark == '"':
        opening = current is None and (before.isspace() or before in "([—–-/") and not after.isspace()
        if current is None and not opening and not after.isspace() and after.isalnum():
            opening = True
        return "“" if opening else "”"
    if mark == "'":
        # Straight single marks are apostrophes unless they open before a letter after a
        # space (no quote open) or close an open single quote before a space or punctuation.
        if current is None and (before.isspace() or before in "([—–") and after.isalpha():
            return "‘"
        if current is not None and current.kind == "single" and not before.isspace() and not after.isalnum():
            return "’"
        return None
    return mark


def _close(spans: list[QuoteSpan], body: str, quote: _OpenQuote, end: int, mark_end: int, last_paragraph: int, *, closed: bool) -> None:
    """End ``quote`` at ``end`` (trailing white space left out); an empty quote gives no span."""
    inner_end = end
    while inner_end > quote.start and body[inner_end - 1].isspace():
        inner_end -= 1
    if inner_end > quote.start:
        spans.append(
            QuoteSpan(
                start=quote.start,
                end=inner_end,
                mark_start=quote.mark_start,
                mark_end=mark_end if closed else inner_end,
                text=body[quote.start : inner_end],
                first_paragraph=quote.paragraph,
                last_paragraph=last_paragraph,
                closed=closed,
                kind=quote.kind,
            )
        )

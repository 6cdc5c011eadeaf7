"""The frozen types of an article: :class:`Article` and its paragraphs, sentences, quotes and removed lines.

Offsets: every ``start``/``end`` on a paragraph, sentence or quote is a character offset into
:attr:`Article.body`, in which paragraphs are joined by one blank line (``"\\n\\n"``,
:data:`PARAGRAPH_SEPARATOR`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, filterfalse, repeat
from operator import add
from typing import Any

PARAGRAPH_SEPARATOR = "\n\n"
_ALNUM = re.compile(r"[^\W_]")  # one character str.isalnum() accepts
_TOKEN_SPLIT = re.compile(r"([^\W_]+)")
# The same words in a text with no letter or digit outside ASCII (:func:`_ascii_words`), by bytes
# (:func:`_ascii_tokens`): a letter or digit byte stays, any other byte becomes a space.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_ASCII_BYTES = bytes(range(128))


@dataclass(frozen=True)
class Tokens:
    """The words of a text, maximal runs of letters and digits (what ``str.isalnum`` accepts:
    "al-Assad" and "don’t" are two words each), with their start and end offsets, in order."""

    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def word_tokens(text: str) -> Tokens:
    """The :class:`Tokens` of ``text``.

    One ``re.split`` gives separators and words in turn, so the offsets are the running sums of
    their lengths: no Python loop per word. The regular-expression pass is the cost (about 400
    instructions a character), so an article's body is tokenised once (:attr:`Article.tokens`),
    and a text whose letters are all ASCII (most news) is split without one (:func:`_ascii_tokens`).
    """
    if _ascii_words(text):
        return _ascii_tokens(text)
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return Tokens(tuple(parts[1::2]), tuple(offsets[1:-1:2]), tuple(offsets[2::2]))


def _ascii_tokens(text: str) -> Tokens:
    """:func:`word_tokens` of a text whose letters and digits are all ASCII, with no regular
    expression: each character outside ASCII becomes one "?" byte and every byte but a letter or
    digit a space (offsets unchanged), so the text split at single spaces gives the words, with an
    empty part per extra separator, and part k starts after the parts and spaces before it. A
    quarter fewer instructions than ``re.split`` on ``([A-Za-z0-9]+)`` (round 19: 51 M against
    69 M over 39 Narrative Frames bodies)."""
    parts = text.encode("ascii", "replace").translate(_ASCII_WORD_BYTES).decode("ascii").split(" ")
    # (the parts themselves select: an empty part is false, so no list of flags is made)
    words = tuple(filter(None, parts))
    starts = tuple(compress(accumulate(map(add, map(len, parts), repeat(1)), initial=0), parts))
    return Tokens(words, starts, tuple(map(add, starts, map(len, words))))


def _ascii_words(text: str) -> bool:
    """Whether the ASCII pattern finds the same words as [^\\W_] in ``text``: no letter or digit
    outside ASCII. Half the news bodies are not ASCII only for their dashes and curly quotes, which
    are no word characters; the ASCII table is a third cheaper than the Unicode category look-ups."""
    if text.isascii():
        return True
    # The characters outside ASCII: the UTF-8 text without its ASCII bytes (no other character holds
    # one), two C passes where a search for [^\x00-\x7f] tested every character against the class.
    beyond = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return not any(map(str.isalnum, set(beyond)))


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph. ``index`` counts body paragraphs from 0."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``index`` over the whole body, ``paragraph`` the paragraph index."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str

    def __init__(self, index: int, paragraph: int, start: int, end: int, text: str) -> None:
        # (the fields set by one update of the instance dictionary, not the frozen dataclass's generated
        # __init__, which sets each through object.__setattr__ at several times the cost, as
        # actors.model.ActorMention does: dozens per article; the dataclass keeps this __init__)
        self.__dict__.update(index=index, paragraph=paragraph, start=start, end=end, text=text)


@dataclass(frozen=True)
class QuoteSpan:
    """Text inside quotation marks.

    ``start``/``end`` delimit the words inside the marks; ``mark_start``/``mark_end`` include the
    marks. A quote continued into the next paragraph (that paragraph opens with a new opening mark
    and the previous one has no closing mark, the news convention) is one span over both. A quote
    still open at the end of a paragraph that is not continued is closed there with
    ``closed=False`` (the unclosed-quote rule).
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    text: str
    first_paragraph: int
    last_paragraph: int
    closed: bool
    kind: str  # "double" (“ ” or "), "single" (‘ ’) or "guillemet" (« »)

    def __init__(
        self, start: int, end: int, mark_start: int, mark_end: int, text: str, first_paragraph: int, last_paragraph: int,
        closed: bool, kind: str,
    ) -> None:
        # (one update of the instance dictionary, as :class:`Sentence`: nine fields through
        # object.__setattr__ cost about 15,000 instructions a quote)
        self.__dict__.update(
            start=start, end=end, mark_start=mark_start, mark_end=mark_end, text=text, first_paragraph=first_paragraph,
            last_paragraph=last_paragraph, closed=closed, kind=kind,
        )

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class RemovedLine:
    """A line of the source that is not part of the article text, and why."""

    line: int  # 1-based line number in the decoded source (0 for HTML, where lines are not kept)
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """A news article, cut from its page. Build it with :func:`load_article`."""

    headline: str | None
    byline: str | None
    dateline: str | None
    caption: str | None
    caption_credit: str | None
    body: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[QuoteSpan, ...]
    removed: tuple[RemovedLine, ...]
    sha256: str
    source_name: str | None = None
    source_format: str = "text"  # "text" or "html"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

    @cached_property
    def word_count(self) -> int:
        """Words of the body (white-space separated tokens with a letter or digit); counted once
        per article (several measures ask)."""
        # token.isalnum() settles most tokens, and filterfalse picks the others, in C; only those are
        # searched for one letter or digit ([^\W_] is exactly str.isalnum per character). A
        # generator per token cost 4x as much, and a generator over all tokens a quarter more.
        tokens = self.body.split()
        others = list(filterfalse(str.isalnum, tokens))
        return len(tokens) - len(others) + sum(map(bool, map(_ALNUM.search, others)))

    @cached_property
    def tokens(self) -> Tokens:
        """The body's words and their offsets (:func:`word_tokens`), found once per article: actors
        and sourcing both read them."""
        return word_tokens(self.body)

    def sentences_in(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of one paragraph, in order."""
        return tuple(s for s in self.sentences if s.paragraph == paragraph)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains body offset ``offset``, if any (binary search: O(log n))."""
        position = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if position >= 0 and self.sentences[position].start <= offset < self.sentences[position].end:
            return self.sentences[position]
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: parts, counts, removed lines, quotes (the body is included)."""
        return {
            "headline": self.headline,
            "byline": self.byline,
            "dateline": self.dateline,
            "caption": self.caption,
            "caption_credit": self.caption_credit,
            "source_name": self.source_name,
            "source_format": self.source_format,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "word_count": self.word_count,
            "paragraph_count": len(self.paragraphs),
            "sentence_count": len(self.sentences),
            "body": self.body,
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end} for p in self.paragraphs],
            "sentences": [
                {"index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text} for s in self.sentences
            ],
            "quotes": [
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "first_paragraph": q.first_paragraph,
                    "last_paragraph": q.last_paragraph,
                    "closed": q.closed,
                    "kind": q.kind,
                }
                for q in self.quotes
            ],
            "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in self.removed],
            "warnings": list(self.warnings),
        }

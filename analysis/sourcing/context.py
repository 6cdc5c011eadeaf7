"""The frozen per-article lookups every sourcing stage reads, and the bounds that keep it linear.

:class:`Document` holds the body, the sentences, the quotation spans, the actor mentions of
:mod:`analysis.actors` and the lexicon, with the look-ups the stages share: the sentence at an
offset, whether an offset is inside quotation marks, the mentions in a span. It is built once per
article and never changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from analysis.actors import ActorMention, ActorsResult
from analysis.article import Article, Paragraph, QuoteSpan, Sentence
from analysis.sourcing.lexicon import WORD, Lexicon

# Look-back bounds keep the cost linear on long inputs: coreference reads only recent text.
LOOKBACK_CHARS = 4000
LOOKBACK_SOURCES = 40
TITLE_MENTIONS = 20  # a person's title is looked for in their first mentions only
MAX_SPEAKER = 400  # characters read after an inverted cue for the speaker phrase
MAX_CUES_BEFORE = 4  # cues tried before a quotation, nearest first
MAX_CONTENT = 2000  # characters of paraphrase (or reason search) read around a cue; news sentences are shorter


_START = attrgetter("start")
_END = attrgetter("end")


@dataclass(frozen=True)
class Document:
    """One article as the sourcing stages read it (see the module docstring)."""

    article: Article
    body: str
    body_lower: str
    lex: Lexicon
    mentions: tuple[ActorMention, ...]
    mention_starts: tuple[int, ...]
    # The greatest end of the mentions up to each one (in start order): when it is within a span's
    # end, every mention starting in the span lies wholly in it, and none needs its end read.
    mention_end_max: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    quotes: tuple[QuoteSpan, ...]
    quote_marks: tuple[tuple[int, int], ...]  # (mark_start, end of the marks), sorted
    quote_mark_starts: tuple[int, ...]
    person_mentions: Mapping[str, tuple[ActorMention, ...]]  # a person's mentions, in body order
    # Each sentence's words as written (``WORD.findall``), by sentence index, and their body
    # offsets: the cue and the accusation stages both read every sentence's words.
    sentence_words: tuple[tuple[str, ...], ...]
    sentence_lower: tuple[tuple[str, ...], ...]  # the same words lower-cased
    # The same words as a set: the stages ask several times per sentence whether it holds any word
    # of a list ("isdisjoint"), which over a set reads only the smaller side, over a tuple every word.
    sentence_sets: tuple[frozenset[str], ...]
    sentence_word_starts: tuple[tuple[int, ...], ...]
    sentence_word_ends: tuple[tuple[int, ...], ...]
    # Answers of pure look-ups on a span of this body (:func:`.phrases.speaker_like`,
    # :func:`.phrases.core_head_in`), by (look-up, span): the speaker and coreference stages ask
    # about the same phrase two or three times. Not part of the record (no compare, no repr).
    memo: dict[tuple[str, tuple[int, int]], Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, article: Article, actors: ActorsResult, lex: Lexicon) -> Document:
        quote_marks = tuple(sorted((q.mark_start, max(q.mark_end, q.end)) for q in article.quotes))
        grouped: dict[str, list[ActorMention]] = {}
        for m in actors.mentions:
            if m.kind == "person":
                grouped.setdefault(m.actor, []).append(m)
        words, lower, starts, ends = _sentence_words(article)
        # The horizontal bar some sites write for an em dash ("taxes ― as was true ― Trump boasted")
        # is read as the em dash every rule knows (one character for one: offsets stay the article's).
        # (``str.replace``: ``str.translate`` looks a table up per character, about 1 ms a body.)
        body = article.body.replace("\u2015", "\u2014")
        return cls(
            article=article,
            body=body,
            body_lower=body.lower(),
            lex=lex,
            mentions=tuple(actors.mentions),
            mention_starts=tuple(map(_START, actors.mentions)),  # (attrgetter: no generator frame per item)
            mention_end_max=tuple(accumulate(map(_END, actors.mentions), max)),
            sentence_starts=tuple(map(_START, article.sentences)),
            quotes=article.quotes,
            quote_marks=quote_marks,
            quote_mark_starts=tuple(a for a, _ in quote_marks),
            person_mentions=MappingProxyType({k: tuple(v) for k, v in grouped.items()}),
            sentence_words=words,
            sentence_lower=lower,
            sentence_sets=tuple(map(frozenset, lower)),
            sentence_word_starts=starts,
            sentence_word_ends=ends,
        )

    def word_offsets(self, sentence: Sentence, lower: bool = False) -> list[tuple[int, int, str]]:
        """(body start, body end, word) of each word of ``sentence`` (:attr:`sentence_words`, or
        :attr:`sentence_lower` with ``lower``)."""
        i = sentence.index
        words = self.sentence_lower[i] if lower else self.sentence_words[i]
        return list(zip(self.sentence_word_starts[i], self.sentence_word_ends[i], words, strict=True))

    def text_end(self, start: int, end: int) -> int:
        """``start + len(body[start:end].rstrip())``, without copying the span (a speaker chunk's
        zone runs from its sentence's start)."""
        body = self.body
        while end > start and body[end - 1].isspace():
            end -= 1
        return end

    def last_word(self, start: int, end: int) -> str | None:
        """The run of letters and digits (``[^\\W_]+``) that ends ``body[start:end]``, or None:
        the article's tokens found by bisection, instead of a regular expression over the span."""
        if end <= start:
            return None
        tokens = self.article.tokens  # (the body's ― made — changes no token: the offsets are the same)
        k = bisect.bisect_left(tokens.ends, end)
        if k == len(tokens.ends) or tokens.starts[k] >= end:
            return None  # no letter or digit right before ``end``
        return self.body[max(tokens.starts[k], start) : end]

    def sentence_at(self, offset: int) -> Sentence:
        k = bisect.bisect_right(self.sentence_starts, offset) - 1  # (a comparison, not a call of max(): asked ~70 times an article)
        return self.article.sentences[k if k > 0 else 0]

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph of the sentence at ``offset``."""
        return self.article.paragraphs[self.sentence_at(offset).paragraph]

    def in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quote_mark_starts, offset) - 1
        return k >= 0 and self.quote_marks[k][0] <= offset < self.quote_marks[k][1]

    def mentions_near(self, span: tuple[int, int]) -> list[ActorMention]:
        """Mentions starting inside ``span`` (they may run past its end)."""
        starts = self.mention_starts
        lo = bisect.bisect_left(starts, span[0])
        return list(self.mentions[lo : bisect.bisect_left(starts, span[1], lo)])

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying wholly inside ``start``..``end``."""
        starts = self.mention_starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end, lo)
        if hi > lo and self.mention_end_max[hi - 1] <= end:
            return list(self.mentions[lo:hi])  # (most calls: no mention runs past the end, so none is read one by one)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


_Words = tuple[tuple[str, ...], ...]
_Offsets = tuple[tuple[int, ...], ...]


def _sentence_words(article: Article) -> tuple[_Words, _Words, _Offsets, _Offsets]:
    """Each sentence's ``WORD.findall(sentence.text)``, the same words lower-cased, and their body
    offsets, read off the article's tokens (:attr:`Article.tokens`, which actors reads too)
    instead of a second pass of a regular expression over the text, which cost as much as the
    rest of this stage.

    A WORD is a run of tokens joined by one hyphen or apostrophe each ("al-Assad", "don’t"). A
    sentence whose first or last word would run across its edge (not seen in news text) is read
    with the expression itself, so the words are always those of ``WORD.findall``.
    """
    body, tokens = article.body, article.tokens
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    joins = _joins(body, ends)
    if joins:
        words, starts, ends = _join(body, words, starts, ends, joins)
    lowered = tuple(map(str.lower, words))  # (word by word: a str.lower of them all joined is slower once one is not ASCII)
    out_words, out_lower, out_starts, out_ends = [], [], [], []
    for sentence in article.sentences:
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end, lo)
        if (lo > 0 and ends[lo - 1] > sentence.start) or (hi > lo and ends[hi - 1] > sentence.end):
            found = [(m.start() + sentence.start, m.end() + sentence.start, m.group()) for m in WORD.finditer(sentence.text)]
            out_words.append(tuple(w for _, _, w in found))
            out_lower.append(tuple(w.lower() for _, _, w in found))
            out_starts.append(tuple(a for a, _, _ in found))
            out_ends.append(tuple(b for _, b, _ in found))
            continue
        out_words.append(words[lo:hi])
        out_lower.append(lowered[lo:hi])
        out_starts.append(starts[lo:hi])
        out_ends.append(ends[lo:hi])
    return tuple(out_words), tuple(out_lower), tuple(out_starts), tuple(out_ends)


def _joins(body: str, ends: Sequence[int]) -> list[int]:
    """The tokens k that join token k + 1: a hyphen or apostrophe alone between two letters or
    digits (``str.isalnum`` is ``[^\\W_]`` per character). The marks are found with ``str.find``,
    a few per paragraph, rather than by reading the character after every token."""
    marks: list[int] = []
    for mark in "-’'":
        at = body.find(mark)
        while at != -1:
            marks.append(at)
            at = body.find(mark, at + 1)
    marks.sort()
    return [bisect.bisect_left(ends, at) for at in marks if 0 < at < len(body) - 1 and body[at - 1].isalnum() and body[at + 1].isalnum()]


def _join(
    body: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], joins: list[int]
) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The tokens with each run of joined ones (token k and k + 1 for k in ``joins``, in order)
    made one word ("mother-in-law": one run of two joins). The tokens between runs are copied a
    slice at a time, so the cost is linear in the tokens (deleting joined tokens from a list one by
    one moved every later token each time: quadratic on a long text)."""
    out_words: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    done = 0  # the tokens before this one are in the output
    k = 0
    while k < len(joins):
        first = joins[k]
        while k + 1 < len(joins) and joins[k + 1] == joins[k] + 1:
            k += 1
        last = joins[k] + 1  # the run is tokens first..last
        out_words += words[done:first]
        out_words.append(body[starts[first] : ends[last]])
        out_starts += starts[done : first + 1]
        out_ends += ends[done:first]
        out_ends.append(ends[last])
        done = last + 1
        k += 1
    out_words += words[done:]
    out_starts += starts[done:]
    out_ends += ends[done:]
    return tuple(out_words), tuple(out_starts), tuple(out_ends)

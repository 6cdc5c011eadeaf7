"""The frozen per-article lookups every sourcing stage reads, and the bounds that keep it linear.

:class:`Document` holds the body, the sentences, the quotation spans, the actor mentions of
:mod:`analysis.actors` and the lexicon, with the look-ups the stages share: the sentence at an
offset, whether an offset is inside quotation marks, the mentions in a span. It is built once per
article and never changes.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

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


@dataclass(frozen=True)
class Document:
    """One article as the sourcing stages read it (see the module docstring)."""

    article: Article
    body: str
    body_lower: str
    lex: Lexicon
    mentions: tuple[ActorMention, ...]
    mention_starts: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    quotes: tuple[QuoteSpan, ...]
    quote_marks: tuple[tuple[int, int], ...]  # (mark_start, end of the marks), sorted
    quote_mark_starts: tuple[int, ...]
    person_mentions: Mapping[str, tuple[ActorMention, ...]]  # a person's mentions, in body order
    # Each sentence's words as written (``WORD.findall``), by sentence index: the cue and the
    # accusation stages both read every sentence's words, and the regular expression is the cost.
    sentence_words: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, article: Article, actors: ActorsResult, lex: Lexicon) -> Document:
        quote_marks = tuple(sorted((q.mark_start, max(q.mark_end, q.end)) for q in article.quotes))
        grouped: dict[str, list[ActorMention]] = {}
        for m in actors.mentions:
            if m.kind == "person":
                grouped.setdefault(m.actor, []).append(m)
        return cls(
            article=article,
            body=article.body,
            body_lower=article.body.lower(),
            lex=lex,
            mentions=tuple(actors.mentions),
            mention_starts=tuple(m.start for m in actors.mentions),
            sentence_starts=tuple(s.start for s in article.sentences),
            quotes=article.quotes,
            quote_marks=quote_marks,
            quote_mark_starts=tuple(a for a, _ in quote_marks),
            person_mentions=MappingProxyType({k: tuple(v) for k, v in grouped.items()}),
            sentence_words=tuple(tuple(WORD.findall(s.text)) for s in article.sentences),
        )

    def sentence_at(self, offset: int) -> Sentence:
        sentences = self.article.sentences
        return sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph of the sentence at ``offset``."""
        return self.article.paragraphs[self.sentence_at(offset).paragraph]

    def in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quote_mark_starts, offset) - 1
        return k >= 0 and self.quote_marks[k][0] <= offset < self.quote_marks[k][1]

    def mentions_near(self, span: tuple[int, int]) -> list[ActorMention]:
        """Mentions starting inside ``span`` (they may run past its end)."""
        k = bisect.bisect_left(self.mention_starts, span[0])
        out = []
        while k < len(self.mentions) and self.mentions[k].start < span[1]:
            out.append(self.mentions[k])
            k += 1
        return out

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying wholly inside ``start``..``end``."""
        k = bisect.bisect_left(self.mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

"""The state the actor finder's passes share over one text (:class:`_Scan`): the tokens, the word
lists and the mentions found so far. It stands below the passes (:mod:`.mentions`, :mod:`.short_forms`,
:mod:`.news_names`, :mod:`.lone_surnames`, :mod:`.venues`), which all read and extend it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from operator import is_

from analysis.actors.gazetteer import Gazetteer, WordLists, gender_lookup, load_titles
from analysis.actors.model import ActorMention

# A line of title case (a headline glued to the text): see :func:`title_case_spans`.
_HEADLINE_WORDS = frozenset({"After", "He", "She", "They", "It", "Is", "Are", "Was", "Were", "To", "Of", "For", "In", "On", "At",
                             "With", "Over", "From", "And", "The", "A", "An", "Not", "Just", "What", "How", "Why", "Says",
                             "Said", "His", "Her", "Their", "Into", "Against", "As", "By"})
_SENTENCE_END = re.compile(r"[.!?]")
_TITLE_CASE_SMALL = frozenset({"to", "of", "the", "a", "an", "in", "on", "for", "and", "at", "by", "with", "as", "vs", "s", "or"})


@dataclass(frozen=True)
class SpanTable:
    """The mentions' spans sorted, their starts, and ``reach[k]``: the furthest end among spans 0..k."""

    spans: list[tuple[int, int]]
    starts: list[int]
    reach: list[int]


@dataclass
class _Scan:
    """What the passes over one text share: the tokens, the word lists and the mentions so far.

    Mutable on purpose: the passes run in order and each reads what the earlier ones found
    (``consumed`` tokens, ``title_before`` marks, ``persons`` by last name, ``acronyms``).
    """

    body: str
    sentences: tuple[tuple[int, int, int, int], ...]
    # The tokens as three columns (no object per token): token i is words[i] at starts[i]..ends[i].
    words: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    starters: list[int]  # tokens that may start a mention or a title, in order (see find_mentions)
    gaz: Gazetteer
    lists: WordLists
    honorifics: frozenset[str]
    sentence_starts: list[int]
    sentence_first_token: set[int]
    lower_words: set[str]
    consumed: list[bool]
    title_before: list[bool]  # token i follows a title or honorific
    mentions: list[ActorMention] = field(default_factory=list)
    persons: dict[str, str] = field(default_factory=dict)  # last name -> canonical full name
    acronyms: dict[str, str] = field(default_factory=dict)  # "AIU" -> "Athletics Integrity Unit"
    strong_organisations: set[str] = field(default_factory=set)  # names typed organisations by their own evidence
    # One-word runs no rule typed yet, as (start, end, word, word before, word after): a surname
    # whose full name comes later, or a given name beside a speech verb (:func:`_lone_names`).
    pending: list[tuple[int, int, str, str | None, str | None]] = field(default_factory=list)
    vouched: set[str] = field(default_factory=set)  # persons named with a known given name or after a title
    # person_gender for the lexicons in force, taken once per text: the passes ask ~160 times per
    # article, and each person_gender call pays the lexicon wrapper's digest look-up.
    gender: Callable[[str], str | None] = field(default_factory=gender_lookup)
    title_case: list[tuple[int, int]] | None = None  # title_case_spans, once found (three passes ask)
    titles: Mapping[tuple[str, ...], bool | None] = field(default_factory=lambda: load_titles()[1])  # (asked per run)
    # The starters by their word and by the word after them, in order (made on first need,
    # :meth:`starters_of`, :meth:`starters_before`): the starters do not change after the scan is
    # made, and a dozen passes look for a few words among them.
    starter_index: tuple[dict[str, list[int]], dict[str, list[int]]] | None = None
    upper_starters: list[int] | None = None  # the starters in capitals ("AIU", "CGT"), by :meth:`in_capitals`
    # The mentions' spans in order, with their starts and running furthest end (:meth:`span_table`), and
    # the mentions they were read from.
    span_memo: tuple[tuple[ActorMention, ...], SpanTable] | None = None

    def sentence_and_paragraph(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, 0
        s = self.sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]
        return s[2], s[3]

    def starters_of(self, words: Collection[str]) -> list[int]:
        """The starters that are one of ``words``, in order: what ``[i for i in self.starters if
        self.words[i] in words]`` gives, from the table of the starters by word (each pass looping
        over every starter for a few words cost a dozen loops of ~150 tokens per article)."""
        return _among(self.starter_tables()[0], words)

    def starters_before(self, words: Collection[str]) -> list[int]:
        """The starters followed by one of ``words`` (the next token), in order."""
        return _among(self.starter_tables()[1], words)

    def starter_tables(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """The starters by word and by next word (their keys: the distinct starter words), built once."""
        if self.starter_index is None:
            by_word: dict[str, list[int]] = {}
            by_next: dict[str, list[int]] = {}
            words, last = self.words, len(self.words) - 1
            for i in self.starters:
                by_word.setdefault(words[i], []).append(i)
                if i < last:
                    by_next.setdefault(words[i + 1], []).append(i)
            self.starter_index = by_word, by_next
        return self.starter_index

    def in_capitals(self) -> list[int]:
        """The starters whose word has no lower-case letter and some upper-case one (``str.isupper``:
        "AIU", "I"), in order: the acronym rules' candidates, found once."""
        if self.upper_starters is None:
            words = self.words
            self.upper_starters = [i for i in self.starters if words[i].isupper()]
        return self.upper_starters

    def span_table(self) -> SpanTable:
        """The mentions' (start, end) in order, their starts and the furthest end among the first k
        (read only: shared). A dozen passes ask, and most passes between two of them change no
        mention, so the table is kept while the mentions are the same objects in the same order
        (an identity test per mention, in C) and made again only when a pass changed them."""
        mentions, memo = self.mentions, self.span_memo
        if memo is not None and len(memo[0]) == len(mentions) and all(map(is_, memo[0], mentions)):
            return memo[1]
        spans = sorted([(m.start, m.end) for m in mentions])
        table = SpanTable(spans, [a for a, _ in spans], list(accumulate([b for _, b in spans], max)))
        self.span_memo = (tuple(mentions), table)
        return table

    def add(self, actor: str, kind: str, start: int, end: int, via: str, institution: str | None = None) -> None:
        sentence, paragraph = self.sentence_and_paragraph(start)
        self.mentions.append(ActorMention(actor, kind, self.body[start:end], start, end, sentence, paragraph, via, institution))


def _among(index: dict[str, list[int]], words: Collection[str]) -> list[int]:
    """The token indices ``index`` holds for any of ``words`` (a set), in order."""
    found = [index[w] for w in (words if len(words) < len(index) else index.keys() & words) if w in index]
    if len(found) == 1:
        return list(found[0])
    return sorted(chain.from_iterable(found))


def title_case_spans(scan: _Scan) -> list[tuple[int, int]]:
    """Body spans opening a line with six or more capitalised words, only short function words
    between, no full stop, three of them words the text also writes in lower case ("Urges", "Stop",
    "After", "Deal") and one a word only title case capitalises ("After", "To"). Found once per scan
    (it reads only the tokens and the text's lower-case words, which the passes do not change)."""
    if scan.title_case is None:
        scan.title_case = _title_case_spans(scan)
    return scan.title_case


def _title_case_spans(scan: _Scan) -> list[tuple[int, int]]:
    words, starts, spans = scan.words, scan.starts, []
    line_starts = [0] + [m.end() for m in re.finditer("\n", scan.body)]
    stops = _SENTENCE_END.search(scan.body) is not None  # (a headline has none: no search per word)
    for i in sorted({bisect.bisect_left(starts, offset) for offset in line_starts}):
        j, capitals, common = i, 0, 0
        while j < len(words) and (words[j][:1].isupper() or words[j] in _TITLE_CASE_SMALL) and (
            j == i or not stops or not _SENTENCE_END.search(scan.body, scan.ends[j - 1], starts[j])
        ):  # (a headline glued to the text has no full stop; two sentences are no headline)
            if words[j][:1].isupper():
                capitals += 1
                common += words[j].lower() in scan.lower_words
            j += 1
        if capitals >= 6 and common >= 3 and any(words[k] in _HEADLINE_WORDS for k in range(i + 1, j)):
            spans.append((starts[i], scan.ends[j - 1]))
    return spans

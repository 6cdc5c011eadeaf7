"""A lede's definite description of the person the next sentence names (trial 16 F3).

US news often opens with a description and names the person a sentence later: "The acting
director of the federal agency responsible for … has repeatedly denied …" then "William Perry
Pendley was appointed … as the acting director of the Bureau of Land Management." The reader is
told who it is at once, so the description is no anonymous source (AP: a source is anonymous when
the reporter withholds the name) and its words are the named person's. A definite description
("the <title> of …", "the agency's <title>") with no reason for anonymity is the person named
after it, within the same or the next paragraph and at most two sentences on, when that person's
first mention is followed by the same title: an apposition (", the acting director"), a copula or
an appointment ("is / was / became …", "was appointed / named (by …) (as) the acting director").
The named person takes the description's title (an office makes the source official) when the text
gives none with the name.
"""

from __future__ import annotations

import functools
import re

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import words
from analysis.sourcing.registry import Registry, SourceRecord, compatible

MAX_SENTENCES_ON = 2  # "named in the next sentence": the lede's second or third sentence
# What joins a name to the title it is given: an apposition, a copula, an appointment with its
# optional agent ("was appointed by Interior Secretary David Bernhardt as").
_INTRODUCES = (
    r"(?:,\s+(?:who\s+(?:is|was|has\s+been)\s+)?"
    r"|\s+(?:is|was|has\s+been|became|serves\s+as|served\s+as|"
    r"(?:was\s+|has\s+been\s+)?(?:appointed|named|nominated|promoted|confirmed|installed|made)"
    r"(?:\s+by\s+[^,.;:]{1,80}?)?(?:\s+to\s+serve)?(?:\s+as)?)\s+)"
)
_ARTICLE = r"(?:(?:the|its|their)\s+)?"


@functools.lru_cache(maxsize=256)  # (a title of the lexicon: compiled once per process, not per article)
def _title_pattern(title: tuple[str, ...]) -> re.Pattern[str]:
    """What follows a name that gives it ``title``: ", the acting director", "was appointed acting director"."""
    return re.compile(_INTRODUCES + _ARTICLE + r"\s+".join(map(re.escape, title)) + r"(?![\w'’-])", re.IGNORECASE)


def _gives_title(body: str, title: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``body[start:end]`` opens with what gives a name ``title`` (:func:`_title_pattern`).
    Compiling that pattern (once per title and process) cost 2.4 % of sourcing over 40 articles
    (callgrind), and it is rarely needed: in ASCII text (no special case folding) it cannot match
    unless the title's last word is in the span, a substring test."""
    last = title[-1]
    span = body[start:end]
    if last.isascii() and span.isascii() and last not in span.lower():
        return False
    return _title_pattern(title).match(body, start, end) is not None


def lead_then_named(doc: Document, reg: Registry, out: list[Candidate]) -> list[Candidate]:
    """Move each lede description's attributions to the person named with its title right after it
    (see the module docstring)."""
    for anonymous in reg.sources:
        title = _lead_title(anonymous)
        if title is None:
            continue
        named = _introduced(doc, reg, anonymous, title)
        if named is None:
            continue
        named.mentions[:0] = [m for m in anonymous.mentions if m not in named.mentions]
        named.spans.extend(anonymous.spans)
        named.affiliation = named.affiliation or anonymous.affiliation
        if named.title is None:  # "The acting director of the federal agency": an office
            named.title, named.title_official = anonymous.title, anonymous.title_official
        anonymous.head = None  # merged: never again a candidate
        out = [evolve(c, source=named.id) if c.source == anonymous.id else c for c in out]
    return out


def _lead_title(source: SourceRecord) -> tuple[str, ...] | None:
    """The title words of a definite, singular description given with no reason for anonymity
    ("The acting director of …" -> acting director; "the agency's acting director" -> the same)."""
    if source.speaker_type != "anonymous" or source.head is None or source.reason is not None or source.plural:
        return None
    if not source.mentions or not source.spans:
        return None
    tokens = words(source.mentions[0])
    if tokens[:1] != ["the"] and not (tokens and tokens[0].endswith(("'s", "’s"))):
        return None
    tokens = tokens[1:]
    if tokens and tokens[0].endswith(("'s", "’s")):
        tokens = tokens[1:]
    if source.head not in tokens:
        return None
    title = tuple(tokens[: tokens.index(source.head) + 1])
    return title if len(title) <= 5 else None


def _introduced(doc: Document, reg: Registry, anonymous: SourceRecord, title: tuple[str, ...]) -> SourceRecord | None:
    """The named person whose first mention, just after the description, is given its title."""
    start = min(span[0] for span in anonymous.spans)
    lead = doc.sentence_at(start)
    for named in reg.named:
        mentions = doc.person_mentions.get(named.person or "", ())
        if not mentions:
            continue
        first = mentions[0]
        sentence = doc.sentence_at(first.start)
        if first.start <= start or not 0 < sentence.index - lead.index <= MAX_SENTENCES_ON:
            continue
        if not 0 <= sentence.paragraph - lead.paragraph <= 1:
            continue
        if not compatible(named, anonymous.modifiers, anonymous.affiliation):
            continue
        if _gives_title(doc.body, title, first.end, sentence.end):
            return named
    return None


# A sentence opening with a definite description headed by a title: "(CNN) The acting director of the federal agency …".
_OPENING_DESCRIPTION = re.compile(r"(?:[^.!?“”\"]{0,12}\)\s+)?[Tt]he\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|in)\s")


def named_with_title(doc: Document, sentence_start: int, at: int) -> str | None:
    """The person a sentence's opening description ("The acting director of the federal agency …")
    stands for, when no person is named between it and ``at`` and the next sentences name that
    person with the same title (as :func:`lead_then_named`); None otherwise. For the accused party
    of a lede's charge (:mod:`.false_claims`)."""
    m = _OPENING_DESCRIPTION.match(doc.body, sentence_start, at)
    if m is None or ((words(m.group(1))[-1],) not in doc.lex.titles):
        return None
    if any(n.kind == "person" for n in doc.mentions_in(m.end(), at)):
        return None
    title = tuple(words(m.group(1)))
    lead = doc.sentence_at(sentence_start)
    for person, mentions in doc.person_mentions.items():
        first = mentions[0]
        sentence = doc.sentence_at(first.start)
        if not (first.start > at and 0 < sentence.index - lead.index <= MAX_SENTENCES_ON):
            continue
        if _gives_title(doc.body, title, first.end, sentence.end):
            return person
    return None

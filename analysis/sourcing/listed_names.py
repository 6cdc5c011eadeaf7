"""Several people named in one list, and a counted description of them (trial 15 F4).

News names leaders who act together in one list, each with a title before the name, and then
refers to them with a count: "French President Anne Dupont and Spanish Prime Minister Luis Vega
said in a joint statement ... The two European leaders said the deal cannot be reopened", or,
counting first, "three European heads of state rejected the idea. French President ..., German
Chancellor ... and Italian Prime Minister ... said".

* **A title belongs to the name it is written before.** In a speaker phrase that lists several
  names, each person's title is the one before that person's own name, not the longest title of
  the whole phrase ("Prime Minister" is Vega's, not Dupont's): :func:`own_title`. A title after
  the list is shared by all ("David Kaiser and Lee Wasserman, directors of RFF").
* **A counted plural of people is the people a list in the next or previous sentence names**, when
  the count is the number of titled names the list holds ("the two European leaders" after two
  leaders named): they are named, not an anonymous group, and their words go to the source of
  the list's speaker phrase (:func:`counted_groups`). Only a count written as a number word or
  digit, and only people named with a title before the name, so "two officials" beside two
  named senators who did not speak together stays a group unless the list is the subject of a
  report of speech.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.actors import ActorMention
from analysis.sourcing.anonymity import plural
from analysis.sourcing.attributes import office_in
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.frozen import evolve
from analysis.sourcing.registry import ResolvedSource
from analysis.sourcing.result import SPEECH_KINDS

# After a person's name: another name joined by "and" or a comma ("Anne Dupont and Spanish Prime
# Minister Luis Vega", "Emmanuel Macron, German Chancellor Angela Merkel").
_ANOTHER_NAME = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:and\s+)?)[A-Z]")
# Before a person's name: the joining word that ends the previous listed name.
_JOINER = re.compile(r"(?:,\s*(?:and\s+)?|\sand\s+(?:and\s+)?)")


def own_title(doc: Document, span: tuple[int, int], person: ActorMention) -> tuple[str | None, bool | None] | None:
    """The title written before ``person``'s own name in a speaker phrase that lists another name
    after it, or None when the phrase names no one after the person (its title stands)."""
    body = doc.body
    if _ANOTHER_NAME.match(body, person.end, span[1]) is None:
        return None
    others = [m for m in doc.mentions_in(person.end, span[1]) if m.kind == "person" and m.actor != person.actor]
    if not others or not any(_title_before(doc, span[0], other)[0] is not None for other in others):
        return None  # ("David Kaiser and Lee Wasserman, directors of RFF": a title shared by the list)
    return _title_before(doc, span[0], person)


def _title_before(doc: Document, phrase_start: int, person: ActorMention) -> tuple[str | None, bool | None]:
    """The title written before ``person``'s name, after the joining word of the list before it."""
    start = phrase_start
    for joiner in _JOINER.finditer(doc.body, phrase_start, person.start):
        start = joiner.end()
    return office_in(doc, (start, person.start))


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_COUNTED = re.compile(r"\b(two|three|four|five|six|both|[2-6])\s+(?:[\w-]+\s+){0,3}?"
                      r"(leaders|heads of state|heads of government|presidents|ministers|prime ministers|chancellors|"
                      r"officials|senators|governors|mayors|lawmakers|executives|chiefs|ceos)\b", re.IGNORECASE)


def counted(text: str) -> int | None:
    """The number of people a counted plural description names ("the three European leaders": 3)."""
    m = _COUNTED.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _COUNTS[word]


def titled_names(doc: Document, span: tuple[int, int]) -> list[str]:
    """The people named in ``span`` each with a title written right before the name."""
    people: list[str] = []
    for m in doc.mentions_in(*span):
        if m.kind == "person" and m.actor not in people and _title_before(doc, span[0], m)[0] is not None:
            people.append(m.actor)
    return people


def named_counted_groups(doc: Document, merged: Sequence[Candidate], resolved: Sequence[ResolvedSource]) -> tuple[Candidate, ...]:
    """``merged`` with the reports of a counted group given to the source of the list of named
    people it counts (see the module docstring)."""
    speakers = [(c.source, c.speaker, c.sentence.index) for c in merged
                if c.speaker is not None and c.kind in SPEECH_KINDS and resolved[c.source].speaker_type == "named_person"]
    remap: dict[int, int] = {}
    for c in merged:
        s = resolved[c.source]
        if c.speaker is None or c.source in remap or s.speaker_type != "anonymous" or not plural(s.head):
            continue
        n = counted(doc.body[c.speaker[0] : c.speaker[1]])
        for source, span, where in speakers if n is not None else ():
            if abs(where - c.sentence.index) <= 1 and len(titled_names(doc, _subject(doc, span))) == n:
                remap[c.source] = source
                break
    return tuple(evolve(c, source=remap[c.source]) if c.source in remap else c for c in merged) if remap else tuple(merged)


def _subject(doc: Document, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker phrase widened to its sentence's start when a list of names runs before it
    ("French President X, German Chancellor Y and Italian Prime Minister Z said": the speaker stage
    may keep the last two only)."""
    sentence = doc.sentence_at(span[0])
    before = doc.body[sentence.start : span[0]]
    return (sentence.start, span[1]) if before.rstrip().endswith(",") else span

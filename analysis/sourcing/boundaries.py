"""Where a report's speaker and content end, for layouts the general rules of :mod:`.candidates`
misread (round 9's new-user trial): a colon lead-in that is a clause ("He instead told the BBC
interviewer:"), a speaker after a quotation whose apposition lacks its closing comma, the channel
that closes an inverted speaker ("said one expert, as reported by the Independent"), and a report in a
relative clause ("X, who joked about ..., could see ..."); the words after "according to"; a colon
lead-in's opening ("And from", "As").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from analysis.sourcing.channels import listener_then_channel, rendering_channel, time_tail_only

if TYPE_CHECKING:
    from analysis.article import Sentence
    from analysis.sourcing.context import Document
    from analysis.sourcing.cues import Cue, CueMarks, Cues

_PRONOUN_LEAD_IN_WORDS = 12  # as candidates' lead-in limit: words of a colon lead-in clause


# "“…,” Rina Sol, an analyst at the Council on Energy, Environment and Water think tank told CBS.":
# a person named right after the quotation, then an apposition whose closing comma is missing (or
# that holds commas of its own), then the verb.
_OPEN_APPOSITION = re.compile(r",?\s*(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),\s+(?:a|an|the)\s+[^“”\"]+")
_APPOSITION_WORDS = 25


def open_apposition_speaker(doc: Document, start: int, cue: Cue) -> tuple[int, int] | None:
    """The person and apposition between a quotation and its verb when the apposition has no
    closing comma; None unless the name is a person's."""
    m = _OPEN_APPOSITION.fullmatch(doc.body, start, cue.start)
    if m is None or len(m.group().split()) > _APPOSITION_WORDS:
        return None
    if not any(x.kind == "person" for x in doc.mentions_in(m.start("name"), m.end("name"))):
        return None
    return m.start("name"), m.start() + len(m.group().rstrip())


_PRONOUN_CLAUSE = re.compile(r"(?:He|She|They)\s+[a-z]")


def pronoun_clause_subject(body: str, chunk: tuple[int, int]) -> tuple[int, int] | None:
    """The pronoun opening a colon lead-in that is a clause ("He instead told the BBC interviewer:",
    "She had one word for it:"): the lead-in is no name, and its subject is who speaks."""
    m = _PRONOUN_CLAUSE.match(body, chunk[0], chunk[1])
    if m is None or len(body[chunk[0] : chunk[1]].split()) > _PRONOUN_LEAD_IN_WORDS:
        return None
    return chunk[0], body.index(" ", chunk[0])


def before_channel(body: str, cues: Cues, sentence: Sentence, span: tuple[int, int]) -> tuple[int, int]:
    """An inverted speaker without the channel that closes it ("one legal expert, as reported by the
    Independent" -> "one legal expert"): the channel is no part of who spoke."""
    for cue in cues.of(sentence):
        if cue.according and span[0] < cue.start < span[1]:
            return span[0], span[0] + len(body[span[0] : cue.start].rstrip(" ,"))
    return span


def channel_of_report(body: str, marks: CueMarks, sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """Whether an "according to" / "as reported by" cue names the channel of a report already read in
    the sentence: it follows that report's speaker or verb with only a comma between ("“…,” said one
    expert, as reported by the Independent", "“…,” Smith said, according to the Times")."""
    # The used cues starting in the sentence are the sentence's own (every used cue is one of
    # ``cues``, each found in its sentence): read those, not all the text's used cues (quadratic).
    for used in cues.of(sentence):
        span = marks.speakers.get(used)
        if span is None or used not in marks.used or not sentence.start <= used.start < sentence.end:
            continue
        if span[0] < cue.start < span[1] or any(
            end <= cue.start and (body[end : cue.start].strip() in ("", ",") or time_tail_only(body, end, cue.start))
            for end in (span[1], used.end)
        ) or (used.lemma == "tell" and used.end <= cue.start and listener_then_channel(body, used.end, cue.start)):
            return True
    return rendering_channel(body, cue, cues, sentence)  # "according to a translation from X, Y said": Y spoke


# The comma that closes a relative clause before the main verb: "Ryan Suter, who joked about the
# sticks, could see ...", "Lia Moss, who said the team was tired, has left": an auxiliary or modal
# opens the main predicate.
_RELATIVE_CLOSE = re.compile(r",\s+(?:could|would|can|will|may|might|must|should|was|were|is|are|has|have|had|did|does)\b")


def within_relative(body: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A report in a non-restrictive relative clause ends where the clause closes."""
    for i, (a, b) in enumerate(parts):
        comma = body.find(",", a, b)
        if comma == -1:
            continue
        # Only the content's first comma: a later one may close a parenthetical inside the
        # report ("said the two men, and Mr. Cruz in particular, must do more").
        if _RELATIVE_CLOSE.match(body, comma, b):
            return [*parts[:i], (a, comma)] if comma > a else parts[:i]
        return parts
    return parts


def according_speaker(body: str, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
    """The words after "according to", up to the next comma, colon, bracket, dash or quote mark."""
    s = cue.end
    while s < sentence.end and body[s].isspace():
        s += 1
    end = s
    while end < sentence.end and body[end] not in ",;:“”\"(—–":
        end += 1
    while end > s and body[end - 1] in " .!?":
        end -= 1
    if end <= s:
        return None
    return s, end


def strip_according(doc: Document, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a leading "according to"."""
    text = doc.body[span[0] : span[1]]
    for pattern in _according_patterns(doc.lex.according):
        m = pattern.match(text)
        if m:
            return span[0] + m.end(), span[1]
    return span


@functools.lru_cache(maxsize=4)
def _according_patterns(according: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], ...]:
    """The "according to" phrases as patterns, in lexicon order (compiled once per lexicon, not per call)."""
    return tuple(re.compile(r"\s*" + r"\s+".join(re.escape(w) for w in phrase) + r"\s+", re.IGNORECASE) for phrase in according)


_LEAD_IN_OPENING = re.compile(r"(?:\s*(?:and|but|then|also|here|now)\b)?\s*(?:from|as|in the words of)\s+", re.IGNORECASE)


def strip_lead_in(body: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a colon lead-in's opening ("And from", "As", "In the words of")."""
    m = _LEAD_IN_OPENING.match(body[span[0] : span[1]])
    return (span[0] + m.end(), span[1]) if m else span

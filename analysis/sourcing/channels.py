"""How the reporter got someone's words is no speaker of its own (trial 17 F3).

"“…,” Juncker said Wednesday, according to a translation from NBC News." reports one thing:
Juncker spoke; the translation is the channel through which the reporter has the words. Two
shapes of news writing say so:

* "according to X" closes a report already read in the sentence, with only a day or a time
  between the report's speaker or verb and the comma ("Grant said Tuesday, according to the
  Times"); :func:`boundaries.channel_of_report` already took the shape with nothing between;
* "according to X" closes a report to a listener, "he told the group, according to a post by the
  association" (trial 18 F8): "told" and who was told, a day or a time, then the comma; the listener
  heard the words and X carried them, neither is a second speaker of the same quotation;
* "according to" names a rendering of words into other words, a translation or a transcript
  ("according to a transcript of the call, Trump told ..."), and the sentence has a
  reporting verb of its own outside quotation marks: that verb's speaker spoke; a rendering never
  speaks. With no other verb ("The meeting lasted an hour, according to a transcript.") the
  rendering stays a document source.

Read as a source, the rendering became an anonymous, name-withheld speaker that took over the
quotations and "he" pronouns after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.article import Sentence
    from analysis.sourcing.cues import Cue, Cues

# A day or a time between a report and the comma before "according to": "said Wednesday,",
# "said on Tuesday,", "told reporters late Monday,", "said last week,".
_TIME_TAIL = re.compile(
    r"\s*(?:(?:on|late|early|last|this)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*",
    re.IGNORECASE,
)

# Renderings of someone's words into other words: what carries the speaker's words, never says
# anything itself. Recordings, audio, video and readouts are left out: PolNeAR's coders mark
# "according to audio provided to The Times" and "according to a Pentagon readout" as attributions
# of their own (a readout summarises in its own words), and dropping them lowered train's strict
# speaker score.
RENDERING_NOUNS = frozenset({"translation", "translations", "transcript", "transcripts", "interpretation"})
# The rendering's head is the last word before its complement or the phrase's end: "a translation
# from NBC News", "an audio recording", "a partial transcript of the call" (up to four words).
_PHRASE = re.compile(r"[^,;:“”\"(—–.]*")
_STOPS = frozenset({"from", "of", "by", "obtained", "provided", "released", "published", "aired", "posted", "seen"})
_MAX_WORDS = 4


def time_tail_only(body: str, end: int, cue_start: int) -> bool:
    """Whether only a day or a time phrase and a comma lie between a report's end and "according
    to" ("Grant said Tuesday, according to ...")."""
    return _TIME_TAIL.fullmatch(body, end, cue_start) is not None


# Who was told, between "told" and the comma before "according to": a pronoun, a determiner and up to
# six words ("the oil and gas trade group"), or a name of up to five capitalised words ("Reuters").
_LISTENER = re.compile(
    r"\s*(?:me|us|him|her|them|you|reporters|journalists"
    r"|(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+"
    r"|(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
    rf"(?:(?i:{_TIME_TAIL.pattern})|\s*,\s*)"
)


def listener_then_channel(body: str, told_end: int, cue_start: int) -> bool:
    """Whether only who was told (and a day or a time) and a comma lie between the end of "told" and
    "according to" ("he told the group, according to a post by the association")."""
    return _LISTENER.fullmatch(body, told_end, cue_start) is not None


def rendering_channel(body: str, cue: Cue, cues: Cues, sentence: Sentence) -> bool:
    """Whether ``cue`` ("according to") names a rendering of words while the sentence has a
    reporting verb of its own (cues lie outside quotation marks; see the module docstring)."""
    words: list[str] = []
    for word in _PHRASE.match(body, cue.end, sentence.end).group().lower().split():  # type: ignore[union-attr]
        if word in _STOPS:
            break
        words.append(word)
    if not words or len(words) > _MAX_WORDS or words[-1] not in RENDERING_NOUNS:
        return False
    return any(
        other is not cue and not other.according and not other.gerund for other in cues.of(sentence)
    )

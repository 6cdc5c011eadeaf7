"""Two parties sought in one sentence: "Neither X nor Y has responded to a request for comment"
(round 15 trial).

Reporters who asked two parties write the right-of-reply phrase once, negated by "Neither … nor":
"Neither Amron nor the city's Law Department have responded to The Daily Caller News Foundation's
request for comment", "Neither the mayor nor his aides could be reached". The phrase is the
positive form of a ``reply.toml`` phrase ("have responded to a request for comment" for "have not
responded …"); each party gets its own record of the phrase's kind (``no_comment``,
``unreachable``), as if the reporter had written the sentence twice. The phrase is read by putting
the negation back ("have responded" -> "have not responded", "responded" -> "did not responded",
which the patterns accept), so the lexicon stays the one list of phrases. Each party is a speaker
phrase only when it can be a speaker; a sentence inside a quotation or another's report is not the
reporter's, and "neither confirmed nor denied" (two verbs, no parties) is no such sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, Cues
from analysis.sourcing.phrases import speaker_like

if TYPE_CHECKING:  # statements imports this module
    from analysis.sourcing.statements import Phrase

# "Neither A nor B": A up to " nor " (no clause punctuation inside), then B and the phrase.
_NEITHER = re.compile(r"(?<![\w’'-])neither\s+(?P<a>[^,;:.!?“”\"()]{1,80}?)\s+nor\s+")
_AUXILIARIES = frozenset({"did", "does", "has", "have", "had", "could", "can", "would", "will", "was", "were", "is", "are"})
_WORD = re.compile(r"[a-z’'-]+")
_MAX_PARTY_WORDS = 10


def neither_replies(doc: Document, cues: Cues, phrases: Sequence[Phrase], covered: Callable[[int], bool]) -> list[Candidate]:
    """One candidate per party of every "Neither A nor B <reply phrase>" sentence (module
    docstring). ``covered`` says whether an offset lies in another candidate's words."""
    out: list[Candidate] = []
    if "neither" not in doc.body_lower:
        return out
    for m in _NEITHER.finditer(doc.body_lower):
        start = m.start()
        if doc.in_quote(start) or covered(start):
            continue
        sentence = doc.sentence_at(start)
        if any(c.end <= start and not c.gerund for c in cues.of(sentence)):
            continue  # "Cole said neither the city nor the firm had responded": inside Cole's report
        found = _phrase_after(doc, phrases, m.end(), sentence.end) if m.end() < sentence.end else None
        if found is None:
            continue
        phrase, verb_start, verb_end = found
        parties = [(m.start("a"), m.end("a")), (m.end(), verb_start)]
        cue = Cue(verb_start, verb_start, verb_end, doc.body[verb_start:verb_end], phrase.name, "neutral")
        for a, b in parties:
            while b > a and doc.body[b - 1] in " ,":
                b -= 1
            if b <= a or len(doc.body[a:b].split()) > _MAX_PARTY_WORDS or not speaker_like(doc, (a, b)):
                continue
            out.append(Candidate(sentence, sentence.paragraph, "indirect", ((verb_start, verb_end),), (a, b), cue, "speaker",
                                 position=a, kind=phrase.kind))
    return out


def _phrase_after(doc: Document, phrases: Sequence[Phrase], start: int, end: int) -> tuple[Phrase, int, int] | None:
    """The reply phrase (its positive form) that starts at a word after the second party's first
    word, as (phrase, start, end) in the body; None when there is none."""
    low = doc.body_lower
    words = list(_WORD.finditer(low, start, end))
    for k in range(1, min(len(words), _MAX_PARTY_WORDS + 1)):
        at = words[k].start()
        first = words[k].group(0)
        tail = low[at:end]
        if first in _AUXILIARIES:
            inserted = " not"
            negated = first + inserted + tail[len(first) :]
        else:
            inserted = "did not "
            negated = inserted + tail
        for phrase in phrases:
            if phrase.passive:
                continue
            hit = phrase.pattern.match(negated)
            if hit is not None and hit.end() > len(inserted) + len(first):
                return phrase, at, at + hit.end() - len(inserted)
    return None

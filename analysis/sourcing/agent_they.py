"""A "they" after the agent of a passive in its own sentence is that agent (trial 18 F2).

"When Ann Cole signed the deal she was widely criticized in Norway by fishermen for accepting quotas
that they said were far too low": the passive's agent ("by fishermen") is the only plural that can
speak between the sentence's start and the pronoun, and the "they" of the clause that gives the
criticism's reason is the critics. The agent is a plural noun phrase of at most four words after
"by", written in the pronoun's sentence before it, whose head names people or bodies
("fishermen", "environmental groups", "local residents"), the nearest such phrase; and the pronoun
opens a clause inside that sentence ("that they said", "because they said"), as the reason of the
act does. A "they" of a main clause ("…, owned by investors, would close, they said") is left to
the other rules.
"""

from __future__ import annotations

import re

from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import words
from analysis.sourcing.phrases import known_head, speaker_like

# "by fishermen", "by environmental groups", "by some local residents": a lower-case plural head.
_AGENT = re.compile(r"\bby\s+((?:(?:some|many|local|angry|other)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:s|men))\b")


# The word before the pronoun that opens a clause inside the sentence.
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|because|since|after|when|as)\s+$", re.IGNORECASE)


def passive_agent_they(doc: Document, position: int) -> tuple[int, int] | None:
    """The span of the plural passive agent a "they" at ``position`` stands for, else None."""
    sentence = doc.sentence_at(position)
    if _CLAUSE_OPENER.search(doc.body, max(sentence.start, position - 12), position) is None:
        return None
    found = None
    for m in _AGENT.finditer(doc.body, sentence.start, position):
        found = m
    if found is None:
        return None
    span = found.span(1)
    tokens = words(doc.body[span[0] : span[1]])
    if not tokens or not known_head(doc.lex, tokens[-1]):
        return None
    return span if speaker_like(doc, span) else None

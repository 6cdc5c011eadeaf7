"""Humankind as the cause: "due to human activity" blames people, not a government (RS2 / RS4).

The blame rule (:func:`analysis.framing.generic.responsibility.blame_targets`) reads the
responsible party by word order and, when the party it reads is neither a government nor a
named person or group, falls back on any government named in the sentence. A causal connective
followed by humankind ("is caused by humans", "due to human activity", "because of human
behaviour", "the result of man-made emissions") names the responsible party outright: people in
general, "a group of people in society" in Semetko & Valkenburg's RS4, not "some level of
government" (RS2), whoever else the sentence names (trial 19 F4: "Rubio … 'I can't tell you what
percentage of that is due to human activity'" answered "government is responsible" through
Sen. Rubio). Such a unit moves from RS2's evidence to RS4's with the party it names; the corpus'
coders answer "an entity is responsible" yes on nearly all of these stories, and both items are
compared with that question, so the move changes where the evidence is shown, not whether it is.
"""

from __future__ import annotations

import re

from analysis.framing.generic.evidence import merge
from analysis.framing.result import Evidence

_HUMANKIND = re.compile(
    r"\b(?:due\s+to|caused\s+by|because\s+of|driven\s+by|result\s+of|results\s+of|fault\s+of|blame\s+on)\s+"
    r"(?:the\s+)?(?:(?:burning\s+of\s+fossil\s+fuels\s+by\s+)?"
    r"(?:humans|humanity|mankind|humankind|people|us|human\s+(?:activity|activities|behaviou?r|actions?|beings|emissions|influence)"
    r"|man[\s-]made\s+\w+|anthropogenic\s+\w+))\b",
    re.IGNORECASE,
)

#: the blame cues (lower-cased) that can be the connective of :data:`_HUMANKIND`
_CONNECTIVES = frozenset({"due to", "caused by", "because of"})


def humankind_named(text: str) -> str | None:
    """The humankind a causal connective blames in ``text`` ("human activity"), or None."""
    match = _HUMANKIND.search(text)
    return match.group(0) if match else None


def split_humankind(government: list[Evidence], individual: list[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
    """RS2's units that blame humankind, moved to RS4 (see the module's docstring)."""
    # only a unit whose every blame cue is the connective that names humankind: another cue
    # ("the government failed to act") keeps its unit in RS2
    moved = [
        (ev, party)
        for ev in government
        if ev.cues
        and all(c.text.lower() in _CONNECTIVES for c in ev.cues)  # most RS2 units: another cue, no search
        and (party := humankind_named(ev.text))
        and all(c.text.lower() in party.lower() for c in ev.cues)
    ]
    if not moved:
        return government, individual
    keys = {ev.key for ev, _ in moved}
    kept = [ev for ev in government if ev.key not in keys]
    added = [Evidence(ev.part, ev.sentence, ev.text, ev.cues, (), (), f"responsible: {party}") for ev, party in moved]
    return kept, merge(individual, added)

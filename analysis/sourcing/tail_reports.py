"""A report closing its sentence after a comma holds the reports before it (round 13).

"Ana Ortiz had told police that she wanted no escort, but the police overruled her, the source
added." reports two things: Ortiz told the police something (inner), and the source said all of
it (outer). The inner report's words end at the comma before the closing "the source added"; the
closing speaker and verb report the whole sentence before that comma (PolNeAR's coders mark
both). Without this the inner paraphrase ran to the full stop and took the closing cue with it.
The closing report is a comma, a short speaker phrase and the verb, then only the full stop (or a
day: "…, the source said on Monday.").
"""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue

# After the closing verb: nothing but a day or a time and the full stop.
_CLOSE = re.compile(r"\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s*)?[.!]?[”\"’']*\s*$")
# Between the comma and the verb: a short speaker phrase (up to six words, no quotation marks).
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "what", "as", "when", "where", "while", "because", "if"})
_SPEAKER = re.compile(r",(?:''|[”\"’])?\s+(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+\s+$")


def closing_comma(doc: Document, sentence: Sentence, cues: tuple[Cue, ...]) -> int | None:
    """The offset of the comma before a report that closes ``sentence`` after earlier verb cues
    (see the module docstring), or None."""
    verbs = [c for c in cues if not c.according and not c.gerund]
    if len(verbs) < 2:
        return None
    last = verbs[-1]
    if _CLOSE.match(doc.body, last.end, sentence.end) is None:
        return None
    lead = _SPEAKER.search(doc.body, max(sentence.start, last.start - 60), last.start)
    if lead is None or doc.in_quote(lead.start()):
        return None
    comma = lead.start()
    if _CLAUSE_WORDS.intersection(doc.body_lower[comma + 1 : last.start].split()):
        return None  # "..., a claim that Gowdy's office disputes.": a relative clause, no closing speaker
    return comma if verbs[0].end < comma else None

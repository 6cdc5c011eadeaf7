"""A report inside a "whose" relative clause ends where the clause closes (round 18 closing note).

"Acme, whose spokesman said the firm had done nothing wrong, rejected the claim": the spokesman's
words are "the firm had done nothing wrong"; "rejected the claim" is the main clause, Acme's. News
writes the non-restrictive "whose <representative> said ..." between commas as it writes "who said
...": the clause closes at the comma before the main predicate, a reporting verb of its own
("rejected", "said") or an auxiliary or modal ("has left", "will appeal"; the last such comma, as
the report may hold a parenthesis: "said the firm, which employs 200, did nothing wrong, has left").
A comma followed by anything else stays inside the report; a main verb that is neither ("...,
fired him") is not told from the report's own words and is left as it was.
"""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.sourcing.cues import Cues

# The comma closing the clause, then an auxiliary or a modal opening the main predicate, as
# boundaries.within_relative reads it for "who" ("Lia Moss, who said the team was tired, has left").
_CLOSE_THEN_AUXILIARY = re.compile(
    r",\s+(?:(?:also|then|later|now|quickly)\s+)?(?:could|would|can|will|may|might|must|should|was|were|is|are|has|have|had|did|does)\b"
)
_COMMA_THEN_CUE = re.compile(r",\s*(?:(?:also|then|later|now|quickly)\s+)?$")


def whose_clause_end(body: str, cues: Cues, sentence: Sentence, speaker_start: int, start: int, end: int) -> int:
    """The end of a report whose speaker is "whose <noun>" (module docstring); ``end`` otherwise."""
    if not body.startswith(("whose ", "Whose "), speaker_start) or body[max(0, speaker_start - 2) : speaker_start].strip() != ",":
        return end
    main = next((c for c in cues.of(sentence) if start < c.start < end and not c.gerund and not c.according
                 and _COMMA_THEN_CUE.search(body, max(start, c.start - 12), c.start)), None)
    if main is not None:
        return body.rfind(",", start, main.start)
    # The last such comma: one inside the report closes a parenthesis ("said the firm, which
    # employs 200, did nothing wrong, has left"); the clause closes after it.
    closes = list(_CLOSE_THEN_AUXILIARY.finditer(body, start, end))
    return closes[-1].start() if closes else end

"""A quoted title standing as the subject of a speech verb (round 17, trial 16).

News puts the names of shows, programmes and columns in quotation marks: "“Fox & Friends”
criticized Gore for comparing ...", "“Meet the Press” reported ...". The marks close the chunk the
speaker stage reads before the verb, so the verb had no speaker and the show's own act of speech was
lost, while the show is the source of it (an outlet's criticism is its side: :mod:`.press`). When the
words between the sentence's opening (or a connective) and the verb are one short quoted title,
capitalised words with no punctuation of a sentence of their own, the title inside the marks is the
speaker. A quotation that is speech ("“We will win,” said Cole"; "“Enough” shouted the crowd") ends
on its own comma or stop, or is no title: it is left to the quotation rules.
"""

from __future__ import annotations

import re

from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue

# The sentence opening up to the verb: an optional connective, then a quoted run of capitalised words
# (small joiners and "&" allowed) and nothing else ("“Fox & Friends”", "\"Meet the Press\"").
_QUOTED_TITLE = re.compile(
    r"\s*(?:(?:But|And|Meanwhile|Then|Later|Also),?\s+)?(?:[Tt]he\s+)?[“\"]"
    r"((?:[A-Z0-9][\w’'.-]*)(?:\s+(?:&|of|the|and|on|in|a|for|at|with|[A-Z0-9][\w’'.-]*)){0,6})[”\"]\s+"
    r"(?:(?:also|later|then|has|have|had|again|once|repeatedly|publicly)\s+)*$"
)


def quoted_title_subject(doc: Document, cue: Cue, zone_start: int) -> tuple[int, int] | None:
    """The span of the title inside the marks when the sentence before ``cue`` is only that quoted
    title (module docstring), else None."""
    sentence = doc.sentence_at(cue.start)
    start = max(zone_start, sentence.start)
    m = _QUOTED_TITLE.fullmatch(doc.body, start, cue.start)
    if m is None or m.group(1)[-1:] in ",.!?":
        return None
    return m.start(1), m.end(1)

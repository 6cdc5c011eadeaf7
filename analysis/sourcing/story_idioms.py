"""A narrator's "tells a different story" (round 21, trial 21 F8).

News turns to the other side of a story with "The investors tell a different story.", "The figures
tell another story", "Court records tell a similar tale": "tell" whose object is a story, tale or
picture qualified as the same or another one is the reporter's transition (often of a thing that
cannot speak), and the object is no reported speech. The speech sense of "tell" takes a listener
and then a clause or a quotation ("told reporters the plan was dead", "told a story about his
escape" is left a report: nothing compares it with another account).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.article import Sentence
    from analysis.sourcing.cues import Cue

# "a different story", "a very different tale", "another story", "the same story", "a similar picture",
# "quite another story": a comparing word, then the noun, then the sentence's or clause's end.
_COMPARED_STORY = re.compile(
    r"\s+(?:(?:a|an|the|quite|a\s+very|a\s+quite|an\s+entirely|a\s+completely|a\s+rather|a\s+slightly)\s+)?"
    r"(?:different|another|same|similar|other|contrasting|more\s+complicated|more\s+nuanced|darker|grimmer|mixed)\s+"
    r"(?:story|stories|tale|tales|picture)\s*(?:[.;:,—–!]|$)",
    re.IGNORECASE,
)


def compared_story(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` is "tell" whose object is another or the same story ("tell a different story.")."""
    return cue.lemma == "tell" and _COMPARED_STORY.match(body, cue.end, sentence.end) is not None

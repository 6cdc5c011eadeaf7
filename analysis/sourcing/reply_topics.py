"""A claim noun that is the topic of a refusal or a question, not a report (trial 21 F5).

"A spokeswoman for the alliance declined to comment on reports that its fighters had shelled
villages", "the ministry did not respond to claims that ...", "asked about reports that the plant
would close, he said ...": "reports" and "claims" are here nouns, the object of the preposition
after a verb or noun of answering or asking ("comment on", "respond to", "questions about",
"asked about"); what follows "that" is what the party was asked about, never its words. Read as
the verb ("<speaker> reports that ..."), the sentence gave a second source, named "A spokeswoman
... declined to comment on", saying what she refused to discuss. The refusal itself is read by the
no-comment phrases of ``reply.toml``.

A stranded preposition keeps its verb ("the firm he works for says that ..."): there the word
before the preposition is no verb or noun of answering, so the rule does not apply.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.article import Sentence
    from analysis.sourcing.cues import Cue

# A verb or noun of answering or asking, its preposition, and up to two words of the noun phrase
# ("comment on media reports", "respond to the claims") right before the cue word.
_TOPIC_OF = re.compile(
    r"\b(?:comment|comments|commented|commenting|respond|responds|responded|responding|response|reply|replies|replied|replying|"
    r"answer|answers|answered|answering|questions?|questioned|asked|asking|pressed|address|addressed|addressing|discuss|discussed)"
    r"\s+(?:on|to|about|regarding|over|into)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def refused_topic(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue word ("reports", "claims") is the noun a refusal or a question is about (module docstring)."""
    if cue.start != cue.verb_start or cue.gerund or not cue.text.lower().endswith("s"):
        return False
    return _TOPIC_OF.search(body, max(sentence.start, cue.start - 60), cue.start) is not None

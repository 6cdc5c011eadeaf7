"""Where an accused party stands in the shapes wire copy gives a verdict or a penalty (trial 16 F17).

* **An adverb between the auxiliary and the participle**: "Ortiz Build was also sued by the
  families", "the mayor was later charged", "he has since been indicted": the party is the
  subject as in "was sued" (:data:`ADVERBS`).
* **A relative clause between the party and its verb**: "City inspector Jane Wu, who approved the
  garage in 2019, was suspended on Monday": the subject is the name before ", who ...,", not the
  last word of the clause (:func:`past_relative`).
* **A role noun before the object of an active charge**: "Prosecutors charged builder Sam Ortiz
  with manslaughter", "police arrested former guard Ann Lee over ...": the party is the name after
  the lower-case role (:func:`past_role`; ``accusation.toml`` ``roles`` and the titles lexicon).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Adverbs written between a passive auxiliary and its participle in news.
ADVERBS = frozenset({"also", "later", "since", "subsequently", "then", "now", "already", "previously", "reportedly",
                     "allegedly", "formally", "eventually", "recently", "twice", "again", "initially"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "is", "being"})
# ", who approved the garage in 2019," ending right before the auxiliary: the name before it.
_RELATIVE_TAIL = re.compile(r",\s*(?:who|which)\s[^,;:“”\"]{1,120},\s*$")

_Token = tuple[int, int, str]


def passive_before(tokens: Sequence[_Token], k: int) -> bool:
    """Whether the participle at ``k`` follows a passive auxiliary past adverbs ("was also sued",
    "has since been indicted")."""
    j = k - 1
    while j >= 0 and tokens[j][2] in ADVERBS:
        j -= 1
    return j < k - 1 and j >= 0 and tokens[j][2] in _PASSIVE_AUXILIARIES


def past_relative(body: str, sentence_start: int, tokens: Sequence[_Token], j: int) -> int:
    """The index of the token ending the subject before a ", who …," clause that ends at token
    ``j`` ("Jane Wu, who approved the garage in 2019,": "Wu"); ``j`` when no such clause ends there."""
    if j < 0 or j + 1 >= len(tokens):
        return j
    relative = _RELATIVE_TAIL.search(body, max(sentence_start, tokens[j + 1][0] - 160), tokens[j + 1][0])
    if relative is None:
        return j
    end = relative.start()
    return next((i for i in range(j, -1, -1) if tokens[i][1] <= end), j)


def past_role(tokens: Sequence[_Token], at: int, is_actor: Callable[[int], bool], role: Callable[[str], bool]) -> int:
    """The index of the name after at most two lower-case role words at ``at`` ("builder Sam
    Ortiz", "former guard Ann Lee"), or ``at`` when no name follows them."""
    b = at
    while b < len(tokens) and b - at < 2 and not is_actor(b) and (tokens[b][2] in ("former", "ex") or role(tokens[b][2])):
        b += 1
    return b if b != at and b < len(tokens) and is_actor(b) else at

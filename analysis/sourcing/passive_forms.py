"""The shapes of a passive accusation news writes besides "X was sued" (trial 16 F17).

* An adverb of time or addition between the auxiliary and the participle: "Ortiz Build was also
  sued", "was later convicted", "has since been suspended" (:func:`passive_before`).
* A relative clause between the party and its verb: "City inspector Jane Wu, who approved the
  garage in 2019, was suspended": the party is the name before ", who" (:func:`past_relative`).
"""

from __future__ import annotations

from collections.abc import Sequence

_Token = tuple[int, int, str]

_BE = frozenset({"was", "were", "been", "is", "are", "being"})
# Words news writes between a passive auxiliary and its participle.
PASSIVE_GAP = frozenset({"also", "later", "since", "subsequently", "then", "eventually", "recently", "previously",
                         "reportedly", "allegedly", "once", "twice", "still", "finally", "ultimately"})
_RELATIVES = frozenset({"who", "which"})


# The adverbs of time or addition alone: "was also suspended", not "was reportedly banned from using
# the terms" (a restriction a report mentions; on the narrative-frames texts it made a department accused).
TIME_GAP = frozenset({"also", "later", "since", "subsequently", "then", "eventually", "recently", "previously", "once",
                      "twice", "still", "finally", "ultimately"})


def passive_before(tokens: Sequence[_Token], k: int, gap: frozenset[str] = PASSIVE_GAP) -> bool:
    """Whether a form of "be" stands before token ``k``, past the adverbs of ``gap``."""
    j = k - 1
    while j >= 0 and tokens[j][2] in gap:
        j -= 1
    return j >= 0 and tokens[j][2] in _BE


def past_relative(body: str, tokens: Sequence[_Token], j: int) -> int:
    """The token ending the party when token ``j`` closes a relative clause set off by commas
    (", who approved the garage in 2019,"): the word before ", who"; else ``j``."""
    if j + 1 >= len(tokens) or "," not in body[tokens[j][1] : tokens[j + 1][0]]:
        return j
    for r in range(j, max(0, j - 25), -1):
        if tokens[r][2] in _RELATIVES and "," in body[tokens[r - 1][1] : tokens[r][0]]:
            return r - 1
        if "," in body[tokens[r - 1][1] : tokens[r][0]]:
            return j  # another comma first: no relative clause here
    return j

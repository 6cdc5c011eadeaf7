"""The word that links a passive accusation to its charge, past the words news puts between them.

"He was accused on Tuesday of ...": a time adjunct (round 9). "Whitaker has been accused before of
favoring allies", "she was accused repeatedly of lying" (trial 20 F1): an adverb, after the verb
as well as before it. :func:`link_after` gives the word after the verb past up to three such
words, so the right-of-reply check (:mod:`.reply`) reads these as "accused of".
"""

from __future__ import annotations

from analysis.sourcing.lexicon import DAYS
from analysis.sourcing.passive_adverbs import is_passive_adverb

_Token = tuple[int, int, str]  # (body start, body end, lower-cased word)

# A time adjunct between a passive accusation and its link: "was accused on Tuesday of ...".
_TIME_WORDS = frozenset({"on", "last", "this", "earlier", "later", "week", "month", "year", "today", "yesterday",
                         *DAYS.lower().split("|")})


# Adverbs news writes after a passive accusation verb and before its "of" (trial 20 F1: "has been
# accused before of favoring allies", "was accused repeatedly of"), besides the adverbs a passive
# holds before the verb (:func:`~analysis.sourcing.passive_adverbs.is_passive_adverb`: "also",
# "again", any "-ly" word). A negation is left out: "accused not of fraud but of ..." turns the charge.
_AFTER_VERB_ADVERBS = frozenset({"before", "twice", "too"})


def link_after(tokens: list[_Token], k: int) -> str:
    """The word after token ``k``, past a time adjunct or adverbs of up to three words ("accused on
    Tuesday of", "accused before of", "accused repeatedly of")."""
    j = k + 1
    while j < len(tokens) and j <= k + 3 and (tokens[j][2] in _TIME_WORDS or _after_verb_adverb(tokens[j][2])):
        j += 1
    if j < len(tokens) and j > k + 1 and tokens[j][2] == "of":
        return "of"
    return tokens[k + 1][2] if k + 1 < len(tokens) else ""


def _after_verb_adverb(word: str) -> bool:
    """Whether a lower-case word is an adverb that may stand between a passive accusation and "of"."""
    return word not in ("not", "never") and (word in _AFTER_VERB_ADVERBS or is_passive_adverb(word))

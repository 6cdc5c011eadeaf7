"""One reading of a passive with adverbs between the auxiliary and the verb (round 18 trial F2).

"She was widely criticized in Norway by fishermen", "he has been roundly condemned", "it was also
denied", "Acme is now accused of fraud": news puts adverbs of manner ("widely", "repeatedly"),
frequency and time ("often", "again", "now", "still", "already") and negation ("not", "never")
between a passive auxiliary and its past form, and the form stays a passive. Two stages read this:
the cue guard (:mod:`.act_guards`: a passive reports no speaker of its own) and the accused party
(:mod:`.accused_objects`: the subject before the auxiliary is the one accused, not the place after
the verb). They read it with the one list and the one limit below, so a sentence cannot be a
passive for one stage and an active verb for the other.

The same adverbs stand between "be" and a progressive ("He was also saying that the plan would
fail", "she is still insisting", "he’s now claiming"): :func:`progressive_start` reads that form,
which is a finite verb and a report (round 18 closing note: the progressive was lost).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Adverbs without "-ly" that news writes inside a passive, each with its use:
#   also, even, just, further: focus ("was also denied", "was even accused", "was further criticized");
#   often, again, once, ever, never, long, much: frequency and degree ("was often cited", "was long
#   accused", "was much criticized", "was never charged", "had ever been accused");
#   then, later, since, now, still, already: time ("was later charged", "has since been accused",
#   "is now accused", "is still denied", "was already criticized");
#   not: negation ("was not accused").
# Any word in "-ly" is an adverb too ("widely", "repeatedly"), except the words in _NOT_ADVERBS.
PASSIVE_ADVERBS = frozenset({
    "also", "even", "just", "further", "often", "again", "once", "ever", "never", "long", "much",
    "then", "later", "since", "now", "still", "already", "not",
})
# Words in "-ly" that are no adverbs ("in July, said", "the family said", "the rally was"); "only"
# and "early" are adjectives as often ("the only", "early voting") and are left out too.
_NOT_ADVERBS = frozenset({"july", "italy", "family", "ally", "rally", "supply", "reply", "assembly", "daily", "weekly",
                          "monthly", "early", "only", "holy", "belly", "bully", "jelly", "sully", "tally", "fly"})
# At most three: "was also not widely criticized"; more words are a clause, not adverbs.
MAX_PASSIVE_ADVERBS = 3
# The auxiliaries of a passive the text reading accepts (the token reading is given its own set,
# ``passive_auxiliaries`` of ``speech_verbs.toml`` with "been"/"being").
_PASSIVE_AUX = r"(?:is|are|was|were|be|been|being|get|gets|got)"
_ADVERB = r"(?:[a-z]+ly|" + "|".join(sorted(PASSIVE_ADVERBS)) + ")"
_ADVERB_PASSIVE = re.compile(rf"\b{_PASSIVE_AUX}\s+(?:{_ADVERB}\s+){{1,{MAX_PASSIVE_ADVERBS}}}$", re.IGNORECASE)
_ONE_ADVERB = re.compile(_ADVERB, re.IGNORECASE)


def _may_end_in_adverb(text: str, lo: int, at: int) -> bool:
    """Whether ``text[lo:at]`` ends with white space after a word that is an adverb of the patterns
    below: their matches end so (an adverb, then white space, then the end), so without it neither
    can match. Searching them tries every position of the span (about 1,000 instructions a
    character); this look at the last word settles most cues."""
    span = text[lo:at]
    if not span[-1:].isspace():
        return False
    last = span.rsplit(None, 1)
    return bool(last) and _ONE_ADVERB.fullmatch(last[-1]) is not None


def is_passive_adverb(word: str) -> bool:
    """Whether a (lower-case) word is an adverb a passive may hold ("widely", "also", "not")."""
    return word in PASSIVE_ADVERBS or (word.endswith("ly") and word not in _NOT_ADVERBS)


def adverbs_then_passive(text: str, lo: int, at: int) -> bool:
    """Whether ``text[lo:at]`` ends with a passive auxiliary and one to three adverbs
    ("... he was widely " before "criticized")."""
    m = _ADVERB_PASSIVE.search(text, lo, at) if _may_end_in_adverb(text, lo, at) else None
    return m is not None and all(is_passive_adverb(w.lower()) for w in m.group().split()[1:])


def auxiliary_before_adverbs(words: Sequence[str], k: int, auxiliaries: frozenset[str]) -> int | None:
    """The index of an auxiliary of ``auxiliaries`` right before the word ``k``, past up to three
    adverbs ("was widely" before "criticized"), or None. ``words`` are lower case."""
    j = k - 1
    while j >= max(0, k - MAX_PASSIVE_ADVERBS) and is_passive_adverb(words[j]):
        j -= 1
    return j if j >= 0 and words[j] in auxiliaries else None


_BE_ADVERBS = re.compile(
    rf"(?:\b(?:is|are|was|were|be|been)|[’'](?:s|re|m))\s+(?:{_ADVERB}\s+){{1,{MAX_PASSIVE_ADVERBS}}}$", re.IGNORECASE
)


def progressive_start(text: str, lo: int, at: int) -> int | None:
    """Where the cue of a progressive starts when ``text[lo:at]`` ends with "be" and one to three
    adverbs: at "was" ("was also " before "saying"), at the verb after a contracted "’s" ("he’s
    now claiming": the subject shares the token, as cues.py leaves it), else None. A negation
    ("was not also saying") reports nothing said."""
    m = _BE_ADVERBS.search(text, lo, at) if _may_end_in_adverb(text, lo, at) else None
    adverbs = [w.lower() for w in m.group().split()[1:]] if m is not None else []
    if m is None or not all(is_passive_adverb(w) and w not in ("not", "never") for w in adverbs):
        return None
    return at if m.group()[0] in "’'" else m.start()

"""A lone surname that speaks as a person is no firm (issue 15, round 11; new-user trial 10).

News names a firm by one word ("Nissan said") and a person in full at first mention, so a one-word
name beside a speech verb that the text never names in full is taken for a firm
(:func:`analysis.actors.news_names._one_word_firms`). Some texts name a person by surname alone
("Benioff said", a fireside chat written up for readers who know him). The words around the name
then say it is a person, where a firm's would not:

- a quotation it signs speaks in the first person singular: "“I run my business on my phone,”
  Benioff said" (a firm's spokesperson speaks for it as "we");
- a "he" or "she" right after its speech verb: "Benioff said he would keep hiring" (a firm "said it").

Such a word is a person's surname at all its bare mentions, and no firm before a job title
("Cruz spokesman Rick Tyler": the spokesman of a candidate, see :mod:`analysis.actors.short_forms`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# A quotation closed by its comma (or ? !) right before the name: "“…,” Benioff said".
_SIGNED_BEFORE = re.compile(r"[,?!][”\"]\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|my|me|myself)\b")
_OPENING = "“\""


def persons_among_firms(scan: _Scan, firms: set[str]) -> set[str]:
    """``firms`` less the words that speak as persons (see the module docstring); those are added as
    person mentions at each bare mention not already covered."""
    people = {word for word in firms if speaks_as_person(scan, word)}
    return firms - people if people else firms


def speaks_as_person(scan: _Scan, word: str) -> bool:
    """Whether some bare mention of the one-word name ``word`` speaks as a person ("Cruz spokesman
    Rick Tyler said ... Cruz said he would stay in the race": Cruz is the spokesman's candidate);
    if so, each bare mention not already covered becomes a person mention."""
    found = scan.starters_of({word})
    if not any(_speaks_as_person(scan, i) for i in found):
        return False
    covered = [(m.start, m.end) for m in scan.mentions]
    for i in found:
        if not any(s <= scan.starts[i] < e for s, e in covered):
            scan.add(word, "person", scan.starts[i], scan.ends[i], "capitalised")
    return True


def _speaks_as_person(scan: _Scan, i: int) -> bool:
    words, body = scan.words, scan.body
    if i + 2 < len(words) and words[i + 1] in scan.lists.speech_words and words[i + 2] in ("he", "she"):
        return True  # "Benioff said he would keep hiring"
    return signed_in_first_person(body[max(0, scan.starts[i] - 400) : scan.starts[i]])


def signed_in_first_person(before: str) -> bool:
    """Whether the text ``before`` a name ends on a quotation closed by its comma (or ? !) that
    speaks in the first person singular ("“I run my business on my phone,” " before "Benioff said")."""
    if _SIGNED_BEFORE.search(before) is None:
        return False
    closing = before.rstrip()[:-1]
    opening = max(closing.rfind(mark) for mark in _OPENING)
    return opening != -1 and _FIRST_PERSON.search(closing, opening + 1) is not None

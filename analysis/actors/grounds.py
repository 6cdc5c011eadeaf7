"""Round 20 (new-user trial 20, finding 7): sports grounds, parks and other venues where news places an
event are places, no actors. Each rule reads the finished scan (:class:`analysis.actors.scan._Scan`) and
corrects it (word lists: ``actor_words.toml`` ``venue_heads``, ``venue_prepositions``, ``surname_venue_heads``):

* **A venue after a word of place** (:func:`_venues_after_prepositions`): "before a crowd of 3,000 at
  Memorial Field", "a rally in Cass Park", "a campaign stop at the iconic Yosemite National Park", "in front of
  15,522 in KeyBank Arena": a capitalised run ending in a venue's head word, right after a preposition of
  place (with "the" and one lower-case word between, or none), names where the event happened, not an
  actor; the name is no actor at its other mentions either ("Memorial Field was packed"). "Stadium",
  "Arena" and "Park" stay organisation words elsewhere: a venue named as a subject or an employer may act
  for the body that runs it ("the Walkabout Wildlife Park has evacuated hundreds of animals"). "Center"
  and "Hall" are no venue heads: after "at" they name employers more often than venues ("a researcher at
  the Niskanen Center", "officials at City Hall").
* **A venue typed a person** (:func:`_venues_as_persons`): "Memorial Field was packed": a run the scan
  typed a person for want of anything else, ending in a venue's head word, with no known given name first
  and no title before it, is a place; "Park" is left out, being a common surname too ("Jiyeon Park").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets
from analysis.lexicons import lexicon_cache

if TYPE_CHECKING:
    from analysis.actors.model import ActorMention
    from analysis.actors.scan import _Scan


@lexicon_cache
def _place_before_venue() -> re.Pattern[str]:
    """A preposition of place, then "the" and one lower-case word or neither, ending right before a name."""
    words = "|".join(sorted(actor_word_sets().get("venue_prepositions", ()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?: the)?(?: [a-z]+)? $", re.IGNORECASE)


def correct_venues(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    heads = actor_word_sets().get("venue_heads", frozenset())
    if not heads or heads.isdisjoint(scan.starter_tables()[0]):
        return  # (no venue word opens a capital in this text: most articles)
    _venues_after_prepositions(scan, heads)
    _venues_as_persons(scan, heads)


def _unnamed_run(scan: _Scan, m: ActorMention, heads: frozenset[str]) -> bool:
    """A run of two or more words found from capitals, ending in a venue head, with no known given name
    first and no title or honorific before it."""
    if m.via != "capitalised" or m.kind not in ("person", "organisation"):
        return False
    words = m.text.split()
    if len(words) < 2 or words[-1] not in heads or scan.gender(words[0]) is not None:
        return False
    k = bisect.bisect_left(scan.starts, m.start)
    return not (k < len(scan.title_before) and scan.title_before[k])


def _venues_after_prepositions(scan: _Scan, heads: frozenset[str]) -> None:
    before = _place_before_venue()
    body = scan.body
    # (the 40 characters before a name hold the preposition, "the" and one word: the pattern is searched there only)
    venues = {m.actor for m in scan.mentions
              if _unnamed_run(scan, m, heads) and before.search(body, max(0, m.start - 40), m.start) is not None}
    if venues:
        scan.mentions[:] = [m for m in scan.mentions if m.actor not in venues or m.kind not in ("person", "organisation")]


def _venues_as_persons(scan: _Scan, heads: frozenset[str]) -> None:
    alone = heads - actor_word_sets().get("surname_venue_heads", frozenset())
    venues = {m.actor for m in scan.mentions if m.kind == "person" and _unnamed_run(scan, m, alone)}
    if venues:
        scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.actor in venues)]

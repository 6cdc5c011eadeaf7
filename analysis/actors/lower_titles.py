"""Round 18 (round 17's closing note): a title written in lower case before a name ("secretary of
state Rex Tillerson", as many papers style a title that is not capitalised before a name) whose
last word is also a place cue (``actor_words.toml`` ``place_before``: "state", as in "the state
Texas") is the title, not a place: the name after it is a person's, as after "Secretary of State".

The pass over capitalised runs asks :func:`title_ends_before` only when the word before a run is a
place cue, so texts without one pay nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.actors.gazetteer import load_titles

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan


def title_ends_before(scan: _Scan, first: int) -> bool:
    """Whether the tokens ending just before token ``first`` are a title of two or more words
    (``titles.toml``, any case, joined by single spaces); if so token ``first`` is marked as
    following a title, as a capitalised title marks it."""
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    longest = load_titles()[2]
    title: list[str] = []
    for k in range(first - 1, max(-1, first - 1 - longest), -1):
        if k < first - 1 and body[ends[k] : starts[k + 1]] != " ":
            return False
        title.insert(0, words[k].lower())
        if len(title) >= 2 and tuple(title) in scan.titles:
            scan.title_before[first] = True
            return True
    return False

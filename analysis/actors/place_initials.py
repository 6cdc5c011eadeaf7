"""Round 18 (round 17's closing note, nf:316): a US state's or the District of Columbia's abbreviation
written as two initials after a place and a comma ("Washington, D.C.", "Raleigh, N.C.") ends the
place's name; when a sentence ends there without a break the scan found ("... in Washington, D.C.
Strong (1929-2015) was ...") it read the abbreviation as a person's initials before the next
sentence's first word ("D.C. Strong"). Such a person is the words after the abbreviation: a surname
of a person the text names in full is that person ("Strong" -> "Maurice Strong"); two or more name
words are a person of their own; a lone word is dropped (a bare word with no full name before it
names nobody the finder can tell, as elsewhere). The abbreviations are ``actor_words.toml``
``place_initials``; only person mentions that begin with one are looked at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.actors.gazetteer import actor_word_sets
from analysis.actors.model import ActorMention

_PLACE_BEFORE = re.compile(r"[A-Z][\w.’'-]*, $")


def split_place_initials(body: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions with each person whose name opens with a place's abbreviation after a comma re-read."""
    initials = actor_word_sets()["place_initials"]
    hits = [k for k, m in enumerate(mentions) if m.kind == "person" and m.text[:4] in initials and m.text[4:5] == " "]
    if not hits:
        return list(mentions)
    out = list(mentions)
    misread = {mentions[k].actor for k in hits}
    renamed: dict[str, str | None] = {}
    for k in reversed(hits):
        m = mentions[k]
        if _PLACE_BEFORE.search(body, max(0, m.start - 40), m.start) is None:
            misread.discard(m.actor)
            continue  # ("N.C. Wyeth": a person's own initials)
        rest = m.text[5:]
        owner = _full_name_with_surname(mentions, rest, misread) if " " not in rest else rest
        renamed[m.actor] = owner
        if owner is None:
            del out[k]
        else:
            via = "surname" if " " not in rest else m.via
            out[k] = ActorMention(owner, "person", rest, m.start + 5, m.end, m.sentence, m.paragraph, via)
    # the misread name's later surnames ("Lodi, N.J. Harmony's phone ... the Harmony donation") follow it
    return _follow(out, renamed)


def _follow(out: list[ActorMention], renamed: dict[str, str | None]) -> list[ActorMention]:
    """Other mentions of a misread name go to its owner, or are dropped when it has none."""
    if not renamed:
        return out
    kept: list[ActorMention] = []
    for m in out:
        if m.actor in renamed and m.kind == "person":
            owner = renamed[m.actor]
            if owner is None:
                continue
            m = ActorMention(owner, "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)
        kept.append(m)
    return kept


def _full_name_with_surname(mentions: Sequence[ActorMention], word: str, misread: set[str]) -> str | None:
    """The one person named in full whose last word is ``word``, if only one (not a misread name)."""
    names = {m.actor for m in mentions if m.kind == "person" and " " in m.actor and m.actor.split()[-1] == word
             and m.actor not in misread}
    return names.pop() if len(names) == 1 else None

"""Which country or organisation words in a speaker phrase give the source's side (trial 15 F3).

A source's side is the state or body it speaks for, as its own description names it ("a US
official", "a spokesman for the ministry"). Two nationality words in a description name no such
body, and are left out of the side:

* a demonym that opens an organisation's name ("Americans for Prosperity", "Russians for Peace"):
  the word is part of the name, and the side is that organisation, written out in full
  (:func:`org_name_from_demonym`);
* a demonym on a private person, a refugee, a resident, a man or a woman, a passenger
  (``anonymity.toml`` ``[participants] heads``, less the state's own servants in ``state_service``:
  an officer, a soldier, a guard): "a Syrian refugee" is a refugee of Syrian nationality, who speaks
  for no state, and may speak against it; "a Syrian soldier" serves Syria and keeps it
  (:func:`nationality_only`).

* a country or state that names a judge's court ("U.S. District Judge Harold Benson", "a Texas
  Supreme Court justice"): the court sits between the parties, and the state is the prosecution's
  side in a criminal case ("Assistant U.S. Attorney Karen Wu" keeps it), never the judge's
  (trial 21 F7; :data:`_COURT_TITLE`).

An organisation named by the phrase itself still gives its side; nothing here adds a side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.actors import ActorMention
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.context import Document

# After a demonym: a linking word and a capitalised word go on with an organisation's name.
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|Against|against|United)\s+(?:the\s+)?[A-Z]")
# The capitalised words (and small joining words) of a name that opens at a demonym.
_NAME_WORDS = re.compile(r"[A-Z][\w’'&-]*(?: (?:(?:for|of|the|and|against|in) )*[A-Z][\w’'&-]*)*")
# A judge's title after the state of the court ("U.S. District Judge", "a Texas Supreme Court justice").
_COURT_TITLE = re.compile(
    r"\s+(?:(?:District|Circuit|Bankruptcy|Magistrate|Appeals|Appellate|Supreme|High|Federal|Chief|Senior|Court|of)\s+)*"
    r"(?:Judge|Justice|Magistrate)\b",
    re.IGNORECASE,
)
# An adjective or two may stand between the demonym and the person's noun ("a young Syrian mother").
_NEXT_WORDS = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


@lexicon_cache
def _private_people() -> frozenset[str]:
    part = load_lexicon("anonymity").get("participants", {})
    return frozenset(part.get("heads", ())) - frozenset(part.get("state_service", ()))


def org_name_from_demonym(doc: Document, mention: ActorMention) -> tuple[str, int] | None:
    """The organisation's full name and where it ends when the demonym ``mention`` opens one
    ("Americans for Prosperity"), else None."""
    if mention.via != "demonym" or _NAME_GOES_ON.match(doc.body, mention.end) is None:
        return None
    name = _NAME_WORDS.match(doc.body, mention.start)
    return (name.group(0), name.end()) if name is not None else None


def nationality_only(doc: Document, mention: ActorMention) -> bool:
    """Whether the demonym ``mention`` is the nationality of a private person ("a Syrian refugee",
    "an Iraqi man"): no side (see the module docstring)."""
    if mention.via != "demonym":
        return False
    following = _NEXT_WORDS.match(doc.body, mention.end)
    if following is None:
        return False
    people = _private_people()
    return following.group(1) in people or (following.group(2) is not None and following.group(2) in people)


def side_mentions(doc: Document, mentions: Sequence[ActorMention]) -> tuple[list[ActorMention], str | None]:
    """``mentions`` less the nationality words that give no side, and the name of an organisation
    a demonym opens (the side to use when no other body is named first), or None."""
    kept: list[ActorMention] = []
    org_name, name_end = None, -1
    for mention in mentions:
        if mention.start < name_end:
            continue  # the rest of that name read as a body of its own ("Lower Taxes")
        name = org_name_from_demonym(doc, mention)
        if name is not None:
            org_name = org_name if org_name is not None else name[0]
            name_end = name[1]
            continue
        if not nationality_only(doc, mention) and _COURT_TITLE.match(doc.body, mention.end) is None:
            kept.append(mention)
    return kept, org_name

"""Why an anonymous source has no name: withheld by the reporter, a participant in the events, or a group.

A source of speaker type ``anonymous`` is any speaker the text does not name. Research on anonymous
sourcing counts something narrower: a source whose name the reporter knows and withholds, by
agreement or by choice (AP's Statement of News Values and Principles, "Anonymous sources": the
story says why the source asked for anonymity, and the source is "in a position to have direct
knowledge", described as fully as possible, "top U.S. Department of State officials", never "a
source" alone; Reuters' Handbook: say why the source was not named; Duffy & Freeman 2011, Journal
of Mass Media Ethics 26(4), weigh the grant of anonymity by the reporter). A witness, a victim's
mother or an officer shouting on a bodycam video is unnamed too, but nobody withheld a name the
story needs; a group ("Traders", "59 percent") has no one name.

:func:`anonymity` gives an anonymous source one of four values (None for every other type):

* ``withheld``: a reason for anonymity is given (``anonymity.toml`` ``reasons``), or the phrase
  says how the source knows (``[knowledge]``: "familiar with", "briefed on", "close to"), or it is one
  person described by a position or a trade ("a senior official", "a company spokesperson", "a
  trade expert"), or a plural of holders of positions in a body (``[withheld_name_heads]``:
  "officials", "aides", "White House advisers") or any plural whose body the text names
  ("Brazilian ministers");
* ``unnamed_participant``: a person in the events or a member of the public described by role
  (``[participants]``: a witness, a resident, the victim's mother, an officer), placed in the
  events by the phrase (``scene``: "a doctor on the scene", "a journalist in the area"), or whose
  every report of speech is speech within the events (``event_cues``: shouted, ordered, pleaded),
  or one who decides the case the story tells, written indefinite (``deciders``: "A judge dismissed
  the lawsuits, arguing that ..."; trial 15);
* ``unnamed_group``: the rest of the plurals and quantities: a category of people speaking as one,
  with nobody's name withheld ("Scientists say", "Traders said", "59 percent said", "six in 10
  voters", "Those in favor of punishment"), and a singular after "every" or "each" ("Every candidate
  for the seat has said": trial 16);
* ``described``: one person named by a definite description that is no position in a body ("the
  Florida senator", "the judge", "the candidate", "the 46-year-old"): someone the story identifies
  otherwise, most often a newsmaker named elsewhere whom coreference did not link; no name is
  withheld. An indefinite one ("a trade expert", "a student") is a person the reporter chose not
  to name: ``withheld``.

The order is the list's: a reason or an access phrase makes a witness ``withheld`` ("a resident
who asked not to be named"); a participant noun wins over a plural ("witnesses said").
:func:`is_group` is the grammatical flag ``Source.unnamed_group``: a plural or quantified
anonymous source ("officials" included), whatever its anonymity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from analysis.actors import actor_country
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.lexicon import Lexicon
from analysis.sourcing.phrases import collective
from analysis.sourcing.quantified import quantified
from analysis.sourcing.registry import ResolvedSource

WITHHELD = "withheld"
PARTICIPANT = "unnamed_participant"
GROUP = "unnamed_group"
DESCRIBED = "described"

# Singular heads ending in "s" (not plurals) and plural forms not ending in "s".
_SINGULAR_S = frozenset({"press", "boss", "witness", "eyewitness", "actress", "waitress", "news", "us", "bus"})
_PLURAL_OTHER = frozenset({"people", "men", "women", "police", "staff", "personnel", "crew", "crowd", "audience",
                           "children", "those", "fishermen", "spokespeople", "passers-by", "passersby", "families"})


@dataclass(frozen=True)
class _Lists:
    withheld_heads: frozenset[str]
    access: tuple[str, ...]
    participants: frozenset[str]
    scene: tuple[str, ...]
    event_cues: frozenset[str]
    deciders: frozenset[str]


@lexicon_cache
def _lists() -> _Lists:
    data = load_lexicon("anonymity")
    part = data.get("participants", {})
    return _Lists(
        withheld_heads=frozenset(data.get("withheld_name_heads", {}).get("heads", ())),
        access=tuple(data.get("knowledge", {}).get("phrases", ())),
        participants=frozenset(part.get("heads", ())),
        scene=tuple(part.get("scene", ())),
        event_cues=frozenset(part.get("event_cues", ())),
        deciders=frozenset(part.get("deciders", ())),
    )


def plural(head: str | None) -> bool:
    """Whether a speaker phrase's head noun is plural ("officials", "people", "those"), not "witness"."""
    if head is None:
        return False
    if head in _PLURAL_OTHER:
        return True
    return head.endswith("s") and not head.endswith("ss") and head not in _SINGULAR_S


def is_group(lex: Lexicon, source: ResolvedSource) -> bool:
    """``Source.unnamed_group``: an anonymous source that is several people, a plural or a quantity
    ("Scientists say", "officials said", "59 percent said", "Those in favor of punishment")."""
    return source.speaker_type == "anonymous" and (
        plural(source.head) or collective(lex, source.head) or bool(_POLL_SHARE.search(source.mentions[0] if source.mentions else ""))
        or quantified(source.mentions)
    )


def _has(texts: Iterable[str], phrases: Iterable[str]) -> bool:
    lowered = [" " + " ".join(t.lower().replace(",", " ").split()) + " " for t in texts]
    return any(f" {p} " in t for p in phrases for t in lowered)


def anonymity(lex: Lexicon, source: ResolvedSource, speaker_type: str, cue_lemmas: tuple[str | None, ...]) -> str | None:
    """``withheld``, ``unnamed_participant`` or ``unnamed_group`` for an anonymous source, else None
    (see the module docstring). ``cue_lemmas`` are the cues of its reports of speech."""
    if speaker_type != "anonymous":
        return None
    lists = _lists()
    mentions = source.mentions
    if source.reason is not None or _has(mentions, lists.access):
        return WITHHELD
    if quantified(mentions):
        return GROUP  # "Every candidate for the nomination has said", "Most economists say": a category (trial 16)
    head = source.head
    if head in lists.participants or _has(mentions, lists.scene):
        return PARTICIPANT
    if cue_lemmas and all(c is not None and c in lists.event_cues for c in cue_lemmas):
        return PARTICIPANT
    if plural(head) or collective(lex, head) or _POLL_SHARE.search(mentions[0] if mentions else ""):
        body = source.affiliation is not None and actor_country(source.affiliation) is None
        if head in lists.withheld_heads or (body and not collective(lex, head)):
            return WITHHELD  # "officials said", "White House advisers", "Google engineers": positions in a body
        return GROUP  # "Traders said", "Americans say", "six in 10 voters"
    if _definite(mentions) and not _position(lists, head):
        return DESCRIBED  # "the Florida senator", "the judge", "the 46-year-old": someone the story names or identifies
    if head in lists.deciders:
        return PARTICIPANT  # "A judge dismissed lawsuits ..., arguing that ...": who decides the case (trial 15)
    return WITHHELD


# A poll's share written as a ratio: "six in 10 voters", "more than 4 in 10".
_POLL_SHARE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out of)\s+(?:10|ten)\b", re.IGNORECASE)
# Singular heads of a position whose holder the reporter could name: "the official", "his spokesman".
_POSITION_SINGULAR = frozenset({"official", "source", "spokesman", "spokeswoman", "spokesperson", "person", "insider"})


def _definite(mentions: tuple[str, ...]) -> bool:
    """Whether the first mention opens with "the" or a possessive ("the judge", "Obama's aide")."""
    first = mentions[0].split() if mentions else []
    return bool(first) and (first[0].lower() == "the" or first[0].endswith(("'s", "’s")))


def _position(lists: _Lists, head: str | None) -> bool:
    """A head naming a position in a body ("official", "aide", "adviser", "spokesman")."""
    return head is not None and (head in _POSITION_SINGULAR or f"{head}s" in lists.withheld_heads)

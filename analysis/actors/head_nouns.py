"""Finished mentions whose head noun says they are no person or body (round 18 closing note).

* **A people, a tribe, a clan** after a capitalised word ("leader with the Mura tribe", "the Kayapo
  people", "a Hmong clan"): the word names an ethnic group, not the person who shares it as a surname
  ("Raimundo Mura ... the Mura tribe" had made the tribe a mention of Raimundo Mura). A one-word
  person mention right before one of ``group_heads`` (``actor_words.toml``, lower case) is dropped,
  and so is a person run whose last word is one of ``group_name_heads`` ("the Kayapo People"). The
  group is no actor of its own here: the gazetteer lists no peoples. A lower-case "people" is no
  group head: "Trump people said" are his aides.
* **A place** named as a body ("what would that mean for Tangier Island?", "Green Wattle Creek",
  "Yellowstone National Park"): an organisation run found from capitalised words whose last word is
  a place head (``place_heads``, which :mod:`.news_names` reads for persons, and ``body_place_heads``,
  heads that are surnames too, "Celinda Lake", so they are read only for bodies), or that is one of
  ``place_names`` ("National Capital", Delhi), is a place and no actor, unless a connector makes it a
  body's name ("Friends of Lakeside Park", "Save the Bay"). "Islands" is left out:
  "the Marshall Islands", "the Solomon Islands" are states.
* **A national legislature** written with its country's adjective ("the Brazilian Congress", "Peru's
  Congress"): a bare form the gazetteer gives one country ("Congress" -> the US Congress) names the
  body of the country written right before it. The two mentions become one of that country, via
  its institution, as "the US Congress" is one mention of the United States.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.actors.gazetteer import actor_word_sets
from analysis.actors.model import ActorMention


def settle_head_nouns(body: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The mentions without the groups and places above, and with national legislatures joined."""
    words = actor_word_sets()
    groups, group_names = words.get("group_heads", frozenset()), words.get("group_name_heads", frozenset())
    places = (words.get("place_heads", frozenset()) | words.get("body_place_heads", frozenset())) - {"Islands"}
    place_names = words.get("place_names", frozenset())
    doomed: set[str] = set()
    out: list[ActorMention] = []
    for m in mentions:
        if m.kind == "person" and _before_group(body, m, groups):
            continue  # "the Mura tribe": this mention only (the person named in full stays)
        # (the last word split off only for the few mentions the other tests keep)
        if m.kind == "person" and m.via == "capitalised" and " " in m.text and m.text.split()[-1] in group_names:
            doomed.add(m.actor)  # "the Kayapo People"
        elif m.kind == "organisation" and m.via == "capitalised" and " " in m.actor and (
            (m.actor.split()[-1] in places and _CONNECTORS.isdisjoint(m.actor.split())) or m.actor in place_names
        ):
            doomed.add(m.actor)  # "Tangier Island"
        out.append(m)
    if doomed:
        out = [m for m in out if not (m.kind in ("person", "organisation") and m.actor in doomed)]
    return _national_legislatures(body, out)


# A body named for a place holds a connector ("Friends of the Earth", "Save the Bay"): a name, not the place.
_CONNECTORS = frozenset({"of", "for", "the", "and", "to"})


def _before_group(body: str, m: ActorMention, groups: frozenset[str]) -> bool:
    """Whether a one-word person mention is followed by a group head noun ("Mura tribe")."""
    if " " in m.text or body[m.end : m.end + 1] != " ":
        return False
    after = body[m.end + 1 : m.end + 16].split(maxsplit=1)
    return bool(after) and after[0].rstrip(".,;:!?’'") in groups


def _national_legislatures(body: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"the Brazilian Congress", "Peru's Congress": one mention of the country written first."""
    out: list[ActorMention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None and m.via == "institution" and m.kind == "country" and " " not in m.text
            and previous.kind == "country" and previous.actor != m.actor and previous.via in ("demonym", "name", "alias")
            and body[previous.end : m.start] in (" ", "’s ", "'s ")
        ):
            out[-1] = ActorMention(previous.actor, "country", body[previous.start : m.end], previous.start, m.end,
                                   previous.sentence, previous.paragraph, "institution", body[previous.start : m.end])
            continue
        out.append(m)
    return out

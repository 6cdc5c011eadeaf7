"""A last pass over an article's actor mentions: capitalised runs that are no actor's name, and two
names of one person (new-user trial 19, F1, F3, F5).

* **Glued names**: a person's name that repeats one of its words ("Trump Donald John Trump", "Macron
  Emmanuel Jean-Michel Macron") is the text's own mention run into a link card that gives the
  person's formal full name (The Hill's hover cards, related-links blocks glued into a .txt). No
  person's name repeats its surname inside it unless it opens with a given name ("Mohamed Abdullahi
  Mohamed"; a two-word card must open with a known given name). The mention keeps the words up to
  the first occurrence ("Trump"); the person is the card's given name and surname ("Donald Trump"),
  or the article's person with that given name and surname; every mention of the glued name follows.
* **Leading initials**: "B. U. Nzeribe" beside "Benjamin Nzeribe" in one article is one person when
  exactly one full name there has that surname and a given name starting with the first initial.
* **Events, prizes, targets**: a run ending in an award's, an event's or a target's head word
  (``actor_words.toml`` ``award_heads``: "Nobel Peace Prize", "Clean Energy Target", "Paris
  Climate Summit"), or followed by a lower-case event noun (``event_nouns``: "the Ecocity World
  summit") with no known given name first, names a thing, not an actor.
* **Hashtags**: a run written after "#" ("#ClimateStrike") or one word of four or more capitalised
  words glued together ("TodayInSenatePlenary") is a hashtag, not an actor.

Only runs found as capitalised words (``via == "capitalised"``) are dropped: gazetteer names stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.actors.gazetteer import actor_word_sets, person_gender
from analysis.actors.model import ActorMention

# Four or more capitalised words glued into one ("TodayInSenatePlenary"): a hashtag that lost its
# "#". Two or three are names and brands ("McDonald", "DeSantis", "FiveThirtyEight", "RealClearEnergy",
# "GreenTechMedia": outlets cited in the Narrative Frames articles), so they stay unless after "#".
_GLUED_WORDS = re.compile(r"(?:[A-Z][a-z]+){4,}")
_INITIAL = re.compile(r"[A-Z]\.?")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def correct_false_names(body: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """``mentions`` with glued and initial-only names renamed and non-actors dropped (see the module)."""
    persons = {m.actor for m in mentions if m.kind == "person"}
    renamed = _glued_renames(persons) | _initial_renames(persons)
    dropped = {m.actor for m in mentions if _not_an_actor(body, m)}
    if not dropped and not renamed:
        return list(mentions)  # (most texts)
    # A prize's or a target's name is one at every mention, also its acronym ("Clean Energy Target
    # (CET) ... the CET"); an event noun or a "#" speaks only for the mention it follows.
    things = {actor for actor in dropped if _award_name(actor)}
    kept = [
        _renamed(body, m, renamed) for m in mentions
        if m.actor not in dropped or (m.actor not in things and not _not_an_actor(body, m))
    ]
    # A surname mention of a run dropped above goes with it when no other mention names it.
    named = {m.actor for m in kept if m.via != "surname"}
    return [m for m in kept if m.via != "surname" or m.actor not in dropped or m.actor in named]


def _award_name(actor: str) -> bool:
    """"Nobel Peace Prize", "Clean Energy Target": a name ending in ``actor_words.toml`` ``award_heads``."""
    words = actor.split()
    return len(words) >= 2 and words[-1] in actor_word_sets().get("award_heads", ())


def _glued_renames(persons: set[str]) -> dict[str, tuple[str, str]]:
    """Glued name -> (person, the words of the text's own mention) for each person name that repeats
    its surname (its last word, a capitalised word of two letters or more) before a given name."""
    renames: dict[str, tuple[str, str]] = {}
    for name in persons:
        words = name.split()
        surname = words[-1]
        if len(words) < 3 or len(surname.rstrip(".")) < 2 or not surname[0].isupper() or surname not in words[:-2]:
            continue
        if person_gender(words[0]) is not None:
            continue  # "Mohamed Abdullahi Mohamed": a given name first, so a real name (the glued ones open with the surname)
        i = words.index(surname)
        card = words[i + 1 :]  # the card's name: a given name ... the surname
        if len(card) < 3 and person_gender(card[0]) is None:
            # "Mohamed Abdullahi Mohamed" (a given name the list does not know): a card is a known
            # given name and the surname, or longer
            continue
        same = sorted(p for p in persons if p != name and p.split()[0] == card[0] and p.split()[-1] == surname)
        person = same[0] if len(same) == 1 else f"{card[0]} {surname}"
        renames[name] = (person, " ".join(words[: i + 1]))
    return renames


def _initial_renames(persons: set[str]) -> dict[str, tuple[str, str]]:
    """"B. U. Nzeribe" -> ("Benjamin Nzeribe", "") when that is the only full name it can stand for."""
    renames: dict[str, tuple[str, str]] = {}
    for name in persons:
        words = name.split()
        if len(words) < 2 or not all(_INITIAL.fullmatch(w) for w in words[:-1]) or len(words[-1]) < 2:
            continue
        bearers = [
            p for p in persons
            if p != name and p.split()[-1] == words[-1] and len(p.split()) >= 2
            and not _INITIAL.fullmatch(p.split()[0]) and p[0] == name[0]
        ]
        if len(bearers) == 1:
            renames[name] = (bearers[0], "")
    return renames


def _renamed(body: str, m: ActorMention, renamed: dict[str, tuple[str, str]]) -> ActorMention:
    if m.actor not in renamed:
        return m
    person, own = renamed[m.actor]
    end = m.end
    if own and m.text.startswith(own) and m.text != own:
        end = m.start + len(own)  # the mention is the text's own words, not the card glued to them
    return ActorMention(person, m.kind, body[m.start : end], m.start, end, m.sentence, m.paragraph, m.via, m.institution)


def _not_an_actor(body: str, m: ActorMention) -> bool:
    """A capitalised run that names a prize, an event, a target or a hashtag."""
    if m.via != "capitalised" or m.kind not in ("person", "organisation"):
        return False
    if body[m.start - 1 : m.start] == "#" or _GLUED_WORDS.fullmatch(m.text):
        return True
    if _award_name(m.actor):
        return True
    words = m.actor.split()
    after = _WORD.match(body, _skip_spaces(body, m.end))
    return (
        after is not None and after.group() in actor_word_sets().get("event_nouns", ())
        and len(words) >= 2 and person_gender(words[0]) is None
    )


def _skip_spaces(body: str, i: int) -> int:
    while i < len(body) and body[i] == " ":
        i += 1
    return i

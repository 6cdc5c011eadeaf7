"""Stage 8, discipline as an accusation (round 13's new-user trial, F3).

A league, a regulator, a party or an employer that fines, suspends, bans or disciplines a named
party punishes it for misconduct: the sanction is the allegation, and news then seeks the party's
answer ("The NFL will fine Mason Rudolph for his role in the fight"; "Rudolph has not commented").
The BBC Editorial Guidelines give a right of reply to those against whom output makes
"allegations of wrongdoing"; a penalty for wrongdoing is one. Four forms, each a family of
``accusation.toml`` (``discipline_verbs``, ``discipline_passive``, ``discipline_nouns``,
``discipline_receive``):

* **active**: "will fine Mason Rudolph for ...", "suspended Garrett indefinitely", "to suspend
  Garrett on Thursday": a named person or organisation right after the verb (past "the"), as the
  whole object: the next word is nothing, a preposition or link (``discipline_after``), an adverb
  in -ly or a sum of money ("fined Acme $5 million"). "a fine day", "fine Rudolph throws", "I'm
  fine, Rudolph said" and "suspended Boeing 737 flights" name no party;
* **passive**: "Rudolph should be disciplined", "Acme was fined", "Garrett was suspended": the
  subject before the auxiliaries (a modal included: a call for discipline carries the charge).
  Not negated ("was not disciplined" clears the party), and never a country ("flights to China
  were suspended" is about flights);
* **a penalty for a party**: "multi-game suspensions for Browns pass rusher Myles Garrett and
  Pittsburgh center Maurkice Pouncey", "a fine for Acme": every person named after "for" within the
  phrase (descriptions before a name allowed; not a gerund: "a suspension for shoving Rudolph"
  punishes someone else for shoving him);
* **a penalty received**: "Larry Ogunjobi received a one-game suspension", "Acme was handed a
  record fine": the subject of a verb of receiving with the penalty as its object.

An unnamed party ("he was arrested", "a man was fined") is no row of the right-of-reply table:
no one the reporter could ask is identified, and the verdict would always be ``not_sought``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from analysis.actors import ActorMention
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.context import Document
from analysis.sourcing.passive_forms import TIME_GAP, passive_before

_Token = tuple[int, int, str]
_Local = list[tuple[int, int, ActorMention]]

_NEGATIONS = frozenset({"not", "never", "n't"})
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being", "get", "gets", "got"})
_MODALS = frozenset({"will", "would", "should", "could", "may", "might", "must", "can", "has", "have", "had", "also",
                     "already", "reportedly", "now", "still", "to", "later", "then"})
_PARTY_KINDS = frozenset({"person", "organisation"})
_MONEY = ("$", "€", "£", "¥")
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that", "these", "those", "very", "so",
                          "is", "was", "are", "were", "be", "been", "i'm", "it's", "quite", "pretty", "too", "as"})


@lexicon_cache
def discipline_words() -> dict[str, frozenset[str]]:
    """The discipline families of ``accusation.toml``, as word sets."""
    data = load_lexicon("accusation")
    keys = ("discipline_verbs", "discipline_passive", "discipline_nouns", "discipline_receive", "discipline_after")
    return {key: frozenset(data.get(key, ())) for key in keys}


def starting_words() -> frozenset[str]:
    """Every word a discipline form starts at."""
    d = discipline_words()
    return d["discipline_verbs"] | d["discipline_passive"] | d["discipline_nouns"]


def discipline_accusations(
    doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int],
    subject: Callable[[int], ActorMention | None],
) -> list[tuple[ActorMention, str]]:
    """(party, cue) for each party disciplined by the form at token ``k`` (module docstring);
    ``subject`` is :func:`~analysis.sourcing.accusation_forms.passive_subject` (the party written
    before a verb and its auxiliaries)."""
    d = discipline_words()
    word = tokens[k][2]
    prev = tokens[k - 1][2] if k > 0 else ""
    if word in d["discipline_passive"] and (prev in _BE or passive_before(tokens, k, TIME_GAP)):  # ("was also suspended")
        if _negated(tokens, k):
            return []
        m = subject(k)
        return [(m, word)] if m is not None and m.kind in _PARTY_KINDS else []
    if word in d["discipline_verbs"] and prev not in _DETERMINERS:
        m = _whole_object(doc, tokens, k, local, starts)
        if m is not None and not _negated(tokens, k):
            return [(m, word)]
    if word in d["discipline_nouns"]:
        found = _penalty_for(doc, tokens, k, local, starts)
        if found:
            return [(m, f"{word} for") for m in found]
        receiver = _receiver(tokens, k) if _noun_ends(doc, tokens, k) else None  # not "paid a fine price"
        if receiver is not None and not _negated(tokens, receiver):
            m = subject(receiver)
            if m is not None and m.kind in _PARTY_KINDS:
                return [(m, f"{tokens[receiver][2]} {word}")]
    return []


def _noun_ends(doc: Document, tokens: Sequence[_Token], k: int) -> bool:
    """Whether the penalty noun at ``k`` ends its phrase (punctuation, the end, or a preposition
    or link next: "a two-year ban for doping"), so "fine" is no adjective ("a fine price")."""
    if k + 1 >= len(tokens) or doc.body[tokens[k][1] : tokens[k + 1][0]].strip():
        return True
    return tokens[k + 1][2] in discipline_words()["discipline_after"] or tokens[k + 1][2] in ("of", "by", "from", "to")


def _negated(tokens: Sequence[_Token], k: int) -> bool:
    """Whether a negation stands among the auxiliaries before token ``k`` ("was not fined")."""
    j = k - 1
    while j >= 0 and (tokens[j][2] in _BE or tokens[j][2] in _MODALS or tokens[j][2] in _NEGATIONS or tokens[j][2].endswith("n't")):
        if tokens[j][2] in _NEGATIONS or tokens[j][2].endswith("n't"):
            return True
        j -= 1
    return False


def _mention_at(local: _Local, starts: list[int], start: int) -> ActorMention | None:
    """The mention starting at ``start`` (``starts``: the mentions' sorted starts)."""
    k = bisect.bisect_left(starts, start)
    return local[k][2] if k < len(local) and local[k][0] == start else None


def _whole_object(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]) -> ActorMention | None:
    """The named party right after the verb at ``k`` (past "the") that is the whole object."""
    at = k + 1
    if at < len(tokens) and tokens[at][2] == "the":
        at += 1
    if at >= len(tokens) or doc.body[tokens[at - 1][1] : tokens[at][0]].strip():
        return None  # punctuation between: "I'm fine, Rudolph said"
    m = _mention_at(local, starts, tokens[at][0])
    if m is None or m.kind not in _PARTY_KINDS or doc.body[m.end : m.end + 2] in ("’s", "'s"):
        return None
    after = doc.body[m.end : m.end + 3].lstrip(" ")
    if not after or after[0] in ".,;:!?)—–" or after.startswith(_MONEY):
        return m
    following = next((t for t in tokens if t[0] >= m.end), None)
    if following is None:
        return m
    return m if following[2] in discipline_words()["discipline_after"] or following[2].endswith("ly") else None


_STOP_BEFORE_NAME = frozenset({"by", "of", "in", "on", "at", "with", "from", "to", "that", "who", "which", "after", "before",
                               "his", "her", "its", "their", "what", "allegedly"})
_STOP_BEFORE_RECEIVER = _STOP_BEFORE_NAME - {"his", "her", "its", "their"}  # (once, not a new set per word read)


def _penalty_for(doc: Document, tokens: Sequence[_Token], k: int, local: _Local, starts: list[int]) -> list[ActorMention]:
    """"suspensions for Browns pass rusher Myles Garrett and Pittsburgh center Maurkice Pouncey":
    the persons named after "for", up to a comma or the sentence's end; a gerund or a preposition
    before the first name makes it no party ("a suspension for shoving Rudolph")."""
    if k + 1 >= len(tokens) or tokens[k + 1][2] != "for":
        return []
    out: list[ActorMention] = []
    j = k + 2
    gap = 0
    while j < len(tokens):
        between = doc.body[tokens[j - 1][1] : tokens[j][0]]
        if any(c in between for c in ",;:()—–\"“”"):
            break
        m = _mention_at(local, starts, tokens[j][0])
        if m is not None and m.kind == "person":
            if doc.body[m.end : m.end + 2] in ("’s", "'s"):
                break  # "a fine for Smith's team"
            out.append(m)
            gap = 0
            j = next((n for n in range(j, len(tokens)) if tokens[n][0] >= m.end), len(tokens))
            if j < len(tokens) and tokens[j][2] != "and":
                break
            j += 1
            continue
        word = tokens[j][2]
        if m is None and (word.endswith("ing") or word in _STOP_BEFORE_NAME or gap >= 5):
            break
        gap += 1
        j += 1
    return out


def _receiver(tokens: Sequence[_Token], k: int) -> int | None:
    """The index of a verb of receiving whose object is the penalty at ``k`` ("received a one-game
    suspension", "was handed a record fine"), at most four words before it; None otherwise."""
    receive = discipline_words()["discipline_receive"]
    for j in range(k - 1, max(-1, k - 5), -1):
        if tokens[j][2] in receive:
            return j
        if tokens[j][2] in _STOP_BEFORE_RECEIVER or tokens[j][2] in ("and", "but", "for"):
            return None
    return None

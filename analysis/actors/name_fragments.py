"""Round 17 (new-user trial 17, findings F4b and F5): capitalised words the earlier passes read as a
person or a country where the story names a place, an office or another body. Each rule reads the
finished scan (:class:`analysis.actors.scan._Scan`) and corrects it, after the other passes
(:func:`initials_before_name` is asked while a run is read, in :mod:`.mentions`):

* **Initials written together inside a name** (:func:`initials_before_name`): "George H.W. Bush",
  "J.K. Rowling": news writes a person's initials with a full stop each and often no space between
  them; the run of the name goes on over them when a name word follows the last one (". Bush"), so
  "George H.W. Bush" is one person, not "George" and "W. Bush". Dotted letters with no name after
  them ("Washington, D.C. said", "D-N.Y. But ...": a word never in a name) are an abbreviation.
  Limit: a state's abbreviation that ends a sentence before a capitalised word that could be a
  name ("in Washington, D.C. Strong founded ...") is read as initials, as its last letter was before.
* **Dotted capitals alone** (:func:`_initials_alone`): a "person" written only as initials ("E.P",
  "N.Y" of "D-N.Y. But", a lone "K") is an abbreviation or a name the run did not reach; no actor.
* **A constituency after "representing"** (:func:`_constituencies`): "Senator representing Yobe
  North, Ahmad Lawan", "the lawmaker who represents Kano South": what a legislator represents is a
  place (a constituency, district or state), never a person; a capitalised "person" or
  "organisation" right after a legislator's noun (``actor_words.toml`` ``constituency_holders``) and
  "representing" / "represents" / "represented" is no actor. ("A lawyer representing Michael Cohen"
  names a client: a lawyer is no legislator, so the rule leaves it.)
* **A title fragment** (:func:`_title_fragments`): "former House of Representatives Speaker,
  Benjamin Nzeribe": a title written before a name but
  cut from it by a comma is read as a capitalised run; a "person" whose last word is an office's
  head word (``actor_words.toml`` ``office_heads``: Speaker, Chairman, Governor ...) and whose first
  word is no known given name is the office, not a person ("Julie Bishop", "Stephen King" keep their
  given names and are left).
* **A name in capitals glued to "The"** (:func:`_glued_openers`): "... a deadline for the USThe
  Clean Power Plan was ...": a heading's last word run into the next paragraph's "The" when the
  line break was lost (a flaw of extracted text). A run opening with a gazetteer form in capitals
  joined to "The" is that form (the country or body) and, after "The", a name of its own: one of
  the gazetteer, else an organisation or person as typed, unless it ends in a thing's head word
  (``actor_words.toml`` ``thing_heads``: "Clean Power Plan" is a policy). No English word is
  capitals followed by "The", so the rule touches only such glue.
* **A name that opens with a country's possessive** (:func:`_possessive_names`): "groups like
  America's Pledge, the coalition ...", "the campaign Britain's Future": a country's name in the
  possessive right before an English word written with a capital (the Dale–Chall list, a word the
  text also writes in lower case, or a word of CMUdict: "Pledge", "Power") is the first word of a body's name when the text
  calls it a body, by an organisation noun before it ("groups like", "the coalition") or in an
  apposition after it (", the coalition pushed by ..."): one organisation, not a mention of the
  state. A name after the possessive that is no English word or that an earlier pass found ("firms
  such as China's Tencent", "Russia's Foreign Ministry", "Germany's Angela Merkel") keeps the
  country, as does a possessive with no body's noun beside it ("America's Pledge said": limit).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis.actors.apposition import APPOSITION
from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_titles, match_entry
from analysis.actors.model import BY_POSITION, ActorMention

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# A legislator's noun, then "representing" (", who represents"), right before the mention.
_REPRESENTING = re.compile(r"([A-Za-z.]+),? (?:who )?represent(?:s|ing|ed) $")
# Words between a body's noun and its name: "groups like X", "bodies such as X", "groups including X".
_LISTING = frozenset({"like", "such", "as", "including"})
_POSSESSIVE = ("'s ", "’s ")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]\.?")
# A name in capitals glued to the next sentence's "The" when a line break was lost ("for the USThe Clean Power Plan was").
_GLUED_THE = re.compile(r"([A-Z]{2,})The")


def initials_before_name(body: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], j: int) -> bool:
    """Whether token ``j``, an initial glued to the one before it ("H.W."), goes on, over any more
    glued initials, to a full stop, a space and a name word that is no initial (". Bush")."""
    k = j
    while True:
        if len(words[k]) != 1 or not words[k].isupper() or body[ends[k] : ends[k] + 1] != ".":
            return False
        if k + 1 >= len(words):
            return False
        sep = body[ends[k] : starts[k + 1]]
        if sep == ". ":
            following = words[k + 1]  # (not "D-N.Y. But", "Florence, S.C. In": a state's abbreviation ends the sentence)
            return is_name_word(following) and len(following) > 1 and following not in actor_word_sets().get("not_names", ())
        if sep != ".":
            return False
        k += 1


def correct_fragments(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    scan.mentions.sort(key=BY_POSITION)
    _initials_alone(scan)
    _constituencies(scan)
    _title_fragments(scan)
    _possessive_names(scan)
    _glued_openers(scan)


def _drop_names(scan: _Scan, names: set[str]) -> None:
    """Drop every mention found from capitals (not the gazetteer) whose actor is one of ``names``."""
    if names:
        scan.mentions[:] = [m for m in scan.mentions if not (m.actor in names and m.via in ("capitalised", "surname"))]


def _initials_alone(scan: _Scan) -> None:
    """A "person" of dotted capitals only ("E.P", "N.Y", a lone "K"): an abbreviation or an initial
    whose name the run did not reach, never a person's whole name."""
    scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.via == "capitalised" and _INITIALS.fullmatch(m.text))]


def _constituencies(scan: _Scan) -> None:
    if " represent" not in scan.body:  # (the pattern needs " represents/ing/ed " before the name)
        return
    holders = actor_word_sets().get("constituency_holders", frozenset())
    body, names = scan.body, set()
    for m in scan.mentions:
        if m.kind not in ("person", "organisation") or m.via != "capitalised" or m.start < 12:
            continue
        match = _REPRESENTING.search(body, max(0, m.start - 60), m.start)
        if match is not None and match.group(1).lower() in holders:
            names.add(m.actor)
    _drop_names(scan, names)


def _title_fragments(scan: _Scan) -> None:
    heads = actor_word_sets().get("office_heads", frozenset())
    names = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or m.text != m.actor:
            continue
        parts = m.text.split()
        if len(parts) >= 2 and parts[-1] in heads and scan.gender(parts[0]) is None:
            names.add(m.actor)
    _drop_names(scan, names)


def _possessive_names(scan: _Scan) -> None:
    sets = actor_word_sets()
    org_nouns, not_names = sets.get("organisation_nouns", frozenset()), sets.get("not_names", frozenset())
    titles = load_titles()[1]
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    covered = scan.span_table().spans  # (shared, read only; taken before this loop renames any mention)
    for index, m in enumerate(scan.mentions):
        if m.kind != "country" or m.via not in ("name", "alias") or body[m.end : m.end + 3] not in _POSSESSIVE:
            continue
        first = bisect.bisect_left(starts, m.end + 3)
        if first >= len(words) or starts[first] != m.end + 3:
            continue
        word = words[first]
        if not is_name_word(word) or word in not_names or (word.lower(),) in titles or scan.gender(word) is not None:
            continue
        last = first
        while last + 1 < len(words) and body[ends[last] : starts[last + 1]] == " " and is_name_word(words[last + 1]) and (
            words[last + 1] not in not_names
        ):
            last += 1
        k = bisect.bisect_left(covered, (starts[first], -1))
        if k < len(covered) and covered[k][0] < ends[last]:
            continue  # a name found after the possessive ("Russia's Foreign Ministry") is the state's own
        if not (_body_noun_before(scan, m.start, org_nouns) or _body_apposition(body, ends[last], org_nouns)):
            continue
        if not _english_word(word.lower(), scan.lower_words):
            continue  # "firms like China's Tencent": a brand's own name after the possessive, the firm's nationality
        name = " ".join(body[m.start : ends[last]].split())
        scan.mentions[index] = ActorMention(name, "organisation", body[m.start : ends[last]], m.start, ends[last], m.sentence,
                                            m.paragraph, "capitalised")


def _english_word(word: str, lower_words: set[str]) -> bool:
    """A familiar English word: the Dale–Chall list, a word the text writes in lower case, or a word of
    CMUdict (which readability reads; it lists surnames too, but a person's name after the possessive
    is found as a person first and is left)."""
    from textstat.backend.utils import get_cmudict

    from analysis.actors.venues import _easy_words  # (asked only where a body's noun stands by the name: read then)

    return word in lower_words or word in _easy_words() or word in get_cmudict("en_US")


def _body_noun_before(scan: _Scan, start: int, org_nouns: frozenset[str]) -> bool:
    """An organisation noun, singular or plural, right before ``start`` or before "like", "such as",
    "including" there ("the coalition America's Pledge", "groups like America's Pledge")."""
    k = bisect.bisect_left(scan.starts, start) - 1
    while k >= 0 and scan.words[k] in _LISTING:
        k -= 1
    if k < 0:
        return False
    word = scan.words[k].lower()
    return word in org_nouns or (word.endswith("s") and word[:-1] in org_nouns)


def _body_apposition(body: str, end: int, org_nouns: frozenset[str]) -> bool:
    """An apposition after the name that holds an organisation noun (", the coalition pushed by")."""
    match = APPOSITION.match(body, end)
    return match is not None and any(w in org_nouns for w in match.group(1).split())


def _glued_openers(scan: _Scan) -> None:
    thing_heads = actor_word_sets().get("thing_heads", frozenset())
    out: list[ActorMention] = []
    for m in scan.mentions:
        glued = _GLUED_THE.match(m.text) if m.via == "capitalised" and m.kind in ("person", "organisation") and "The" in m.text else None
        entry = match_entry(glued.group(1)) if glued is not None and m.text[glued.end() : glued.end() + 1] == " " else None
        if glued is None or entry is None or entry.form != glued.group(1):
            out.append(m)
            continue
        cut = m.start + glued.end(1)
        out.append(ActorMention(entry.actor, entry.kind, m.text[: glued.end(1)], m.start, cut, m.sentence, m.paragraph, entry.via,
                                entry.institution))
        rest = m.text[glued.end() + 1 :]
        named = match_entry(rest)
        start = m.end - len(rest)
        if named is not None and named.form == rest:
            out.append(ActorMention(named.actor, named.kind, rest, start, m.end, m.sentence, m.paragraph, named.via, named.institution))
        elif " " in rest and rest.split()[-1] not in thing_heads:
            out.append(ActorMention(" ".join(rest.split()), m.kind, rest, start, m.end, m.sentence, m.paragraph, "capitalised"))
    scan.mentions[:] = out

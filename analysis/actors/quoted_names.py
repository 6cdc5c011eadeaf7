"""Names and titles in quotation marks: a nickname inside a person's name, and a work's title.

**A nickname between a given name and a surname** (:func:`nicknamed_people`): ``James "Ooker" Eskridge``.

News introduces people so (AP style puts a nickname in quotation marks between the given name and
the surname: ``Dwayne "The Rock" Johnson``, ``Earvin 'Magic' Johnson``). The quotation marks cut the
run of capitalised words in two: the given name alone was dropped and the surname, never seen after
a given name, was typed an organisation, so its "he said" quotes went to another man in the story
and its side was named after itself (new-user trial 18, F1). Here the whole span is one person
named by the given name and the surname (``James Eskridge``); the nickname stays in the mention's
text, and later bare surnames join the person as they join any full name.

The given name must be one ``lexicons/first_names.toml`` knows (``person_gender``), the nickname one
or two capitalised words, and the surname a name word right after the closing mark: a quoted word
between two names in any other shape ("said "No" Jones") is left to the other passes. Limit: a
given name the lexicon does not list ("Earvin 'Magic' Johnson") is read as before.

**A work's title quoted whole** (:func:`quoted_titles`): ``the documentary "An Inconvenient Truth."``
is a film, not a person "Inconvenient Truth".

**A word inside a quotation that closes before a pronoun** (:func:`quoted_before`, round 20, trial 20 F7):
in ``"Engineers asked us to widen the pool," he said. He ...`` the "he" after the closing mark is the
quotation's speaker, never a word inside it; the rule that makes a capitalised word before a speech word
and "he" a person must not read it there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import is_name_word, person_gender

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# The quoted nickname and the word after it; the given name before it is checked on the tokens.
# (Tried only at an opening mark before a capitalised token: :func:`_nickname_matches`.)
_NICKNAME = re.compile(r"[\"“‘'][A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?[\"”’'] (?=[A-Z])")
_NICKNAME_OPENERS = frozenset("\"“‘'")  # the pattern's first character class


def nicknamed_people(scan: _Scan) -> None:
    """Add a person for each ``Given "Nick" Surname`` and mark its tokens used (before the
    capitalised runs, which would cut it at the quotation marks)."""
    words, starts, ends = scan.words, scan.starts, scan.ends
    for match in _nickname_matches(scan):
        before = bisect.bisect_left(starts, match.start()) - 1  # the token before the opening mark
        after = bisect.bisect_left(starts, match.end())  # the surname
        if before < 0 or after >= len(words) or ends[before] != match.start() - 1 or starts[after] != match.end():
            continue
        given, surname = words[before], words[after]
        if scan.consumed[before] or scan.consumed[after] or not is_name_word(surname) or person_gender(given) is None:
            continue
        scan.add(f"{given} {surname}", "person", starts[before], ends[after], "capitalised")
        for k in range(before, after + 1):
            scan.consumed[k] = True


def _nickname_matches(scan: _Scan) -> Iterator[re.Match[str]]:
    """``_NICKNAME.finditer(scan.body)``, tried only where a match can start: an opening mark right
    before a token that opens with a capital A-Z (the mark is no letter, so the capital starts a
    token, and every such token is a starter); as finditer, a match is looked for only after the
    end of the one before. (A search tried the pattern's opening class at every character of the
    body, a third of a million instructions per article: news is full of quotation marks and
    apostrophes, and a body with curly ones is searched as two-byte text.)"""
    body, words, starts = scan.body, scan.words, scan.starts
    reach = 0
    for i in scan.starters:
        at = starts[i] - 1
        if at >= reach and body[at] in _NICKNAME_OPENERS and "A" <= words[i][0] <= "Z":
            match = _NICKNAME.match(body, at)
            if match is not None:
                yield match
                reach = match.end()


# A title of a work quoted whole: the opening mark, an optional article, the name, the closing mark
# (after a full stop or comma the sentence put inside it, as US style does).
_OPENING, _CLOSING = ("\"", "“"), ("\"", "”", ".\"", ".”", ",\"", ",”")
_ARTICLES = ("A ", "An ", "The ")
_OPENING_ARTICLES = tuple(q + a for q in _OPENING for a in _ARTICLES)  # ('"The ': one endswith per mention)


def quoted_titles(scan: _Scan) -> None:
    """Drop a capitalised run typed a person or organisation that fills a quotation by itself, after an
    optional article: ``his documentary, "An Inconvenient Truth."`` names a film, not a person
    (new-user trial 18, F15); ``the administration's "Energy Week."`` an event and ``an Executive
    Order on "Offshore Energy Strategy"`` a policy, not bodies. A quoted name holding an
    organisation's word (``actor_words.toml``: 'the "Academic Advisory Committee" of the ...') and
    gazetteer names are kept."""
    body = scan.body
    kept = []
    for m in scan.mentions:
        # (the closing mark first: most names are not followed by one, and the opening is not looked for)
        if m.via == "capitalised" and m.kind in ("person", "organisation") and (
            body[m.end : m.end + 1] in _CLOSING or body[m.end : m.end + 2] in _CLOSING
        ):
            before = body[max(0, m.start - 4) : m.start]
            opened = before[-1:] in _OPENING or before.endswith(_OPENING_ARTICLES)
            # a body's head word keeps a quoted body ('the "Academic Advisory Committee" of ...')
            # a person's name opening with a known given name is quoted as a name ('"Joe Biden," he said')
            person = m.kind == "person" and person_gender(m.actor) is None
            if opened and (person or (m.kind == "organisation" and m.actor.rsplit(" ", 1)[-1] not in scan.lists.org_words)):
                continue
        kept.append(m)
    scan.mentions[:] = kept


def quoted_before(body: str, start: int, end: int) -> bool:
    """Whether ``body[start]`` stands inside a quotation (opened earlier on its line, not closed before it)
    that closes before ``end``: curly marks by the last one before it, straight marks by their count."""
    line = body[body.rfind("\n", 0, start) + 1 : start]
    between = body[start:end]
    if line.rfind("“") > line.rfind("”"):
        return "”" in between
    return line.count('"') % 2 == 1 and '"' in between

"""Last pass of actor finding: the ways news writing names an organisation after its first
mention, and the capitals that are not names (round 9 new-user trial, findings 5, 7, 16, 20).

Each rule reads the finished scan (:class:`analysis.actors.mentions._Scan`) and corrects it:

* **Short form of a name given in full** (:func:`_short_forms`): a story names a firm in full once
  and then by its first word ("Emirates Airline ... Emirates had a fleet ... Emirates President
  Tim Clark"). A gazetteer form listed as ambiguous ("Emirates": the country or the airline) that
  opens an organisation's name found in the same text is that organisation at all its bare uses.
  The country's own names ("United Arab Emirates", "UAE") are never touched, nor is any form
  when the text names no such organisation.
* **The head of an administration** (:func:`_heads_of_administrations`): "the Trump
  administration" names a person (a president or a governor) known to readers by surname alone
  ("Trump has been clear that he ..."); every bare use of that surname is that person.
* **A body named "X of <capital>"** (:func:`_bodies_of_capitals`): "the University of Washington",
  "the Museum of London" name an institution of that place, not the state its capital stands for.
* **Joined-word brands** (:func:`_joined_word_brands`): "WeWork", "YouTube", "GoFundMe": a word
  with a capital inside after an ordinary word the text uses in lower case ("we", "you", "go") is
  a brand, an organisation (the actor rules need three lower-case letters: "PayPal"; given names
  such as "DeShawn" open with a particle or no English word).
* **A name of pronoun words and a company word** (:func:`_company_names_of_common_words`): "The
  We Company" is a firm's name though "We" is never part of a person's name.
* **The employer before a professional title** (:func:`_employers_before_titles`): "Commerzbank
  analyst Carsten Fritsch", "Google spokeswoman Jane Doe": one capitalised word right before a
  lower-case title that is no public office names the employer. A place is written before an
  office ("Texas governor Greg Abbott"), not before a company's job, so official titles and
  those that depend on their body ("president") are left alone.
* **Acronyms defined after an office** (:func:`_acronym_offices`): "the New York State Attorney
  General (NYAG)": the acronym names that office at each later use ("a spokesperson for the
  NYAG"), as an acronym after an organisation's name already does.
* **Headlines glued to the text** (:func:`_title_case_stretches`): in title case every word is
  capitalised, so capitals there say nothing about names ("Bolsonaro Urges Macron to Stop
  Meddling"); a person found only inside such a stretch is dropped, and a later one-word mention
  the stretch had taken for that person's surname keeps its own name ("Macron").
* **A private person's nationality** (:func:`_nationalities_of_private_persons`): "the British
  royal", "a Russian billionaire": the demonym describes the person; the state does not act.
* **A short given name** (:func:`_short_given_names`): "Joshua Apte ... Josh Apte" is one person:
  a full name whose given name is the first three letters or more of an earlier full name's, the
  rest the same, is that person, unless the two given names say different genders.
* **Junk persons** (:func:`_junk_persons`): an initial glued to another initial is an
  abbreviation ("Fort Worth P.D. Open the door!" names no "D. Open"), and a sentence's first word
  in -ing is a verb ("Getting Disney+ right"), not a given name.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_gazetteer, load_titles
from analysis.actors.grounds import correct_venues
from analysis.actors.lone_surnames import speaks_as_person
from analysis.actors.misread_names import correct_misreadings
from analysis.actors.model import ActorMention
from analysis.actors.name_contexts import correct_contexts
from analysis.actors.name_edges import correct_edges
from analysis.actors.name_fragments import correct_fragments
from analysis.actors.name_shapes import correct_shapes
from analysis.actors.news_names import correct_names
from analysis.actors.recurring_names import correct_recurring
from analysis.actors.scan import title_case_spans
from analysis.actors.venues import correct_kinds

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

_ACRONYM_DEFINED = re.compile(r" \(([A-Z][A-Z0-9]{1,7})\)")
_COMPANY_WORDS = frozenset({"Company", "Group", "Corp", "Corporation", "Inc", "Holdings", "Ltd", "LLC", "Co"})
_DETERMINERS = frozenset({"A", "An", "This", "That", "These", "Those", "Our", "Your", "Its", "His", "Her", "Their",
                          "Every", "Any", "Each", "No", "Some", "My"})
# Jobs at a firm or a bank, written after its name ("Commerzbank analyst", "Acme spokeswoman");
# a party's adjective before one is a side, not an employer ("Democratic strategist"), and a rank is no name ("Senior analyst").
_JOB_TITLES = frozenset({"analyst", "economist", "strategist", "spokesman", "spokeswoman", "spokesperson", "executive",
                         "engineer", "trader", "researcher", "lawyer",
                         # round 10 (trial 10 F11): a firm's founder and chief ("Apple founder Steve Jobs", "Acme CEO Jane Doe")
                         "founder", "cofounder", "co-founder", "CEO"})
_NOT_EMPLOYERS = frozenset({"Democratic", "Republican", "Democrat", "Conservative", "Liberal", "Labour", "Tory", "Green",
                          "Socialist", "Communist", "Independent", "Senior", "Chief", "Former"})
# Words only title case capitalises inside a line: "... Urges Macron to Stop Meddling After He
# Threatens ...". A list of names or a title before a name ("Polk County GOP Chairman Will
# Rogers") has none.
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_SPACE_INITIAL_END = re.compile(r" [A-Z]$")
_ABBREVIATION = re.compile(r"\.[A-Z]\.")
_JOINED = re.compile(r"([A-Z][a-z]{1,2})([A-Z][a-z]+)")


def refine_mentions(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    _short_forms(scan)
    _heads_of_administrations(scan)
    _bodies_of_capitals(scan)
    _joined_word_brands(scan)
    _company_names_of_common_words(scan)
    _employers_before_titles(scan)
    _acronym_offices(scan)
    _title_case_stretches(scan)
    _junk_persons(scan)
    _nationalities_of_private_persons(scan)
    _short_given_names(scan)
    correct_names(scan)  # things, places, offices and firms written like names (actors/news_names.py)
    correct_kinds(scan)  # venues, nationalities, fields, legal forms (actors/venues.py, round 12)
    correct_shapes(scan)  # jobs glued to names, names of no one, teams, a place's police (actors/name_shapes.py, round 13)
    correct_recurring(scan)  # firms named by one word, acronyms before titles, credit lines (actors/recurring_names.py, round 14)
    correct_contexts(scan)  # waters, firms by apposition, state-party descriptions, shared surnames (actors/name_contexts.py, round 15)
    correct_misreadings(scan)  # surnames that are gazetteer names, credits, nationalities, "IS" (actors/misread_names.py, round 16)
    correct_edges(scan)  # "&" firms, "X Administration", buildings, firms before company titles, openers (actors/name_edges.py, round 17)
    correct_fragments(scan)  # constituencies, title fragments, names after a country's possessive (actors/name_fragments.py, round 17)
    correct_venues(scan)  # sports grounds and parks where an event happened (actors/grounds.py, round 20)


def _covered(scan: _Scan, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in scan.mentions)


class _Cover:
    """:func:`_covered` for a loop over the text that changes the mentions only by adding some
    (``scan.add``): a scan over all mentions per question made find_actors quadratic (1.2 s of a
    1 MB text). The mentions are sorted by start at the first question, those added since are put
    in place at each; a mention that overlaps a span starts less than the longest mention's length
    before it, so only the few starting in that window are read."""

    def __init__(self, scan: _Scan) -> None:
        self.scan = scan
        self.seen = 0
        self.spans: list[tuple[int, int]] = []
        self.longest = 1

    def holds(self, start: int, end: int) -> bool:
        mentions = self.scan.mentions
        if self.seen < len(mentions):
            fresh = [(m.start, m.end) for m in mentions[self.seen :]]
            self.longest = max(self.longest, *(b - a for a, b in fresh))
            if self.seen == 0:
                self.spans = sorted(fresh)
            else:
                for span in fresh:
                    bisect.insort(self.spans, span)
            self.seen = len(mentions)
        spans = self.spans
        lo = bisect.bisect_left(spans, (start - self.longest + 1,))
        hi = bisect.bisect_left(spans, (end,), lo)
        return any(b > start for _, b in spans[lo:hi])


def _with(m: ActorMention, actor: str, kind: str, via: str | None = None) -> ActorMention:
    return ActorMention(actor, kind, m.text, m.start, m.end, m.sentence, m.paragraph, via or m.via, None)


def _short_forms(scan: _Scan) -> None:
    ambiguous = _ambiguous_aliases()
    organisations = {m.actor for m in scan.mentions if m.kind == "organisation" and m.via == "capitalised"}
    org_words = scan.lists.org_words
    organisations |= {m.actor for m in scan.mentions if m.kind == "person" and not org_words.isdisjoint(m.actor.split()[1:])}
    full: dict[str, str] = {}
    for name in sorted(organisations):
        first, *rest = name.split()
        if first in ambiguous and rest and all(w in scan.lists.org_words for w in rest):
            full.setdefault(first, name)  # "Emirates Airline", not "America First Policy Institute"
    if not full:
        return
    for k, m in enumerate(scan.mentions):
        if m.via == "alias" and m.text in full:
            scan.mentions[k] = _with(m, full[m.text], "organisation", "alias")
        elif m.actor in full.values() and m.kind == "person":
            scan.mentions[k] = _with(m, m.actor, "organisation")
    cover = _Cover(scan)
    for i in scan.starters_of(full):
        word = scan.words[i]
        if not cover.holds(scan.starts[i], scan.ends[i]):
            scan.add(full[word], "organisation", scan.starts[i], scan.ends[i], "alias")


@cache
def _ambiguous_aliases() -> frozenset[str]:
    """The gazetteer's aliases listed as ambiguous ("Emirates": the country or the airline)."""
    entries = (e for group in load_gazetteer().by_first.values() for _, _, e in group)
    return frozenset(e.form for e in entries if e.ambiguous and e.via == "alias")


def _heads_of_administrations(scan: _Scan) -> None:
    names = {word for _, _, word, _, after in scan.pending if after == "administration"}
    if not names:
        return  # (most texts: no "X administration", so no set of every mention's text)
    names -= {m.text for m in scan.mentions}  # a name the rules typed already keeps its type
    cover = _Cover(scan)
    for start, end, word, _, _ in scan.pending:
        if word in names and not cover.holds(start, end):
            scan.add(word, "person", start, end, "capitalised")


def _bodies_of_capitals(scan: _Scan) -> None:
    body, lists = scan.body, scan.lists
    for k, m in enumerate(scan.mentions):
        if m.via != "capital" or not body.startswith(" of ", m.start - 4):
            continue
        i = bisect.bisect_left(scan.starts, m.start) - 2  # the word before "of"
        if i < 0 or scan.words[i] not in lists.org_words:
            continue
        first = i
        while first > 0 and is_name_word(scan.words[first - 1]) and scan.words[first - 1] not in lists.not_names and (
            body[scan.ends[first - 1] : scan.starts[first]] == " "
        ):
            first -= 1
        start = scan.starts[first]
        name = " ".join(body[start : m.end].split())
        sentence, paragraph = scan.sentence_and_paragraph(start)
        scan.mentions[k] = ActorMention(name, "organisation", body[start : m.end], start, m.end, sentence, paragraph, "capitalised")


def _joined_word_brands(scan: _Scan) -> None:
    particles = _lower_words(scan.lists.particles)
    brands = set()
    # (a brand starts with a capital: a starter; the pattern is tried on each distinct one in C, by map)
    for match in filter(None, map(_JOINED.fullmatch, scan.starter_tables()[0])):
        word = match.string
        head = match.group(1).lower()
        ordinary = head in scan.lower_words or match.group(1) in scan.lists.not_names  # "we", "you", "go"
        if ordinary and head not in particles and scan.gender(match.group(1)) is None:
            brands.add(word)
    if not brands:
        return
    scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.text in brands)]
    cover = _Cover(scan)
    for i in scan.starters_of(brands):
        word = scan.words[i]
        if not cover.holds(scan.starts[i], scan.ends[i]):
            scan.add(word, "organisation", scan.starts[i], scan.ends[i], "capitalised")


@cache
def _lower_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _company_names_of_common_words(scan: _Scan) -> None:
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    cover = _Cover(scan)
    for i in scan.starters_of(_COMPANY_WORDS):
        word = words[i]
        if i == 0 or cover.holds(starts[i], ends[i]):
            continue
        first = i
        while first > 0 and is_name_word(words[first - 1]) and words[first - 1] not in _DETERMINERS and (
            body[ends[first - 1] : starts[first]] == " "
        ):
            first -= 1
        if first in scan.sentence_first_token and words[first] == "The":
            first += 1
        inner = words[first:i]
        if not inner or inner == ["The"] or not any(w in scan.lists.not_names for w in inner):
            continue  # names of name words are the capitalised runs' business
        if cover.holds(starts[first], ends[i]):
            continue
        end = ends[i] + (1 if word in ("Corp", "Inc", "Ltd", "Co") and body[ends[i] : ends[i] + 1] == "." else 0)
        name = " ".join(body[starts[first] : ends[i]].split())
        scan.add(name, "organisation", starts[first], end, "capitalised")


def _employers_before_titles(scan: _Scan) -> None:
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    cover = _Cover(scan)
    first_org: dict[str, str] | None = None  # each organisation's first word -> the first such organisation (made on first need)
    for i in scan.starters_before(_JOB_TITLES):  # (a capitalised word is a starter)
        word = words[i]
        if not is_name_word(word) or word in scan.lists.not_names or word in _NOT_EMPLOYERS:
            continue
        if body[ends[i] : starts[i + 1]] != " " or cover.holds(starts[i], ends[i]):
            continue
        if i in scan.sentence_first_token and word.lower() in scan.lower_words:
            continue
        if i > 0 and is_name_word(words[i - 1]) and body[ends[i - 1] : starts[i]] == " ":
            continue  # "Jane Doe analyst": the capitalised runs decide longer names
        if scan.gender(word) is not None or word in scan.persons or speaks_as_person(scan, word):
            continue  # "Cruz spokesman Rick Tyler": a candidate's spokesman, not a firm's (lone_surnames.py)
        # "Northgate Homes ... A Northgate spokesman": the firm named in full before
        # (read once, not per word: what this loop adds is the organisation found here, or the word itself)
        if first_org is None:
            first_org = {}
            for m in scan.mentions:
                if m.kind == "organisation":
                    first_org.setdefault(m.actor.split()[0], m.actor)
        full = first_org.get(word, word)
        scan.add(full, "organisation", starts[i], ends[i], "capitalised")


def _acronym_offices(scan: _Scan) -> None:
    body, words, starts = scan.body, scan.words, scan.starts
    for match in _ACRONYM_DEFINED.finditer(body):
        acronym = match.group(1)
        if acronym in scan.acronyms:
            continue
        k = bisect.bisect_left(starts, match.start())  # the token after the name
        first = k
        while first > 0 and (is_name_word(words[first - 1]) or words[first - 1] in ("of", "and")) and words[first - 1] != "The":
            first -= 1
        while first < k and not is_name_word(words[first]):
            first += 1
        name_words = words[first:k]
        initials = "".join(w[0] for w in name_words if w[:1].isupper())
        if len(name_words) < 2 or not _subsequence(acronym, initials) or acronym[0] != initials[:1]:
            continue
        last_two = tuple(w.lower() for w in name_words[-2:])
        if titles_official(last_two) is not True:
            continue  # an organisation's acronym is the capitalised runs' business
        name = " ".join(body[starts[first] : match.start()].split())
        scan.acronyms[acronym] = name
        scan.mentions[:] = [m for m in scan.mentions if not (m.start >= starts[first] and m.end <= match.start()
                                                             and m.kind == "person")]
        scan.add(name, "organisation", starts[first], match.start(), "capitalised")
        for j, m in enumerate(scan.mentions):
            if m.text == acronym:
                scan.mentions[j] = _with(m, name, "organisation", "alias")


def titles_official(words: tuple[str, ...]) -> bool | None:
    """The office flag of the longest title that ends ``words`` (lower case), if any."""
    titles = load_titles()[1]
    for n in range(len(words), 0, -1):
        if words[-n:] in titles:
            return titles[words[-n:]]
    return None


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _title_case_stretches(scan: _Scan) -> None:
    stretches = title_case_spans(scan)
    if not stretches:
        return
    def inside(m: ActorMention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in stretches)

    outside = {m.text for m in scan.mentions if not inside(m)}
    junk: list[ActorMention] = []
    names: list[ActorMention] = []
    for m in scan.mentions:
        if m.kind != "person" or " " not in m.text or not inside(m):
            continue
        name_words = m.text.split()
        common = any(w.lower() in scan.lower_words for w in name_words)
        if common or (scan.gender(name_words[0]) is None and m.text not in outside):
            # "Bolsonaro Urges Macron", "Urge Mayor"; not "Hillary Clinton" of "Hillary Clinton Wins
            # Iowa". A name opening with a given name stays: "Progressives Cheer Hillary Clinton".
            junk.append(m)
            names.extend(_names_between_common_words(scan, m))
    _drop_persons(scan, junk, names)


def _names_between_common_words(scan: _Scan, m: ActorMention) -> list[ActorMention]:
    found: list[ActorMention] = []
    segment: list[re.Match[str]] = []
    for word in [*re.finditer(r"\S+", m.text), None]:
        if word is not None and word.group().lower() not in scan.lower_words:
            segment.append(word)
            continue
        while segment and scan.gender(segment[0].group()) is None:
            segment.pop(0)  # "Celebrating Hillary Clinton": the name opens with its given name
        if len(segment) >= 2:
            start, end = m.start + segment[0].start(), m.start + segment[-1].end()
            name = scan.body[start:end]
            found.append(ActorMention(name, "person", name, start, end, m.sentence, m.paragraph, "capitalised"))
        segment = []
    return found


def _drop_persons(scan: _Scan, junk: list[ActorMention], names: list[ActorMention] | None = None) -> None:
    """Remove the ``junk`` person mentions (adding ``names`` found inside them); a one-word mention
    elsewhere that the junk name had taken for its surname goes to the name it ends, else keeps its
    own word: an organisation named with it ("Disney" of "Walt Disney Co."), else a person ("Macron")."""
    if not junk:
        return
    dropped = {m.actor for m in junk}
    junk_spans = {(m.start, m.end) for m in junk}
    by_last = {n.actor.split()[-1]: n.actor for n in names or ()}
    organisations = [m.actor for m in scan.mentions if m.kind == "organisation" and m.actor not in dropped]
    kept: list[ActorMention] = list(names or ())
    for m in scan.mentions:
        if m.actor not in dropped:
            kept.append(m)
        elif (m.start, m.end) not in junk_spans and " " not in m.text:
            owner = next((o for o in organisations if m.text in o.split()), None)
            if m.text in by_last:
                kept.append(_with(m, by_last[m.text], "person"))
            else:
                kept.append(_with(m, owner, "organisation") if owner else _with(m, m.text, m.kind, "capitalised"))
    scan.mentions[:] = kept


def _junk_persons(scan: _Scan) -> None:
    body = scan.body
    junk: list[ActorMention] = []
    for k, m in enumerate(scan.mentions):
        if m.kind != "person" or m.via != "capitalised":
            continue
        parts = m.text.split()
        second = parts[1] if " " in m.text else ""
        if m.start > 0 and body[m.start - 1] == "." and m.text[1:2] == "." and second.lower() in scan.lower_words:
            junk.append(m)  # "P.D. Open": the D of an abbreviation
            continue
        if _SPACE_INITIAL_END.search(m.text) and _ABBREVIATION.match(body[m.end : m.end + 3]):
            # "Fort Worth P.D.": the abbreviation's first letter is no initial of a name
            scan.mentions[k] = ActorMention(m.actor[:-2], m.kind, m.text[:-2], m.start, m.end - 2, m.sentence, m.paragraph, m.via)
            continue
        first = parts[0]
        token = bisect.bisect_left(scan.starts, m.start)
        if len(first) > 5 and first.endswith("ing") and token in scan.sentence_first_token and scan.gender(first) is None:
            junk.append(m)  # "Getting Disney+ right": a gerund opens the sentence
    _drop_persons(scan, junk)


def _nationalities_of_private_persons(scan: _Scan) -> None:
    """"the British royal denied ...": a demonym before a private person's noun gives that person's
    nationality; the state is not mentioned (``actor_words.toml`` ``private_person_nouns``)."""
    nouns = actor_word_sets()["private_person_nouns"]

    def nationality(m: ActorMention) -> bool:
        after = _NEXT_WORD.match(scan.body, m.end) if m.via == "demonym" else None
        return after is not None and after.group(1) in nouns

    scan.mentions[:] = [m for m in scan.mentions if not nationality(m)]


def _short_given_names(scan: _Scan) -> None:
    """Merge a full name written with a short form of an earlier full name's given name ("Josh Apte"
    after "Joshua Apte", or before it) into the name written in full (see the module docstring)."""
    names: dict[str, None] = {}
    for m in scan.mentions:
        if m.kind == "person" and " " in m.actor:
            names.setdefault(m.actor)
    # The names by all but their given name, in order: a name is compared with those sharing the rest
    # only (a comparison of every pair cost a split per pair).
    by_rest: dict[str, list[tuple[str, str]]] = {}
    for other in names:
        other_given, other_rest = other.split(" ", 1)
        by_rest.setdefault(other_rest, []).append((other_given, other))
    rename: dict[str, str] = {}
    for name in names:
        given, rest = name.split(" ", 1)
        if len(given) < 3 or not given.isalpha():
            continue
        for other_given, other in by_rest[rest]:
            if not (len(other_given) > len(given) and other_given.startswith(given)):
                continue
            genders = {scan.gender(given), scan.gender(other_given)} - {None}
            if len(genders) <= 1:  # not "Chris Lane" and "Christine Lane" when both genders are known and differ
                rename[name] = other
                break
    if rename:
        scan.mentions[:] = [_with(m, rename[m.actor], m.kind) if m.actor in rename else m for m in scan.mentions]

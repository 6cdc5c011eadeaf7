"""Round 13 (new-user trial 13, findings F7 and F8): the shape of a name in news tells what it names.
Each rule reads the finished scan (:class:`analysis.actors.scan._Scan`) and corrects it, before the
person names are settled:

* **A job noun glued to a name** (:func:`_jobs_glued_to_names`): "Employee Steve Castro", "CBS Sports
  NFL Insider Jason La Canfora", "the BBC's Environment Correspondent Matt McGrath", "Public
  Ombudsman Nadia Cruz": a run that opens with no known given name and holds a job noun
  (``actor_words.toml`` ``job_nouns``) right before a known given name is that person; the words
  before the given name are the job, and the person's later surname mentions are the same person.
* **Names of no one** (:func:`_not_persons`): a "person" with no known given name and no title
  before it that ends in "-ism" ("National Socialism": a doctrine), ends in a portfolio word ("the UN
  Office for the Co-ordination of Humanitarian Affairs"), runs on into a code of letters and digits
  ("Plants Need CO2": a group's name), stands alone inside quotation marks or brackets ("the “Dirty
  Power” rule", "the "Caja Magica" (Magic Box) centre court": a label or a translation), or whose
  initials end an acronym the text uses ("Methicillin Resistant Staphylococcus Aureus ... MRSA",
  "Vancomycin Resistant Staphylococcus Aureus (VRSA)": a term, not a person).
* **A body named in an apposition to its class** (:func:`_not_persons`): "one Dhaka-based factory,
  Softex Cotton, has threatened": a run with no known given name right after an organisation noun
  and a comma is that organisation.
* **Teams** (:func:`_teams`): news names a team by its plural nickname after "the" ("the Steelers",
  "the Browns"); a capitalised plural written so at least twice, that is no people, place or event
  (``actor_words.toml`` ``not_teams``), no gazetteer form and no plural of a known given name, is an
  organisation at all its bare mentions ("Steelers defensive end Cam Heyward" too).
* **A place's police** (:func:`_local_police`): "the Fort Worth police", "San Francisco police said":
  a place's name (no known given name, no actor of its own) right before the lower-case word "police" is
  that police force, an organisation.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, load_titles
from analysis.actors.model import ActorMention
from analysis.actors.venues import _easy_words
from analysis.lexicons import lexicon_cache

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

_CODE = re.compile(r" [A-Za-z]*(?:[A-Z][0-9]|[0-9][A-Za-z])")
# Each pattern below opens with its first character class and tests the character before it after it
# (a look-behind on two characters), not with \b: a search then skips to the next candidate character
# instead of trying the look-behind at every position (the same matches).
_ACRONYM_TOKEN = re.compile(r"[A-Z](?<![^\W][A-Z])[A-Z]{2,7}\b")
_QUOTE_OPEN = frozenset("\"“'‘(")
_QUOTE_CLOSE = frozenset("\"”'’)")
_WORD = re.compile(r"\w+")
_APPOSED = re.compile(r"\b([a-z]+), $")
# These two open with the literal "he " and test "the"/"The" and the character before it by look-behinds:
# a pattern that opens with a literal is searched for that literal (4 times faster than trying a
# class at every character); the groups are the same, the match starts at the "h" (only groups are read).
# (four letters and up: "the Rams", "the Jets", "the Cubs" are teams as "the Steelers" is; trial 20 F7)
_THE_PLURAL = re.compile(r"he (?<=[Tt]he )(?<![^\W][Tt]he )([A-Z][a-z]+[a-hj-rt-z]s)\b(?! [A-Z])")  # not "the Davis Cup", "the Jones"
_THE_CAPITALS = re.compile(r"he (?<=[Tt]he )(?<![^\W][Tt]he )((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){2,5})\b(?! [A-Z])")
# ("Fort Worth P.D. Open the door!")
_PLACE_POLICE = re.compile(r"([A-Z](?<![^\W][A-Z])[a-z]+(?: [A-Z][a-z]+){0,2}) (?:police\b|P\.D\.|PD\b)")


def correct_shapes(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    _jobs_glued_to_names(scan)
    _not_persons(scan)
    _teams(scan)
    _local_police(scan)
    _offices_of_places(scan)


def _after_title(scan: _Scan, start: int) -> bool:
    k = bisect.bisect_left(scan.starts, start)
    return k < len(scan.words) and scan.title_before[k]


def _jobs_glued_to_names(scan: _Scan) -> None:
    jobs = actor_word_sets().get("job_nouns", frozenset())
    renamed: dict[str, tuple[str, int]] = {}
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or scan.gender(m.actor) is not None or m.actor in renamed:
            continue
        words = m.actor.split()
        for k in range(1, len(words) - 1):
            if words[k - 1].lower() in jobs and scan.gender(words[k]) is not None:
                renamed[m.actor] = (" ".join(words[k:]), len(" ".join(words[:k])) + 1)
                break
    # A job word alone typed a person after a title ("the Chief Constable, Peter Wright") names an office.
    scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.actor.lower() in jobs)]
    if not renamed:
        return
    for index, m in enumerate(scan.mentions):
        if m.kind == "person" and m.actor in renamed:
            name, cut = renamed[m.actor]
            start = m.start + cut if m.text.startswith(m.actor) else m.start
            text = scan.body[start : m.end]
            scan.mentions[index] = ActorMention(name, "person", text, start, m.end, m.sentence, m.paragraph, m.via, None)
            k = bisect.bisect_left(scan.starts, start)
            if k < len(scan.words):
                scan.title_before[k] = True
            if scan.persons.get(name.split()[-1]) == m.actor:
                scan.persons[name.split()[-1]] = name


# A firm's class beside the lexicon's company nouns (not "agency" or "department": "Lee's pick to
# run the agency, Sam Pratt, has shown" names a person); asked apart, not merged into a new set per text.
_FIRM_CLASSES = frozenset({"factory", "mill", "plant", "charity", "nonprofit"})


def _not_persons(scan: _Scan) -> None:
    words = actor_word_sets()
    portfolio, company_nouns = words["portfolio_words"], words["company_nouns"]
    body = scan.body
    acronyms: set[str] | None = None  # found at the first run of three initials that needs them (most articles have none)
    doomed: set[str] = set()
    firms: set[str] = set()
    by_surname = {m.actor for m in scan.mentions if m.via == "surname"}  # (a person is named again by surname; a term is not)
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or " " not in m.actor or scan.gender(m.actor) is not None:
            continue
        if _after_title(scan, m.start):
            continue
        names = m.actor.split()
        # (three initials need three words: most names have two, and no initials are joined for them)
        initials = "".join(w[0] for w in names if w[:1].isupper()) if len(names) >= 3 else ""
        # (the closing mark may follow a full stop or comma: "ideas that are just 'La La Land.'")
        after = body[m.end : m.end + 2]
        closing = after[:1] in _QUOTE_CLOSE or (after[:1] in (".", ",", "!", "?") and after[1:] in _QUOTE_CLOSE)
        quoted = body[m.start - 1 : m.start] in _QUOTE_OPEN and closing
        by_initials = len(initials) >= 3 and m.actor not in by_surname
        if by_initials and acronyms is None:
            acronyms = set(_ACRONYM_TOKEN.findall(body))
        if (names[-1].endswith("ism") or names[-1] in portfolio or _CODE.match(body, m.end) or quoted
                or (by_initials and any(a.endswith(initials) for a in acronyms or ()))):
            doomed.add(m.actor)
            continue
        # (the pattern ends in ", " at the mention, "$" also before a line break: tested first, with no search)
        comma = body[max(0, m.start - 3) : m.start].endswith((", ", ", \n"))
        apposed = _APPOSED.search(body, max(0, m.start - 20), m.start) if comma else None
        if (apposed is not None and (apposed.group(1) in company_nouns or apposed.group(1) in _FIRM_CLASSES)
                and body[m.end : m.end + 1] == "," and m.actor not in by_surname):
            firms.add(m.actor)  # "one Dhaka-based factory, Softex Cotton, has ..."
    # A storm typed a body by a word before it ("compared with Cyclone Idai") is an event too, with its short mentions.
    events = words["event_heads"]
    doomed.update(m.actor for m in scan.mentions if m.via == "capitalised" and m.kind in ("person", "organisation")
                  and " " in m.actor and m.actor.split()[0] in events)
    if not doomed and not firms:
        return  # (most texts: nothing to drop or retype)
    scan.mentions[:] = [
        ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None) if m.actor in firms
        and m.kind == "person" else m
        for m in scan.mentions if not (m.kind in ("person", "organisation") and m.actor in doomed)
    ]


def _covered(scan: _Scan, start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in scan.mentions)


def _teams(scan: _Scan) -> None:
    body = scan.body
    after_the = {match.group(1) for match in _THE_PLURAL.finditer(body)}
    # written after "the" once and twice in all ("the Steelers ... Steelers coach Mike Tomlin")
    if not after_the:
        return
    # A whole word's count, as \bw\b counts it: with no underscore in the body the \w+ runs are the
    # scan's tokens ([^\W_]+), counted without a second pass of a pattern over the body. Each word
    # here opens with a capital, so it is a starter: its tokens are the starter table's (no count of every token).
    if "_" not in body:
        by_word = scan.starter_tables()[0]
        counts = {w: len(by_word.get(w, ())) for w in after_the}
    else:
        tokens = Counter(_WORD.findall(body))
        counts = {w: tokens[w] for w in after_the}
    excluded = actor_word_sets().get("not_teams", frozenset())
    teams = {w for w, n in counts.items() if n >= 2 and w not in excluded and w not in scan.gaz.by_first
             and w not in scan.lists.not_names and scan.gender(w[:-1]) is None and w.lower() not in scan.lower_words
             and w[:-1] not in scan.persons}  # ("the Clintons" of a text naming Hillary Clinton: a family)
    if not teams:
        return
    # A run typed a person or a body whose last word is the nickname ("Pittsburgh Steelers") is the team too.
    full = {m.actor for m in scan.mentions if m.actor.split()[-1] in teams and " " in m.actor and scan.gender(m.actor) is None}
    scan.mentions[:] = [
        ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None) if m.actor in full else m
        for m in scan.mentions
    ]
    for team in sorted(teams):
        named = [name for name in full if name.split()[-1] == team]
        # ("over Central Rams": a place's name before the nickname that no rule kept as a run is the team's full name)
        spelled = _spelled_team_names(scan, team) if not named else {}
        canonical = named[0] if len(named) == 1 else next(iter(spelled.values())) if len(set(spelled.values())) == 1 else team
        for match in re.finditer(rf"\b{team}\b", body):
            start = next((a for a, b in spelled if b == match.end()), match.start())
            if _covered(scan, start, match.end()):
                start = match.start()  # (the nickname alone where a longer span meets another mention)
            if not _covered(scan, start, match.end()):
                scan.add(canonical, "organisation", start, match.end(), "capitalised")


def _spelled_team_names(scan: _Scan, team: str) -> dict[tuple[int, int], str]:
    """Where the body writes one to three capitalised words right before a team's nickname ("Central Rams", "Los
    Angeles Rams"), by (start, end), with the full name: words that the text never writes in lower case, that are no
    known given name, no gazetteer word and no word names never hold, and that do not open a sentence ("After Rams fumbled"); a longer
    name goes on after it ("the Army Corps of Engineers") and is left alone."""
    found: dict[tuple[int, int], str] = {}
    for match in re.finditer(rf"\b((?:[A-Z][a-z]+ ){{1,3}}){team}\b(?! of [A-Z])", scan.body):  # (not "the Army Corps of Engineers")
        words = match.group(1).split()
        k = bisect.bisect_left(scan.starts, match.start())
        if k in scan.sentence_first_token or any(
            w.lower() in scan.lower_words or w in scan.lists.not_names or scan.gender(w) is not None or w in scan.gaz.by_first
            for w in words
        ):  # (a gazetteer's word is an actor of its own: "American Crossroads", "African American Democrats")
            continue
        found[(match.start(), match.end())] = f"{match.group(1)}{team}"
    return found


@lexicon_cache
def _police_adjectives() -> frozenset[str]:
    """The words before "police" that make no place's force, one set per lexicon set (not a union per text)."""
    lists = actor_word_sets()
    return lists["public_modifiers"] | lists["place_adjectives"] | lists.get("police_modifiers", frozenset())


def _local_police(scan: _Scan) -> None:
    body = scan.body
    if "police" not in body and "PD" not in body and "P.D." not in body:
        return  # (no match can be found: the pattern needs one of these; most articles name no police)
    adjectives = _police_adjectives()
    for match in _PLACE_POLICE.finditer(body):
        start, end = match.span(1)
        name = match.group(1)
        while " " in name and name.split()[0] in scan.lists.not_names:  # "The Fort Worth police"
            start += len(name.split()[0]) + 1
            name = body[start:end]
        k = bisect.bisect_left(scan.starts, start)
        first = name.split()[0]
        if k in scan.sentence_first_token and (first.lower() in scan.lower_words or (" " not in name and first.lower() in _easy_words())):
            continue  # "Local police said"
        if scan.gender(name) is not None or first in scan.lists.not_names or first.lower() in adjectives:
            continue  # "Federal police", "Military police"
        # a place the other rules typed a body for want of its noun ("The Fort Worth police said") is that police force
        scan.mentions[:] = [m for m in scan.mentions if not (
            (m.start == start and m.end == end and m.kind == "organisation" and m.via == "capitalised")
            or (m.kind == "person" and m.via == "capitalised" and end < m.start < match.end()))]  # ("D. Open" of "P.D. Open")
        if _covered(scan, start, end):
            continue
        force = next((m.actor for m in scan.mentions if m.kind == "organisation" and m.actor.lower() == f"{name} police".lower()), None)
        scan.add(force or f"{name} police", "organisation", start, match.end(), "capitalised")  # ("South Yorkshire Police" named so)


def _offices_of_places(scan: _Scan) -> None:
    """"investigated by the New York State Attorney General. ... the NYAG's questions": a place's name
    and an official title after "the", with no name after it, is that office, an organisation (the
    body that acts); an acronym the text uses whose letters are the office's initials in order, the
    first one first ("NYAG"), is the same office."""
    titles = load_titles()[1]
    offices = actor_word_sets().get("office_bodies", frozenset())
    body = scan.body
    for match in _THE_CAPITALS.finditer(body):
        words = match.group(1).split()
        k = next((k for k in range(1, len(words)) if " ".join(words[k:]).lower() in offices), None)
        if k is None or any(tuple(w.lower() for w in words[j:k]) in titles for j in range(k)):
            continue  # (the words before the title are a place's: no title among them)
        start, end = match.span(1)
        inside = [m for m in scan.mentions if m.start < end and start < m.end]
        if any(m.via not in ("capitalised", "surname") or m.start < start or m.end > end for m in inside) or (
            scan.gender(words[0]) is not None or body[end : end + 1] in ("’", "'")
        ):
            continue  # ("the Carson County Sheriff’s Office": a body named already, longer than the office)
        name = match.group(1)
        scan.mentions[:] = [m for m in scan.mentions if m not in inside]
        scan.add(name, "organisation", start, end, "capitalised")
        initials = "".join(w[0] for w in words)
        for index, m in enumerate(scan.mentions):
            if (m.kind == "organisation" and m.actor.isupper() and 3 <= len(m.actor) <= len(initials) and m.actor[0] == initials[0]
                    and _letters_in_order(m.actor[1:], initials[1:])):
                scan.mentions[index] = ActorMention(name, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None)


def _letters_in_order(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)

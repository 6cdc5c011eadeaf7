"""Last pass of actor finding, round 10 (new-user trial, findings 5, 11, 13): how news writes the
names of things, places, offices and firms that the capitalised-run rules take for people or for
the gazetteer's actors. Each rule reads the finished scan (:class:`analysis.actors.mentions._Scan`)
and corrects it:

* **A name after "the"** (:func:`_the_before_names`): people are not written with an article
  ("the Big Bang", "the Hubble Space Telescope", "the Clean Power Plan", "the Situation Room"); a
  run typed a person only for want of an organisation word, right after "the", that opens with no
  known given name and follows no title is a thing or an event: no actor. ("the Donald Trump
  campaign" opens with a given name and stays a person.)
* **Titles alone** (:func:`_titles_as_persons`): "Vice President", "Legislative Representative",
  "General" (of "Inspector General") name an office, not a person, when no known given name opens
  them ("Mike Judge" stays).
* **Places** (:func:`_places_as_persons`): a run opening with a place prefix ("Fort Worth", "West
  Virginia", "North Dakota", "Outer Continental Shelf") or ending in a place noun ("Capitol Hill",
  "Forest Hill", ``actor_words.toml`` ``place_heads``) with no known given name first is a place.
* **"Office of the ..."** (:func:`_offices_of_the`): an organisation word, "of the" and a
  capitalised run ("Office of the Inspector General", "Church of the Nativity") is one body's name.
* **Gazetteer forms inside other names** (:func:`_forms_inside_names`): a demonym after a place
  prefix is a place ("South Pole", "North American"); a one-word alias that is an organisation
  word after a name is another body ("Keck Observatory" is not the Syrian Observatory); a country's
  or body's one-word name right after a known given name is a surname ("Sara Jordan"); a demonym
  opening a private body's name is part of it ("American Enterprise Institute", not the US).
* **A person's firm** (:func:`_possessed_names`): a run after a person's possessive that opens
  with no given name ("Jeff Bezos's Blue Origin") is that person's firm, an organisation at all
  its mentions; a firm named with and without its legal suffix ("Ceres Robotics" and "Ceres
  Robotics Inc.") is one organisation.
* **Firms by one word** (:func:`_one_word_firms`): news names a person in full at first mention and
  a firm by one word ("Nissan says", "VW says", "Toyota's top-selling car"); a one-word name right
  before a speech verb that is no known given name and no surname of a person the text names is an
  organisation, at all its bare mentions. A near miss of a named person's surname (one letter
  added, dropped or changed: "Griffiths" for "Wells Griffith") is that person.
* **Product codes and common-noun acronyms** (:func:`_acronyms_not_bodies`): "the RAV4" (letters
  and digits: a model) and "the SUV" (the text also writes "an SUV" or "SUVs") are no bodies.
* **Headline debris** (:func:`_headline_organisations`): a run-in headline in title case ("Ryan
  Zinke To Oil Reps: We Want ...") capitalises every word; an organisation found only inside such
  a line, with a word the text writes in lower case ("oil"), is no body (as persons there are not:
  :mod:`analysis.actors.short_forms`).
* **A given name alone** (:func:`_given_names_of_named_persons`): "Steve" beside a speech verb
  in a text that names one "Steve Jobs" is that person, not a second one.
* **A body's first word before a job** (:func:`_short_employers`): "NASA's Goddard Space Flight
  Center ... Goddard planetary scientist Avi Mandell": one capitalised word that opens a body's
  name given in full before, written before lower-case job words and a person's name, is that body.
* **Portfolios** (:func:`_portfolios`): "Vice President for Energy and Resources Policy": a run after
  a title and "for"/"of" that ends in a portfolio word (``portfolio_words``) is the job's field,
  not an organisation.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_titles
from analysis.actors.lone_surnames import persons_among_firms
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.scan import title_case_spans

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

_OFFICE_OF_THE = re.compile(r"\b([A-Z][a-z]+) of the ((?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+|of|for|and))*)")
_MODEL_CODE = re.compile(r"[A-Z]+[0-9][A-Z0-9]*")
_LEGAL_SUFFIX = re.compile(r",? (?:Inc|Corp|Co|Ltd|LLC|PLC|Plc)\.?$")


def correct_names(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    scan.mentions.sort(key=BY_POSITION)
    _offices_of_the(scan)
    _forms_inside_names(scan)
    _titles_as_persons(scan)
    _the_before_names(scan)
    _places_as_persons(scan)
    _possessed_names(scan)
    _one_word_firms(scan)
    _acronyms_not_bodies(scan)
    _portfolios(scan)
    _headline_organisations(scan)
    _given_names_of_named_persons(scan)
    _short_employers(scan)


def _replace(m: ActorMention, actor: str, kind: str, start: int | None = None, text: str | None = None) -> ActorMention:
    start = m.start if start is None else start
    return ActorMention(actor, kind, m.text if text is None else text, start, m.end, m.sentence, m.paragraph, "capitalised", None)


def _given_name_first(scan: _Scan, actor: str) -> bool:
    return scan.gender(actor) is not None


def _after_title(scan: _Scan, m: ActorMention) -> bool:
    k = bisect.bisect_left(scan.starts, m.start)
    return k < len(scan.words) and scan.title_before[k]


def _drop(scan: _Scan, doomed: set[str]) -> None:
    """Remove every person mention of the ``doomed`` actors (their surname mentions too)."""
    if doomed:
        scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.actor in doomed)]


def _the_before_names(scan: _Scan) -> None:
    body = scan.body
    titles = load_titles()[1]
    found = {m.actor for m in scan.mentions if m.kind == "person" and m.via == "capitalised" and " " in m.actor
             and body[max(0, m.start - 4) : m.start] in ("the ", "The ") and not _given_name_first(scan, m.actor)
             and not _after_title(scan, m)}
    if not found:
        return
    # Which of them act: one named where a body is ("told the Eastport Ledger", "at the Heritage
    # Center", "director of the Climate Action Project", "the Eastport Ledger reported") is an
    # organisation at all its mentions; the others are things, events or places (no actor).
    acting: set[str] = set()
    for m in scan.mentions:
        if m.actor not in found:
            continue
        k = bisect.bisect_left(scan.starts, m.start) - 1  # the token "the"
        before = scan.words[k - 1].lower() if k >= 1 and k not in scan.sentence_first_token else ""
        before2 = scan.words[k - 2].lower() if before and k >= 2 else ""
        after = bisect.bisect_left(scan.starts, m.end)
        following = scan.words[after] if after < len(scan.words) and body[m.end : scan.starts[after]] == " " else ""
        if before in scan.lists.org_before or before in scan.lists.speech_words or following in scan.lists.speech_words or (
            before == "of" and ((before2,) in titles or before2.endswith("director"))
        ):
            acting.add(m.actor)
    scan.mentions[:] = [
        ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None) if m.actor in acting else m
        for m in scan.mentions if m.actor not in found - acting
    ]


def _titles_as_persons(scan: _Scan) -> None:
    titles = load_titles()[1]
    doomed: set[str] = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or _given_name_first(scan, m.actor):
            continue  # (a surname that is also a title, "Mike Judge", opens with a given name)
        if _after_title(scan, m):
            continue
        words = tuple(w.lower() for w in m.actor.replace(".", "").split())
        # A whole title ("Vice President", "General"), or a title word ending a run written as a job:
        # an apposition after a name or "for"/"of" after it ("Sara Jordan, Legislative Representative
        # for ..."); "Pete King said" is a person whose surname is a title word.
        job = scan.body[max(0, m.start - 2) : m.start] == ", " or scan.body[m.end : m.end + 5] in (" for ", " of t", " with")
        if words in titles or ((words[-1],) in titles and job and len(words) == 2):
            doomed.add(m.actor)
    _drop(scan, doomed)


def _places_as_persons(scan: _Scan) -> None:
    heads = actor_word_sets()["place_heads"]
    prefixes = scan.lists.place_prefixes
    doomed = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or _given_name_first(scan, m.actor) or _after_title(scan, m):
            continue
        words = m.actor.split()
        if len(words) >= 2 and (words[0] in prefixes or words[-1] in heads):
            doomed.add(m.actor)
    _drop(scan, doomed)


def _offices_of_the(scan: _Scan) -> None:
    org_words = scan.lists.org_words
    for match in _office_of_the_matches(scan.body):
        if match.group(1) not in org_words:
            continue
        name = match.group(0).rstrip()
        for tail in (" of", " for", " and"):
            name = name.removesuffix(tail)
        start, end = match.start(), match.start() + len(name)
        inside = [m for m in scan.mentions if m.start >= start and m.end <= end]
        if any(m.kind != "person" for m in inside):
            continue  # "Directorate of the Department of Homeland Security": the body inside is named already
        if any(m.start < start < m.end and m.kind != "person" for m in scan.mentions):
            continue  # "International Committee of the Red Cross": a longer body's name holds it (trial 21 F5)
        scan.mentions[:] = [m for m in scan.mentions if m not in inside]
        scan.add(name, "organisation", start, end, "capitalised")


def _office_of_the_matches(body: str) -> list[re.Match[str]]:
    """``_OFFICE_OF_THE.finditer(body)``, tried only where a match can start (the expression tried at
    every offset cost 0.1 ms per 4 kB article): a match's first word, a capital and lower-case
    letters, ends right before " of the ", so each " of the " gives one offset to try; as finditer,
    a match is looked for only after the end of the one before."""
    out: list[re.Match[str]] = []
    reach = 0
    at = body.find(" of the ")
    while at != -1:
        k = at - 1
        while k >= 0 and "a" <= body[k] <= "z":
            k -= 1
        if reach <= k < at - 1 and "A" <= body[k] <= "Z":
            match = _OFFICE_OF_THE.match(body, k)
            if match is not None:
                out.append(match)
                reach = match.end()
        at = body.find(" of the ", at + 1)
    return out


def _word_before(scan: _Scan, start: int) -> tuple[int, str] | None:
    """The token right before body offset ``start``, one space before it (index, word)."""
    k = bisect.bisect_left(scan.starts, start) - 1
    if k < 0 or scan.body[scan.ends[k] : start] != " ":
        return None
    return k, scan.words[k]


_FORM_VIAS = frozenset({"demonym", "alias", "name"})


def _forms_inside_names(scan: _Scan) -> None:
    lists, private = scan.lists, actor_word_sets()["private_body_words"]
    out: list[ActorMention] = []
    mentions = scan.mentions
    by_start = {m.start: m for m in mentions}
    skip: set[int] = set()
    for idx, m in enumerate(mentions):
        if idx in skip:
            continue
        if m.via not in _FORM_VIAS:
            out.append(m)  # (every rule below is about a demonym, a name or an alias: no word before read)
            continue
        before = _word_before(scan, m.start)
        one_word = " " not in m.text
        if m.via == "demonym" and before is not None and before[1] in lists.place_prefixes:
            continue  # "South Pole", "North American": a place, not the state
        if m.via in ("alias", "name") and one_word and before is not None and m.text in lists.org_words:
            previous = out[-1] if out and scan.body[out[-1].end : m.start] == " " else None
            if previous is not None and previous.kind == "person":
                out[-1] = _replace(m, f"{previous.actor} {m.text}", "organisation", previous.start, scan.body[previous.start : m.end])
                continue  # "W. M. Keck Observatory"
            if is_name_word(before[1]) and before[1] not in lists.not_names:
                start = scan.starts[before[0]]
                out.append(_replace(m, scan.body[start : m.end], "organisation", start, scan.body[start : m.end]))
                continue  # "Lowell Observatory"
        if m.via in ("alias", "name") and one_word and m.kind in ("country", "organisation") and before is not None and (
            scan.gender(before[1]) is not None and before[1][:1].isupper()  # (not the verb of "to sue Exxon")
            and not (before[0] in scan.sentence_first_token and before[1].lower() in scan.lower_words)  # "Will China retaliate?"
        ) and (not out or out[-1].end <= scan.starts[before[0]]):
            name = scan.body[scan.starts[before[0]] : m.end]
            out.append(_replace(m, name, "person", scan.starts[before[0]], name))
            scan.persons.setdefault(m.text, name)
            scan.vouched.add(name)
            continue  # "Sara Jordan": a surname
        if m.via == "demonym":
            nxt = by_start.get(m.end + 1)
            if nxt is not None and scan.body[m.end : m.end + 1] == " " and nxt.kind == "organisation" and nxt.via == "capitalised" and (
                not private.isdisjoint(nxt.actor.split())
            ):
                name = scan.body[m.start : nxt.end]
                out.append(ActorMention(name, "organisation", name, m.start, nxt.end, m.sentence, m.paragraph, "capitalised", None))
                skip.add(mentions.index(nxt))
                continue  # "American Enterprise Institute"
        out.append(m)
    mentions[:] = out


def _possessed_names(scan: _Scan) -> None:
    body = scan.body
    firms: set[str] = set()
    persons_at = {m.end: m for m in scan.mentions if m.kind == "person"}
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or _given_name_first(scan, m.actor) or " " not in m.actor:
            continue
        owner_end = m.start - 3 if body[m.start - 3 : m.start] in ("'s ", "’s ") else m.start - 2
        owner = persons_at.get(owner_end)
        if body[owner_end : m.start] in ("'s ", "’s ", "' ", "’ ") and owner is not None and _given_name_first(scan, owner.actor) and (
            not any(o.actor == m.actor and o.via == "surname" for o in scan.mentions)
        ):
            firms.add(m.actor)  # "Jeff Bezos's Blue Origin" (not "Democracy Corps’ Stan Greenberg ... Greenberg said")
    organisations = {m.actor for m in scan.mentions if m.kind == "organisation"}
    short = {_LEGAL_SUFFIX.sub("", o): o for o in organisations if _LEGAL_SUFFIX.search(o)}
    for k, m in enumerate(scan.mentions):
        if m.actor in firms:
            scan.mentions[k] = ActorMention(m.actor, "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None)
        if (scan.mentions[k].actor in short and scan.mentions[k].kind == "organisation") or (
            scan.mentions[k].actor in short and not _given_name_first(scan, scan.mentions[k].actor)
        ):
            m = scan.mentions[k]  # "Ceres Robotics" of "Ceres Robotics Inc."
            scan.mentions[k] = ActorMention(short[m.actor], "organisation", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None)


def _near_miss(word: str, surnames: list[str]) -> str | None:
    """The one surname ``word`` misses by one letter (added, dropped or changed), else None."""
    found = [s for s in surnames if len(s) >= 5 and s != word and _one_edit(word, s)]
    return found[0] if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_PREPOSITIONS = frozenset({"in", "near", "from", "of", "at", "across", "around", "outside", "inside", "to", "into", "throughout"})


def _lower_words_before(scan: _Scan, i: int) -> list[str]:
    """The lower-case words right before token ``i`` (up to three, in the same sentence)."""
    out: list[str] = []
    k = i - 1
    while (k >= 0 and len(out) < 3 and scan.words[k].islower() and k + 1 not in scan.sentence_first_token
           and scan.body[scan.ends[k] : scan.starts[k + 1]] == " "):  # (not across a comma: "in five seconds, Norvik says")
        out.append(scan.words[k])
        k -= 1
    return out


def _one_word_firms(scan: _Scan) -> None:
    speech = scan.lists.speech_words
    words, starts, ends = scan.words, scan.starts, scan.ends
    table = scan.span_table()  # (shared, read only)
    covered, cover_starts = table.spans, table.starts

    def is_covered(s: int, e: int) -> bool:
        k = bisect.bisect_right(cover_starts, s) - 1
        return (k >= 0 and covered[k][1] > s) or (k + 1 < len(covered) and covered[k + 1][0] < e)

    firms: set[str] = set()
    surnames = [p for p, full in scan.persons.items() if full in scan.vouched or " " in full]
    for i in scan.starters_before(speech):
        word = words[i]
        if scan.body[ends[i] : starts[i + 1]] != " ":
            continue
        if word in scan.lists.not_names or word in scan.persons or scan.gender(word) is not None or is_covered(starts[i], ends[i]):
            continue
        if i in scan.sentence_first_token and (word.lower() in scan.lower_words or (not word.isupper() and not any(
            j not in scan.sentence_first_token for j in scan.starters_of({word})
        ))):
            continue  # "Critics said", "Witnesses said": a sentence's first word is a name only if written so elsewhere too
        if i > 0 and (is_name_word(words[i - 1]) or words[i - 1].isupper()) and scan.body[ends[i - 1] : starts[i]] == " ":
            continue  # the last word of a longer name
        if word.lower() in scan.lists.person_nouns or word[:-1].lower() in scan.lists.person_nouns:
            continue  # "Democrats said", "one senior Democrat said": people, not a firm
        if i > 0 and words[i - 1] in ("and", "or", "&"):
            continue  # "the cities of Blackpool and Liverpool said": the last of a list
        if word in scan.lists.org_words or (i > 0 and words[i - 1] in ("the", "The")):
            continue  # "the Association said": a short form of a body named before, not a firm of its own
        if any(w in _PREPOSITIONS for w in _lower_words_before(scan, i)):
            continue  # "Maria Lopez in Denver said", "farmers in flooded western Iowa said": a place
        named = sorted({m.actor for m in scan.mentions if m.kind == "person" and m.actor.startswith(f"{word} ")})
        if named:
            if len(named) == 1:  # "Dana Lee founded the firm ... Dana said": her given name
                scan.add(named[0], "person", starts[i], ends[i], "capitalised")
            continue
        person = _near_miss(word, surnames) if is_name_word(word) else None
        if person is not None:
            scan.add(scan.persons[person], "person", starts[i], ends[i], "surname")  # "Griffiths" for "Griffith"
            continue
        if is_name_word(word) or (word.isupper() and 2 <= len(word) <= 5):
            firms.add(word)
    firms = persons_among_firms(scan, firms)  # lone_surnames.py: "“I …,” Benioff said" is a person
    if not firms:
        return
    for i in scan.starters_of(firms):
        if not is_covered(starts[i], ends[i]):
            scan.add(words[i], "organisation", starts[i], ends[i], "capitalised")
    _acronyms_of_firms(scan, firms)


def _acronyms_of_firms(scan: _Scan, firms: set[str]) -> None:
    """"Volkswagen ... VW says": a firm's acronym is written with letters of its one-word name, the
    first one first ("VW" of "VolksWagen"); when exactly one firm named in the text fits, the
    acronym's mentions are that firm (two firms that fit, or none: left alone)."""
    names = {m.actor for m in scan.mentions if m.kind == "organisation" and " " not in m.actor and not m.actor.isupper()}
    for acronym in (f for f in firms if f.isupper()):
        fits = [n for n in names if n[0] == acronym[0] and _letters_in_order(acronym[1:].lower(), n[1:].lower())]
        if len(fits) != 1:
            continue
        scan.mentions[:] = [ActorMention(fits[0], m.kind, m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None)
                            if m.actor == acronym else m for m in scan.mentions]


def _letters_in_order(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _acronyms_not_bodies(scan: _Scan) -> None:
    body = scan.body
    seen: dict[str, bool] = {}  # (each search reads the whole body: once per distinct text, not per mention)

    def common_noun(text: str) -> bool:
        # "SUVs", "an SUV." / "an SUV, ...": a common noun; "a PGA event" uses the body's name as a modifier
        if text not in seen:
            seen[text] = _common_noun_in(body, text)
        return seen[text]

    def not_a_body(m: ActorMention) -> bool:
        if m.kind != "organisation" or m.via != "capitalised" or m.text != m.actor or " " in m.text:
            return False
        return _MODEL_CODE.fullmatch(m.text) is not None or (m.text.isupper() and common_noun(m.text))

    scan.mentions[:] = [m for m in scan.mentions if not not_a_body(m)]


def _portfolios(scan: _Scan) -> None:
    from analysis.actors.gazetteer import title_first_words  # (the same set, built once per lexicon, not per call)

    portfolio, title_words = actor_word_sets()["portfolio_words"], title_first_words()
    kept: list[ActorMention] = []
    for m in scan.mentions:
        if m.kind in ("organisation", "person") and m.via == "capitalised" and (m.actor.split()[-1] if m.actor else "") in portfolio:
            before = _word_before(scan, m.start)
            title = _word_before(scan, scan.starts[before[0]]) if before is not None and before[1] in ("for", "of") else None
            if title is not None and title[1].lower() in title_words | {"president", "director", "head", "chief"}:
                continue  # "Vice President for Energy and Resources Policy"
        kept.append(m)
    scan.mentions[:] = kept


def _headline_organisations(scan: _Scan) -> None:

    stretches = title_case_spans(scan)
    if not stretches:
        return

    def inside(m: ActorMention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in stretches)

    outside = {m.actor for m in scan.mentions if not inside(m)}
    scan.mentions[:] = [m for m in scan.mentions if not (
        m.kind == "organisation" and m.via == "capitalised" and inside(m) and m.actor not in outside
        and any(w.lower() in scan.lower_words for w in m.actor.split()))]


def _given_names_of_named_persons(scan: _Scan) -> None:
    full = {m.actor for m in scan.mentions if m.kind == "person" and " " in m.actor}
    for k, m in enumerate(scan.mentions):
        if m.kind != "person" or " " in m.actor or scan.gender(m.actor) is None:
            continue
        owners = sorted(f for f in full if f.split()[0] == m.actor)
        if len(owners) == 1:  # (two people with that given name: left alone)
            scan.mentions[k] = ActorMention(owners[0], "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, None)


# Words that open many bodies' names and, alone before a job, name a side or a rank, not an employer.
_NOT_SHORT_EMPLOYERS = frozenset({"Democratic", "Republican", "National", "American", "United", "New", "State", "Federal", "Senior",
                                  "Former", "Chief", "General", "International", "World", "European", "North", "South", "East", "West"})


def _short_employers(scan: _Scan) -> None:
    bodies = [m for m in scan.mentions if m.kind != "person" and " " in m.text and m.text.split()[0] not in _NOT_SHORT_EMPLOYERS]
    if not bodies:
        return
    words, starts, ends = scan.words, scan.starts, scan.ends
    person_starts = {m.start for m in scan.mentions if m.kind == "person"}
    covered = {(m.start, m.end) for m in scan.mentions}
    # Linear in the text (two scans per starter made it quadratic: 60 s for 1 MB): the starters run
    # in body order, so the bodies ending before one are swept in once, by end, into sets by first
    # word; whether a mention holds a starter's offset is a bisection over the mentions by start
    # with the furthest end so far. A mention this loop adds starts at an earlier starter, so it
    # holds a later starter's offset only if it reaches past it (``added_reach``).
    by_end = sorted(bodies, key=lambda b: b.end)
    swept = 0
    earlier_by_word: dict[str, set[tuple[str, str, str, str | None]]] = {}
    table = scan.span_table()  # (shared, read only)
    span_starts, reach = table.starts, table.reach
    added_reach = -1
    first_words = {b.text.split()[0] for b in bodies}
    for i in scan.starters_of(first_words):  # (no body opens with the others: nothing earlier)
        word = words[i]
        if not is_name_word(word) or scan.gender(word) is not None or (starts[i], ends[i]) in covered:
            continue
        if i in scan.sentence_first_token and word.lower() in scan.lower_words:
            continue
        while swept < len(by_end) and by_end[swept].end < starts[i]:
            b = by_end[swept]
            earlier_by_word.setdefault(b.text.split()[0], set()).add((b.actor, b.kind, b.via, b.institution))
            swept += 1
        earlier = earlier_by_word.get(word, set())
        k = bisect.bisect_right(span_starts, starts[i])
        if len(earlier) != 1 or (k > 0 and reach[k - 1] > starts[i]) or added_reach > starts[i]:
            continue
        j = i + 1
        while j < len(words) and j - i <= 3 and words[j].islower():
            j += 1
        if j == i + 1 or j >= len(words) or starts[j] not in person_starts:
            continue  # lower-case job words, then a person's name: "Goddard planetary scientist Avi Mandell"
        actor, kind, via, institution = next(iter(earlier))
        scan.add(actor, kind, starts[i], ends[i], via, institution)
        added_reach = max(added_reach, ends[i])


def _common_noun_in(body: str, text: str) -> bool:
    """``re.search(r"\b(?:an?|An?) TEXT[.,;:!?]|\bTEXTs\b", body) is not None``, the pattern tried
    only where it can match: two or three characters before each occurrence of ``text`` ("a ", "an
    ") and at it ("TEXTs"), found by str.find (the search tried both word boundaries at every
    character of the body, once per acronym). The pattern is written out as string tests
    (:func:`_noun_at`): compiling it once per acronym cost more than the search."""
    at = body.find(text)
    while at != -1:
        if any(_noun_at(body, p, text) for p in (at - 3, at - 2, at) if p >= 0):
            return True
        at = body.find(text, at + 1)
    return False


_NOUN_END = frozenset(".,;:!?")


def _noun_at(body: str, p: int, text: str) -> bool:
    """Whether ``\b(?:an?|An?) TEXT[.,;:!?]|\bTEXTs\b`` matches ``body`` at ``p``."""
    if not _boundary(body, p):
        return False
    for article in ("an ", "a ", "An ", "A "):
        if body.startswith(article, p) and body.startswith(text, p + len(article)):
            end = p + len(article) + len(text)
            if body[end : end + 1] in _NOUN_END:
                return True
    return body.startswith(text + "s", p) and _boundary(body, p + len(text) + 1)


def _boundary(body: str, p: int) -> bool:
    """re's ``\b`` at ``p`` (a word character, str.isalnum or "_", on one side only)."""
    before = p > 0 and (body[p - 1].isalnum() or body[p - 1] == "_")
    after = p < len(body) and (body[p].isalnum() or body[p] == "_")
    return before != after

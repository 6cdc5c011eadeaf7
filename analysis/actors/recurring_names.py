"""Round 14 (new-user trial 14, findings F4, F5, F10, F12, F14): names that news writes again and
again, bodies named in ways the earlier passes miss, and names that are no one's. Each rule reads
the finished scan (:class:`analysis.actors.scan._Scan`) and corrects it, after the other passes:

* **A firm named by one word** (:func:`_recurring_firms`): a business story names its company by
  one word throughout ("Alibaba is set to raise ...", "Alibaba's listing", "An Alibaba
  spokesperson"), and no speech verb need follow it. A one-word capitalised name that is no common
  word (never written in lower case in the text, not on the Dale–Chall list of familiar words), no
  known given name, no named person's surname, no party word ("Republican"), no gazetteer form and no place (never after "in",
  "near", "across", "throughout"), written three times or more, once at least inside a sentence,
  once at least as a subject (before a verb of ``_SUBJECT_VERBS``) or a possessor ("Alibaba's"),
  and once at least before a firm's noun (``actor_words.toml`` ``firm_attributes``: "Alibaba
  shares", "Alibaba's listing", "an Alibaba spokesperson") is an organisation at all its lone
  mentions. The firm's noun keeps out places ("California's economy"), people named by surname
  ("Musk's factory" of a text naming Elon Musk) and storms: on 428 Narrative Frames articles the
  rule without it typed 39 words, most of them places (California, Amazon), people named by surname
  (Wheeler, Schwarzenegger) and storms (Irma); with it, one, "Heartland" (the Heartland Institute).
* **An acronym before a title** (:func:`_acronyms_before_titles`): "Interim BART Police Chief Ed
  Alvarez", "NHS Chief Executive ...": capitals right before a title name the body whose office it
  is, an organisation at all its mentions ("a BART train"). Offices written as acronyms ("CEO")
  are not, nor a party's acronym ("the GOP nominee" is a side, as "the Republican nominee"), nor
  capitals after a capitalised word (a line in capitals, "ASSOCIATED PRESS Sen. ...",
  or the end of a longer name, "Sierra Club PAC Director"). Capitals right after an organisation
  noun are that body's name too ("the French green party EELV ... lead candidate of EELV"), with
  the capitalised words after them ("the union IG Metall").
* **"The high court"** (:func:`_high_court`): in US usage the lower-case "the high court" is the
  Supreme Court; after the text names a Supreme Court it is a mention of that court.
* **A party after a political adjective** (:func:`_parties_after_wings`): "the far-right National
  Rally", "the center-right Unionbloc": a run no rule typed otherwise, with no known given name,
  right after a word for a political wing, is a party, an organisation.
* **A possessive determiner opening a name** (:func:`_our_names`): "a group called Our Children's
  Trust": a capitalised "Our" inside a sentence, right before an organisation's name, is part of it.
* **Two bodies joined by "and"** (:func:`_two_bodies`): "the state's Department of Environmental
  Protection and Bureau for Public Health" names two agencies: an organisation's name is cut before
  "and" + a body's head noun with its own "of"/"for"/"on" ("Bureau for ..."); "Department of
  Health and Human Services" and "Bank and Trust Company" stay one name.
* **Ranks and title-case lines are no persons** (:func:`_not_persons`): "Bill Price, Senior
  Appalachia Organizing Representative": a "person" with no known given name and no title before
  it that opens with a rank ("Senior", "Deputy") is a job; one written next to a capitalised small
  word inside a sentence ("Report Warns Of Ruinous Global Warming": "Of", "To", "For" are capitalised
  only in title case) or ending in a speech verb ("Report Warns") is a headline's words.
* **A body's last word after "the"** (:func:`_short_names_after_the`): "The San Francisco
  Chronicle says ... The Chronicle says", "the Hong Kong Stock Exchange ... the Exchange": an
  organisation word after "the", the last word of one organisation named in full before it (one
  only: two departments leave "the Department" alone), is that organisation.
* **Credit lines** (:func:`_credit_lines`): "Sylvie Corbet in Paris, and Kirsten Grieshaber in
  Berlin, contributed to this report." names the reporters who helped write the story, and where
  they were, not actors of the story: every mention in such a line goes, also when the corpus text
  glued the line to the last sentence ("... for the climate._Sylvie Corbet in Paris ...").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_word_sets, is_name_word, load_titles, person_gender, title_first_words
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.person_names import _Coverage
from analysis.actors.venues import _easy_words

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

# Verbs after a subject (auxiliaries and the commonest finite verbs of business and politics news).
_SUBJECT_VERBS = frozenset({"is", "was", "has", "had", "have", "are", "were", "will", "would", "could", "can", "may", "might",
                            "should", "did", "does", "said", "says", "told", "announced", "reported", "plans", "planned",
                            "wants", "declined", "agreed", "expects", "expected", "owns", "sold", "bought", "raised"})
# Sides and their members, adjectives before a firm's noun as before any noun ("Republican donors", "Labour's board").
_SIDES = frozenset({"Democrat", "Democratic", "Republican", "Labour", "Tory", "Tories", "Conservative", "Liberal", "Independent",
                    "Socialist", "Green", "Communist", "Progressive", "Libertarian", "Unionist", "Nationalist"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "across", "throughout"})
_POSSESSIVE_MARKS = ("'", "’")
_WINGS = frozenset({"far-right", "far-left", "right-wing", "left-wing", "centre-right", "center-right", "centre-left",
                    "center-left", "hard-right", "hard-left", "extreme-right", "populist", "nationalist"})
_OUR = frozenset({"Our", "My"})
_BODY_HEADS = frozenset({"Department", "Bureau", "Agency", "Office", "Ministry", "Commission", "Board", "Administration",
                         "Service", "Council", "Committee", "Authority", "Division"})
_TWO_BODIES = re.compile(r" and ([A-Z][a-z]+) (?:of|for|on) [A-Z]")
_RANKS = frozenset({"Senior", "Junior", "Chief", "Deputy", "Acting", "Assistant", "Associate", "Interim", "Principal", "Executive"})
_TITLE_CASE_SMALL = frozenset({"Of", "To", "For", "On", "In", "With", "At", "From", "By", "And", "Into"})
# A party's acronym before a title is a side, as "Republican" is ("the GOP nominee": a description sourcing reads).
_PARTY_ACRONYMS = frozenset({"GOP", "SNP", "ANC", "BJP"})
_HIGH_COURT = re.compile(r"\bthe high court\b")
_CREDIT = re.compile(r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))\b")


def correct_recurring(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    _two_bodies(scan)
    _our_names(scan)
    _parties_after_wings(scan)
    _not_persons(scan)
    _recurring_firms(scan)
    _acronyms_before_titles(scan)
    _high_court(scan)
    _short_names_after_the(scan)
    _credit_lines(scan)
    scan.mentions.sort(key=BY_POSITION)


def _with(m: ActorMention, actor: str, kind: str) -> ActorMention:
    return ActorMention(actor, kind, m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)


def _after_title(scan: _Scan, start: int) -> bool:
    k = bisect.bisect_left(scan.starts, start)
    return k < len(scan.words) and scan.title_before[k]


def _alone(scan: _Scan, i: int) -> bool:
    """Whether token ``i`` stands apart from other capitalised words (not part of a longer name)."""
    words, body, starts, ends = scan.words, scan.body, scan.starts, scan.ends

    def capital(k: int) -> bool:
        return (is_name_word(words[k]) or words[k].isupper()) and words[k] not in scan.lists.not_names

    before = i > 0 and body[ends[i - 1] : starts[i]] == " " and capital(i - 1) and (i - 1) not in scan.sentence_first_token
    after = i + 1 < len(words) and body[ends[i] : starts[i + 1]] == " " and capital(i + 1)
    return not before and not after


def _next_word(scan: _Scan, i: int) -> str:
    """The word after token ``i``, through a possessive ("Alibaba's listing" -> "listing")."""
    j = i + 1
    if j < len(scan.words) and scan.words[j] == "s" and scan.body[scan.ends[i] : scan.starts[j]] in _POSSESSIVE_MARKS:
        j += 1
    return scan.words[j] if j < len(scan.words) else ""


def _recurring_firms(scan: _Scan) -> None:
    words, body, lists = scan.words, scan.body, scan.lists
    firm_nouns = actor_word_sets().get("firm_attributes", frozenset())
    easy = _easy_words()
    # The name words a starter holds three times or more, by first appearance, with their tokens:
    # read from the scan's table of starters by word, so the Python tests run once per such word.
    seen: dict[str, list[int]] = {
        word: found for word, found in scan.starter_tables()[0].items()
        if len(found) >= 3 and is_name_word(word) and word not in lists.not_names
    }
    if not seen:
        return  # (most texts: no name word three times, so neither the surnames nor the coverage are needed)
    surnames = {m.actor.split()[-1] for m in scan.mentions if m.kind == "person"} | set(scan.persons)
    covered = _Coverage(scan.mentions, scan.span_table())  # (built once: the mentions added below are tokens no other word holds)
    for word, found in seen.items():
        if len(found) < 3 or word in surnames or word.lower() in scan.lower_words or word.lower() in easy:
            continue
        if word in scan.gaz.by_first or person_gender(word) is not None or (word in _SIDES or word[:-1] in _SIDES):
            continue
        if any(i > 0 and words[i - 1] in _PLACE_PREPOSITIONS for i in found):
            continue  # "in Chennai": a place
        lone = [i for i in found if _alone(scan, i) and not covered.overlaps(scan.starts[i], scan.ends[i])]
        if len(lone) < 3 or all(i in scan.sentence_first_token for i in lone):
            continue
        acts = any(body[scan.ends[i] : scan.ends[i] + 1] in _POSSESSIVE_MARKS or (
            i + 1 < len(words) and words[i + 1] in _SUBJECT_VERBS and body[scan.ends[i] : scan.starts[i + 1]] == " ") for i in lone)
        if not acts or not any(_next_word(scan, i) in firm_nouns for i in found):
            continue
        for i in lone:
            scan.add(word, "organisation", scan.starts[i], scan.ends[i], "capitalised")


def _acronyms_before_titles(scan: _Scan) -> None:
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    titles, firsts = load_titles()[1], title_first_words()
    bodies: set[str] = set()
    candidates = scan.in_capitals()
    if not candidates:
        return  # (no word in capitals: nothing to find, and no coverage to build)
    covered = _Coverage(scan.mentions, scan.span_table())
    for i in candidates:
        word = words[i]
        if not (2 <= len(word) <= 6 and word.isalpha()) or i + 1 >= len(words):
            continue
        if (word.lower(),) in titles or word in _PARTY_ACRONYMS or body[ends[i] : starts[i + 1]] != " ":
            continue
        if covered.overlaps(starts[i], ends[i]):
            continue
        previous = words[i - 1] if i > 0 and body[ends[i - 1] : starts[i]] == " " else ""
        if previous in scan.lists.org_nouns:
            last = i
            while last + 1 < len(words) and last - i < 3 and body[ends[last] : starts[last + 1]] == " " and (
                is_name_word(words[last + 1]) and words[last + 1] not in scan.lists.not_names
            ):
                last += 1  # "the union IG Metall": the capitals open a longer name
            if last == i:
                bodies.add(word)  # "the French green party EELV", "the union CGT": the noun's own name
            elif not covered.overlaps(starts[i], ends[last]):
                scan.add(" ".join(body[starts[i] : ends[last]].split()), "organisation", starts[i], ends[last], "capitalised")
            continue
        if previous.isupper() or (is_name_word(previous) and previous not in _RANKS and (i - 1) not in scan.sentence_first_token):
            continue  # a line in capitals ("ASSOCIATED PRESS Sen. ..."), the end of a longer name ("Sierra Club PAC Director")
        nxt = words[i + 1]
        if nxt.lower() in firsts and nxt[:1].isupper() and (
            (nxt.lower(),) in titles or (i + 2 < len(words) and (nxt.lower(), words[i + 2].lower()) in titles)
        ):
            bodies.add(word)  # "BART Police Chief", "NHS Chief Executive"
    if not bodies:
        return
    for i in scan.starters_of(bodies):
        if not covered.overlaps(starts[i], ends[i]):
            scan.add(words[i], "organisation", starts[i], ends[i], "capitalised")


def _high_court(scan: _Scan) -> None:
    court = next((m for m in scan.mentions if m.actor.endswith("Supreme Court") and m.kind == "organisation"), None)
    if court is None:
        return
    covered = _Coverage(scan.mentions, scan.span_table())  # (the mentions added here are phrases no other mention holds)
    for match in _HIGH_COURT.finditer(scan.body, court.end):
        start, end = match.start() + 4, match.end()
        if not covered.overlaps(start, end):
            scan.add(court.actor, "organisation", start, end, "alias")


def _parties_after_wings(scan: _Scan) -> None:
    body = scan.body
    parties: set[str] = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or " " not in m.actor or person_gender(m.actor) is not None:
            continue
        before = body[max(0, m.start - 20) : m.start].split()
        if before and body[m.start - 1 : m.start] == " " and before[-1].lower() in _WINGS:
            parties.add(m.actor)  # "the far-right National Rally"
    if parties:
        scan.mentions[:] = [_with(m, m.actor, "organisation") if m.actor in parties and m.kind == "person" else m
                            for m in scan.mentions]


def _our_names(scan: _Scan) -> None:
    body = scan.body
    renamed: dict[str, str] = {}
    for index, m in enumerate(scan.mentions):
        if m.kind != "organisation" or m.via != "capitalised" or m.start < 4 or body[m.start - 1 : m.start] != " ":
            continue
        k = bisect.bisect_left(scan.starts, m.start) - 1
        if k < 0 or scan.words[k] not in _OUR or k in scan.sentence_first_token or scan.ends[k] != m.start - 1:
            continue
        start = scan.starts[k]
        name = body[start : m.end]
        scan.mentions[index] = ActorMention(name, "organisation", name, start, m.end, m.sentence, m.paragraph, m.via, None)
        renamed[m.actor] = name
    if renamed:  # the name's other mentions ("Children's Trust" alone later) are the same body
        scan.mentions[:] = [_with(o, renamed[o.actor], o.kind) if o.actor in renamed else o for o in scan.mentions]


def _two_bodies(scan: _Scan) -> None:
    out: list[ActorMention] = []
    for m in scan.mentions:
        match = _TWO_BODIES.search(m.actor) if m.kind == "organisation" and m.via == "capitalised" else None
        head_before = match is not None and any(w in scan.lists.org_words for w in m.actor[: match.start()].split())
        if match is None or match.group(1) not in _BODY_HEADS or not head_before:
            out.append(m)
            continue
        cut = m.text.find(" and " + match.group(1))
        if cut == -1:
            out.append(m)
            continue
        first, second = m.text[:cut], m.text[cut + 5 :]
        second_start = m.start + cut + 5
        out.append(ActorMention(" ".join(first.split()), "organisation", first, m.start, m.start + cut, m.sentence, m.paragraph, m.via))
        out.append(ActorMention(" ".join(second.split()), "organisation", second, second_start, m.end, m.sentence, m.paragraph, m.via))
    scan.mentions[:] = out


# Headline verbs beside the lexicon's speech words ("Report Warns"); asked apart, not merged into a new set per text.
_HEADLINE_VERBS = frozenset({"warns", "urges", "slams", "blasts"})


def _not_persons(scan: _Scan) -> None:
    body, speech = scan.body, scan.lists.speech_words
    doomed: set[str] = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or person_gender(m.actor) is not None or _after_title(scan, m.start):
            continue
        # (a one-word name is a surname the person is named by elsewhere: "Talks With Trump" in a link line keeps Trump)
        names = m.actor.split()
        k = bisect.bisect_left(scan.starts, m.start)  # the name's first token
        j = bisect.bisect_left(scan.starts, m.end)  # the token after the name
        small_before = k > 0 and scan.words[k - 1] in _TITLE_CASE_SMALL and (k - 1) not in scan.sentence_first_token and (
            body[scan.ends[k - 1] : m.start] == " ")
        small_after = j < len(scan.words) and scan.words[j] in _TITLE_CASE_SMALL and body[m.end : scan.starts[j]] == " " and (
            j not in scan.sentence_first_token)
        verb = names[-1].lower() if names else ""
        if len(names) >= 2 and (names[0] in _RANKS or verb in speech or verb in _HEADLINE_VERBS or small_before or small_after):
            doomed.add(m.actor)  # "Senior Appalachia", "Report Warns", "Ruinous Global Warming"
    if doomed:
        scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.actor in doomed)]


def _credit_lines(scan: _Scan) -> None:
    body = scan.body
    if "contributed " not in body:
        return  # (most texts: a search for the literal, not the pattern's word boundary at every character)
    spans: list[tuple[int, int]] = []  # in body order, apart from each other (one per sentence)
    for match in _CREDIT.finditer(body):
        start = max(body.rfind(". ", 0, match.start()), body.rfind("\n", 0, match.start()), body.rfind("_", 0, match.start()))
        spans.append((start + 1, match.end()))
    if not spans:
        return
    starts = [a for a, _ in spans]

    def in_credit(m: ActorMention) -> bool:
        k = bisect.bisect_right(starts, m.start) - 1
        return k >= 0 and m.end <= spans[k][1]

    scan.mentions[:] = [m for m in scan.mentions if not in_credit(m)]


def _short_names_after_the(scan: _Scan) -> None:
    words, starts, ends, body = scan.words, scan.starts, scan.ends, scan.body
    first_end: dict[str, dict[str, int]] = {}  # last word -> organisation -> end of its first mention
    for m in scan.mentions:
        if m.kind == "organisation" and " " in m.actor:
            named = first_end.setdefault(m.actor.split()[-1], {})
            named[m.actor] = min(named.get(m.actor, m.end), m.end)
    if not first_end:
        return
    covered = _Coverage(scan.mentions, scan.span_table())
    for i in scan.starters_of(first_end):
        word = words[i]
        if word not in scan.lists.org_words or i == 0 or words[i - 1] not in ("the", "The"):
            continue
        if body[ends[i - 1] : starts[i]] != " " or covered.overlaps(starts[i], ends[i]):
            continue
        before = [actor for actor, end in first_end[word].items() if end <= starts[i]]
        if len(before) == 1 and not (i + 1 < len(words) and body[ends[i] : starts[i + 1]] == " " and is_name_word(words[i + 1])):
            scan.add(before[0], "organisation", starts[i], ends[i], "alias")  # "The Chronicle says"

"""Last pass of actor finding, round 12 (new-user trial 12, finding 6): a state or a body named where
it does not act, and names of one actor split or typed wrong. Each rule reads the finished scan
(:class:`analysis.actors.mentions._Scan`) and corrects it (word lists: ``actor_words.toml`` version 9,
``gazetteer.toml`` version 7):

* **An event named after a body** (:func:`_events_of_bodies`): "at a G20 summit", "the NATO
  summit", "an OPEC ministers meeting" name an occasion, not the body acting: the body's mention is
  dropped, wherever the event stands in the sentence ("the NATO summit agreed ..." too: the members
  who agree are named apart). Only the gazetteer's organisations; a country before "summit" is a
  party to it ("a US-Russia summit"), and "talks" are left out (the EU is a party to "EU talks").
* **A country's adjective or name before a firm's noun** (:func:`_nationalities_of_firms`):
  "Japanese technology investment company SoftBank", "U.S. chipmaker Intel": the firm's nationality,
  not the state; unless a public word stands between ("the Chinese state oil company").
* **A country's name before its own agency** (:func:`_prefixes_of_institutions`): "U.S. Securities
  and Exchange Commission" is one mention of the agency (the gazetteer counts it for the United
  States), not a second mention of the country.
* **A country named as a place's country** (:func:`_located_countries`): "at a summit in Osaka,
  Japan," gives where Osaka is; the state does not act.
* **A body's branch in a country** (:func:`_branches_in_countries`): "Greenpeace France", "Amnesty
  UK": a capitalised word no rule typed (not a given name, not a common word) or an organisation,
  right before a country's one-word name, is the body's national branch, an organisation; as
  "Atletico Madrid" is no mention of Spain.
* **A US state that shares a country's name** (:func:`_us_states`): "Georgia" in a text that names
  another US state and nothing of the Caucasus is the state, a place (``gazetteer.toml`` ``state_forms``).
* **Fields of study** (:func:`_fields_of_study`): "professor of Ecosystem Science", "a degree in
  Media Studies", "Political Science": a field, not a person (nor an organisation after an
  academic post: "the journal Current Biology" stays a body).
* **Places after a word of direction** (:func:`drop_places_after_adjectives`): "from southern
  Amazonas", "in rural Tennessee": a place, not a person.
* **Things a state or body owns** (:func:`_possessed_things`): "America's Pay Toilet", "Britain's
  Great Wall": a run after a non-person's possessive, of common words only (the Dale–Chall list)
  or quoted whole with its owner, and no given name, is a thing, landmark or nickname; quoted
  whole ("America's Pay Toilet"), the owner is part of the nickname and does not act either.
  "Russia's Vladimir Putin" opens with a given name and stays.
* **A firm's legal form and short forms** (:func:`_corporate_names`): "Big Sky Environmental LLC" is
  one organisation (the run stopped at "LLC"), and "Big Sky" or "SoftBank" alone is the one firm
  named in full with a legal form or a company word ("SoftBank Group Corp").
* **"&" inside a name** (:func:`_ampersand_names`): "National Waste & Recycling Association" is one
  body: a run with no organisation word, " & " and an organisation's name.
* **A title before a full name** (:func:`_titled_names`): "Mayor Heather Hall" is a person although
  "Hall" is an organisation word that is also a common surname (``surname_org_words``), when a known
  given name follows the title or that word ends the name ("Mayor Yadira Hall").
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from analysis.actors.gazetteer import actor_country, actor_word_sets, clean_name, gender_lookup, load_gazetteer, title_first_words
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.actors.scan import title_case_spans
from analysis.lexicons import lexicon_cache, load_lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analysis.actors.scan import _Scan

_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "that",
                             "which", "who", "is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says",
                             "its", "their", "his", "her", "as", "but", "not", "be", "been", "it", "they"})
_LOWER_WORDS = re.compile(r"(?: [a-z]+(?:-[a-z]+)*){1,4}")
_LEGAL = re.compile(r",? (Inc|Corp|Co|Ltd|LLC|LLP|PLC|Plc|GmbH|AG|SA|NV)\b(?! [A-Z])")  # (not "Assistant AG Vanita Gupta")
_POSSESSIVE = ("'s ", "’s ")
# Prepositions that open a sentence before a country ("Unlike France, ...", "Amid China's ..."): no body's name.
_PARTY_WORDS = frozenset({"Democrat", "Democratic", "Republican", "GOP", "Labour", "Tory", "Conservative", "Liberal", "Socialist"})
_CAPITAL_PREPOSITIONS = frozenset({"Unlike", "Amid", "Amidst", "Via", "Toward", "Towards", "Versus", "Per", "Beside", "Besides",
                                   "Beyond", "Neither", "Either", "Whereas", "Outside", "Inside", "Against", "Throughout",
                                   "Excluding", "Including", "Like", "Despite", "Except", "Unless", "Whilst"})
_LOCATED = re.compile(r"\b(?:in|at|near|from|outside|of) (?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*, $")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|near|at|from|on) $")
_FIELD_BEFORE = re.compile(r"\b([a-z]+) (?:of|in) $")


@lexicon_cache
def _events() -> re.Pattern[str]:
    words = actor_word_sets()
    modifiers = "|".join(sorted(words["event_modifiers"]))
    events = "|".join(sorted(words["body_events"]))
    return re.compile(rf"(?: (?:{modifiers})['’]?){{0,3}} (?:{events})\b")


@lexicon_cache
def _state_forms() -> tuple[tuple[frozenset[str], str, frozenset[str], frozenset[str]], ...]:
    """(forms, country, cues that the text is about the US, cues that it is about the country)."""
    data = load_lexicon("gazetteer")
    states = frozenset(data.get("us_states", ()))
    return tuple(
        (frozenset(item["forms"]), item["country"], (states - set(item["forms"])) | frozenset(item.get("state_cues", ())),
         frozenset(item.get("country_cues", ())))
        for item in data.get("state_forms", ())
    )


@lexicon_cache
def _ambiguous_forms() -> frozenset[str]:
    """The gazetteer's forms listed as ambiguous (also a given name or a surname: "Jordan", "Chad")."""
    return frozenset(e.form for group in load_gazetteer().by_first.values() for _, _, e in group if e.ambiguous)


@cache
def _easy_words() -> frozenset[str]:
    """The Dale–Chall list of about 3,000 familiar words that textstat ships (as readability reads it)."""
    resource = resources.files("textstat").joinpath("resources/en/easy_words.txt")
    return frozenset(line.strip().lower() for line in resource.read_text(encoding="utf-8").splitlines() if line.strip())


def correct_kinds(scan: _Scan) -> None:
    """Apply the rules of the module docstring to the scan's mentions, in place."""
    scan.mentions.sort(key=BY_POSITION)
    _events_of_bodies(scan)
    _nationalities_of_firms(scan)
    _prefixes_of_institutions(scan)
    _located_countries(scan)
    _branches_in_countries(scan)
    _us_states(scan)
    _fields_of_study(scan)
    scan.mentions[:] = drop_places_after_adjectives(scan.body, scan.mentions)
    _possessed_things(scan)
    _titled_names(scan)
    _corporate_names(scan)
    _ampersand_names(scan)


def _with(m: ActorMention, actor: str, kind: str, start: int | None = None, end: int | None = None, body: str | None = None,
          via: str | None = None) -> ActorMention:
    start = m.start if start is None else start
    end = m.end if end is None else end
    text = m.text if body is None else body[start:end]
    return ActorMention(actor, kind, text, start, end, m.sentence, m.paragraph, via or m.via, m.institution if via is None else None)


def _plain_person(scan: _Scan, m: ActorMention) -> bool:
    """A person mention found from capitals alone: no known given name first, no title before it."""
    if m.kind != "person" or m.via != "capitalised" or scan.gender(m.actor) is not None:
        return False
    k = bisect.bisect_left(scan.starts, m.start)
    return not (k < len(scan.words) and scan.title_before[k])


def _drop_actors(scan: _Scan, doomed: set[str]) -> None:
    if doomed:
        scan.mentions[:] = [m for m in scan.mentions if not (m.kind == "person" and m.actor in doomed)]


def _events_of_bodies(scan: _Scan) -> None:
    events = _events()
    scan.mentions[:] = [m for m in scan.mentions if not (
        m.kind == "organisation" and m.via in ("name", "alias") and events.match(scan.body, m.end))]


@lexicon_cache
def _firm_nouns() -> frozenset[str]:
    """The company and attribute nouns, one set per lexicon set (a union per text cost more than the pass)."""
    words = actor_word_sets()
    return words["company_nouns"] | words.get("attribute_nouns", frozenset())


def _nationalities_of_firms(scan: _Scan) -> None:
    nouns, public = _firm_nouns(), actor_word_sets()["public_modifiers"]

    def of_a_firm(m: ActorMention) -> bool:  # (asked of a country's name, alias or demonym only)
        run = _LOWER_WORDS.match(scan.body, m.end)
        if run is None:
            return False
        following = run.group(0).split()
        for k, word in enumerate(following):
            if word in nouns:
                return True
            if word in _FUNCTION_WORDS or k >= 3 or not public.isdisjoint(word.split("-")):
                return False
        return False

    scan.mentions[:] = [
        m for m in scan.mentions if not (m.kind == "country" and m.via in ("name", "alias", "demonym") and of_a_firm(m))]


def _prefixes_of_institutions(scan: _Scan) -> None:
    out: list[ActorMention] = []
    for m in scan.mentions:
        previous = out[-1] if out else None
        # (an agency is an organisation with a country since gazetteer version 8: "U.S. Securities and Exchange Commission")
        owner = m.actor if m.via == "institution" else actor_country(m.actor) if m.kind == "organisation" else None
        if (owner is not None and previous is not None and previous.kind == "country" and previous.actor == owner
                and previous.via in ("name", "alias", "demonym") and scan.body[previous.end : m.start] == " "):
            out[-1] = _with(m, m.actor, m.kind, previous.start, m.end, scan.body)  # "U.S. Securities and Exchange Commission"
            continue
        out.append(m)
    scan.mentions[:] = out


def _located_countries(scan: _Scan) -> None:
    body = scan.body

    def located(m: ActorMention) -> bool:
        if m.kind != "country" or m.via not in ("name", "alias") or body[m.start - 2 : m.start] != ", ":
            return False
        if m.end < len(body) and body[m.end] not in ",.;:)!?\n":
            return False  # "In Osaka, Japan's officials said": the state, after a place that opens the sentence
        if m.start - 2 in ends:
            return False  # "in China, India and Israel": a list of states, not a place and its state
        return _LOCATED.search(body, max(0, m.start - 60), m.start) is not None

    ends = {m.end for m in scan.mentions}
    scan.mentions[:] = [m for m in scan.mentions if not located(m)]


def _branches_in_countries(scan: _Scan) -> None:
    words, starts, ends, body, lists = scan.words, scan.starts, scan.ends, scan.body, scan.lists
    by_end = {m.end: m for m in scan.mentions}
    title_lines: list[list[tuple[int, int]]] = []
    out: list[ActorMention] = []
    for m in scan.mentions:
        if m.kind != "country" or m.via not in ("name", "alias") or " " in m.text or "." in m.text or (
            m.text in _ambiguous_forms() or (body[m.end : m.end + 1] == " " and body[m.end + 1 : m.end + 2].isupper())
        ):
            out.append(m)  # ("Darryl Jordan"; "Democrat U.S. senators"; "Former US President": a longer name)
            continue
        k = bisect.bisect_left(starts, m.start) - 1
        owner = by_end.get(ends[k]) if k >= 0 else None
        word = words[k] if k >= 0 else ""
        plain = k >= 0 and owner is None and word[:1].isupper() and word.lower() not in scan.lower_words and (
            word not in lists.not_names and word not in lists.place_prefixes and scan.gender(word) is None
            and word not in actor_word_sets()["regime_words"] and word not in _CAPITAL_PREPOSITIONS  # ("Nazi Germany", "Unlike France")
            and word.lower() not in _easy_words() and any(map(str.islower, word))  # (not "Unlike France")
            and word.lower() not in title_first_words() and not word.endswith(("ing", "est", "ed"))  # ("Booming US oil")
            and word not in _PARTY_WORDS and not _in_title_case(scan, starts[k], title_lines))  # ("Clinton Wades In: Urges Britain to ...")
        if k < 0 or body[ends[k] : m.start] != " " or not (plain or (owner is not None and owner.kind == "organisation")):
            out.append(m)
            continue
        start = starts[k] if owner is None else owner.start
        if out and owner is not None and out[-1] is owner:
            out.pop()
        name = clean_name(body[start : m.end])  # "Greenpeace France": the body's branch, not the state
        out.append(_with(m, name, "organisation", start, m.end, body, "capitalised"))
    scan.mentions[:] = out


def _in_title_case(scan: _Scan, offset: int, spans: list[list[tuple[int, int]]]) -> bool:
    """Whether ``offset`` lies in a title-case line; ``spans`` holds the lines once found (one pass
    over the text per scan, not per question: the pass reads every line start)."""

    if not spans:
        spans.append(title_case_spans(scan))
    return any(a <= offset < b for a, b in spans[0])


def _us_states(scan: _Scan) -> None:
    forms = _state_forms()
    if not forms:
        return
    present: set[str] | None = None
    for names, country, state_cues, country_cues in forms:
        if not any(m.actor == country and m.text in names for m in scan.mentions):
            continue
        if present is None:
            present = set(scan.words)
        says_state = not present.isdisjoint(state_cues) or any(" " in cue and cue in scan.body for cue in state_cues)
        if says_state and present.isdisjoint(country_cues):
            scan.mentions[:] = [m for m in scan.mentions if not (m.actor == country and m.text in names)]


def _fields_of_study(scan: _Scan) -> None:
    words = actor_word_sets()
    jobs, heads = words["field_jobs"], words["field_heads"]
    doomed: set[str] = set()
    for m in scan.mentions:
        if m.via != "capitalised" or m.kind not in ("person", "organisation"):
            continue  # (neither a plain person nor an organisation from capitals: no call per mention)
        person = _plain_person(scan, m)
        if not person and m.kind != "organisation":
            continue
        # (the pattern ends in "of " or "in " at the mention, "$" also before a line break: tested first, with no search)
        near = scan.body[max(0, m.start - 4) : m.start].endswith(("of ", "in ", "of \n", "in \n"))
        before = _FIELD_BEFORE.search(scan.body, max(0, m.start - 30), m.start) if near else None
        after_job = before is not None and before.group(1) in jobs
        # ("a degree in Media Studies" was typed an organisation; "the journal Current Biology" stays one)
        if after_job or (person and m.actor.split()[-1] in heads):
            doomed.add(m.actor)
    if doomed:
        scan.mentions[:] = [m for m in scan.mentions if not (m.kind in ("person", "organisation") and m.actor in doomed)]


def drop_places_after_adjectives(body: str, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Drop the person mentions of a name written right after a word of direction or setting ("from
    southern Amazonas"): a place. A name opening with a known given name stays ("northern Ann Lee"
    is no phrase of news). Also run on the finished mentions (:func:`analysis.actors.find_actors`)."""
    adjectives = actor_word_sets()["place_adjectives"]
    gender = gender_lookup()  # (person_gender, taken once for the loop)
    doomed = set()
    for m in mentions:
        if m.kind != "person" or gender(m.actor) is not None:
            continue
        before = body[max(0, m.start - 14) : m.start]
        if before.endswith(" ") and before[:-1].rsplit(" ", 1)[-1].rsplit("-", 1)[-1] in adjectives:
            doomed.add(m.actor)
    if not doomed:
        return list(mentions)
    return [m for m in mentions if not (m.kind == "person" and m.actor in doomed)]


def _possessed_things(scan: _Scan) -> None:
    body, easy = scan.body, _easy_words()
    owners = {m.end: m for m in scan.mentions if m.kind != "person"}
    doomed: set[str] = set()
    quoted_owners: set[tuple[int, int]] = set()
    for m in scan.mentions:
        if body[m.start - 3 : m.start] not in _POSSESSIVE or not _plain_person(scan, m):
            continue  # (the text before first: most mentions follow no possessive)
        owner = owners.get(m.start - 3)
        if owner is None:
            continue
        closing = body[m.end : m.end + 2].lstrip(".,!?")
        quoted = body[owner.start - 1 : owner.start] in ('"', "“") and closing[:1] in ('"', "”")
        if not quoted and not all(w.lower() in easy for w in m.actor.split()):
            continue  # ("Turkey's Recep Erdem": a name of no common words, unquoted, may be a person's)
        doomed.add(m.actor)  # "America's Pay Toilet": a thing, not a person
        if quoted:
            quoted_owners.add((owner.start, owner.end))  # a nickname quoted whole: the owner does not act either
    _drop_actors(scan, doomed)
    if quoted_owners:
        scan.mentions[:] = [m for m in scan.mentions if (m.start, m.end) not in quoted_owners]


def _titled_names(scan: _Scan) -> None:
    words = actor_word_sets()
    surnames, org_words = words["surname_org_words"], words["organisation_words"]
    persons: set[str] = set()
    for m in scan.mentions:
        if m.kind != "organisation" or m.via != "capitalised":
            continue
        k = bisect.bisect_left(scan.starts, m.start)
        name = m.actor.split()
        bodies = [w for w in name if w in org_words]
        # a known given name, or one organisation word last that is a common surname ("Mayor Yadira Hall")
        given = scan.gender(m.actor) is not None or (len(bodies) == 1 and name[-1] == bodies[0])
        if given and k < len(scan.words) and scan.title_before[k] and len(name) in (2, 3) and all(w in surnames for w in bodies):
            persons.add(m.actor)  # "Mayor Heather Hall"
    if not persons:
        return
    scan.mentions[:] = [_with(m, m.actor, "person") if m.actor in persons else m for m in scan.mentions]
    for name in persons:
        scan.persons.setdefault(name.split()[-1], name)
        scan.vouched.add(name)


def _corporate_names(scan: _Scan) -> None:
    body, suffixes = scan.body, actor_word_sets()["corporate_suffixes"]
    renamed: dict[str, str] = {}
    out: list[ActorMention] = []
    for m in scan.mentions:
        legal = _LEGAL.match(body, m.end) if m.kind in ("person", "organisation") and m.via == "capitalised" else None
        if legal is not None and (m.kind == "organisation" or scan.gender(m.actor) is None):
            end = legal.end() + (1 if legal.group(1) in ("Inc", "Corp", "Co", "Ltd") and body[legal.end() : legal.end() + 1] == "." else 0)
            name = clean_name(body[m.start : end])
            renamed[m.actor] = name  # "Big Sky Environmental LLC"
            out.append(_with(m, name, "organisation", end=end, body=body))
            continue
        out.append(m)
    firms = {m.actor for m in out if m.kind == "organisation"} | set(renamed.values())
    legal_names = [parts for parts in map(str.split, firms) if len(parts) >= 2 and parts[-1].rstrip(".") in suffixes]
    # (no firm named with its legal form, the common case: no mention is a short form of one)
    for m in out if legal_names else ():
        if m.actor in renamed or m.kind not in ("person", "organisation") or m.via not in ("capitalised", "alias"):
            continue
        if m.kind == "person" and (scan.gender(m.actor) is not None or _PLACE_BEFORE.search(body, max(0, m.start - 12), m.start)):
            continue  # ("off the coast of Lake Erie" is no short form of "Lake Erie Energy Development Corporation")
        short = m.actor.split()
        fits = {" ".join(f) for f in legal_names if len(f) > len(short) and f[: len(short)] == short}
        if len(fits) == 1:
            renamed[m.actor] = next(iter(fits))  # "SoftBank" of "SoftBank Group Corp", "Big Sky" of "Big Sky Environmental LLC"
    if renamed:  # (else ``out`` holds the same mentions in the same order)
        scan.mentions[:] = [_with(m, renamed[m.actor], "organisation") if m.actor in renamed and m.via != "surname" else m for m in out]


def _ampersand_names(scan: _Scan) -> None:
    body, org_words = scan.body, actor_word_sets()["organisation_words"]
    out: list[ActorMention] = []
    for m in scan.mentions:
        first = out[-1] if out else None
        if (first is not None and body[first.end : m.start] == " & " and m.kind == "organisation" and m.via == "capitalised"
                and not org_words.isdisjoint(m.actor.split()) and first.via == "capitalised"
                and first.kind in ("organisation", "person") and scan.gender(first.actor) is None
                and org_words.isdisjoint(first.actor.split())):
            name = clean_name(body[first.start : m.end])  # "National Waste & Recycling Association"
            out[-1] = _with(first, name, "organisation", first.start, m.end, body)
            continue
        out.append(m)
    scan.mentions[:] = out

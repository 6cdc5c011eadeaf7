"""Round 15 (new-user trial 15, findings F5, F8, F14): what the words around a name say it is. Each
scan rule reads the finished scan (:class:`analysis.actors.scan._Scan`) and corrects it, after the
other passes (:func:`correct_contexts`); :func:`early_surname_owners` serves the surname pass of
:mod:`analysis.actors.person_names`.

* **Waters named after a country** (:func:`_waters`): "the Indian Ocean", "the Persian Gulf", "the
  English Channel", "the Gulf of Mexico", "the Sea of Japan" are places: the country's name or
  demonym right before a water's head word, or after the head and "of" (``actor_words.toml``
  ``water_heads``), is no mention of the state.
* **A person after a job word** (:func:`_persons_after_jobs`): "NFL Insider Jason La Canfora": a job word
  that is also a firm's name word ("Insider": "told Business Insider") types the run an organisation; a
  known given name after the job word opens a person's name, as after other job words
  (:mod:`analysis.actors.name_shapes`).
* **A firm described by an apposition** (:func:`_firms_by_apposition`): "Cloud Peak, a major coal
  producer in Wyoming": a name typed a person for want of an organisation word, with no known given
  name first and no title before it, followed by ", a/an/the ..." whose head is a firm's noun
  (``company_nouns``: producer, company, insurer ...), is an organisation at all its mentions.
* **A person described by state and party** (:func:`_state_party_descriptions`): "De Blasio told the
  Vermont Democrat": a US state and a party member's noun ("the Ohio Republican") describe a person
  named elsewhere or not at all (sourcing's roles join such descriptions to speakers); it is no
  body's name, and no name at all: no actor. A city before the party noun may be a newspaper ("the
  Tallahassee Democrat") and is left alone. Round 20 (trial 20 F7): a legislature's chamber
  (``actor_words.toml`` ``legislative_chambers``) before a party's noun or adjective is the same ("the House
  Republican leader", "a Senate Democrat"): a member's seat and side, no body ("the House Republican
  Conference" is a longer name, left alone).
* **Two given names before one surname** (:func:`_shared_surnames`): "the brothers Charles G. and
  David H. Koch", "Bill and Melinda Gates": a known given name (with its middle initial) right
  before "and" and a person named in full is that person's relative with
  the same surname ("Charles G. Koch"), not an actor "Charles G". A word that is a surname of a
  person the text names ("Kelly and John Smith" after "Megyn Kelly") is left alone.
* **A middle initial** (:func:`merge_initial_variants`): "Donald J. Trump" and "Donald Trump" in one
  text are one person, named with the initial.
* **A surname introduced by a title** (:func:`early_surname_owners`): news names most people in
  full first, so a surname alone before the first full mention is as often someone else ("Trump"
  before "Ivanka Trump"); but a head of state or other newsmaker is introduced by title and surname
  ("President Trump announced ...", "Mr. Trump") and named in full later ("Donald J. Trump", or in a
  quotation). When one of the surname's mentions before the full name has a title or honorific, and
  the text gives the surname alone the full name's gender and never the other (an honorific,
  "Mr. Trump", anywhere; a he/his/him or she/her right after a titled mention in its sentence), the
  earlier mentions are that person too. A titled surname with no such gender evidence, or with
  both, stays apart ("President Trump ... Ivanka Trump").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from analysis.actors.apposition import APPOSITION, apposition_head
from analysis.actors.gazetteer import actor_word_sets, gender_lookup, honorific_gender
from analysis.actors.model import BY_POSITION, ActorMention
from analysis.lexicons import lexicon_cache, load_lexicon

if TYPE_CHECKING:
    from analysis.actors.scan import _Scan

_PARTY_MEMBERS = frozenset({"Democrat", "Republican"})
# (after a legislature's chamber the party's adjective describes a member too: "the House Republican leader")
_CHAMBER_PARTY_WORDS = frozenset({"Democrat", "Republican", "Democratic", "GOP"})
# A known given name, its middle initial if any, and "and" right before a second person's full name.
_GIVEN_AND = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)(?: ([A-Z])\.)? and $")
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b")
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}


def correct_contexts(scan: _Scan) -> None:
    """Apply the scan rules of the module docstring to the scan's mentions, in place."""
    _waters(scan)
    _persons_after_jobs(scan)
    _firms_by_apposition(scan)
    _state_party_descriptions(scan)
    _shared_surnames(scan)
    scan.mentions.sort(key=BY_POSITION)


def _waters(scan: _Scan) -> None:
    heads = actor_word_sets().get("water_heads", frozenset())
    if not heads or heads.isdisjoint(scan.words):
        return
    body, words, starts = scan.body, scan.words, scan.starts
    kept = []
    for m in scan.mentions:
        if m.kind == "country" and m.via in ("name", "alias", "demonym", "capital"):
            k = bisect.bisect_left(starts, m.end)  # the token after the mention
            first = bisect.bisect_left(starts, m.start)
            after = k < len(words) and words[k] in heads and body[m.end : starts[k]] == " "
            before = first >= 2 and words[first - 1] == "of" and words[first - 2] in heads and (
                body[scan.ends[first - 2] : m.start] == " of "
            )
            if after or before:
                continue  # "the Indian Ocean", "the Gulf of Mexico": a place
        kept.append(m)
    scan.mentions[:] = kept


def _persons_after_jobs(scan: _Scan) -> None:
    """"CBS Sports NFL Insider Jason La Canfora": a job word that is also a firm's name word ("Business Insider")
    makes the run an organisation; the person is named from the given name after the job word on, as
    name_shapes.py cuts a job word from a run typed a person."""
    jobs = actor_word_sets().get("job_nouns", frozenset())
    for index, m in enumerate(scan.mentions):
        if m.kind != "organisation" or m.via != "capitalised" or m.text != m.actor:
            continue
        words = m.text.split(" ")
        cut = next((k for k in range(1, len(words) - 1) if words[k - 1].lower() in jobs and scan.gender(words[k]) is not None), None)
        if cut is None:
            continue
        name = " ".join(words[cut:])
        start = m.start + len(" ".join(words[:cut])) + 1
        scan.mentions[index] = ActorMention(name, "person", name, start, m.end, m.sentence, m.paragraph, m.via)
        scan.persons.setdefault(words[-1], name)


@lexicon_cache
def _firm_heads() -> frozenset[str]:
    """Company nouns that are no person's trade, one set per lexicon set (not a difference per text)."""
    words = actor_word_sets()
    return words["company_nouns"] - words.get("person_trades", frozenset())


def _firms_by_apposition(scan: _Scan) -> None:
    nouns = _firm_heads()
    firms: set[str] = set()
    for m in scan.mentions:
        if m.kind != "person" or m.via != "capitalised" or " " not in m.actor or scan.gender(m.actor) is not None:
            continue
        token = bisect.bisect_left(scan.starts, m.start)
        if token < len(scan.words) and scan.title_before[token]:
            continue
        match = APPOSITION.match(scan.body, m.end)
        if match is not None and apposition_head(match.group(1)) in nouns:
            firms.add(m.actor)  # "Cloud Peak, a major coal producer in Wyoming"
    if firms:
        scan.mentions[:] = [_retyped(m, "organisation") if m.kind == "person" and m.actor in firms else m for m in scan.mentions]
        scan.strong_organisations.update(firms)


def _retyped(m: ActorMention, kind: str) -> ActorMention:
    return ActorMention(m.actor, kind, m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)


@lexicon_cache
def _us_states() -> frozenset[str]:
    return frozenset(load_lexicon("gazetteer").get("us_states", ()))


def _state_party_descriptions(scan: _Scan) -> None:
    states = _us_states()
    chambers = actor_word_sets().get("legislative_chambers", frozenset())
    doomed = set()
    for m in scan.mentions:
        if m.via != "capitalised" or m.kind not in ("person", "organisation"):
            continue
        place, _, last = m.actor.rpartition(" ")
        if last in _PARTY_MEMBERS and place in states:
            doomed.add(m.actor)  # "the Vermont Democrat": a person described, no one's name
        elif last in _CHAMBER_PARTY_WORDS and place in chambers:
            doomed.add(m.actor)  # "the House Republican leader", "a Senate Democrat": a legislator's side and seat, no body
    if doomed:
        scan.mentions[:] = [m for m in scan.mentions if m.actor not in doomed]


def _shared_surnames(scan: _Scan) -> None:
    body = scan.body
    persons = [m for m in scan.mentions if m.kind == "person" and " " in m.actor]
    if not persons or " and " not in body:
        return
    surnames = {m.actor.split()[-1] for m in persons} | set(scan.persons)
    added: list[ActorMention] = []
    replaced: set[tuple[int, int]] = set()
    for m in persons:
        parts = [w for w in m.actor.split() if w not in _SUFFIXES]
        if len(parts) < 2 or not m.text.startswith(parts[0]):
            continue
        match = _GIVEN_AND.search(body, max(0, m.start - 30), m.start)
        if match is None or scan.gender(match.group(1)) is None or match.group(1) in surnames:
            continue
        start, end = match.start(1), match.end(2) + 1 if match.group(2) else match.end(1)
        here = [k for k in scan.mentions if k.start < end and start < k.end]
        if any(k.kind != "person" or k.start != start for k in here):
            continue  # (a country or a body there: "Jordan and ...")
        initial = f" {match.group(2)}." if match.group(2) else ""
        name = f"{match.group(1)}{initial} {parts[-1]}"
        replaced.update((k.start, k.end) for k in here)
        added.append(ActorMention(name, "person", body[start:end], start, end, m.sentence, m.paragraph, "capitalised"))
    if added:
        scan.mentions[:] = [m for m in scan.mentions if (m.start, m.end) not in replaced] + added


def _without_initials(name: str) -> str:
    return " ".join(w for w in name.split() if not (len(w.rstrip(".")) == 1 and w[:1].isupper()))


def merge_initial_variants(mentions: list[ActorMention], names: list[str]) -> tuple[list[ActorMention], list[str]]:
    """("Donald J. Trump" ... "Donald Trump"): a person named with and without a middle initial is one
    person, named with it; ``names`` (the headline's persons) are renamed alike. Two different
    initials with one given name and surname ("John A. Smith", "John B. Smith") are left apart."""
    fuller: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and " " in m.actor:
            key = _without_initials(m.actor)
            if key != m.actor and " " in key:
                fuller.setdefault(key, set()).add(m.actor)
    canonical = {key: next(iter(found)) for key, found in fuller.items() if len(found) == 1}
    if not canonical:
        return mentions, names
    out = [
        ActorMention(canonical[m.actor], "person", m.text, m.start, m.end, m.sentence, m.paragraph, m.via, m.institution)
        if m.kind == "person" and m.actor in canonical else m
        for m in mentions
    ]
    return out, [canonical.get(name, name) for name in names]


def early_surname_owners(
    body: str, mentions: Sequence[ActorMention], by_last: Mapping[str, str], first_full: Mapping[str, int],
    sentences: Sequence[tuple[int, int, int, int]], titles: Collection[str],
) -> set[str]:
    """The full names whose surname, written alone before the first full mention, is that person
    (the last rule of the module docstring). ``by_last``: surname -> its one full name; ``titles``:
    title and honorific words, lower case, no full stop."""
    gender = gender_lookup()
    owners: set[str] = set()
    sentence_ends = [s[1] for s in sentences]
    by_surname: dict[str, list[ActorMention]] = {}  # (grouped once: linear in the mentions)
    for m in mentions:
        bare = m.text.removesuffix("'s").removesuffix("’s")
        if bare in by_last:
            by_surname.setdefault(bare, []).append(m)
    for surname, found in by_surname.items():
        owner = by_last[surname]
        given = gender(owner)
        first = first_full.get(owner)
        if given is None or first is None:
            continue
        said: set[str] = set()
        titled_early = False
        for m in found:
            before = body[max(0, m.start - 30) : m.start].split()
            word = before[-1] if before else ""
            honorific = honorific_gender(word) if word else None
            if honorific is not None:
                said.add(honorific)
            if m.start >= first or word.rstrip(".").lower() not in titles:
                continue
            titled_early = True
            if honorific is None:
                k = bisect.bisect_left(sentence_ends, m.end)
                end = sentence_ends[k] if k < len(sentence_ends) else len(body)
                pronoun = _PRONOUN.search(body, m.end, end)
                if pronoun is not None:
                    said.add(_PRONOUN_GENDER[pronoun.group(1)])
        if titled_early and said == {given}:
            owners.add(owner)
    return owners

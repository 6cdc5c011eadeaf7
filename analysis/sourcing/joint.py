"""Joint speakers: two or more people named as the one speaker of a report are each heard.

News names several people as one speaker: "“We will appeal,” said Ann Cole and Bob Hart, the two
candidates"; "Carla Webb and Dan Ortiz argued that ..."; "Sens. Johnny Isakson of Georgia and
John Boozman of Arkansas also said ...". A coder marks one attribution with one source span over
both names (PolNeAR does; its scorer credits a speaker span that overlaps that span), so the
report stays **one attribution**; what changes is who is counted as heard.

How the result represents it (counts stay honest):

* The :class:`~analysis.sourcing.result.Attribution` is one record; its ``speaker`` is the phrase
  as written ("Ann Cole and Bob Hart, the two candidates") and its ``source_id`` the person that
  phrase names first (the source coreference gave it), so every attribution share (named,
  official, quote types) counts the report once.
* Every person named gets a :class:`~analysis.sourcing.result.Source` (a person already a source
  keeps it; a new one is numbered right after the first person's source): each is a speaking
  source, counted in ``source_count``, the named and official source shares and the sides, and
  each one's ``attribution_count`` counts the report (each was heard once; so a sum of
  ``attribution_count`` over sources can exceed the attributions by the joint reports). A new
  person's source takes its title from any mention of them, and the first person's side only
  when the phrase names it after the last person ("X and Y of the University of California").
* Words are split, not copied: a joint report's ``word_count`` is shared evenly by the persons
  named (the attribution's own source takes the remainder), so the sources' words still add up to the speech
  words, a source's share of speech stays a share, and ``words_per_source`` divides the same
  words by every voice. A side counts a joint report once however many of its speakers it holds.
* :attr:`~analysis.sourcing.result.SourcingResult.joint_speakers` lists, per joint attribution,
  the other persons' source ids; the right-of-reply check hears each of them in it (an accused
  person named second is ``heard`` by the joint report, or ``sought_but_silent`` by "Singer and
  Faso did not respond to requests for comment").
* A running quotation that continues a joint speaker (same speaker span) and a "they" resolved
  to the first person of a joint speaker of the same or the paragraph before ("County boards can
  do that work, they said") are joint too; a "he"/"she" after it is the one person it resolves to.

The rule: inside the speaker phrase, the person its source names is followed by one or more
person mentions joined by "and" (or "&", with commas in a list: "A, B and C", "A and B, and C"),
each with at most a party-state tag or an "of <Place>" after it and title words before it
("former Secretary of State"); before the first stand only title words, after any description
set off by a comma or a dash, or a group's examples after "like", "including" or "such as"
("Republican presidential hopefuls Jeb Bush and Chris Christie", "two members of Congress from
Florida, Ileana Ros-Lehtinen and Carlos Curbelo", "candidates like X and Y"), and after the
last the end, a comma, a bracket, a dash, "of/from/at" a body, or a word of the predicate ("both",
"have"). The chain may run past a phrase the speaker stage cut short, within the sentence
("Former Maryland Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced",
cut after the first bracket); persons before the phrase then need capitalised title words only.
"a lawyer for Ann Cole and Bob Hart" and "the debate between X and Y" (a preposition before the
first), "Ann Cole, a friend of Bob Hart and his wife" (an apposition between) and "Ann Cole and
Bob Hart's lawyer" (a possessive after the last) are not joint.

On PolNeAR (round 15): of 53 speech attributions in train whose coder's source names two or
more people as one speaker, 34 have a matching prediction and 31 now credit every person named
(before: only the first); dev 10, 5 and 5. The other 19 and 5 have no prediction at all (the
speaker stage finds no speaker: "X and Y, both up for reelection ..., also said").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from analysis.actors import ActorMention
from analysis.sourcing.attributes import title_elsewhere
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.registry import ResolvedSource
from analysis.sourcing.result import SPEECH_KINDS, STATEMENT_KINDS, Attribution, Source
from analysis.sourcing.sources import best_name, is_official

# Between two persons of a joint speaker: a party-state tag or "of <Place>" after the first, the
# joining word (or a list comma), then title words before the second ("former Secretary of State").
_TAIL = r"(?:\s*\([^()]{1,30}\)|\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?"
_TITLE_WORDS = r"(?:(?:[A-Z][\w.’'-]*|of|former|state|then-?\w*|\w+-elect)\s+){0,6}"
_JOIN = re.compile(_TAIL + r"\s*,?\s+(?:and|&)\s+" + _TITLE_WORDS + r"$")
_LIST_COMMA = re.compile(_TAIL + r"\s*,\s+" + _TITLE_WORDS + r"$")
# After the last: the end, a comma, a bracket or a dash, a place or body ("of the University of
# California"), or a word of the predicate ("both", "have").
_END = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:$|[,(\u2014\u2013]|\s-\s|\s+(?:of|from|at)\s|"
    r"\s+(?:both|each|all|also|jointly|together|have|had|were|are)\b)"
)
# Before the first person, after any description set off by a comma or a dash ("two Republican
# members of Congress from Florida, X and Y"): title words only, no preposition ("a lawyer for X
# and Y") but the "of" of a title ("Secretary of State").
_LEAD_START = re.compile(r".*(?:,|\s[-\u2014\u2013:]\s|\b(?:like|including|such as)\s)", re.DOTALL)
_LEAD = re.compile(r"^\s*(?:[\w.’'-]+\s+){0,7}$")
_CAPITALISED_LEAD = re.compile(r"^\s*(?:(?:[A-Z][\w.’'-]*|former|of(?=\s+[A-Z])|state)\s+){0,6}$")
_NOT_LEAD = re.compile(
    r"\b(?:of(?!\s+[A-Z])|for|to|by|with|from|at|on|about|against|behind|representing|than|between|among|over|after|before|into|under|versus|vs)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Joint:
    """``sources`` extended with a source per person named second or later; ``speakers`` maps a
    joint speaker span to (the source of the first person, the sources of the others)."""

    sources: tuple[ResolvedSource, ...]
    speakers: Mapping[tuple[int, int], tuple[int, tuple[int, ...]]]


def find_joint(doc: Document, candidates: tuple[Candidate, ...], sources: tuple[ResolvedSource, ...]) -> Joint:
    """The joint speakers of the resolved candidates (module docstring)."""
    out = list(sources)
    by_person = {s.person: s.id for s in sources if s.person is not None and s.speaker_type == "named_person"}
    speakers: dict[tuple[int, int], tuple[int, tuple[int, ...]]] = {}
    last: dict[int, tuple[tuple[int, ...], int]] = {}  # first person's source -> (others, paragraph)
    for candidate in candidates:
        span = candidate.speaker
        if span is None or candidate.source < 0:
            continue
        if span in speakers:
            last[candidate.source] = (speakers[span][1], candidate.paragraph)
            continue
        text = doc.body[span[0] : span[1]]
        if text.strip().lower() == "they":
            earlier = last.get(candidate.source)
            if earlier is not None and 0 <= candidate.paragraph - earlier[1] <= 1:
                speakers[span] = (candidate.source, earlier[0])
            continue
        source = sources[candidate.source]
        others = _others(doc, span, source)
        if not others:
            continue
        ids: list[int] = []
        shared_side = _shared_affiliation(doc, span, others[-1].end, source)
        for mention in others:
            sid = by_person.get(mention.actor)
            if sid is None:
                sid = by_person[mention.actor] = len(out)
                title, official = title_elsewhere(doc, mention.actor)
                out.append(ResolvedSource(
                    id=sid, speaker_type="named_person", head=None, person=mention.actor, name_hint=None, mentions=(mention.text,),
                    spans=((mention.start, mention.end),), affiliation=shared_side, title=title, title_official=official,
                    institution_official=None, reason=None,
                ))
            if sid != candidate.source and sid not in ids:
                ids.append(sid)
        if ids:
            speakers[span] = (candidate.source, tuple(ids))
            last[candidate.source] = (tuple(ids), candidate.paragraph)
    if not speakers:
        return Joint(sources, {})
    return Joint(tuple(out), speakers)


def _shared_affiliation(doc: Document, span: tuple[int, int], end: int, source: ResolvedSource) -> str | None:
    """The first person's side when the phrase names it after the last person, for all of them
    ("Stephen S. Cohen and J. Bradford DeLong of the University of California"), else None."""
    if source.affiliation is None:
        return None
    after = doc.mentions_in(end, span[1])
    return source.affiliation if any(m.kind != "person" and m.actor == source.affiliation for m in after) else None


def _others(doc: Document, span: tuple[int, int], source: ResolvedSource) -> list[ActorMention]:
    """The persons named with the source's own person in a joint speaker (module docstring), or [].

    The chain of persons may run past the speaker phrase the speaker stage cut ("Former Maryland
    Gov. Martin O’Malley (D) and former Arkansas Gov. Mike Huckabee (R) announced", with the phrase
    cut after the bracket; "Carson, Fiorina and Huckabee have all ..."), within the sentence."""
    if source.speaker_type != "named_person" or source.person is None:
        return []
    inside = [m for m in doc.mentions_in(span[0], span[1]) if m.kind == "person"]
    if not inside or inside[0].actor != source.person:
        return []
    sentence = doc.sentence_at(span[0])
    people = [m for m in doc.mentions_in(sentence.start, sentence.end) if m.kind == "person" and not doc.in_quote(m.start)]
    k = next((i for i, m in enumerate(people) if m.start == inside[0].start), None)
    if k is None:
        return []
    body = doc.body
    links = [_link(body[a.end : b.start]) for a, b in pairwise(people)]  # links[i] joins people[i] and people[i+1]
    first = k
    while first > 0 and links[first - 1] is not None:
        first -= 1
    last = k
    while last < len(links) and links[last] is not None:
        last += 1
    while last > k and links[last - 1] != "and":  # the chain ends at its last "and": "A, B and C"
        last -= 1
    while first < k and "and" not in links[first:last]:
        first += 1
    if "and" not in links[first:last] or not _lead_ok(body, span, sentence.start, people[first]):
        return []
    if not _END.match(body, people[last].end, max(span[1], sentence.end) if people[last].end > span[1] else span[1]):
        return []
    return [m for i, m in enumerate(people[first : last + 1], first) if i != k]


def _link(between: str) -> str | None:
    """How two person mentions are joined: "and", "comma" (a list), or None (not joined)."""
    if _JOIN.match(between):
        return "and"
    return "comma" if _LIST_COMMA.match(between) else None


def _lead_ok(body: str, span: tuple[int, int], sentence_start: int, first: ActorMention) -> bool:
    """Whether only title words stand before the first person of a chain (module docstring); a
    chain that starts before the speaker phrase needs capitalised title words only ("Former
    Maryland Gov."), so "The ruling favoured Ann Cole and Bob Hart said" is no joint speaker."""
    outside = first.start < span[0]
    lead = body[sentence_start if outside else span[0] : first.start]
    after = _LEAD_START.match(lead)
    lead = lead[after.end() :] if after is not None else lead
    if outside:
        return _CAPITALISED_LEAD.match(lead) is not None
    return _LEAD.match(lead) is not None and _NOT_LEAD.search(lead) is None


def _split(words: int, n: int) -> list[int]:
    """``words`` shared by ``n`` speakers: evenly, the first taking the remainder."""
    each = words // n
    return [words - each * (n - 1)] + [each] * (n - 1)


def credit_joint(
    doc: Document, merged: tuple[Candidate, ...], attributions: tuple[Attribution, ...], sources: tuple[Source, ...],
    resolved: tuple[ResolvedSource, ...], joint: Joint,
) -> tuple[tuple[Attribution, ...], tuple[Source, ...], tuple[tuple[int, tuple[int, ...]], ...]]:
    """The records with every person of a joint speaker heard (module docstring), and per joint
    attribution the ids of its other speakers' sources; the records unchanged when there is none."""
    co_of: list[tuple[int, ...]] = []
    for candidate in merged:
        entry = joint.speakers.get(candidate.speaker) if candidate.speaker is not None else None
        co_of.append(tuple(s for s in entry[1] if s != candidate.source) if entry and entry[0] == candidate.source else ())
    if not any(co_of):
        return attributions, sources, ()
    # A record per person: build_records may give two resolved sources one record (a counted group
    # that is the people just listed, sourcing.listed_names), so records are found through the
    # attributions, and a co-speaker with no record of its own gets a new one.
    record_of = {c.source: a.source_id for a, c in zip(attributions, merged, strict=True)}

    def key(old: int) -> tuple[str, int]:
        return ("record", record_of[old]) if old in record_of else ("new", old)

    voices = [list(dict.fromkeys(key(s) for s in (c.source, *co))) for c, co in zip(merged, co_of, strict=True)]
    order = list(dict.fromkeys(k for speakers in voices for k in speakers))
    new_id = {k: n for n, k in enumerate(order)}
    words: dict[tuple[str, int], int] = {}
    counts: dict[tuple[str, int], int] = {}
    kinds: dict[tuple[str, int], set[str]] = {}
    for a, speakers in zip(attributions, voices, strict=True):
        for k, share in zip(speakers, _split(a.word_count, len(speakers)), strict=True):
            kinds.setdefault(k, set()).add(a.statement_kind)
            if a.statement_kind in SPEECH_KINDS:
                words[k] = words.get(k, 0) + share
                counts[k] = counts.get(k, 0) + 1
    records = []
    for k in order:
        base = sources[k[1]] if k[0] == "record" else _new_source(doc, resolved[k[1]])
        records.append(replace(
            base, source_id=new_id[k], attribution_count=counts.get(k, 0), word_count=words.get(k, 0),
            statement_kinds=tuple(kind for kind in STATEMENT_KINDS if kind in kinds.get(k, ())),
        ))
    renumbered = tuple(replace(a, source_id=new_id[speakers[0]]) for a, speakers in zip(attributions, voices, strict=True))
    shared = tuple((a.index, tuple(new_id[k] for k in speakers[1:])) for a, speakers in zip(attributions, voices, strict=True)
                   if len(speakers) > 1)
    return renumbered, tuple(records), shared


def _new_source(doc: Document, source: ResolvedSource) -> Source:
    """The record of a person heard only in joint reports (its counts are set by the caller)."""
    return Source(
        source_id=source.id, name=best_name(source), mentions=source.mentions, speaker_type="named_person",
        anonymity_reason=None, official=is_official(doc, source), affiliation=source.affiliation, title=source.title,
        attribution_count=0, word_count=0,
    )


def joint_sides(
    attributions: tuple[Attribution, ...], sources: tuple[Source, ...], shared: tuple[tuple[int, tuple[int, ...]], ...]
) -> tuple[tuple[str, int, int, int], ...]:
    """:func:`.ratios.sides` with joint reports: a side counts a report once and its share of the words."""
    others = dict(shared)
    by_side: dict[str, tuple[set[int], list[int]]] = {}
    for a in attributions:
        if a.statement_kind not in SPEECH_KINDS:
            continue
        speakers = (a.source_id, *others.get(a.index, ()))
        seen: set[str] = set()
        for s, share in zip(speakers, _split(a.word_count, len(speakers)), strict=True):
            side = sources[s].affiliation or "unaffiliated"
            members, totals = by_side.setdefault(side, (set(), [0, 0]))
            members.add(s)
            totals[1] += share
            if side not in seen:
                totals[0] += 1
                seen.add(side)
    rows = ((side, len(members), totals[0], totals[1]) for side, (members, totals) in by_side.items())
    return tuple(sorted(rows, key=lambda r: (-r[3], r[0])))


def with_joint_voices(
    attributions: tuple[Attribution, ...], shared: tuple[tuple[int, tuple[int, ...]], ...]
) -> tuple[Attribution, ...]:
    """The attributions as the right-of-reply check reads them: a joint report once more for each
    other person it names (same index, that person's source), written just before it."""
    if not shared:
        return attributions
    others = dict(shared)
    out: list[Attribution] = []
    for a in attributions:
        out.extend(replace(a, source_id=s) for s in others.get(a.index, ()))
        out.append(a)
    return tuple(out)

"""News outlets cited for their own reporting: sources, but no side of the story (round 17).

News cites other newsrooms for what they found: "Bloomberg reported WeWork is the subject of an
SEC inquiry", "according to Reuters", "the Houston Press reported", "an Associated Press journalist
in the area reported hearing gunfire". The outlet is where a fact comes from, so it stays a source
(its attributions, words and affiliation are kept), but it is no party to the dispute: a
fact-checker reading "words by side: WeWork 43, Bloomberg 21, Reuters 15" takes Bloomberg and
Reuters for sides they are not. So a source whose name or affiliation is a news outlet
(``speakers.toml`` ``[press]``: outlets by name, the words that end newspapers' and broadcasters'
names, and the institution nouns of class ``media``: "the newspaper reported") is left out of
:attr:`SourcingResult.sides` when everything it says is reported in neutral words (say, report,
write, tweet, "according to": ``speech_verbs.toml`` stance ``neutral``).

An outlet takes a side, and keeps its row, when it does more than report: it accuses, criticises,
warns, denies or argues ("Fox & Friends criticized Gore", "CNN denied the allegations": a stance
other than neutral, or a denial), when it is itself an accused party of the article (its answer is
a side of the dispute), when it is a named person not written as a reporter (a columnist or a host
argues: "The Wall Street Journal's Kimberley Strassel wrote"; "AP writer Michael Biesecker" and "NYT
reporter Justin Gillis" report), when the article names someone else by the outlet's name ("Mike
Bloomberg", "Bloomberg Philanthropies": "Bloomberg said" may be theirs), or when it is state media
(an official source: SANA, TASS and Xinhua speak for their state, and the gazetteer gives them its
country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import lexicon, word_tuple, words
from analysis.sourcing.result import SPEECH_KINDS, Attribution, RightOfReply, Source

_REPORTING = frozenset({"neutral"})  # the stances of a report that takes no side


@dataclass(frozen=True)
class _Press:
    outlets: frozenset[str]  # names as written, lower case ("reuters", "associated press")
    heads: frozenset[str]  # last words of outlets' names, lower case ("times", "news")
    reporter_titles: frozenset[str]  # the words that make a named journalist a reporter ("correspondent")


@lexicon_cache
def _press() -> _Press:
    data = load_lexicon("speakers").get("press", {})
    return _Press(
        outlets=frozenset(" ".join(words(o)) for o in data.get("outlets", [])),
        heads=frozenset(h.lower() for h in data.get("heads", [])),
        reporter_titles=frozenset(t.lower() for t in data.get("reporter_titles", [])),
    )


# Capitalised words that may follow an outlet's name and are no part of it ("told Bloomberg Tuesday").
_DATE_WORDS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                         "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
                         "On", "In", "At", "Last", "This", "Earlier", "Later", "That", "The", "A", "An", "I"})
# The capitalised words right after an outlet's name ("Bloomberg Philanthropies"): :func:`_other_bearers`.
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
# A name: capitalised words (and "&", "of", "the" inside), "the" before them allowed.
_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:&|of|the|[A-Z][\w’'.&-]*))*")


def is_outlet(name: str | None) -> bool:
    """Whether ``name`` (a source's affiliation, or its name) names a news outlet: a listed outlet,
    a capitalised name ending in a newspaper's or broadcaster's word ("the Houston Press", "The Dallas
    Morning News"), or a short description headed by a media noun of ``speakers.toml`` ("the
    newspaper", "the station"); not a phrase that only mentions one ("a report seen by the Evening
    Post", "a study in Science magazine")."""
    if not name:
        return False
    press = _press()
    tokens = words(name)
    if tokens[:1] == ["the"]:
        tokens = tokens[1:]
    if not tokens:
        return False
    if " ".join(tokens) in press.outlets:
        return True
    if _NAME.fullmatch(name.strip()) is not None:
        return len(tokens) >= 2 and tokens[-1] in press.heads  # "Houston Press", "Dallas Morning News" (not a bare "News")
    institution = lexicon().institution_nouns.get(tokens[-1])
    return len(tokens) <= 2 and institution is not None and institution[1] == "media"  # "the newspaper", "the local station"


def _reporter(source: Source) -> bool:
    """Whether a named person is written as a reporter of the outlet ("Associated Press writer
    Michael Biesecker", "NYT reporter Justin Gillis"): a named columnist or host ("The Wall Street
    Journal's Kimberley Strassel", "Adam Boulton, a presenter on Sky News") argues, so keeps a side."""
    titles = _press().reporter_titles
    return any(not titles.isdisjoint(words(m)) for m in (*source.mentions, source.title or ""))


def _other_bearers(doc: Document, outlet: str) -> bool:
    """Whether the article names someone else by the outlet's name: a person ("Mike Bloomberg") or a
    body ("Bloomberg Philanthropies") whose name holds it, when the outlet is no listed longer name
    of itself ("Bloomberg News"). Then "Bloomberg said" may be either, and is left a side."""
    key = word_tuple(outlet)
    key = key[1:] if key[:1] == ("the",) else key
    outlets = _press().outlets
    n = len(key)
    name = outlet.removeprefix("The ").removeprefix("the ")
    at = doc.body.find(name)
    while at != -1:  # (the name found with str.find, then its capitalised words read: no pattern compiled per outlet)
        m = _CAPITALISED_AFTER.match(doc.body, at + len(name))
        if m is None:
            at = doc.body.find(name, at + 1)
            continue
        longer = word_tuple(doc.body[at : m.end()])
        if " ".join(longer) not in outlets and m.group(1).split()[0] not in _DATE_WORDS:
            return True  # "Bloomberg Philanthropies" (the actor stage may have cut it at "Bloomberg")
        at = doc.body.find(name, m.end())
    for m in doc.mentions:
        tokens = word_tuple(m.text)
        if tokens[:1] == ("the",):
            tokens = tokens[1:]
        if len(tokens) > n and " ".join(tokens) not in outlets and any(tokens[k : k + n] == key for k in range(len(tokens) - n + 1)):
            return True
    return False


def press_sources(
    doc: Document, attributions: tuple[Attribution, ...], sources: tuple[Source, ...], right_of_reply: tuple[RightOfReply, ...]
) -> frozenset[int]:
    """The ids of the sources that are news outlets cited for their reporting (module docstring)."""
    accused = {r.party for r in right_of_reply}
    stances: dict[int, set[str]] = {}
    kinds: dict[int, set[str]] = {}
    for a in attributions:
        if a.statement_kind in SPEECH_KINDS:
            stances.setdefault(a.source_id, set()).add(a.stance)
            kinds.setdefault(a.source_id, set()).add(a.statement_kind)
    out: set[int] = set()
    for source in sources:
        said = stances.get(source.source_id)
        if not said or source.official or not said <= _REPORTING or kinds[source.source_id] != {"statement"}:
            continue
        if source.affiliation in accused or source.name in accused:
            continue  # the outlet is a party here: its answer is its side
        if source.speaker_type == "named_person" and not _reporter(source) and " ".join(words(source.name)) not in _press().outlets:
            continue  # (a listed outlet the actor stage read as a person, "Mother Jones", "Axios", is the outlet)
        outlet = source.affiliation if is_outlet(source.affiliation) else source.name if is_outlet(source.name) else None
        if outlet is not None and not _other_bearers(doc, outlet):
            out.add(source.source_id)
    return frozenset(out)


def party_sources(sources: tuple[Source, ...], press: frozenset[int]) -> tuple[Source, ...]:
    """``sources`` without the outlets cited for their reporting (what :func:`.ratios.sides` counts)."""
    return sources if not press else tuple(s for s in sources if s.source_id not in press)


def party_attributions(attributions: tuple[Attribution, ...], press: frozenset[int]) -> tuple[Attribution, ...]:
    """``attributions`` without those of the outlets cited for their reporting (for :func:`.joint.joint_sides`)."""
    return attributions if not press else tuple(a for a in attributions if a.source_id not in press)

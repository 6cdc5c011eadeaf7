"""The per-article context the detectors read, built once per call: the units (headline, body
sentences, caption) and their cue hits with the voice of each cue, the parties the actors
measure found in each sentence (and whether each is a government), the official sources speaking
in each sentence, and the attributions, sources and right-of-reply records of the sourcing
measure. Without actors or sourcing those parts are empty and the detectors use cue words alone.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from analysis.actors import actor_official
from analysis.article import Article
from analysis.framing.cues import (
    CategoryHits,
    CueLexicons,
    Unit,
    cue_lexicons,
    learn_words,
    ordered_hits,
    scan_categories,
    tokenise,
    unit_key,
)
from analysis.framing.result import CueHit, one_call_init

if TYPE_CHECKING:
    from analysis.actors import ActorsResult
    from analysis.sourcing import Attribution, RightOfReply, Source, SourcingResult


@one_call_init
@dataclass(frozen=True)
class Party:
    """An actor mention in a body sentence, and whether it stands for a government."""

    name: str
    kind: str  # country | organisation | person | group | unknown
    government: bool
    start: int
    end: int


@dataclass
class Context:
    """Everything the detectors read, built once per call (no state outlives the call)."""

    article: Article
    units: list[Unit]
    hits: Mapping[tuple[str, int], list[CueHit]]  # unit key -> hits, by start (as :func:`scan` returns them)
    parties: dict[int, list[Party]]  # body sentence -> actor mentions
    official_sentences: dict[int, list[str]]  # sentence -> official sources speaking there
    attributions: list[Attribution]
    sources: dict[int, Source]  # source_id -> source
    right_of_reply: list[RightOfReply]
    has_actors: bool
    has_sourcing: bool
    by_key: dict[tuple[str, int], Unit] = field(default_factory=dict)
    # (unit key, category) -> (its hits by start, their starts, those of them not negated); with
    # ``positions``, given by build_context (as the scan made them) or else made from ``hits``
    by_category: dict[tuple[tuple[str, int], str], CategoryHits] = field(default_factory=dict)
    memo: dict[Any, Any] = field(default_factory=dict)
    # category -> positions in ``units`` of the units with a hit of that category (in unit order)
    positions: dict[str, list[int]] = field(default_factory=dict)
    # the generic categories with a negated hit anywhere, without their "cue:" (made at the first
    # negated_cues; only generic cues are negated): the others need no unit read
    negated_categories: frozenset[str] | None = None

    # unit_key of each unit, by position in ``units``
    keys: list[tuple[str, int]] = field(default_factory=list)
    # the parts the units are of ("headline", "body", "caption"): a question reading all of them
    # needs no filter of its units by part
    parts: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.keys:  # build_context gives them (made as it scans)
            self.keys = [unit_key(u) for u in self.units]
        self.parts = frozenset(u.part for u in self.units)
        self.by_key = dict(zip(self.keys, self.units, strict=True))
        if self.by_category:
            return
        by_category, positions = self.by_category, self.positions
        for position, key in enumerate(self.keys):
            # a unit's hits come by start (as scan returns them), so each category's list is by start too
            for hit in self.hits.get(key, ()):
                entry = by_category.get((key, hit.category))
                if entry is None:
                    entry = by_category[(key, hit.category)] = ([], [], [])
                    positions.setdefault(hit.category, []).append(position)
                entry[0].append(hit)
                entry[1].append(hit.start)
                if not hit.negated:  # the cues most questions ask for, listed once, not filtered per question
                    entry[2].append(hit)

    def _positions_of(self, categories: Sequence[str], parts: Sequence[str]) -> Sequence[int]:
        """The positions in ``units`` of the units of ``parts`` that hold a hit of any of
        ``categories``, in unit order (a unit without one gives no cues, so skipping it changes nothing)."""
        if len(categories) == 1:
            positions: Sequence[int] = self.positions.get(f"cue:{categories[0]}", ())
        else:
            positions = sorted({i for c in categories for i in self.positions.get(f"cue:{c}", ())})
        if self.parts.issubset(parts):  # most articles have no caption: every unit is of the parts asked
            return positions
        units = self.units
        return [i for i in positions if units[i].part in parts]

    def unit(self, key: tuple[str, int]) -> Unit:
        return self.by_key[key]

    def cues(self, key: tuple[str, int], *categories: str, negated: bool | None = False) -> list[CueHit]:
        if len(categories) == 1 and negated is False:  # what most questions ask
            hits = self.by_category.get((key, f"cue:{categories[0]}"))
            return list(hits[2]) if hits else []
        out: list[CueHit] = []
        for category in categories:
            hits = self.by_category.get((key, f"cue:{category}"))
            if hits:
                if negated is None:
                    out.extend(hits[0])
                elif negated:
                    if len(hits[2]) < len(hits[0]):  # some of them negated
                        out.extend(h for h in hits[0] if h.negated)
                else:
                    out.extend(hits[2])
        if len(categories) > 1:
            out.sort(key=_BY_START_AND_CATEGORY)
        return out

    def cues_between(self, key: tuple[str, int], category: str, lo: int, hi: int) -> list[CueHit]:
        """Hits of one category lying inside [lo, hi) (absolute offsets), negated or not."""
        entry = self.by_category.get((key, f"cue:{category}"))
        if not entry:
            return []
        hits, starts, _ = entry
        out = []
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            if hits[i].end <= hi:
                out.append(hits[i])
        return out

    def units_with(self, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[tuple[Unit, list[CueHit]]]:
        units, keys = self.units, self.keys
        if len(categories) == 1:  # what most questions ask: the unit's plain hits, read straight from by_category
            category = f"cue:{categories[0]}"
            by_category = self.by_category
            return [
                (units[i], list(plain)) for i in self._positions_of(categories, parts) if (plain := by_category[(keys[i], category)][2])
            ]
        out = []
        for i in self._positions_of(categories, parts):
            cues = self.cues(keys[i], *categories)
            if cues:
                out.append((units[i], cues))
        return out

    def negated_cues(self, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[CueHit]:
        if self.negated_categories is None:
            self.negated_categories = frozenset(
                c.removeprefix("cue:") for (_, c), (hits, _, plain) in self.by_category.items() if len(plain) < len(hits)
            )
        if self.negated_categories.isdisjoint(categories):  # most questions: no set of names made per call
            return []
        keys = self.keys
        if len(categories) == 1:  # most questions: the units' negated hits, read straight from by_category
            category, by_category, out = f"cue:{categories[0]}", self.by_category, []
            for i in self._positions_of(categories, parts):
                hits, _, plain = by_category[(keys[i], category)]
                if len(plain) < len(hits):
                    out.extend(h for h in hits if h.negated)
            return out
        return [h for i in self._positions_of(categories, parts) for h in self.cues(keys[i], *categories, negated=True)]

    def government_in(self, unit: Unit, start: int | None = None, end: int | None = None) -> list[str]:
        """Government actors or nouns in a unit (optionally only inside [start, end) of the unit text)."""
        whole = start is None and end is None
        key = unit_key(unit)
        if whole and ("gov", key) in self.memo:
            return list(self.memo[("gov", key)])
        lo = unit.offset + (start or 0)
        hi = unit.offset + (len(unit.text) if end is None else end)
        names = [h.text for h in self.cues_between(key, "government", lo, hi)]
        if unit.part == "body" and unit.sentence is not None:
            for party in self.parties.get(unit.sentence, []):
                if party.government and lo <= party.start and party.end <= hi:
                    names.append(party.name)
            if whole:
                names.extend(self.official_sentences.get(unit.sentence, []))
        names = dedupe(names)
        if whole:
            self.memo[("gov", key)] = tuple(names)
        return names

    def nongovernment_in(self, unit: Unit, start: int, end: int) -> list[str]:
        lo, hi = unit.offset + start, unit.offset + end
        names = [h.text for h in self.cues_between(unit_key(unit), "responsible_agent", lo, hi)]
        if unit.part == "body" and unit.sentence is not None:
            names.extend(
                p.name
                for p in self.parties.get(unit.sentence, [])
                if not p.government and lo <= p.start and p.end <= hi
            )
        return dedupe(names)


_BY_START_AND_CATEGORY = attrgetter("start", "category")
_bisect_right = bisect.bisect_right


def dedupe(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def span_lookup(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """``offset -> any(s <= offset < e for s, e in spans)`` in O(log n): spans sorted by start,
    with the running maximum of their ends (a scan per cue made long articles quadratic)."""
    starts, reach = _reach_table(spans)

    def covered(offset: int) -> bool:
        position = bisect.bisect_right(starts, offset) - 1
        return position >= 0 and reach[position] > offset

    return covered


def _reach_table(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts of ``spans`` sorted, and the running maximum of their ends in that order: an
    offset is inside a span when the last span starting at or before it reaches past it."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []
    for _, e in ordered:
        reach.append(max(e, reach[-1]) if reach else e)
    return starts, reach


def build_context(article: Article, sourcing: SourcingResult | None, actors: ActorsResult | None) -> Context:
    """Scan every unit once and gather what actors and sourcing (when given) say about the story."""
    lex = cue_lexicons()
    units = _units(article)
    # Reports of speech only: a party that declined to comment is no voice in the story.
    attributions = list(sourcing.statements) if sourcing is not None else []
    voice_of, speech_within = _voice_finder(article, attributions)
    by_unit: dict[tuple[str, int], dict[str, CategoryHits]] = {}
    keys: list[tuple[str, int]] = []
    by_category: dict[tuple[tuple[str, int], str], CategoryHits] = {}
    positions: dict[str, list[int]] = defaultdict(list)
    tokenised = [tokenise(unit) for unit in units]
    learn_words(tokenised, lex)  # the article's new words at once
    for position, (unit, tokens) in enumerate(zip(units, tokenised, strict=True)):
        # a unit no quotation or reported speech reaches is all narrator: no lookup per cue
        speech = unit.part == "body" and speech_within(unit.offset, unit.offset + len(unit.text))
        key = unit_key(unit)
        keys.append(key)
        by_unit[key] = categories = scan_categories(unit, lex, voice_of if speech else None, tokens)
        for category, entry in categories.items():
            by_category[(key, category)] = entry
            positions[category].append(position)
    parties = _parties(article, actors, by_category) if actors is not None else {}
    sources: dict[int, Source] = {}
    if sourcing is not None:
        for source in sourcing.speaking_sources:
            sources[source.source_id] = source
    right_of_reply = list(sourcing.right_of_reply) if sourcing is not None else []
    return Context(
        article=article,
        units=units,
        hits=_UnitHits(by_unit, lex),
        parties=parties,
        official_sentences=_official_sentences(attributions, sources),
        attributions=attributions,
        sources=sources,
        right_of_reply=right_of_reply,
        has_actors=actors is not None,
        has_sourcing=sourcing is not None,
        by_category=by_category,
        positions=dict(positions),  # a plain dict: a reader asking for a category with no hit gets no new entry
        keys=keys,
    )


class _UnitHits(Mapping[tuple[str, int], list[CueHit]]):
    """Unit key -> the unit's hits by start (:func:`analysis.framing.cues.ordered_hits`), put in
    that order when a unit is first read: the detectors read the hits by category, so a sort per
    unit (a tenth of the scan's instructions) is made only for a caller that asks."""

    def __init__(self, by_unit: dict[tuple[str, int], dict[str, CategoryHits]], lex: CueLexicons) -> None:
        self._by_unit, self._lex = by_unit, lex
        self._ordered: dict[tuple[str, int], list[CueHit]] = {}

    def __getitem__(self, key: tuple[str, int]) -> list[CueHit]:
        hits = self._ordered.get(key)
        if hits is None:
            hits = self._ordered[key] = ordered_hits(self._by_unit[key], self._lex)
        return hits

    def __iter__(self) -> Iterator[tuple[str, int]]:
        return iter(self._by_unit)

    def __len__(self) -> int:
        return len(self._by_unit)


def _units(article: Article) -> list[Unit]:
    units: list[Unit] = []
    if article.headline:
        units.append(Unit("headline", None, article.headline, 0))
    units.extend(Unit("body", s.index, s.text, s.start) for s in article.sentences)
    if article.caption:
        units.append(Unit("caption", None, article.caption, 0))
    return units


def _voice_finder(
    article: Article, attributions: Sequence[Attribution]
) -> tuple[Callable[[str, int], str], Callable[[int, int], bool]]:
    """``(part, offset) -> voice``: ``quoted`` inside quotation marks, ``attributed`` inside
    reported speech found by sourcing, else ``narrator`` (always outside the body); and
    ``(lo, hi) -> bool``: whether any quotation or reported speech overlaps [lo, hi) of the body
    (when not, the voice of every offset there is ``narrator``)."""
    quotes = [(q.start, q.end) for q in article.quotes]
    indirect = [(a.start, a.end) for a in attributions if a.quote_type == "indirect"]
    quote_starts, quote_reach = _reach_table(quotes)
    indirect_starts, indirect_reach = _reach_table(indirect)
    starts, reach = _reach_table(quotes + indirect)

    def speech_within(lo: int, hi: int) -> bool:
        position = bisect.bisect_left(starts, hi) - 1  # the spans starting before hi
        return position >= 0 and reach[position] > lo

    def voice_of(part: str, offset: int) -> str:
        # span_lookup's test of both span lists, in one call (it is made per cue in a sentence with speech)
        if part != "body":
            return "narrator"
        position = _bisect_right(quote_starts, offset) - 1
        if position >= 0 and quote_reach[position] > offset:
            return "quoted"
        position = _bisect_right(indirect_starts, offset) - 1
        if position >= 0 and indirect_reach[position] > offset:
            return "attributed"
        return "narrator"

    return voice_of, speech_within


#: (unit key, category) -> that category's hits in the unit (see Context.by_category)
_HitsByCategory = Mapping[tuple[tuple[str, int], str], CategoryHits]


def _parties(article: Article, actors: ActorsResult, by_category: _HitsByCategory) -> dict[int, list[Party]]:
    """Actor mentions by body sentence. A country is a government; an organisation when
    :func:`analysis.actors.actor_official` says so; a person when an official title stands
    before the name anywhere in the story."""
    parties: dict[int, list[Party]] = {}
    for mention in actors.mentions:
        kind, name, sentence = mention.kind, mention.actor, mention.sentence
        government = kind == "country"
        if kind == "organisation":
            government = bool(actor_official(name))
        if kind == "person":
            government = _titled_official(article, sentence, mention.start, by_category)
        parties.setdefault(sentence, []).append(Party(name, kind, government, mention.start, mention.end))
    titled = {p.name for ps in parties.values() for p in ps if p.kind == "person" and p.government}
    for sentence, ps in parties.items():
        parties[sentence] = [
            Party(p.name, p.kind, True, p.start, p.end) if p.kind == "person" and p.name in titled else p
            for p in ps
        ]
    return parties


def _official_sentences(attributions: Sequence[Attribution], sources: Mapping[int, Source]) -> dict[int, list[str]]:
    """Sentence -> the official sources speaking there (by name, else as the speaker was written)."""
    out: dict[int, list[str]] = {}
    for attribution in attributions:
        source = sources.get(attribution.source_id)
        if source is not None and source.official:
            out.setdefault(attribution.sentence, []).append(source.name or attribution.speaker)
    return out


_BETWEEN_TITLE_AND_NAME = re.compile(r"^(?:\s+(?:of|the|for|and|[A-Z][\w.'’-]*))*\s+$")


def _titled_official(article: Article, sentence: int, start: int, by_category: _HitsByCategory) -> bool:
    """A person is an official when an official title stands before the name with only
    capitalised words or "of/the/for/and" in between, within 40 characters (``US Secretary of
    State John Kerry``, ``Syrian President Bashar al-Assad``, ``Sen. Smith``)."""
    titles = by_category.get((("body", sentence), "cue:official_title"))  # that category's hits only, not every hit of the sentence
    for hit in titles[0] if titles else ():
        if 0 <= start - hit.end <= 40:
            gap = article.body[hit.end : start]
            if not gap or _BETWEEN_TITLE_AND_NAME.match(gap):
                return True
    return False

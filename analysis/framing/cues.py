"""The cue lexicons and how a text unit is scanned for them.

Every term of ``frame_cues.toml`` (generic-frame cue categories, ``cue:<name>``) and
``policy_frames.toml`` (``policy:<name>``) is compiled once per lexicon set into an index
(:mod:`analysis.framing.cue_terms`); a unit
(the headline, a body sentence or the caption) is scanned once, token by token, for the longest
match per category, with the ``exclude`` lists applied and negation marked on generic-frame cues.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from analysis.errors import LexiconError
from analysis.framing.cue_terms import _TOKEN, _build_index, _entries, _Index, _Term, _weights
from analysis.framing.cue_terms import NAME_WORD as NAME_WORD  # re-exported: tests and callers read them here
from analysis.framing.cue_terms import _compile_term as _compile_term
from analysis.framing.names import name_categories, outside_names
from analysis.framing.negation import (
    RUN_ACROSS,
    Negation,
    endings_by_last,
    negation_free,
    negation_gate,
    negator_pattern,
)
from analysis.framing.result import CueHit, one_call_init
from analysis.lexicons import lexicon_cache, load_lexicon

_NON_WORD = re.compile(r"\W")
#: ASCII non-word characters -> a space, as a ``bytes.translate`` table: _NON_WORD.sub(" ", ...) of
#: ASCII text, encoded and decoded (a table read per byte; ``str.translate`` looks each character up in a dict, 5x the cost)
_SPACES = bytes(32 if _NON_WORD.match(chr(code)) else code for code in range(256))
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True)
class CueLexicons:
    """Both cue lexicons compiled: the term index, the item thresholds, the negation words and the
    policy frames in codebook order."""

    index: _Index
    thresholds: Mapping[str, int]
    negators: frozenset[str]
    clause_breaks: str
    clause_words: frozenset[str]
    clause_break_pattern: re.Pattern[str] | None  # one character class of ``clause_breaks`` (None when empty)
    negator_pattern: re.Pattern[str]  # a whole word that is one of ``negators`` or ends in n't
    policy: tuple[tuple[str, int, str], ...]  # (frame, code, label) in codebook order
    strength: Mapping[str, float] = field(default_factory=dict)  # [strength] of frame_cues.toml
    # (policy category, term) -> weight, for policy cues whose entry gives one (default 1)
    policy_weights: Mapping[tuple[str, str], float] = field(default_factory=dict)
    policy_rule: Mapping[str, float] = field(default_factory=dict)  # [rule] of policy_frames.toml
    # a negator or n't ending a [\w']+ run, whole word or not: where it finds none, no cue of a
    # unit is negated unless a word runs across the cue's start (see Negation.free)
    negation_gate: re.Pattern[str] | None = None
    # every negator is one \w+ word: a unit's tokens then tell whether one ends a word (negation_free)
    word_negators: bool = False
    negator_endings: tuple[str, ...] = ()  # ``negators`` as a tuple (for str.endswith)
    # ``negator_endings`` by last character (see negation.ends_negation); None: read them all
    negator_endings_by_last: Mapping[str, tuple[str, ...]] | None = None
    # word -> candidate terms, shared by every call under these lexicons (a pure function of the
    # word and ``index``; cleared when it grows past _CANDIDATE_CACHE_SIZE words)
    candidates: dict[str, _WordEntry] = field(default_factory=dict, compare=False, repr=False)
    # the words of ``candidates`` that end in a negator or are the "t" of n't (see negation_free)
    negation_enders: set[str] = field(default_factory=set, compare=False, repr=False)
    # :func:`analysis.framing.names.name_categories` of the same lexicon set: the scan calls
    # outside_names for these categories only (it returns the others' spans as they are)
    name_categories: frozenset[str] = frozenset()
    # policy category -> term -> weight (``policy_weights`` by category: no key tuple per cue)
    policy_term_weights: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    # every category -> its place in the categories sorted (str order): a unit's hits are put in
    # (start, category) order by one int per hit, ``start * len(category_rank) + rank``
    category_rank: Mapping[str, int] = field(default_factory=dict)
    # policy category -> its ``decisive`` terms (policy_frames.toml): a unit holding one is that
    # frame's alone (see analysis.framing.policy.score_policy)
    policy_decisive: Mapping[str, frozenset[str]] = field(default_factory=dict)


#: A word's candidate terms, and when any of them has a second-token check, a cache of the
#: candidates left for each next token (the scan takes its candidates from there); ``()`` for a
#: word that starts no term. (No "gate" of a word's terms, one alternation of their patterns tried
#: before them: on the Narrative Frames articles it cost more than the terms it spared, in a
#: fresh process and after 300 articles alike, 1-2 % of the framing stage's instructions.)
_WordEntry = tuple[tuple[_Term, ...], "_ByNext | None"] | tuple[()]
#: Per word. On 655,000 words of news (narrative frames + OneStopEnglish) 678 words keep such a
#: cache, 56,000 entries in all, "the" the largest (5,229 next tokens); 5,000 keeps the common pairs
#: while a long corpus run cannot grow a worker's memory by more than a few tens of MB.
_FOLLOWING_CACHE_SIZE = 5_000
_CANDIDATE_CACHE_SIZE = 200_000
def _char_class(characters: str) -> re.Pattern[str] | None:
    return re.compile("[" + "".join(re.escape(c) for c in characters) + "]") if characters else None


@lexicon_cache
def cue_lexicons() -> CueLexicons:
    """The compiled lexicons of the active lexicon set (built once per set)."""
    cues = load_lexicon("frame_cues")
    policy = load_lexicon("policy_frames")
    categories: dict[str, tuple[list[str], list[str]]] = {}
    for name, table in cues["cues"].items():
        categories[f"cue:{name}"] = (
            _entries(table.get("terms", []), f"frame_cues.{name}"),
            _entries(table.get("exclude", []), f"frame_cues.{name}.exclude"),
        )
    frames: list[tuple[str, int, str]] = []
    weights: dict[tuple[str, str], float] = {}
    decisive: dict[str, frozenset[str]] = {}
    for name, table in policy["frames"].items():
        weights.update(_weights(table.get("terms", []), f"policy:{name}"))
        categories[f"policy:{name}"] = (
            _entries(table.get("terms", []), f"policy_frames.{name}"),
            _entries(table.get("exclude", []), f"policy_frames.{name}.exclude"),
        )
        if table.get("decisive"):
            decisive[f"policy:{name}"] = _decisive(table["decisive"], categories[f"policy:{name}"][0], name)
        frames.append((name, int(table["code"]), str(table["label"])))
    frames.sort(key=lambda f: f[1])
    by_category: dict[str, dict[str, float]] = {}
    for (category, term), weight in weights.items():
        by_category.setdefault(category, {})[term] = weight
    negation = cues["negation"]
    thresholds = {str(k): int(v) for k, v in cues.get("thresholds", {}).items()}
    return CueLexicons(
        index=_build_index(categories),
        thresholds=MappingProxyType(thresholds),
        negators=frozenset(w.lower() for w in negation["words"]),
        clause_breaks="".join(negation["clause_breaks"]),
        clause_break_pattern=_char_class("".join(negation["clause_breaks"])),
        clause_words=frozenset(w.lower() for w in negation["clause_words"]),
        negator_pattern=negator_pattern(w.lower() for w in negation["words"]),
        negation_gate=negation_gate(w.lower() for w in negation["words"]),
        word_negators=all(_TOKEN.fullmatch(w.lower()) for w in negation["words"]),
        negator_endings=tuple(sorted(w.lower() for w in negation["words"])),
        negator_endings_by_last=endings_by_last(sorted(w.lower() for w in negation["words"])),
        policy=tuple(frames),
        strength=MappingProxyType({str(k): float(v) for k, v in cues.get("strength", {}).items()}),
        policy_weights=MappingProxyType(weights),
        policy_rule=MappingProxyType({str(k): float(v) for k, v in policy.get("rule", {}).items()}),
        name_categories=name_categories(),
        policy_term_weights=MappingProxyType(by_category),
        category_rank=MappingProxyType({category: rank for rank, category in enumerate(sorted(categories))}),
        policy_decisive=MappingProxyType(decisive),
    )


def _decisive(raw: Any, terms: list[str], frame: str) -> frozenset[str]:
    """A policy frame's ``decisive`` terms; each must be one of its ``terms`` (so it is found)."""
    if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
        raise LexiconError(f"policy_frames.{frame}.decisive must be a list of terms, got {raw!r}")
    missing = sorted(set(raw) - set(terms))
    if missing:
        raise LexiconError(f"policy_frames.{frame}.decisive: {missing} are not among the frame's terms")
    return frozenset(raw)


# --------------------------------------------------------------------------------------------
# Matching


@one_call_init
@dataclass(frozen=True)
class Unit:
    """One unit of text the detectors read: the headline, a body sentence or the photo caption."""

    part: str  # headline | body | caption
    sentence: int | None
    text: str
    offset: int  # added to unit positions to give CueHit offsets


def unit_key(unit: Unit) -> tuple[str, int]:
    """``(part, sentence)``, with -1 for the headline and caption: the key of a unit's hits."""
    return (unit.part, -1 if unit.sentence is None else unit.sentence)


def _candidates(word: str, index: _Index) -> tuple[_Term, ...]:
    candidates: list[_Term] = list(index.exact.get(word, ()))
    if not index.prefix_lengths:
        return tuple(candidates)
    # the lengths of the prefix keys that start as the word does (see _Index.prefix_heads), read
    # when one of those keys starts the word (most words sharing a head with a key: none does)
    head = word[: index.prefix_lengths[0]]
    keys = index.prefix_keys.get(head)
    lengths = index.prefix_heads[head] if keys is not None and word.startswith(keys) else ()
    for length in lengths:
        if length > len(word):
            break
        candidates.extend(index.prefix.get(word[:length], ()))
    return tuple(candidates)


def _word_entry(word: str, lex: CueLexicons) -> _WordEntry:
    terms = _candidates(word, lex.index)
    if not terms:
        return ()
    return terms, _ByNext(terms) if any(map(_SECOND, terms)) else None  # a second word is never ""


_SECOND = attrgetter("second")


class _ByNext(dict):  # type: ignore[type-arg]
    """A word's candidates by next token (the cache of :func:`_matches`), and which of its
    ``terms`` each next token keeps, by position: those with no second-token check (``always``),
    those whose second word is exactly a token (``exact``: second word -> positions) and those
    whose second word is a prefix (``prefix``: (position, prefix)). A miss then costs a look-up and
    a merge, not a test of every term ("the" starts 54)."""

    __slots__ = ("always", "exact", "missed", "prefix", "prefix_seconds")

    def __init__(self, terms: tuple[_Term, ...]) -> None:
        super().__init__()
        always: list[int] = []
        exact: dict[str, list[int]] = {}
        prefix: list[tuple[int, str]] = []
        for k, t in enumerate(terms):  # one pass (a word's plan is made as it enters the cache: cold runs pay it)
            second = t.second
            if second is None:
                always.append(k)
            elif t.second_is_prefix:
                prefix.append((k, second))
            else:
                exact.setdefault(second, []).append(k)
        self.always = tuple(always)
        self.exact = exact
        self.prefix = tuple(prefix)
        # the prefixes alone, for one str.startswith of them all (most next tokens start with none)
        self.prefix_seconds = tuple(second for _, second in prefix) if prefix else ()
        # the candidates when there is no next token, or an ASCII one that no second word fits (most)
        self.missed = tuple(map(terms.__getitem__, always))


def _pair_entry(terms: tuple[_Term, ...], following: str | None, plan: _ByNext) -> tuple[_Term, ...]:
    """Those of the word's candidate ``terms`` that can match when ``following`` is the next token
    (``None``: there is none), in their order: the terms without a second-token check and those
    whose second word ``following`` is (or starts with, for a prefix); ``plan`` is the word's
    :class:`_ByNext`, made from ``terms``."""
    if following is not None and not following.isascii():
        return terms  # a non-ASCII token may match under IGNORECASE without lower-casing equal
    positions = plan.always
    if following is not None:
        exact = plan.exact.get(following, ())
        prefixed = [k for k, second in plan.prefix if following.startswith(second)] if following.startswith(plan.prefix_seconds) else ()
        if exact or prefixed:
            positions = sorted((*positions, *exact, *prefixed))  # each term in one group: the terms' order
    if positions is plan.always:
        return plan.missed
    return tuple(map(terms.__getitem__, positions))


#: A unit's hits of one category: ``(hits by start, their starts, those of them not negated)``.
CategoryHits = tuple[list[CueHit], list[int], list[CueHit]]


def scan(unit: Unit, lex: CueLexicons, voice_of: Callable[[str, int], str]) -> list[CueHit]:
    """All cue hits of one unit: longest match per category, excludes applied, negation marked
    (generic-frame cues only; policy cues name a topic even when negated)."""
    return scan_by_category(unit, lex, voice_of)[0]


def scan_by_category(
    unit: Unit, lex: CueLexicons, voice_of: Callable[[str, int], str] | None
) -> tuple[list[CueHit], dict[str, CategoryHits]]:
    """:func:`scan`, and the same hits by category (:func:`scan_categories`)."""
    categories = scan_categories(unit, lex, voice_of)
    return ordered_hits(categories, lex), categories


def ordered_hits(categories: Mapping[str, CategoryHits], lex: CueLexicons) -> list[CueHit]:
    """A unit's hits (:func:`scan_categories`) in one list, by start, then category (by name)."""
    if len(categories) == 1:  # one category's hits come by start already, no two at one start
        return list(next(iter(categories.values()))[0])
    ranks, width = lex.category_rank, len(lex.category_rank)
    hits = [hit for own, _, _ in categories.values() for hit in own]
    # sorted by one int per hit, start and category's rank (all distinct: no hit object is
    # compared), not by an attrgetter of two attributes per hit
    return [hit for _, hit in sorted(zip([h.start * width + ranks[h.category] for h in hits], hits, strict=True))]


#: A unit's text as the scan reads it (:func:`tokenise`): the text with straight apostrophes, the
#: same lower-cased, whether lower-casing kept every offset, its parts and the parts lower-cased.
Tokenised = tuple[str, str, bool, list[str], list[str]]


def tokenise(unit: Unit) -> Tokenised:
    """The unit's text cut into the parts :func:`_matches` reads (see :data:`Tokenised`)."""
    text = unit.text
    if "’" in text or "‘" in text or "`" in text:  # most units hold none: no translate pass over them
        text = text.translate(_APOSTROPHES)
    # Tokens are read from the text lower-cased once (the same words at the same offsets), unless
    # lower-casing moves offsets (a letter that lowers to two) or depends on context (final sigma).
    lowered = text.lower()
    whole = len(lowered) == len(text) and "Σ" not in text
    # Every character outside a \w+ token becomes a space (offsets unchanged), the text is cut at each
    # space: the tokens are the parts not empty, each part starts after those before and a space each
    # (a (\w+) split read every character in the regex engine: 15 % of the scan's instructions).
    source = lowered if whole else text
    raw = (source.encode().translate(_SPACES).decode() if source.isascii() else _NON_WORD.sub(" ", source)).split(" ")
    return text, lowered, whole, raw, raw if whole else [w.lower() for w in raw]


def learn_words(units: Iterable[Tokenised], lex: CueLexicons) -> None:
    """Enter the words of ``units`` not seen before into ``lex.candidates`` at once: one set of an
    article's words and one pass, not a set, a look-up pass and a second pass per unit holding a
    new word (most units of a fresh article hold one). The scan still enters any it misses."""
    if len(lex.candidates) > _CANDIDATE_CACHE_SIZE:
        _clear(lex)
    new = set().union(*[words for *_, words in units]).difference(lex.candidates)
    if new:
        _learn(new, lex)


def _clear(lex: CueLexicons) -> None:
    """Empty the word cache (called when it holds more than _CANDIDATE_CACHE_SIZE words)."""
    lex.candidates.clear()
    lex.negation_enders.clear()  # it holds words of ``candidates`` only


def scan_categories(
    unit: Unit, lex: CueLexicons, voice_of: Callable[[str, int], str] | None, tokenised: Tokenised | None = None
) -> dict[str, CategoryHits]:
    """The cue hits of one unit by category (:data:`CategoryHits`), as the detectors read them
    (made here, where each category's hits come in order, not sorted out of one list again).
    ``voice_of`` ``None``: every cue of the unit is the narrator's (no call per hit).
    ``tokenised``: :func:`tokenise` of the unit, when the caller has it."""
    if len(lex.candidates) > _CANDIDATE_CACHE_SIZE:
        _clear(lex)
    text, lowered, whole, raw, words = tokenise(unit) if tokenised is None else tokenised
    found = _matches(text, raw, words, lex)
    negation: Negation | None = None  # made at the unit's first generic cue that needs it
    free: bool | None = None  # Negation.free, told at the unit's first generic cue
    by_category: dict[str, CategoryHits] = {}
    part, sentence, offset = unit.part, unit.sentence, unit.offset
    name_categories = lex.name_categories
    for category, spans in found.items():
        kept = spans if len(spans) == 1 and not spans[0][2].exclude else _longest_not_excluded(spans)
        if category in name_categories:
            kept = outside_names(category, text, kept)  # "Emergency" in "Ohio Emergency Management Agency"
        if not kept:
            continue
        generic = category.startswith("cue:")
        if generic and free is None:
            free = whole and negation_free(lowered, words, lex)
        own: list[CueHit] = []
        starts: list[int] = []
        some_negated = False
        for start, end, term in kept:  # by start (see _longest_not_excluded)
            # Negation.at's own first test, made here: most cues stand in a unit without a negator,
            # and most units need no Negation made
            negated = False
            if generic and not (free and (start == 0 or _run_across(lowered, start - 1) is None)):
                if negation is None:
                    negation = Negation(text, lowered, whole, lex, words)
                negated = negation.at(start)
            # CueHit(...) made without the class call (one function call less per hit, some 140 an article)
            hit = _new_object(CueHit)
            at = offset + start
            _set_attribute(hit, "__dict__", {
                "category": category, "term": term.term, "text": unit.text[start:end], "part": part, "sentence": sentence,
                "start": at, "end": offset + end, "voice": "narrator" if voice_of is None else voice_of(part, at), "negated": negated,
            })  # fmt: skip
            own.append(hit)
            starts.append(at)
            if negated:
                some_negated = True
        # the hits not negated: all of them, the same list, in most categories (no reader changes these lists)
        by_category[category] = (own, starts, [h for h in own if not h.negated] if some_negated else own)
    return by_category


_new_object = object.__new__
_run_across = RUN_ACROSS.match
_set_attribute = object.__setattr__


def _learn(new: Iterable[str], lex: CueLexicons) -> None:
    """Enter words not seen before into ``lex.candidates``, and into ``lex.negation_enders`` those
    that end a negator run (:func:`analysis.framing.negation.ends_negation`)."""
    seen, index, enders = lex.candidates, lex.index, lex.negation_enders
    exact, keys_by_head = index.exact, index.prefix_keys
    head = index.prefix_lengths[0] if index.prefix_lengths else 0
    by_last, endings = lex.negator_endings_by_last, lex.negator_endings
    for word in new:
        # most new words start no term: told by the tests _candidates makes first (an exact key, a
        # prefix key starting the word), with no call for them
        keys = keys_by_head.get(word[:head]) if head else None
        seen[word] = _word_entry(word, lex) if word in exact or (keys is not None and word.startswith(keys)) else ()
        # ends_negation(word, lex), written out: every new word of a corpus is read here
        if word == "t" or word.endswith(endings if by_last is None else by_last.get(word[-1:], ())):
            enders.add(word)


def _matches(text: str, raw: list[str], words: list[str], lex: CueLexicons) -> dict[str, list[tuple[int, int, _Term]]]:
    """Every match of every term in ``text``, by category: ``(start, end, term)``. ``raw``: the
    unit with every character outside a ``\\w+`` token made a space, split at each space (the
    tokens, and an empty part between two separators in a row); ``words``: the same parts
    lower-cased. Every word is in ``lex.candidates`` afterwards ("" too, which starts no term), and
    in ``lex.negation_enders`` when it ends in a negator (read once per word, as it enters the cache)."""
    found: dict[str, list[tuple[int, int, _Term]]] = {}
    seen = lex.candidates
    entries = list(map(seen.get, words))
    if None in entries:  # words not seen before: each read once (a set), then every word looked up again
        _learn(set(words).difference(seen), lex)
        entries = list(map(seen.get, words))
    last = len(words) - 1
    offsets: list[int] | None = None  # the length of the parts before each, found at the first word with candidates
    for i in compress(range(len(entries)), entries):  # only the tokens that start a term
        candidates, by_next = entries[i]  # type: ignore[misc]
        word = words[i]
        if by_next is not None:
            k = i + 1
            while k <= last and not words[k]:  # the next token, past the empty parts
                k += 1
            following = words[k] if k <= last else None  # None: the unit's last token
            pair = by_next.get(following)
            if pair is None:
                if len(by_next) > _FOLLOWING_CACHE_SIZE:
                    by_next.clear()
                # most next tokens fit no second word: their entry is made with the plan, no call
                fits = following is not None and (
                    not following.isascii() or following in by_next.exact or following.startswith(by_next.prefix_seconds)
                )
                pair = by_next[following] = _pair_entry(candidates, following, by_next) if fits else by_next.missed
            candidates = pair
            if not candidates:
                continue
        if offsets is None:
            offsets = list(accumulate(map(len, raw), initial=0))
        start = offsets[i] + i  # the parts before it and the space after each
        for term in candidates:
            if term.word == word:
                found.setdefault(term.category, []).append((start, start + len(raw[i]), term))
                continue
            stem = term.stem  # "econom*" at "economists": the whole token, as its pattern would match
            if stem is not None and word.startswith(stem) and raw[i].isascii():
                found.setdefault(term.category, []).append((start, start + len(raw[i]), term))
                continue
            match = term.pattern.match(text, start)
            if match is not None and match.end() > match.start():
                found.setdefault(term.category, []).append((match.start(), match.end(), term))
    index = lex.index
    signs = index.other_signs
    if index.other_gate is not None and (any(map(text.__contains__, signs)) if signs else index.other_gate.search(text) is not None):
        for term in index.other:
            for match in term.pattern.finditer(text):
                found.setdefault(term.category, []).append((match.start(), match.end(), term))
    return found


def _longest_not_excluded(spans: list[tuple[int, int, _Term]]) -> list[tuple[int, int, _Term]]:
    """One category's matches: the longest at each place, left to right without overlaps, none
    overlapping a match of the category's ``exclude`` list."""
    if len(spans) == 1:  # the common case: one match, kept unless it is an exclude
        return [] if spans[0][2].exclude else spans
    reach = -1
    for start, end, term in spans:  # found left to right: when none overlaps and none is an exclude, all are kept
        if term.exclude or start < reach or end <= start:
            break
        reach = end
    else:
        return spans
    excludes = sorted((s, e) for s, e, t in spans if t.exclude)
    exclude_starts = [s for s, _ in excludes]
    longest_exclude = max((e - s for s, e in excludes), default=0)
    kept: list[tuple[int, int, _Term]] = []
    for start, end, term in sorted((x for x in spans if not x[2].exclude), key=lambda x: (x[0], -(x[1] - x[0]))):
        if kept and start < kept[-1][1]:
            continue
        if excludes:
            lo = bisect.bisect_left(exclude_starts, start - longest_exclude)
            hi = bisect.bisect_left(exclude_starts, end)
            if any(excludes[i][1] > start for i in range(lo, hi)):
                continue
        kept.append((start, end, term))
    return kept

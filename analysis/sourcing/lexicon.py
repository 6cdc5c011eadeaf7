"""The word lists sourcing reads: the TOML lexicons, loaded once, and the closed-class words shared by stages.

:func:`lexicon` loads ``speech_verbs.toml`` (cue verbs, their stance and the complement some
need, "according to" phrases, auxiliaries), ``anonymity.toml`` (reasons given for not naming a
source, unnamed-person nouns), ``speakers.toml`` (institution and document nouns, pronouns,
gender words, official name words), ``titles.toml`` (titles and their office flag),
``actor_words.toml`` (place nouns) and ``accusation.toml`` (accusation cues) into one frozen
:class:`Lexicon`. A malformed file raises :class:`~analysis.errors.LexiconError`.

A new cue verb, title or pronoun belongs in the TOML files; the closed-class words below are the
grammar the stages share (each stage keeps its own private lists next to its rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from analysis.errors import LexiconError
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.result import STANCES

# Possessive quantifiers: a word ends where its letters end, so no backtracking point is kept
# (same matches as "[^\W_]+(?:[-’'][^\W_]+)*", about 11 % fewer instructions per findall).
WORD = re.compile(r"[^\W_]++(?:[-’'][^\W_]++)*+")

DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"  # a regular-expression alternation
QUOTE_MARKS = "“”\"«»„‘’"
DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "another", "one", "two", "three", "some",
                         "several", "other", "many", "its", "his", "her", "their", "our"})


def _title_lengths(titles: Mapping[tuple[str, ...], bool | None]) -> dict[str, tuple[int, ...]]:
    """See :attr:`Lexicon.title_lengths`."""
    lengths: dict[str, set[int]] = {}
    for title in titles:
        if len(title) > 1:
            lengths.setdefault(title[0], set()).add(len(title))
    return {first: (*sorted(found, reverse=True), 1) for first, found in lengths.items()}


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased (hyphenated and apostrophe words kept whole)."""
    return list(word_tuple(text))  # a new list: a caller may change it


# The stages ask for the words of the same short phrases again and again (a speaker phrase is read
# by the speaker, coreference and record stages): about four calls in five repeat an earlier text.
@lru_cache(maxsize=4096)
def word_tuple(text: str) -> tuple[str, ...]:
    """:func:`words` as a shared tuple, for a caller that only reads them (no copy per call)."""
    return tuple(map(str.lower, WORD.findall(text)))


@dataclass(frozen=True)
class Verb:
    """A reporting verb: its lemma, stance, the next words that make it no cue, and the
    complement it needs to be one (``"quote"`` or ``"that"``), if any."""

    lemma: str
    stance: str
    not_before: frozenset[str]
    needs: str | None = None
    particle: str | None = None  # "out" in "pointed out": the cue needs it right after the verb


@dataclass(frozen=True)
class Lexicon:
    """The sourcing lexicons, read for fast look-up (phrases as word tuples, grouped by first word)."""

    verbs: Mapping[str, Verb]
    particle_verbs: Mapping[str, tuple[Verb, ...]]  # form -> phrasal verbs ("pointed" -> point out)
    according: tuple[tuple[str, ...], ...]
    according_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    cue_words: frozenset[str]  # every word a cue can start with (verb forms, particle verbs, "according")
    stance_rank: Mapping[str, int]
    passive: frozenset[str]
    auxiliaries: frozenset[str]
    reasons: tuple[str, ...]
    unnamed: frozenset[str]
    collective: frozenset[str]
    person_suffixes: tuple[str, ...]
    not_person_words: frozenset[str]
    staff_nouns: frozenset[str]
    newspaper_heads: frozenset[str]
    institution_nouns: Mapping[str, tuple[bool, str]]
    document_nouns: frozenset[str]
    pronouns: Mapping[str, str]
    female: frozenset[str]
    male: frozenset[str]
    titles: Mapping[tuple[str, ...], bool | None]
    title_longest: int
    title_starts: frozenset[str]  # the first word of every title, and the plural of every one-word title
    # A title's first word -> the lengths of the titles it starts, longest first, and always 1 (the
    # one-word reading, or its plural): a phrase is looked up only at lengths some title has.
    title_lengths: Mapping[str, tuple[int, ...]]
    honorific_titles: frozenset[str]
    official_name_words: frozenset[str]
    official_documents: frozenset[str]
    place_nouns: frozenset[str]
    not_official_heads: frozenset[str]
    accuse_passive: frozenset[str]
    accuse_active: frozenset[str]
    concern: tuple[tuple[str, ...], ...]
    concern_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    accusation_words: frozenset[str]  # every word an accusation pattern starts with (passive, active, concern)
    passive_links: frozenset[str]
    unique_offices: tuple[tuple[str, ...], ...]  # titles one person holds at a time, longest first (anonymity.toml)
    office_not_before: frozenset[str]  # ranks that make such an office plural ("deputy mayor")


def _by_first(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=lambda p: -len(p))) for k, v in grouped.items()}


@lexicon_cache
def lexicon() -> Lexicon:
    """The sourcing lexicons, loaded once per set of lexicons in use."""
    try:
        verbs_data = load_lexicon("speech_verbs")
        anonymity = load_lexicon("anonymity")
        speakers = load_lexicon("speakers")
        titles = load_lexicon("titles")
        accusation = load_lexicon("accusation")
        verbs: dict[str, Verb] = {}
        particle_verbs: dict[str, list[Verb]] = {}
        for item in verbs_data["verbs"]:
            if item["stance"] not in STANCES:
                raise LexiconError(f"speech_verbs.toml: unknown stance {item['stance']!r} for {item['lemma']!r}")
            verb = Verb(item["lemma"], item["stance"], frozenset(item.get("not_before", [])), item.get("needs"), item.get("particle"))
            for form in item["forms"]:
                if verb.particle is not None:
                    particle_verbs.setdefault(form, []).append(verb)
                else:
                    verbs[form] = verb
        title_map: dict[tuple[str, ...], bool | None] = {}
        for item in titles["titles"]:
            official = item.get("official")
            title_map[tuple(words(item["title"]))] = official if isinstance(official, bool) else None
        for honorific in ("dr", "prof"):
            title_map[(honorific,)] = False
        return Lexicon(
            verbs=MappingProxyType(verbs),
            particle_verbs=MappingProxyType({k: tuple(v) for k, v in particle_verbs.items()}),
            according=tuple(tuple(words(p)) for p in verbs_data["according_to"]),
            according_by_first=MappingProxyType(_by_first(tuple(words(p)) for p in verbs_data["according_to"])),
            cue_words=frozenset(verbs) | frozenset(particle_verbs) | frozenset(words(p)[0] for p in verbs_data["according_to"]),
            stance_rank=MappingProxyType({s: i for i, s in enumerate(verbs_data["stance_order"])}),
            passive=frozenset(verbs_data["passive_auxiliaries"]),
            auxiliaries=frozenset(verbs_data["auxiliaries"]),
            reasons=tuple(sorted(anonymity["reasons"], key=lambda r: (-len(r), r))),
            unnamed=frozenset(anonymity["unnamed_people"]),
            collective=frozenset(speakers.get("collective", [])),
            person_suffixes=tuple(speakers["person_suffixes"]),
            not_person_words=frozenset(speakers["not_person_words"]),
            staff_nouns=frozenset(speakers["staff_nouns"]),
            newspaper_heads=frozenset(speakers["newspaper_heads"]),
            institution_nouns=MappingProxyType(
                {i["noun"]: (bool(i["official"]), i["class"]) for i in speakers["institution"]}
            ),
            document_nouns=frozenset(speakers["document"]),
            pronouns=MappingProxyType(dict(speakers["pronouns"])),
            female=frozenset(speakers["gender"]["female"]),
            male=frozenset(speakers["gender"]["male"]),
            titles=MappingProxyType(title_map),
            title_longest=max(len(k) for k in title_map),
            title_starts=frozenset(k[0] for k in title_map if k) | frozenset(k[0] + "s" for k in title_map if len(k) == 1),
            title_lengths=MappingProxyType(_title_lengths(title_map)),
            honorific_titles=frozenset({"dr", "prof"}),
            official_name_words=frozenset(speakers["official_name_words"]),
            official_documents=frozenset(speakers["official_documents"]),
            place_nouns=frozenset(load_lexicon("actor_words")["place_after"]),
            not_official_heads=frozenset(speakers["not_official_heads"]),
            accuse_passive=frozenset(accusation["passive"]),
            accuse_active=frozenset(accusation["active"]),
            concern=tuple(tuple(words(p)) for p in accusation["concern"]),
            concern_by_first=MappingProxyType(_by_first(tuple(words(p)) for p in accusation["concern"])),
            accusation_words=frozenset(accusation["passive"]) | frozenset(accusation["active"])
            | frozenset(words(p)[0] for p in accusation["concern"]),
            passive_links=frozenset(accusation["passive_links"]),
            unique_offices=tuple(
                sorted({tuple(words(t)) for t in anonymity["identified_by_office"]["titles"]}, key=lambda t: (-len(t), t))
            ),
            office_not_before=frozenset(anonymity["identified_by_office"]["not_before"]),
        )
    except (KeyError, TypeError) as error:
        raise LexiconError(f"a sourcing lexicon is malformed: missing {error}") from error

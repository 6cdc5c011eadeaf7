"""Who speaks in a news article, how they are named, and the ratios a media researcher reports.

:func:`analyze_sourcing` finds every **attribution** (a place where the article reports what
someone said), groups attributions into **sources**, and reports the shares that sourcing studies
use, plus a **right-of-reply** check: is a party the article accuses itself quoted or paraphrased?

Methods
-------
* **Attribution types** follow the reported-speech literature used in quotation extraction
  (Pareti 2016, PARC 3.0 attribution corpus; Pouliquen et al. 2007; Krestel et al. 2008):
  ``direct`` = a whole quoted sentence ("“...,” the official said"); ``partial`` = a quoted
  fragment inside the reporter's sentence ("raises “serious concern”"); ``indirect`` = reported
  speech without quote marks ("X said (that) ...", "according to X", "X told Y to ...",
  "X accused Y of ...", ", he said,", "..., saying ..."). A cue is a reporting verb from
  ``lexicons/speech_verbs.toml`` or "according to"; a colon lead-in ("And from Chairwoman X:
  “...”") is an attribution with no verb (``cue is None``), and a lead-in paragraph ending in a
  colon ("Mick Whelan told the BBC:") gives its speaker and verb to the quote paragraph after it.
  Several cues of one speaker in one sentence are one attribution (a quote wins over a paraphrase
  as its text); a quote split by "she said" within a paragraph is one attribution. Negated
  reports ("did not say") and passives ("was told") are not attributions; a report embedded in
  another's paraphrase ("Cole said the city had promised ...") belongs to the outer speaker.
* **Speakers** are found on either side of the cue: before it ("the official said"), after it
  (inverted: "said the senior defense official, who requested anonymity"), behind a relative
  pronoun ("a US official, who said ...") or an appositive ("Hugh Hill, a doctor, said"). A quote
  with no cue in its sentence continues the last speaker of its paragraph or the paragraph before
  (the news convention for running quotes), or takes the speaker of a colon lead-in, or of a
  cue-only sentence that follows it ("So said Jane Doe.", "That was how another man described
  it.", "That line, from parent Derek Owens, ..."). A participle with no verb before it takes the
  sentence's subject ("Prime Minister X defended the reform, saying ..."). Pronoun speakers
  ("he", "she", "they", "it") take the nearest earlier compatible source or person (a named
  source also counts as mentioned where "the <its title>" appears: "The mayor ... She said");
  surname-only mentions are resolved by :mod:`analysis.actors`.
* **Sources.** Mentions are grouped as in coreference by head noun: a definite description
  ("the official", "the defense official") refers back to the latest source with the same head
  noun (or a named source with that title, "the mayor") whose affiliation and modifiers do not
  conflict; an indefinite one ("a second official", "another resident") opens a new source, except
  that a lead's "A state judge ..." is the "Judge Marion Pryce" named in the next paragraph when
  no reason for anonymity was given. "The company" or "the union" with no earlier source of that
  kind is the organisation of that kind last named ("Carver Steel will close ..., the company
  said").
  ``speaker_type`` is ``named_person``, ``anonymous`` (an unnamed person; the reason given is kept,
  from ``lexicons/anonymity.toml``, after the AP and Reuters rules that a story must say why a
  source is not named), ``institution`` (a state, ministry, company, union, group) or ``document``
  (a report, a statement). ``official`` follows Sigal (1973, *Reporters and Officials*):
  government, military, police, courts, public office and state bodies are official channels;
  citizens, experts, companies, unions and NGOs are not (``lexicons/titles.toml``,
  ``lexicons/speakers.toml``); a role that depends on its body ("spokesman", "president") takes
  the office of the body named with it, and a capitalised title before a name ("President X",
  "Chairwoman Y") counts as an office; "former" removes it. The affiliation (side) is the first
  country or organisation named in a source's mentions ("US official" -> United States; a
  government institution counts for its country), not a place after "in" ("a camp in
  Bangladesh") nor a newspaper that "saw" a document; "the hospital's director" takes the
  hospital last named.
* **Stance** of the reporting verb (Bergler 1992; Thompson & Ye 1991): neutral, assertive, doubt,
  admission, accusation, warning, denial. When several cues merge into one attribution ("Kerry
  told ..., warning that ..."), the most marked stance wins (order in ``speech_verbs.toml``).
* **Right of reply** (BBC Editorial Guidelines on fairness; IPSO Editors' Code 1(iv)): parties
  said to be accused or blamed in the headline or body ("X accused of", "Y accused X of",
  "blamed X", "X's action raises serious concern"), and whether each is itself heard.

Known limits on news text
-------------------------
* Rules, not a parser: a speaker phrase is the comma-delimited chunk next to the cue, so a very
  long subject, a speaker in a previous clause with a different verb, or two speakers joined by
  "and" may be cut wrongly. Embedded reports ("X said Y warned ...") yield two attributions.
* Pronouns are resolved to the nearest compatible speaker; gender is known only from words such
  as "spokeswoman", "Mr" or an earlier pronoun, never from first names.
* Scare quotes are told from partial quotes by length (three words or fewer) and by the absence
  of a reporting cue in the sentence; a short partial quote with its cue in another sentence is
  taken for a scare quote.
* Only speech is counted: "declined to comment" and "did not respond" are not attributions, and
  verbs of thought ("believes") are not cues.
* Word counts of a partial quote count the quoted words only, not the reporter's paraphrase
  around them.
* An organisation's office is known only from the gazetteer, its name words ("National",
  "Ministry") or its head noun; "Cal Fire" or a UN team's head are not known to be official.
* A bare surname with no earlier full name and no title ("said Smith") is not taken for a
  speaker; a single capitalised company name without an organisation word may be taken for a
  person by :mod:`analysis.actors`.

Measured on 21 hand-written fixture articles (tests/fixtures/sourcing, 12 of them written and
annotated before the analyser was first run on them): see ``tests/fixtures/sourcing/README.md``.

The cost is linear in the text: one pass over sentences and quote spans, look-back windows of a
few thousand characters for coreference, and at most 2,000 characters read around a cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from types import MappingProxyType
from typing import Any

import pandas as pd

from analysis._json import to_jsonable
from analysis.actors import (
    ActorMention,
    ActorsResult,
    actor_country,
    actor_official,
    find_actors,
    find_actors_in_text,
)
from analysis.article import Article, QuoteSpan, Sentence
from analysis.errors import LexiconError
from analysis.lexicons import lexicon_cache, load_lexicon

QUOTE_TYPES = ("direct", "partial", "indirect")
SPEAKER_TYPES = ("named_person", "anonymous", "institution", "document")
STANCES = ("neutral", "assertive", "doubt", "admission", "accusation", "warning", "denial")

# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Attribution:
    """One report of speech.

    ``index`` counts attributions from 0 in body order; ``source_id`` points into
    :attr:`SourcingResult.sources`; ``speaker`` is the speaker as written ("he", "the official",
    "US Secretary of State John Kerry"), at body offsets ``speaker_start``/``speaker_end`` (for a
    continued quote, the earlier mention it continues); ``quote_type`` is direct / partial /
    indirect; ``cue`` the reporting verb as written with its auxiliaries ("has accused"), or
    ``None`` for a colon lead-in or a continued quote; ``cue_lemma`` its lemma; ``stance`` the
    verb's stance; ``text`` the quoted words (quote marks excluded; the parts of a quote split by
    "she said" joined by " … ") or the paraphrase; ``start``/``end`` the body span of that text;
    ``paragraph``/``sentence`` the paragraph (0-based) and :attr:`Sentence.index` of the evidence
    sentence (the one holding the cue, or the quote's first sentence); ``sentence_text`` that
    sentence; ``word_count`` words of ``text``; ``cues`` every cue merged into this attribution;
    ``resolved_by`` how the speaker was found ("speaker", "pronoun", "relative", "colon",
    "continuation").
    """

    index: int
    source_id: int
    speaker: str
    quote_type: str
    cue: str | None
    cue_lemma: str | None
    stance: str
    text: str
    start: int
    end: int
    speaker_start: int
    speaker_end: int
    paragraph: int
    sentence: int
    sentence_text: str
    word_count: int
    cues: tuple[str, ...] = ()
    resolved_by: str = "speaker"


@dataclass(frozen=True)
class Source:
    """A distinct source: the attributions that refer to one speaker.

    ``name`` is the best mention (a person's full name; otherwise the first longest mention);
    ``mentions`` every distinct mention as written, in order; ``speaker_type`` named_person /
    anonymous / institution / document; ``anonymity_reason`` the phrase given for not naming an
    anonymous source ("who requested anonymity"), else None; ``official`` whether it speaks for a
    state body (Sigal 1973); ``affiliation`` the canonical country or organisation it speaks for,
    if named; ``title`` its role as written ("Secretary of State", "spokesman", "Dr."), if any;
    ``attribution_count`` and ``word_count`` (words of its quoted or paraphrased speech).
    """

    source_id: int
    name: str
    mentions: tuple[str, ...]
    speaker_type: str
    anonymity_reason: str | None
    official: bool
    affiliation: str | None
    title: str | None
    attribution_count: int
    word_count: int


@dataclass(frozen=True)
class Ratios:
    """The shares a sourcing study reports. A share is ``None`` when its denominator is 0.

    ``*_attribution_share`` are shares of attributions, ``*_source_share`` shares of distinct
    sources. ``speech_words`` counts words of quoted or paraphrased speech (all attributions);
    ``speech_share_of_body`` divides it by the body's words. ``direct_words_anonymous_share`` is
    the share of direct-quote words that come from anonymous sources.
    """

    source_count: int
    attribution_count: int
    named_attribution_share: float | None
    anonymous_attribution_share: float | None
    institution_attribution_share: float | None
    document_attribution_share: float | None
    named_source_share: float | None
    anonymous_source_share: float | None
    institution_source_share: float | None
    document_source_share: float | None
    official_attribution_share: float | None
    non_official_attribution_share: float | None
    official_source_share: float | None
    non_official_source_share: float | None
    direct_share: float | None
    partial_share: float | None
    indirect_share: float | None
    speech_words: int
    body_words: int
    speech_share_of_body: float | None
    direct_words: int
    direct_words_anonymous_share: float | None
    words_per_source: float | None


@dataclass(frozen=True)
class Accusation:
    """Evidence that a party is accused: ``sentence`` is the Sentence.index (None = headline)."""

    sentence: int | None
    paragraph: int | None
    cue: str
    text: str


@dataclass(frozen=True)
class RightOfReply:
    """A party the article accuses, and whether it is heard (quoted or paraphrased) anywhere."""

    party: str
    kind: str
    accused_in: tuple[Accusation, ...]
    heard: bool
    heard_in: tuple[int, ...]


@dataclass(frozen=True)
class SourcingResult:
    """Attributions, sources, ratios and the right-of-reply check for one article."""

    attributions: tuple[Attribution, ...]
    sources: tuple[Source, ...]
    ratios: Ratios
    right_of_reply: tuple[RightOfReply, ...]
    sides: tuple[tuple[str, int, int, int], ...] = field(default=())  # (side, sources, attributions, words)
    body_words: int = 0
    unattributed_quotes: tuple[tuple[int, int], ...] = ()  # (start, end) of quotes with no speaker

    def attributions_frame(self) -> pd.DataFrame:
        """One row per attribution.

        Columns: ``index``, ``source_id``, ``source_name``, ``speaker_type``, ``official``,
        ``affiliation``, ``speaker`` (as written), ``quote_type``, ``cue``, ``cue_lemma``,
        ``stance``, ``text``, ``word_count``, ``start``, ``end`` (body offsets of the text),
        ``speaker_start``, ``speaker_end``, ``paragraph`` (0-based), ``sentence``
        (Sentence.index), ``sentence_text`` (the evidence), ``resolved_by``.
        """
        columns = [
            "index", "source_id", "source_name", "speaker_type", "official", "affiliation", "speaker",
            "quote_type", "cue", "cue_lemma", "stance", "text", "word_count", "start", "end",
            "speaker_start", "speaker_end", "paragraph", "sentence", "sentence_text", "resolved_by",
        ]
        rows = []
        for a in self.attributions:
            source = self.sources[a.source_id]
            rows.append(
                {
                    "index": a.index,
                    "source_id": a.source_id,
                    "source_name": source.name,
                    "speaker_type": source.speaker_type,
                    "official": source.official,
                    "affiliation": source.affiliation,
                    "speaker": a.speaker,
                    "quote_type": a.quote_type,
                    "cue": a.cue,
                    "cue_lemma": a.cue_lemma,
                    "stance": a.stance,
                    "text": a.text,
                    "word_count": a.word_count,
                    "start": a.start,
                    "end": a.end,
                    "speaker_start": a.speaker_start,
                    "speaker_end": a.speaker_end,
                    "paragraph": a.paragraph,
                    "sentence": a.sentence,
                    "sentence_text": a.sentence_text,
                    "resolved_by": a.resolved_by,
                }
            )
        return pd.DataFrame(rows, columns=columns)

    def sources_frame(self) -> pd.DataFrame:
        """One row per source.

        Columns: ``source_id``, ``name``, ``speaker_type``, ``anonymity_reason``, ``official``,
        ``affiliation``, ``title``, ``mentions`` (joined by " | "), ``attribution_count``,
        ``word_count``, ``share_of_speech`` (its words over all speech words),
        ``share_of_body`` (its words over the body's words).
        """
        total = sum(s.word_count for s in self.sources)
        columns = [
            "source_id", "name", "speaker_type", "anonymity_reason", "official", "affiliation", "title",
            "mentions", "attribution_count", "word_count", "share_of_speech", "share_of_body",
        ]
        rows = [
            {
                "source_id": s.source_id,
                "name": s.name,
                "speaker_type": s.speaker_type,
                "anonymity_reason": s.anonymity_reason,
                "official": s.official,
                "affiliation": s.affiliation,
                "title": s.title,
                "mentions": " | ".join(s.mentions),
                "attribution_count": s.attribution_count,
                "word_count": s.word_count,
                "share_of_speech": _share(s.word_count, total),
                "share_of_body": _share(s.word_count, self.body_words),
            }
            for s in self.sources
        ]
        return pd.DataFrame(rows, columns=columns)

    def ratios_frame(self) -> pd.DataFrame:
        """The ratios as a tidy frame: columns ``measure`` (a :class:`Ratios` field) and ``value``."""
        data = to_jsonable(self.ratios)
        return pd.DataFrame({"measure": list(data), "value": list(data.values())})

    def sides_frame(self) -> pd.DataFrame:
        """One row per side (a source's affiliation; "unaffiliated" when none is named).

        Columns: ``side``, ``sources``, ``attributions``, ``words`` (speech words),
        ``share_of_speech``, ``share_of_body``; sorted by words, then side.
        """
        total = sum(words for _, _, _, words in self.sides)
        rows = [
            {
                "side": side,
                "sources": sources,
                "attributions": attributions,
                "words": words,
                "share_of_speech": _share(words, total),
                "share_of_body": _share(words, self.body_words),
            }
            for side, sources, attributions, words in self.sides
        ]
        columns = ["side", "sources", "attributions", "words", "share_of_speech", "share_of_body"]
        return pd.DataFrame(rows, columns=columns)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: attributions, sources, ratios, sides, right of reply (deterministic)."""
        return to_jsonable(
            {
                "attributions": [_fields(a) for a in self.attributions],
                "sources": [_fields(s) for s in self.sources],
                "ratios": _fields(self.ratios),
                "sides": [
                    {"side": side, "sources": n, "attributions": a, "words": w} for side, n, a, w in self.sides
                ],
                "right_of_reply": [
                    {
                        "party": r.party,
                        "kind": r.kind,
                        "accused_in": [_fields(e) for e in r.accused_in],
                        "heard": r.heard,
                        "heard_in": list(r.heard_in),
                    }
                    for r in self.right_of_reply
                ],
                "unattributed_quotes": [{"start": s, "end": e} for s, e in self.unattributed_quotes],
                "body_words": self.body_words,
            }
        )


def _fields(value: Any) -> dict[str, Any]:
    return {name: getattr(value, name) for name in value.__dataclass_fields__}


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


# --------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class _Verb:
    lemma: str
    stance: str
    not_before: frozenset[str]
    needs: str | None = None


@dataclass(frozen=True)
class _Lexicon:
    verbs: Mapping[str, _Verb]
    according: tuple[tuple[str, ...], ...]
    according_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    stance_rank: Mapping[str, int]
    passive: frozenset[str]
    auxiliaries: frozenset[str]
    reasons: tuple[str, ...]
    unnamed: frozenset[str]
    institution_nouns: Mapping[str, tuple[bool, str]]
    document_nouns: frozenset[str]
    pronouns: Mapping[str, str]
    female: frozenset[str]
    male: frozenset[str]
    titles: Mapping[tuple[str, ...], bool | None]
    title_longest: int
    honorific_titles: frozenset[str]
    official_name_words: frozenset[str]
    official_documents: frozenset[str]
    place_nouns: frozenset[str]
    not_official_heads: frozenset[str]
    accuse_passive: frozenset[str]
    accuse_active: frozenset[str]
    concern: tuple[tuple[str, ...], ...]
    concern_by_first: Mapping[str, tuple[tuple[str, ...], ...]]
    passive_links: frozenset[str]


_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _by_first(phrases: Any) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=lambda p: -len(p))) for k, v in grouped.items()}


@lexicon_cache
def _lexicon() -> _Lexicon:
    try:
        verbs_data = load_lexicon("speech_verbs")
        anonymity = load_lexicon("anonymity")
        speakers = load_lexicon("speakers")
        titles = load_lexicon("titles")
        accusation = load_lexicon("accusation")
        verbs: dict[str, _Verb] = {}
        for item in verbs_data["verbs"]:
            if item["stance"] not in STANCES:
                raise LexiconError(f"speech_verbs.toml: unknown stance {item['stance']!r} for {item['lemma']!r}")
            verb = _Verb(item["lemma"], item["stance"], frozenset(item.get("not_before", [])), item.get("needs"))
            for form in item["forms"]:
                verbs[form] = verb
        title_map: dict[tuple[str, ...], bool | None] = {}
        for item in titles["titles"]:
            official = item.get("official")
            title_map[tuple(_words(item["title"]))] = official if isinstance(official, bool) else None
        for honorific in ("dr", "prof"):
            title_map[(honorific,)] = False
        return _Lexicon(
            verbs=MappingProxyType(verbs),
            according=tuple(tuple(_words(p)) for p in verbs_data["according_to"]),
            according_by_first=MappingProxyType(_by_first(tuple(_words(p)) for p in verbs_data["according_to"])),
            stance_rank=MappingProxyType({s: i for i, s in enumerate(verbs_data["stance_order"])}),
            passive=frozenset(verbs_data["passive_auxiliaries"]),
            auxiliaries=frozenset(verbs_data["auxiliaries"]),
            reasons=tuple(sorted(anonymity["reasons"], key=lambda r: (-len(r), r))),
            unnamed=frozenset(anonymity["unnamed_people"]),
            institution_nouns=MappingProxyType(
                {i["noun"]: (bool(i["official"]), i["class"]) for i in speakers["institution"]}
            ),
            document_nouns=frozenset(speakers["document"]),
            pronouns=MappingProxyType(dict(speakers["pronouns"])),
            female=frozenset(speakers["gender"]["female"]),
            male=frozenset(speakers["gender"]["male"]),
            titles=MappingProxyType(title_map),
            title_longest=max(len(k) for k in title_map),
            honorific_titles=frozenset({"dr", "prof"}),
            official_name_words=frozenset(speakers["official_name_words"]),
            official_documents=frozenset(speakers["official_documents"]),
            place_nouns=frozenset(load_lexicon("actor_words")["place_after"]),
            not_official_heads=frozenset(speakers["not_official_heads"]),
            accuse_passive=frozenset(accusation["passive"]),
            accuse_active=frozenset(accusation["active"]),
            concern=tuple(tuple(_words(p)) for p in accusation["concern"]),
            concern_by_first=MappingProxyType(_by_first(tuple(_words(p)) for p in accusation["concern"])),
            passive_links=frozenset(accusation["passive_links"]),
        )
    except (KeyError, TypeError) as error:
        raise LexiconError(f"a sourcing lexicon is malformed: missing {error}") from error


# --------------------------------------------------------------------------------------------
# Working records (private, mutable while one article is analysed; never kept)


@dataclass
class _Cue:
    start: int  # of the cue text as written (auxiliaries included)
    verb_start: int
    end: int
    text: str
    lemma: str
    stance: str
    according: bool = False
    gerund: bool = False
    used: bool = False
    speaker: tuple[int, int] | None = None


@dataclass
class _Raw:
    sentence: Sentence
    paragraph: int
    quote_type: str
    text_parts: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    cue: _Cue | None
    resolved_by: str = "speaker"
    extra_cues: list[_Cue] = field(default_factory=list)
    source: int = -1
    is_quote: bool = False
    position: int = 0


@dataclass
class _Src:
    id: int
    speaker_type: str
    key: str
    head: str | None
    plural: bool
    modifiers: frozenset[str]
    affiliation: str | None
    gender: str | None
    person: str | None
    klass: str | None
    mentions: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    title_official: bool | None = None
    institution_official: bool | None = None
    reason: str | None = None
    last: int = 0
    name_hint: str | None = None


_QUOTE_MARKS = "“”\"«»„‘’"
_BOUNDARY_CHARS = ",;:—–()“”\"«»„"
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "another", "one", "two", "three", "some",
                          "several", "other", "many", "its", "his", "her", "their", "our"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "two", "three", "some", "several", "other", "many"})
_SUBORDINATORS = frozenset({"that", "because", "after", "when", "while", "although", "though", "since", "if",
                            "but", "where", "whether", "how", "why", "what", "before", "until", "unless", "so"})
_LEADING_CONJ = frozenset({"and", "but", "so", "yet", "then", "or", "also", "however", "as"})
_PREPOSITIONS = frozenset({"of", "in", "at", "for", "from", "with", "on", "close", "familiar", "who", "which", "to",
                           "near", "inside", "within", "by", "representing", "based", "involved", "speaking",
                           # participles that open a post-modifier: "a report seen by", "a memo obtained by"
                           "seen", "obtained", "published", "released", "issued", "reviewed", "dated", "prepared",
                           "commissioned", "written", "signed", "sent", "filed", "leaked", "shared",
                           "named", "identified", "listed", "quoted", "interviewed", "contacted", "affected",
                           "displaced", "injured", "wounded", "living", "working", "standing", "whose"})
_RELATIVES = frozenset({"who", "which", "whose"})
_NEUTRAL_MODIFIERS = frozenset({"senior", "top", "junior", "high", "ranking", "high-ranking", "senior-level",
                                "former", "current", "local", "second", "third", "same", "first", "other",
                                "unnamed", "anonymous", "anonymity", "us", "u.s"})
_COORDINATED = re.compile(r"\b(?:and|but|or|then)(?:\s+(?:also|later|then|again))?\s*$")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAYS_PATTERN = _DAYS
_ANAPHORIC_LINK = re.compile(
    r"(?:That|This|Those|These|Such)(?:’s|'s|\s+(?:was|is|were|are|has been|had been))?\s+"
    r"(?:how|what|the\s+\w+\s+(?:of|from))\b|So\s+(?:said|says)\b"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_LEADING_ADJUNCT = re.compile(
    rf"\s*,?\s*(?:(?:on|late on|early on|last|this|next)\s+)?(?:{_DAYS_PATTERN})\b"
    rf"|\s*,?\s*(?:in|on|at|during|by)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:statement|interview|speech|post|tweet|letter|briefing|filing|filings|ruling|conference|call|email|e-mail|"
    r"message|hearing|meeting|address|appearance|broadcast|video|note|report)\b"
    r"|\s*,?\s*in\s+court\s+(?:filings|papers|documents)\b"
    rf"|\s*,?\s*in\s+(?:{_MONTHS}|\d{{4}})\b|\s*,?\s*(?:last|this|next)\s+(?:week|month|year|weekend)\b"
    r"|\s*,?\s*(?:yesterday|today|earlier|later|previously|repeatedly|also)\b"
    r"|\s*,?\s*told\s+(?:reporters|journalists|the\s+press|AFP|AP|Reuters|the\s+BBC|CNN)\b"
)
# The first finite verb after a sentence's subject, roughly: an auxiliary or a lower-case past form.
_FIRST_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|[a-z]{3,}ed)\b")
_TOPIC_NOUNS = frozenset({"scholar", "scholars", "expert", "experts", "analyst", "analysts", "specialist", "specialists",
                          "watcher", "watchers", "correspondent", "historian", "hand", "researcher", "researchers"})
_SENTENCE_ADVERBS = frozenset({"meanwhile", "however", "though", "too", "also", "instead", "separately", "earlier",
                               "later", "previously", "moreover", "meantime", "then", "now", "again", "nonetheless"})
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
_SUBJECTS = frozenset({"who", "which", "that", "he", "she", "it", "they", "also"})
_GOVERNMENT_CLASSES = frozenset({"government", "police", "military", "city"})
_QUOTE_OWNER = re.compile(
    r"(?:That|This|The)\s+(?:line|remark|comment|quote|quotation|message|warning|statement|plea|words|question)"
    r"\s*,?\s+(?:came\s+)?from\s+"
)
_GENERIC_OFFICIAL = frozenset({"official", "officials"})
_NEGATIONS = frozenset({"not", "never", "n't", "didn't", "doesn't", "won't", "wouldn't", "hasn't", "haven't",
                        "didn’t", "doesn’t", "won’t", "wouldn’t", "hasn’t", "haven’t", "refused", "declined"})
_FORMER = frozenset({"former", "ex", "retired", "onetime", "one-time", "late", "outgoing-"})
_WHO = re.compile(r"(?:^|[\s,])who\b")
_LOCATIVE = frozenset({"in", "near", "inside", "outside", "across", "into", "around", "through", "over"})
_MEDIA_ACCESS = re.compile(r"\b(?:(?:seen|obtained|reviewed|cited|viewed|read|reported)\s+by|via|told)\b")
_SPEAKS_FOR_END = re.compile(r",|\b(?:who|which|by|that|after|when)\b")
_GERUND_TAIL = re.compile(r",\s*[a-z]+ing\b")
# Look-back bounds keep the cost linear on long inputs: coreference reads only recent text.
_LOOKBACK_CHARS = 4000
_LOOKBACK_SOURCES = 40
_TITLE_MENTIONS = 20  # a person's title is looked for in their first mentions only
_MAX_SPEAKER = 400  # characters read after an inverted cue for the speaker phrase
_MAX_CUES_BEFORE = 4  # cues tried before a quotation, nearest first
_MAX_CONTENT = 2000  # characters of paraphrase (or reason search) read around a cue; news sentences are shorter
# ``(?<!\s)``: a match starts at the first space of a run (same matches; a long run of spaces no
# longer makes every space a new start that reads the whole run).
_TRAILING_ADJUNCT = re.compile(
    rf"(?<!\s)\s+(?:(?:on|late on|early on|last|this) (?:{_DAYS})\b|in a (?:statement|written statement|interview|"
    r"telephone interview|phone interview|speech|post|tweet|letter|briefing)\b|at a (?:news|press) conference\b|"
    r"on (?:Twitter|X|Facebook|Instagram|television|TV|radio)\b|told (?:reporters|AFP|AP|Reuters)\b|"
    r"(?:yesterday|today|earlier|later|afterwards|recently)\b)"
)


# --------------------------------------------------------------------------------------------
# The analysis


def analyze_sourcing(article: Article, actors: ActorsResult | None = None) -> SourcingResult:
    """Find attributions, sources, ratios and the right-of-reply check (see the module docstring).

    ``actors`` is the article's :func:`analysis.actors.find_actors` result; it is computed when
    not given. Raises only :class:`~analysis.errors.AnalysisError` subclasses (a broken lexicon).
    """
    lex = _lexicon()
    if actors is None:
        actors = find_actors(article)
    return _Analysis(article, actors, lex).run()


class _Analysis:
    def __init__(self, article: Article, actors: ActorsResult, lex: _Lexicon) -> None:
        self.article = article
        self.body = article.body
        self.lex = lex
        self.actors = actors
        self.mentions = actors.mentions
        self.mention_starts = [m.start for m in self.mentions]
        self.sentence_starts = [s.start for s in article.sentences]
        self.quotes = article.quotes
        self.quote_marks = sorted((q.mark_start, max(q.mark_end, q.end)) for q in article.quotes)
        self.quote_mark_starts = [a for a, _ in self.quote_marks]
        self.cues: dict[int, list[_Cue]] = {}
        self.cue_starts: dict[int, list[int]] = {}
        self.verb_cue: dict[int, bool] = {}
        self.sources: list[_Src] = []
        self.span_source: dict[tuple[int, int], int] = {}
        self.by_person: dict[str, _Src] = {}
        self._person_mentions: dict[str, list[ActorMention]] | None = None
        self.raws_by_sentence: dict[int, list[_Raw]] = {}
        self.titles_found: dict[str, tuple[str | None, bool | None]] = {}
        self.body_lower = article.body.lower()

    # ---- helpers over the body

    def sentence_at(self, offset: int) -> Sentence:
        sentences = self.article.sentences
        return sentences[max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)]

    def in_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quote_mark_starts, offset) - 1
        return k >= 0 and self.quote_marks[k][0] <= offset < self.quote_marks[k][1]

    def mentions_near(self, span: tuple[int, int]) -> list[ActorMention]:
        """Mentions starting inside ``span`` (they may run past its end)."""
        k = bisect.bisect_left(self.mention_starts, span[0])
        out = []
        while k < len(self.mentions) and self.mentions[k].start < span[1]:
            out.append(self.mentions[k])
            k += 1
        return out

    def mentions_in(self, start: int, end: int) -> list[ActorMention]:
        k = bisect.bisect_left(self.mention_starts, start)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < end:
            if self.mentions[k].end <= end:
                out.append(self.mentions[k])
            k += 1
        return out

    # ---- cue scanning

    def sentence_cues(self, sentence: Sentence) -> list[_Cue]:
        cached = self.cues.get(sentence.index)
        if cached is not None:
            return cached
        lex = self.lex
        body = self.body
        found: list[_Cue] = []
        words = [(m.start() + sentence.start, m.end() + sentence.start, m.group(0)) for m in _WORD.finditer(sentence.text)]
        lowered = [w[2].lower() for w in words]
        for k, (ws, we, word) in enumerate(words):
            low = lowered[k]
            if self.in_quote(ws):
                continue
            phrase = next(
                (p for p in lex.according_by_first.get(low, ()) if tuple(lowered[k : k + len(p)]) == p),
                None,
            )
            if phrase is not None:
                end = words[k + len(phrase) - 1][1]
                found.append(_Cue(ws, ws, end, body[ws:end], "according to", "neutral", according=True))
                continue
            verb = lex.verbs.get(low)
            if verb is None or (word[:1].isupper() and k != 0):
                continue
            nxt = lowered[k + 1] if k + 1 < len(words) else ""
            if nxt in verb.not_before:
                continue
            # The word before counts only when nothing but space separates it from the verb: in
            # "“… we could get,” said Ana" or "“We will not,” said Ana" it ends the quotation.
            prev = lowered[k - 1] if k > 0 and not body[words[k - 1][1] : ws].strip() else ""
            if prev in lex.passive or prev in ("the", "to", "a", "an", "so-called") or body[ws - 1 : ws] == "-":
                continue
            if prev in _NEGATIONS or (k > 1 and lowered[k - 2] in _NEGATIONS and prev in lex.auxiliaries):
                continue  # "The filing did not say where ...": no speech is reported
            if verb.needs is not None and not self.complement_follows(verb.needs, we, sentence, nxt):
                continue
            start = ws
            j = k - 1
            while j >= 0 and lowered[j] in lex.auxiliaries and lowered[j] in ("has", "have", "had", "will", "would"):
                start = words[j][0]
                j -= 1
            gerund = low.endswith("ing")
            found.append(_Cue(start, ws, we, body[start:we], verb.lemma, verb.stance, gerund=gerund))
        self.cues[sentence.index] = found
        self.cue_starts[sentence.index] = [c.start for c in found]
        return found

    def has_verb_cue(self, sentence: Sentence) -> bool:
        if sentence.index not in self.verb_cue:
            self.verb_cue[sentence.index] = any(not c.gerund for c in self.sentence_cues(sentence))
        return self.verb_cue[sentence.index]

    def cues_between(self, sentence: Sentence, zone: tuple[int, int]) -> list[_Cue]:
        """The cues of ``sentence`` lying inside ``zone`` (found by bisection)."""
        cues = self.sentence_cues(sentence)
        starts = self.cue_starts[sentence.index]
        lo = bisect.bisect_left(starts, zone[0])
        hi = bisect.bisect_left(starts, zone[1])
        return [c for c in cues[lo:hi] if c.end <= zone[1]]

    def complement_follows(self, needs: str, end: int, sentence: Sentence, next_word: str) -> bool:
        """Whether what follows a verb at ``end`` is the complement ``needs`` asks for."""
        rest = self.body[end : min(sentence.end, end + 200)]
        if needs == "quote":
            head = " ".join(rest.split()[:8])
            return any(mark in head for mark in "“\"«")
        stripped = rest.lstrip()
        return next_word == "that" or stripped[:1] in (",", ":", "“", "\"", "«")

    # ---- speaker phrases

    def chunk_left(self, zone_start: int, end: int, next_to_verb: bool = True) -> tuple[int, int] | None:
        """The speaker chunk ending at ``end`` (before a verb): (start, end) or None if empty.

        ``next_to_verb``: the chunk ends right at the verb, so auxiliaries, adverbs and a trailing
        time adjunct ("Iran on Friday rejected") are left out; not so before an appositive's comma.
        """
        body = self.body
        # Skip auxiliaries and adverbs between the subject and the verb.
        while next_to_verb:
            stripped = body[zone_start:end].rstrip()
            m = re.search(r"[^\W_]+$", stripped)
            if not m:
                break
            word = m.group(0).lower()
            if word in self.lex.auxiliaries or (word.endswith("ly") and word not in ("family", "italy", "ally")):
                end = zone_start + m.start()
                continue
            break
        text = body[zone_start:end]
        stripped_end = zone_start + len(text.rstrip())
        if stripped_end <= zone_start:
            return None
        # Last boundary (comma, colon, dash, quote mark, bracket); a short bracket at the end is
        # part of the name: "the Athletics Integrity Unit (AIU) announced".
        k = stripped_end - 1
        if body[k] == ")":
            opening = body.rfind("(", max(zone_start, k - 40), k)
            if opening > zone_start:
                k = opening - 1
        while k >= zone_start and body[k] not in _BOUNDARY_CHARS:
            k -= 1
        chunk_start = k + 1
        chunk = body[chunk_start:stripped_end]
        if not chunk.strip():
            return None
        # Cut at the last subordinator ("... after admitting", "said that the official").
        tokens = list(_WORD.finditer(chunk))
        cut = 0
        first = tokens[0].group(0).lower() if tokens else ""
        if first not in _RELATIVES and first not in ("speaking", "and", "a", "an", "the"):
            for t in tokens:
                if t.group(0).lower() in _SUBORDINATORS and t.start() > 0:
                    cut = t.end()
        chunk_start += cut
        while True:
            sub = body[chunk_start:stripped_end]
            m = re.match(r"\s*([^\W_]+)\s+", sub)
            if m and m.group(1).lower() in _LEADING_CONJ:
                chunk_start += m.end()
                continue
            break
        sub = body[chunk_start:stripped_end]
        lead = len(sub) - len(sub.lstrip())
        chunk_start += lead
        m = _TRAILING_ADJUNCT.search(body, chunk_start, stripped_end) if next_to_verb else None
        if m and m.end() == stripped_end and m.start() > chunk_start:
            stripped_end = m.start()  # "Iran on Friday rejected" -> "Iran"
        if chunk_start >= stripped_end:
            return None
        return chunk_start, stripped_end

    def previous_chunk(self, zone_start: int, chunk_start: int) -> tuple[int, int] | None:
        """The comma-delimited chunk before ``chunk_start`` (", and who ..." allowed)."""
        body = self.body
        k = chunk_start - 1
        while k >= zone_start and body[k] in " ,":
            k -= 1
        between = body[k + 1 : chunk_start]
        if between.strip() != ",":
            m = re.search(r",\s*(?:and|but|or)\s*$", body[max(zone_start, chunk_start - 12) : chunk_start])
            if not m:
                return None
            k = max(zone_start, chunk_start - 12) + m.start() - 1
        if k < zone_start:
            return None
        return self.chunk_left(zone_start, k + 1, next_to_verb=False)

    def speaker_left(self, zone_start: int, cue: _Cue) -> tuple[tuple[int, int] | None, str]:
        """Speaker before the cue: ((start, end) | None, how) with appositive and relative rules."""
        body = self.body
        end = cue.start
        raw = body[zone_start:end].rstrip()
        trailing_comma = raw.endswith(",")
        if trailing_comma:
            end = zone_start + len(raw) - 1
        chunk = self.chunk_left(zone_start, end, next_to_verb=not trailing_comma)
        if chunk is None:
            return None, "speaker"
        words = _words(body[chunk[0] : chunk[1]])
        if words and words[0] in _RELATIVES and len(words) <= 2 and not trailing_comma:
            previous = self.previous_chunk(zone_start, chunk[0])
            if previous is None:
                return None, "speaker"
            return self.strip_according(previous), "relative"
        words = _words(body[chunk[0] : chunk[1]])
        if trailing_comma and len(words) == 1 and (words[0] in _SENTENCE_ADVERBS or words[0].endswith("ly")):
            # "Emirates President Tim Clark, meanwhile, told": the adverb is not part of the name.
            previous = self.previous_chunk(zone_start, chunk[0])
            if previous is None:
                return None, "speaker"
            chunk, trailing_comma = previous, False
        # Appositives and relative clauses: "Hugh Hill, a doctor, said", "Smith, 45, said",
        # "A nurse, who spoke on condition of anonymity, said", "The developer, Northgate Homes, claimed".
        merged = chunk
        while True:
            words = _words(self.body[merged[0] : merged[1]])
            appositive = trailing_comma or (
                words and (words[0] in ("a", "an", "the") or words[0].isdigit() or words[0] in _RELATIVES)
            )
            if not appositive:
                break
            previous = self.previous_chunk(zone_start, merged[0])
            if previous is None or not (self.looks_like_name(previous) or self.speaker_like(previous)):
                break
            merged = (previous[0], merged[1])
            trailing_comma = False
        return merged, "speaker"

    def strip_according(self, span: tuple[int, int]) -> tuple[int, int]:
        text = self.body[span[0] : span[1]]
        for phrase in self.lex.according:
            pattern = r"\s*" + r"\s+".join(re.escape(w) for w in phrase) + r"\s+"
            m = re.match(pattern, text, re.IGNORECASE)
            if m:
                return span[0] + m.end(), span[1]
        return span

    def looks_like_name(self, span: tuple[int, int]) -> bool:
        if any(m.kind == "person" for m in self.mentions_in(*span)):
            return True
        words = self.body[span[0] : span[1]].split()
        return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words if w.lower() not in ("al", "de", "von", "van"))

    def speaker_right(self, start: int, zone_end: int) -> tuple[int, int] | None:
        """Inverted speaker after the cue ("said the official, who requested anonymity")."""
        body = self.body
        text = body[start:zone_end]
        lead = len(text) - len(text.lstrip())
        s = start + lead
        text = body[s:zone_end]
        if not text or text[0] in _QUOTE_MARKS or text[0] in ",:;" or text.lower().startswith("that "):
            return None
        end = s
        limit = len(text)
        for mark in ("“", "\"", "«", ";", " — ", " – ", " that "):
            i = text.find(mark)
            if i != -1:
                limit = min(limit, i)
        m = re.search(r",\s+(?:saying|adding|warning|noting|insisting|arguing|explaining|stressing|who said)\b", text)
        if m and m.start() < limit:
            limit = m.start()
        end = s + limit
        while end > s and body[end - 1] in " .,!?":
            end -= 1
        phrase = body[s:end]
        m = _TRAILING_ADJUNCT.search(phrase)
        if m:
            end = s + m.start()
            phrase = body[s:end]
        if not phrase or len(phrase.split()) > 25:
            return None
        return s, end

    # ---- speaker analysis

    def speaker_like(self, span: tuple[int, int]) -> bool:
        text = self.body[span[0] : span[1]]
        words = _words(text)
        if not words:
            return False
        if len(words) == 1 and words[0] in self.lex.pronouns:
            return True
        if words[0] in ("i", "we", "you"):
            return False
        core, head = self.core_head(span)
        if len(_words(self.body[core[0] : core[1]])) > 12:
            return False
        if head is None:
            return False
        if (
            _WHO.search(self.body, core[1], span[1]) and head.isalpha() and not self.mentions_near(core)
            and _words(self.body[core[0] : core[1]])[0] in _DETERMINERS
        ):
            return True  # "An engineer in the Austin office, who requested anonymity": a person
        for m in self.mentions_near(core):
            # The actor must be the head of the phrase ("The United States", "Nasser Kanaani"),
            # not a word inside a clause ("Washington had shared intelligence").
            if m.end >= core[1] - 2 or head in _words(m.text):
                return True
        return self.known_head(head)

    def known_head(self, head: str) -> bool:
        """A head noun that names a speaker: a person, a title (also plural), a body, a document."""
        lex = self.lex
        singular = head[:-1] if head.endswith("s") else head
        return (
            head in lex.unnamed
            or (head,) in lex.titles
            or (singular,) in lex.titles
            or head in lex.institution_nouns
            or head in lex.document_nouns
        )

    def core_head(self, span: tuple[int, int]) -> tuple[tuple[int, int], str | None]:
        """The core noun phrase (before the first comma or preposition) and its head noun."""
        body = self.body
        text = body[span[0] : span[1]]
        end = len(text)
        comma = text.find(",")
        if comma != -1:
            end = comma
        for m in _WORD.finditer(text[:end]):
            if m.start() > 0 and m.group(0).lower() in _PREPOSITIONS:
                end = m.start()
                break
        core_text = text[:end].rstrip()
        words = _words(core_text)
        head = words[-1] if words else None
        if head is not None and head.endswith(("’s", "'s")):
            head = head[:-2]
        return (span[0], span[0] + len(core_text)), head

    def person_in(self, span: tuple[int, int]) -> ActorMention | None:
        body = self.body
        for m in self.mentions_in(*span):
            if m.kind != "person":
                continue
            if body[m.end : m.end + 2] in ("’s", "'s"):
                continue  # "Kerry's aide": the possessor is not the speaker
            before = body[span[0] : m.start]
            if before.rstrip().endswith(","):
                return m
            words = _words(before)
            if words and words[0] in ("a", "an", "the") and any(w in _PREPOSITIONS for w in words):
                continue  # "a spokesman for Theresa May"
            if words and words[-1] in ("to", "for", "of", "with"):
                continue  # "an aide to Kerry"
            return m
        return None

    def title_in(self, span: tuple[int, int]) -> tuple[str | None, bool | None]:
        """The longest title in a speaker phrase, up to any relative clause ("Derek Scissors, who
        consults with administration officials" has no title), with its office flag."""
        lex = self.lex
        body = self.body
        relative = _RELATIVE_CLAUSE.search(body, span[0], span[1])
        if relative is not None:
            span = (span[0], relative.start())
        tokens = list(_WORD.finditer(body, span[0], span[1]))
        lowered = [t.group(0).lower() for t in tokens]
        best: tuple[int, int, int] | None = None  # (length, start index, end index)
        for i in range(len(tokens)):
            for n in range(min(lex.title_longest, len(tokens) - i), 0, -1):
                words = tuple(lowered[i : i + n])
                verb_like = (i > 0 and lowered[i - 1] in _SUBJECTS) or (
                    i + 1 < len(lowered) and lowered[i + 1] in _DETERMINERS
                )  # "who chairs the association" is a verb, not a plural title
                if (
                    n == 1 and words not in lex.titles and words[0].endswith("s") and not verb_like
                    and (words[0][:-1],) in lex.titles
                ):
                    lowered[i] = words[0][:-1]  # "Union leaders": the plural of a title
                    words = (lowered[i],)
                if words in lex.titles:
                    # A role outranks an honorific ("medical director" over "Dr."); then longer wins.
                    weight = n if lowered[i] not in lex.honorific_titles else 0
                    if best is None or weight > best[0]:
                        best = (weight, i, i + n)
                    break
        if best is None:
            return None, None
        _, i, j = best
        start, end = tokens[i].start(), tokens[j - 1].end()
        if lowered[i] in lex.honorific_titles and body[end : end + 1] == ".":
            end += 1
        official = lex.titles[tuple(lowered[i:j])]
        if i > 0 and lowered[i - 1] in _FORMER:
            official = False  # "former police commissioner Ray Dunleavy" holds no office now
        return body[start:end], official

    def reason_near(self, span: tuple[int, int]) -> str | None:
        sentence = self.sentence_at(span[0])
        paragraph = self.article.paragraphs[sentence.paragraph]
        text = self.body[span[0] : min(paragraph.end, span[1] + _MAX_CONTENT)].lower()
        text = " ".join(text.replace(",", " ").split())
        for reason in self.lex.reasons:
            if reason in text:
                return reason
        return None

    def gender_of(self, words: list[str]) -> str | None:
        if any(w in self.lex.female for w in words):
            return "f"
        if any(w in self.lex.male for w in words):
            return "m"
        return None

    def new_source(self, **kwargs: Any) -> _Src:
        source = _Src(id=len(self.sources), **kwargs)
        self.sources.append(source)
        return source

    def person_source(self, actor: str, gender: str | None) -> tuple[_Src, bool]:
        """The source of a named person, made on first mention; ``True`` when it is new."""
        source = self.by_person.get(actor)
        if source is not None:
            return source, False
        source = self.new_source(
            speaker_type="named_person", key=f"person:{actor}", head=None, plural=False,
            modifiers=frozenset(), affiliation=None, gender=gender, person=actor, klass=None,
        )
        self.by_person[actor] = source
        return source, True

    def resolve(self, raw: _Raw) -> None:
        """Give ``raw`` a source, creating one when no earlier source matches."""
        assert raw.speaker is not None
        span = raw.speaker
        known = self.span_source.get(span)
        if known is not None:  # the same words already resolved ("according to X, who said")
            raw.source = known
            return
        self._resolve(raw)
        self.span_source[span] = raw.source

    def _resolve(self, raw: _Raw) -> None:
        assert raw.speaker is not None
        span = raw.speaker
        body = self.body
        text = body[span[0] : span[1]]
        words = _words(text)
        position = span[0]
        lex = self.lex
        if len(words) == 1 and words[0] in lex.pronouns:
            raw.resolved_by = "pronoun" if raw.resolved_by == "speaker" else raw.resolved_by
            source = self.resolve_pronoun(words[0], position)
            self.note(source, text, span, position)
            raw.source = source.id
            return
        core, head = self.core_head(span)
        core_words = _words(body[core[0] : core[1]])
        mentions = self.mentions_near(span)
        reach = _MEDIA_ACCESS.search(body, span[0], span[1])
        if reach is not None:  # "a report seen by the Evening Post": the newspaper is not the source's side
            mentions = [m for m in mentions if m.start < reach.start()]
        actor_mentions = [m for m in mentions if m.kind != "person" and not self.locative(m) and not self.topic(m)]
        affiliation = actor_mentions[0].actor if actor_mentions else None
        if affiliation is None:
            affiliation = self.definite_org(span)
        if affiliation is None and words and words[0] == "its":
            # "Its leader, Tiago Oliveira": the organisation last named in the paragraph.
            paragraph = self.article.paragraphs[self.sentence_at(span[0]).paragraph]
            orgs = [m for m in self.mentions_in(paragraph.start, span[0]) if m.kind in ("organisation", "group")]
            affiliation = orgs[-1].actor if orgs else None
        person = self.person_in(span)
        title, title_official = self.title_in(span)
        gender = self.gender_of(words)
        if person is not None:
            source, _ = self.person_source(person.actor, gender)
            if title is None:
                title, title_official = self.title_elsewhere(person.actor)
            self.update(source, text, span, position, affiliation, title, title_official, gender)
            raw.source = source.id
            return
        determiner = core_words[0] if core_words else ""
        bare_plural = determiner not in _DETERMINERS and head is not None and head.endswith("s")
        # "the official" refers back; "officials said" (a bare plural) may repeat a group but
        # never names a person already named.
        definite = determiner not in _INDEFINITE
        person_head = head is not None and (
            head in lex.unnamed or (head,) in lex.titles or (head.endswith("s") and (head[:-1],) in lex.titles)
        )
        if head in lex.document_nouns:
            kind = "document"
        elif head in lex.institution_nouns and not person_head:
            kind = "institution"
        elif person_head:
            kind = "anonymous"
        elif actor_mentions:
            kind = "institution"  # "The United States", "Iran", "The developer, Northgate Homes"
        else:
            kind = "anonymous"
        modifiers = frozenset(
            w for w in core_words[1:-1] if w not in _DETERMINERS and w not in _NEUTRAL_MODIFIERS
            and not any(w in _words(m.text) for m in actor_mentions)
        )
        if kind == "institution":
            self.resolve_institution(raw, span, text, head, definite, modifiers, actor_mentions, title, title_official)
            return
        plural = head is not None and head.endswith("s") and head not in ("press", "boss", "witness", "actress")
        source = None
        if definite and kind in ("anonymous", "document"):
            for candidate in reversed(self.sources[-_LOOKBACK_SOURCES:]):
                same_head = candidate.speaker_type == kind and candidate.head == head
                titled = (
                    kind == "anonymous" and not bare_plural and candidate.speaker_type == "named_person"
                    and candidate.title is not None and head is not None
                    and _words(candidate.title)[-1:] == [head]
                )
                if (same_head or titled) and _compatible(candidate, modifiers, affiliation):
                    source = candidate
                    break
        if source is None and definite and not bare_plural and kind == "anonymous" and head is not None:
            source = self.titled_person(head, position)  # "The president said" after "President Donald Trump"
        if source is None:
            source = self.new_source(
                speaker_type=kind, key=f"{kind}:{len(self.sources)}", head=head, plural=plural, modifiers=modifiers,
                affiliation=affiliation, gender=gender, person=None, klass=None,
            )
        self.update(source, text, span, position, affiliation, title, title_official, gender)
        if kind == "anonymous" and source.reason is None:
            source.reason = self.reason_near(span)
        raw.source = source.id

    def resolve_institution(
        self, raw: _Raw, span: tuple[int, int], text: str, head: str | None, definite: bool,
        modifiers: frozenset[str], actor_mentions: list[ActorMention], title: str | None, title_official: bool | None,
    ) -> None:
        lex = self.lex
        position = span[0]
        klass = lex.institution_nouns[head][1] if head in lex.institution_nouns else None
        actor_mention = actor_mentions[-1] if actor_mentions and (klass is None or not modifiers) else None
        if actor_mention is not None and klass is not None and actor_mention.kind == "country":
            actor_mention = None  # "the Russian defence ministry": Russia is the affiliation, not the speaker
        actor = (actor_mention.institution or actor_mention.actor) if actor_mention else None
        affiliation = actor_mentions[0].actor if actor_mentions else None
        if actor is None and definite and klass is not None and klass not in ("government", "police", "military"):
            # "the company" after "Carver Steel will close ...": the latest organisation of that class.
            earlier = self.latest_org_of_class(klass, position, head)
            if earlier is not None:
                actor = earlier.actor
                affiliation = affiliation or earlier.actor
        if klass is None:
            klass = self.org_class(actor)
        key = f"actor:{actor}" if actor else f"class:{klass}:{' '.join(sorted(modifiers))}"
        source = None
        for candidate in reversed(self.sources[-_LOOKBACK_SOURCES:]):
            if candidate.speaker_type != "institution":
                continue
            if candidate.key == key or (
                actor is None and definite and klass is not None and candidate.klass == klass
                and _compatible(candidate, modifiers, affiliation)
            ):
                source = candidate
                break
        if source is None:
            official = lex.institution_nouns[head][0] if head in lex.institution_nouns else None
            if actor is not None:
                official = self.actor_is_official(actor)
            source = self.new_source(
                speaker_type="institution", key=key, head=head, plural=False, modifiers=modifiers,
                affiliation=affiliation, gender=None, person=None, klass=klass, institution_official=official,
            )
            if actor is not None:
                source.name_hint = actor
        self.update(source, text, span, position, affiliation, title, title_official, None)
        raw.source = source.id

    def titled_person(self, head: str, position: int) -> _Src | None:
        """The person last named with the title ``head`` ("President Donald Trump" for a later
        "the president"), as a named source."""
        if (head,) not in self.lex.titles:
            return None
        for m in reversed(self.mentions_in(max(0, position - _LOOKBACK_CHARS), position)):
            if m.kind != "person":
                continue
            title, official = self.title_elsewhere(m.actor)
            if title is not None and _words(title)[-1:] == [head]:
                source, created = self.person_source(m.actor, None)
                if created:
                    source.title, source.title_official = title, official
                return source
        return None

    def title_elsewhere(self, person: str) -> tuple[str | None, bool | None]:
        """A named person's title from any mention of them ("Council member Andrea Voss has been
        accused ..." gives Voss her title when she later speaks as "Voss")."""
        if person not in self.titles_found:
            self.titles_found[person] = self._title_elsewhere(person)
        return self.titles_found[person]

    def _title_elsewhere(self, person: str) -> tuple[str | None, bool | None]:
        for m in self.person_mentions().get(person, ())[:_TITLE_MENTIONS]:
            sentence = self.sentence_at(m.start)
            window_start = max(sentence.start, m.start - 60)
            k = m.start
            while k > window_start and self.body[k - 1] not in ",;:(“”\"":
                k -= 1
            title, official = self.title_in((k, m.start))
            if title is not None and not self.body[k : m.start].rstrip().endswith(title):
                # only a title right before the name: "Council member Andrea Voss", not
                # "officers arrested Webb"; capitalised name words may stand between
                between = self.body[k : m.start].rstrip()
                tail = between[between.rfind(title) + len(title) :] if title in between else between
                if not all(w[:1].isupper() for w in tail.split()):
                    title, official = None, None
            if title is None:
                after = self.body[m.end : sentence.end]
                if after.startswith(", "):
                    end = after.find(",", 2)
                    stop = m.end + (end if end != -1 else len(after))
                    title, official = self.title_in((m.end, stop))
            if title is not None:
                return title, official
        return None, None

    def person_mentions(self) -> dict[str, list[ActorMention]]:
        if self._person_mentions is None:
            grouped: dict[str, list[ActorMention]] = {}
            for m in self.mentions:
                if m.kind == "person":
                    grouped.setdefault(m.actor, []).append(m)
            self._person_mentions = grouped
        return self._person_mentions

    def topic(self, mention: ActorMention) -> bool:
        """A country named as the subject of expertise ("a China scholar", "a Syria analyst") is
        a topic, not a side; a demonym ("a Chinese scholar") still gives the nationality."""
        if mention.via not in ("name", "alias"):
            return False
        following = _words(self.body[mention.end : mention.end + 20])
        return bool(following) and following[0] in _TOPIC_NOUNS

    def locative(self, mention: ActorMention) -> bool:
        """A place named after "in", "near" ... ("a camp in Bangladesh"): a location, not a side.
        A demonym or an institution is never locative ("in the Russian army")."""
        if mention.via not in ("name", "alias", "capital"):
            return False
        before = self.body[max(0, mention.start - 20) : mention.start].split()
        # "in Bangladesh", "in the United States", "in east London"
        return any(w.lower() in _LOCATIVE for w in before[-2:])

    def definite_org(self, span: tuple[int, int]) -> str | None:
        """"the hospital's medical director": the organisation "the hospital" last named."""
        words = _words(self.body[span[0] : span[1]])
        for a, b in pairwise(words):
            if not b.endswith(("’s", "'s")):
                continue  # only the possessive names an employer: not "interviewed by the investigators"
            noun = b[:-2]
            if a == "the" and noun in self.lex.institution_nouns:
                klass = self.lex.institution_nouns[noun][1]
                if klass not in ("government", "police", "military", "city"):
                    earlier = self.latest_org_of_class(klass, span[0], noun)
                    if earlier is not None:
                        return earlier.actor
        return None

    def latest_org_of_class(self, klass: str, position: int, noun: str | None = None) -> ActorMention | None:
        """The latest organisation of ``klass`` before ``position`` (by its name, or by the noun
        written next to it: "the Aslef union")."""
        for m in reversed(self.mentions_in(max(0, position - _LOOKBACK_CHARS), position)):
            if m.kind != "organisation":
                continue
            beside = noun is not None and self.body_lower[m.end : m.end + len(noun) + 1] == f" {noun}"
            if beside or self.org_class(m.actor) == klass:
                return m
        return None

    def actor_is_official(self, actor: str) -> bool:
        """A gazetteer actor's own flag; for a capitalised organisation, its name words."""
        official = actor_official(actor)
        if official is not None:
            return official
        words = _words(actor)
        if words and words[-1] in self.lex.not_official_heads:
            return False
        if any(w in self.lex.official_name_words for w in actor.split()):
            return True
        klass_official = self.class_official(actor)
        return bool(klass_official)

    def org_class(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        for word in reversed(_words(actor)):
            if word in self.lex.institution_nouns:
                return self.lex.institution_nouns[word][1]
        return None

    def update(
        self, source: _Src, text: str, span: tuple[int, int], position: int, affiliation: str | None,
        title: str | None, title_official: bool | None, gender: str | None,
    ) -> None:
        self.note(source, text, span, position)
        if source.affiliation is None and affiliation is not None:
            source.affiliation = affiliation
        if title is not None and (source.title is None or len(title) > len(source.title)):
            source.title = title
            source.title_official = title_official
        if source.gender is None and gender is not None:
            source.gender = gender

    def note(self, source: _Src, text: str, span: tuple[int, int], position: int) -> None:
        if text not in source.mentions:
            source.mentions.append(text)
        source.spans.append(span)
        source.last = max(source.last, position)

    def resolve_pronoun(self, pronoun: str, position: int) -> _Src:
        """The referent of a speaker pronoun: the nearest earlier compatible source or actor.

        "he"/"she" take a person (a source, a person mention, or a named source's title used as a
        definite description: "The mayor ... She said"); "it" an institution or document; "they"
        prefers plural or institutional sources. Only the last few thousand characters are read.
        """
        lex = self.lex
        wanted = lex.pronouns[pronoun]
        gender = "f" if pronoun == "she" else "m" if pronoun == "he" else None
        window = max(0, position - _LOOKBACK_CHARS)
        recent = [s for s in self.sources[-_LOOKBACK_SOURCES:] if s.last >= window]
        candidates: list[tuple[int, _Src | ActorMention]] = []
        for source in recent:
            if wanted == "person" and (source.speaker_type not in ("named_person", "anonymous") or source.plural):
                continue
            if wanted == "institution" and source.speaker_type not in ("institution", "document"):
                continue
            if gender is not None and source.gender not in (None, gender):
                continue
            last = source.last
            if source.title is not None and source.speaker_type == "named_person":
                # "The mayor, who faces re-election ..." refers to the named mayor.
                title_head = _words(source.title)[-1:]
                if title_head:
                    found = self.body_lower.rfind(f"the {title_head[0]}", window, position)
                    last = max(last, found)
            candidates.append((last, source))
        inside_spans = [sp for src in recent for sp in src.spans[-4:]]
        if wanted == "person":
            for m in self.mentions_in(window, position):
                if m.kind != "person":
                    continue
                if any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) + 2 for a, b in inside_spans):
                    continue  # a name inside another speaker's description ("a woman from Kyauk Taw")
                existing = self.by_person.get(m.actor)
                if existing is not None and gender is not None and existing.gender not in (None, gender):
                    continue
                candidates.append((m.start, m))
        if wanted == "institution":
            for m in self.mentions_in(window, position):
                if m.kind != "person":
                    candidates.append((m.start, m))
        if wanted == "any":
            plural = [c for c in candidates if isinstance(c[1], _Src) and (c[1].plural or c[1].speaker_type == "institution")]
            candidates = plural or candidates
        if not candidates:
            return self.new_source(
                speaker_type="anonymous", key=f"pronoun:{len(self.sources)}", head=pronoun, plural=pronoun == "they",
                modifiers=frozenset(), affiliation=None, gender=gender, person=None, klass=None,
            )
        _, best = max(candidates, key=lambda c: c[0])
        if isinstance(best, _Src):
            if best.gender is None and gender is not None:
                best.gender = gender
            return best
        if best.kind == "person":
            source, created = self.person_source(best.actor, gender)
            if created:
                self.note(source, best.text, (best.start, best.end), best.start)
                source.title, source.title_official = self.title_elsewhere(best.actor)
            if source.gender is None:
                source.gender = gender
            return source
        actor = best.institution or best.actor
        source = next((s for s in recent if s.key == f"actor:{actor}"), None)
        if source is None:
            source = self.new_source(
                speaker_type="institution", key=f"actor:{actor}", head=None, plural=False, modifiers=frozenset(),
                affiliation=best.actor, gender=None, person=None, klass=self.org_class(actor),
                institution_official=self.actor_is_official(actor),
            )
            source.name_hint = actor
            self.note(source, best.text, (best.start, best.end), best.start)
        return source

    # ---- attribution finding

    def run(self) -> SourcingResult:
        article = self.article
        raws: list[_Raw] = []
        unattributed: list[tuple[int, int]] = []
        for sentence in article.sentences:
            self.sentence_cues(sentence)
        for index, quote in enumerate(self.quotes):
            raw = self.quote_raw(index, quote)
            if raw is not None:
                raws.append(raw)
                self.raws_by_sentence.setdefault(raw.sentence.index, []).append(raw)
        for sentence in article.sentences:
            raws.extend(self.indirect_raws(sentence))
        raws.sort(key=lambda r: (r.position, r.sentence.index))
        self.link_cue_only(raws)
        # Resolve speakers in body order (pronouns look back at earlier sources).
        kept: list[_Raw] = []
        for raw in raws:
            if raw.speaker is None:
                previous = self.continued(raw, kept)
                if previous is None:
                    unattributed.append((raw.text_parts[0][0], raw.text_parts[-1][1]))
                    continue
                raw.speaker = previous.speaker
                raw.source = previous.source
                raw.resolved_by = "continuation"
            else:
                self.resolve(raw)
            kept.append(raw)
        self.cataphora(kept)
        merged = self.merge(kept)
        return self.build(merged, tuple(unattributed))

    def quote_raw(self, index: int, quote: QuoteSpan) -> _Raw | None:
        body = self.body
        s1 = self.sentence_at(quote.mark_start)
        s2 = self.sentence_at(max(quote.start, quote.mark_end - 1))
        previous_end = self.quotes[index - 1].mark_end if index > 0 else 0
        next_start = self.quotes[index + 1].mark_start if index + 1 < len(self.quotes) else len(body)
        before = (max(s1.start, previous_end), quote.mark_start)
        after = (quote.mark_end, min(s2.end, next_start))
        if after[1] < after[0]:
            after = (after[0], after[0])
        cues_after = [c for c in self.cues_between(s2, after) if not c.gerund][:1]
        cues_before = [c for c in self.cues_between(s1, before) if not c.gerund][-_MAX_CUES_BEFORE:]
        before_text = body[before[0] : before[1]].strip()
        after_text = body[after[0] : after[1]].strip()
        opens_sentence = before_text == "" or before_text[-1:] in (":", ",")
        ends_sentence = after_text == "" or all(ch in ".!?…)" for ch in after_text) or bool(cues_after)
        quote_type = "direct" if opens_sentence and ends_sentence else "partial"
        if quote.first_paragraph != quote.last_paragraph or (len(quote.text.split()) > 0 and quote.mark_start == s1.start):
            quote_type = "direct" if ends_sentence or quote.first_paragraph != quote.last_paragraph else quote_type
        words = len(quote.text.split())
        text_part = (quote.start, self.trim_quote_end(quote, partial=quote_type == "partial"))
        position = quote.mark_start
        if quote_type == "partial" and words <= 3 and not self.has_verb_cue(s1):
            return None  # a scare quote around a label: “moderate” Syrians
        after_options = [(cue, after, True) for cue in cues_after[:1]]
        before_options = [(cue, before, False) for cue in reversed(cues_before)]
        # "X called the vote “a good first step” but said ...": in a partial quote X's verb comes first.
        options = before_options + after_options if quote_type == "partial" else after_options + before_options
        for cue, zone, after_side in options:
            if cue is None:
                continue
            speaker, how = self.speaker_for(cue, zone if not after_side else (after[0], after[1]), s2 if after_side else s1)
            if speaker is None:
                continue
            cue.used = True
            sentence = s2 if after_side else s1
            return _Raw(sentence, quote.first_paragraph, quote_type, [text_part], speaker, cue, how,
                        is_quote=True, position=position)
        # No cue: a colon lead-in names the speaker ("And from Chairwoman Lee: “...”").
        lead = self.colon_speaker(before, s1, quote)
        if lead is not None:
            return _Raw(s1, quote.first_paragraph, "direct" if ends_sentence else quote_type, [text_part], lead[0],
                        lead[1], "colon", is_quote=True, position=position)
        if quote_type == "partial" and words <= 3:
            return None
        return _Raw(s1, quote.first_paragraph, quote_type, [text_part], None, None, "continuation",
                    is_quote=True, position=position)

    def trim_quote_end(self, quote: QuoteSpan, partial: bool = False) -> int:
        """End of the quoted words without the trailing comma (and, in a partial quote, the
        sentence's own period that American style puts inside the marks)."""
        end = quote.end
        trailing = ",;: ." if partial else ",;: "
        while end > quote.start and self.body[end - 1] in trailing:
            end -= 1
        return end

    def speaker_for(self, cue: _Cue, zone: tuple[int, int], sentence: Sentence) -> tuple[tuple[int, int] | None, str]:
        """The speaker of ``cue`` within ``zone`` (left first, else inverted on the right)."""
        speaker, how = self._speaker_for(cue, zone, sentence)
        if speaker is not None:
            cue.speaker = speaker
        return speaker, how

    def _speaker_for(self, cue: _Cue, zone: tuple[int, int], sentence: Sentence) -> tuple[tuple[int, int] | None, str]:
        if cue.according:
            span = self.according_speaker(cue, sentence)
            return (span, "speaker") if span is not None and self.speaker_like(span) else (None, "speaker")
        zone_start = max(zone[0], sentence.start)
        previous: _Cue | None = None
        cues = self.sentence_cues(sentence)
        k = bisect.bisect_left(self.cue_starts[sentence.index], cue.start) - 1
        while k >= 0 and (cues[k].according or cues[k].end > cue.start):
            k -= 1  # the nearest earlier verb cue (cues are in text order and do not overlap)
        if k >= 0 and cues[k].end > zone_start:
            zone_start = cues[k].end
            previous = cues[k]
        if previous is not None and previous.speaker is not None and _COORDINATED.search(self.body, zone_start, cue.start):
            return previous.speaker, "coordination"  # "X called the vote “...” but said ..."
        left, how = self.speaker_left(zone_start, cue)
        if left is not None and self.speaker_like(left):
            return left, how
        right_end = min(zone[1], sentence.end) if zone[1] > cue.end else sentence.end
        right = self.speaker_right(cue.end, min(right_end, cue.end + _MAX_SPEAKER))
        if right is not None and self.speaker_like(right):
            before = self.body[zone_start : cue.start].strip()
            if before == "" or before.endswith(",") or before[-1:] in _QUOTE_MARKS:
                return right, "speaker"
        return None, "speaker"

    def according_speaker(self, cue: _Cue, sentence: Sentence) -> tuple[int, int] | None:
        body = self.body
        s = cue.end
        while s < sentence.end and body[s].isspace():
            s += 1
        end = s
        while end < sentence.end and body[end] not in ",;:“”\"(—–":
            end += 1
        while end > s and body[end - 1] in " .!?":
            end -= 1
        if end <= s:
            return None
        return s, end

    def colon_speaker(
        self, before: tuple[int, int], sentence: Sentence, quote: QuoteSpan
    ) -> tuple[tuple[int, int], _Cue | None] | None:
        """A lead-in ending with a colon: "And from Chairwoman X: “...”", or a paragraph
        "Mick Whelan told the BBC:" before a quote paragraph. Returns (speaker, cue or None)."""
        body = self.body
        text = body[before[0] : before[1]].rstrip()
        start = before[0]
        if not text.endswith(":"):
            # A lead-in paragraph ending with a colon, right before a quote paragraph.
            paragraph = quote.first_paragraph
            if text or paragraph == 0 or body[quote.mark_start - 2 : quote.mark_start] != "\n\n":
                return None
            prev = self.article.paragraphs[paragraph - 1]
            if not prev.text.rstrip().endswith(":"):
                return None
            sentence = self.sentence_at(prev.end - 1)
            start, text = sentence.start, body[sentence.start : prev.end].rstrip()
        end = start + len(text) - 1
        zone_start = max(start, sentence.start)
        for cue in reversed(self.sentence_cues(sentence)):
            if cue.gerund or not (zone_start <= cue.start < end):
                continue
            speaker, _ = self.speaker_for(cue, (zone_start, end), sentence)
            if speaker is not None:
                cue.used = True
                return speaker, cue
        chunk = self.chunk_left(zone_start, end)
        if chunk is None:
            return None
        chunk = self.strip_lead_in(chunk)
        return (chunk, None) if self.speaker_like(chunk) else None

    def strip_lead_in(self, span: tuple[int, int]) -> tuple[int, int]:
        m = re.match(r"(?:\s*(?:and|but|then|also|here|now)\b)?\s*(?:from|as|in the words of)\s+", self.body[span[0] : span[1]],
                     re.IGNORECASE)
        return (span[0] + m.end(), span[1]) if m else span

    def indirect_raws(self, sentence: Sentence) -> list[_Raw]:
        out: list[_Raw] = []
        body = self.body
        cues = self.sentence_cues(sentence)
        # "That was how another man described the past week.": the sentence only names the
        # speaker of the quotation before it.
        anaphoric = _ANAPHORIC_LINK.match(sentence.text) is not None
        covered: list[tuple[int, int]] = []
        owner = _QUOTE_OWNER.match(sentence.text)
        if owner is not None:
            # "That line, from Maple Street parent Derek Owens, drew a standing ovation.": the
            # speaker of the quotation just before.
            start = sentence.start + owner.end()
            end = start
            while end < sentence.end and body[end] not in ",;.":
                end += 1
            if end > start and self.speaker_like((start, end)):
                out.append(_Raw(sentence, sentence.paragraph, "indirect", [], (start, end), None, "speaker",
                                position=start))
        for cue in cues:
            if cue.used or cue.gerund or self.in_quote(cue.start):
                continue
            speaker, how = self.speaker_for(cue, (sentence.start, sentence.end), sentence)
            if speaker is None:
                continue
            if how != "coordination" and any(a <= cue.start < b for a, b in covered):
                continue  # an embedded report ("Cole said the city had promised ...") is the outer speaker's
            parts = [] if anaphoric else self.paraphrase(cue, speaker, sentence)
            content_words = sum(len(body[a:b].split()) for a, b in parts)
            if content_words < 2:
                if content_words == 0:
                    out.append(_Raw(sentence, sentence.paragraph, "indirect", [], speaker, cue, how,
                                    position=cue.start))
                continue
            cue.used = True
            covered.extend(parts)
            out.append(_Raw(sentence, sentence.paragraph, "indirect", parts, speaker, cue, how,
                            position=min(speaker[0], cue.start)))
        # Gerund cues ("..., warning that ...") join the attribution before them in the sentence.
        for cue in cues:
            if not cue.gerund or cue.used:
                continue
            host = None
            for raw in [*self.raws_by_sentence.get(sentence.index, ()), *out]:
                if raw.cue is not None and raw.cue.end <= cue.start:
                    host = raw
            if host is not None:
                host.extra_cues.append(cue)
                cue.used = True
                continue
            subject = self.sentence_subject(sentence, cue)
            if subject is not None and body[cue.start - 2 : cue.start] == ", ":
                # "Prime Minister X defended the reform ..., saying the pension system ...": the
                # participle reports the speech of the sentence's subject.
                parts = [self.trim((cue.end, min(sentence.end, cue.end + _MAX_CONTENT)))]
                if sum(len(body[a:b].split()) for a, b in parts) >= 2:
                    cue.used = True
                    cue.speaker = subject
                    out.append(_Raw(sentence, sentence.paragraph, "indirect", parts, subject, cue, "speaker",
                                    position=subject[0]))
        return out

    def sentence_subject(self, sentence: Sentence, cue: _Cue) -> tuple[int, int] | None:
        """The subject opening the sentence: a named person with the title before the name, or a
        speaker-like noun phrase up to the first auxiliary or past-tense verb."""
        verb = _FIRST_VERB.search(self.body, sentence.start, cue.start)
        if verb is not None and verb.start() > sentence.start:
            subject = self.chunk_left(sentence.start, verb.start())
            if subject is not None and subject[0] == sentence.start and self.speaker_like(subject):
                return subject
        for m in self.mentions_in(sentence.start, cue.start):
            if m.start - sentence.start > 60:
                break
            if m.kind == "person":
                span = (sentence.start, m.end)
                lead = _words(self.body[sentence.start : m.start])
                # Only a title may stand before the name ("Prime Minister Luís Montenegro").
                if any(not (w in _DETERMINERS or (w,) in self.lex.titles or w[:1].isupper())
                       for w in _WORD.findall(self.body[sentence.start : m.start])) or len(lead) > 5:
                    return None
                return span if self.speaker_like(span) else None
        return None

    def paraphrase(self, cue: _Cue, speaker: tuple[int, int], sentence: Sentence) -> list[tuple[int, int]]:
        """Body spans of what ``speaker`` is reported to have said (quotes left out)."""
        body = self.body
        if cue.according:
            left = (max(sentence.start, cue.start - _MAX_CONTENT), cue.start)
            right = (speaker[1], min(sentence.end, speaker[1] + _MAX_CONTENT))
            # Drop a relative clause that carries its own cue ("..., who said ...").
            parts = [p for p in (left, right) if body[p[0] : p[1]].strip(" ,.;") and not self.has_own_cue(p, sentence)]
            return [self.trim(p) for p in parts if self.trim(p)[1] > self.trim(p)[0]]
        if speaker[0] > cue.start:  # inverted: content before the cue
            before = (max(sentence.start, cue.start - _MAX_CONTENT), cue.start)
            return [self.trim(before)] if body[before[0] : before[1]].strip(" ,") else []
        after_start = cue.end
        while True:  # "said Tuesday that", "said in a statement that", "admitted in March that"
            m = _LEADING_ADJUNCT.match(body, after_start, sentence.end)
            if not m or m.end() == after_start:
                break
            after_start = m.end()
        end = min(sentence.end, after_start + _MAX_CONTENT)
        after_text = body[after_start:end]
        before = body[max(sentence.start, speaker[0] - _MAX_CONTENT) : speaker[0]].rstrip()
        rest = after_text.strip()
        if before.endswith(",") and len(before.split()) >= 3 and (
            rest in ("", ".", "!", "?") or _GERUND_TAIL.match(rest)
        ):
            # "Carver Steel will close its mill, the company said on Wednesday, blaming costs."
            return [self.trim((max(sentence.start, speaker[0] - _MAX_CONTENT), speaker[0]))]
        if rest.startswith(",") and before.strip(" ,"):
            # Mid-sentence "he said": the content is around the parenthetical.
            left = self.trim((max(sentence.start, speaker[0] - _MAX_CONTENT), speaker[0]))
            right = self.trim((after_start, end))
            return [p for p in (left, right) if p[1] > p[0]]
        m = re.match(r"\s*(?:that\b|,|:)?\s*", after_text)
        start = after_start + (m.end() if m else 0)
        if start < end and body[start] in _QUOTE_MARKS:
            return []
        span = self.trim((start, end))
        return [span] if span[1] > span[0] else []

    def has_own_cue(self, span: tuple[int, int], sentence: Sentence) -> bool:
        text = self.body[span[0] : span[1]].lower()
        return bool(re.match(r"\s*,?\s*who\b", text)) and any(
            span[0] <= c.start < span[1] for c in self.sentence_cues(sentence) if not c.according
        )

    def trim(self, span: tuple[int, int]) -> tuple[int, int]:
        body = self.body
        a, b = span
        while a < b and (body[a].isspace() or body[a] in ",;:—–"):
            a += 1
        while b > a and (body[b - 1].isspace() or body[b - 1] in ",;:.—–!?"):
            b -= 1
        return a, b

    def link_cue_only(self, raws: list[_Raw]) -> None:
        """A cue with no content ("So said Jane Doe.") names the speaker of the quote just before."""
        for k, raw in enumerate(raws):
            if raw.text_parts or raw.speaker is None:
                continue
            for j in range(k - 1, max(-1, k - 12), -1):
                previous = raws[j]
                if previous.is_quote and previous.speaker is None and raw.paragraph - previous.paragraph <= 1:
                    previous.speaker = raw.speaker
                    previous.cue = raw.cue
                    previous.resolved_by = "speaker"
                    previous.sentence = raw.sentence if raw.paragraph == previous.paragraph else previous.sentence
                    break
                if previous.is_quote:
                    break
        raws[:] = [r for r in raws if r.text_parts]

    def cataphora(self, raws: list[_Raw]) -> None:
        """"A state judge ... ruling that ..." then "Judge Marion Pryce wrote ...": an indefinite
        description whose head is the title of a person named in the next paragraph, with no
        reason given for anonymity, is that person (the usual lead-then-name order of news)."""
        first_para: dict[int, int] = {}
        for raw in raws:
            first_para.setdefault(raw.source, raw.paragraph)
        by_para: dict[int, list[_Src]] = {}
        for source in self.sources:
            if source.speaker_type == "anonymous" and source.id in first_para:
                by_para.setdefault(first_para[source.id], []).append(source)
        for named in self.sources:
            if named.speaker_type != "named_person" or named.title is None or named.id not in first_para:
                continue
            title_head = _words(named.title)[-1]
            nearby = by_para.get(first_para[named.id], []) + by_para.get(first_para[named.id] - 1, [])
            for anonymous in nearby:
                if (
                    anonymous.speaker_type == "anonymous" and anonymous.head == title_head
                    and anonymous.reason is None and anonymous.id in first_para
                    and 0 <= first_para[named.id] - first_para[anonymous.id] <= 1
                    and anonymous.mentions and _words(anonymous.mentions[0])[:1] in (["a"], ["an"])
                    and _compatible(named, anonymous.modifiers, anonymous.affiliation)
                ):
                    for raw in raws:
                        if raw.source == anonymous.id:
                            raw.source = named.id
                    named.mentions[:0] = [m for m in anonymous.mentions if m not in named.mentions]
                    named.spans.extend(anonymous.spans)
                    named.affiliation = named.affiliation or anonymous.affiliation
                    first_para[named.id] = first_para[anonymous.id]
                    anonymous.head = None  # merged: never again a candidate

    def continued(self, raw: _Raw, kept: list[_Raw]) -> _Raw | None:
        """The attribution an uncued quote continues: same paragraph, else the paragraph before."""
        for previous in reversed(kept):
            if previous.paragraph == raw.paragraph:
                return previous
            if previous.paragraph == raw.paragraph - 1 or (
                previous.is_quote and previous.paragraph >= raw.paragraph - 1
            ):
                return previous
            break
        return None

    def merge(self, raws: list[_Raw]) -> list[_Raw]:
        """One attribution per source and sentence; a split quote in one paragraph is one quote."""
        out: list[_Raw] = []
        reach: dict[int, tuple[list[tuple[int, int]], int, int]] = {}  # id(host) -> (its parts, their number, furthest end)
        for raw in raws:
            host = None
            for previous in reversed(out[-4:]):
                if previous.source != raw.source:
                    continue
                same_sentence = previous.sentence.index == raw.sentence.index
                split_quote = (
                    raw.resolved_by == "continuation" and previous.is_quote and raw.is_quote
                    and previous.paragraph == raw.paragraph and previous.quote_type == raw.quote_type == "direct"
                )
                if same_sentence or split_quote:
                    host = previous
                    break
            if host is None:
                out.append(raw)
                continue
            rank = {"direct": 0, "partial": 1, "indirect": 2}
            if raw.is_quote and not host.is_quote:
                host.text_parts = list(raw.text_parts)
                host.is_quote = True
                host.quote_type = raw.quote_type
                if raw.cue is not None:
                    if host.cue is not None:
                        host.extra_cues.insert(0, host.cue)
                    host.cue = raw.cue
            elif raw.is_quote == host.is_quote:
                # Keep the parts not inside one the host has. A part can only be inside one when it
                # ends no later than the host's furthest end: testing that first keeps a sentence
                # with thousands of quotes linear (the full scan made it quadratic).
                parts = host.text_parts
                cached = reach.get(id(host))
                if cached is not None and cached[0] is parts and cached[1] == len(parts):
                    furthest = cached[2]
                else:
                    furthest = max((b for _, b in parts), default=-1)
                for part in raw.text_parts:
                    if part[1] <= furthest and any(a <= part[0] and part[1] <= b for a, b in parts):
                        continue
                    parts.append(part)
                    furthest = max(furthest, part[1])
                reach[id(host)] = (parts, len(parts), furthest)
                if rank[raw.quote_type] < rank[host.quote_type]:
                    host.quote_type = raw.quote_type
            if raw.cue is not None and raw.cue is not host.cue:
                host.extra_cues.append(raw.cue)
            host.extra_cues.extend(raw.extra_cues)
        return out

    # ---- results

    def build(self, raws: list[_Raw], unattributed: tuple[tuple[int, int], ...]) -> SourcingResult:
        body = self.body
        lex = self.lex
        used_ids = sorted({r.source for r in raws})
        # Renumber sources in order of first attribution.
        first_seen: dict[int, None] = {}
        for r in raws:
            first_seen.setdefault(r.source, None)
        order = list(first_seen)
        del used_ids
        new_id = {old: new for new, old in enumerate(order)}
        attributions: list[Attribution] = []
        words_by_source: dict[int, int] = {}
        count_by_source: dict[int, int] = {}
        for index, raw in enumerate(raws):
            parts = sorted(raw.text_parts)
            text = " … ".join(_clean_text(body[a:b]) for a, b in parts)
            word_count = sum(len(body[a:b].split()) for a, b in parts)
            cues = sorted({id(c): c for c in ([raw.cue] if raw.cue else []) + raw.extra_cues}.values(),
                          key=lambda c: c.start)
            stance = "neutral"
            if cues:
                stance = min((c.stance for c in cues), key=lambda s: lex.stance_rank.get(s, 99))
            assert raw.speaker is not None
            sid = new_id[raw.source]
            words_by_source[sid] = words_by_source.get(sid, 0) + word_count
            count_by_source[sid] = count_by_source.get(sid, 0) + 1
            attributions.append(
                Attribution(
                    index=index,
                    source_id=sid,
                    speaker=body[raw.speaker[0] : raw.speaker[1]],
                    quote_type=raw.quote_type,
                    cue=raw.cue.text if raw.cue else None,
                    cue_lemma=raw.cue.lemma if raw.cue else None,
                    stance=stance,
                    text=text,
                    start=parts[0][0],
                    end=parts[-1][1],
                    speaker_start=raw.speaker[0],
                    speaker_end=raw.speaker[1],
                    paragraph=raw.paragraph,
                    sentence=raw.sentence.index,
                    sentence_text=raw.sentence.text,
                    word_count=word_count,
                    cues=tuple(c.text for c in cues),
                    resolved_by=raw.resolved_by,
                )
            )
        sources: list[Source] = []
        for old in order:
            s = self.sources[old]
            sid = new_id[old]
            sources.append(
                Source(
                    source_id=sid,
                    name=self.best_name(s),
                    mentions=tuple(s.mentions),
                    speaker_type=s.speaker_type,
                    anonymity_reason=s.reason if s.speaker_type == "anonymous" else None,
                    official=self.is_official(s),
                    affiliation=s.affiliation,
                    title=s.title,
                    attribution_count=count_by_source.get(sid, 0),
                    word_count=words_by_source.get(sid, 0),
                )
            )
        body_words = self.article.word_count
        ratios = _ratios(attributions, sources, body_words)
        sides: dict[str, list[int]] = {}
        for source in sources:
            side = source.affiliation or "unaffiliated"
            entry = sides.setdefault(side, [0, 0, 0])
            entry[0] += 1
            entry[1] += source.attribution_count
            entry[2] += source.word_count
        side_rows = tuple(
            sorted(((k, v[0], v[1], v[2]) for k, v in sides.items()), key=lambda r: (-r[3], r[0]))
        )
        return SourcingResult(
            attributions=tuple(attributions),
            sources=tuple(sources),
            ratios=ratios,
            right_of_reply=self.right_of_reply(attributions, sources),
            sides=side_rows,
            body_words=body_words,
            unattributed_quotes=unattributed,
        )

    def best_name(self, source: _Src) -> str:
        if source.person is not None:
            return source.person
        if source.name_hint is not None:
            return source.name_hint
        best = ""
        for mention in source.mentions:
            core = mention.split(",")[0].strip()
            if len(core) > len(best):
                best = core
        return best

    def is_official(self, source: _Src) -> bool:
        if source.title_official is not None and source.speaker_type != "institution":
            if (
                source.title_official and source.title is not None and source.title.lower() in _GENERIC_OFFICIAL
                and source.affiliation is not None and actor_country(source.affiliation) is None
                and not self.actor_is_official(source.affiliation)
            ):
                return False  # "a senior official at World Athletics": an official of a non-state body
            return source.title_official
        if source.speaker_type == "institution":
            return bool(source.institution_official)
        if source.speaker_type == "document" and source.head in self.lex.official_documents:
            return True
        # Anonymous or document, or a named person whose title's office depends on the body it
        # speaks for: "a police spokesman", "a spokesman for the agency" (not "shot by police").
        for span in source.spans:
            text = _SPEAKS_FOR_END.split(self.body[span[0] : span[1]], maxsplit=1)[0]
            words = _words(text)
            for k, word in enumerate(words):
                word = word[:-2] if word.endswith(("’s", "'s")) else word
                if k + 1 < len(words) and words[k + 1] in self.lex.place_nouns:
                    continue  # "the Wexford Court estate": part of a place name
                if word in self.lex.institution_nouns:
                    return self.lex.institution_nouns[word][0]
        if source.affiliation is not None:
            if actor_country(source.affiliation) == source.affiliation:
                return True  # a country's voice ("a US source")
            return self.actor_is_official(source.affiliation)
        # A formal title written before a name ("President Volodymyr Zelensky", "Chairwoman Ruth
        # Okafor") is an office; the same word after a name ("president of the union") is not.
        return source.speaker_type == "named_person" and source.title is not None and source.title[:1].isupper()

    def class_official(self, actor: str) -> bool | None:
        for word in reversed(_words(actor)):
            if word in self.lex.institution_nouns:
                return self.lex.institution_nouns[word][0]
        return None

    def right_of_reply(self, attributions: list[Attribution], sources: list[Source]) -> tuple[RightOfReply, ...]:
        found: dict[str, list[Accusation]] = {}
        kinds: dict[str, str] = {}
        headline = self.article.headline
        if headline:
            for party, kind, cue in self.accusations(headline, find_actors_in_text(headline).mentions, 0):
                found.setdefault(party, []).append(Accusation(None, None, cue, headline))
                kinds[party] = kind
        for sentence in self.article.sentences:
            mentions = self.mentions_in(sentence.start, sentence.end)
            for party, kind, cue in self.accusations(sentence.text, mentions, sentence.start):
                evidence = found.setdefault(party, [])
                if not evidence or evidence[-1].sentence != sentence.index:
                    evidence.append(Accusation(sentence.index, sentence.paragraph, cue, sentence.text))
                kinds[party] = kind
        # Who each source speaks for: its affiliation, that affiliation's country, and (for a
        # named person or a named institution) itself.
        voices: list[set[str]] = []
        for source in sources:
            names = {source.name} if source.speaker_type in ("named_person", "institution") else set()
            if source.affiliation is not None:
                names.add(source.affiliation)
                country = actor_country(source.affiliation)
                if country is not None:
                    names.add(country)
            voices.append(names)
        heard: dict[str, list[int]] = {party: [] for party in found}
        for a in attributions:
            for party in voices[a.source_id]:
                if party in heard:
                    heard[party].append(a.index)
        return tuple(
            RightOfReply(party, kinds[party], tuple(evidence), bool(heard[party]), tuple(heard[party]))
            for party, evidence in found.items()
        )

    def accusations(self, text: str, mentions: list[ActorMention] | tuple[ActorMention, ...],
                    offset: int) -> list[tuple[str, str, str]]:
        """(party, kind, cue) for each accusation pattern in ``text`` (mentions are body-offset)."""
        lex = self.lex
        tokens = [(m.start() + offset, m.end() + offset, m.group(0).lower()) for m in _WORD.finditer(text)]
        out: list[tuple[str, str, str]] = []
        local = [(m.start, m.end, m) for m in mentions]
        local_starts = [m.start for m in mentions]

        def party_of(m: ActorMention) -> tuple[str, str]:
            return m.actor, m.kind

        for k, (ts, te, word) in enumerate(tokens):
            nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
            prev = tokens[k - 1][2] if k > 0 else ""
            if word in lex.accuse_passive and nxt in lex.passive_links and (
                prev in lex.passive or prev in ("been", "being") or (k > 0 and self.actor_ending_at(local, local_starts, tokens[k - 1][1]))
            ):
                # "<party> (was) accused of"
                j = k - 1
                while j >= 0 and (tokens[j][2] in lex.passive or tokens[j][2] in ("has", "have", "had", "been")):
                    j -= 1
                m = self.actor_ending_at(local, local_starts, tokens[j][1]) if j >= 0 else None
                if m is None and local and len(tokens) > 5 and local[0][0] <= tokens[min(5, len(tokens) - 1)][0]:
                    # The subject named at the head of the sentence: "Council member Andrea Voss,
                    # who is running for mayor, has been accused of ..."
                    m = local[0][2] if local[0][1] <= ts else None
                if m is not None:
                    party, kind = party_of(m)
                    out.append((party, kind, f"{word} {nxt}"))
                    continue
            if word in lex.accuse_active and prev not in lex.passive:
                # "accused <party> of"; the party is the first actor within a few words.
                limit = tokens[min(len(tokens) - 1, k + 8)][1]
                lo = bisect.bisect_right(local_starts, te)
                hi = bisect.bisect_right(local_starts, limit)
                candidates = [m for _, _, m in local[lo:hi]]
                if not candidates and offset > 0 and k + 2 < len(tokens) and tokens[k + 1][2] == "the":
                    noun = tokens[k + 2][2]  # "blamed the company": the company last named
                    if noun in lex.institution_nouns and lex.institution_nouns[noun][1] not in _GOVERNMENT_CLASSES:
                        org = self.latest_org_of_class(lex.institution_nouns[noun][1], ts, noun)
                        candidates = [org] if org is not None else []
                if candidates:
                    stop = next((t for t in tokens[k + 1 : k + 10] if t[2] in ("of", "for", "over", "on")), None)
                    m = candidates[0]
                    if stop is None or m.start < stop[0]:
                        party, kind = party_of(m)
                        out.append((party, kind, word))
            for phrase in lex.concern_by_first.get(word, ()):
                if tuple(t[2] for t in tokens[k : k + len(phrase)]) == phrase:
                    hi = bisect.bisect_left(local_starts, ts)
                    candidates = [m for _, e, m in local[max(0, hi - 8) : hi] if e <= ts]
                    if candidates:
                        party, kind = party_of(candidates[-1])
                        out.append((party, kind, " ".join(phrase)))
                    break
        return out

    @staticmethod
    def actor_ending_at(
        local: list[tuple[int, int, ActorMention]], starts: list[int], end: int
    ) -> ActorMention | None:
        """The mention ending at ``end`` or up to 3 characters before it ("Russia’s", "U.S.")."""
        k = bisect.bisect_right(starts, end) - 1
        while k >= 0 and local[k][1] > end:
            k -= 1
        if k >= 0 and end - local[k][1] <= 3:
            return local[k][2]
        return None


_CONTINUED_MARK = re.compile(r"\s*\n\s*\n\s*[“\"«„]?")


def _clean_text(text: str) -> str:
    """Join the paragraphs of a quotation running over several, dropping the re-opening marks."""
    return _CONTINUED_MARK.sub(" ", text) if "\n" in text else text


def _compatible(candidate: _Src, modifiers: frozenset[str], affiliation: str | None) -> bool:
    if affiliation is not None and candidate.affiliation is not None and affiliation != candidate.affiliation:
        return False
    return not (modifiers and candidate.modifiers and not (modifiers & candidate.modifiers))


def _ratios(attributions: list[Attribution], sources: list[Source], body_words: int) -> Ratios:
    n_a = len(attributions)
    n_s = len(sources)
    by_id = {s.source_id: s for s in sources}

    def a_share(predicate: Any) -> float | None:
        return _share(sum(1 for a in attributions if predicate(a, by_id[a.source_id])), n_a)

    def s_share(predicate: Any) -> float | None:
        return _share(sum(1 for s in sources if predicate(s)), n_s)

    speech_words = sum(a.word_count for a in attributions)
    direct_words = sum(a.word_count for a in attributions if a.quote_type == "direct")
    direct_anonymous = sum(
        a.word_count for a in attributions
        if a.quote_type == "direct" and by_id[a.source_id].speaker_type == "anonymous"
    )
    return Ratios(
        source_count=n_s,
        attribution_count=n_a,
        named_attribution_share=a_share(lambda a, s: s.speaker_type == "named_person"),
        anonymous_attribution_share=a_share(lambda a, s: s.speaker_type == "anonymous"),
        institution_attribution_share=a_share(lambda a, s: s.speaker_type == "institution"),
        document_attribution_share=a_share(lambda a, s: s.speaker_type == "document"),
        named_source_share=s_share(lambda s: s.speaker_type == "named_person"),
        anonymous_source_share=s_share(lambda s: s.speaker_type == "anonymous"),
        institution_source_share=s_share(lambda s: s.speaker_type == "institution"),
        document_source_share=s_share(lambda s: s.speaker_type == "document"),
        official_attribution_share=a_share(lambda a, s: s.official),
        non_official_attribution_share=a_share(lambda a, s: not s.official),
        official_source_share=s_share(lambda s: s.official),
        non_official_source_share=s_share(lambda s: not s.official),
        direct_share=a_share(lambda a, s: a.quote_type == "direct"),
        partial_share=a_share(lambda a, s: a.quote_type == "partial"),
        indirect_share=a_share(lambda a, s: a.quote_type == "indirect"),
        speech_words=speech_words,
        body_words=body_words,
        speech_share_of_body=None if body_words == 0 else min(1.0, speech_words / body_words),
        direct_words=direct_words,
        direct_words_anonymous_share=_share(direct_anonymous, direct_words),
        words_per_source=None if n_s == 0 else speech_words / n_s,
    )


__all__ = [
    "Accusation",
    "Attribution",
    "Ratios",
    "RightOfReply",
    "Source",
    "SourcingResult",
    "analyze_sourcing",
]

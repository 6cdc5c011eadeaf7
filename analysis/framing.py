"""How a story is framed: the 20 generic-frame questions and the 15 policy frames.

**Generic news frames** (Semetko, H. A. & Valkenburg, P. M. 2000, "Framing European politics: a
content analysis of press and television news", *Journal of Communication* 50(2), 93-109). Five
frames — responsibility, human interest, conflict, morality, economic consequences — are each
measured by yes/no questions (20 in all). Here every question is a *detector*: a documented rule
over cue lexicons (``lexicons/frame_cues.toml``) and, when they are passed in, the actors
(:mod:`analysis.actors`) and sources (:mod:`analysis.sourcing`) of the story. Each answer carries
its evidence: the sentences (body index; the headline and caption are parts of their own), the cue
words with their offsets, whether each cue stands in a quotation (``quoted``), in reported speech
(``attributed``, only when sourcing is given) or in the reporter's own words (``narrator``), and
the actors or sources involved. A frame's score is the mean of its items (0-1), as in the
original study; the cue density (distinct supporting cues per 1,000 words) is reported beside it.

**Policy frames** (Boydstun, A. E., Card, D., Gross, J. H., Resnik, P. & Smith, N. A. 2014,
"Tracking the development of media frames within and across policy issues", the Policy Frames
Codebook behind the Media Frames Corpus). The 15 frames each have a cue lexicon
(``lexicons/policy_frames.toml``); a frame's score is its cue hits per 1,000 words (headline and
body), and the share of sentences with at least one of its cues is given beside it. The primary
frame is the one with the highest score (ties: higher sentence share, then codebook order);
"other" is primary only when no frame has a cue.

Rules common to every detector:

* **Units.** The headline, each body sentence and (for human interest 5 only) the photo caption.
  A question's *strength* is the number of distinct units that support it; the answer is "yes"
  when the strength reaches the item's threshold (``[thresholds]`` in ``frame_cues.toml``,
  chosen on the odd-numbered articles of the narrative-frames corpus only), or when one unit is
  decisive on its own (a money amount for economic 2, "between X and Y" in a conflict sentence
  for conflict 3). The rule of each question is in :attr:`ItemResult.rule` and the ``rule``
  column of :meth:`FramingResult.questions_frame`.
* **Negation.** A cue preceded, within five words of the same clause, by a negator ("no", "not",
  "never", "without", any "n't" …) is negated and supports nothing ("no one was hurt"); negated
  cues are listed apart so a reader can see what was discounted.
* **Voice.** Every cue records whether it is quoted, attributed or the narrator's; detectors count
  all voices (a frame carried by a quoted source is still the story's frame), and the evidence
  shows which.

Known limits of cue-based detection on news (read the figures with these in mind):

* Cues are words, not meanings: "fire" as criticism or gunfire, "strike" as attack or walk-out,
  "gains" on a battlefield or a market; the lexicons and their ``exclude`` lists only reduce this.
* Negation is a fixed window; hedges ("it was not known how many were hurt"), sarcasm, rhetorical
  questions and negation across clauses are not understood.
* Who blames whom is read from word order around a few verbs ("X accused Y of", "Y was blamed"),
  not from a parse; government versus individual responsibility is therefore approximate.
* Questions about a whole story's message (moral message, urgency, winners and losers) are
  judged by a coder from the story as a whole; single cue words over- or under-shoot, and longer
  stories collect more cues (hence the thresholds and the per-1,000-word density).
* "Visual information" is read from the caption text only; an image itself is never seen.
* English only; lexicons were written for news on many topics but will miss domain slang.
* On human-coded climate-change news (analysis/validate_framing.py, held-out even ids) Cohen's κ
  with the coders is 0.15-0.55 for most questions, about 0.7 for religion (MO2) and about 0 for
  the human example (HI1) and for "someone is responsible" (re7, which coders said yes to in 98%
  of articles); frame-score AUCs are 0.68-0.79. Read the validation table before trusting one item.
* Thresholds are counts of sentences tuned on ~630-word articles: on much shorter or much longer
  stories they are stricter or looser than intended.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

import pandas as pd

from analysis._json import to_jsonable
from analysis.article import Article
from analysis.errors import LexiconError
from analysis.lexicons import lexicon_cache, lexicon_versions, load_lexicon

__all__ = [
    "FRAMES",
    "CueHit",
    "Evidence",
    "FrameScore",
    "FramingResult",
    "ItemResult",
    "PolicyFrameScore",
    "analyze_framing",
]

#: The five generic frames, in the order of their prevalence in Semetko & Valkenburg (2000):
#: this order also breaks ties between frames with equal score and cue density.
FRAMES: tuple[str, ...] = ("responsibility", "conflict", "economic", "human_interest", "morality")
FRAME_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "responsibility": "Attribution of responsibility",
        "conflict": "Conflict",
        "economic": "Economic consequences",
        "human_interest": "Human interest",
        "morality": "Morality",
    }
)

# --------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True)
class CueHit:
    """One cue word or phrase found in the text.

    ``part`` is ``headline``, ``body`` or ``caption``; ``start``/``end`` are offsets into
    :attr:`Article.body` for body cues and into the headline or caption string otherwise;
    ``sentence`` is the body sentence index (``None`` outside the body). ``voice`` is ``quoted``
    (inside quotation marks), ``attributed`` (inside reported speech found by sourcing) or
    ``narrator``. ``term`` is the lexicon entry that matched, ``category`` its cue category.
    """

    category: str
    term: str
    text: str
    part: str
    sentence: int | None
    start: int
    end: int
    voice: str
    negated: bool = False


@dataclass(frozen=True)
class Evidence:
    """One unit (sentence, headline, caption, or the source list) that supports an answer."""

    part: str
    sentence: int | None
    text: str
    cues: tuple[CueHit, ...] = ()
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str = ""
    strong: bool = False  # answers "yes" on its own, whatever the threshold (a money amount for EC2)

    @property
    def key(self) -> tuple[str, int]:
        return (self.part, -1 if self.sentence is None else self.sentence)

    def label(self) -> str:
        """``s12``, ``headline``, ``caption`` or ``sources``."""
        return f"s{self.sentence}" if self.part == "body" else self.part


@dataclass(frozen=True)
class ItemResult:
    """The answer to one of the 20 questions, with its evidence."""

    frame: str
    item: str  # "RS1" … "EC3"
    number: int
    question: str
    rule: str
    answer: bool
    strength: int  # distinct supporting units
    threshold: int
    evidence: tuple[Evidence, ...]
    negated: tuple[CueHit, ...] = ()

    @property
    def sentences(self) -> tuple[int, ...]:
        return tuple(sorted({e.sentence for e in self.evidence if e.sentence is not None}))

    @property
    def cues(self) -> tuple[CueHit, ...]:
        return tuple(c for e in self.evidence for c in e.cues)

    @property
    def voices(self) -> tuple[str, ...]:
        return tuple(sorted({c.voice for c in self.cues}))

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(sorted({a for e in self.evidence for a in e.actors}))

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s for e in self.evidence for s in e.sources}))

    def evidence_text(self) -> str:
        return " | ".join(f"{e.label()}: {e.text}" for e in self.evidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "frame": self.frame,
            "item": self.item,
            "number": self.number,
            "question": self.question,
            "answer": "yes" if self.answer else "no",
            "strength": self.strength,
            "threshold": self.threshold,
            "rule": self.rule,
            "sentences": list(self.sentences),
            "voices": list(self.voices),
            "actors": list(self.actors),
            "sources": list(self.sources),
            "evidence": [
                {
                    "part": e.part,
                    "sentence": e.sentence,
                    "text": e.text,
                    "note": e.note,
                    "actors": list(e.actors),
                    "sources": list(e.sources),
                    "cues": [_cue_dict(c) for c in e.cues],
                }
                for e in self.evidence
            ],
            "negated_cues": [_cue_dict(c) for c in self.negated],
        }


def _cue_dict(c: CueHit) -> dict[str, Any]:
    return {
        "category": c.category,
        "term": c.term,
        "text": c.text,
        "part": c.part,
        "sentence": c.sentence,
        "start": c.start,
        "end": c.end,
        "voice": c.voice,
        "negated": c.negated,
    }


@dataclass(frozen=True)
class FrameScore:
    """A generic frame: ``score`` = mean of its yes/no items (0-1)."""

    frame: str
    label: str
    score: float
    items_yes: int
    n_items: int
    cue_hits: int  # distinct non-negated cues behind its items
    cues_per_1000_words: float
    rank: int


@dataclass(frozen=True)
class PolicyFrameScore:
    """A Policy Frames Codebook frame: ``score`` = cue hits per 1,000 words (headline + body)."""

    code: int
    frame: str
    label: str
    hits: int
    sentences: tuple[int, ...]  # body sentence indices with a cue
    headline: bool  # the headline has a cue
    share_of_sentences: float  # units (headline + body sentences) with a cue / all units
    score: float
    rank: int
    cues: tuple[CueHit, ...]


@dataclass(frozen=True)
class FramingResult:
    """Generic (Semetko & Valkenburg 2000) and policy (Boydstun et al. 2014) frames of one article."""

    items: tuple[ItemResult, ...]
    frames: tuple[FrameScore, ...]  # ranked, best first
    dominant_frame: str | None
    policy: tuple[PolicyFrameScore, ...]  # ranked, best first
    primary_policy_frame: str
    word_count: int
    inputs: Mapping[str, bool] = field(default_factory=dict)
    sentence_texts: Mapping[int, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ranking(self) -> tuple[str, ...]:
        return tuple(f.frame for f in self.frames)

    def item(self, code: str) -> ItemResult:
        for item in self.items:
            if item.item == code:
                return item
        raise KeyError(code)

    def frame(self, name: str) -> FrameScore:
        for frame in self.frames:
            if frame.frame == name:
                return frame
        raise KeyError(name)

    def policy_score(self, name: str) -> PolicyFrameScore:
        for frame in self.policy:
            if frame.frame == name:
                return frame
        raise KeyError(name)

    def questions_frame(self) -> pd.DataFrame:
        """One row per question, in questionnaire order.

        Columns: ``frame``, ``item`` (RS1 … EC3), ``number`` (within the frame), ``question``,
        ``answer`` (yes/no), ``strength`` (supporting units), ``threshold``, ``sentences`` (body
        sentence indices), ``cues`` (``term@start-end/voice`` per cue), ``voices``, ``actors``,
        ``sources``, ``evidence`` (``s12: sentence text | …``), ``negated_cues``, ``rule``.
        """
        rows = [
            {
                "frame": i.frame,
                "item": i.item,
                "number": i.number,
                "question": i.question,
                "answer": "yes" if i.answer else "no",
                "strength": i.strength,
                "threshold": i.threshold,
                "sentences": list(i.sentences),
                "cues": [f"{c.text}@{c.part}:{c.start}-{c.end}/{c.voice}" for c in i.cues],
                "voices": list(i.voices),
                "actors": list(i.actors),
                "sources": list(i.sources),
                "evidence": i.evidence_text(),
                "negated_cues": [f"{c.text}@{c.part}:{c.start}-{c.end}" for c in i.negated],
                "rule": i.rule,
            }
            for i in self.items
        ]
        return pd.DataFrame(rows)

    def frames_frame(self) -> pd.DataFrame:
        """One row per generic frame, ranked: ``frame``, ``label``, ``score`` (mean of items,
        0-1), ``items_yes``, ``n_items``, ``cue_hits``, ``cues_per_1000_words``, ``rank``,
        ``dominant``."""
        rows = [
            {
                "frame": f.frame,
                "label": f.label,
                "score": f.score,
                "items_yes": f.items_yes,
                "n_items": f.n_items,
                "cue_hits": f.cue_hits,
                "cues_per_1000_words": f.cues_per_1000_words,
                "rank": f.rank,
                "dominant": f.frame == self.dominant_frame,
            }
            for f in self.frames
        ]
        return pd.DataFrame(rows)

    def policy_frame(self) -> pd.DataFrame:
        """One row per policy frame, ranked: ``code`` (codebook number), ``frame``, ``label``,
        ``hits``, ``cues_per_1000_words`` (= ``score``), ``share_of_sentences``, ``sentences``,
        ``headline``, ``rank``, ``primary``, ``cues`` (distinct terms), ``evidence``."""
        rows = [
            {
                "code": p.code,
                "frame": p.frame,
                "label": p.label,
                "hits": p.hits,
                "cues_per_1000_words": p.score,
                "share_of_sentences": p.share_of_sentences,
                "sentences": list(p.sentences),
                "headline": p.headline,
                "rank": p.rank,
                "primary": p.frame == self.primary_policy_frame,
                "cues": sorted({c.text.lower() for c in p.cues}),
                "evidence": " | ".join(f"s{s}: {self.sentence_texts.get(s, '')}" for s in p.sentences),
            }
            for p in self.policy
        ]
        return pd.DataFrame(rows)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, deterministic (frames ranked, questions in questionnaire order)."""
        return to_jsonable(
            {
                "reference": {
                    "generic": "Semetko & Valkenburg (2000), Journal of Communication 50(2)",
                    "policy": "Boydstun, Card, Gross, Resnik & Smith (2014), Policy Frames Codebook",
                },
                "word_count": self.word_count,
                "inputs": dict(sorted(self.inputs.items())),
                "generic_frames": {
                    "dominant": self.dominant_frame,
                    "ranking": list(self.ranking),
                    "frames": [
                        {
                            "frame": f.frame,
                            "label": f.label,
                            "score": f.score,
                            "items_yes": f.items_yes,
                            "n_items": f.n_items,
                            "cue_hits": f.cue_hits,
                            "cues_per_1000_words": f.cues_per_1000_words,
                            "rank": f.rank,
                        }
                        for f in self.frames
                    ],
                    "questions": [i.to_dict() for i in self.items],
                },
                "policy_frames": {
                    "primary": self.primary_policy_frame,
                    "frames": [
                        {
                            "code": p.code,
                            "frame": p.frame,
                            "label": p.label,
                            "hits": p.hits,
                            "score": p.score,
                            "share_of_sentences": p.share_of_sentences,
                            "sentences": list(p.sentences),
                            "headline": p.headline,
                            "rank": p.rank,
                            "cues": [_cue_dict(c) for c in p.cues],
                        }
                        for p in self.policy
                    ],
                },
                "lexicons": {
                    k: v for k, v in lexicon_versions().items() if k in ("frame_cues", "policy_frames")
                },
            }
        )


# --------------------------------------------------------------------------------------------
# Lexicon compilation: each term becomes one anchored regex, indexed by its first word, so the
# text is scanned once, token by token, and only the few terms that can start at a token are
# tried there (time linear in the text; no alternation of hundreds of branches, no nesting).

_SEP = r"[\s\-–]+"
_GAP = r"(?:[\s\-–,]+[\w'$.%]+){0,3}?[\s\-–,]+"
_TOKEN = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True)
class _Term:
    category: str
    term: str
    pattern: re.Pattern[str]
    exclude: bool


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, tuple[_Term, ...]]
    prefix: Mapping[str, tuple[_Term, ...]]
    prefix_lengths: tuple[int, ...]
    other: tuple[_Term, ...]  # terms that do not start with a word character


def _compile_term(term: str, category: str, exclude: bool) -> tuple[str | None, bool, _Term]:
    case_sensitive = term.startswith("=")
    body = (term[1:] if case_sensitive else term).replace("’", "'").strip()
    if not body:
        raise LexiconError(f"empty cue term in category {category!r}")
    pieces: list[str] = []
    previous_gap = True
    for word in body.split():
        if word == "...":
            pieces.append(_GAP)
            previous_gap = True
            continue
        star = word.endswith("*")
        stem = word.rstrip("*")
        piece = _SEP.join(re.escape(part) for part in stem.split("-") if part) or re.escape(stem)
        if star:
            piece += r"\w*"
        if not previous_gap:
            pieces.append(_SEP)
        pieces.append(piece)
        previous_gap = False
    last = body.split()[-1]
    if last[-1].isalnum() or last[-1] == "_":
        pieces.append(r"(?!\w)")
    flags = 0 if case_sensitive else re.IGNORECASE
    pattern = re.compile("".join(pieces), flags)
    first_word = body.split()[0]
    head = re.match(r"\w+", first_word)
    if head is None:
        return None, False, _Term(category, term, pattern, exclude)
    key = head.group(0).lower()
    is_prefix = first_word.endswith("*") and head.group(0) == first_word.rstrip("*")
    return key, is_prefix, _Term(category, term, pattern, exclude)


def _entries(raw: Iterable[Any], where: str) -> list[str]:
    out: list[str] = []
    for entry in raw:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, Mapping) and isinstance(entry.get("term"), str):
            out.append(entry["term"])
        else:
            raise LexiconError(f"{where}: a cue entry must be a string or {{term = ..., reason = ...}}, got {entry!r}")
    return out


def _build_index(categories: Mapping[str, tuple[list[str], list[str]]]) -> _Index:
    exact: dict[str, list[_Term]] = {}
    prefix: dict[str, list[_Term]] = {}
    other: list[_Term] = []
    for category, (terms, excludes) in categories.items():
        for is_exclude, group in ((False, terms), (True, excludes)):
            for term in group:
                key, is_prefix, compiled = _compile_term(term, category, is_exclude)
                if key is None:
                    other.append(compiled)
                elif is_prefix:
                    prefix.setdefault(key, []).append(compiled)
                else:
                    exact.setdefault(key, []).append(compiled)
    return _Index(
        exact=MappingProxyType({k: tuple(v) for k, v in exact.items()}),
        prefix=MappingProxyType({k: tuple(v) for k, v in prefix.items()}),
        prefix_lengths=tuple(sorted({len(k) for k in prefix})),
        other=tuple(other),
    )


@dataclass(frozen=True)
class _Lexicons:
    index: _Index
    thresholds: Mapping[str, int]
    negators: frozenset[str]
    clause_breaks: str
    clause_words: frozenset[str]
    policy: tuple[tuple[str, int, str], ...]  # (frame, code, label) in codebook order
    # word -> candidate terms, shared by every call under these lexicons (a pure function of the
    # word and ``index``; cleared when it grows past _CANDIDATE_CACHE_SIZE words)
    candidates: dict[str, _Candidates] = field(default_factory=dict, compare=False, repr=False)
    gates: dict[tuple[_Term, ...], re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)


#: A word's candidate terms and, when there are several, their gate: one alternation of all their
#: patterns, which matches at a position exactly when at least one of them does (so a position
#: where it fails is skipped without trying each term; where it matches, every term is tried).
_Candidates = tuple[tuple[_Term, ...], "re.Pattern[str] | None"]
_CANDIDATE_CACHE_SIZE = 200_000
_GATE_MIN_TERMS = 3


@lexicon_cache
def _lexicons() -> _Lexicons:
    cues = load_lexicon("frame_cues")
    policy = load_lexicon("policy_frames")
    categories: dict[str, tuple[list[str], list[str]]] = {}
    for name, table in cues["cues"].items():
        categories[f"cue:{name}"] = (
            _entries(table.get("terms", []), f"frame_cues.{name}"),
            _entries(table.get("exclude", []), f"frame_cues.{name}.exclude"),
        )
    frames: list[tuple[str, int, str]] = []
    for name, table in policy["frames"].items():
        categories[f"policy:{name}"] = (
            _entries(table.get("terms", []), f"policy_frames.{name}"),
            _entries(table.get("exclude", []), f"policy_frames.{name}.exclude"),
        )
        frames.append((name, int(table["code"]), str(table["label"])))
    frames.sort(key=lambda f: f[1])
    negation = cues["negation"]
    thresholds = {str(k): int(v) for k, v in cues.get("thresholds", {}).items()}
    return _Lexicons(
        index=_build_index(categories),
        thresholds=MappingProxyType(thresholds),
        negators=frozenset(w.lower() for w in negation["words"]),
        clause_breaks="".join(negation["clause_breaks"]),
        clause_words=frozenset(w.lower() for w in negation["clause_words"]),
        policy=tuple(frames),
    )


# ``[\d,]*+`` is possessive and a bare amount never starts right after "digit," (inside a run): on
# "1,1,1,…" every digit was a new start that read to the end of the run (quadratic).
_MONEY = re.compile(
    r"(?:US\$|A\$|C\$|[$€£¥₹])\s?\d[\d,]*+(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|mn|m|k)\b)?"
    r"|\b(?<!\d,)\d[\d,]*+(?:\.\d+)?\s?(?:million|billion|trillion)?\s?"
    r"(?:dollars|euros|pounds sterling|yen|yuan|rupees|francs|roubles|rubles)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+and\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)

# --------------------------------------------------------------------------------------------
# Matching


@dataclass(frozen=True)
class _Unit:
    part: str  # headline | body | caption
    sentence: int | None
    text: str
    offset: int  # added to unit positions to give CueHit offsets


def _candidates(word: str, index: _Index) -> tuple[_Term, ...]:
    candidates: list[_Term] = list(index.exact.get(word, ()))
    for length in index.prefix_lengths:
        if length > len(word):
            break
        candidates.extend(index.prefix.get(word[:length], ()))
    return tuple(candidates)


def _candidates_and_gate(word: str, lex: _Lexicons) -> _Candidates:
    terms = _candidates(word, lex.index)
    if len(terms) < _GATE_MIN_TERMS:
        return terms, None
    gate = lex.gates.get(terms)
    if gate is None:
        gate = lex.gates[terms] = re.compile(
            "|".join(
                f"(?i:{t.pattern.pattern})" if t.pattern.flags & re.IGNORECASE else f"(?:{t.pattern.pattern})"
                for t in terms
            )
        )
    return terms, gate


def _scan(
    unit: _Unit,
    lex: _Lexicons,
    voice_of: Callable[[str, int], str],
    seen: dict[str, _Candidates] | None = None,
) -> list[CueHit]:
    """All cue hits of one unit: longest match per category, excludes applied, negation marked
    (generic-frame cues only; policy cues name a topic even when negated). ``seen`` caches the
    candidate terms per word (default: the lexicons' own cache, shared across calls)."""
    text = unit.text.translate(_APOSTROPHES)
    index = lex.index
    if seen is None:
        seen = lex.candidates
        if len(seen) > _CANDIDATE_CACHE_SIZE:
            seen.clear()
    found: dict[str, list[tuple[int, int, _Term]]] = {}
    for token in _TOKEN.finditer(text):
        word = token.group(0).lower()
        entry = seen.get(word)
        if entry is None:
            entry = seen[word] = _candidates_and_gate(word, lex)
        candidates, gate = entry
        if gate is not None and gate.match(text, token.start()) is None:
            continue
        for term in candidates:
            match = term.pattern.match(text, token.start())
            if match is not None and match.end() > match.start():
                found.setdefault(term.category, []).append((match.start(), match.end(), term))
    if index.other:
        for term in index.other:
            for match in term.pattern.finditer(text):
                found.setdefault(term.category, []).append((match.start(), match.end(), term))
    hits: list[CueHit] = []
    negation: dict[int, bool] = {}
    for category, spans in found.items():
        excludes = sorted((s, e) for s, e, t in spans if t.exclude)
        exclude_starts = [s for s, _ in excludes]
        longest_exclude = max((e - s for s, e in excludes), default=0)
        kept: list[tuple[int, int, _Term]] = []
        for start, end, term in sorted((x for x in spans if not x[2].exclude), key=lambda x: (x[0], -(x[1] - x[0]))):
            if kept and start < kept[-1][1]:
                continue
            lo = bisect.bisect_left(exclude_starts, start - longest_exclude)
            hi = bisect.bisect_left(exclude_starts, end)
            if any(excludes[i][1] > start for i in range(lo, hi)):
                continue
            kept.append((start, end, term))
        for start, end, term in kept:
            negated = False
            if category.startswith("cue:"):
                if start not in negation:
                    negation[start] = _negated(text, start, lex)
                negated = negation[start]
            hits.append(
                CueHit(
                    category=category,
                    term=term.term,
                    text=unit.text[start:end],
                    part=unit.part,
                    sentence=unit.sentence,
                    start=unit.offset + start,
                    end=unit.offset + end,
                    voice=voice_of(unit.part, unit.offset + start),
                    negated=negated,
                )
            )
    hits.sort(key=lambda h: (h.start, h.category))
    return hits


_WORDS_BEFORE = re.compile(r"[\w']+")


def _negated(text: str, start: int, lex: _Lexicons) -> bool:
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(ch) for ch in lex.clause_breaks) if lex.clause_breaks else -1
    if cut >= 0:
        window = window[cut + 1 :]
    words = [w.lower() for w in _WORDS_BEFORE.findall(window)]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in lex.clause_words:
            words = words[i + 1 :]
            break
    return any(w in lex.negators or w.endswith("n't") for w in words[-5:])


# --------------------------------------------------------------------------------------------
# Per-article context shared by the detectors


@dataclass(frozen=True)
class _Party:
    name: str
    kind: str  # country | organisation | person | group | unknown
    government: bool
    start: int
    end: int


@dataclass
class _Context:
    """Everything the detectors read, built once per call (no state outlives the call)."""

    article: Article
    units: list[_Unit]
    hits: dict[tuple[str, int], list[CueHit]]  # unit key -> hits, by start
    parties: dict[int, list[_Party]]  # body sentence -> actor mentions
    official_sentences: dict[int, list[str]]  # sentence -> official sources speaking there
    attributions: list[Any]
    sources: dict[Any, Any]
    right_of_reply: list[Any]
    has_actors: bool
    has_sourcing: bool
    by_key: dict[tuple[str, int], _Unit] = field(default_factory=dict)
    by_category: dict[tuple[tuple[str, int], str], tuple[list[CueHit], list[int]]] = field(default_factory=dict)
    memo: dict[Any, Any] = field(default_factory=dict)
    # category -> positions in ``units`` of the units with a hit of that category (in unit order)
    positions: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_key = {_key(u): u for u in self.units}
        for key, hits in self.hits.items():
            for hit in hits:
                self.by_category.setdefault((key, hit.category), ([], []))[0].append(hit)
        for hits, starts in self.by_category.values():
            hits.sort(key=lambda h: h.start)
            starts.extend(h.start for h in hits)
        for position, unit in enumerate(self.units):
            for category in dict.fromkeys(h.category for h in self.hits.get(_key(unit), ())):
                self.positions.setdefault(category, []).append(position)

    def _units_of(self, categories: Sequence[str], parts: Sequence[str]) -> list[_Unit]:
        """The units of ``parts`` that hold a hit of any of ``categories``, in unit order (a unit
        without one gives no cues, so skipping it changes nothing)."""
        if len(categories) == 1:
            positions: Iterable[int] = self.positions.get(f"cue:{categories[0]}", ())
        else:
            positions = sorted({i for c in categories for i in self.positions.get(f"cue:{c}", ())})
        return [u for u in (self.units[i] for i in positions) if u.part in parts]

    def unit(self, key: tuple[str, int]) -> _Unit:
        return self.by_key[key]

    def cues(self, key: tuple[str, int], *categories: str, negated: bool | None = False) -> list[CueHit]:
        out: list[CueHit] = []
        for category in categories:
            hits = self.by_category.get((key, f"cue:{category}"))
            if hits:
                out.extend(h for h in hits[0] if negated is None or h.negated == negated)
        if len(categories) > 1:
            out.sort(key=lambda h: (h.start, h.category))
        return out

    def cues_between(self, key: tuple[str, int], category: str, lo: int, hi: int) -> list[CueHit]:
        """Hits of one category lying inside [lo, hi) (absolute offsets), negated or not."""
        entry = self.by_category.get((key, f"cue:{category}"))
        if not entry:
            return []
        hits, starts = entry
        out = []
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            if hits[i].end <= hi:
                out.append(hits[i])
        return out

    def units_with(self, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[tuple[_Unit, list[CueHit]]]:
        out = []
        for unit in self._units_of(categories, parts):
            cues = self.cues(_key(unit), *categories)
            if cues:
                out.append((unit, cues))
        return out

    def negated_cues(self, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[CueHit]:
        return [
            h
            for unit in self._units_of(categories, parts)
            for h in self.cues(_key(unit), *categories, negated=True)
        ]

    def government_in(self, unit: _Unit, start: int | None = None, end: int | None = None) -> list[str]:
        """Government actors or nouns in a unit (optionally only inside [start, end) of the unit text)."""
        whole = start is None and end is None
        if whole and ("gov", _key(unit)) in self.memo:
            return list(self.memo[("gov", _key(unit))])
        lo = unit.offset + (start or 0)
        hi = unit.offset + (len(unit.text) if end is None else end)
        names = [h.text for h in self.cues_between(_key(unit), "government", lo, hi)]
        if unit.part == "body" and unit.sentence is not None:
            for party in self.parties.get(unit.sentence, []):
                if party.government and lo <= party.start and party.end <= hi:
                    names.append(party.name)
            if whole:
                names.extend(self.official_sentences.get(unit.sentence, []))
        names = _dedupe(names)
        if whole:
            self.memo[("gov", _key(unit))] = tuple(names)
        return names

    def nongovernment_in(self, unit: _Unit, start: int, end: int) -> list[str]:
        lo, hi = unit.offset + start, unit.offset + end
        names = [h.text for h in self.cues_between(_key(unit), "responsible_agent", lo, hi)]
        if unit.part == "body" and unit.sentence is not None:
            names.extend(
                p.name
                for p in self.parties.get(unit.sentence, [])
                if not p.government and lo <= p.start and p.end <= hi
            )
        return _dedupe(names)


def _key(unit: _Unit) -> tuple[str, int]:
    return (unit.part, -1 if unit.sentence is None else unit.sentence)


def _dedupe(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _attr(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, Mapping) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _span_lookup(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """``offset -> any(s <= offset < e for s, e in spans)`` in O(log n): spans sorted by start,
    with the running maximum of their ends (a scan per cue made long articles quadratic)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach: list[int] = []
    for _, e in ordered:
        reach.append(max(e, reach[-1]) if reach else e)

    def covered(offset: int) -> bool:
        position = bisect.bisect_right(starts, offset) - 1
        return position >= 0 and reach[position] > offset

    return covered


def _build_context(article: Article, sourcing: Any, actors: Any) -> _Context:
    lex = _lexicons()
    units: list[_Unit] = []
    if article.headline:
        units.append(_Unit("headline", None, article.headline, 0))
    units.extend(_Unit("body", s.index, s.text, s.start) for s in article.sentences)
    if article.caption:
        units.append(_Unit("caption", None, article.caption, 0))

    quote_spans = [(q.start, q.end) for q in article.quotes]
    attributions = list(_attr(sourcing, "attributions", default=()) or ()) if sourcing is not None else []
    indirect_spans = [
        (int(_attr(a, "start")), int(_attr(a, "end")))
        for a in attributions
        if _attr(a, "quote_type") == "indirect" and _attr(a, "start") is not None and _attr(a, "end") is not None
    ]

    in_quote, in_indirect = _span_lookup(quote_spans), _span_lookup(indirect_spans)

    def voice_of(part: str, offset: int) -> str:
        if part != "body":
            return "narrator"
        if in_quote(offset):
            return "quoted"
        if in_indirect(offset):
            return "attributed"
        return "narrator"

    hits = {_key(u): _scan(u, lex, voice_of) for u in units}

    parties: dict[int, list[_Party]] = {}
    if actors is not None:
        official_fn = _actors_helper("actor_official")
        for mention in _attr(actors, "mentions", default=()) or ():
            kind = str(_attr(mention, "kind", default="unknown"))
            name = str(_attr(mention, "actor", default=_attr(mention, "text", default="")))
            start, end = int(_attr(mention, "start")), int(_attr(mention, "end"))
            sentence = int(_attr(mention, "sentence"))
            government = kind == "country"
            if kind == "organisation" and official_fn is not None:
                government = bool(official_fn(name))
            if kind == "person":
                government = _titled_official(article, sentence, start, hits)
            parties.setdefault(sentence, []).append(_Party(name, kind, government, start, end))
        titled = {p.name for ps in parties.values() for p in ps if p.kind == "person" and p.government}
        for sentence, ps in parties.items():
            parties[sentence] = [
                _Party(p.name, p.kind, True, p.start, p.end) if p.kind == "person" and p.name in titled else p
                for p in ps
            ]

    sources: dict[Any, Any] = {}
    official_sentences: dict[int, list[str]] = {}
    if sourcing is not None:
        for source in _attr(sourcing, "sources", default=()) or ():
            sources[_attr(source, "source_id")] = source
        for attribution in attributions:
            source = sources.get(_attr(attribution, "source_id"))
            sentence = _attr(attribution, "sentence")
            if source is not None and _attr(source, "official", default=False) and sentence is not None:
                name = str(_attr(source, "name", default="") or _attr(attribution, "speaker", default="official"))
                official_sentences.setdefault(int(sentence), []).append(name)
    right_of_reply = list(_attr(sourcing, "right_of_reply", default=()) or ()) if sourcing is not None else []
    return _Context(
        article=article,
        units=units,
        hits=hits,
        parties=parties,
        official_sentences=official_sentences,
        attributions=attributions,
        sources=sources,
        right_of_reply=right_of_reply,
        has_actors=actors is not None,
        has_sourcing=sourcing is not None,
    )


def _actors_helper(name: str) -> Callable[[str], Any] | None:
    try:
        from analysis import actors as actors_module
    except ImportError:  # the actors module is optional
        return None
    return getattr(actors_module, name, None)


_BETWEEN_TITLE_AND_NAME = re.compile(r"^(?:\s+(?:of|the|for|and|[A-Z][\w.'’-]*))*\s+$")


def _titled_official(article: Article, sentence: int, start: int, hits: Mapping[tuple[str, int], list[CueHit]]) -> bool:
    """A person is an official when an official title stands before the name with only
    capitalised words or "of/the/for/and" in between, within 40 characters (``US Secretary of
    State John Kerry``, ``Syrian President Bashar al-Assad``, ``Sen. Smith``)."""
    for hit in hits.get(("body", sentence), []):
        if hit.category == "cue:official_title" and 0 <= start - hit.end <= 40:
            gap = article.body[hit.end : start]
            if not gap or _BETWEEN_TITLE_AND_NAME.match(gap):
                return True
    return False


# --------------------------------------------------------------------------------------------
# The 20 detectors. Each returns the supporting units as Evidence; the answer is
# strength >= threshold.


def _simple(ctx: _Context, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[Evidence]:
    return [
        Evidence(u.part, u.sentence, u.text, _unique_cues(cues), tuple(_party_names(ctx, u)))
        for u, cues in ctx.units_with(*categories, parts=parts)
    ]


def _party_names(ctx: _Context, unit: _Unit) -> list[str]:
    if unit.part != "body" or unit.sentence is None:
        return []
    return _dedupe(p.name for p in ctx.parties.get(unit.sentence, []))


def _stance_evidence(ctx: _Context, stances: set[str]) -> list[Evidence]:
    out = []
    for attribution in ctx.attributions:
        stance = _attr(attribution, "stance")
        if stance not in stances:
            continue
        sentence = _attr(attribution, "sentence")
        source = ctx.sources.get(_attr(attribution, "source_id"))
        name = str(_attr(source, "name", default="") or _attr(attribution, "speaker", default="") or "a source")
        text = str(_attr(attribution, "sentence_text", default="") or _attr(attribution, "text", default=""))
        out.append(
            Evidence(
                "body",
                None if sentence is None else int(sentence),
                text,
                (),
                (),
                (name,),
                f"sourcing: {stance} ({_attr(attribution, 'cue', default='')})",
            )
        )
    return out


def _unique_cues(cues: Iterable[CueHit]) -> tuple[CueHit, ...]:
    """Cues in text order without repeats: a cue whose span lies inside another's is dropped."""
    ordered = sorted(cues, key=lambda c: (c.part, c.start, -(c.end - c.start), c.category))
    out: list[CueHit] = []
    part, reach = None, -1  # furthest end among kept cues of the current part
    for cue in ordered:
        if cue.part == part and cue.end <= reach:
            continue
        if cue.part != part:
            part, reach = cue.part, -1
        out.append(cue)
        reach = max(reach, cue.end)
    return tuple(out)


def _accusation_evidence(ctx: _Context) -> list[tuple[Evidence, bool]]:
    """Accused parties found by sourcing (``right_of_reply``): one Evidence per accusing unit,
    with whether the accused party is a state actor (a country, or an official organisation)."""
    official_fn = _actors_helper("actor_official")
    out: list[tuple[Evidence, bool]] = []
    for reply in ctx.right_of_reply:
        party = str(_attr(reply, "party", default=""))
        kind = str(_attr(reply, "kind", default=""))
        government = kind == "country" or (
            kind == "organisation" and official_fn is not None and bool(official_fn(party))
        )
        for accusation in _attr(reply, "accused_in", default=()) or ():
            sentence = _attr(accusation, "sentence")
            part = "headline" if sentence is None else "body"
            if part == "headline" and not ctx.article.headline:
                continue
            text = ctx.article.headline if sentence is None else ctx.unit(("body", int(sentence))).text
            ev = Evidence(
                part, None if sentence is None else int(sentence), text or "", (), (party,), (),
                f"sourcing: {party} accused ({_attr(accusation, 'cue', default='')})",
            )
            out.append((ev, government))
    return out


def _merge(*groups: list[Evidence]) -> list[Evidence]:
    """One Evidence per unit: cues, actors, sources and notes of the same unit are merged."""
    merged: dict[tuple[str, int], Evidence] = {}
    for group in groups:
        for ev in group:
            old = merged.get(ev.key)
            if old is None:
                merged[ev.key] = ev
                continue
            merged[ev.key] = Evidence(
                old.part,
                old.sentence,
                old.text or ev.text,
                _unique_cues(old.cues + ev.cues),
                tuple(dict.fromkeys(old.actors + ev.actors)),
                tuple(dict.fromkeys(old.sources + ev.sources)),
                "; ".join(n for n in (old.note, ev.note) if n),
                old.strong or ev.strong,
            )
    order = {"headline": 0, "body": 1, "caption": 2, "sources": 3}
    merged = {k: replace(e, cues=_unique_cues(e.cues)) for k, e in merged.items()}
    return sorted(merged.values(), key=lambda e: (order.get(e.part, 9), -1 if e.sentence is None else e.sentence))


# Responsibility ------------------------------------------------------------------------------


def _rs1(ctx: _Context) -> list[Evidence]:
    out = []
    for unit, cues in ctx.units_with("solution"):
        government = ctx.government_in(unit)
        if government:
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(cues), tuple(government)))
    return out


_FORWARD_BLAME = ("accus", "blam", "fault", "condemn", "caused by", "due to", "because of", "behind")
_AGENT_NOUNS = ("culprit", "perpetrat", "polluter", "emitter")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|get|gets)\s+$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"\s+(?:of|for|by)\b")
# possessive "++": a word is never split between repetitions (no exponential backtracking)
_FOLLOWING_TARGET = re.compile(r"[\s,]*+(?:[\w'.$%-]++\s*+){1,6}?(?=\b(?:of|for|over|in|after|on)\b|[,;:]|$)")
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_TARGET_WINDOW = 120  # characters searched either side of a blame cue


def _blame_targets(ctx: _Context) -> tuple[list[Evidence], list[Evidence]]:
    """Split blame cues into government (RS2) and individual/group (RS4) responsibility.

    The responsible party is read from word order: after an active "accuse/blame/fault/condemn"
    ("X accused *Russia* of"), otherwise the words before the cue in the same clause ("*Russia*
    was accused", "*world powers* have failed to", "*the company* is responsible for"). The party
    is a government when it holds a government noun or a state actor, a person or group when it
    holds an agent noun or a non-state actor; when neither, the sentence decides: any government
    mention makes it RS2, an agent noun anywhere RS4. Accusations found by sourcing
    (stance "accusation") add their accused party the same way.
    """
    if "blame" in ctx.memo:
        return ctx.memo["blame"]
    government: list[Evidence] = []
    individual: list[Evidence] = []
    for unit, cues in ctx.units_with("blame"):
        text = unit.text
        for cue in cues:
            s, e = cue.start - unit.offset, cue.end - unit.offset
            lowered = cue.term.lower()
            if lowered.startswith(_AGENT_NOUNS):
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,), (cue.text,)))
                continue
            window_start = max(0, s - _TARGET_WINDOW)
            passive = bool(_PASSIVE_BEFORE.search(text, max(0, s - 12), s)) or bool(_PASSIVE_AFTER.match(text, e))
            if lowered.startswith(_FORWARD_BLAME) and not passive:
                follow = _FOLLOWING_TARGET.match(text, e, min(len(text), e + _TARGET_WINDOW))
                t0, t1 = (e, follow.end()) if follow else (e, e)
            else:
                breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, s)]
                t0, t1 = (breaks[-1] if breaks else window_start), s
            gov = ctx.government_in(unit, t0, t1) if t1 > t0 else []
            non = ctx.nongovernment_in(unit, t0, t1) if t1 > t0 else []
            target = text[t0:t1].strip()
            if gov:
                government.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(gov), (), f"responsible: {target}"))
            elif non:
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(non), (), f"responsible: {target}"))
            elif ctx.government_in(unit):
                government.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(ctx.government_in(unit))))
            elif ctx.cues(_key(unit), "responsible_agent"):
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,)))
    for ev, is_government in _accusation_evidence(ctx):
        (government if is_government else individual).append(ev)
    for ev in _stance_evidence(ctx, {"accusation"}):
        if ev.sentence is None:
            continue
        try:
            unit = ctx.unit(("body", ev.sentence))
        except KeyError:
            continue
        parties = ctx.parties.get(ev.sentence, [])
        if any(p.government for p in parties) or ctx.cues(_key(unit), "government"):
            government.append(ev)
        elif parties or ctx.cues(_key(unit), "responsible_agent"):
            individual.append(ev)
    ctx.memo["blame"] = (_merge(government), _merge(individual))
    return ctx.memo["blame"]


def _rs2(ctx: _Context) -> list[Evidence]:
    return _blame_targets(ctx)[0]


def _rs3(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "solution")


def _rs4(ctx: _Context) -> list[Evidence]:
    return _blame_targets(ctx)[1]


def _rs5(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "urgency")


# Human interest ------------------------------------------------------------------------------


_APPOSITION = re.compile(r",\s+(?:(?:a|an)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)|(\d{1,3})\s*,)")


def _hi1(ctx: _Context) -> list[Evidence]:
    """Human example: a person-describing cue ("a 34-year-old mother", "a resident", "who lives
    in"); a named person followed by a non-official apposition ("Maria Lopez, a nurse, …",
    "Tom Hill, 52, …"); or a non-official person quoted (sourcing). A bare named person is not
    enough: in news most named people are office holders or celebrities mentioned in passing."""
    out = _simple(ctx, "human_example")
    lex = _lexicons()
    for sentence, parties in sorted(ctx.parties.items()):
        unit = ctx.unit(("body", sentence))
        for party in parties:
            if party.kind != "person" or party.government:
                continue
            match = _APPOSITION.match(ctx.article.body, party.end)
            if match is None:
                continue
            role = match.group(1)
            if role is not None:
                role_unit = _Unit("body", sentence, role, 0)
                if any(h.category == "cue:official_title" for h in _scan(role_unit, lex, lambda _p, _o: "narrator")):
                    continue
            out.append(Evidence("body", sentence, unit.text, (), (party.name,), (), f"person described: {match.group(0).strip(', ')}"))
    for attribution in ctx.attributions:
        source = ctx.sources.get(_attr(attribution, "source_id"))
        if source is None or _attr(source, "official", default=False):
            continue
        if _attr(source, "speaker_type") == "named_person" or (
            _attr(source, "speaker_type") == "anonymous" and _attr(source, "title")
        ):
            sentence = _attr(attribution, "sentence")
            if sentence is None:
                continue
            out.append(
                Evidence(
                    "body", int(sentence), ctx.unit(("body", int(sentence))).text, (), (),
                    (str(_attr(source, "name", default="") or _attr(source, "title", default="")),),
                    "non-official person quoted",
                )
            )
    return _merge(out)


def _hi2(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "emotive")


def _hi3(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "affected")


def _hi4(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "private_life")


def _hi5(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "visual_emotion", "emotive", "affected", parts=("caption",))


# Conflict ------------------------------------------------------------------------------------


def _co1(ctx: _Context) -> list[Evidence]:
    return _merge(_simple(ctx, "disagreement"), _stance_evidence(ctx, {"accusation", "denial", "doubt"}))


def _co2(ctx: _Context) -> list[Evidence]:
    return _merge(
        _simple(ctx, "reproach"),
        _stance_evidence(ctx, {"accusation", "denial", "doubt"}),
        [ev for ev, _ in _accusation_evidence(ctx)],
    )


def _party_key(party: _Party) -> str:
    if party.kind in ("country", "organisation", "group"):
        country_of = _actors_helper("actor_country")
        country = country_of(party.name) if country_of is not None and party.kind != "group" else None
        return country or party.name
    return party.name


def _canonical(name: str) -> str:
    """The actor a phrase names ("Moscow" -> "Russia") when analysis.actors knows it."""
    match_actor = _actors_helper("match_actor")
    found = match_actor(name) if match_actor is not None else None
    return str(found[0]) if found else name


def _co3(ctx: _Context) -> list[Evidence]:
    """Two or more sides: in a sentence with a disagreement or reproach cue, (a) two or more
    distinct parties (actors, a person counted with the country of their title when known) or a
    "between X and Y" phrase, or (b) a contrast cue ("critics", "on the other hand", "denied",
    "countered"); and (c) over the whole story, sources of two or more distinct affiliations."""
    out: list[Evidence] = []
    for unit, cues in ctx.units_with("disagreement", "reproach"):
        sides: list[str] = []
        if unit.part == "body" and unit.sentence is not None:
            sides = _dedupe(_party_key(p) for p in ctx.parties.get(unit.sentence, []) if p.kind != "person" or p.government)
        between = _BETWEEN.search(unit.text)
        if between:
            sides = _dedupe([*sides, _canonical(between.group(1)), _canonical(between.group(2))])
        contrast = ctx.cues(_key(unit), "sides")
        if len(sides) >= 2 or contrast:
            note = f"between {between.group(1)} and {between.group(2)}" if between else "parties in conflict"
            out.append(
                Evidence(unit.part, unit.sentence, unit.text, tuple(cues + contrast), tuple(sides), (), note, strong=bool(between))
            )
    affiliations: dict[str, list[str]] = {}
    for source in ctx.sources.values():
        side = _attr(source, "affiliation") or _attr(source, "name")
        if side:
            country_of = _actors_helper("actor_country")
            key = (country_of(str(side)) if country_of is not None else None) or str(side)
            affiliations.setdefault(key, []).append(str(_attr(source, "name", default=side)))
    if len(affiliations) >= 2:
        out.append(
            Evidence(
                "sources", None, "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(affiliations.items())),
                (), tuple(sorted(affiliations)), tuple(n for v in affiliations.values() for n in v),
                "sources from two or more sides",
            )
        )
    return _merge(out)


def _co4(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "winners_losers")


# Morality ------------------------------------------------------------------------------------


def _mo1(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "moral")


def _mo2(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "religion")


def _mo3(ctx: _Context) -> list[Evidence]:
    return _simple(ctx, "prescription")


# Economic ------------------------------------------------------------------------------------


def _money(ctx: _Context) -> dict[tuple[str, int], list[CueHit]]:
    if "money" in ctx.memo:  # EC1 and EC2 both read the amounts; found once per article
        return ctx.memo["money"]
    out: dict[tuple[str, int], list[CueHit]] = {}
    ctx.memo["money"] = out
    for unit in ctx.units:
        if unit.part == "caption" or not _DIGIT.search(unit.text):  # every amount holds a digit
            continue
        for match in _MONEY.finditer(unit.text):
            start = unit.offset + match.start()
            hit = CueHit(
                "money", "<money amount>", match.group(0), unit.part, unit.sentence, start,
                unit.offset + match.end(), _voice(ctx, unit, start), False,
            )
            out.setdefault(_key(unit), []).append(hit)
    return out


def _voice(ctx: _Context, unit: _Unit, offset: int) -> str:
    if unit.part != "body":
        return "narrator"
    if "in_quote" not in ctx.memo:  # one lookup per article: a scan of every quote per amount was quadratic
        ctx.memo["in_quote"] = _span_lookup([(q.start, q.end) for q in ctx.article.quotes])
    if ctx.memo["in_quote"](offset):
        return "quoted"
    return "narrator"


def _ec1(ctx: _Context) -> list[Evidence]:
    out = _simple(ctx, "financial")
    for key, money in _money(ctx).items():
        change = ctx.cues(key, "money_change")
        if change:
            unit = ctx.unit(key)
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(money + change)))
    return _merge(out)


def _ec2(ctx: _Context) -> list[Evidence]:
    out = _simple(ctx, "cost")
    for key, money in _money(ctx).items():
        unit = ctx.unit(key)
        out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(money), (), (), "money amount", strong=True))
    return _merge(out)


def _ec3(ctx: _Context) -> list[Evidence]:
    out = []
    for unit, economic in ctx.units_with("economic"):
        actions = [
            a for a in ctx.cues(_key(unit), "course_of_action")
            if not any(a.start < e.end and e.start < a.end for e in economic)
        ]
        if actions:
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(economic + actions)))
    return out


@dataclass(frozen=True)
class _Spec:
    frame: str
    item: str
    number: int
    question: str
    rule: str
    detect: Callable[[_Context], list[Evidence]]
    categories: tuple[str, ...]  # cue categories whose negated hits are reported


_SPECS: tuple[_Spec, ...] = (
    _Spec(
        frame="responsibility",
        item="RS1",
        number=1,
        question="Does the story suggest that some level of government has the ability to alleviate the problem?",
        rule="a solution/action cue in a sentence that names a government (noun, state actor, or an official source speaking)",
        detect=_rs1,
        categories=("solution",),
    ),
    _Spec(
        frame="responsibility",
        item="RS2",
        number=2,
        question="Does the story suggest that some level of government is responsible for the issue/problem?",
        rule="a blame cue whose responsible party (by word order) is a government, or an accusation (sourcing) in a sentence naming one",
        detect=_rs2,
        categories=("blame",),
    ),
    _Spec(
        frame="responsibility",
        item="RS3",
        number=3,
        question="Does the story suggest solution(s) to the problem/issue?",
        rule="a solution cue (proposal, plan, deal, ceasefire, talks, 'should', 'seek … assurances')",
        detect=_rs3,
        categories=("solution",),
    ),
    _Spec(
        frame="responsibility",
        item="RS4",
        number=4,
        question="Does the story suggest that an individual (or group of people in society) is responsible for the issue/problem?",
        rule="a blame cue whose responsible party is a person, company or non-state group (agent nouns, non-state actors)",
        detect=_rs4,
        categories=("blame",),
    ),
    _Spec(
        frame="responsibility",
        item="RS5",
        number=5,
        question="Does the story suggest the problem requires urgent action?",
        rule="an urgency cue (urgent, immediately, emergency, 'time is running out')",
        detect=_rs5,
        categories=("urgency",),
    ),
    _Spec(
        frame="human_interest",
        item="HI1",
        number=1,
        question="Does the story provide a human example or 'human face' on the issue?",
        rule=(
            "an individual described as a person (age, family role, 'a resident'), a named person with a "
            "non-official apposition ('X, a nurse,'), or a non-official person quoted"
        ),
        detect=_hi1,
        categories=("human_example",),
    ),
    _Spec(
        frame="human_interest",
        item="HI2",
        number=2,
        question=(
            "Does the story employ adjectives or personal vignettes that generate feelings of outrage, "
            "empathy-caring, sympathy or compassion?"
        ),
        rule="an emotive word (tragic, devastated, grieving, innocent, brutal)",
        detect=_hi2,
        categories=("emotive",),
    ),
    _Spec(
        frame="human_interest",
        item="HI3",
        number=3,
        question="Does the story emphasise how individuals and groups are affected by the issue/problem?",
        rule="an effect-on-people cue (killed, injured, displaced, lost their jobs, struggling), not negated",
        detect=_hi3,
        categories=("affected",),
    ),
    _Spec(
        frame="human_interest",
        item="HI4",
        number=4,
        question="Does the story go into the private or personal lives of the actors?",
        rule="a private-life cue (his wife, her children, grew up, married, at home)",
        detect=_hi4,
        categories=("private_life",),
    ),
    _Spec(
        frame="human_interest",
        item="HI5",
        number=5,
        question=(
            "Does the story contain visual information that might generate feelings of outrage, "
            "empathy-caring, sympathy or compassion?"
        ),
        rule="the photo caption depicts suffering, grief or human drama (caption cues; no caption -> no)",
        detect=_hi5,
        categories=("visual_emotion", "emotive", "affected"),
    ),
    _Spec(
        frame="conflict",
        item="CO1",
        number=1,
        question="Does the story reflect disagreement between parties-individuals-groups-countries?",
        rule="a disagreement cue (dispute, tension, rejected, criticised), or a sourcing attribution with stance accusation/denial/doubt",
        detect=_co1,
        categories=("disagreement",),
    ),
    _Spec(
        frame="conflict",
        item="CO2",
        number=2,
        question="Does one party-individual-group-country reproach another?",
        rule=(
            "a reproach cue (accused, blamed, condemned, 'serious concern', 'aggressive'), a sourcing "
            "attribution with stance accusation/denial/doubt, or a party sourcing finds accused"
        ),
        detect=_co2,
        categories=("reproach",),
    ),
    _Spec(
        frame="conflict",
        item="CO3",
        number=3,
        question="Does the story refer to two sides or to more than two sides of the problem or issue?",
        rule=(
            "in a conflict sentence two or more distinct parties (actors, 'between X and Y') or a contrast "
            "cue; or sources of two or more affiliations"
        ),
        detect=_co3,
        categories=("sides",),
    ),
    _Spec(
        frame="conflict",
        item="CO4",
        number=4,
        question="Does the story refer to winners and losers?",
        rule="a winners/losers cue (won, defeat, gains against, setback, upper hand)",
        detect=_co4,
        categories=("winners_losers",),
    ),
    _Spec(
        frame="morality",
        item="MO1",
        number=1,
        question="Does the story contain any moral message?",
        rule="a moral-judgement cue (moral, wrong, shame, duty, greed, justice)",
        detect=_mo1,
        categories=("moral",),
    ),
    _Spec(
        frame="morality",
        item="MO2",
        number=2,
        question="Does the story make reference to morality, God and other religious tenets?",
        rule="a religion cue (God, church, faith, pray); names such as 'Islamic State' are excluded",
        detect=_mo2,
        categories=("religion",),
    ),
    _Spec(
        frame="morality",
        item="MO3",
        number=3,
        question="Does the story offer specific social prescriptions about how to behave?",
        rule="a prescription to people in general ('we must', 'people should', 'do our part')",
        detect=_mo3,
        categories=("prescription",),
    ),
    _Spec(
        frame="economic",
        item="EC1",
        number=1,
        question="Is there a mention of financial losses or gains now or in the future?",
        rule="a financial loss/gain cue (profits, losses, job cuts, recession), or a money amount with a verb of losing or gaining",
        detect=_ec1,
        categories=("financial",),
    ),
    _Spec(
        frame="economic",
        item="EC2",
        number=2,
        question="Is there a mention of the costs/degree of expense involved?",
        rule="a money amount ($500 million; one is enough), or cost cues (cost, budget, spending, funding) in threshold-many units",
        detect=_ec2,
        categories=("cost",),
    ),
    _Spec(
        frame="economic",
        item="EC3",
        number=3,
        question="Is there a reference to economic consequences of pursuing or not pursuing a course of action?",
        rule="an economic noun (economy, jobs, market, trade, prices) and a course-of-action cue (plan, policy, would, if) in one sentence",
        detect=_ec3,
        categories=("economic",),
    ),
)


# --------------------------------------------------------------------------------------------
# Entry point


def analyze_framing(
    article: Article,
    *,
    sourcing: Any = None,
    actors: Any = None,
    thresholds: Mapping[str, int] | None = None,
) -> FramingResult:
    """Answer the 20 Semetko & Valkenburg (2000) questions and score the 15 policy frames.

    ``sourcing`` (an :class:`analysis.sourcing.SourcingResult`) adds accusation/denial stances,
    reported-speech voices, official sources and source affiliations; ``actors`` (an
    :class:`analysis.actors.ActorsResult`) adds state and non-state parties. Both are optional:
    without them the detectors use cue words alone (government nouns, "between X and Y").
    ``thresholds`` overrides the per-item minimum number of supporting units (used by
    validation to tune; the defaults are in ``frame_cues.toml``).
    """
    lex = _lexicons()
    limits = dict(lex.thresholds)
    if thresholds:
        limits.update({str(k): int(v) for k, v in thresholds.items()})
    ctx = _build_context(article, sourcing, actors)
    items: list[ItemResult] = []
    for spec in _SPECS:
        evidence = spec.detect(ctx)
        threshold = max(1, limits.get(spec.item, 1))
        parts = ("caption",) if spec.item == "HI5" else ("headline", "body")
        items.append(
            ItemResult(
                frame=spec.frame,
                item=spec.item,
                number=spec.number,
                question=spec.question,
                rule=spec.rule,
                answer=len(evidence) >= threshold or any(e.strong for e in evidence),
                strength=len(evidence),
                threshold=threshold,
                evidence=tuple(evidence),
                negated=tuple(ctx.negated_cues(*spec.categories, parts=parts)),
            )
        )
    words = article.word_count + (len(article.headline.split()) if article.headline else 0)
    frames = _score_frames(items, words)
    policy = _score_policy(ctx, lex, words)
    return FramingResult(
        items=tuple(items),
        frames=frames,
        dominant_frame=frames[0].frame if frames and frames[0].score > 0 else None,
        policy=policy,
        primary_policy_frame=policy[0].frame,
        word_count=words,
        inputs=MappingProxyType({"sourcing": sourcing is not None, "actors": actors is not None}),
        sentence_texts=MappingProxyType({s.index: s.text for s in article.sentences}),
    )


def _score_frames(items: Sequence[ItemResult], words: int) -> tuple[FrameScore, ...]:
    """Score = mean of items. Ranking: score, then cue density, then the S&V (2000) prevalence
    order (responsibility, conflict, economic, human interest, morality)."""
    rows = []
    for order, frame in enumerate(FRAMES):
        own = [i for i in items if i.frame == frame]
        yes = sum(i.answer for i in own)
        spans = {(c.part, c.start, c.end) for i in own for c in i.cues}
        density = 1000.0 * len(spans) / words if words else 0.0
        rows.append((frame, yes / len(own), yes, len(own), len(spans), density, order))
    rows.sort(key=lambda r: (-r[1], -r[5], r[6]))
    return tuple(
        FrameScore(frame, FRAME_LABELS[frame], score, yes, n, hits, density, rank)
        for rank, (frame, score, yes, n, hits, density, _) in enumerate(rows, start=1)
    )


def _score_policy(ctx: _Context, lex: _Lexicons, words: int) -> tuple[PolicyFrameScore, ...]:
    """Score = cue hits per 1,000 words over headline and body (negation ignored: a topic is
    named even when negated). Ranking: score, then share of units with a cue, then codebook
    order; "other" (no cues) takes rank 1 only when every other frame scores 0."""
    units = [u for u in ctx.units if u.part in ("headline", "body")]
    rows = []
    for name, code, label in lex.policy:
        category = f"policy:{name}"  # the units with its hits, in unit order; hits by start as in ctx.hits
        cues = [
            h
            for i in ctx.positions.get(category, ())
            if ctx.units[i].part in ("headline", "body")
            for h in ctx.by_category[(_key(ctx.units[i]), category)][0]
        ]
        with_cue = {(h.part, h.sentence) for h in cues}
        share = len(with_cue) / len(units) if units else 0.0
        score = 1000.0 * len(cues) / words if words else 0.0
        sentences = tuple(sorted({h.sentence for h in cues if h.sentence is not None}))
        headline = any(h.part == "headline" for h in cues)
        rows.append([code, name, label, len(cues), sentences, headline, share, score, tuple(cues)])
    if all(r[3] == 0 for r in rows):
        rows.sort(key=lambda r: (r[1] != "other", r[0]))
    else:
        rows.sort(key=lambda r: (-r[7], -r[6], r[0]))
    return tuple(
        PolicyFrameScore(code, name, label, hits, sentences, headline, share, score, rank, cues)
        for rank, (code, name, label, hits, sentences, headline, share, score, cues) in enumerate(rows, start=1)
    )

"""What framing hands back: the answer to each question with its evidence, the frame scores and the
policy frames of one article (frozen dataclasses), and their tables and JSON."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from analysis._frozen import one_call_init as one_call_init  # re-exported: framing's modules read it here
from analysis._json import to_jsonable
from analysis.lexicons import lexicon_versions

if TYPE_CHECKING:
    import pandas as pd

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


@one_call_init
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


@one_call_init
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


@one_call_init
@dataclass(frozen=True)
class ItemResult:
    """The answer to one of the 20 questions, with its evidence."""

    frame: str
    item: str  # "RS1" … "EC3"
    number: int
    question: str
    rule: str
    answer: bool
    # distinct supporting units (a count, not the 0-1 frame strength; ``units`` in the JSON and tables)
    strength: int
    threshold: int
    evidence: tuple[Evidence, ...]
    negated: tuple[CueHit, ...] = ()
    weights: tuple[float, ...] = ()  # per evidence unit: part x voice weight (see framing.score)
    weighted_evidence: float = 0.0  # sum of ``weights`` x the length factor; feeds the frame strength

    @property
    def units(self) -> int:
        """The distinct supporting units, which the rule compares with ``threshold``."""
        return self.strength

    @property
    def decisive(self) -> bool:
        """Whether a unit answers "yes" on its own, whatever the threshold (a money amount for EC2;
        "between X and Y", a charge and its reply, contending sources for CO3)."""
        return any(e.strong for e in self.evidence)

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
            "units": self.strength,
            "threshold": self.threshold,
            "decisive": self.decisive,
            "weighted_evidence": self.weighted_evidence,
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
                    "decisive": e.strong,
                    "actors": list(e.actors),
                    "sources": list(e.sources),
                    "cues": [_cue_dict(c) for c in e.cues],
                    "weight": self.weights[n] if n < len(self.weights) else None,
                }
                for n, e in enumerate(self.evidence)
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


@one_call_init
@dataclass(frozen=True)
class FrameScore:
    """A generic frame: ``score`` = mean of its yes/no items (0-1), as Semetko & Valkenburg define
    it; ``strength`` (0-1) ranks articles within a frame: the mean over its items of
    ``e / (e + saturation x threshold)``, ``e`` each item's ``weighted_evidence`` (see
    :func:`analysis.framing.score.frame_strength`)."""

    frame: str
    label: str
    score: float
    items_yes: int
    n_items: int
    cue_hits: int  # distinct non-negated cues behind its items
    cues_per_1000_words: float
    rank: int
    strength: float = 0.0


@one_call_init
@dataclass(frozen=True)
class PolicyFrameScore:
    """A Policy Frames Codebook frame: ``score`` = cue weight per 1,000 words (headline + body; a
    weak cue weighs 0.5), ``hits`` = the number of cues."""

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
        ``answer`` (yes/no), ``units`` (supporting units), ``threshold``, ``decisive`` (a unit
        answers yes whatever the threshold), ``weighted_evidence``
        (units weighted by part and voice, length-normalised), ``sentences`` (body
        sentence indices), ``cues`` (``term@start-end/voice`` per cue), ``voices``, ``actors``,
        ``sources``, ``evidence`` (``s12: sentence text | …``), ``negated_cues``, ``rule``.
        """
        import pandas as pd
        rows = [
            {
                "frame": i.frame,
                "item": i.item,
                "number": i.number,
                "question": i.question,
                "answer": "yes" if i.answer else "no",
                "units": i.strength,
                "threshold": i.threshold,
                "decisive": i.decisive,
                "weighted_evidence": i.weighted_evidence,
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
        0-1), ``strength`` (evidence-weighted, 0-1, for ranking articles), ``items_yes``,
        ``n_items``, ``cue_hits``, ``cues_per_1000_words``, ``rank``, ``dominant``."""
        import pandas as pd

        rows = [{**_frame_fields(f), "dominant": f.frame == self.dominant_frame} for f in self.frames]
        return pd.DataFrame(rows)

    def policy_frame(self) -> pd.DataFrame:
        """One row per policy frame, ranked: ``code`` (codebook number), ``frame``, ``label``,
        ``hits``, ``cues_per_1000_words`` (= ``score``, weak cues counted as 0.5), ``share_of_sentences``, ``sentences``,
        ``headline``, ``rank``, ``primary``, ``cues`` (distinct terms), ``evidence``."""
        import pandas as pd
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
                    "frames": [_frame_fields(f) for f in self.frames],
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



def _frame_fields(f: FrameScore) -> dict[str, Any]:
    """One frame's figures, in the order of the JSON and of ``frames_frame()``."""
    return {
        "frame": f.frame,
        "label": f.label,
        "score": f.score,
        "strength": f.strength,
        "items_yes": f.items_yes,
        "n_items": f.n_items,
        "cue_hits": f.cue_hits,
        "cues_per_1000_words": f.cues_per_1000_words,
        "rank": f.rank,
    }

"""The frozen public results of :func:`analysis.sentiment.analyze_sentiment`, their frames and JSON.

Each type is one level of the analysis: :class:`Evidence` (one lexicon word of a sentence),
:class:`SentenceSentiment`, :class:`ParagraphSentiment` and :class:`TurningPoint` (the arc),
:class:`BodySentiment`, :class:`VoiceSegment` and :class:`VoiceTone` (narrator and quoted voices),
:class:`ActorMentionTone` and :class:`ActorTone` (actors), and :class:`SentimentResult`, which
holds them all and builds the frames on demand (their methods: :mod:`analysis.sentiment.frames`).
The stages fill them with :func:`_build` (no generated ``__init__``); :func:`_mean` and
:func:`_share` are the aggregations they share.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from analysis._json import to_jsonable
from analysis.sentiment.frames import SentimentFrames

_T = TypeVar("_T")

#: Compound at or beyond +-0.05 is positive / negative (VADER's README thresholds).
THRESHOLD = 0.05


_new_object = object.__new__
_set_attribute = object.__setattr__


def _build(cls: type[_T], **fields: Any) -> _T:
    """An instance of the frozen result dataclass ``cls`` with ``fields`` set, made without the
    generated ``__init__`` (which sets each field through ``object.__setattr__``, three times the
    cost for the thousands of small results of a corpus). Every field must be given; the object
    is equal to (and hashes like) the one ``cls(**fields)`` makes, and stays frozen."""
    obj = _new_object(cls)
    # ``fields`` (a dict of its own, made for this call) becomes the instance dict: no copy, and a
    # dict set whole keeps attribute reads on CPython's specialised path, where the instance's own
    # dict filled by ``update`` (its keys shared with the class's other instances) does not
    _set_attribute(obj, "__dict__", fields)
    return obj


@dataclass(frozen=True)
class Evidence:
    """One lexicon word (or phrase, or word of a name) of a sentence as VADER scored it.

    ``token`` is the word as VADER saw it (typography normalised, outer punctuation stripped), a
    multi-word entry's words as written, or a word of a name; ``position`` its index in VADER's
    token list for the sentence (a phrase: the index of the word that carries it); ``start``/``end``
    body offsets (None when VADER expanded an emoji); ``base`` the valence in VADER's lexicon, the
    supplement (``source == "supplement"``) or the user lexicon (``source == "user"``);
    ``valence`` the value VADER summed after its rules; ``rules`` what changed it. A word of a
    name (``source == "name"``) was not scored: ``base`` is what VADER would have started from,
    ``valence`` is 0 and ``rules`` names the name.
    """

    token: str
    position: int
    start: int | None
    end: int | None
    base: float
    valence: float
    rules: tuple[str, ...]
    source: str  # "vader", "supplement", "user" or "name"

    def describe(self) -> str:
        if self.source == "name":
            return f"{self.token} ({self.rules[0]}): not scored"
        label = f'phrase "{self.token}"' if " " in self.token else self.token
        text = f"{label} {self.base:+.2f}"
        if self.source == "supplement":
            text += " [supplement]"
        elif self.source == "user":
            text += " (user lexicon)"
        if self.rules or not math.isclose(self.valence, self.base):
            text += f" -> {self.valence:+.3f}"
            if self.rules:
                text += " (" + "; ".join(self.rules) + ")"
        return text


@dataclass(frozen=True)
class SentenceSentiment:
    """VADER scores of one body sentence (``index`` = :attr:`Sentence.index`).

    ``voice`` is ``narrator`` (no quoted words), ``quoted`` (all words inside a voice quote) or
    ``mixed``; ``speaker`` the quoted source's name when sourcing knows it.
    ``punctuation_emphasis`` is what VADER added to the sum for ``!``/``?``.
    """

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    neg: float
    neu: float
    pos: float
    compound: float
    tokens: int
    voice: str
    speaker: str | None
    evidence: tuple[Evidence, ...]
    punctuation_emphasis: float
    windowed: bool

    @property
    def evidence_text(self) -> str:
        parts = [e.describe() for e in self.evidence]
        if self.punctuation_emphasis:
            parts.append(f"punctuation emphasis {self.punctuation_emphasis:+.3f}")
        return "; ".join(parts)


def evidence_objects(rows: Sequence[tuple[Any, ...]], base_offset: int) -> tuple[Evidence, ...]:
    """The :class:`Evidence` of a sentence's evidence rows (``(position, token, start, end, base,
    valence, rules, source)``, offsets local to the text), at offsets shifted by ``base_offset``."""
    return tuple(
        _build(
            Evidence,
            token=token,
            position=pos,
            start=start + base_offset if start is not None else None,
            end=end + base_offset if end is not None else None,
            base=base,
            valence=valence,
            rules=rules,
            source=source,
        )
        for pos, token, start, end, base, valence, rules, source in rows
    )


class _SentenceEvidence:
    """``SentenceSentiment.evidence`` of a sentence built with its evidence rows and offset
    (``_evidence_at``): made at the first read and stored as the field's value (only the JSON and
    the frames read it, not the corpus tables). A non-data descriptor, as :class:`_EvidenceText`."""

    def __get__(self, obj: SentenceSentiment | None, owner: type | None = None) -> tuple[Evidence, ...]:
        if obj is None:
            raise AttributeError("evidence")  # a field without a default, as before
        state = obj.__dict__
        rows, offset = state.pop("_evidence_at")
        value = state["evidence"] = evidence_objects(rows, offset)
        return value


# Set after @dataclass has made the generated __init__ (the field has no default).
SentenceSentiment.evidence = _SentenceEvidence()  # type: ignore[assignment]


@dataclass(frozen=True)
class ParagraphSentiment:
    """Tone of one paragraph: ``compound`` is the mean of its sentence compounds.

    ``neg``/``neu``/``pos`` are means too; ``delta`` is the change from the previous paragraph
    (None for the first); ``turning`` names the turning point here, if any.
    """

    index: int
    start: int
    end: int
    sentences: int
    compound: float
    neg: float
    neu: float
    pos: float
    min_compound: float
    max_compound: float
    share_negative: float
    share_positive: float
    delta: float | None
    turning: str | None


@dataclass(frozen=True)
class TurningPoint:
    """Where the tone turns: ``kind`` is ``sign``, ``swing`` or ``sign+swing``."""

    paragraph: int
    kind: str
    before: float
    after: float
    delta: float
    description: str


@dataclass(frozen=True)
class BodySentiment:
    """Whole-body tone.

    ``compound`` is the mean of the sentence compounds (the headline figure), ``median_compound``
    its median, ``share_*`` the shares of negative / neutral / positive sentences.
    ``vader_compound`` (and ``vader_neg``/``vader_neu``/``vader_pos``) is VADER's own score of the
    whole body, for reference only: it saturates on long texts.
    """

    sentences: int
    compound: float
    median_compound: float
    min_compound: float
    max_compound: float
    share_negative: float
    share_neutral: float
    share_positive: float
    neg: float
    neu: float
    pos: float
    vader_compound: float
    vader_neg: float
    vader_neu: float
    vader_pos: float


@dataclass(frozen=True)
class VoiceSegment:
    """A stretch of one sentence in one voice (``narrator`` or ``quoted``), scored with VADER's
    ``score_valence`` on the token valences of the full sentence that fall inside it."""

    sentence: int
    paragraph: int
    voice: str
    start: int
    end: int
    text: str
    words: int
    speaker: str | None
    source_id: int | str | None
    side: str | None
    neg: float
    neu: float
    pos: float
    compound: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class VoiceTone:
    """Tone of a group of segments: ``level`` is ``voice`` (key ``narrator``/``quoted``),
    ``source`` (key = source id, ``label`` its name) or ``side`` (key = affiliation).

    ``compound`` is the mean of the segment compounds, ``weighted_compound`` the mean weighted by
    words; ``share_negative``/``share_positive`` count segments.
    """

    level: str
    key: str
    label: str
    side: str | None
    segments: int
    words: int
    compound: float
    weighted_compound: float
    share_negative: float
    share_positive: float
    min_compound: float
    max_compound: float


@dataclass(frozen=True)
class ActorMentionTone:
    """One actor mention, the clause around it and the role rule's verdict.

    ``role`` is ``agent`` or ``target`` of the clause's negative act ``act`` (None when the
    clause has none, or the mention is a modifier like "US-backed" or in "between X and Y";
    ``role_reason`` says which rule fired). ``via`` is how the mention was found (the
    :class:`~analysis.actors.ActorMention` ``via``, or ``pronoun`` for a speaker pronoun sourcing
    resolved to the actor). ``target_label``/``target_score`` are the tone *toward*
    the mention (:func:`analysis.sentiment.target.tone_toward` on its sentence: negative / neutral
    / positive and P(positive) - P(negative)); ``target_evidence`` the features behind it,
    strongest first (see :class:`~analysis.sentiment.target.TargetEvidence`), and
    ``target_key_evidence`` the three features that push hardest toward the label (for a neutral
    mention, toward the side its score leans; "" when it leans by less than 0.05)."""

    actor: str
    kind: str
    text: str
    via: str
    start: int
    end: int
    sentence: int
    paragraph: int
    clause_start: int
    clause_end: int
    clause: str
    compound: float
    sentence_compound: float
    voice: str
    role: str | None
    act: str | None
    role_reason: str
    target_label: str = "neutral"
    target_score: float = 0.0
    target_evidence: str = ""
    target_key_evidence: str = ""


class _EvidenceText:
    """``target_evidence`` or ``target_key_evidence`` of a mention built with its ``TargetTone``
    (``_tone``), made at the first read and stored as the field's value: a corpus run reads only
    the key evidence of each actor's strongest mention. ``target_evidence`` read first makes both
    in one pass (``TargetTone.evidence_texts``, as the JSON reads them); ``target_key_evidence``
    first makes that one (``TargetTone.key_evidence``, the same text). A non-data descriptor: a
    value set by ``__init__`` or :func:`_build` is read without it."""

    def __init__(self, key: bool) -> None:
        self.key = key

    def __get__(self, obj: ActorMentionTone | None, owner: type | None = None) -> str:
        if obj is None:
            return ""  # the fields' default, as the class attribute was
        state = obj.__dict__
        tone = state.get("_tone")
        if tone is None:
            return ""  # built without this text or a tone: the default
        if self.key:
            value = state["target_key_evidence"] = tone.key_evidence()
        elif "target_key_evidence" in state:
            value = state["target_evidence"] = tone.evidence_text
        else:
            value, key = tone.evidence_texts()
            state["target_evidence"], state["target_key_evidence"] = value, key
        if "target_evidence" in state and "target_key_evidence" in state:
            del state["_tone"]
        return value


# Set after @dataclass has read the defaults ("" each) into the generated __init__.
ActorMentionTone.target_evidence = _EvidenceText(key=False)  # type: ignore[assignment]
ActorMentionTone.target_key_evidence = _EvidenceText(key=True)  # type: ignore[assignment]


@dataclass(frozen=True)
class ActorTone:
    """Tone per actor: ``compound`` is the mean compound of the distinct clauses that mention it,
    ``sentence_compound`` the mean over the distinct sentences; ``agent_of``/``target_of`` count
    negative acts in each role and ``acts_as_agent``/``acts_as_target`` list the act words.

    ``mentions`` counts the speaker pronouns resolved to it too (``pronoun_mentions`` of them).

    Target tone (:func:`analysis.sentiment.target.tone_toward`, per mention): ``target_tone`` is the
    mean target score of its mentions (-1 .. 1), ``negative_mentions``/``positive_mentions`` count
    mentions labelled so, ``strongest_evidence`` the text and key evidence (see ``target_key_evidence``)
    of the coloured mention furthest from 0, or with none coloured of the one leaning furthest (empty
    when none leans by 0.05 or more)."""

    actor: str
    kind: str
    mentions: int
    pronoun_mentions: int
    clauses: int
    compound: float
    sentence_compound: float
    share_negative: float
    agent_of: int
    target_of: int
    acts_as_agent: tuple[str, ...]
    acts_as_target: tuple[str, ...]
    target_tone: float = 0.0
    negative_mentions: int = 0
    positive_mentions: int = 0
    strongest_evidence: str = ""


#: The columns of :meth:`SentimentResult.actors_frame` and of the corpus ``actors`` table: the
#: target tone first, the clause figures kept for comparison after.
ACTOR_COLUMNS = (
    "actor", "kind", "mentions", "pronoun_mentions", "target_tone", "negative_mentions", "positive_mentions",
    "strongest_evidence", "clauses", "compound", "sentence_compound", "share_negative", "agent_of", "target_of",
    "acts_as_agent", "acts_as_target",
)


@dataclass(frozen=True)
class SentimentResult(SentimentFrames):
    """Everything :func:`analyze_sentiment` found; frames are built on demand."""

    sentences: tuple[SentenceSentiment, ...]
    paragraphs: tuple[ParagraphSentiment, ...]
    body: BodySentiment
    turning_points: tuple[TurningPoint, ...]
    segments: tuple[VoiceSegment, ...]
    voices: tuple[VoiceTone, ...]
    actor_mentions: tuple[ActorMentionTone, ...]
    actors: tuple[ActorTone, ...]
    supplement: bool
    supplement_version: str
    method: str
    names_neutral: bool = False
    warnings: tuple[str, ...] = field(default=())

    def actor(self, name: str) -> ActorTone | None:
        """The :class:`ActorTone` of actor ``name`` (canonical name), if mentioned."""
        return next((a for a in self.actors if a.actor == name), None)

    def voice(self, key: str, level: str = "voice") -> VoiceTone | None:
        return next((v for v in self.voices if v.level == level and v.key == key), None)

    # Frames: analysis.sentiment.frames (SentimentFrames) -------------------------------------

    def actor_rows(self) -> list[dict[str, Any]]:
        """One plain row per actor (the columns of :data:`ACTOR_COLUMNS`; act lists joined with
        ", "), most mentioned first: the rows of :meth:`actors_frame` and of the corpus
        ``actors`` table."""
        rows = []
        for a in self.actors:
            row: dict[str, Any] = {c: getattr(a, c) for c in ACTOR_COLUMNS}
            row["acts_as_agent"] = ", ".join(a.acts_as_agent)
            row["acts_as_target"] = ", ".join(a.acts_as_target)
            rows.append(row)
        return rows

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready and deterministic (floats rounded by :func:`analysis._json.to_jsonable`)."""
        return to_jsonable(
            {
                "method": self.method,
                "supplement": self.supplement,
                "supplement_version": self.supplement_version,
                "names_neutral": self.names_neutral,
                "body": self.body,
                "paragraphs": list(self.paragraphs),
                "turning_points": list(self.turning_points),
                "sentences": [
                    {
                        **{
                            k: getattr(s, k)
                            for k in (
                                "index", "paragraph", "start", "end", "neg", "neu", "pos", "compound", "tokens",
                                "voice", "speaker", "punctuation_emphasis", "windowed",
                            )
                        },
                        "evidence": list(s.evidence),
                    }
                    for s in self.sentences
                ],
                "segments": list(self.segments),
                "voices": list(self.voices),
                "actors": list(self.actors),
                "actor_mentions": list(self.actor_mentions),
                "warnings": list(self.warnings),
            }
        )


# Aggregation shared by the stages -------------------------------------------------------------


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _share(values: Sequence[float], negative: bool) -> float:
    if not values:
        return 0.0
    if negative:
        return sum(1 for v in values if v <= -THRESHOLD) / len(values)
    return sum(1 for v in values if v >= THRESHOLD) / len(values)

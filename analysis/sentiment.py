"""Sentence-level tone of a news article with VADER, and the evidence for every score.

Base model: VADER (Hutto, C.J. & Gilbert, E.E. 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM-14), vaderSentiment 3.3.2, unchanged. VADER sums
the valences of lexicon words (-4 .. +4, rated by humans), adjusted by rules (negation within three
words, booster/dampener words, ALL-CAPS, "but", "least", special-case idioms, ``!``/``?``), and
squashes the sum into ``compound`` in [-1, 1] (``x / sqrt(x**2 + 15)``); ``neg``/``neu``/``pos``
are the shares of the text's weight in each class and add up to 1.

What this module adds, without re-implementing VADER:

* **Typography.** Curly quotes and apostrophes become straight ones before scoring (a 1:1
  character map, so offsets are kept): VADER misses ``don’t`` as a negation (vaderSentiment #66).
* **Names** (``names_neutral=True``; off by default, see below). Proper names carry no sentiment,
  but VADER scores "United" (+1.8) in "United States", "Supreme" (+2.6) in "Supreme Court",
  "Free" (+2.3) in "Free Syrian Army". With the option, every word VADER would use (a lexicon
  word, a booster, a negation) that lies inside a name is replaced, before scoring, by neutral
  filler of the same length ("xxxxxx States": offsets hold, the token count too). Names are the
  mentions :func:`analysis.actors.find_actors` finds (countries, institutions, organisations,
  armed groups, persons; :func:`~analysis.actors.find_actors_in_text` for a free-standing text)
  and the gazetteer's multi-word proper names that are not actors ("Supreme Court", "New York");
  ``[names] keep_valence`` in ``lexicons/news_sentiment.toml`` lists names whose words say what
  happened and keep their valence ("Civil War"). Each such word is shown in the evidence:
  ``United (part of the name "United States"): not scored`` (``source == "name"``).
  On the held-out even NYT rows it moves r from 0.4910 to 0.4924 but macro-F1 from 0.4293 to
  0.4262 (90 of 2,595 rows touched; bootstrap 95% interval of the r gain -0.004 .. +0.007), and
  on tweets it loses (r 0.8722 -> 0.8696, macro-F1 0.6403 -> 0.6281: capitalised greetings and
  titles such as "Happy Birthday" are taken for names), so it is not the default
  (:data:`NAMES_NEUTRAL_DEFAULT`). On the seed it changes two sentences and takes the United
  States' actor tone from +0.055 to -0.024 (Russia: +0.011 -> -0.068).
* **Phrases and user lexicons.** An entry of the supplement of several words ("kiss of death",
  "fed up") is a phrase. VADER never matches multi-word entries (vaderSentiment #124, #144), so
  each occurrence (case-insensitive, whole words, after typography normalisation) is replaced
  before scoring: one of its words by a made-up token of the same length that is in the lexicon
  with the phrase's valence, the others by neutral filler. VADER's rules then treat the phrase as
  one word ("not fed up" is negated), and the evidence shows it as one:
  ``phrase "kiss of death" -3.00 (user lexicon)``. A user lexicon in force
  (:func:`analysis.lexicons.use_lexicons`, as :func:`analysis.pipeline.analyze` sets it) can add
  words and phrases to ``[news_sentiment.supplement]``, override a VADER or supplement valence, or
  ``remove`` entries (a removed VADER word is no longer scored). User entries are the user's
  explicit choice: they apply with or without ``supplement`` and are marked ``(user lexicon)``;
  VADER's own multi-word entries ("fed up", "can't stand") stay unmatched, as in VADER.
* **Sentences.** Each :class:`~analysis.article.Sentence` is scored on its own; the score equals
  ``SentimentIntensityAnalyzer().polarity_scores(normalised sentence)`` (with names and phrases
  replaced as below, when there are any). VADER's cost grows with the
  square of a sentence's length, so a sentence of more than :data:`MAX_SENTENCE_TOKENS` tokens is
  scored in windows of that many tokens (each window sees three tokens of context before and two
  after, so negation, boosters and idioms still reach across the cut), and VADER's own ``but``
  rule and ``score_valence`` are then applied to the whole token list: the result equals VADER's
  except that the ALL-CAPS differential is judged per window (``windowed`` is True on such rows).
* **Evidence.** A subclass of ``SentimentIntensityAnalyzer`` observes VADER's own steps (the value
  after ``sentiment_valence``, each ``_negation_check``, ``_special_idioms_check``,
  ``_least_check``, ``_but_check`` and ``_punctuation_emphasis``) and reports, for each lexicon word
  of a sentence, its base valence from VADER's lexicon, the rules that changed it, and its final
  valence. Rule *labels* are read from VADER's tables (``NEGATE``, ``BOOSTER_DICT``); the numbers
  are VADER's.
* **Aggregation.** A paragraph's tone is the mean of its sentences' compounds; the body's is the
  mean of all sentence compounds, with the shares of negative (compound <= -0.05) and positive
  (>= 0.05) sentences. VADER's own whole-body compound is reported for reference
  (:attr:`BodySentiment.vader_compound`); it saturates towards -1 or +1 on long texts
  (vaderSentiment #151), so read the sentence distribution instead. It is rebuilt from the
  sentence token valences with VADER's ``_but_check`` and ``score_valence`` over the body (equal to
  ``polarity_scores(body)`` unless a negation or booster at the end of one sentence reaches a
  sentiment word at the start of the next, or the ALL-CAPS differential differs; on the seed it is
  -0.9764, the same as the direct call), which avoids a second, quadratic pass over the body.
* **Arc.** Paragraph tones in order, with turning points: a change of sign between non-neutral
  paragraphs, or a swing of at least :data:`SWING` between neighbours.
* **Voices.** Narrator text and quoted text are scored apart. Quoted text is every quote span of
  the article except scare quotes: a span of at most two words is a scare quote ("moderate"
  Syrians) unless its sentence has a reporting verb and the span closes a phrase (raises "serious
  concern." is a partial quote). With a :class:`~analysis.sourcing.SourcingResult`, a quote that
  overlaps a direct or partial attribution is always a voice, with that source's name, and tone is
  also given per source and per side (the source's affiliation). A segment's
  score is VADER's ``score_valence`` over the token valences VADER computed in the full sentence,
  restricted to the segment's tokens (so a negation outside a quote still counts).
* **Actors.** Each actor mention (:mod:`analysis.actors`) takes the tone of its clause (same
  ``score_valence`` restriction; clauses are cut at ``;``, ``:``, dashes, and before relative
  pronouns and conjunctions, per ``clause_breaks`` in ``lexicons/news_sentiment.toml``). Role
  rule: in a clause with a negative act (a word in ``negative_acts``, or a word negative both in
  the lexicon and after VADER's rules, so "not active" is no act, and not one of ``not_acts`` such
  as "no" or "rebels"), an actor before the first act word is its *agent* and one after it is its
  *target*; a passive act ("were struck") swaps the two, a mention right after "by" is the agent,
  a hyphenated modifier ("US-backed") and a mention after "between" take no role. An actor's tone
  is the mean compound of the distinct clauses that mention it.
* **News supplement** (``lexicons/news_sentiment.toml``): 55 news words VADER lacks
  (``bombed``, ``militants``, ``airstrikes``, ``casualties``, ``concern`` ...), each with a valence
  and a reason, added to a copy of VADER's lexicon (VADER's own entries always win). Off by
  default (:data:`SUPPLEMENT_DEFAULT`): on the held-out even NYT rows it moves r from 0.4910 to
  0.4919 and macro-F1 from 0.4293 to 0.4317 (29 of 2,595 rows touched; bootstrap 95% interval of
  the r gain -0.002 .. +0.004), and it costs one tweet its class (macro-F1 0.6403 -> 0.6402), so
  it did not win (:mod:`analysis.validate_sentiment`). Switch it on with ``supplement=True`` for
  war reporting, where VADER's gaps are largest; each supplement word is marked in the evidence.

Cost (``benchmarks/bench_sentiment.py``, actors and sourcing passed in as the pipeline does):
about 1.7x plain VADER's ``polarity_scores`` over the same sentences on 500-word articles and
1.9-2x on the seed (it was 2.5x and 2.85x); the sentence scores with their evidence alone cost
0.87x, less than plain VADER. The tracer gets there without changing a result: VADER's
``_negation_check`` and ``_special_idioms_check`` are called on the few tokens they read (VADER
lower-cases the whole sentence on every call) and skipped when no negation or idiom word is near,
the emoji pass is skipped on text without an emoji, ``sentiment_valence`` is not called for a
token outside the lexicon (it would append 0), and result objects are filled without the frozen
dataclasses' ``__init__``. The rest is per-mention, per-segment and per-paragraph work.

Known limits on news text: VADER agrees with mean human ratings of New York Times editorial
snippets at only r = 0.49 (Hutto & Gilbert 2014, table 3; 0.50 with 3.3.2 here), against about
0.75 for one human rater. It has no entry for much war vocabulary (``bombed``, ``militants``,
``airstrikes``), and diplomatic wording reads positive: "Russia's latest actions raise serious
concern ... We will seek an explanation ... and assurances this will not happen again" scores
-0.08 and +0.44, because ``assurances`` (+1.4) outweighs ``serious`` (-0.3) and ``concern`` is not
in the lexicon (the supplement makes the first sentence -0.27; the second stays positive).
Neutral newsroom words carry VADER valences ("defense" +0.5, "fighters" -0.2), and so do
names ("United" +1.8) unless ``names_neutral`` is on.
Agent/target roles come from word order, not a parser: "told Russia ... to respect a fragile
ceasefire" and "ties between Moscow and Washington" are handled, but coordination without a comma
("... truce and Damascus has stepped up ...") is one clause.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
import string
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from vaderSentiment import vaderSentiment as _vader
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

from analysis._json import to_jsonable
from analysis.article import Article
from analysis.errors import LexiconError
from analysis.lexicons import active_lexicons, lexicon_cache, load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_T = TypeVar("_T")

#: Sentences with more tokens than this are scored in windows of this many tokens.
MAX_SENTENCE_TOKENS = 200
#: Compound at or beyond +-0.05 is positive / negative (VADER's README thresholds).
THRESHOLD = 0.05
#: A change of paragraph tone of at least this much is a turning point ("swing").
SWING = 0.5
#: Whether the news supplement is on when ``supplement=None`` (decided by the NYT validation).
SUPPLEMENT_DEFAULT = False
#: Whether the words of names are left unscored when ``names_neutral=None`` (decided by the NYT
#: validation: see :mod:`analysis.validate_sentiment`).
NAMES_NEUTRAL_DEFAULT = False

_LEXICON_NAME = "news_sentiment"
_CONTEXT_BEFORE = 3  # VADER looks back three tokens (negation, boosters, idioms)
_CONTEXT_AFTER = 2  # and ahead two (special-case idioms)
_TYPOGRAPHY = (
    ("\u2019", "'"),
    ("\u2018", "'"),
    ("\u201b", "'"),
    ("\u02bc", "'"),
    ("\u2032", "'"),
    ("\u201c", '"'),
    ("\u201d", '"'),
    ("\u201e", '"'),
    ("\u201f", '"'),
    ("\u2033", '"'),
    ("\u00ab", '"'),
    ("\u00bb", '"'),
    ("\u00a0", " "),
)
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z0-9]")


def normalise_typography(text: str) -> str:
    """Straighten curly quotes and apostrophes (one character for one, so offsets are kept)."""
    for curly, straight in _TYPOGRAPHY:
        if curly in text:
            text = text.replace(curly, straight)
    return text


_new_object = object.__new__


def _build(cls: type[_T], **fields: Any) -> _T:
    """An instance of the frozen result dataclass ``cls`` with ``fields`` set, made without the
    generated ``__init__`` (which sets each field through ``object.__setattr__``, three times the
    cost for the thousands of small results of a corpus). Every field must be given; the object
    is equal to (and hashes like) the one ``cls(**fields)`` makes, and stays frozen."""
    obj = _new_object(cls)
    obj.__dict__.update(fields)
    return obj


# --------------------------------------------------------------------------------------------
# Result types


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
    ``role_reason`` says which rule fired).
    """

    actor: str
    kind: str
    text: str
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


@dataclass(frozen=True)
class ActorTone:
    """Tone per actor: ``compound`` is the mean compound of the distinct clauses that mention it,
    ``sentence_compound`` the mean over the distinct sentences; ``agent_of``/``target_of`` count
    negative acts in each role and ``acts_as_agent``/``acts_as_target`` list the act words."""

    actor: str
    kind: str
    mentions: int
    clauses: int
    compound: float
    sentence_compound: float
    share_negative: float
    agent_of: int
    target_of: int
    acts_as_agent: tuple[str, ...]
    acts_as_target: tuple[str, ...]


@dataclass(frozen=True)
class SentimentResult:
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

    # Frames ---------------------------------------------------------------------------------

    def sentences_frame(self) -> pd.DataFrame:
        """One row per sentence: paragraph, sentence, voice, speaker, neg, neu, pos, compound,
        tokens, evidence (readable), windowed, text."""
        import pandas as pd

        return pd.DataFrame(
            [
                {
                    "paragraph": s.paragraph,
                    "sentence": s.index,
                    "voice": s.voice,
                    "speaker": s.speaker,
                    "neg": s.neg,
                    "neu": s.neu,
                    "pos": s.pos,
                    "compound": s.compound,
                    "tokens": s.tokens,
                    "evidence": s.evidence_text,
                    "windowed": s.windowed,
                    "text": s.text,
                }
                for s in self.sentences
            ],
            columns=[
                "paragraph", "sentence", "voice", "speaker", "neg", "neu", "pos", "compound", "tokens",
                "evidence", "windowed", "text",
            ],
        )

    def evidence_frame(self) -> pd.DataFrame:
        """One row per lexicon word: sentence, token, start, end, base, valence, rules, source."""
        import pandas as pd

        rows = [
            {
                "paragraph": s.paragraph,
                "sentence": s.index,
                "position": e.position,
                "token": e.token,
                "start": e.start,
                "end": e.end,
                "base": e.base,
                "valence": e.valence,
                "rules": "; ".join(e.rules),
                "source": e.source,
            }
            for s in self.sentences
            for e in s.evidence
        ]
        return pd.DataFrame(
            rows,
            columns=["paragraph", "sentence", "position", "token", "start", "end", "base", "valence", "rules", "source"],
        )

    def paragraphs_frame(self) -> pd.DataFrame:
        """One row per paragraph (see :class:`ParagraphSentiment`)."""
        import pandas as pd

        columns = [
            "paragraph", "sentences", "compound", "neg", "neu", "pos", "min_compound", "max_compound",
            "share_negative", "share_positive", "delta", "turning",
        ]
        return pd.DataFrame(
            [{"paragraph": p.index, **{c: getattr(p, c) for c in columns[1:]}} for p in self.paragraphs],
            columns=columns,
        )

    def arc_frame(self) -> pd.DataFrame:
        """The tone arc, ready to plot: paragraph, tone (mean compound), rolling (mean over three
        paragraphs, centred), delta, turning (bool), turning_kind, label (paragraph opening)."""
        import pandas as pd

        frame = pd.DataFrame(
            {
                "paragraph": [p.index for p in self.paragraphs],
                "tone": [p.compound for p in self.paragraphs],
                "delta": [p.delta for p in self.paragraphs],
            }
        )
        frame["rolling"] = frame["tone"].rolling(3, center=True, min_periods=1).mean()
        kinds = {t.paragraph: t.kind for t in self.turning_points}
        frame["turning"] = frame["paragraph"].map(lambda i: i in kinds)
        frame["turning_kind"] = frame["paragraph"].map(lambda i: kinds.get(i))
        openings = {}
        for s in self.sentences:
            openings.setdefault(s.paragraph, _excerpt(s.text, 60))
        frame["label"] = frame["paragraph"].map(lambda i: openings.get(i, ""))
        return frame[["paragraph", "tone", "rolling", "delta", "turning", "turning_kind", "label"]]

    def segments_frame(self) -> pd.DataFrame:
        """One row per voice segment (see :class:`VoiceSegment`)."""
        import pandas as pd

        columns = [
            "paragraph", "sentence", "voice", "speaker", "source_id", "side", "words", "neg", "neu", "pos",
            "compound", "evidence", "text",
        ]
        return pd.DataFrame(
            [
                {**{c: getattr(s, c) for c in columns if c != "evidence"}, "evidence": "; ".join(s.evidence)}
                for s in self.segments
            ],
            columns=columns,
        )

    def voices_frame(self) -> pd.DataFrame:
        """One row per voice, source and side (see :class:`VoiceTone`)."""
        import pandas as pd

        columns = [
            "level", "key", "label", "side", "segments", "words", "compound", "weighted_compound",
            "share_negative", "share_positive", "min_compound", "max_compound",
        ]
        return pd.DataFrame([{c: getattr(v, c) for c in columns} for v in self.voices], columns=columns)

    def actors_frame(self) -> pd.DataFrame:
        """One row per actor (see :class:`ActorTone`), most mentioned first."""
        import pandas as pd

        columns = [
            "actor", "kind", "mentions", "clauses", "compound", "sentence_compound", "share_negative",
            "agent_of", "target_of", "acts_as_agent", "acts_as_target",
        ]
        rows = []
        for a in self.actors:
            row = {c: getattr(a, c) for c in columns}
            row["acts_as_agent"] = ", ".join(a.acts_as_agent)
            row["acts_as_target"] = ", ".join(a.acts_as_target)
            rows.append(row)
        return pd.DataFrame(rows, columns=columns)

    def actor_mentions_frame(self) -> pd.DataFrame:
        """One row per actor mention with its clause tone and role."""
        import pandas as pd

        columns = [
            "actor", "kind", "text", "paragraph", "sentence", "start", "end", "voice", "compound",
            "sentence_compound", "role", "act", "role_reason", "clause",
        ]
        return pd.DataFrame([{c: getattr(m, c) for c in columns} for m in self.actor_mentions], columns=columns)

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


# --------------------------------------------------------------------------------------------
# Lexicon and analyzer


@dataclass(frozen=True)
class _Settings:
    version: str
    supplement: Mapping[str, float]  # package entries (words and phrases), after the user's removals
    reasons: Mapping[str, str]
    user: Mapping[str, float]  # the user's entries (words and phrases): always applied
    user_reasons: Mapping[str, str]
    user_removed: frozenset[str]  # words the user removed (from the supplement and VADER's lexicon)
    user_file: str | None
    names_keep: frozenset[str]  # names whose words keep their valence ("Cold War")
    gazetteer_names: re.Pattern[str] | None  # multi-word proper names of the gazetteer that are not actors
    scare_quote_max_words: int
    reporting_verbs: frozenset[str]
    clause_break: re.Pattern[str]
    negative_acts: frozenset[str]
    not_acts: frozenset[str]
    relational: frozenset[str]
    agentive: frozenset[str]
    passive_auxiliaries: frozenset[str]


def _entry_text(key: str) -> str:
    """How an entry is matched: lower case, straight apostrophes, single spaces."""
    return " ".join(normalise_typography(key).lower().split())


def _entries(table: Mapping[str, Any], keys: Iterable[str], where: str, *, need_reason: bool) -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for key in keys:
        entry = table[key]
        if isinstance(entry, dict) and "valence" in entry:
            valence, reason = entry["valence"], entry.get("reason", "")
        elif isinstance(entry, (int, float)) and not isinstance(entry, bool):
            valence, reason = entry, ""
        else:
            raise LexiconError(f"{where}: supplement entry {key!r} needs a valence" + (" and a reason" if need_reason else ""))
        if need_reason and not reason:
            raise LexiconError(f"{where}: supplement entry {key!r} needs a valence and a reason")
        if isinstance(valence, bool) or not isinstance(valence, (int, float)) or not -4.0 <= float(valence) <= 4.0:
            raise LexiconError(f"{where}: valence of {key!r} is outside -4 .. +4")
        text = _entry_text(key)
        if not text:
            raise LexiconError(f"{where}: empty supplement entry")
        out[text] = (float(valence), str(reason) or "user lexicon")
    return out


@lexicon_cache
def _settings() -> _Settings:
    data = load_lexicon(_LEXICON_NAME)
    table = data.get("supplement", {})
    overlay = active_lexicons()
    user_table: Mapping[str, Any] = {}
    if overlay is not None:
        user_table = dict(overlay.sections).get(_LEXICON_NAME, {}).get("supplement", {})
    user_keys = [k for k in user_table if k != "remove"]
    package_keys = [k for k in table if k not in user_table and k != "remove"]
    package = _entries(table, package_keys, f"{_LEXICON_NAME}.toml", need_reason=True)
    user_where = f"{overlay.name} [{_LEXICON_NAME}.supplement]" if overlay is not None else "user lexicon"
    user = _entries(table, [k for k in user_keys if k in table], user_where, need_reason=False)
    removed = frozenset(_entry_text(k) for k in user_table.get("remove", []))
    voice = data.get("voice", {})
    actors = data.get("actors", {})
    names = data.get("names", {})
    try:
        clause_break = re.compile("|".join(f"(?:{p})" for p in actors.get("clause_breaks", [])) or r"(?!x)x")
    except re.error as error:
        raise LexiconError(f"{_LEXICON_NAME}.toml: bad clause_breaks pattern: {error}") from error
    keep = frozenset(" ".join(k.split()) for k in names.get("keep_valence", []))
    forms = sorted(
        {" ".join(f.split()) for f in load_lexicon("gazetteer").get("not_actor", []) if len(f.split()) > 1} - keep,
        key=lambda f: (-len(f), f),
    )
    gazetteer_names = (
        re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)")
        if forms
        else None
    )
    return _Settings(
        version=str(data.get("meta", {}).get("version", "?")),
        supplement=MappingProxyType({w: v for w, (v, _) in package.items()}),
        reasons=MappingProxyType({w: r for w, (_, r) in package.items()}),
        user=MappingProxyType({w: v for w, (v, _) in user.items()}),
        user_reasons=MappingProxyType({w: r for w, (_, r) in user.items()}),
        user_removed=removed,
        user_file=overlay.name if overlay is not None and (user or removed) else None,
        names_keep=keep,
        gazetteer_names=gazetteer_names,
        scare_quote_max_words=int(voice.get("scare_quote_max_words", 2)),
        reporting_verbs=frozenset(w.lower() for w in voice.get("reporting_verbs", [])),
        clause_break=clause_break,
        negative_acts=frozenset(w.lower() for w in actors.get("negative_acts", [])),
        not_acts=frozenset(w.lower() for w in actors.get("not_acts", [])),
        relational=frozenset(w.lower() for w in actors.get("relational", [])),
        agentive=frozenset(w.lower() for w in actors.get("agentive", [])),
        passive_auxiliaries=frozenset(w.lower() for w in actors.get("passive_auxiliaries", [])),
    )


def supplement_entries() -> dict[str, tuple[float, str]]:
    """The news supplement: word (or phrase) -> (valence, reason). Entries of a user lexicon in
    force are not part of it (see :func:`user_entries`)."""
    settings = _settings()
    return {w: (v, settings.reasons[w]) for w, v in settings.supplement.items()}


def user_entries() -> dict[str, tuple[float, str]]:
    """The entries of the user lexicon in force (``[news_sentiment.supplement]``): word or phrase
    -> (valence, reason). Empty without a user file."""
    settings = _settings()
    return {w: (v, settings.user_reasons[w]) for w, v in settings.user.items()}


@cache
def _plain_analyzer() -> SentimentIntensityAnalyzer:
    """VADER as shipped, built once per process (reading its lexicon costs about 50 ms). Its files
    are VADER's, not ours, so no user lexicon changes them: a plain ``functools.cache``."""
    global _EMOJI_CHARS
    analyzer = SentimentIntensityAnalyzer()
    _EMOJI_CHARS = frozenset(k for k in analyzer.emojis if len(k) == 1)
    return analyzer


@dataclass(frozen=True)
class _Phrase:
    """A multi-word entry: VADER sees its ``head`` word replaced by ``key`` (a made-up token of the
    same length, in the lexicon with the phrase's valence) and its other words by neutral filler."""

    text: str
    words: tuple[str, ...]
    head: int
    key: str
    valence: float
    source: str


@dataclass(frozen=True)
class _Lexicon:
    """What VADER looks words up in, for one supplement setting and the user lexicon in force."""

    lexicon: Mapping[str, float]
    sources: Mapping[str, str]  # entry -> "supplement" / "user"; absent: VADER's own
    phrases: Mapping[str, _Phrase]  # by key
    phrase_text: Mapping[str, _Phrase]  # by text
    phrase_pattern: re.Pattern[str] | None
    added: int  # package supplement entries used
    analyzer: SentimentIntensityAnalyzer  # a plain VADER on this lexicon (no trace)


_PRIVATE = 0xE000  # Unicode private-use area: never in VADER's lexicons or in news text
_PRIVATE_SIZE = 6400


def _phrase_key(k: int, length: int) -> str:
    """The k-th made-up token of ``length`` characters: "x" then private-use characters (so
    ``isupper`` follows the "x"/"X" and VADER's punctuation stripping leaves it alone)."""
    digits = []
    for _ in range(max(1, length - 1)):
        digits.append(chr(_PRIVATE + k % _PRIVATE_SIZE))
        k //= _PRIVATE_SIZE
    return ("x" if length >= 2 else "") + "".join(digits)


def _build_lexicon(supplement: bool) -> _Lexicon:
    settings = _settings()
    base = _plain_analyzer().lexicon
    entries: dict[str, tuple[float, str]] = {}
    if supplement:
        entries.update((w, (v, "supplement")) for w, v in settings.supplement.items() if w not in base)
    added = len(entries)
    entries.update((w, (v, "user")) for w, v in settings.user.items())
    words = {w: e for w, e in entries.items() if " " not in w}
    phrase_entries = sorted((w, e) for w, e in entries.items() if " " in w)
    removed = settings.user_removed
    phrases: dict[str, _Phrase] = {}
    for k, (text, (valence, source)) in enumerate(phrase_entries):
        split = tuple(text.split())
        head = next((n for n, w in enumerate(split) if len(w) >= 3), 0)
        key = _phrase_key(k, len(split[head]))
        phrases[key] = _Phrase(text, split, head, key, valence, source)
    if not words and not phrases and not removed:
        lexicon: Mapping[str, float] = base
    else:
        merged = {**base, **{w: v for w, (v, _) in words.items()}, **{p.key: p.valence for p in phrases.values()}}
        for word in removed:
            if word not in entries:
                merged.pop(word, None)
        lexicon = merged
    by_text = {p.text: p for p in phrases.values()}
    pattern = None
    if phrases:
        ordered = sorted(by_text, key=lambda t: (-len(t), t))
        alternation = "|".join(r"\s+".join(map(re.escape, t.split())) for t in ordered)
        pattern = re.compile(rf"(?<![\w'\-])(?:{alternation})(?![\w'\-])", re.IGNORECASE)
    analyzer = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    analyzer.lexicon = lexicon  # type: ignore[assignment]
    analyzer.emojis = _plain_analyzer().emojis
    sources = {w: s for w, (_, s) in words.items()} | {p.key: p.source for p in phrases.values()}
    return _Lexicon(
        lexicon=lexicon,
        sources=MappingProxyType(sources),
        phrases=MappingProxyType(phrases),
        phrase_text=MappingProxyType(by_text),
        phrase_pattern=pattern,
        added=added,
        analyzer=analyzer,
    )


@lexicon_cache
def _lexicons() -> dict[bool, _Lexicon]:
    """Both lexicons (without and with the supplement) for the user lexicon in force."""
    return {False: _build_lexicon(False), True: _build_lexicon(True)}


def _lexicon(supplement: bool) -> _Lexicon:
    return _lexicons()[supplement]


class _Tracer(SentimentIntensityAnalyzer):
    """VADER with its steps observed. It shares the lexicon of a cached analyzer (no file is read)
    and holds the trace of the last ``polarity_scores`` call; make one per analysis (it is not
    shared between calls, so results never depend on state left by another call).

    VADER's ``_negation_check`` and ``_special_idioms_check`` lower-case the whole token list on
    every call (the quadratic cost of long sentences). They only read the three tokens before
    ``i`` and the two after it, so the hooks call VADER's own functions on that window of tokens,
    with ``i`` shifted to match: the same result, at a cost that does not grow with the sentence.
    """

    def __init__(self, lexicon: Mapping[str, float], emojis: Mapping[str, str]) -> None:
        # Deliberately not calling super().__init__: it would re-read the lexicon files.
        self.lexicon = lexicon  # type: ignore[assignment]
        self.emojis = emojis  # type: ignore[assignment]
        self.reset()

    def reset(self) -> None:
        self.words: list[str] = []
        self.pre_but: list[float] = []
        self.post_but: list[float] = []
        self.steps: dict[int, list[tuple[str, int, float, float]]] = {}
        self.punctuation = 0.0
        self._lower_of: list[str] | None = None
        self._lower: list[str] = []
        self.is_cap_diff: bool | None = None

    def polarity_scores(self, text):  # type: ignore[no-untyped-def]
        """VADER's ``polarity_scores``, with two shortcuts that cannot change its result. Its first
        pass walks the text character by character to replace emojis with their descriptions; on a
        text without an emoji it returns the text unchanged, so that pass is skipped (a text with
        an emoji goes to VADER's own method). And ``sentiment_valence`` on a token that is not in
        the lexicon only appends 0, so that is done here without the call. The rest is VADER's
        method step for step (same calls, same order)."""
        if not _EMOJI_CHARS.isdisjoint(text):
            self.is_cap_diff = None
            return super().polarity_scores(text)
        text = text.strip()
        # SentiText(text), built without calling _strip_punc_if_word once per token (the same
        # rule: strip outer punctuation unless two or fewer characters would remain).
        sentitext = SentiText.__new__(SentiText)
        sentitext.text = text
        punct = string.punctuation
        words_and_emoticons = [w if len(s := w.strip(punct)) <= 2 else s for w in text.split()]
        sentitext.words_and_emoticons = words_and_emoticons
        sentitext.is_cap_diff = self.is_cap_diff = _vader.allcap_differential(words_and_emoticons)
        sentiments: list[float] = []
        lower = self._lowered(words_and_emoticons)
        last = len(words_and_emoticons) - 1
        lexicon = self.lexicon
        boosters = _vader.BOOSTER_DICT
        for i, item in enumerate(words_and_emoticons):
            word = lower[i]
            if word not in lexicon or word in boosters or (word == "kind" and i < last and lower[i + 1] == "of"):
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        return self.score_valence(sentiments, text)

    # VADER's hooks (each calls VADER's own method and records what it did) -------------------

    def _lowered(self, words: list[str]) -> list[str]:
        """VADER's tokens in lower case, computed once per ``polarity_scores`` call."""
        if words is not self._lower_of:
            self._lower_of = words
            self._lower = [str(w).lower() for w in words]
        return self._lower

    def _negation_check(self, valence, words_and_emoticons, start_i, i):  # type: ignore[no-untyped-def,override]
        # VADER calls this only with i > start_i, and reads tokens i-1 .. i-3. Every branch of it
        # needs token i-(start_i+1) to be a negation word (NEGATE, which holds "never" and
        # "without", or a word with "n't"), except one: with start_i == 2, token i-1 being "so" or
        # "this" multiplies by 1.25. When neither holds, it returns ``valence`` unchanged.
        lower = self._lowered(words_and_emoticons)
        word = lower[i - (start_i + 1)]
        if word in _NEGATE or "n't" in word or (start_i == 2 and lower[i - 1] in ("so", "this")):
            lo = i - 3 if i > 3 else 0
            out = _VADER_NEGATION_CHECK(valence, words_and_emoticons[lo : i + 1], start_i, i - lo)
        else:
            out = valence
        steps = self.steps.get(i)
        if steps is None:
            self.steps[i] = [("step", start_i, valence, out)]
        else:
            steps.append(("step", start_i, valence, out))
        return out

    def _special_idioms_check(self, valence, words_and_emoticons, i):  # type: ignore[no-untyped-def,override]
        # VADER calls this only with i >= 3, and reads tokens i-3 .. i+2. Each phrase it looks for
        # (SPECIAL_CASES, the multi-word BOOSTER_DICT entries) covers token i-2, i-1, i or i+1 and
        # consists of words of _IDIOM_WORDS: without such a word there, nothing can match.
        lower = self._lowered(words_and_emoticons)
        if _IDIOM_WORDS.isdisjoint(lower[i - 2 : i + 2]):
            return valence
        out = _VADER_IDIOMS_CHECK(valence, words_and_emoticons[i - 3 : i + 3], 3)
        if out != valence:
            self.steps.setdefault(i, []).append(("idiom", 2, valence, out))
        return out

    def _least_check(self, valence, words_and_emoticons, i):  # type: ignore[no-untyped-def]
        out = super()._least_check(valence, words_and_emoticons, i)
        if out != valence:
            self.steps.setdefault(i, []).append(("least", 0, valence, out))
        return out

    def _but_check(self, words_and_emoticons, sentiments):  # type: ignore[no-untyped-def,override]
        # The list VADER passes holds the value sentiment_valence gave each token. Without a "but"
        # among the tokens VADER's _but_check returns the list unchanged.
        self.words = words_and_emoticons
        self.pre_but = list(sentiments)
        if "but" in self._lowered(words_and_emoticons):
            out = SentimentIntensityAnalyzer._but_check(words_and_emoticons, sentiments)
        else:
            out = sentiments
        self.post_but = out
        return out

    def _punctuation_emphasis(self, text):  # type: ignore[no-untyped-def]
        self.punctuation = super()._punctuation_emphasis(text)
        return self.punctuation

    # Reading the trace ------------------------------------------------------------------------

    def token_rules(self, i: int, words: Sequence[str], lower: Sequence[str], is_cap_diff: bool) -> tuple[str, ...]:
        """Labels for the rules VADER applied to token ``i`` before the ``but`` rule. The labels
        name the entries of VADER's own tables (``NEGATE``, ``BOOSTER_DICT``); the changes are the
        values recorded from VADER's calls."""
        rules: list[str] = []
        if lower[i] == "no" and i < len(words) - 1 and lower[i + 1] in self.lexicon:
            rules.append("'no' before a lexicon word: used as a negator, own valence 0")
        elif (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
            i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")
        ):
            rules.append(f"negated by 'no' (x{_vader.N_SCALAR})")
        if is_cap_diff and words[i].isupper():
            rules.append(f"ALL-CAPS emphasis ({_vader.C_INCR:+.3f} in magnitude)")
        previous_out: float | None = None
        for kind, start_i, v_in, v_out in self.steps.get(i, ()):
            if kind == "step":
                word = lower[i - (start_i + 1)]
                if word in _vader.BOOSTER_DICT:
                    if previous_out is not None:
                        delta = v_in - previous_out
                    else:
                        damp = (1.0, 0.95, 0.9)[start_i]
                        delta = _vader.scalar_inc_dec(words[i - (start_i + 1)], v_in, is_cap_diff) * damp
                    label = "booster" if _vader.BOOSTER_DICT[word] > 0 else "dampener"
                    rules.append(f"{label} '{word}' ({delta:+.3f})")
                if v_in != 0 and math.isclose(v_out, v_in * _vader.N_SCALAR):
                    rules.append(f"negated by '{word}' (x{_vader.N_SCALAR})")
                elif v_in != 0 and math.isclose(v_out, v_in * 1.25):
                    rules.append("'never so/this' emphasis (x1.25)")
            elif kind == "idiom":
                rules.append(f"special-case phrase or 'kind of'/'sort of' ({v_in:+.3f} -> {v_out:+.3f})")
            elif kind == "least":
                rules.append(f"negated by 'least' (x{_vader.N_SCALAR})")
            previous_out = v_out
        return tuple(rules)


_VADER_NEGATION_CHECK = SentimentIntensityAnalyzer._negation_check
_VADER_IDIOMS_CHECK = SentimentIntensityAnalyzer._special_idioms_check
_EMOJI_CHARS = frozenset()  # filled in by _plain_analyzer() (single-character keys of VADER's emoji lexicon)
_IDIOM_WORDS = frozenset(
    w for phrase in (*_vader.SPECIAL_CASES, *_vader.BOOSTER_DICT) if " " in phrase for w in phrase.split()
)

# (position, token, start, end, base, valence, rules, source); start/end local to the scored text
_EvidenceRow = tuple[int, str, "int | None", "int | None", float, float, tuple[str, ...], str]


@dataclass
class _Scored:
    """Internal: one scored sentence with its VADER token trace."""

    scores: dict[str, float]
    words: list[str]  # VADER's tokens (names and phrases as the placeholders VADER saw)
    lower: list[str]
    starts: list[int] | None  # per VADER token, start offset in the scored text (None: emoji expanded)
    valences: list[float]  # per VADER token, after "but" (what VADER summed)
    pre_but: list[float]
    evidence: list[_EvidenceRow]
    punctuation: float
    windowed: bool


_PUNCT = frozenset(string.punctuation)
_LEADING_PUNCT = re.compile(r"(?<!\S)[" + re.escape(string.punctuation) + r"]+(?=\S)")


def _word_starts(text: str) -> list[int]:
    """Start offsets of VADER's tokens in ``text``: white-space split, then leading punctuation
    skipped unless fewer than three characters would remain (VADER's ``_strip_punc_if_word``)."""
    out = [m.start() for m in _TOKEN.finditer(text)]
    if not _LEADING_PUNCT.search(text):
        return out
    for k, start in enumerate(out):
        if text[start] in _PUNCT:
            end = text.find(" ", start)
            raw = text[start:] if end < 0 else text[start:end]
            raw = raw.split()[0]
            if len(raw.strip(string.punctuation)) > 2:
                out[k] = start + len(raw) - len(raw.lstrip(string.punctuation))
    return out


def _expanded_starts(text: str, emojis: Mapping[str, str], words: Sequence[str]) -> list[int | None] | None:
    """Start offsets in ``text`` of VADER's tokens when it expanded emojis into their descriptions
    (VADER's own loop, keeping where each character came from): None for a token that starts in
    a description, and None for the whole list when the tokens do not line up with ``words``."""
    chars: list[str] = []
    origin: list[int | None] = []
    prev_space = True
    for k, ch in enumerate(text):
        if ch in emojis:
            if not prev_space:
                chars.append(" ")
                origin.append(None)
            description = emojis[ch]
            chars.extend(description)
            origin.extend([None] * len(description))
            prev_space = False
        else:
            chars.append(ch)
            origin.append(k)
            prev_space = ch == " "
    expanded = "".join(chars)
    out: list[int | None] = []
    for match in _TOKEN.finditer(expanded):
        word, at = _vader_token(match.group(0), match.start())
        start = origin[at]
        if start is not None and text[start : start + len(word)] != word:
            start = None
        out.append(start)
    return out if len(out) == len(words) else None


def _is_scored(i: int, lower: Sequence[str]) -> bool:
    """Whether VADER ran sentiment_valence on token ``i`` (it skips booster words and the "kind"
    of "kind of", giving them 0)."""
    word = lower[i]
    if word in _vader.BOOSTER_DICT:
        return False
    return not (word == "kind" and i < len(lower) - 1 and lower[i + 1] == "of")


def _evidence(
    tracer: _Tracer,
    words: Sequence[str],
    lower: Sequence[str],
    shift: int,
    positions: Iterable[int],
    sources: Mapping[str, str],
) -> list[tuple[int, float, float, tuple[str, ...], str]]:
    lexicon = tracer.lexicon
    boosters = _vader.BOOSTER_DICT
    found = [i for i in positions if lower[i] in lexicon and lower[i] not in boosters and _is_scored(i, lower)]
    if not found:
        return []
    is_cap_diff = any(words[i].isupper() for i in found) and (
        tracer.is_cap_diff if (tracer.is_cap_diff is not None and words is tracer.words) else _vader.allcap_differential(words)
    )
    out = []
    post = tracer.post_but
    pre = tracer.pre_but
    for i in found:
        rules = tracer.token_rules(i, words, lower, is_cap_diff)
        rules = _with_but(rules, pre[i], post[i])
        out.append((i + shift, lexicon[lower[i]], post[i], rules, sources.get(lower[i], "vader")))
    return out


def _with_but(rules: tuple[str, ...], before: float, after: float) -> tuple[str, ...]:
    if before == after or before == 0:
        return rules
    return (*rules, f"'but' rule (x{after / before:.2f})")


# Preprocessing: names and phrases -----------------------------------------------------------


@dataclass(frozen=True)
class _Replacement:
    """A stretch of the text VADER sees differently: a word of a name (``kind`` "name", shown as
    not scored) or a multi-word entry (``kind`` "phrase", scored as one word)."""

    start: int
    end: int
    kind: str
    label: str  # the name, or the phrase's entry text
    base: float
    source: str


def _vader_token(raw: str, start: int) -> tuple[str, int]:
    """VADER's form of a white-space token (``_strip_punc_if_word``) and where it starts."""
    stripped = raw.strip(string.punctuation)
    if len(stripped) <= 2:
        return raw, start
    return stripped, start + len(raw) - len(raw.lstrip(string.punctuation))


def _is_modifier(word: str) -> bool:
    return word in _vader.BOOSTER_DICT or word in _NEGATE or "n't" in word or word in ("but", "least")


_NEGATE = frozenset(_vader.NEGATE)


def _filler(word: str) -> str:
    return ("X" if word.isupper() else "x") * len(word)


def _name_spans(text: str, mentions: Iterable[tuple[int, int, str]], settings: _Settings) -> list[tuple[int, int, str]]:
    """Name spans: actor mentions and the gazetteer's multi-word proper names, except names whose
    words keep their valence (``[names] keep_valence``)."""
    spans = [(a, b, " ".join(name.split())) for a, b, name in mentions]
    if settings.gazetteer_names is not None:
        spans.extend((m.start(), m.end(), " ".join(m.group(0).split())) for m in settings.gazetteer_names.finditer(text))
    keep = settings.names_keep
    return sorted(s for s in spans if s[2] not in keep and s[1] > s[0])


def _preprocess(
    text: str, names: Sequence[tuple[int, int, str]], lex: _Lexicon
) -> tuple[str, list[_Replacement]]:
    """The text VADER scores: words of names that VADER would score (lexicon words, boosters,
    negations) become neutral filler of the same length, and each multi-word entry becomes one
    made-up lexicon token plus filler. Offsets are kept; the replacements say what was done."""
    if not names and lex.phrase_pattern is None:
        return text, []
    chars: list[str] | None = None
    reps: list[_Replacement] = []
    lexicon = lex.lexicon
    if names:
        chars = list(text)
        done: set[int] = set()
        for a, b, name in names:
            line_start = text.rfind(" ", 0, a) + 1
            for match in _TOKEN.finditer(text, line_start):
                if match.start() >= b:
                    break
                word, start = _vader_token(match.group(0), match.start())
                end = start + len(word)
                if start < a or end > b or start in done:
                    continue
                lower = word.lower()
                if lower in lexicon or _is_modifier(lower):
                    done.add(start)
                    chars[start:end] = _filler(word)
                    reps.append(_Replacement(start, end, "name", name, lexicon.get(lower, 0.0), "name"))
        if not reps:
            chars = None
    if lex.phrase_pattern is not None:
        current = "".join(chars) if chars is not None else text
        for match in lex.phrase_pattern.finditer(current):
            phrase = lex.phrase_text.get(" ".join(match.group(0).lower().split()))
            if phrase is None:  # pragma: no cover - the pattern only matches entries
                continue
            words = list(_TOKEN.finditer(current, match.start(), match.end()))
            if len(words) != len(phrase.words) or len(words[phrase.head].group(0)) != len(phrase.key):
                continue  # a case mapping changed a word's length: leave the text as it is
            if chars is None:
                chars = list(text)
            for n, word in enumerate(words):
                value = word.group(0)
                if n == phrase.head:
                    head = phrase.key.upper() if value.isupper() and len(value) >= 2 else phrase.key
                    chars[word.start() : word.end()] = head
                else:
                    chars[word.start() : word.end()] = _filler(value)
            reps.append(_Replacement(match.start(), match.end(), "phrase", phrase.text, phrase.valence, phrase.source))
        reps.sort(key=lambda r: r.start)
    return ("".join(chars) if chars is not None else text), reps


def _annotate(
    rows: Sequence[tuple[int, float, float, tuple[str, ...], str]],
    words: Sequence[str],
    starts: list[int] | None,
    text: str,
    reps: Sequence[_Replacement],
    lex: _Lexicon,
    expanded: Sequence[int | None] | None = None,
) -> list[_EvidenceRow]:
    """Evidence rows with tokens and offsets: a phrase shows as its words, a name's words are
    added as not scored. ``expanded`` (when ``starts`` is None: an emoji was expanded) gives the
    offsets of the tokens that are not part of an emoji's description."""
    out: list[_EvidenceRow] = []
    phrases = {r.start: r for r in reps if r.kind == "phrase"} if reps else {}
    token_starts = starts if starts is not None else expanded
    for pos, base, valence, rules, source in rows:
        start = token_starts[pos] if token_starts is not None else None
        token = words[pos]
        end = start + len(token) if start is not None else None
        if phrases and token.lower() in lex.phrases:
            rep = next((r for r in phrases.values() if start is not None and r.start <= start < r.end), None)
            if rep is not None:
                token, start, end = text[rep.start : rep.end], rep.start, rep.end
        out.append((pos, token, start, end, base, valence, rules, source))
    names = [r for r in reps if r.kind == "name"]
    if names:
        word_starts = starts if starts is not None else _word_starts(text)
        for rep in names:
            pos = bisect.bisect_left(word_starts, rep.start)
            rule = f'part of the name "{rep.label}"'
            out.append((pos, text[rep.start : rep.end], rep.start, rep.end, rep.base, 0.0, (rule,), "name"))
        out.sort(key=lambda row: row[0])
    return out


def _run(tracer: _Tracer, text: str, scored_text: str, reps: Sequence[_Replacement], lex: _Lexicon) -> _Scored:
    """Score ``scored_text`` (normalised, names and phrases replaced; ``text`` is the same without
    the replacements) with VADER, windowing long inputs."""
    n = scored_text.count(" ") + 1  # cheap upper bound check first
    if n <= MAX_SENTENCE_TOKENS or len(scored_text.split()) <= MAX_SENTENCE_TOKENS:
        tracer.reset()
        scores = tracer.polarity_scores(scored_text)
        words = tracer.words
        if not words:
            return _Scored(scores, [], [], [], [], [], [], 0.0, False)
        lower = tracer._lower if tracer._lower_of is words else [w.lower() for w in words]
        rows = _evidence(tracer, words, lower, 0, range(len(words)), lex.sources)
        starts: list[int] | None = _word_starts(scored_text)
        expanded = None
        if len(starts) != len(words):  # an emoji was expanded into words
            starts = None
            expanded = _expanded_starts(scored_text, tracer.emojis, words) if (rows or reps) else None
        evidence = _annotate(rows, words, starts, text, reps, lex, expanded) if (rows or reps) else []
        return _Scored(
            scores, words, lower, starts, tracer.post_but, tracer.pre_but, evidence, tracer.punctuation, False
        )
    return _run_windowed(tracer, text, scored_text, reps, lex)


def _run_windowed(tracer: _Tracer, text: str, scored_text: str, reps: Sequence[_Replacement], lex: _Lexicon) -> _Scored:
    """VADER's cost is quadratic in a sentence's token count: score windows of
    MAX_SENTENCE_TOKENS tokens, each with three tokens of context before and two after, then apply
    VADER's ``_but_check`` and ``score_valence`` to the whole token list."""
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(scored_text)]
    all_starts = _word_starts(scored_text)
    words: list[str] = []
    pre: list[float] = []
    rows: list[tuple[int, float, float, tuple[str, ...], str]] = []
    starts: list[int] | None = []
    n = len(spans)
    for a in range(0, n, MAX_SENTENCE_TOKENS):
        b = min(a + MAX_SENTENCE_TOKENS, n)
        ca, cb = max(0, a - _CONTEXT_BEFORE), min(n, b + _CONTEXT_AFTER)
        tracer.reset()
        tracer.polarity_scores(scored_text[spans[ca][0] : spans[cb - 1][1]])
        if len(tracer.words) != cb - ca:  # an emoji was expanded: score the window without context
            ca, cb = a, b
            tracer.reset()
            tracer.polarity_scores(scored_text[spans[a][0] : spans[b - 1][1]])
            starts = None
        core = range(a - ca, len(tracer.words) - (cb - b))
        window_lower = [w.lower() for w in tracer.words]
        rows.extend(_evidence(tracer, tracer.words, window_lower, len(words) - (a - ca), core, lex.sources))
        words.extend(tracer.words[k] for k in core)
        pre.extend(tracer.pre_but[k] for k in core)
    post = _but_check(words, pre)
    tracer.punctuation = 0.0
    scores = tracer.score_valence(post, scored_text.strip())
    rows = [(p, base, post[p], _with_but(_drop_but(rules), pre[p], post[p]), src) for p, base, _, rules, src in rows]
    starts = all_starts if starts is not None and len(all_starts) == len(words) else None
    expanded = _expanded_starts(scored_text, tracer.emojis, words) if starts is None else None
    evidence = _annotate(rows, words, starts, text, reps, lex, expanded)
    return _Scored(scores, words, [w.lower() for w in words], starts, list(post), pre, evidence, tracer.punctuation, True)


def _but_check(words: Sequence[str], sentiments: Sequence[float]) -> list[float]:
    """VADER's ``_but_check`` (values before the first "but" x0.5, after it x1.5), same result
    in n log n. VADER's loop reads value ``v`` at step ``j``, finds the first position holding a
    value equal to ``v`` with ``list.index`` (quadratic on a long list) and rescales the value
    there; that position is never after ``j``, so step ``j`` always reads the original value. Here
    the positions holding each value are kept in a heap."""
    lower = [str(w).lower() for w in words]
    if "but" not in lower:
        return list(sentiments)
    bi = lower.index("but")
    out = list(sentiments)
    where: dict[float, list[int]] = {}
    for k, value in enumerate(out):
        where.setdefault(value, []).append(k)  # ascending: already a heap
    for value in sentiments:
        positions = where[value]
        si = positions[0]
        if si == bi:
            continue
        new = value * 0.5 if si < bi else value * 1.5
        heapq.heappop(positions)
        heapq.heappush(where.setdefault(new, []), si)
        out[si] = new
    return out


def _drop_but(rules: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(r for r in rules if not r.startswith("'but'"))


def _resolve_supplement(supplement: bool | None) -> bool:
    return SUPPLEMENT_DEFAULT if supplement is None else bool(supplement)


def _resolve_names(names_neutral: bool | None) -> bool:
    return NAMES_NEUTRAL_DEFAULT if names_neutral is None else bool(names_neutral)


def _new_tracer(lex: _Lexicon) -> _Tracer:
    return _Tracer(lex.lexicon, _plain_analyzer().emojis)


def _text_names(text: str, names_neutral: bool) -> list[tuple[int, int, str]]:
    """Name spans of a free-standing text (actors found with :func:`find_actors_in_text`)."""
    if not names_neutral:
        return []
    from analysis.actors import find_actors_in_text

    mentions = ((m.start, m.end, m.text) for m in find_actors_in_text(text).mentions)
    return _name_spans(text, mentions, _settings())


def score_text(text: str, *, supplement: bool | None = None, names_neutral: bool | None = None) -> dict[str, Any]:
    """Score one sentence-sized text: VADER's ``neg``/``neu``/``pos``/``compound`` after typography
    normalisation (and, with ``names_neutral``, with the names :func:`analysis.actors.find_actors_in_text`
    finds left unscored; windowed beyond :data:`MAX_SENTENCE_TOKENS` tokens), plus ``evidence``
    (a tuple of :class:`Evidence` with offsets into ``text``) and ``windowed``."""
    lex = _lexicon(_resolve_supplement(supplement))
    normalised = normalise_typography(text)
    scored_text, reps = _preprocess(normalised, _text_names(normalised, _resolve_names(names_neutral)), lex)
    scored = _run(_new_tracer(lex), normalised, scored_text, reps, lex)
    return {**scored.scores, "evidence": _make_evidence(scored, 0), "windowed": scored.windowed}


def polarity(text: str, *, supplement: bool | None = None, names_neutral: bool | None = None) -> dict[str, float]:
    """Just VADER's four scores for ``text`` after the same preprocessing as :func:`score_text`
    (no trace)."""
    use = _resolve_supplement(supplement)
    normalised = normalise_typography(text)
    if len(normalised.split()) > MAX_SENTENCE_TOKENS:
        scores = score_text(text, supplement=use, names_neutral=names_neutral)
        return {k: scores[k] for k in ("neg", "neu", "pos", "compound")}
    lex = _lexicon(use)
    scored_text, _ = _preprocess(normalised, _text_names(normalised, _resolve_names(names_neutral)), lex)
    return lex.analyzer.polarity_scores(scored_text)


def _make_evidence(scored: _Scored, base_offset: int) -> tuple[Evidence, ...]:
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
        for pos, token, start, end, base, valence, rules, source in scored.evidence
    )


# --------------------------------------------------------------------------------------------
# Analysis


def analyze_sentiment(
    article: Article,
    *,
    sourcing: Any | None = None,
    actors: Any | None = None,
    supplement: bool | None = None,
    names_neutral: bool | None = None,
) -> SentimentResult:
    """Score ``article`` sentence by sentence with VADER and aggregate (see the module docstring).

    ``sourcing`` (a :class:`~analysis.sourcing.SourcingResult`) adds speakers, per-source and
    per-side quoted tone; ``actors`` (an :class:`~analysis.actors.ActorsResult`) is computed with
    :func:`analysis.actors.find_actors` when not given. ``supplement`` switches the news
    supplement on or off (None: :data:`SUPPLEMENT_DEFAULT`); ``names_neutral`` leaves the words of
    names unscored (None: :data:`NAMES_NEUTRAL_DEFAULT`; False gives plain VADER's figures).
    Entries of a user lexicon in force (:func:`analysis.lexicons.use_lexicons`) always apply.
    """
    settings = _settings()
    use = _resolve_supplement(supplement)
    neutral = _resolve_names(names_neutral)
    lex = _lexicon(use)
    tracer = _new_tracer(lex)
    warnings: list[str] = []
    body_norm = normalise_typography(article.body)
    if actors is None:
        from analysis.actors import find_actors

        actors = find_actors(article)
    mentions = getattr(actors, "mentions", ())
    names = _name_spans(body_norm, ((m.start, m.end, m.text) for m in mentions), settings) if neutral else []
    body_scored, replacements = _preprocess(body_norm, names, lex)
    rep_starts = [r.start for r in replacements]

    voice_spans = _voice_spans(article, body_norm, sourcing, settings)
    scored: list[_Scored] = []
    sentences: list[SentenceSentiment] = []
    sentence_spans: list[list[_VoiceSpan]] = []
    active: list[_VoiceSpan] = []
    next_span = 0
    last_start = 0
    for sentence in article.sentences:
        s_start, s_end = sentence.start, sentence.end
        reps: list[_Replacement] = []
        if replacements:
            lo, hi = bisect.bisect_left(rep_starts, s_start), bisect.bisect_left(rep_starts, s_end)
            reps = [_shift(r, s_start) for r in replacements[lo:hi]]
        result = _run(tracer, body_norm[s_start:s_end], body_scored[s_start:s_end], reps, lex)
        scored.append(result)
        if voice_spans and s_start < last_start:  # sentences out of order: filter every span
            spans_here = [v for v in voice_spans if v.start < s_end and v.end > s_start]
        elif voice_spans:  # sweep: spans (sorted by start) enter once they start before the sentence ends
            while next_span < len(voice_spans) and voice_spans[next_span].start < s_end:
                active.append(voice_spans[next_span])
                next_span += 1
            active = [v for v in active if v.end > s_start]  # a span ended here ends for later sentences too
            spans_here = [v for v in active if v.start < s_end]
        else:
            spans_here = []
        last_start = max(last_start, s_start)
        sentence_spans.append(spans_here)
        voice, speaker = _sentence_voice(s_start, s_end, body_norm, spans_here)
        scores = result.scores
        sentences.append(
            _build(
                SentenceSentiment,
                index=sentence.index,
                paragraph=sentence.paragraph,
                start=s_start,
                end=s_end,
                text=sentence.text,
                neg=scores["neg"],
                neu=scores["neu"],
                pos=scores["pos"],
                compound=scores["compound"],
                tokens=len(result.words),
                voice=voice,
                speaker=speaker,
                evidence=_make_evidence(result, s_start) if result.evidence else (),
                punctuation_emphasis=result.punctuation,
                windowed=result.windowed,
            )
        )
        if result.windowed:
            warnings.append(f"sentence {sentence.index} has more than {MAX_SENTENCE_TOKENS} tokens: scored in windows")

    body = _body(tracer, sentences, scored, body_scored)
    paragraphs, turning = _paragraphs(article, sentences)
    segments = _segments(tracer, article, body_norm, scored, sentences, sentence_spans)
    voices = _voice_tones(segments, sourcing)

    actor_mentions = _actor_mentions(tracer, article, body_norm, scored, sentences, sentence_spans, actors, settings)
    method = "VADER 3.3.2 (Hutto & Gilbert 2014) per sentence after typography normalisation"
    method += (
        f"; names neutral ({sum(1 for r in replacements if r.kind == 'name')} name words not scored)"
        if neutral
        else "; names scored as VADER does"
    )
    method += f"; news supplement {settings.version} ({lex.added} words)" if use else "; no supplement"
    if settings.user_file:
        method += f"; user lexicon {settings.user_file} ({len(settings.user)} entries, {len(settings.user_removed)} removed)"
    method += "; paragraph/body tone = mean of sentence compounds"
    return SentimentResult(
        sentences=tuple(sentences),
        paragraphs=paragraphs,
        body=body,
        turning_points=turning,
        segments=segments,
        voices=voices,
        actor_mentions=actor_mentions,
        actors=_actor_tones(actor_mentions),
        supplement=use,
        supplement_version=settings.version,
        method=method,
        names_neutral=neutral,
        warnings=tuple(warnings),
    )


def _shift(rep: _Replacement, offset: int) -> _Replacement:
    return _Replacement(rep.start - offset, rep.end - offset, rep.kind, rep.label, rep.base, rep.source)


def _excerpt(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _share(values: Sequence[float], negative: bool) -> float:
    if not values:
        return 0.0
    if negative:
        return sum(1 for v in values if v <= -THRESHOLD) / len(values)
    return sum(1 for v in values if v >= THRESHOLD) / len(values)


def _body(
    tracer: _Tracer, sentences: Sequence[SentenceSentiment], scored: Sequence[_Scored], body_norm: str
) -> BodySentiment:
    compounds = [s.compound for s in sentences]
    n = len(compounds)
    ordered = sorted(compounds)
    median = 0.0 if n == 0 else (ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2)
    # VADER's whole-body score, rebuilt from the sentence traces (see the module docstring):
    # valid when the sentences hold the body's tokens one for one.
    if sum(len(s.words) for s in scored) == len(body_norm.split()) and all(s.starts is not None for s in scored):
        vader = _body_score(tracer, scored, body_norm)
    else:  # ask VADER directly (quadratic in the body length, but exact)
        vader = tracer.polarity_scores(body_norm)
    neg_share, pos_share = _share(compounds, True), _share(compounds, False)
    return BodySentiment(
        sentences=n,
        compound=_mean(compounds),
        median_compound=median,
        min_compound=ordered[0] if n else 0.0,
        max_compound=ordered[-1] if n else 0.0,
        share_negative=neg_share,
        share_neutral=(1.0 - neg_share - pos_share) if n else 0.0,
        share_positive=pos_share,
        neg=_mean([s.neg for s in sentences]),
        neu=_mean([s.neu for s in sentences]),
        pos=_mean([s.pos for s in sentences]),
        vader_compound=vader["compound"],
        vader_neg=vader["neg"],
        vader_neu=vader["neu"],
        vader_pos=vader["pos"],
    )


def _body_score(tracer: _Tracer, scored: Sequence[_Scored], body_norm: str) -> dict[str, float]:
    """VADER's ``_but_check`` and ``score_valence`` over the body's token valences.

    VADER's ``_but_check`` walks the list and looks each value up with ``list.index`` (quadratic
    on a long body; :func:`_but_check` gives its result in n log n). Zeros are unchanged by it
    (0 x 0.5 = 0), and for a non-zero value only its order among the non-zero values and its side
    of the first "but" matter, so ``_but_check`` is run on the non-zero values with a single "but"
    placed where the first one falls: the result equals the call on the full list, and so does ``score_valence`` (adding
    zeros to a float sum is exact; they only count as neutral).
    """
    values: list[float] = []
    but_at: int | None = None
    zeros = 0
    for s in scored:
        pre = s.pre_but
        if but_at is None and "but" in s.lower:
            cut = s.lower.index("but")
            values.extend(filter(None, pre[:cut]))  # the non-zero values, in order
            but_at = len(values)
            values.extend(filter(None, pre[cut:]))
        else:
            values.extend(filter(None, pre))
        zeros += pre.count(0)
    if but_at is not None:
        words = ["."] * but_at + ["but"] + ["."] * (len(values) - but_at)
        values = _but_check(words, [*values[:but_at], 0.0, *values[but_at:]])
        del values[but_at]
    return tracer.score_valence(values + [0.0] * zeros, body_norm.strip())


def _sign(value: float) -> int:
    return 1 if value >= THRESHOLD else (-1 if value <= -THRESHOLD else 0)


def _paragraphs(
    article: Article, sentences: Sequence[SentenceSentiment]
) -> tuple[tuple[ParagraphSentiment, ...], tuple[TurningPoint, ...]]:
    by_paragraph: dict[int, list[SentenceSentiment]] = defaultdict(list)
    for s in sentences:
        by_paragraph[s.paragraph].append(s)
    out: list[ParagraphSentiment] = []
    turning: list[TurningPoint] = []
    previous: float | None = None
    last_sign = 0
    last_signed_paragraph: int | None = None
    for paragraph in article.paragraphs:
        members = by_paragraph.get(paragraph.index, [])
        compounds = [s.compound for s in members]
        tone = _mean(compounds)
        delta = None if previous is None else tone - previous
        sign = _sign(tone)
        kinds = []
        if sign != 0 and last_sign != 0 and sign != last_sign:
            kinds.append("sign")
        if delta is not None and abs(delta) >= SWING:
            kinds.append("swing")
        label = None
        if kinds:
            before = previous if previous is not None else 0.0
            direction = "positive" if sign > 0 else "negative" if sign < 0 else "neutral"
            what = f"turns {direction}" if "sign" in kinds else ("rises" if tone > before else "falls")
            since = (
                f" (last {'positive' if last_sign > 0 else 'negative'} paragraph: {last_signed_paragraph})"
                if "sign" in kinds
                else ""
            )
            opening = _excerpt(members[0].text, 70) if members else ""
            label = f"paragraph {paragraph.index}: tone {what}, {before:+.2f} -> {tone:+.2f}{since}: {opening}"
            turning.append(TurningPoint(paragraph.index, "+".join(kinds), before, tone, tone - before, label))
        if sign != 0:
            last_sign, last_signed_paragraph = sign, paragraph.index
        out.append(
            _build(
                ParagraphSentiment,
                index=paragraph.index,
                start=paragraph.start,
                end=paragraph.end,
                sentences=len(members),
                compound=tone,
                neg=_mean([s.neg for s in members]),
                neu=_mean([s.neu for s in members]),
                pos=_mean([s.pos for s in members]),
                min_compound=min(compounds, default=0.0),
                max_compound=max(compounds, default=0.0),
                share_negative=_share(compounds, True),
                share_positive=_share(compounds, False),
                delta=delta,
                turning=label,
            )
        )
        previous = tone
    return tuple(out), tuple(turning)


# Voices -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _VoiceSpan:
    start: int
    end: int
    speaker: str | None
    source_id: int | str | None
    side: str | None


def _voice_spans(article: Article, body_norm: str, sourcing: Any | None, settings: _Settings) -> list[_VoiceSpan]:
    """Quote spans that are voices: not scare quotes. With sourcing, a quote overlapping a direct
    or partial attribution is a voice with that speaker; direct/partial attributions that match no
    quote span are voices over their own span."""
    attributions: list[tuple[int, int, str | None, int | str | None, str | None]] = []
    if sourcing is not None:
        sources = {getattr(s, "source_id", None): s for s in getattr(sourcing, "sources", ())}
        for att in getattr(sourcing, "attributions", ()):
            if getattr(att, "quote_type", None) not in ("direct", "partial"):
                continue
            source = sources.get(getattr(att, "source_id", None))
            name = getattr(source, "name", None) or getattr(att, "speaker", None)
            side = getattr(source, "affiliation", None) if source is not None else None
            attributions.append((att.start, att.end, name, getattr(att, "source_id", None), side))
    quotes = list(article.quotes)
    best_of = _best_attributions(quotes, attributions)
    spans: list[_VoiceSpan] = []
    covered: set[int] = set()
    for quote, best in zip(quotes, best_of, strict=True):
        if best is not None:
            covered.add(best)
            _, _, name, source_id, side = attributions[best]
            spans.append(_VoiceSpan(quote.start, quote.end, name, source_id, side))
            continue
        if quote.word_count <= settings.scare_quote_max_words and _is_scare_quote(article, body_norm, quote, settings):
            continue
        spans.append(_VoiceSpan(quote.start, quote.end, None, None, None))
    # An attribution no quote took is a voice over its own span unless it overlaps a quote span or
    # an attribution span added before it. Quote spans: sorted by start with a running maximum of
    # their ends; added attribution spans never overlap one another, so sorted by start they are
    # sorted by end too.
    by_start = sorted(spans, key=lambda s: s.start)
    quote_starts = [s.start for s in by_start]
    max_end = list(itertools.accumulate((s.end for s in by_start), max))
    added_starts: list[int] = []
    added_ends: list[int] = []
    for k, (a, b, name, source_id, side) in enumerate(attributions):
        if k in covered or b <= a:
            continue
        i = bisect.bisect_left(quote_starts, b)
        if i and max_end[i - 1] > a:
            continue
        j = bisect.bisect_left(added_starts, b)
        if j and added_ends[j - 1] > a:
            continue
        added_starts.insert(j, a)
        added_ends.insert(j, b)
        spans.append(_VoiceSpan(a, b, name, source_id, side))
    spans.sort(key=lambda s: (s.start, s.end))
    return spans


def _best_attributions(
    quotes: Sequence[Any], attributions: Sequence[tuple[int, int, str | None, int | str | None, str | None]]
) -> list[int | None]:
    """Per quote, the index of the attribution it overlaps most (the first on a tie; None when it
    overlaps none). One sweep over quotes and attributions sorted by start: an attribution stays
    active while it can still overlap a later quote."""
    best_of: list[int | None] = [None] * len(quotes)
    order = sorted(range(len(attributions)), key=lambda k: attributions[k][0])
    pos = 0
    active: list[int] = []
    for q in sorted(range(len(quotes)), key=lambda q: quotes[q].start):
        q_start, q_end = quotes[q].start, quotes[q].end
        while pos < len(order) and attributions[order[pos]][0] < q_end:
            active.append(order[pos])
            pos += 1
        active = [k for k in active if attributions[k][1] > q_start]
        best = None
        best_overlap = 0
        for k in active:
            a, b = attributions[k][0], attributions[k][1]
            overlap = min(b, q_end) - max(a, q_start)
            if overlap > best_overlap or (overlap == best_overlap and best is not None and k < best):
                best, best_overlap = k, overlap
        best_of[q] = best
    return best_of


def _is_scare_quote(article: Article, body_norm: str, quote: Any, settings: _Settings) -> bool:
    """A short quoted span is a scare quote ("moderate" Syrians) unless its sentence has a
    reporting verb *and* the span closes a phrase (punctuation, a reporting verb or the end of
    the sentence follows the closing mark), as a partial quote does: raises "serious concern.\""""
    sentence = article.sentence_at(quote.start)
    text = body_norm[sentence.start : sentence.end] if sentence else ""
    if not any(w.strip(string.punctuation).lower() in settings.reporting_verbs for w in text.split()):
        return True
    after = body_norm[quote.mark_end : (sentence.end if sentence else quote.mark_end)].lstrip()
    if not after or not after[0].isalnum():
        return False
    next_word = after.split()[0].strip(string.punctuation).lower()
    return next_word not in settings.reporting_verbs


def _pieces(start: int, end: int, spans: Sequence[_VoiceSpan]) -> list[tuple[int, int, _VoiceSpan | None]]:
    """Cut [start, end) into narrator (None) and quoted pieces."""
    out: list[tuple[int, int, _VoiceSpan | None]] = []
    cursor = start
    for span in spans:
        a, b = max(span.start, start), min(span.end, end)
        if a >= b:
            continue
        if a > cursor:
            out.append((cursor, a, None))
        out.append((a, b, span))
        cursor = max(cursor, b)
    if cursor < end:
        out.append((cursor, end, None))
    return out


def _has_words(text: str) -> bool:
    return _WORD.search(text) is not None


def _sentence_voice(start: int, end: int, body_norm: str, spans: Sequence[_VoiceSpan]) -> tuple[str, str | None]:
    if not spans:
        return "narrator", None
    pieces = [p for p in _pieces(start, end, spans) if _has_words(body_norm[p[0] : p[1]])]
    quoted = [p for p in pieces if p[2] is not None]
    if not quoted:
        return "narrator", None
    speakers = sorted({p[2].speaker for p in quoted if p[2] is not None and p[2].speaker})
    return ("quoted" if len(quoted) == len(pieces) else "mixed"), ("; ".join(speakers) or None)


def _token_range(scored: _Scored, a: int, b: int) -> range | None:
    """Indices of the tokens of ``scored`` whose start lies in [a, b) (sentence-local offsets);
    None when offsets are unknown (an emoji was expanded)."""
    starts = scored.starts
    if starts is None:
        return None
    return range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))


def _restricted(tracer: _Tracer, scored: _Scored, a: int, b: int, text: str) -> tuple[dict[str, float], range]:
    """VADER's ``score_valence`` over the token valences of ``scored`` whose start lies in [a, b)
    (``text`` is that stretch; only its ``!`` and ``?`` count)."""
    idx = _token_range(scored, a, b)
    if idx is None:
        return scored.scores, range(len(scored.words))
    if idx.start == 0 and idx.stop == len(scored.words):
        return scored.scores, idx  # the whole sentence: VADER's own score
    if not idx:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}, idx
    valences = scored.valences[idx.start : idx.stop]
    if not any(valences):  # no sentiment: VADER's score_valence gives its neutral result whatever the text
        return dict(_NEUTRAL), idx
    return tracer.score_valence(valences, text.strip()), idx


#: VADER's ``score_valence`` of tokens that all have valence 0 (punctuation emphasis only counts
#: when the sum is not 0), computed by VADER itself.
_NEUTRAL = MappingProxyType(SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer).score_valence([0.0], ""))


def _count_words(text: str) -> int:
    return len(_WORDLIKE.findall(text))


#: A whitespace-delimited token holding an ASCII letter or digit. Anchored at the start of a token
#: and possessive, so a long run of punctuation is read once (``\S*[A-Za-z0-9]\S*`` restarted at
#: every character of the run: quadratic); it finds the same tokens.
_WORDLIKE = re.compile(r"(?<!\S)[^\sA-Za-z0-9]*+[A-Za-z0-9]\S*+")


def _segments(
    tracer: _Tracer,
    article: Article,
    body_norm: str,
    scored: Sequence[_Scored],
    sentences: Sequence[SentenceSentiment],
    sentence_spans: Sequence[Sequence[_VoiceSpan]],
) -> tuple[VoiceSegment, ...]:
    out = []
    body = article.body
    for sentence, result, spans in zip(article.sentences, scored, sentence_spans, strict=True):
        shown = [(row[0], f"{row[1]} {row[5]:+.3f}") for row in result.evidence if row[7] != "name"]
        if not spans:  # one narrator segment: the whole sentence, VADER's own score
            text = body_norm[sentence.start : sentence.end]
            words = _count_words(text)
            if not words:
                continue
            scores = result.scores
            out.append(
                _build(
                    VoiceSegment,
                    sentence=sentence.index,
                    paragraph=sentence.paragraph,
                    voice="narrator",
                    start=sentence.start,
                    end=sentence.end,
                    text=body[sentence.start : sentence.end].strip(),
                    words=words,
                    speaker=None,
                    source_id=None,
                    side=None,
                    neg=scores["neg"],
                    neu=scores["neu"],
                    pos=scores["pos"],
                    compound=scores["compound"],
                    evidence=tuple(text for _, text in shown),
                )
            )
            continue
        for a, b, span in _pieces(sentence.start, sentence.end, spans):
            text = body_norm[a:b]
            words = _count_words(text)
            if not words:
                continue
            scores, idx = _restricted(tracer, result, a - sentence.start, b - sentence.start, text)
            out.append(
                _build(
                    VoiceSegment,
                    sentence=sentence.index,
                    paragraph=sentence.paragraph,
                    voice="narrator" if span is None else "quoted",
                    start=a,
                    end=b,
                    text=body[a:b].strip(),
                    words=words,
                    speaker=span.speaker if span else None,
                    source_id=span.source_id if span else None,
                    side=span.side if span else None,
                    neg=scores["neg"],
                    neu=scores["neu"],
                    pos=scores["pos"],
                    compound=scores["compound"],
                    evidence=tuple(text for k, text in shown if k in idx) if shown else (),
                )
            )
    return tuple(out)


def _tone(level: str, key: str, label: str, side: str | None, segs: Sequence[VoiceSegment]) -> VoiceTone:
    compounds = [s.compound for s in segs]
    words = sum(s.words for s in segs)
    weighted = sum(s.compound * s.words for s in segs) / words if words else 0.0
    return _build(
        VoiceTone,
        level=level,
        key=key,
        label=label,
        side=side,
        segments=len(segs),
        words=words,
        compound=_mean(compounds),
        weighted_compound=weighted,
        share_negative=_share(compounds, True),
        share_positive=_share(compounds, False),
        min_compound=min(compounds, default=0.0),
        max_compound=max(compounds, default=0.0),
    )


def _voice_tones(segments: Sequence[VoiceSegment], sourcing: Any | None) -> tuple[VoiceTone, ...]:
    out = [
        _tone("voice", voice, voice, None, [s for s in segments if s.voice == voice]) for voice in ("narrator", "quoted")
    ]
    if sourcing is None:
        return tuple(out)
    quoted = [s for s in segments if s.voice == "quoted"]
    by_source: dict[str, list[VoiceSegment]] = defaultdict(list)
    for s in quoted:
        by_source["unattributed" if s.source_id is None else str(s.source_id)].append(s)
    for key in sorted(by_source):
        segs = by_source[key]
        out.append(_tone("source", key, segs[0].speaker or key, segs[0].side, segs))
    by_side: dict[str, list[VoiceSegment]] = defaultdict(list)
    for s in quoted:
        by_side[s.side or "unknown"].append(s)
    for key in sorted(by_side):
        out.append(_tone("side", key, key, key, by_side[key]))
    return tuple(out)


# Actors -------------------------------------------------------------------------------------


def _clauses(text: str, settings: _Settings) -> list[tuple[int, int]]:
    cuts = sorted({m.end() for m in settings.clause_break.finditer(text)} | {0, len(text)})
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _actor_mentions(
    tracer: _Tracer,
    article: Article,
    body_norm: str,
    scored: Sequence[_Scored],
    sentences: Sequence[SentenceSentiment],
    sentence_spans: Sequence[Sequence[_VoiceSpan]],
    actors: Any,
    settings: _Settings,
) -> tuple[ActorMentionTone, ...]:
    by_sentence: dict[int, list[Any]] = defaultdict(list)
    for mention in getattr(actors, "mentions", ()):
        by_sentence[mention.sentence].append(mention)
    out: list[ActorMentionTone] = []
    lexicon = tracer.lexicon
    body = article.body
    negative_acts, not_acts = settings.negative_acts, settings.not_acts
    for sentence in article.sentences:
        mentions = by_sentence.get(sentence.index)
        if not mentions:
            continue
        s_start = sentence.start
        result = scored[sentence.index]
        text = body_norm[s_start : sentence.end]
        lower = result.lower
        spans = sentence_spans[sentence.index]
        others = [(o.start - s_start, o.end - s_start) for o in mentions]
        tokens = _Tokens(text)
        shown = {row[0]: row[1] for row in result.evidence} if result.evidence else {}
        sentence_compound = sentences[sentence.index].compound
        valences = result.valences
        for a, b in _clauses(text, settings):
            inside = [m for m in mentions if a <= m.start - s_start < b]
            if not inside:
                continue
            scores, idx = _restricted(tracer, result, a, b, text[a:b])
            act = next(
                (
                    k
                    for k in idx
                    if lower[k] in negative_acts
                    or (valences[k] < 0 and lower[k] not in not_acts and lexicon.get(lower[k], 0.0) < 0)
                ),
                None,
            )  # the first negative act (_is_negative_act, inlined)
            act_word = (shown.get(act) or result.words[act]) if act is not None else ""
            clause = body[s_start + a : s_start + b].strip()
            for m in inside:
                role, reason = _role(m, s_start, text, tokens, result, lower, act, act_word, others, settings)
                quoted = any(s.start <= m.start < s.end for s in spans)
                out.append(
                    _build(
                        ActorMentionTone,
                        actor=m.actor,
                        kind=m.kind,
                        text=m.text,
                        start=m.start,
                        end=m.end,
                        sentence=sentence.index,
                        paragraph=sentence.paragraph,
                        clause_start=s_start + a,
                        clause_end=s_start + b,
                        clause=clause,
                        compound=scores["compound"],
                        sentence_compound=sentence_compound,
                        voice="quoted" if quoted else "narrator",
                        role=role,
                        act=act_word if (act is not None and role) else None,
                        role_reason=reason,
                    )
                )
    return tuple(out)


_SKIP_BACK = frozenset({"and", "or", "the", ","})


class _Tokens:
    """Looking back over the white-space tokens of a sentence from an offset."""

    def __init__(self, text: str) -> None:
        self.text = text

    def before(self, offset: int) -> Iterator[tuple[int, str]]:
        """(start, word) of each token that starts before ``offset``, nearest first; the word is
        the token cut at ``offset``, outer punctuation stripped, in lower case."""
        text = self.text
        j = offset
        while True:
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j == 0:
                return
            k = j
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            yield k, text[k:j].strip(string.punctuation).lower()
            j = k


def _word_before(offset: int, tokens: _Tokens, mentions: Sequence[tuple[int, int]]) -> str:
    """The nearest word before ``offset``, skipping "and"/"or"/"the" and other actor mentions
    (so "between Moscow and Washington" finds "between" for Washington)."""
    for start, word in tokens.before(offset):
        if not word or word in _SKIP_BACK or any(a <= start < b for a, b in mentions):
            continue
        return word
    return ""


def _is_negative_act(
    k: int, lower: Sequence[str], result: _Scored, lexicon: Mapping[str, float], settings: _Settings
) -> bool:
    """A negative act: a word in ``negative_acts``, or a lexicon word negative both in the lexicon
    and after VADER's rules (a negated positive word such as "not active" is not an act, and
    neither is a word in ``not_acts``: "no", group nouns such as "rebels")."""
    word = lower[k]
    if word in settings.negative_acts:
        return True
    return word not in settings.not_acts and lexicon.get(word, 0.0) < 0 and result.valences[k] < 0


def _role(
    mention: Any,
    sentence_start: int,
    text: str,
    tokens: _Tokens,
    result: _Scored,
    lower: Sequence[str],
    act: int | None,
    act_word: str,
    others: Sequence[tuple[int, int]],
    settings: _Settings,
) -> tuple[str | None, str]:
    local_start, local_end = mention.start - sentence_start, mention.end - sentence_start
    if act is None:
        return None, "no negative act in the clause"
    if text[local_end : local_end + 1] in ("-", "\u2010", "\u2011"):
        return None, "hyphenated modifier (e.g. 'US-backed'): not a participant"
    prev_word = _word_before(local_start, tokens, others)
    if prev_word in settings.relational:
        return None, f"after '{prev_word}': a relation, not an act"
    act_start = result.starts[act] if result.starts is not None else 0
    passive = act > 0 and (
        lower[act - 1] in settings.passive_auxiliaries or (act > 1 and lower[act - 2] in settings.passive_auxiliaries)
    )
    if local_start < act_start:
        if passive:
            return "target", f"before passive '{act_word}'"
        return "agent", f"before '{act_word}'"
    last = next(tokens.before(local_start), None)  # the word just before the mention
    previous = last[1] if last is not None else None
    if previous is not None and previous in settings.agentive:
        return "agent", f"after '{act_word}', introduced by '{previous}'"
    return "target", f"after '{act_word}'"


def _actor_tones(mentions: Sequence[ActorMentionTone]) -> tuple[ActorTone, ...]:
    groups: dict[str, list[ActorMentionTone]] = defaultdict(list)
    for m in mentions:
        groups[m.actor].append(m)
    out = []
    for actor, ms in groups.items():
        clauses = {(m.clause_start, m.clause_end): m.compound for m in ms}
        sentences = {m.sentence: m.sentence_compound for m in ms}
        compounds = list(clauses.values())
        # one role per (clause, role) so an actor named twice in one clause counts once
        roles = {(m.clause_start, m.role, m.act) for m in ms if m.role}
        agent = sorted({r for r in roles if r[1] == "agent"})
        target = sorted({r for r in roles if r[1] == "target"})
        out.append(
            _build(
                ActorTone,
                actor=actor,
                kind=ms[0].kind,
                mentions=len(ms),
                clauses=len(clauses),
                compound=_mean(compounds),
                sentence_compound=_mean(list(sentences.values())),
                share_negative=_share(compounds, True),
                agent_of=len(agent),
                target_of=len(target),
                acts_as_agent=tuple(r[2] for r in agent if r[2]),
                acts_as_target=tuple(r[2] for r in target if r[2]),
            )
        )
    out.sort(key=lambda a: (-a.mentions, a.actor))
    return tuple(out)

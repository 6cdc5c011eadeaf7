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
original study; the cue density (distinct supporting cues per 1,000 words) is reported beside it,
and a continuous **strength** (0-1) that ranks articles within a frame: supporting units weighted
by part (lede) and voice, length-normalised, saturating per item (:mod:`.score`; weights fitted
on odd ids of the narrative-frames corpus).

**Policy frames** (Boydstun, A. E., Card, D., Gross, J. H., Resnik, P. & Smith, N. A. 2014,
"Tracking the development of media frames within and across policy issues", the Policy Frames
Codebook behind the Media Frames Corpus). The 15 frames each have a cue lexicon
(``lexicons/policy_frames.toml``, version 2); a cue weighs 1, or 0.5 when the lexicon marks it weak
(a word as often a bare topic, a title or another sense: "plan", "life", "president"). A frame's
score is its cue weight per 1,000 words (headline and body), and the share of sentences with at
least one of its cues is given beside it. The primary frame is the frame with the most cue
weight (ties: more plain cues, then the earlier first cue, then codebook order); it is "other"
when no frame has a cue, or when "other"'s own cues (sport, reviews, products, science) weigh
more. A topic frame (money, health, crime, defence) that leads by at most one cue's weight gives
way to policy prescription or political when that frame has a plain cue (lexicon 7.3: a frame is
the angle, not the topic). A one-sentence article gives a sentence's primary frame. On single news sentences against
one blind coder (nine families + other; :mod:`analysis.validation.policy_frames`) macro-F1 is
about 0.68 on the development part the cues were chosen on; the blind fifth's figure is in the
validation table. Cue words cannot see a sentence's main clause or its irony.

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
* On human-coded climate-change news (analysis/validation/framing.py, held-out even ids) Cohen's
  κ with the coders is 0.15-0.55 for most questions (median 0.32), about 0.7 for religion (MO2)
  and about 0 for "someone is responsible" (re7, which coders said yes to in 98% of articles);
  frame-score AUCs are 0.69-0.82, strength AUCs 0.70-0.88 (conflict weakest). Read the validation
  table before trusting one item.
* Thresholds are counts of sentences tuned on ~630-word articles: on much shorter or much longer
  stories they are stricter or looser than intended.

Layout, one module per stage: :mod:`.cue_terms` compiles the cue terms into an index, :mod:`.cues`
builds the lexicons and scans a unit for cues;
:mod:`.negation` tells a negated cue;
:mod:`.context` builds, once per article, what the detectors read; :mod:`.generic` holds one
detector per question, registered with its question and rule; :mod:`.score` turns the answers
into frame scores; :mod:`.policy` scores the policy frames; :mod:`.result` holds the result types.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.framing.context import build_context
from analysis.framing.cues import cue_lexicons
from analysis.framing.generic import answer_questions
from analysis.framing.policy import primary_policy_frame, score_policy
from analysis.framing.result import (
    FRAME_LABELS,
    FRAMES,
    CueHit,
    Evidence,
    FrameScore,
    FramingResult,
    ItemResult,
    PolicyFrameScore,
)
from analysis.framing.score import dominant_frame, item_limits, score_frames

if TYPE_CHECKING:
    from analysis.actors import ActorsResult
    from analysis.sourcing import SourcingResult

__all__ = [
    "FRAMES",
    "FRAME_LABELS",
    "CueHit",
    "Evidence",
    "FrameScore",
    "FramingResult",
    "ItemResult",
    "PolicyFrameScore",
    "analyze_framing",
]


def analyze_framing(
    article: Article,
    *,
    sourcing: SourcingResult | None = None,
    actors: ActorsResult | None = None,
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
    lex = cue_lexicons()
    limits = item_limits(lex.thresholds, thresholds)
    ctx = build_context(article, sourcing, actors)
    items = answer_questions(ctx, limits, lex.strength)
    words = article.word_count + (len(article.headline.split()) if article.headline else 0)
    frames = score_frames(items, words, lex.strength)
    policy = score_policy(ctx, lex, words)
    return FramingResult(
        items=tuple(items),
        frames=frames,
        dominant_frame=dominant_frame(frames),
        policy=policy,
        primary_policy_frame=primary_policy_frame(policy),
        word_count=words,
        inputs=MappingProxyType({"sourcing": sourcing is not None, "actors": actors is not None}),
        sentence_texts=MappingProxyType({s.index: s.text for s in article.sentences}),
    )

"""Reporting-verb forms that, where news writes them, report an act or name a claim (round 18 trial).

Each rule is stated for how news is written, not for one article:

* A **passive with an adverb** (trial 18 F2): "she was widely criticized in Norway by fishermen",
  "he has been roundly condemned", "it was also denied": an auxiliary of the passive, then one or
  two adverbs, then a past form is a passive, as "was criticized" is (``passive_auxiliaries`` in
  ``speech_verbs.toml`` covers the verb right after the auxiliary only). A passive reports no
  speaker of its own; its agent ("by fishermen") is read by :mod:`.passive_agents` when it holds
  a quotation. The progressive ("was also saying") is a finite verb and stays a cue.
* An **administrative refusal** (trial 18 F4): "Ohio, which denied a building permit for the dam",
  "the board rejected his application", "a judge denied him bail": "deny" or "reject" whose object
  is a permit, a request, an application, a licence, a visa, bail, entry or an appeal is an
  office's decision, no words are reported (the denial of a charge, "denied the allegations",
  "rejected the report", stays speech).
* A **claim named by an evaluating adjective** (trial 18 F5): "a false claim that he and his office
  pushed", "the latest claims", "a stark warning": a word the reporter uses to judge or date the
  claim right before the cue word makes it a noun; a noun names a claim, it is no report with a
  subject before it. Words that can be a subject ("official", "public") are left out.
* A **hire** (trial 18 F7): "Acme is adding veteran engineer Jo Park as the company's first Chief
  Technology Officer", "added two directors as its new partners": "add" with a noun-phrase object
  and then "as" with a role is a firm taking someone on (press releases), no speech. "added that",
  "added, “…”" and "added the plan would work" keep the verb of speech.
* A **participle "read by"** (trial 21 F8): "they said in a statement read by their lawyer": the
  statement's text is the subject's; "tell" with another story as object is the reporter's
  transition (:mod:`.story_idioms`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.sourcing.passive_adverbs import adverbs_then_passive, progressive_start
from analysis.sourcing.story_idioms import compared_story

if TYPE_CHECKING:
    from analysis.article import Sentence
    from analysis.sourcing.cues import Cue

# ---- a passive with adverbs between the auxiliary and the verb ("was widely criticized"): the one
# reading shared with the accused-party stage (passive_adverbs.py)


def adverb_passive(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue verb is a passive with adverbs before it ("was widely criticized")."""
    if cue.gerund or cue.text.lower().endswith("ing") or cue.start != cue.verb_start:
        return False
    return adverbs_then_passive(body, max(sentence.start, cue.start - 60), cue.start)


def adverb_progressive(body: str, sentence: Sentence, cue: Cue) -> Cue:
    """The cue as a finite progressive when "be" and adverbs stand before its "-ing" form ("He was
    also saying that the plan would fail", "she is still insisting"), else the cue unchanged: the
    progressive is a report as "was saying" is (cues.py reads "be" right before the verb only);
    a participle after a clause ("..., also saying that") has no "be" and stays one."""
    if not cue.gerund or cue.start != cue.verb_start:
        return cue
    start = progressive_start(body, max(sentence.start, cue.start - 60), cue.start)
    return cue if start is None else replace(cue, start=start, text=body[start : cue.end], gerund=False)


# ---- deny / reject an administrative request ("denied a building permit", "denied him bail")
_REFUSALS = frozenset({"deny", "reject"})
_ADMIN_OBJECT = re.compile(
    r"\s+(?:(?:him|her|them|us|me|it)\s+)?(?:(?:a|an|the|his|her|their|its|our|this|that|any|new|further)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?"
    r"(?:permits?|requests?|applications?|licen[cs]es?|visas?|bail|entry|access|appeals?|petitions?|motions?|parole|"
    r"clemency|pardons?|waivers?|exemptions?|asylum|tenure|passage)\b",
    re.IGNORECASE,
)


def administrative_refusal(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether "deny" / "reject" takes an administrative object ("denied a building permit")."""
    if cue.lemma not in _REFUSALS:
        return False
    m = _ADMIN_OBJECT.match(body, cue.end, sentence.end)
    return m is not None and not any(mark in m.group() for mark in ",;:“”\"")


# ---- an evaluating or dating adjective before a cue noun ("a false claim", "the latest claims")
_EVALUATING = frozenset({
    "false", "bogus", "baseless", "unfounded", "unsubstantiated", "unproven", "dubious", "spurious", "misleading",
    "debunked", "discredited", "wild", "outlandish", "outrageous", "controversial", "disputed", "widespread",
    "repeated", "latest", "recent", "similar", "previous", "initial", "original", "stark", "dire", "stern", "grim",
    "frequent", "conflicting", "competing", "contradictory", "unverified", "fraudulent", "exaggerated", "inflated",
})
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")


def evaluated_noun(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue word is a noun judged or dated by the adjective before it ("a false claim")."""
    if cue.start != cue.verb_start or cue.text.lower().endswith("ed"):
        return False
    m = _WORD_BEFORE.search(body, max(sentence.start, cue.start - 30), cue.start)
    return m is not None and m.group(1).lower() in _EVALUATING


# ---- "adding X as its Chief Technology Officer": a hire
_HIRE = re.compile(
    r"\s+(?!that\b)(?:[\w.’'-]+\s+){1,8}?as\s+(?:its|the|their|our|his|her|a|an|[\w.-]+[’']s)\s",
    re.IGNORECASE,
)
# A clause in the object ("added the plan would work as ..."): a finite auxiliary or modal.
_CLAUSE_VERB = re.compile(r"\b(?:would|will|could|can|should|may|might|must|is|are|was|were|has|have|had)\b", re.IGNORECASE)


def hire(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether "add" takes a person as a role ("is adding Jo Park as the company's first CTO")."""
    if cue.lemma != "add":
        return False
    m = _HIRE.match(body, cue.end, sentence.end)
    if m is None:
        return False
    span = m.group()
    return not any(mark in span for mark in ",;:“”\"") and _CLAUSE_VERB.search(span) is None


# ---- "in a statement read by their lawyer": a participle
_BY = re.compile(r"\s+by\s")


def read_by(body: str, cue: Cue) -> bool:
    """Whether the cue is "read" with "by" after it: the participle of "a statement read by their
    lawyer, Daniel Ortiz" (trial 21 F8), whose text is the statement's (the subject of "said"
    before it); a reader reports nothing of their own. The speech "read" takes its quotation or
    subject ("the sign read, “…”"), never "by" after it."""
    return cue.lemma == "read" and cue.text.lower() == "read" and _BY.match(body, cue.end) is not None


def act_not_speech(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` reports an act or names a claim by one of the rules above."""
    return (
        adverb_passive(body, sentence, cue) or administrative_refusal(body, sentence, cue)
        or evaluated_noun(body, sentence, cue) or hire(body, sentence, cue)
        or compared_story(body, sentence, cue)  # "The investors tell a different story." (story_idioms.py)
        or read_by(body, cue)
    )

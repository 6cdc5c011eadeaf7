"""Reporting verbs that report no speech where news writes them (round 16 trial).

* A **negated subject**: "No one has said ...", "Nobody argued ...", "No, not one single person is
  arguing it can be done", "None of the ministers said ...": the sentence says that nobody spoke,
  as "did not say" does (:data:`analysis.sourcing.cues._NEGATIONS`); no attribution, no source
  (trial 16 F16: "not one single person" became a withheld-name anonymous source).
* A **legal charge**: "Prosecutors charged builder Sam Ortiz with manslaughter", "police charged
  two men over the attack": "charge" with an object and then "with", "over" or "in connection with"
  is an act of a prosecutor, not speech (trial 16 F18). The speech sense takes a clause or a
  quotation ("she charged that the count was rigged", "“It was rigged,” she charged"); the
  lexicon's ``not_before`` already refuses "charged with" and "charged over" right after the verb.
  The accusation itself is found by the right-of-reply stage (``accusation.toml``).
* A **participle in the subject** (round 17): "Analysts cited by CNBC said ...", "Economists
  polled by Reuters said ...": a past participle with "by" after it, and another reporting verb
  later in the sentence, is a reduced relative clause of the subject ("analysts (who were) cited by
  CNBC"); the later verb reports, and its speaker is the whole group. Alone in its sentence the
  participle still reports ("“an international team of specialists” cited by The New York Times").
* A **plural noun after a preposition** (trial 17 F4): "calls for the EPA to consult with states,
  tribes and others": a verb form in -s right after a preposition, followed by a comma, a list word
  or the sentence's end, is the plural noun ("states", "reports", "claims"). A finite verb follows
  a preposition only when the preposition is stranded ("the firm he works for says ..."), and then
  the verb takes its content ("says that", "says:", a quotation), which keeps the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.article import Sentence
from analysis.sourcing.act_guards import act_not_speech, adverb_progressive
from analysis.sourcing.reply_topics import refused_topic  # "declined to comment on reports that ..." (trial 21 F5)

if TYPE_CHECKING:
    from analysis.sourcing.cues import Cue

# The clause before a cue, from its last comma, semicolon, colon or dash (or the sentence start).
_CLAUSE_START = re.compile(r"(?s:.*)[,;:—–(]")
# A negative quantifier opening the subject: "no one", "nobody", "not one (single)", "not a single",
# "none (of)", "neither", "no <noun>". Not "no doubt" or "no matter", which open adverbials.
_NEGATED = re.compile(
    r"\s*(?:(?:but|and|so|yet|still|now)\s+)?"
    r"(?:no\s+one|no-one|nobody|none|neither|not\s+(?:one|a|any|even\s+one)\b|no\s+(?!doubt\b|matter\b|wonder\b|longer\b)[a-z]+)\b",
    re.IGNORECASE,
)
# How far back the subject of a cue is looked for.
_SUBJECT_REACH = 120


def negated_subject(body: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the clause before the cue at ``cue_start`` opens with a negative quantifier ("No one
    has said", "not one single person is arguing"): nobody's speech is reported."""
    start = max(sentence_start, cue_start - _SUBJECT_REACH)
    clause = _CLAUSE_START.match(body, start, cue_start)
    begin = clause.end() if clause is not None else start
    if begin == start and start > sentence_start:
        return False  # a long clause: its subject is out of reach
    return _NEGATED.match(body, begin, cue_start) is not None


# "charged builder Sam Ortiz with manslaughter", "charged two men over the attack", "charged him in
# connection with": an object of at most eight words, then the charge's preposition.
_CHARGE_OBJECT = re.compile(r"\s+(?:[\w.’'-]+\s+){1,8}?(?:with|over|in\s+connection\s+with)\b")
_SPEECH_AFTER = re.compile(r"\s+(?:that|“|\")")


def legal_charge(lemma: str, body: str, cue_end: int, sentence_end: int) -> bool:
    """Whether the verb "charge" ending at ``cue_end`` lays a legal charge ("charged X with
    manslaughter") rather than reporting speech ("charged that ...")."""
    if lemma != "charge" or _SPEECH_AFTER.match(body, cue_end, sentence_end):
        return False
    m = _CHARGE_OBJECT.match(body, cue_end, sentence_end)
    return m is not None and not any(mark in body[cue_end : m.end()] for mark in ",;:“”\"")


# A preposition right before the cue word, and what follows a plural noun in a list or at the end.
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|in|of|for|from|among|between|across|at|by|on|into|over|under|about)\s+$",
                                 re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:[,;.)]|and\b|or\b|$)")


def plural_after_preposition(body: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue is an -s form after a preposition that reads as a plural noun ("consult with
    states, tribes and others"): see the module docstring."""
    if cue.start != cue.verb_start or not cue.text.endswith("s") or cue.text.endswith("ss"):
        return False
    if _PREPOSITION_BEFORE.search(body, max(sentence.start, cue.start - 12), cue.start) is None:
        return False
    return _LIST_AFTER.match(body, cue.end, sentence.end) is not None


_PARTICIPLE_BY = re.compile(r"(?<=ed)\s+by\s")


def subject_participle(body: str, cue: Cue, found: list[Cue]) -> bool:
    """Whether ``cue`` is a past participle followed by "by" with a later reporting verb in the
    sentence ("Analysts cited by CNBC said"): part of the subject, no report of its own."""
    return _PARTICIPLE_BY.match(body, cue.end) is not None and any(c.start > cue.end and not c.according for c in found)


def kept_cues(body: str, sentence: Sentence, found: list[Cue]) -> list[Cue]:
    """The cues of a sentence that report speech by the rules above ("according to" is always kept)."""
    found = [adverb_progressive(body, sentence, c) for c in found]  # "was also saying" (act_guards.py)
    return [c for c in found if c.according or not (
        negated_subject(body, sentence.start, c.verb_start) or legal_charge(c.lemma, body, c.end, sentence.end)
        or subject_participle(body, c, found) or plural_after_preposition(body, sentence, c) or refused_topic(body, sentence, c)
        or act_not_speech(body, sentence, c))]  # passives with adverbs, refusals, judged claims, hires (act_guards.py)

"""A quoted fragment inside a reported clause reports the whole clause (trial 21 F12).

"Maria Reyes said outside the courthouse that the family had been “through hell.”", "Strand said
she was “deeply alarmed” by the reports": the quotation marks show which words are the speaker's
own, but what was said is the clause the verb reports ("the family had been through hell", "she
was deeply alarmed by the reports"), as coders mark a paraphrase; the fragment alone ("through
hell") drops the subject and the verb of the claim. So a partial quotation whose reporting verb
comes before it keeps its quote type, and its text becomes the clause the verb reports
(:func:`~analysis.sourcing.content.paraphrase`), when that clause holds every quoted part. A
quotation opening right after the verb ("said “…”") or before it ("“…,” she said") is left as it is.
"""

from __future__ import annotations

import re

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.content import paraphrase
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cues
from analysis.sourcing.frozen import evolve

# Verbs whose object is named, not a clause: "called the plan “a disgrace”" reports the name only.
_NAMING = frozenset({"call", "describe", "label", "dub", "brand", "term"})
# A place or time phrase between the verb and "that" ("said outside the courthouse that ..."), not a
# subject ("said that fact speaks volumes", where "that" is a determiner).
_ADJUNCT = re.compile(r"(?:outside|inside|in|at|on|for|during|after|before|from|to|near|by|with|late|early|last|earlier)\b", re.IGNORECASE)
# Verbs with the person addressed before "that" ("assured his residents that ...", "promised Mr. Weiner that ...").
_ADDRESSED = frozenset({"assure", "promise", "tell", "warn", "remind", "inform", "convince", "persuade", "reassure", "notify"})
_CLOSING = ".,;:!?…“”\"‘’' "


def whole_clauses(doc: Document, cues: Cues, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with each partial quotation's text widened to the clause its verb reports."""
    return tuple(_widened(doc, cues, c) if c.quote_type == "partial" and c.is_quote else c for c in candidates)


def _widened(doc: Document, cues: Cues, candidate: Candidate) -> Candidate:
    cue, speaker, parts = candidate.cue, candidate.speaker, candidate.text_parts
    if cue is None or cue.lemma in _NAMING or cue.according or speaker is None or not parts:
        return candidate
    if speaker[0] > cue.start or cue.end > parts[0][0]:
        return candidate  # an inverted "said X" or a quotation before its verb
    if doc.sentence_at(cue.start).index != doc.sentence_at(parts[0][0]).index:
        return candidate
    spans = paraphrase(doc, cues, cue, speaker, doc.sentence_at(cue.start))
    if not spans:
        return candidate  # "said “…”": the quotation is the whole report
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    if not (start < parts[0][0] and all(b <= end + 2 for _, b in parts)):
        return candidate  # the clause does not hold the quotation
    lead = doc.body[start : parts[0][0]].rstrip(_CLOSING)
    if not lead or lead.endswith(" as"):
        return candidate  # "said ''some good things'' about him", "mocked Rubio as “Little Marco”": the words are the report
    that = doc.body.rfind(" that ", start, parts[0][0])
    before_that = (cue.lemma in _ADDRESSED or _ADJUNCT.match(doc.body, start, that) is not None) if that != -1 else False
    if before_that and not any(mark in doc.body[start:that] for mark in ("“", "”", '"', "''")):
        start = that + len(" that ")  # "said outside the courthouse that the family ...": the clause after "that"
    return evolve(candidate, text_parts=((start, max(end, parts[-1][1])),))

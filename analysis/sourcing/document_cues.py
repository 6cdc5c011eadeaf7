"""A document that finds or shows: "The audit found that ...", "..., campaign finance records show."

News attributes a finding to the document that holds it: "The 38-page report by State Auditor Megan
Price found that the commissioner rewrote the criteria", "A new poll shows the senator trailing",
"The audit also found that two bidders were not told", "The couple gave $42,000, campaign finance
records show." (trial 20 F5). PolNeAR's coders mark these as attributions with the document as the
source (a poll, a study, a report, records "found", "shows", "showed"). But "found" and "show" are
mostly no speech ("Police found the body", "The figures show growth" has no clause), so their
entries in ``speech_verbs.toml`` need ``"document"``: :func:`document_report` keeps such a verb only
when the subject right before it is a document (a noun of ``document`` in ``speakers.toml`` among its
first words) and what follows is a reported clause, or the sentence ends after it with the subject
set off by a comma (the inverted "..., records show.").
"""

from __future__ import annotations

import re

from analysis.article import Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import WORD

# Words of a subject before its document noun: "The 38-page report", "A new state audit", "Campaign
# finance records" (up to four; a longer lead holds a clause of its own).
_MAX_LEAD = 4
_MAX_SUBJECT = 14  # "The 38-page report by State Auditor Megan Price released on Tuesday"
# A reported clause after the verb: "that ...", or a subject and a finite verb ("the senator
# trailing" is no clause and is left out: "shows the senator trailing" may be a picture).
_CLAUSE = re.compile(
    r"\s*(?:that\b|(?:he|she|they|it|we|there|(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w.’'-]*|\d[\d,.]*)\b"
    r"[^,;:.“”\"]{0,60}?)\s(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had|did|does|[a-z]{3,}ed|"
    r"gave|made|paid|spent|took|got|won|lost|rose|fell|grew|knew|held|kept|sent|sold|bought|left|met|ran|saw|went|came)\b)"
)
_SENTENCE_END = re.compile(r"\s*[.!?]?\s*$")


def document_report(doc: Document, sentence: Sentence, verb_start: int, verb_end: int) -> bool:
    """Whether the verb at ``verb_start``..``verb_end`` reports a document's finding (module docstring)."""
    body = doc.body
    comma = body.rfind(", ", sentence.start, verb_start)
    clause_start = comma + 2 if comma != -1 else sentence.start
    subject = [w.lower() for w in WORD.findall(body[clause_start:verb_start])]
    while subject and (subject[-1] in doc.lex.auxiliaries or subject[-1].endswith("ly")):
        subject.pop()  # "The audit also found", "the report has found"
    if not subject or len(subject) > _MAX_SUBJECT or not any(w in doc.lex.document_nouns for w in subject[: _MAX_LEAD + 1]):
        return False
    if _CLAUSE.match(body, verb_end, sentence.end) is not None:
        return True
    return comma != -1 and _SENTENCE_END.match(body[verb_end : sentence.end]) is not None

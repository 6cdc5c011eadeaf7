"""Who a quotation with no reporting verb belongs to, read from how news writes turns of speech.

:func:`clause_subject`: a quotation inside the predicate of a clause whose subject is a speaker
belongs to that subject, whatever the verb ("Moore thanked the mayor for “stepping up”", "Ana Ruiz
cracked, “…”", "The ad targets a “rigged economy”"): the writer has named who used the words in
the quotation's own sentence, and a running quote from the paragraph before does not reach past a
new subject.
"""

from __future__ import annotations

import re

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue
from analysis.sourcing.lexicon import words
from analysis.sourcing.speakers import sentence_subject

# Words right after a subject that show it is no clause's subject: a possessive, a preposition, a
# conjunction, a relative pronoun or a copula's complement words that start a noun phrase.
_NOT_A_PREDICATE = frozenset({
    "and", "or", "nor", "but", "of", "in", "on", "at", "for", "to", "from", "with", "by", "as", "than", "about",
    "into", "over", "under", "after", "before", "the", "a", "an", "this", "that", "these", "those", "which", "whose",
    "is", "are", "was", "were", "be", "been", "being", "s", "t",
})
_WORD_AFTER = re.compile(r"\s*([a-z][a-z’'-]*)\b")
# A short apposition between the subject and its verb: ", 45, of Ohio," or ", a former aide,".
_APPOSITION = re.compile(r"\s*,[^,;:“”\"]{1,120},")


def clause_subject(doc: Document, quote: QuoteSpan, sentence: Sentence) -> tuple[int, int] | None:
    """The speaker-like subject that opens ``sentence`` (or its main clause) and whose predicate,
    not a copula, holds the quotation; None when the quotation opens the sentence, the subject is
    no speaker, or no verb follows it."""
    if quote.mark_start <= sentence.start:
        return None
    limit = Cue(quote.mark_start, quote.mark_start, quote.mark_start, "", "", "neutral")
    subject = sentence_subject(doc, sentence, limit)
    if subject is None or subject[1] >= quote.mark_start or not _named_or_described(doc, subject):
        return None
    return subject if _predicate_follows(doc.body, subject[1], quote.mark_start) else None


def _named_or_described(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a subject is a pronoun, names an actor the text knows, or is a description with its
    article ("The ad", "the crowd"); a bare capitalised word is no speaker here ("Rain fell …")."""
    tokens = words(doc.body[span[0] : span[1]])
    if len(tokens) == 1 and tokens[0] in doc.lex.pronouns:
        return True
    return bool(doc.mentions_near(span)) or tokens[0] in ("the", "a", "an")


def _predicate_follows(body: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` open a predicate: past a short apposition, a lower-case
    word that is no function word and no copula ("thanked", "went on", "quickly compared")."""
    apposition = _APPOSITION.match(body, start, end)
    if apposition is not None:
        start = apposition.end()
    if body[start : start + 1] in ("’", "'"):
        return False  # "Trump’s plan …": a possessor, not a subject
    m = _WORD_AFTER.match(body, start, end)
    return m is not None and m.group(1) not in _NOT_A_PREDICATE

"""A quotation or report whose own sentence introduces it with a subject of its own (round 15 trial).

The running-quote rule (stage 4) gives a quotation with no speaker to the last speaker. News also
writes a new speaker's words in a sentence that names that speaker, even when the speaker stage
did not read the phrase:

* a subject with a long post-modifier before its verb: "Denmark's biggest insurer with 40 billion
  euro ($45 billion) in funds under its care said …", "experts tracking it say …" (the head noun
  before the preposition or participle is the speaker: :func:`loose_subject`);
* a short unlisted noun phrase with its article right before the verb: "A pension fund said that
  “…”" (the verb of speech says the phrase speaks);
* a subject and a colon lead-in with a verb that is no verb of speech: "The latest federal report,
  written by hundreds of scientists, opens with the statement: “…”".

Such a quotation is that subject's; when its sentence has a verb of speech but no subject can be
read, the quotation goes on with the running speaker as before (a participle's subject is read by
the candidate stage). A fund's "Donald Trump is making a costly mistake" is then the fund's, never
Trump's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, Cues
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import WORD, words
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.speakers import sentence_subject

if TYPE_CHECKING:  # candidates imports this module
    from analysis.sourcing.candidates import Candidate

# Words that end a subject's head and open its post-modifier: a preposition, a participle or a
# relative word ("insurer with …", "experts tracking it", "officials familiar with").
_POSTMODIFIER = frozenset({
    "with", "in", "of", "from", "at", "for", "under", "across", "on", "inside", "within", "near", "around", "behind",
    "familiar", "close", "involved", "based", "who", "that", "which",
})
# Finite verbs, auxiliaries and clause words: the words between a subject and its verb never hold one.
_NO_CLAUSE = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "shall", "should",
    "may", "might", "must", "do", "does", "did", "and", "or", "but", "if", "when", "while", "because", "although",
    "he", "she", "they", "it", "we", "i", "you", "not",
})
# Words that open no subject: prepositions, sentence adverbs and conjunctions ("Now tell us …").
_NOT_OPENING = _POSTMODIFIER | frozenset({
    "among", "by", "now", "after", "before", "then", "so", "also", "as", "to", "than", "here", "there", "yet", "still",
    "however", "instead", "meanwhile", "again", "even", "just", "only", "later", "earlier", "today", "finally",
})
_ARTICLES = frozenset({"a", "an", "the", "one", "another"})
_MAX_SUBJECT_WORDS = 18
_MAX_UNLISTED_WORDS = 4  # "A pension fund", "The state's largest utility"


def loose_subject(doc: Document, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The subject of a verb cue the speaker stage could not read: the noun phrase opening the
    sentence (or the clause after its last comma before the verb), cut before a post-modifier
    when the words up to it can be a speaker; or a short phrase with its article and no listed
    head right before a finite verb of speech. None when the words before the verb hold a clause."""
    body = doc.body
    comma = body.rfind(", ", sentence.start, cue.start)
    start = comma + 2 if comma != -1 else sentence.start
    while start < cue.start and body[start] in " “\"'(":
        start += 1
    text = body[start : cue.start]
    tokens = [(m.start() + start, m.end() + start, m.group(0)) for m in WORD.finditer(text)]
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS or any(t[2].lower() in _NO_CLAUSE for t in tokens):
        return None
    if tokens[0][2].lower() in _NOT_OPENING or any(ch in text for ch in ";:“”\"―—–") or "--" in text or cue.gerund:
        return None  # "among others ― explains", "By any definition, …", "Kall -- co-editor …, a book … -- said"
    for k in range(1, len(tokens)):
        word = tokens[k][2].lower()
        if word in _POSTMODIFIER or (word.endswith("ing") and len(word) > 4):
            span = (start, tokens[k - 1][1])
            return span if speaker_like(doc, span) else None
    span = (start, tokens[-1][1])
    if speaker_like(doc, span):
        return span
    lowered = [t[2].lower() for t in tokens]
    if (lowered[0] in _ARTICLES and len(tokens) <= _MAX_UNLISTED_WORDS
            and all(w.isalpha() and w == t[2] for w, t in zip(lowered[1:], tokens[1:], strict=True))):
        return span  # "A pension fund said that …": an unlisted noun, but the verb says it speaks
    return None


def own_lead(doc: Document, cues: Cues, quoted: Candidate, quote: QuoteSpan, sentence: Sentence,
             before: tuple[int, int]) -> Candidate:
    """``quoted`` (a quotation no earlier rule gave a speaker) with the subject of its own
    sentence when that sentence introduces it (a verb of speech before it, or a colon lead-in with
    a subject); marked ``introduced`` (left unattributed, never continued) when a verb of speech
    introduces it and no subject can be read; else unchanged."""
    if quoted.speaker is not None or quoted.resolved_by != "continuation":
        return quoted
    verbs = [c for c in cues.between(sentence, before) if not c.according]
    finite = [c for c in verbs if not c.gerund]  # (a participle alone: its subject is read by candidates._gerund_only)
    if finite:  # the subject is the first verb's ("said …, saying in a statement that “…”"), the cue the nearest
        subject = loose_subject(doc, sentence, finite[0])
        return quoted if subject is None else evolve(quoted, speaker=subject, cue=verbs[-1], resolved_by="speaker")
    lead = doc.body[max(sentence.start, before[0]) : quote.mark_start].rstrip()
    if not lead.endswith(":") or len(lead) < 8:
        return quoted
    limit = Cue(quote.mark_start, quote.mark_start, quote.mark_start, "", "", "neutral")
    subject = sentence_subject(doc, sentence, limit) or _before_apposition(doc, sentence, quote.mark_start)
    if subject is None or words(doc.body[subject[0] : subject[1]])[0] in ("his", "her", "their", "its", "he", "she", "they", "it"):
        return quoted  # "His message was simple: “…”": the running speaker's words go on
    return evolve(quoted, speaker=subject, resolved_by="colon")


def _before_apposition(doc: Document, sentence: Sentence, end: int) -> tuple[int, int] | None:
    """The phrase opening the sentence up to its first comma, when it can be a speaker and an
    apposition follows it ("The latest federal report, written by hundreds of scientists, opens
    with …:"), else None."""
    comma = doc.body.find(", ", sentence.start, end)
    if comma == -1 or doc.body.find(", ", comma + 2, end) == -1:
        return None
    span = (sentence.start, comma)
    return span if len(words(doc.body[span[0] : span[1]])) <= _MAX_UNLISTED_WORDS + 2 and speaker_like(doc, span) else None

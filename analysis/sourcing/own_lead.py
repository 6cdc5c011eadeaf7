"""A quotation or report whose own sentence introduces it with a subject of its own (round 15 trial).

The running-quote rule (stage 4) gives a quotation with no speaker to the last speaker. News also
writes a new speaker's words in a sentence that names that speaker, even when the speaker stage
did not read the phrase:

* a subject with a long post-modifier before its verb: "Denmark's biggest insurer with 40 billion
  euro ($45 billion) in funds under its care said …", "experts tracking it say …" (the head noun
  before the preposition or participle is the speaker: :func:`loose_subject`);
* a short unlisted noun phrase with its article or a name's possessive before the verb: "A pension
  fund said that “…”", "Norway's largest pension fund with 53 billion euro … said" (the verb of
  speech says the phrase speaks);
* a subject and a colon lead-in with a verb that is no verb of speech: "The latest federal report,
  written by hundreds of scientists, opens with the statement: “…”".

Such a quotation is that subject's; when its sentence has a verb of speech but no subject can be
read, the quotation goes on with the running speaker as before (a participle's subject is read by
the candidate stage). A fund's "Donald Trump is making a costly mistake" is then the fund's, never
Trump's own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis.article import QuoteSpan, Sentence
from analysis.sourcing.context import Document
from analysis.sourcing.cues import Cue, Cues
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import WORD, words
from analysis.sourcing.phrases import speaker_like
from analysis.sourcing.speaker_checks import connective_only, court_decides, negated_subject, noun_before_verb
from analysis.sourcing.speakers import sentence_subject

if TYPE_CHECKING:  # candidates imports this module
    from analysis.sourcing.candidates import Candidate

# Words that end a subject's head and open its post-modifier: a preposition, a participle or a
# relative word ("insurer with …", "experts tracking it", "officials familiar with"). Not "of": in
# "The more conservative of those suggests", "The balance of evidence suggests" the head follows it.
_POSTMODIFIER = frozenset({
    "with", "in", "from", "at", "for", "under", "across", "on", "inside", "within", "near", "around", "behind",
    "familiar", "close", "involved", "based", "who", "that", "which",
})
# Auxiliaries, conjunctions and subject pronouns: the words of a subject up to its head never hold one.
_AUXILIARIES = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "shall", "should",
    "may", "might", "must", "do", "does", "did", "not",
})
_CONJUNCTIONS = frozenset({"and", "or", "but", "if", "when", "while", "because", "although"})
_NO_CLAUSE = _AUXILIARIES | _CONJUNCTIONS | frozenset({"he", "she", "they", "it", "we", "i", "you", "neither", "either",
                                                       "nor", "never"})  # "The firm neither confirmed nor denied"
_RELATIVES = frozenset({"who", "that", "which"})
# Words that open no subject: prepositions, sentence adverbs and conjunctions ("Now tell us …").
_NOT_OPENING = _POSTMODIFIER | frozenset({
    "of", "among", "by", "now", "after", "before", "then", "so", "also", "as", "to", "than", "here", "there", "yet", "still",
    "however", "instead", "meanwhile", "again", "even", "just", "only", "later", "earlier", "today", "finally",
})
# Contractions that look like a possessor ("That's a small fraction") and nouns of time ("A few
# days ago blasted …" opens with a time adverbial, not a subject).
_NOT_POSSESSORS = frozenset({"that", "it", "there", "what", "here", "who", "he", "she", "let", "where", "how"})
_TIME_WORDS = frozenset({"ago", "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times",
                         "morning", "afternoon", "evening", "night", "hour", "hours", "minute", "minutes", "later", "earlier"})
_PLAIN_SPEECH = frozenset({"say", "tell"})
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
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS or tokens[0][2].lower() in _NOT_OPENING | _NO_CLAUSE:
        return None
    if tokens[0][2].lower().endswith(("ing", "ly")):
        return None  # "Noting that on Earth …, Malaska asked", "Newly released emails show …": no subject opens so
    if any(ch in text for ch in ";:“”\"―—–") or "--" in text or cue.gerund:
        return None  # "among others ― explains", "By any definition, …", "Kall -- co-editor …, a book … -- said"
    lowered = [t[2].lower() for t in tokens]
    for k in range(1, len(tokens)):
        word = lowered[k]
        if word in _NO_CLAUSE:
            return None
        if word in _POSTMODIFIER or (word.endswith("ing") and len(word) > 4 and k + 1 < len(tokens)):
            # (a participle with words after it: "experts tracking it"; "the finding" before the verb is the head)
            # after the head, an object pronoun may follow ("experts tracking it"), a relative clause
            # its verb ("officials who have seen it"); a conjunction opens a clause of its own
            rest = set(lowered[k + 1 :])
            if rest & _CONJUNCTIONS or (word not in _RELATIVES and rest & _AUXILIARIES):
                return None
            span = (start, tokens[k - 1][1])
            if k == 1 and not doc.mentions_near(span) and tokens[0][2][:1].isupper():
                return None  # one capitalised word the actor stage does not know: a sentence's first word
            return span if (speaker_like(doc, span) or _unlisted(cue, tokens[:k])) and not _vetoed(doc, span, cue) else None
    span = (start, tokens[-1][1])
    return span if (speaker_like(doc, span) or _unlisted(cue, tokens)) and not _vetoed(doc, span, cue) else None


def _vetoed(doc: Document, span: tuple[int, int], cue: Cue) -> bool:
    """What the speaker stage refuses as a speaker refuses a loose subject too: a lone connective or
    "All told", a court disposing of a case, a document noun before a speech verb ("Media reports
    suggest": the verb after it has the subject) (:mod:`.speaker_checks`)."""
    return (connective_only(doc, span, cue.start) or court_decides(doc, span, cue.start) or noun_before_verb(doc, cue.start)
            or negated_subject(doc.body, span))  # "None of the officials said when …": no one spoke (trial 16 F16)


def _unlisted(cue: Cue, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a subject is a short noun phrase whose head the lexicons do not list, opened by an
    article or a name's possessive, lower-case words after it ("A pension fund", "Norway's largest
    pension fund"), before "said" or "told": the plain verb of speech says it speaks ("The balance
    of evidence suggests", "the plan further claims" are no such sign)."""
    if cue.lemma not in _PLAIN_SPEECH:
        return False
    first = tokens[0][2]
    possessor = first[:1].isupper() and first.endswith(("’s", "'s")) and first[:-2].lower() not in _NOT_POSSESSORS
    opening = first.lower() in _ARTICLES or possessor
    return opening and len(tokens) <= _MAX_UNLISTED_WORDS and all(
        t[2].isalpha() and t[2].islower() and not t[2].endswith("ly") and t[2] not in _NO_CLAUSE | _TIME_WORDS | _NOT_OPENING
        for t in tokens[1:]
    )


def own_lead(doc: Document, cues: Cues, quoted: Candidate, quote: QuoteSpan, sentence: Sentence,
             before: tuple[int, int]) -> Candidate:
    """``quoted`` (a quotation no earlier rule gave a speaker) with the subject of its own
    sentence when that sentence introduces it (a verb of speech before it, a colon lead-in with a
    subject, or a person before an apposition whose predicate holds it); else unchanged (the
    running-quote rule of stage 4 then decides)."""
    if quoted.speaker is not None or quoted.resolved_by != "continuation":
        return quoted
    verbs = [c for c in cues.between(sentence, before) if not c.according]
    finite = [c for c in verbs if not c.gerund]  # (a participle alone: its subject is read by candidates._gerund_only)
    if finite:  # the subject is the first verb's ("said …, saying in a statement that “…”"), the cue the nearest
        subject = loose_subject(doc, sentence, finite[0])
        return quoted if subject is None else evolve(quoted, speaker=subject, cue=verbs[-1], resolved_by="speaker")
    lead = doc.body[max(sentence.start, before[0]) : quote.mark_start].rstrip()
    if not lead.endswith(":") or len(lead) < 8:
        subject = _apposed_subject(doc, sentence, quote) if quoted.quote_type == "partial" else None
        return quoted if subject is None else evolve(quoted, speaker=subject, resolved_by="speaker")
    limit = Cue(quote.mark_start, quote.mark_start, quote.mark_start, "", "", "neutral")
    subject = sentence_subject(doc, sentence, limit) or _before_apposition(doc, sentence, quote.mark_start)
    if subject is None or words(doc.body[subject[0] : subject[1]])[0] in ("his", "her", "their", "its", "he", "she", "they", "it"):
        return quoted  # "His message was simple: “…”": the running speaker's words go on
    if words(doc.body[subject[0] : subject[1]])[0] not in _ARTICLES and not doc.mentions_near(subject):
        return quoted  # "Rain fell overnight and the streets flooded: “…”": a capitalised word, no speaker
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


# The predicate after a subject's apposition: a lower-case word that is no copula, conjunction or
# relative ("…, has also spoken in favor of", "…, praised"); a passive ("was called") is someone
# else's words about the subject.
_PREDICATE = re.compile(r"\s*(?!(?:is|was|are|were|and|or|but|who|which|that|whose)\b)[a-z]+\b")
_PASSIVE_OR_COPULA = re.compile(r"\b(?:is|was|are|were|been|being|be)\b")


def _apposed_subject(doc: Document, sentence: Sentence, quote: QuoteSpan) -> tuple[int, int] | None:
    """The person opening the sentence before an apposition, when the quotation stands in the
    predicate that follows it ("Secretary of State Rex W. Tillerson, the former chief executive of
    Exxon Mobil, has also spoken in favor of “keeping a seat at the table”"): the writer names who
    used the words in the quotation's own sentence (the rule :func:`.turns.clause_subject` reads
    when no apposition stands between); else None."""
    subject = _before_apposition(doc, sentence, quote.mark_start)
    if subject is None or not any(m.kind == "person" for m in doc.mentions_near(subject)):
        return None
    second = doc.body.find(", ", subject[1] + 2, quote.mark_start)
    if second == -1 or _PREDICATE.match(doc.body, second + 1) is None:
        return None
    return None if _PASSIVE_OR_COPULA.search(doc.body, second, quote.mark_start) else subject

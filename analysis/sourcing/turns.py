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
    article or possessive ("The ad", "Her campaign"), or a name written again elsewhere; a capitalised word met once is
    no speaker here ("Rain fell …")."""
    tokens = words(doc.body[span[0] : span[1]])
    if len(tokens) == 1 and tokens[0] in doc.lex.pronouns:
        return True
    if doc.mentions_near(span) or tokens[0] in ("the", "a", "an", "his", "her", "their", "its"):
        return True
    # A name the actor finder missed ("Trump" in a story that never writes his first name) is one
    # the text names again; a capitalised common noun opening one sentence is not.
    names = [t for t in doc.body[span[0] : span[1]].split() if t[:1].isupper()]
    return bool(names) and doc.body.count(names[-1]) >= 2


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


# A quotation closed by a question or exclamation mark ends its sentence; the speaker comes in the
# next one: "“Did you know?” Todd asked the mayor." The closing mark as the body writes it, then
# the spaces (no paragraph break) up to the sentence.
_CLOSED_QUESTION = re.compile(r"[?!](?:[”\"’]|'')[ \t\u00a0]*$")
# Words after the verb that open a reported clause of its own: then the sentence reports more.
_CLAUSE_AFTER_VERB = re.compile(r"\s*(?:that|whether|if|to|how|why|what|when|where|who)\b")


def signs_quotation(doc: Document, sentence: Sentence, speaker: tuple[int, int], cue: Cue) -> bool:
    """Whether ``sentence`` opens with the speaker and verb of the quotation just before it, closed by
    "?" or "!" in the same paragraph ("“Did you know it was broken?” Reyes asked the mayor."): the
    words after the verb name whom the speaker addressed, not what was said."""
    if speaker[0] != sentence.start or cue.start < speaker[1]:
        return False
    if _CLOSED_QUESTION.search(doc.body, max(0, sentence.start - 6), sentence.start) is None:
        return False
    return _CLAUSE_AFTER_VERB.match(doc.body, cue.end) is None


# Between a person and the reporting verb the speaker phrase could not be read across: a verb and
# "and" ("smiled and said"), a passive that makes the person say it ("was prompted to say", "was
# forced to admit"), an adverb ("finally said"). At most this many words, no comma, no other name.
_PERSON_TO_VERB_WORDS = 4
_NOT_BETWEEN = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "of", "to", "for", "with",
                          "about", "by", "from", "on", "at", "in"})
_PASSIVE_TO = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ed|made|forced|moved|asked|pressed)\s+to\s*$")


def verb_person(doc: Document, sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The person named just before a reporting verb whose speaker phrase was not found ("When asked
    whom she backed, Ms. Ann Sherry smiled and said, “…”", "… so subdued that Mr. Bill Trent was
    prompted to say, “…”"): the nearest person mention before the verb in the sentence, with at most a
    few words and no comma, pronoun or preposition between them; else None."""
    mentions = [m for m in doc.mentions_in(sentence.start, cue.start) if m.kind == "person"]
    if not mentions:
        return None
    m = mentions[-1]
    between = doc.body[m.end : cue.start]
    if "," in between or doc.body[m.end : m.end + 1] in ("’", "'"):
        return None
    tokens = words(between)
    if len(tokens) > _PERSON_TO_VERB_WORDS or (tokens and tokens[-1] == "to" and _PASSIVE_TO.search(between) is None):
        return None
    if any(t in _NOT_BETWEEN for t in tokens if not (t == "to" and _PASSIVE_TO.search(between))):
        return None
    if _object_before(doc.body[sentence.start : m.start]):
        return None
    return (m.start, m.end)


def _object_before(lead: str) -> bool:
    """Whether the word before a name makes it an object: a preposition or a verb ("backed Obama over
    Ann Sherry and said", "thanked Ann Sherry and said" are not hers); after a comma a clause opens."""
    if lead.rstrip().endswith(","):
        return False
    tokens = [t for t in lead.split() if not t[:1].isupper()]
    if not tokens:
        return False
    last = tokens[-1].lower()
    return last in _NOT_BETWEEN | _OBJECT_WORDS or (last.endswith("ed") and lead.split()[-1] == tokens[-1])


_OBJECT_WORDS = frozenset({"and", "or", "than", "like", "as", "told", "asked", "over", "against", "into", "under", "after",
                           "before", "between", "behind", "toward", "towards", "beat", "defeat", "met", "saw"})


_GROUP_SENTENCES = 2  # sentences read back for the group a "they" names


def group_subject(doc: Document, position: int) -> tuple[int, int] | None:
    """The plural subject a "they" with no source to take refers to: the subject opening the
    pronoun's sentence or one of the two before it, when it is a group ("Millennials have reached a
    consensus: … they say", "His family and friends talked …; they described him as …"), nearest
    first; None when no such subject is written."""
    index = doc.sentence_at(position).index
    sentences = doc.article.sentences
    for sentence in reversed(sentences[max(0, index - _GROUP_SENTENCES) : index + 1]):
        end = min(position, sentence.end)
        if end <= sentence.start:
            continue
        limit = Cue(end, end, end, "", "", "neutral")
        subject = sentence_subject(doc, sentence, limit)
        if subject is None or subject[1] > position or not _plural(doc.body[subject[0] : subject[1]]):
            continue
        if _named_or_described(doc, subject) or doc.body[subject[0]].isupper():
            return subject
    return None


def _plural(phrase: str) -> bool:
    """Whether a noun phrase names several: a lower-case plural head or names joined by "and"."""
    tokens = phrase.split()
    if not tokens or tokens[0].lower() in ("he", "she", "it", "they", "i", "we", "you"):
        return False
    head = tokens[-1].strip(",.;:")
    return " and " in phrase or (head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and (head.islower() or len(tokens) == 1))

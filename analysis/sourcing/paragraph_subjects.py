"""An uncued quotation in a paragraph about someone new is that person's (round 13).

A quotation with no speaker of its own goes on with the last speaker (stage 4, continued
quotes). News also writes a new paragraph about a new person, with a verb that reports nothing
by itself, and then their words: "On Sunday, Sen. Jane Ortiz, who lost the primary, named high
rents as the main issue. “The young are sick of rents.”" or "Former Gov. Mark Lund, for his part,
is labeling the plan “a blatant abuse of power.”" The quoted words are the subject's, not the
previous paragraph's speaker's. The rule takes the latest person named as the subject of the
quotation's own sentence, or of the sentence before when the quotation opens its sentence (same
paragraph, after the paragraph's last attribution), with a word of their own before the
quotation. A person spoken of ("Jane Ortiz's plan", "praised Ortiz", "Rudd “kind of misspoke”",
a name inside quotation marks) is no subject, nor a capitalised heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.pronouns import is_subject

_POSSESSIVE = ("’s", "'s", "’ ", "' ")  # "Jane Ortiz’s plan": the plan is the subject
# A capitalised run going on after the name, or a colon: a heading ("Veto Power Impedes Peace Efforts:").
_RUN_GOES_ON = re.compile(r"\s?[A-Z]|:")
# A lower-case word of the subject's own before the quotation: in "Biden “kind of misspoke,”" the
# verb is inside the quotation, the words are about Biden (someone else's), not his.
_OWN_WORDS = re.compile(r"\b[a-z]{2,}")


def paragraph_subject(doc: Document, candidate: Candidate, kept: Sequence[Candidate]) -> tuple[int, int] | None:
    """The span of the person a continued quotation ``candidate`` belongs to by the rule of the
    module docstring, or None (the quotation goes on with the last speaker)."""
    if not candidate.text_parts:
        return None
    quote_start = candidate.text_parts[0][0]
    sentence = doc.sentence_at(quote_start)
    since = sentence.start
    if not doc.body[since:quote_start].strip(" “\"'"):
        # the quotation opens its sentence: the subject is in the sentence before, in the same paragraph
        k = sentence.index - 1
        if k < 0 or doc.article.sentences[k].paragraph != candidate.paragraph:
            return None
        since = doc.article.sentences[k].start
    last = next((k for k in reversed(kept) if k.speaker is not None), None)
    if last is not None and last.paragraph == candidate.paragraph:
        since = max(since, last.sentence.end, last.speaker[1] if last.speaker else 0, *(b for _, b in last.text_parts))
    if since >= quote_start:
        return None
    subjects = [
        m for m in doc.mentions_in(since, quote_start)
        if m.kind == "person" and not doc.in_quote(m.start) and not doc.body.startswith(_POSSESSIVE, m.end)
        and not _RUN_GOES_ON.match(doc.body, m.end) and _OWN_WORDS.search(doc.body, m.end, quote_start)
        and ": " not in doc.body[doc.sentence_at(m.start).start : m.start] and is_subject(doc, m)
    ]  # (not after a colon lead: "Sanders: Clinton needs to “get away from …”" is Sanders's)
    return (subjects[-1].start, subjects[-1].end) if subjects else None  # the latest subject before the words

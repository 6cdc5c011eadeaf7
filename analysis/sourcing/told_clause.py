"""Who was told, before a reported clause with no "that" (trial 16 F19).

Wire style drops "that" after "told": "Two diplomats told Reuters the plan worried neighbouring
states", "Council member Ann Lee told reporters she would ask for a new vote". The addressee
(Reuters, reporters) heard the words and is not part of them; the reported clause starts at its
subject, a subject pronoun or a determiner and its noun. :func:`analysis.sourcing.content._past_addressee`
handles "told X that ..." and a clause with an auxiliary ("told Reuters the claims are false");
this covers a bare plural addressee ("reporters", "local reporters") and a clause whose verb is
a lexical past or present ("the plan worried ...").
"""

from __future__ import annotations

import re

# Who was told: an object pronoun, one or two lower-case words ending in a plural ("reporters",
# "local reporters", "his supporters"), or a capitalised name of up to four words ("Reuters", "The
# Associated Press", "Fox News").
_ADDRESSEE = re.compile(
    r"\s*(?:me|us|him|her|them|you"
    r"|(?:(?:his|her|their|its|our)\s+)?(?:[a-z]+\s+)?[a-z]+s"
    r"|(?:The\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})(?=\s)"
)
# The reported clause's subject and its verb: "she would ask", "the plan worried", "his party has".
_CLAUSE = re.compile(
    r"\s+(?:(?:he|she|they|we|I|it)\s+[a-z]+"
    r"|(?:the|a|an|his|her|their|its|this|these|those)\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had|did|does|[a-z]{3,}ed|[a-z]{3,}s)\b)"
)


def clause_after_told(body: str, start: int, end: int) -> int | None:
    """Where the clause reported after "told <addressee>" starts when no "that" follows the
    addressee ("told Reuters the plan worried ...": at "the"), else None."""
    addressee = _ADDRESSEE.match(body, start, end)
    if addressee is None:
        return None
    clause = _CLAUSE.match(body, addressee.end(), end)
    if clause is None:
        return None
    return addressee.end() + len(body[addressee.end() : clause.end()]) - len(body[addressee.end() : clause.end()].lstrip())


# A longer listener before "that": "told one of the country's leading newspapers, Ilta-Sanomat, on
# Sunday that he ..." (trial 20 F2): a noun phrase with an apposition and a time, up to 100
# characters, with no quotation, clause break or finite verb in it (a verb would make the words a
# clause of what was said: "told them the plan that was agreed ..." keeps its start).
_LISTENER_THEN_THAT = re.compile(r"\s*(?P<listener>[^“”\"«»;:()\n]{3,100}?)\s+that\b")
_FINITE_WORD = re.compile(r"\b(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had|did|does|[a-z]{3,}ed)\b")


def that_after_listener(body: str, start: int, end: int) -> int | None:
    """Where the reported clause starts when "told" is followed by a listener of no listed shape and
    then "that" (at "that"), else None."""
    m = _LISTENER_THEN_THAT.match(body, start, end)
    if m is None or _FINITE_WORD.search(m.group("listener")) is not None:
        return None
    return m.end("listener")

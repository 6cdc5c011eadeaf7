"""Speaker phrases whose edge holds a word that is not part of the speaker (trial 16 F16).

Each of these read as a speaker nobody named, and so as a withheld-name anonymous source:

* **A possessor before a cue noun**: "President Trump's claim that ...", "The Washington Post
  published a Columbia University scientist's claim that ...", "Forbes also challenged DiCaprio's
  claim that ...": the claim is the possessor's report, so the speaker is the possessor without
  its "'s" and without the clause whose object it is ("a Columbia University scientist",
  "DiCaprio").
* **"As" opening a comment clause**: "As Marshall saw it, “…”", "As H. Sterling Burnett, a research
  fellow ..., noted in a recent article, “…”": the speaker is the name after "As".
* **A person noun, then "named" and a name**: "a staffer named Tim Hafner wrote", "a man called Ali
  Khan said": the person is named; the speaker is the name ("calls the plan Big Bang" names a term,
  and its noun is no person).
* **A clause before the subject**: "(fracking,) which Trump has supported and almost every Democratic
  candidate promises to ban": the chunk before the verb holds a finished clause ("Trump has
  supported") and "and", so the speaker is what follows "and"; "In addition to the game he gifted
  Interior employees, the department declared": a chunk holding a clause with a pronoun subject ("he
  gifted") before a comma is an adjunct, and the speaker is the noun phrase after the comma.
* **A list of members**: "Many, including Venice's mayor, have blamed ...": the chunk before the
  verb opens with "including" (or "such as"), so it names examples of the subject, which is the
  chunk before it ("Many").
* **A participle that cites** (round 17): "The Chronicle rubbished the threat, quoting a media law
  expert who stated that ...": the chunk before "who stated" opens with "quoting" or "citing", whose
  object is the one who speaks ("a media law expert").
* **An opening place adjunct without its comma** (round 17): "In Texas officials said ...", "At
  Boeing engineers warned ...": a capitalised place or body after "In", "At", "Across", "Throughout",
  "Outside", "Around" or "Near", then a lower-case word, is where, not who; the speaker is the noun
  phrase after it (a capitalised word after the place cannot be told from the place's name, "In Texas
  Gov. Abbott said", and is left alone).
"""

from __future__ import annotations

import re

from analysis.sourcing.context import Document
from analysis.sourcing.phrases import speaker_like

# The possessive ending a speaker phrase right before its cue noun (what [’']s$ finds: "$" also
# matches before a final newline), as one str.endswith instead of a search from every position.
_POSSESSIVE_ENDS = ("’s", "'s", "’s\n", "'s\n")
# A clause's verb before the possessor: "published a ... scientist's", "also challenged DiCaprio's".
# (Not an adjective after a determiner: "the embattled CEO's claim".)
_VERB_BEFORE = re.compile(
    r"(?s:.*)\b(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Tt]heir )(?<!\b[Ii]ts )"
    r"(?:[a-z]{3,}ed|made|took|saw|heard|read|cited|quoted|repeated)\s+(?=(?:a|an|the)\b|[A-Z])"
)
_AS_OPENING = re.compile(r"As\s+(?=[A-Z])")
_NAMED_PERSON = re.compile(r"(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:named|called)\s+(?=[A-Z])")
_CLAUSE_THEN_AND = re.compile(r"(?s:.*)\b(?:has|have|had|is|are|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+and\s+")
_PRONOUN_CLAUSE = re.compile(r"\b(?:he|she|they|we)\s+[a-z]+(?:ed|s)\b")
_LAST_NOUN_PHRASE = re.compile(r",\s*((?:the|a|an|its|his|her|their)\s[^,]{1,60})$")
_MEMBERS = re.compile(r"\s*(?:including|such\s+as|among\s+them)\b", re.IGNORECASE)
_PREVIOUS_CHUNK = re.compile(r"([^,;:“”\"]{1,60}),\s*$")
_CITING = re.compile(r"(?:quoting|citing)\s+(?=(?:a|an|the|his|her|their|its|one|two|three|several|some|many)\b|[A-Z])")
_OPENING_PLACE = re.compile(
    r"(?:In|At|Across|Throughout|Outside|Around|Near)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?=[a-z])"
)


def repair(doc: Document, span: tuple[int, int] | None, cue_start: int, zone_start: int) -> tuple[int, int] | None:
    """``span`` without the words the module docstring lists, or ``span`` unchanged."""
    if span is None or span[1] > cue_start:
        return span
    body = doc.body
    text = body[span[0] : span[1]]
    lead = _CITING.match(text) or _OPENING_PLACE.match(text)
    if lead is not None and lead.end() < len(text) and speaker_like(doc, (span[0] + lead.end(), span[1])):
        span, text = (span[0] + lead.end(), span[1]), text[lead.end() :]  # "quoting a media law expert", "In Texas officials"
    if text.endswith(_POSSESSIVE_ENDS) and not body[span[1] : cue_start].strip():
        end = span[1] - 2
        verb = _VERB_BEFORE.match(body, span[0], end)
        start = verb.end() if verb is not None else span[0]
        return (start, end) if end > start else span
    if _AS_OPENING.match(text):
        return span[0] + _AS_OPENING.match(text).end(), span[1]
    # (the patterns below are tried only when the text holds their literal words: most phrases hold none)
    clause = _CLAUSE_THEN_AND.match(text) if "and" in text else None
    if clause is not None and speaker_like(doc, (span[0] + clause.end(), span[1])):
        return span[0] + clause.end(), span[1]
    last = _LAST_NOUN_PHRASE.search(text) if "," in text else None
    if last is not None and _PRONOUN_CLAUSE.search(text, 0, last.start()) and speaker_like(doc, (span[0] + last.start(1), span[1])):
        return span[0] + last.start(1), span[1]
    named = _NAMED_PERSON.match(text) if "named" in text or "called" in text else None
    if named is not None and named.group(1) in doc.lex.unnamed and any(m.kind == "person" for m in doc.mentions_in(*span)):
        return span[0] + named.end(), span[1]
    if _MEMBERS.match(text) and not any(m.kind == "person" for m in doc.mentions_in(*span)):
        previous = _PREVIOUS_CHUNK.search(body, max(zone_start, span[0] - 62), span[0])
        if previous is not None and previous.start(1) >= zone_start:
            start = previous.start(1) + len(previous.group(1)) - len(previous.group(1).lstrip())
            if speaker_like(doc, (start, previous.end(1))):
                return start, previous.end(1)  # (but "the activists, including Jamie Margolin, who asked": she asks)
    return span

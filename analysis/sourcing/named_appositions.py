"""A named person is the speaker of a relative clause on their description (trial 17 F11).

News introduces a person with a name, an apposition and a relative clause that carries a report:

* "The EPA is led by Scott Pruitt, a former Oklahoma attorney general who has denied that carbon
  dioxide causes warming.": the speaker phrase read before "has denied" was the apposition and its
  relative pronoun ("a former Oklahoma attorney general who"), an unnamed withheld-name source. The
  description is of the person named right before the comma, who is the speaker.
* "Officials close to the cabinet, most notably secretary of state Rex Tillerson, who has referred
  to ... as “…”": the chunk before ", who" opens with a focusing adverb ("most notably",
  "especially", "particularly", "notably", "including", "namely"), which picks one member out of the
  group before; the adverb is no part of the speaker, so the phrase ends up a named person
  ("secretary of state Rex Tillerson"), not an anonymous source whose name holds a name. When the
  actor finder has no mention for the name, the capitalised words closing the chunk are the
  speaker if they open with a known given name (``first_names.toml``): "Rex Tillerson".

Both apply only when a person mention is where the rule says the speaker is.
"""

from __future__ import annotations

import re

from analysis.actors import person_gender
from analysis.sourcing.context import Document

# An apposition that ends with its relative pronoun: "a former Oklahoma attorney general who".
_DESCRIPTION_WHO = re.compile(r"(?:a|an|the)\s+[^,;:“”\"]*?\s+who$", re.IGNORECASE)
# The name before the apposition's comma: up to four capitalised words.
_NAME_BEFORE = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s*$")
# A focusing adverb opening the chunk ("most notably", "especially", "including").
_FOCUS = re.compile(r"(?:(?:most|more|and)\s+)?(?:notably|especially|particularly|including|namely|chiefly|principally)\s+",
                    re.IGNORECASE)


def named_speaker(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` repaired by the two rules of the module docstring, or ``span`` unchanged."""
    if span is None:
        return None
    body = doc.body
    text = body[span[0] : span[1]]
    if text[-3:].lower() == "who" and _DESCRIPTION_WHO.fullmatch(text):  # (only W, H, O fold to w, h, o: a test before the scan)
        name = _NAME_BEFORE.search(body, max(0, span[0] - 60), span[0])
        if name is not None and _person_at(doc, name.start(1), name.end(1)):
            return name.start(1), name.end(1)
        return span
    focus = _FOCUS.match(text)
    if focus is None:
        return span
    if _person_at(doc, span[0] + focus.end(), span[1]):
        return span[0] + focus.end(), span[1]
    # No person mention (the actor finder misses a name after a lower-case title run, "secretary of
    # state Rex Tillerson"): the closing capitalised words, when they open with a known given name.
    name = _NAME_END.search(text, focus.end())
    if name is not None and person_gender(name.group()) is not None:
        return span[0] + name.start(), span[1]
    return span


_NAME_END = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]*){1,2}$")


def _person_at(doc: Document, start: int, end: int) -> bool:
    """Whether a person mention ends at ``end`` within ``start``..``end`` (the name closes the span)."""
    return any(m.kind == "person" and m.end == end for m in doc.mentions_in(start, end))


# Two or three capitalised words ("Rex Tillerson", "Mary Ann Cole").
_FULL_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2}")


def unlisted_full_name(doc: Document, text: str, mentions: tuple[object, ...]) -> bool:
    """Whether a speaker phrase no actor mention covers is a person's full name the actor finder
    missed: two or three capitalised words opening with a known given name (``first_names.toml``)
    and not ending with an institution noun ("Rex Tillerson" after a lower-case title run, trial
    17 F11). Without this such a name was an institution ("Twitter said"), and a later plural
    "they" could take it."""
    if mentions or _FULL_NAME.fullmatch(text) is None or person_gender(text) is None:
        return False
    return text.split()[-1].lower() not in doc.lex.institution_nouns

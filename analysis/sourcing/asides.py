"""Chunks between a name and its verb that do not stop the name from being the speaker (trial 16 F16).

"Mark Saunders, for example, Professor of Climate Prediction at UCL, claims that ...": the chunk
before "claims" is a capitalised title with its field and place, an apposition like the bare
lower-case role "professor at Yale" (:func:`analysis.sourcing.appositions.name_before_apposition`),
and "for example" is a discourse aside, not a noun phrase. Both read as a withheld-name source
called "Professor of Climate Prediction at UCL" while the person is named in the same sentence.
"""

from __future__ import annotations

import re

from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import Lexicon, words

# Sentence adverbials news sets off with commas between a subject and its verb.
_ASIDES = frozenset({
    ("for", "example"), ("for", "instance"), ("in", "fact"), ("in", "turn"), ("by", "contrast"), ("in", "contrast"),
    ("too",), ("however",), ("meanwhile",), ("though",), ("meantime",), ("likewise",), ("similarly",), ("also",),
    ("in", "particular"), ("of", "course"), ("for", "his", "part"), ("for", "her", "part"), ("for", "their", "part"),
})
# "Professor of Climate Prediction at UCL", "Director of Research at the institute": a title, then its
# field or body.
_ROLE_LINK = re.compile(r"\s(?:of|at|for|in)\s")


def discourse_aside(text: str) -> bool:
    """Whether a comma chunk is only a sentence adverbial ("for example", "however", "in fact")."""
    return tuple(words(text)) in _ASIDES


def titled_role(lex: Lexicon, text: str) -> bool:
    """Whether a chunk is a capitalised title followed by its field or body and no name of its own
    ("Professor of Climate Prediction at UCL"), an apposition to the name before it."""
    tokens = words(text)
    if not tokens or not text.strip()[:1].isupper() or _ROLE_LINK.search(text) is None:
        return False
    first = text.strip().split()
    return (tokens[0],) in lex.titles and len(first) > 1 and first[1] in ("of", "at", "for", "in")


_FIELD_LINKS = frozenset({"of", "at", "for", "in"})


def own_name(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a titled chunk holds the name of its own holder ("Secretary of State Mike Pompeo"),
    not a field or body after "of", "at", "for" or "in" that the actors stage read as a person
    ("Professor of Climate Prediction at UCL")."""
    for m in doc.mentions_in(*span):
        before = words(doc.body[span[0] : m.start])
        if m.kind == "person" and (not before or before[-1] not in _FIELD_LINKS):
            return True
    return False

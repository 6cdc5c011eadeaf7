"""The antecedent of a non-restrictive "which" written after a clause.

"which" never stands for a person: in "host Jake Tapper pressed Rubio about the recent United
Nations report on climate change, which predicts …" the comma-delimited chunk before the relative
is a whole clause (a person, a verb, its object), and what "predicts" is the noun phrase that
ends it, the report, not the host who opens it. So when the chunk before ", which" names a person
and a determiner-led noun phrase follows that person's name, the antecedent is that noun phrase
(from its determiner to the chunk's end); "the agency, which said" and "the head of the agency,
which said" (no person) are left as they are.
"""

from __future__ import annotations

from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import WORD

# Determiners that open a noun phrase standing for a thing ("the report", "a statement", "its
# filing"); counting words ("two", "many") are left out: they rarely open a speaker phrase.
_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def relative_antecedent(doc: Document, chunk: tuple[int, int], relative: str) -> tuple[int, int]:
    """``chunk`` (the phrase before ", which"), or the noun phrase that ends it when it is a clause
    about a person (see the module docstring)."""
    if relative != "which":
        return chunk
    persons = [m for m in doc.mentions_in(*chunk) if m.kind == "person"]
    if not persons:
        return chunk
    after = persons[-1].end
    for m in WORD.finditer(doc.body, after, chunk[1]):
        if m.group().lower() in _OPENERS:
            return (m.start(), chunk[1])
    return chunk

"""Whom a "whose <representative>" speaker speaks for, in the right-of-reply check (round 18).

"Sen. Ann Cole, whose lawyer said the charge was false" reports the lawyer's words, and the lawyer
speaks for Cole, as "Cole's lawyer said" does (``representatives`` in ``lexicons/reply.toml``): the
owner written before the comma is the principal (:func:`analysis.sourcing.appositions.whose_owner`).
"""

from __future__ import annotations

from analysis.sourcing.appositions import whose_owner
from analysis.sourcing.context import Document
from analysis.sourcing.result import Attribution
from analysis.sourcing.statements import reply_lexicon


def whose_represented(doc: Document, a: Attribution) -> set[str]:
    """The actor a "whose lawyer" / "whose spokesman" speaker represents, or nothing."""
    if not a.speaker.startswith("whose "):
        return set()
    if tuple(a.speaker.lower().split()[1:]) not in reply_lexicon().representatives:
        return set()
    owner = whose_owner(doc, (a.speaker_start, a.speaker_end))
    return {owner[1].actor} if owner is not None and owner[1] is not None else set()

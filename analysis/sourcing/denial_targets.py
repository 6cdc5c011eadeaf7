"""Stage 3b, whether a rejected report was an allegation against the speaker (round 18 trial F18).

"Wheeler dismissed the findings of a report released by EPA scientists" rejects a report, but
nothing in it was alleged against Wheeler: it is a statement, not a denial. "Myanmar's military
government rejected the findings" of a UN report that accuses it is a denial. A denial answers an
allegation against the speaker or the speaker's side (BBC fairness guidelines: the reply of "those
against whom allegations are made"), so a denial verb whose only accusation-like object is a
neutral noun (``neutral_objects`` of ``reply.toml``: "report", "findings", "account") counts as a
denial only when the article accuses the speaker: an accused party is named in the speaker's
words ("Acme", "a spokesman for Acme", "Myanmar's military government" for Myanmar or its
military), or the speaker names no one ("the company", "he", "a spokesman": whose side it is is
settled later, by the right-of-reply stage) and the article accuses someone. "denied the
allegations", "rejected the accusations" and the other accusation nouns deny by themselves.
"""

from __future__ import annotations

from analysis.actors import actor_country
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document


class AccusedCache:
    """The article's accused parties, found once and only when a neutral denial asks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._parties: tuple[tuple[str, str], ...] | None = None

    def parties(self) -> tuple[tuple[str, str], ...]:
        """(party, kind) of each party the article accuses (:func:`~analysis.sourcing.reply.accused_parties`)."""
        if self._parties is None:
            from analysis.sourcing.reply import accused_parties  # (reply reads this stage's lexicon: no cycle at import)

            self._parties = tuple((p.party, p.kind) for p, _ in accused_parties(self.doc))
        return self._parties


def alleged_against(cache: AccusedCache, candidate: Candidate) -> bool:
    """Whether the article accuses the speaker of ``candidate`` or, for a speaker naming no one,
    anyone (module docstring)."""
    from analysis.sourcing.accused import same_party  # (accused imports this stage's lexicon)

    parties = cache.parties()
    if not parties:
        return False
    doc = cache.doc
    if candidate.speaker is None:
        return True
    named = [m for m in doc.mentions_in(*candidate.speaker) if m.kind in ("person", "organisation", "country")]
    if not named:
        return True
    names = {p for p, _ in parties}
    for m in named:
        if m.actor in names or any(same_party(m.actor, p) for p in names):
            return True
        country = actor_country(m.actor) if m.kind != "country" else m.actor
        if country is not None and country in names:
            return True
    return False

"""Helpers shared by the sourcing tests written from new-user trials: a story's sourcing result and
its attributions as (quote type, speaker phrase, source name, text) rows."""

from __future__ import annotations

from analysis import load_article
from analysis.sourcing import SourcingResult, analyze_sourcing


def sourcing_of(text: str) -> SourcingResult:
    """The sourcing of an invented story under the headline "Story"."""
    return analyze_sourcing(load_article(text, headline="Story"))


def attribution_rows(text: str) -> list[tuple[str, str, str, str]]:
    """(quote type, speaker phrase, source name, text) of every attribution."""
    result = sourcing_of(text)
    names = {s.source_id: s.name for s in result.sources}
    return [(a.quote_type, a.speaker, names[a.source_id], a.text) for a in result.attributions]

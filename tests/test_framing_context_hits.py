"""The framing context's per-unit hits, put in order only when read (no detector reads them), are
the hits :func:`analysis.framing.cues.scan` gives the unit, and the per-category lists agree."""

from __future__ import annotations

from dataclasses import replace

from analysis.article import load_article
from analysis.framing.context import build_context
from analysis.framing.cues import cue_lexicons, scan, unit_key

TEXT = (
    "Officials blamed the government for the floods, which killed 12 people and cost $3 million.\n\n"
    "\"We are not safe,\" a resident said, as the economy and jobs suffered.\n\n"
    "The Ohio Emergency Management Agency said no one was hurt in the second storm."
)


def test_context_hits_are_the_scan_of_each_unit() -> None:
    article = load_article(TEXT, headline="Storm kills 12 as economic losses mount")
    ctx = build_context(article, None, None)
    lex = cue_lexicons()
    assert len(ctx.hits) == len(ctx.units)
    for unit in ctx.units:
        key = unit_key(unit)
        # the scan here gives every cue the narrator's voice; the context reads the quotation marks
        assert [replace(h, voice="narrator") for h in ctx.hits[key]] == scan(unit, lex, lambda _part, _offset: "narrator")
        for category in {h.category for h in ctx.hits[key]}:
            own, starts, plain = ctx.by_category[(key, category)]
            assert own == [h for h in ctx.hits[key] if h.category == category]
            assert starts == [h.start for h in own]
            assert plain == [h for h in own if not h.negated]
    assert any(h.negated for hits in ctx.hits.values() for h in hits)  # "no one was hurt"
    assert any(h.voice == "quoted" for hits in ctx.hits.values() for h in hits)  # "We are not safe"

"""Stage 7, ratios: the shares a sourcing study reports, and the sides.

Only reports of speech count: ``no_comment`` and ``unreachable`` records, and the sources that
have nothing else (``attribution_count`` 0), are left out, so they change no ratio and no side.

Shares of attributions and of distinct sources by speaker type and by office, shares of quote
types, the words of speech (quoted or paraphrased) and their share of the body's words, the share
of direct-quote words from anonymous sources, and words per source. A **side** is a source's
affiliation ("unaffiliated" when none is named), with its sources, attributions and words.
"""

from __future__ import annotations

from collections.abc import Callable

from analysis.sourcing.result import SPEECH_KINDS, Attribution, Ratios, Source, share


def ratios(attributions: tuple[Attribution, ...], sources: tuple[Source, ...], body_words: int) -> Ratios:
    """The shares of :class:`Ratios` (a share is None when its denominator is 0)."""
    attributions = tuple(a for a in attributions if a.statement_kind in SPEECH_KINDS)
    sources = tuple(s for s in sources if s.attribution_count > 0)
    n_a = len(attributions)
    n_s = len(sources)
    by_id = {s.source_id: s for s in sources}

    def a_share(predicate: Callable[[Attribution, Source], bool]) -> float | None:
        return share(sum(1 for a in attributions if predicate(a, by_id[a.source_id])), n_a)

    def s_share(predicate: Callable[[Source], bool]) -> float | None:
        return share(sum(1 for s in sources if predicate(s)), n_s)

    speech_words = sum(a.word_count for a in attributions)
    direct_words = sum(a.word_count for a in attributions if a.quote_type == "direct")
    direct_anonymous = sum(
        a.word_count for a in attributions
        if a.quote_type == "direct" and by_id[a.source_id].speaker_type == "anonymous"
    )
    return Ratios(
        source_count=n_s,
        attribution_count=n_a,
        named_attribution_share=a_share(lambda a, s: s.speaker_type == "named_person"),
        anonymous_attribution_share=a_share(lambda a, s: s.speaker_type == "anonymous"),
        office_holder_attribution_share=a_share(lambda a, s: s.speaker_type == "office_holder"),
        institution_attribution_share=a_share(lambda a, s: s.speaker_type == "institution"),
        document_attribution_share=a_share(lambda a, s: s.speaker_type == "document"),
        named_source_share=s_share(lambda s: s.speaker_type == "named_person"),
        anonymous_source_share=s_share(lambda s: s.speaker_type == "anonymous"),
        office_holder_source_share=s_share(lambda s: s.speaker_type == "office_holder"),
        institution_source_share=s_share(lambda s: s.speaker_type == "institution"),
        document_source_share=s_share(lambda s: s.speaker_type == "document"),
        official_attribution_share=a_share(lambda a, s: s.official),
        non_official_attribution_share=a_share(lambda a, s: not s.official),
        official_source_share=s_share(lambda s: s.official),
        non_official_source_share=s_share(lambda s: not s.official),
        direct_share=a_share(lambda a, s: a.quote_type == "direct"),
        partial_share=a_share(lambda a, s: a.quote_type == "partial"),
        indirect_share=a_share(lambda a, s: a.quote_type == "indirect"),
        speech_words=speech_words,
        body_words=body_words,
        speech_share_of_body=None if body_words == 0 else min(1.0, speech_words / body_words),
        direct_words=direct_words,
        direct_words_anonymous_share=share(direct_anonymous, direct_words),
        words_per_source=None if n_s == 0 else speech_words / n_s,
    )


def sides(sources: tuple[Source, ...]) -> tuple[tuple[str, int, int, int], ...]:
    """(side, sources, attributions, words) per side, sorted by words (most first), then side."""
    by_side: dict[str, list[int]] = {}
    for source in sources:
        if source.attribution_count == 0:
            continue  # a party only sought does not speak
        side = source.affiliation or "unaffiliated"
        entry = by_side.setdefault(side, [0, 0, 0])
        entry[0] += 1
        entry[1] += source.attribution_count
        entry[2] += source.word_count
    return tuple(sorted(((k, v[0], v[1], v[2]) for k, v in by_side.items()), key=lambda r: (-r[3], r[0])))

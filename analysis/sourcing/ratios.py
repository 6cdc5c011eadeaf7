"""Stage 7, ratios: the shares a sourcing study reports, and the sides.

Only reports of speech count: ``no_comment`` and ``unreachable`` records, and the sources that
have nothing else (``attribution_count`` 0), are left out, so they change no ratio and no side.

Shares of attributions and of distinct sources by speaker type and by office, shares of quote
types, the words of speech (quoted or paraphrased) and their share of the body's words, the share
of direct-quote words from anonymous sources, and words per source; the shares of sources whose
name the reporter withheld (``Source.anonymity``). A **side** is a source's
affiliation ("unaffiliated" when none is named), with its sources, attributions and words.
"""

from __future__ import annotations

from collections import Counter

from analysis.sourcing.result import SPEECH_KINDS, Attribution, Ratios, Source, share


def ratios(attributions: tuple[Attribution, ...], sources: tuple[Source, ...], body_words: int) -> Ratios:
    """The shares of :class:`Ratios` (a share is None when its denominator is 0)."""
    attributions = tuple(a for a in attributions if a.statement_kind in SPEECH_KINDS)
    sources = tuple(s for s in sources if s.attribution_count > 0)
    n_a = len(attributions)
    n_s = len(sources)
    by_id = {s.source_id: s for s in sources}
    # One pass each over attributions and sources, counting (not one generator per share).
    a_types = Counter(by_id[a.source_id].speaker_type for a in attributions)
    a_groups = sum(1 for a in attributions if by_id[a.source_id].unnamed_group)
    a_withheld = sum(1 for a in attributions if by_id[a.source_id].anonymity == "withheld")
    a_official = sum(1 for a in attributions if by_id[a.source_id].official)
    quote_types = Counter(a.quote_type for a in attributions)
    s_types = Counter(s.speaker_type for s in sources)
    s_official = sum(1 for s in sources if s.official)
    speech_words = sum(a.word_count for a in attributions)
    direct_words = sum(a.word_count for a in attributions if a.quote_type == "direct")
    direct_anonymous = sum(
        a.word_count for a in attributions
        if a.quote_type == "direct" and by_id[a.source_id].speaker_type == "anonymous"
    )
    return Ratios(
        source_count=n_s,
        attribution_count=n_a,
        named_attribution_share=share(a_types["named_person"], n_a),
        anonymous_attribution_share=share(a_types["anonymous"], n_a),
        office_holder_attribution_share=share(a_types["office_holder"], n_a),
        institution_attribution_share=share(a_types["institution"], n_a),
        document_attribution_share=share(a_types["document"], n_a),
        named_source_share=share(s_types["named_person"], n_s),
        anonymous_source_share=share(s_types["anonymous"], n_s),
        office_holder_source_share=share(s_types["office_holder"], n_s),
        institution_source_share=share(s_types["institution"], n_s),
        document_source_share=share(s_types["document"], n_s),
        official_attribution_share=share(a_official, n_a),
        non_official_attribution_share=share(n_a - a_official, n_a),
        official_source_share=share(s_official, n_s),
        non_official_source_share=share(n_s - s_official, n_s),
        direct_share=share(quote_types["direct"], n_a),
        partial_share=share(quote_types["partial"], n_a),
        indirect_share=share(quote_types["indirect"], n_a),
        speech_words=speech_words,
        body_words=body_words,
        speech_share_of_body=None if body_words == 0 else min(1.0, speech_words / body_words),
        direct_words=direct_words,
        direct_words_anonymous_share=share(direct_anonymous, direct_words),
        words_per_source=None if n_s == 0 else speech_words / n_s,
        unnamed_group_attribution_share=share(a_groups, n_a),
        unnamed_group_source_share=share(sum(1 for s in sources if s.unnamed_group), n_s),
        withheld_name_attribution_share=share(a_withheld, n_a),
        withheld_name_source_share=share(sum(1 for s in sources if s.anonymity == "withheld"), n_s),
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

"""The report's sections, each rendered from its template in ``templates/`` (presentation only, no
analysis): each function computes a section's context from the :class:`ArticleAnalysis` (rows of
tables, charts, sentences) and renders it; the templates escape every value.

The annotated article is in :mod:`analysis.report.annotated`, the methods section in
:mod:`analysis.report.methods`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from analysis.readability import NEWS_GRADE_RANGE, NEWS_NORM_SOURCE
from analysis.report.labels import counted, place_label, source_label, speaker_shown, type_label
from analysis.report.plots import Chart, horizontal_bars, line_with_points, stacked_share_bars
from analysis.report.templating import Section, render_section

if TYPE_CHECKING:
    from analysis.pipeline import ArticleAnalysis


def header_section(result: ArticleAnalysis) -> Section:
    article = result.article
    return render_section(
        "header.html.j2",
        headline=article.headline or "(no headline found)",
        meta=[m for m in (article.byline, article.dateline) if m],
        caption=article.caption,
        credit=article.caption_credit,
    )


def overview_section(result: ArticleAnalysis, findings: Sequence[str]) -> Section:
    article = result.article
    counts = (
        f"{counted(article.word_count, 'word')} in {counted(len(article.sentences), 'sentence')} and "
        f"{counted(len(article.paragraphs), 'paragraph')}; {counted(len(article.quotes), 'passage')} in quotation marks."
    )
    return render_section("overview.html.j2", counts=counts, warnings=article.warnings, findings=findings, removed=article.removed)


# --------------------------------------------------------------------------------------------
# Sourcing


def _minus(share: float | None, part: float | None) -> float | None:
    """An anonymous share without its withheld-name part (None stays None)."""
    return None if share is None else share - (part or 0.0)


def _share_parts(*pairs: tuple[str, float | None]) -> list[tuple[str, float]]:
    return [(label, value) for label, value in pairs if value]


def _sourcing_charts(result: ArticleAnalysis) -> tuple[Chart, Chart | str]:
    """Who speaks and how (stacked shares), and words of speech by side."""
    sourcing = result.sourcing
    r = sourcing.ratios
    shares = stacked_share_bars(
        [
            (
                "attributions by source type",
                _share_parts(
                    ("named", r.named_attribution_share),
                    ("name withheld", r.withheld_name_attribution_share),
                    ("unnamed, not withheld", _minus(r.anonymous_attribution_share, r.withheld_name_attribution_share)),
                    ("office-holder", r.office_holder_attribution_share),
                    ("institution", r.institution_attribution_share),
                    ("document", r.document_attribution_share),
                ),
            ),
            (
                "sources by type",
                _share_parts(
                    ("named", r.named_source_share),
                    ("name withheld", r.withheld_name_source_share),
                    ("unnamed, not withheld", _minus(r.anonymous_source_share, r.withheld_name_source_share)),
                    ("office-holder", r.office_holder_source_share),
                    ("institution", r.institution_source_share),
                    ("document", r.document_source_share),
                ),
            ),
            (
                "attributions: official?",
                _share_parts(("official", r.official_attribution_share), ("non-official", r.non_official_attribution_share)),
            ),
            (
                "attributions by quote type",
                _share_parts(("direct", r.direct_share), ("partial", r.partial_share), ("indirect", r.indirect_share)),
            ),
        ],
        title="Who speaks, and how",
    )
    return shares, _words_by_side(result)


def _words_by_side(result: ArticleAnalysis) -> Chart | str:
    """The chart of speech words by side, or, with fewer than two stated sides, a sentence saying why
    there is none: a one-bar chart ("unaffiliated 131") answers no question of balance, and sides
    exist only where speakers belong to a country or organisation (trial 20: a sports story)."""
    sides = list(result.sourcing.sides)
    stated = [(side, words) for side, _, _, words in sides if side and side != "unaffiliated"]
    if len(stated) >= 2:
        return horizontal_bars(
            [side or "no stated side" for side, _, _, _ in sides],
            [float(words) for _, _, _, words in sides],
            title="Words of quoted or paraphrased speech, by side",
            xlabel="words",
            value_format="{:.0f}",
        )
    unstated = sum(words for side, _, _, words in sides if not side or side == "unaffiliated")
    rest = f"; {unstated} words from sources with no stated side" if unstated else ""
    found = "none was found here, so every voice is unaffiliated"
    if stated:
        found = f"only one was found ({stated[0][0]}, {stated[0][1]} words{rest})"
    return (
        "Words by side: no chart, because sides come from the countries and organisations the speakers belong to "
        f"(“a Russian minister”, “a spokeswoman for the company”) and {found}. "
        "The Sources table gives each source's words and share of speech."
    )


_KIND_LABELS = {"statement": "statement", "denial": "denial", "no_comment": "no comment", "unreachable": "not reached"}


def _numbers(evidence: tuple[int, ...]) -> str:
    return ("attribution " if len(evidence) == 1 else "attributions ") + ", ".join(str(i + 1) for i in evidence)


def _verdict_text(result: ArticleAnalysis, verdict: str, evidence: tuple[int, ...], scene: tuple[int, ...] = ()) -> str:
    """The right-of-reply verdict in words, with the attribution numbers behind it; ``scene``: the
    party's speech when none of it is a reply (quoted only inside the narrated events)."""
    numbers = _numbers(evidence)
    if scene and verdict in ("sought_but_silent", "not_sought"):
        asked = _verdict_text(result, verdict, evidence)
        said = f"quoted or paraphrased only inside the events narrated ({_numbers(scene)}), not on the charge"
        return f"{said}; the article does not say it was asked" if verdict == "not_sought" else f"{asked}; {said}"
    if verdict == "heard":
        return f"heard: quoted or paraphrased in {numbers}"
    if verdict == "denied":
        return f"only a denial is reported: {numbers}"
    if verdict == "sought_but_silent":
        kinds = {result.sourcing.attributions[i].statement_kind for i in evidence}
        said = "could not be reached" if kinds == {"unreachable"} else "was asked and did not comment"
        return f"sought but silent: {said} ({numbers})"
    return "not heard, and the article does not say it was asked"


def _replies(result: ArticleAnalysis) -> list[dict[str, Any]]:
    """Each party accused or blamed: the right-of-reply verdict, its evidence, and where it is accused."""
    return [
        {
            "party": reply.party,
            "heard": reply.verdict in ("heard", "denied"),  # its side on the charge is given
            "verdict": reply.verdict,
            "verdict_text": _verdict_text(result, reply.verdict, reply.verdict_in, reply.heard_in),
            "places": [
                {"where": "headline" if a.sentence is None else f"¶{(a.paragraph or 0) + 1}", "cue": a.cue, "text": a.text}
                for a in reply.accused_in
            ],
        }
        for reply in result.sourcing.right_of_reply
    ]


def sourcing_section(result: ArticleAnalysis) -> Section:
    sourcing = result.sourcing
    if not sourcing.attributions:
        return render_section("sourcing.html.j2", attributions=[], replies=_replies(result))
    speech_words = sourcing.ratios.speech_words
    sources = [
        (
            source_label(result, s.source_id),
            s.name,
            type_label(s),
            s.anonymity_reason or "",
            s.official,
            # a news outlet cited for its reporting is in no side (sourcing/press.py): say so where the side would be
            f"none: a news outlet cited for its reporting ({s.affiliation or s.name})" if s.press else s.affiliation or "",
            s.title or "",
            s.attribution_count,
            s.word_count,
            f"{s.word_count / speech_words:.0%}" if speech_words else "",
        )
        for s in sourcing.sources
    ]
    attributions = [
        (
            a.paragraph + 1,
            source_label(result, a.source_id),
            speaker_shown(a.speaker, sourcing.sources[a.source_id].name),
            a.quote_type,
            a.cue or "",
            a.stance,
            _KIND_LABELS[a.statement_kind],
            a.word_count,
            a.text,
        )
        for a in sourcing.attributions
    ]
    r = sourcing.ratios
    summary = (
        f"{r.attribution_count} attributions from {r.source_count} sources; {r.speech_words} words of quoted or paraphrased "
        f"speech, {r.speech_share_of_body:.0%} of the body's {r.body_words} words."
    )
    silent = len(sourcing.silent_sources)
    if silent:
        # Listed in the tables (the attributions table names them) but not counted as voices.
        summary += f" The tables also list {silent} part{'ies' if silent != 1 else 'y'} sought for comment who did not speak."
    shares, words = _sourcing_charts(result)
    return render_section(
        "sourcing.html.j2",
        summary=summary,
        sources=sources,
        attributions=attributions,
        shares_chart=shares,
        words_chart=words,
        replies=_replies(result),
    )


# --------------------------------------------------------------------------------------------
# Sentiment


def _turn_words(kind: str, delta: float, after: float) -> str:
    if "sign" in kind:
        return "tone turns " + ("positive" if after > 0 else "negative")
    return "tone rises sharply" if delta > 0 else "tone falls sharply"


def _arc_chart(result: ArticleAnalysis) -> str:
    sentiment = result.sentiment
    arc = sentiment.arc_frame()
    turning = {t.paragraph for t in sentiment.turning_points}
    return line_with_points(
        [p + 1 for p in arc["paragraph"]],
        list(arc["tone"]),
        title="Tone paragraph by paragraph (mean VADER compound of its sentences)",
        xlabel="paragraph",
        ylabel="compound (−1 … +1)",
        annotations=[(p + 1, t, "turn") for p, t in zip(arc["paragraph"], arc["tone"], strict=True) if p in turning],
    )


def sentiment_section(result: ArticleAnalysis) -> Section:
    sentiment = result.sentiment
    body = sentiment.body
    chart = _arc_chart(result)
    overview = (
        f"Mean sentence compound {body.compound:+.2f} (median {body.median_compound:+.2f}); "
        f"{body.share_negative:.0%} of sentences negative, {body.share_positive:.0%} positive. "
        f"VADER's single score for the whole body is {body.vader_compound:+.2f}, shown for reference only: "
        "on long texts it saturates toward ±1."
    ).replace("-", "−")
    turns = [
        {
            "paragraph": t.paragraph + 1,
            "words": _turn_words(t.kind, t.after - t.before, t.after),
            "before": t.before,
            "after": t.after,
            "text": result.article.paragraphs[t.paragraph].text[:90],
        }
        for t in sentiment.turning_points
    ]
    voices = [
        (v.level, v.label, v.side or "", v.segments, v.words, v.compound, v.weighted_compound, f"{v.share_negative:.0%}")
        for v in sentiment.voices
    ]
    actors = [
        (
            a.actor,
            a.kind,
            a.mentions,
            a.pronoun_mentions,
            a.target_tone,
            a.negative_mentions,
            a.positive_mentions,
            a.compound,
        )
        for a in sentiment.actors
    ]
    actor_evidence = [(a.actor, a.strongest_evidence) for a in sentiment.actors if a.strongest_evidence]
    ranked = sorted(sentiment.sentences, key=lambda s: (s.compound, s.index))
    drivers = [*ranked[:3], *[s for s in reversed(ranked[-3:]) if s.compound > 0]]
    return render_section(
        "sentiment.html.j2",
        overview=overview,
        arc_chart=chart,
        turns=turns,
        voices=voices,
        actors=actors,
        actor_evidence=actor_evidence,
        drivers=[(s.paragraph + 1, s.compound, s.voice, s.evidence_text or "—", s.text) for s in drivers],
    )


# --------------------------------------------------------------------------------------------
# Framing, readability, provenance


def framing_section(result: ArticleAnalysis) -> Section:
    framing = result.framing
    chart = horizontal_bars(
        [f.label for f in framing.frames],
        [f.score for f in framing.frames],
        title="Generic news frames (share of questions answered yes)",
        xlabel="frame score (0 … 1)",
        value_format="{:.2f}",
        xlim=(0, 1.1),
    )
    questions = []
    for item in framing.items:
        cues = ", ".join(dict.fromkeys(f"{c.text} ({c.voice})" for c in item.cues)) or "—"
        places = ", ".join(dict.fromkeys(place_label(result, e.part, e.sentence) for e in item.evidence)) or "—"
        if not item.answer and item.evidence:
            places = f"below the threshold of {item.threshold}: {places}"
        questions.append((item.item, item.question, "yes" if item.answer else "no", places, cues))
    policy = [p for p in framing.policy if p.hits][:6]
    primary = next((p.label for p in framing.policy if p.frame == framing.primary_policy_frame), framing.primary_policy_frame)
    return render_section(
        "framing.html.j2",
        frames_chart=chart,
        frames=[(f.rank, f.label, f.strength, f.score, f"{f.items_yes} of {f.n_items}", f.cues_per_1000_words) for f in framing.frames],
        questions=questions,
        primary=primary,
        policy=[(p.rank, p.label, p.score, ", ".join(dict.fromkeys(c.text for c in p.cues))) for p in policy],
    )


def readability_section(result: ArticleAnalysis) -> Section:
    readability = result.readability
    if not readability.scorable:
        return render_section("readability.html.j2", note=readability.note)
    grade_scores = [s for s in readability.scores if s.scale == "US school grade"]
    chart = horizontal_bars(
        [s.name for s in grade_scores],
        [s.value or 0.0 for s in grade_scores],
        title="Grade-level formulas against the news norm",
        xlabel="US school grade (higher = harder)",
        reference=NEWS_GRADE_RANGE,
        reference_label=f"typical news (FK grade {NEWS_GRADE_RANGE[0]:g}–{NEWS_GRADE_RANGE[1]:g})",
    )
    c = readability.counts
    counts = (
        f"Counted on our own sentence split: {c.sentences} sentences, {c.words} words, {c.syllables} syllables "
        f"({c.syllables / c.words:.2f} per word), {c.words / c.sentences:.1f} words per sentence, "
        f"{c.polysyllables} words of three or more syllables."
    )
    paragraphs = [
        (
            p.paragraph + 1,
            p.sentences,
            p.words,
            p.words_per_sentence,
            p.syllables_per_word,
            p.flesch_reading_ease,
            p.flesch_kincaid_grade,
            p.reliable,
        )
        for p in readability.paragraphs
    ]
    return render_section(
        "readability.html.j2",
        note=None,
        counts=counts,
        scores=[(s.name, s.value, s.band, s.versus_news, s.reference) for s in readability.scores],
        grades_chart=chart,
        norm_source=NEWS_NORM_SOURCE,
        paragraphs=paragraphs,
        hardest=[
            (s.paragraph + 1, s.flesch_kincaid_grade, s.words, ", ".join(s.complex_words), s.text) for s in readability.hardest_sentences
        ],
    )


def provenance_section(result: ArticleAnalysis) -> Section:
    info = result.provenance()
    return render_section(
        "provenance.html.j2",
        input_name=info["input_name"] or "(text)",
        sha256=info["input_sha256"],
        source_format=result.article.source_format,
        encoding=result.article.encoding,
        versions=sorted(info["versions"].items()),
        lexicons=sorted(info["lexicons"].items()) + [(f"{name} model", v) for name, v in sorted(info["models"].items())],
    )

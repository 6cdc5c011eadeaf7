"""The annotated article: the body with attributions highlighted by source type and quote type,
speakers labelled, and frame cues underlined (``templates/annotated.html.j2``).

Stages: collect the marks (character spans with CSS classes and a tooltip) and the speaker labels;
group the marks by paragraph; sweep each paragraph's boundaries into pieces of text, each carrying
the union of the marks over it. The template escapes every piece.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.report.labels import resolved_name, source_label, type_label
from analysis.report.templating import Section, render_section

if TYPE_CHECKING:
    from analysis.article import Paragraph
    from analysis.pipeline import ArticleAnalysis

#: (start, end, css classes, tooltip); intervals between all boundaries get the union of classes.
Mark = tuple[int, int, str, str]


@dataclass(frozen=True)
class Piece:
    """A stretch of a paragraph: its text, the classes and tooltips of the marks over it (empty
    when none), and the speaker labels that follow it."""

    text: str
    classes: str
    tips: str
    labels: tuple[str, ...]


def _attribution_marks(result: ArticleAnalysis) -> tuple[list[Mark], dict[int, list[str]]]:
    """Marks for what was said and who said it, and the speaker labels by the offset they follow."""
    sourcing = result.sourcing
    marks: list[Mark] = []
    labels: dict[int, list[str]] = {}
    for attribution in sourcing.attributions:
        source = sourcing.sources[attribution.source_id]
        css = f"said {source.speaker_type} {attribution.quote_type}"
        tip = f"{source_label(result, source.source_id)} {source.name}: {attribution.quote_type} ({attribution.cue or 'no verb'})"
        marks.append((attribution.start, attribution.end, css, tip))
        if attribution.speaker_end > attribution.speaker_start:
            marks.append((attribution.speaker_start, attribution.speaker_end, "speaker-mention", tip))
            official = "official" if source.official else "non-official"
            # the source's name beside its number when the words marked do not already say it ("he")
            name = resolved_name(result.article.body[attribution.speaker_start : attribution.speaker_end], source.name)
            label = f"{source_label(result, source.source_id)}{' = ' + name if name else ''} · {type_label(source)} · {official}"
            after = labels.setdefault(attribution.speaker_end, [])
            if label not in after:  # "he called ... and said ...": two reports, one speaker mention, one label
                after.append(label)
    return marks, labels


def _cue_marks(result: ArticleAnalysis) -> list[Mark]:
    """Marks for the body's frame cues (not negated) of the questions answered yes."""
    cue_items: dict[tuple[int, int], set[str]] = {}
    for item in result.framing.items:
        if not item.answer:
            continue
        for cue in item.cues:
            if cue.part == "body" and not cue.negated:
                cue_items.setdefault((cue.start, cue.end), set()).add(item.item)
    return [(start, end, "cue", "frame cue for " + ", ".join(sorted(items))) for (start, end), items in sorted(cue_items.items())]


def _by_paragraph(paragraphs: Sequence[Paragraph], marks: list[Mark]) -> dict[int, list[Mark]]:
    # Marks are grouped by paragraph with a binary search and swept in order, so long articles
    # with many marks cost n·log n, not paragraphs × marks.
    starts = [p.start for p in paragraphs]
    grouped: dict[int, list[Mark]] = {}
    for mark in marks:
        index = max(0, bisect.bisect_right(starts, mark[0]) - 1)
        while index < len(paragraphs) and paragraphs[index].start < mark[1]:
            if paragraphs[index].end > mark[0]:
                grouped.setdefault(index, []).append(mark)
            index += 1
    return grouped


def _pieces(body: str, paragraph: Paragraph, inside: list[Mark], labels: dict[int, list[str]]) -> list[Piece]:
    """Cut the paragraph at every mark boundary; each piece carries the marks active over it."""
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for number, (start, end, _, _) in enumerate(inside):
        opening.setdefault(max(start, paragraph.start), []).append(number)
        closing.setdefault(min(end, paragraph.end), []).append(number)
    cuts = sorted({paragraph.start, paragraph.end, *opening, *closing})
    active: dict[int, None] = {}
    pieces = []
    for left, right in itertools.pairwise(cuts):
        for number in closing.get(left, []):
            active.pop(number, None)
        for number in opening.get(left, []):
            active[number] = None
        chosen = [inside[number] for number in sorted(active)]
        classes = " ".join(sorted({c for m in chosen for c in m[2].split()}))
        tips = " | ".join(dict.fromkeys(m[3] for m in chosen))
        pieces.append(Piece(body[left:right], classes, tips, tuple(labels.get(right, []))))
    return pieces


def annotated_article_section(result: ArticleAnalysis) -> Section:
    """The body with attributions highlighted by source type and quote type, speakers labelled,
    and frame cues underlined; a legend says what each mark means."""
    article = result.article
    marks, labels = _attribution_marks(result)
    marks += _cue_marks(result)
    grouped = _by_paragraph(article.paragraphs, marks)
    paragraphs = [
        {"number": p.index + 1, "pieces": _pieces(article.body, p, grouped.get(p.index, []), labels)} for p in article.paragraphs
    ]
    unattributed = [article.body[a:b] for a, b in result.sourcing.unattributed_quotes]
    return render_section("annotated.html.j2", paragraphs=paragraphs, unattributed=unattributed)

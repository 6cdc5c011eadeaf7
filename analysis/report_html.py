"""HTML fragments of the report, built from results (presentation only, no analysis).

Every string that comes from an article passes through :func:`esc` (``html.escape`` with quotes)
before it lands in HTML, so markup inside an article (``<script>``, ``onerror=``, ``javascript:``)
is shown as text. The page wrapper also sets a Content-Security-Policy that forbids every script,
so even a missed escape could not run code.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from analysis.pipeline import ArticleAnalysis
from analysis.plots import horizontal_bars
from analysis.readability import NEWS_GRADE_RANGE, NEWS_NORM_SOURCE

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

CSS = """
:root { --ink:#1b1b1b; --muted:#5a5a5a; --rule:#d9d9d9; --bg:#ffffff; --soft:#f5f5f2;
  --anon:#fde2c6; --named:#d2e6f7; --inst:#d8f0dc; --doc:#eadcf2; --quote:#f1f1f1; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "DejaVu Serif", serif; color: var(--ink); background: var(--bg);
  margin: 0 auto; max-width: 52rem; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .2rem 0 .6rem; }
h2 { font: 700 1.25rem/1.3 "DejaVu Sans", Arial, sans-serif; margin: 2.4rem 0 .6rem;
  padding-top: .6rem; border-top: 2px solid var(--ink); }
h3 { font: 700 1rem/1.3 "DejaVu Sans", Arial, sans-serif; margin: 1.4rem 0 .4rem; }
p, li { max-width: 46rem; }
.kicker { font: 600 .8rem/1.2 "DejaVu Sans", Arial, sans-serif; letter-spacing: .06em;
  text-transform: uppercase; color: var(--muted); }
.muted { color: var(--muted); font-size: .9rem; }
.findings li { margin: .35rem 0; }
.table-wrap { overflow-x: auto; margin: .6rem 0 1rem; }
table { border-collapse: collapse; font: .85rem/1.4 "DejaVu Sans", Arial, sans-serif; min-width: 60%; }
.anchor-link { display: none; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.chart { margin: .8rem 0; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
.article p { margin: 0 0 .8rem; }
.para-no { font: .7rem "DejaVu Sans", Arial, sans-serif; color: var(--muted); margin-right: .4rem; }
mark { background: var(--quote); color: inherit; padding: 0 .1rem; border-radius: 2px; }
.said { background: var(--quote); border-radius: 2px; }
.said.anonymous { background: var(--anon); } .said.named_person { background: var(--named); }
.said.institution { background: var(--inst); } .said.document { background: var(--doc); }
.said.indirect { background: none; border-bottom: 2px dotted #555; }
.said.indirect.anonymous { border-color: #c96a00; } .said.indirect.named_person { border-color: #2a6fb0; }
.said.indirect.institution { border-color: #2f8a45; } .said.indirect.document { border-color: #8a4fa8; }
.speaker-mention { font-weight: 700; }
.speaker { font: 600 .72rem "DejaVu Sans", Arial, sans-serif; color: var(--muted);
  vertical-align: super; margin-left: .15rem; }
.cue { text-decoration: underline wavy #b07aa1; text-underline-offset: 3px; }
.legend span { display: inline-block; margin: 0 .8rem .3rem 0; font: .8rem "DejaVu Sans", Arial, sans-serif; }
.removed { font-size: .85rem; color: var(--muted); }
code { font-size: .85em; word-break: break-all; }
.yes { color: #006d3c; font-weight: 700; } .no { color: #8a8a8a; }
details summary { cursor: pointer; }
@media (max-width: 40rem) { body { font-size: 15px; padding: 1rem .7rem 3rem; } h1 { font-size: 1.35rem; }
  table { font-size: .78rem; min-width: 36rem; } td { min-width: 3.5rem; } td:last-child { min-width: 15rem; }
  .chart svg { min-width: 32rem; } }
"""


def esc(value: object) -> str:
    """Escape any value for HTML text and attribute positions."""
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document (no external resources, no scripts)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[int] = ()) -> str:
    """An escaped HTML table; columns whose index is in ``numeric`` are right-aligned."""
    head = "".join(f'<th class="num">{esc(h)}</th>' if i in numeric else f"<th>{esc(h)}</th>" for i, h in enumerate(header))
    body_rows = []
    for row in rows:
        cells = "".join(f'<td class="num">{esc(_fmt(c))}</td>' if i in numeric else f"<td>{esc(_fmt(c))}</td>" for i, c in enumerate(row))
        body_rows.append(f"<tr>{cells}</tr>")
    return f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body_rows)}</tbody></table></div>'


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return "" if value is None else str(value)


def signed(value: float) -> str:
    """A signed figure with a true minus sign: ``+0.18``, ``−0.54``."""
    return f"{value:+.2f}".replace("-", "−")


def chart(svg: str) -> str:
    # The SVG is produced by matplotlib from our own numbers and labels (XML-escaped by it).
    return f'<div class="chart">{svg}</div>'


# --------------------------------------------------------------------------------------------
# Sections


def header_html(result: ArticleAnalysis) -> str:
    article = result.article
    parts = [
        f'<p class="kicker">How the story is told · a media-analysis report</p><h1>{esc(article.headline or "(no headline found)")}</h1>'
    ]
    meta = [m for m in (article.byline, article.dateline) if m]
    if meta:
        parts.append(f'<p class="muted">{" · ".join(esc(m) for m in meta)}</p>')
    if article.caption:
        credit = f' <span class="muted">(credit: {esc(article.caption_credit)})</span>' if article.caption_credit else ""
        parts.append(f'<p class="muted"><em>Photo caption:</em> {esc(article.caption)}{credit}</p>')
    return "\n".join(parts)


def overview_html(result: ArticleAnalysis, findings: Sequence[str]) -> str:
    article = result.article
    counts = (
        f"{article.word_count} words in {len(article.sentences)} sentences and {len(article.paragraphs)} paragraphs; "
        f"{len(article.quotes)} passages in quotation marks."
    )
    removed = ""
    if article.removed:
        items = "".join(f"<li>line {r.line}: “{esc(r.text)}” — {esc(r.reason)}</li>" for r in article.removed)
        removed = f'<p class="removed">Removed from the raw page before analysis:</p><ul class="removed">{items}</ul>'
    warnings = "".join(f'<p class="muted">Note: {esc(w)}</p>' for w in article.warnings)
    items = "".join(f"<li>{esc(f)}</li>" for f in findings)
    return f'<p>{esc(counts)}</p>{warnings}<h3>Key findings</h3><ul class="findings">{items}</ul>{removed}'


_TYPE_LABEL = {"named_person": "named", "anonymous": "anonymous", "institution": "institution", "document": "document"}


def place_label(result: ArticleAnalysis, part: str, sentence: int | None) -> str:
    """Where a piece of evidence is, as a reader counts: ``headline``, ``caption``, ``¶3`` or
    ``¶12.2`` (second sentence of paragraph 12)."""
    if part != "body" or sentence is None:
        return part
    target = result.article.sentences[sentence]
    siblings = result.article.sentences_in(target.paragraph)
    if len(siblings) == 1:
        return f"¶{target.paragraph + 1}"
    return f"¶{target.paragraph + 1}.{siblings.index(target) + 1}"


def source_label(result: ArticleAnalysis, source_id: int) -> str:
    """``S1``, ``S2`` …: the number a source carries in every table and on the annotated article."""
    return f"S{source_id + 1}"


def annotated_article_html(result: ArticleAnalysis) -> str:
    """The body with attributions highlighted by source type and quote type, speakers labelled,
    and frame cues underlined; a legend says what each mark means."""
    article, sourcing = result.article, result.sourcing
    # (start, end, css classes, tooltip); intervals between all boundaries get the union of classes.
    marks: list[tuple[int, int, str, str]] = []
    labels: dict[int, list[str]] = {}
    for attribution in sourcing.attributions:
        source = sourcing.sources[attribution.source_id]
        css = f"said {source.speaker_type} {attribution.quote_type}"
        tip = f"{source_label(result, source.source_id)} {source.name}: {attribution.quote_type} ({attribution.cue or 'no verb'})"
        marks.append((attribution.start, attribution.end, css, tip))
        if attribution.speaker_end > attribution.speaker_start:
            marks.append((attribution.speaker_start, attribution.speaker_end, "speaker-mention", tip))
            official = "official" if source.official else "non-official"
            label = f"{source_label(result, source.source_id)} · {_TYPE_LABEL[source.speaker_type]} · {official}"
            labels.setdefault(attribution.speaker_end, []).append(label)
    cue_items: dict[tuple[int, int], set[str]] = {}
    for item in result.framing.items:
        if not item.answer:
            continue
        for cue in item.cues:
            if cue.part == "body" and not cue.negated:
                cue_items.setdefault((cue.start, cue.end), set()).add(item.item)
    for (start, end), items in sorted(cue_items.items()):
        marks.append((start, end, "cue", "frame cue for " + ", ".join(sorted(items))))
    # Marks are grouped by paragraph with a binary search and swept in order, so long articles
    # with many marks cost n·log n, not paragraphs × marks.
    starts = [p.start for p in article.paragraphs]
    by_paragraph: dict[int, list[tuple[int, int, str, str]]] = {}
    for mark in marks:
        index = max(0, bisect.bisect_right(starts, mark[0]) - 1)
        while index < len(article.paragraphs) and article.paragraphs[index].start < mark[1]:
            if article.paragraphs[index].end > mark[0]:
                by_paragraph.setdefault(index, []).append(mark)
            index += 1
    paragraphs = []
    for paragraph in article.paragraphs:
        inside = by_paragraph.get(paragraph.index, [])
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
            text = esc(article.body[left:right])
            if active:
                chosen = [inside[number] for number in sorted(active)]
                classes = " ".join(sorted({c for m in chosen for c in m[2].split()}))
                tips = " | ".join(dict.fromkeys(m[3] for m in chosen))
                text = f'<span class="{esc(classes)}" title="{esc(tips)}">{text}</span>'
            pieces.append(text)
            for label in labels.get(right, []):
                pieces.append(f'<span class="speaker">{esc(label)}</span>')
        paragraphs.append(f'<p><span class="para-no">¶{paragraph.index + 1}</span>{"".join(pieces)}</p>')
    legend = (
        '<p class="legend"><span><span class="said anonymous">anonymous source</span></span>'
        '<span><span class="said named_person">named person</span></span>'
        '<span><span class="said institution">institution</span></span>'
        '<span><span class="said document">document</span></span>'
        '<span><span class="said indirect named_person">paraphrase (indirect)</span></span>'
        '<span><span class="speaker-mention">speaker as written</span></span>'
        '<span><span class="cue">frame cue</span></span></p>'
        '<p class="muted">Shaded: quoted words (direct or partial quote); dotted underline: paraphrased speech. '
        "The label after a speaker gives the source number used in the tables below. Hover a mark for details.</p>"
    )
    unattributed = ""
    if sourcing.unattributed_quotes:
        items = "".join(f"<li>“{esc(article.body[a:b])}”</li>" for a, b in sourcing.unattributed_quotes)
        unattributed = (
            f'<p class="muted">Quoted passages with no speaker found (scare quotes or unattributed):</p><ul class="muted">{items}</ul>'
        )
    return legend + f'<div class="article">{"".join(paragraphs)}</div>' + unattributed


def sourcing_html(result: ArticleAnalysis) -> str:
    from analysis.plots import horizontal_bars, stacked_share_bars

    sourcing = result.sourcing
    if not sourcing.attributions:
        return "<p>No attributions: nobody is quoted or paraphrased in this article.</p>" + _right_of_reply_html(result)
    sources = table(
        ["source", "name", "type", "why anonymous", "official", "side", "title", "attributions", "words", "share of speech"],
        [
            (
                source_label(result, s.source_id),
                s.name,
                _TYPE_LABEL[s.speaker_type],
                s.anonymity_reason or "",
                s.official,
                s.affiliation or "",
                s.title or "",
                s.attribution_count,
                s.word_count,
                f"{s.word_count / sourcing.ratios.speech_words:.0%}" if sourcing.ratios.speech_words else "",
            )
            for s in sourcing.sources
        ],
        numeric=(7, 8, 9),
    )
    attributions = table(
        ["¶", "source", "speaker as written", "type", "verb", "stance", "words", "what was said"],
        [
            (a.paragraph + 1, source_label(result, a.source_id), a.speaker, a.quote_type, a.cue or "", a.stance, a.word_count, a.text)
            for a in sourcing.attributions
        ],
        numeric=(0, 6),
    )
    r = sourcing.ratios

    def parts(*pairs: tuple[str, float | None]) -> list[tuple[str, float]]:
        return [(label, value) for label, value in pairs if value]

    shares = stacked_share_bars(
        [
            (
                "attributions by source type",
                parts(
                    ("named", r.named_attribution_share),
                    ("anonymous", r.anonymous_attribution_share),
                    ("institution", r.institution_attribution_share),
                    ("document", r.document_attribution_share),
                ),
            ),
            (
                "sources by type",
                parts(
                    ("named", r.named_source_share),
                    ("anonymous", r.anonymous_source_share),
                    ("institution", r.institution_source_share),
                    ("document", r.document_source_share),
                ),
            ),
            (
                "attributions: official?",
                parts(("official", r.official_attribution_share), ("non-official", r.non_official_attribution_share)),
            ),
            ("attributions by quote type", parts(("direct", r.direct_share), ("partial", r.partial_share), ("indirect", r.indirect_share))),
        ],
        title="Who speaks, and how",
    )
    sides = [side for side in sourcing.sides]
    words_chart = horizontal_bars(
        [side or "no stated side" for side, _, _, _ in sides],
        [float(words) for _, _, _, words in sides],
        title="Words of quoted or paraphrased speech, by side",
        xlabel="words",
        value_format="{:.0f}",
    )
    summary = (
        f"{r.attribution_count} attributions from {r.source_count} sources; {r.speech_words} words of quoted or paraphrased "
        f"speech, {r.speech_share_of_body:.0%} of the body's {r.body_words} words."
    )
    return (
        f"<p>{esc(summary)}</p><h3>Sources</h3>{sources}<h3>Attributions</h3>{attributions}"
        + chart(shares)
        + chart(words_chart)
        + "<h3>Right of reply</h3>"
        + _right_of_reply_html(result)
    )


def _right_of_reply_html(result: ArticleAnalysis) -> str:
    replies = result.sourcing.right_of_reply
    if not replies:
        return "<p>No party is accused or blamed in the article, so no right-of-reply check applies.</p>"
    blocks = []
    for reply in replies:
        verdict = (
            f'<strong class="yes">heard</strong>: quoted or paraphrased in attribution(s) {", ".join(str(i + 1) for i in reply.heard_in)}'
            if reply.heard
            else "<strong>not heard</strong>: not quoted or paraphrased anywhere in the article"
        )
        places = "".join(
            f"<li>{'headline' if a.sentence is None else f'¶{(a.paragraph or 0) + 1}'} — “{esc(a.cue)}”: {esc(a.text)}</li>"
            for a in reply.accused_in
        )
        blocks.append(f"<p><strong>{esc(reply.party)}</strong> is accused or blamed; {verdict}.</p><ul>{places}</ul>")
    return "".join(blocks)


def sentiment_html(result: ArticleAnalysis) -> str:
    from analysis.plots import line_with_points

    sentiment = result.sentiment
    body = sentiment.body
    arc = sentiment.arc_frame()
    turning = {t.paragraph for t in sentiment.turning_points}
    svg = line_with_points(
        [p + 1 for p in arc["paragraph"]],
        list(arc["tone"]),
        title="Tone paragraph by paragraph (mean VADER compound of its sentences)",
        xlabel="paragraph",
        ylabel="compound (−1 … +1)",
        annotations=[(p + 1, t, "turn") for p, t in zip(arc["paragraph"], arc["tone"], strict=True) if p in turning],
    )
    overview = (
        f"Mean sentence compound {body.compound:+.2f} (median {body.median_compound:+.2f}); "
        f"{body.share_negative:.0%} of sentences negative, {body.share_positive:.0%} positive. "
        f"VADER's single score for the whole body is {body.vader_compound:+.2f}, shown for reference only: "
        "on long texts it saturates toward ±1."
    ).replace("-", "−")
    turns = "".join(
        f"<li>¶{t.paragraph + 1}: {esc(_turn_words(t.kind, t.after - t.before, t.after))} "
        f"({signed(t.before)} → {signed(t.after)}): {esc(result.article.paragraphs[t.paragraph].text[:90])}…</li>"
        for t in sentiment.turning_points
    )
    voices = table(
        ["level", "who", "side", "segments", "words", "mean compound", "word-weighted", "share negative"],
        [
            (v.level, v.label, v.side or "", v.segments, v.words, v.compound, v.weighted_compound, f"{v.share_negative:.0%}")
            for v in sentiment.voices
        ],
        numeric=(3, 4, 5, 6, 7),
    )
    actors = table(
        ["actor", "kind", "mentions", "tone of its clauses", "agent of negative acts", "target of negative acts"],
        [
            (a.actor, a.kind, a.mentions, a.compound, ", ".join(a.acts_as_agent) or "—", ", ".join(a.acts_as_target) or "—")
            for a in sentiment.actors
        ],
        numeric=(2, 3),
    )
    ranked = sorted(sentiment.sentences, key=lambda s: (s.compound, s.index))
    drivers = [*ranked[:3], *[s for s in reversed(ranked[-3:]) if s.compound > 0]]
    driver_table = table(
        ["¶", "compound", "voice", "lexicon words (valence after VADER's rules)", "sentence"],
        [(s.paragraph + 1, s.compound, s.voice, s.evidence_text or "—", s.text) for s in drivers],
        numeric=(0, 1),
    )
    return (
        f"<p>{esc(overview)}</p>"
        + chart(svg)
        + (f"<h3>Where the tone turns</h3><ul>{turns}</ul>" if turns else "")
        + "<h3>Narrator and quoted voices</h3>"
        + '<p class="muted">Narrator: the reporter\'s own words; quoted: words inside quotation marks attributed to a source '
        "(scare quotes excluded).</p>"
        + voices
        + '<h3>Tone toward each actor</h3><p class="muted">Mean compound of the clauses that mention the actor '
        "(metonyms such as Moscow → Russia included); agent or target by word order around a negative act.</p>"
        + actors
        + "<h3>The sentences that drive the score</h3>"
        + driver_table
    )


def _turn_words(kind: str, delta: float, after: float) -> str:
    if "sign" in kind:
        return "tone turns " + ("positive" if after > 0 else "negative")
    return "tone rises sharply" if delta > 0 else "tone falls sharply"


def framing_html(result: ArticleAnalysis) -> str:
    from analysis.plots import horizontal_bars

    framing = result.framing
    svg = horizontal_bars(
        [f.label for f in framing.frames],
        [f.score for f in framing.frames],
        title="Generic news frames (share of questions answered yes)",
        xlabel="frame score (0 … 1)",
        value_format="{:.2f}",
        xlim=(0, 1.1),
    )
    frames = table(
        ["rank", "frame", "score", "questions yes", "cues per 1,000 words"],
        [(f.rank, f.label, f.score, f"{f.items_yes} of {f.n_items}", f.cues_per_1000_words) for f in framing.frames],
        numeric=(0, 2, 4),
    )
    questions = []
    for item in framing.items:
        cues = ", ".join(dict.fromkeys(f"{c.text} ({c.voice})" for c in item.cues)) or "—"
        places = ", ".join(dict.fromkeys(place_label(result, e.part, e.sentence) for e in item.evidence)) or "—"
        if not item.answer and item.evidence:
            places = f"below the threshold of {item.threshold}: {places}"
        questions.append((item.item, item.question, "yes" if item.answer else "no", places, cues))
    questions_table = table(["item", "question", "answer", "where", "cue words (voice)"], questions)
    policy = [p for p in framing.policy if p.hits][:6]
    policy_table = table(
        ["rank", "policy frame", "cues per 1,000 words", "cue words"],
        [(p.rank, p.label, p.score, ", ".join(dict.fromkeys(c.text for c in p.cues))) for p in policy],
        numeric=(0, 2),
    )
    primary = next((p.label for p in framing.policy if p.frame == framing.primary_policy_frame), framing.primary_policy_frame)
    return (
        chart(svg)
        + frames
        + '<h3>The 20 questions</h3><p class="muted">Semetko & Valkenburg\'s yes/no questions, each answered from the cue words '
        "and sentences shown; a frame's score is the mean of its answers.</p>"
        + questions_table
        + f"<h3>Policy frames</h3><p>Primary policy frame: <strong>{esc(primary)}</strong> (Policy Frames Codebook).</p>"
        + policy_table
    )


def readability_html(result: ArticleAnalysis) -> str:
    readability = result.readability
    if not readability.scorable:
        return f"<p>{esc(readability.note)}</p>"
    grade_scores = [s for s in readability.scores if s.scale == "US school grade"]
    svg = horizontal_bars(
        [s.name for s in grade_scores],
        [s.value or 0.0 for s in grade_scores],
        title="Grade-level formulas against the news norm",
        xlabel="US school grade (higher = harder)",
        reference=NEWS_GRADE_RANGE,
        reference_label="typical news (FK grade 11–12)",
    )
    rows = [(s.name, s.value, s.band, s.versus_news, s.reference) for s in readability.scores]
    c = readability.counts
    counts = (
        f"Counted on our own sentence split: {c.sentences} sentences, {c.words} words, {c.syllables} syllables "
        f"({c.syllables / c.words:.2f} per word), {c.words / c.sentences:.1f} words per sentence, "
        f"{c.polysyllables} words of three or more syllables."
    )
    paragraphs = table(
        ["¶", "sentences", "words", "words/sentence", "syllables/word", "Reading Ease", "FK grade", "enough words"],
        [
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
        ],
        numeric=(0, 1, 2, 3, 4, 5, 6),
    )
    hardest = table(
        ["¶", "FK grade", "words", "hard words", "sentence"],
        [(s.paragraph + 1, s.flesch_kincaid_grade, s.words, ", ".join(s.complex_words), s.text) for s in readability.hardest_sentences],
        numeric=(0, 1, 2),
    )
    return (
        f"<p>{esc(counts)}</p>"
        + table(["formula", "value", "band", "against the news norm", "method"], rows, numeric=(1,))
        + chart(svg)
        + f'<p class="muted">News norm: {esc(NEWS_NORM_SOURCE)}. The norm was measured with Flesch–Kincaid; '
        "the other grade formulas run a grade or two apart from it on the same text.</p>"
        + '<h3>Paragraph by paragraph</h3><p class="muted">Paragraphs under 30 words give noisy grades (“enough words” = no).</p>'
        + paragraphs
        + '<h3>Hardest sentences</h3><p class="muted">Hard words: three or more syllables and not on the '
        "Dale–Chall list of familiar words.</p>"
        + hardest
    )


def provenance_html(result: ArticleAnalysis) -> str:
    info = result.provenance()
    versions = table(["package", "version"], sorted(info["versions"].items()))
    lexicons = table(["lexicon", "version and digest"], sorted(info["lexicons"].items()))
    return (
        f"<p>Input: <code>{esc(info['input_name'] or '(text)')}</code>, sha256 <code>{esc(info['input_sha256'])}</code>, "
        f"read as {esc(result.article.source_format)} ({esc(result.article.encoding)}).</p>"
        '<p class="muted">The same input and versions give this report byte for byte: it holds no timestamps or machine paths.</p>'
        + versions
        + lexicons
    )


def removed_reasons(result: ArticleAnalysis) -> str:
    reasons = Counter(r.reason for r in result.article.removed)
    return ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items())) or "nothing"


# Methods: what each measure does, its published source, and what it cannot see.
# Which rows of the validation table (analysis/validation_summary.json) each method quotes.
VALIDATION_MEASURES = {
    "Cutting the page": ("HTML extraction",),
    "Sourcing": ("Sourcing",),
    "Sentiment": ("Sentiment",),
    "Framing": ("Generic frames", "Frame questions"),
    "Readability": ("Readability",),
}

METHODS: tuple[tuple[str, str, str], ...] = (
    (
        "Cutting the page",
        "Boilerplate lines (navigation, error-page, share, subscribe, advertising, legal and credit lines) are removed by "
        "whole-line phrase lists; headline, byline, dateline and photo caption are recognised by their shapes "
        "(`Credit | text`, `(Photo: …)`, `By …`). HTML pages go through trafilatura's main-content extraction "
        "(Barbaresi 2021) with favor_precision.",
        "A caption or pull quote with no recognisable shape stays in the body; a headline that ends with a full stop is "
        "read as body text; only English is supported.",
    ),
    (
        "Sentences",
        "A rule-based splitter for news: abbreviations and titles from a word list, decimals, initials, quotation marks.",
        "Lists and ellipses inside sentences can be mis-split; 34 of the 48 English 'Golden Rules' cases are split exactly "
        "(most failures are numbered lists, rare in news prose).",
    ),
    (
        "Sourcing",
        "Rules over the text, no trained model: attributions are found from reporting verbs (a versioned lexicon with "
        "each verb's stance: neutral, assertive, doubt, admission, accusation, warning, denial), 'according to', colon "
        "lead-ins, quotation marks and the quote continuation conventions of news writing; mentions are resolved to "
        "sources (pronouns, surnames, 'the official'). A source is anonymous when the article withholds the name (with the "
        "reason phrase newsroom rules ask for: AP and Reuters standards on anonymous sources), official when it speaks "
        "for government, military, police or public office (Sigal 1973). The right-of-reply check lists every party the "
        "article accuses or blames and whether it is quoted or paraphrased anywhere.",
        "No parser: unusual sentence shapes, long subjects and speakers known only by a pronoun far from their name can "
        "be missed or misattributed; officialness of an organisation comes from the gazetteer or its name. There is no "
        "public quote-attribution data set that may be redistributed, so accuracy is measured on our own hand-annotated "
        "articles, among them a blind set written without the tool.",
    ),
    (
        "Sentiment",
        "VADER (Hutto & Gilbert 2014), sentence by sentence, with typography normalised (VADER misses negation written "
        "with a curly apostrophe), the lexicon words and rules behind every score read from VADER itself, and tone "
        "aggregated as the mean of sentence compounds (VADER's single compound saturates on long texts). Quoted text is "
        "scored apart from the narrator's; actors get the tone of the clauses that mention them and a role (agent or "
        "target of a negative act) from word order.",
        "VADER was built for social media: on NYT editorial snippets its agreement with human ratings is only r ≈ 0.49 "
        "(the paper's figure). It lacks much war and conflict vocabulary and reads diplomatic rebukes ('seek "
        "assurances') as positive; it measures the tone of words, not stance or bias.",
    ),
    (
        "Framing",
        "Semetko & Valkenburg (2000): five generic frames, each measured by their yes/no questions (20 in all), each "
        "answered by a detector over cue lexicons, the sourcing results (accusations, sides) and the actors; a frame's "
        "score is the mean of its answers. Issue frames: the 15 frames of the Policy Frames Codebook (Boydstun, Card, "
        "Gross, Resnik & Smith 2014), scored by cue density.",
        "Cues are words, not meanings; negation is handled in a short window. Thresholds were tuned on the odd ids of "
        "one topic (climate change, narrative-frames corpus). No policy-frame data set can be redistributed, so policy "
        "frames are checked on our own fixtures only.",
    ),
    (
        "Readability",
        "Flesch Reading Ease (Flesch 1948), Flesch–Kincaid Grade (Kincaid et al. 1975), Gunning Fog (Gunning 1952), "
        "SMOG (McLaughlin 1969), Coleman–Liau (1975), ARI (Senter & Smith 1967), New Dale–Chall (Chall & Dale 1995, raw "
        "score), Linsear Write; syllables from CMUdict. News norm: Wasike 2018.",
        "The formulas see only word and sentence length, never meaning or layout; names of places and agencies count as "
        "hard words; SMOG and Linsear Write were defined on 30-sentence / 100-word samples, so short articles give rough values.",
    ),
)


def validation_rows() -> list[dict[str, str]]:
    """The stored validation table (computed by ``scripts/refresh_validation_summary.py``; a test
    keeps it equal to freshly computed figures)."""
    from importlib import resources

    return json.loads(resources.files("analysis").joinpath("validation_summary.json").read_text(encoding="utf-8"))


def methods_html(result: ArticleAnalysis) -> str:
    """Each method: what it does (cited), its limits, and its validation figures."""
    rows = validation_rows()
    parts = []
    for name, method, limits in METHODS:
        parts.append(f'<h3>{esc(name)}</h3><p>{esc(method)}</p><p class="muted"><strong>Limits:</strong> {esc(limits)}</p>')
        figures = [r for r in rows if r["measure"] in VALIDATION_MEASURES.get(name, ())]
        if figures:
            parts.append(
                "<p class=\"muted\"><strong>Validation</strong> (python -m analysis validate):</p>"
                + table(["data, rows used", "figure", "ours", "baseline", "humans / note"],
                        [(r["data"], r["figure"], r["ours"], r["baseline"], r["humans"]) for r in figures])
            )
    return "".join(parts)

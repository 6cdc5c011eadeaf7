"""HTML fragments of the report, built from results (presentation only, no analysis).

Every string that comes from an article passes through :func:`esc` (``html.escape`` with quotes)
before it lands in HTML, so markup inside an article (``<script>``, ``onerror=``, ``javascript:``)
is shown as text. The page wrapper also sets a Content-Security-Policy that forbids every script,
so even a missed escape could not run code.
"""

from __future__ import annotations

import html
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
mark.anonymous { background: var(--anon); } mark.named_person { background: var(--named); }
mark.institution { background: var(--inst); } mark.document { background: var(--doc); }
mark.indirect { background: none; border-bottom: 2px dotted #888; }
.speaker { font: 600 .72rem "DejaVu Sans", Arial, sans-serif; color: var(--muted);
  vertical-align: super; margin-left: .15rem; }
.cue { text-decoration: underline wavy #b07aa1; text-underline-offset: 3px; }
.legend span { display: inline-block; margin: 0 .8rem .3rem 0; font: .8rem "DejaVu Sans", Arial, sans-serif; }
.removed { font-size: .85rem; color: var(--muted); }
code { font-size: .85em; word-break: break-all; }
.yes { color: #006d3c; font-weight: 700; } .no { color: #8a8a8a; }
details summary { cursor: pointer; }
@media (max-width: 40rem) { body { font-size: 15px; padding: 1rem .7rem 3rem; } h1 { font-size: 1.35rem; }
  table { font-size: .78rem; min-width: 36rem; } td { min-width: 3.5rem; } }
"""


def esc(value: object) -> str:
    """Escape any value for HTML text and attribute positions."""
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document (no external resources, no scripts)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], numeric: Sequence[int] = ()) -> str:
    """An escaped HTML table; columns whose index is in ``numeric`` are right-aligned."""
    head = "".join(f"<th class=\"num\">{esc(h)}</th>" if i in numeric else f"<th>{esc(h)}</th>" for i, h in enumerate(header))
    body_rows = []
    for row in rows:
        cells = "".join(
            f"<td class=\"num\">{esc(_fmt(c))}</td>" if i in numeric else f"<td>{esc(_fmt(c))}</td>" for i, c in enumerate(row)
        )
        body_rows.append(f"<tr>{cells}</tr>")
    return f"<div class=\"table-wrap\"><table><thead><tr>{head}</tr></thead><tbody>{''.join(body_rows)}</tbody></table></div>"


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    return "" if value is None else str(value)


def chart(svg: str) -> str:
    # The SVG is produced by matplotlib from our own numbers and labels (XML-escaped by it).
    return f"<div class=\"chart\">{svg}</div>"


# --------------------------------------------------------------------------------------------
# Sections


def header_html(result: ArticleAnalysis) -> str:
    article = result.article
    parts = [f"<p class=\"kicker\">How the story is told · a media-analysis report</p><h1>{esc(article.headline or '(no headline found)')}</h1>"]
    meta = [m for m in (article.byline, article.dateline) if m]
    if meta:
        parts.append(f"<p class=\"muted\">{' · '.join(esc(m) for m in meta)}</p>")
    if article.caption:
        credit = f" <span class=\"muted\">(credit: {esc(article.caption_credit)})</span>" if article.caption_credit else ""
        parts.append(f"<p class=\"muted\"><em>Photo caption:</em> {esc(article.caption)}{credit}</p>")
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
        removed = f"<p class=\"removed\">Removed from the raw page before analysis:</p><ul class=\"removed\">{items}</ul>"
    warnings = "".join(f"<p class=\"muted\">Note: {esc(w)}</p>" for w in article.warnings)
    items = "".join(f"<li>{esc(f)}</li>" for f in findings)
    return f"<p>{esc(counts)}</p>{warnings}<h3>Key findings</h3><ul class=\"findings\">{items}</ul>{removed}"


def annotated_article_html(result: ArticleAnalysis) -> str:
    """The body with every quoted passage marked (attributions are added when sourcing exists)."""
    article = result.article
    marks: list[tuple[int, int, str, str]] = [(q.start, q.end, "quote", "") for q in article.quotes]
    legend = "<p class=\"legend\"><span><mark>quoted words</mark></span></p>"
    paragraphs = []
    for paragraph in article.paragraphs:
        inside = sorted((m for m in marks if paragraph.start <= m[0] < paragraph.end), key=lambda m: m[0])
        pieces, cursor = [], paragraph.start
        for start, end, css, label in inside:
            if start < cursor:
                continue
            end = min(end, paragraph.end)
            pieces.append(esc(article.body[cursor:start]))
            speaker = f"<span class=\"speaker\">{esc(label)}</span>" if label else ""
            pieces.append(f"<mark class=\"{esc(css)}\">{esc(article.body[start:end])}</mark>{speaker}")
            cursor = end
        pieces.append(esc(article.body[cursor : paragraph.end]))
        paragraphs.append(f"<p><span class=\"para-no\">¶{paragraph.index + 1}</span>{''.join(pieces)}</p>")
    return legend + f"<div class=\"article\">{''.join(paragraphs)}</div>"


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
            (p.paragraph + 1, p.sentences, p.words, p.words_per_sentence, p.syllables_per_word, p.flesch_reading_ease, p.flesch_kincaid_grade, p.reliable)
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
        + f"<p class=\"muted\">News norm: {esc(NEWS_NORM_SOURCE)}. The norm was measured with Flesch–Kincaid; "
        "the other grade formulas run a grade or two apart from it on the same text.</p>"
        + "<h3>Paragraph by paragraph</h3><p class=\"muted\">Paragraphs under 30 words give noisy grades (“enough words” = no).</p>"
        + paragraphs
        + "<h3>Hardest sentences</h3><p class=\"muted\">Hard words: three or more syllables and not on the Dale–Chall list of familiar words.</p>"
        + hardest
    )


def provenance_html(result: ArticleAnalysis) -> str:
    info = result.provenance()
    versions = table(["package", "version"], sorted(info["versions"].items()))
    lexicons = table(["lexicon", "version and digest"], sorted(info["lexicons"].items()))
    return (
        f"<p>Input: <code>{esc(info['input_name'] or '(text)')}</code>, sha256 <code>{esc(info['input_sha256'])}</code>, "
        f"read as {esc(result.article.source_format)} ({esc(result.article.encoding)}).</p>"
        "<p class=\"muted\">The same input and versions give this report byte for byte: it holds no timestamps or machine paths.</p>"
        + versions
        + lexicons
    )


def removed_reasons(result: ArticleAnalysis) -> str:
    reasons = Counter(r.reason for r in result.article.removed)
    return ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items())) or "nothing"


# Methods: what each measure does, its published source, and what it cannot see.
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
        "Readability",
        "Flesch Reading Ease (Flesch 1948), Flesch–Kincaid Grade (Kincaid et al. 1975), Gunning Fog (Gunning 1952), "
        "SMOG (McLaughlin 1969), Coleman–Liau (1975), ARI (Senter & Smith 1967), New Dale–Chall (Chall & Dale 1995, raw "
        "score), Linsear Write; syllables from CMUdict. News norm: Wasike 2018.",
        "The formulas see only word and sentence length, never meaning or layout; names of places and agencies count as "
        "hard words; SMOG and Linsear Write were defined on 30-sentence / 100-word samples, so short articles give rough values.",
    ),
)


def methods_html(result: ArticleAnalysis) -> str:
    rows = "".join(
        f"<h3>{esc(name)}</h3><p>{esc(method)}</p><p class=\"muted\"><strong>Limits:</strong> {esc(limits)}</p>"
        for name, method, limits in METHODS
    )
    return rows

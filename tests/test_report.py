"""The HTML report: content equal to the analysis, byte-identical renders, safe with hostile text,
and clean in a real headless browser."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from analysis import analyze, load_article
from analysis.report import render_report

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
HOSTILE = Path(__file__).parent / "fixtures" / "articles" / "hostile.txt"
SECTIONS = ["Overview", "Annotated article", "Sourcing", "Sentiment", "Framing", "Readability", "Methods and limits", "Provenance"]


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory) -> str:
    output = tmp_path_factory.mktemp("report") / "seed.html"
    render_report(SEED, output)
    return output.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_path(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("hostile") / "hostile.html"
    render_report(HOSTILE, output)
    return output


def test_sections_are_present_in_order(seed_html):
    positions = [seed_html.find(f">{title}<") for title in SECTIONS]
    assert all(p > 0 for p in positions), positions
    assert positions == sorted(positions)


def test_figures_equal_the_analysis(seed_html):
    result = analyze(SEED)
    assert "<h1>Russia accused of bombing US-backed militants in Syria</h1>" in seed_html
    for score in result.readability.scores:
        assert f'<td class="num">{score.value:.1f}</td>' in seed_html, score.key
    assert f"sha256 <code>{result.article.sha256}</code>" in seed_html
    assert "422 words in 18 sentences and 17 paragraphs" in seed_html
    assert "Skip to main content" in seed_html  # listed among the removed lines
    # Sourcing: every source in the table, the right-of-reply verdict, the key finding.
    for source in result.sourcing.sources:
        assert f"<td>S{source.source_id + 1}</td><td>{source.name}</td>" in seed_html
    assert (
        "<strong>Russia</strong> is accused or blamed; <strong>not heard, and the article does not say it was asked</strong>" in seed_html
    )
    assert "4 of 6 attributions (67%) go to anonymous sources" in seed_html
    # Framing: each frame's score as in the analysis; the primary policy frame.
    for frame in result.framing.frames:
        assert f'<td>{frame.label}</td><td class="num">{frame.strength:.2f}</td><td class="num">{frame.score:.2f}</td>' in seed_html
    assert "Primary policy frame: <strong>Security and defense</strong>" in seed_html
    # Sentiment: the voices table holds the narrator's mean compound.
    narrator = next(v for v in result.sentiment.voices if v.key == "narrator")
    assert f'<td>narrator</td><td></td><td class="num">{narrator.segments}</td>' in seed_html


def test_self_contained_no_scripts_no_paths(seed_html):
    assert "<script" not in seed_html.lower()
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", seed_html)
    assert "Content-Security-Policy" in seed_html
    assert str(ROOT) not in seed_html and "/tmp" not in seed_html
    # Figures are embedded in the page: each chart is the notebook's SVG output, as a data: image.
    # Four: the seed has one stated side (United States), so "words by side" is a sentence, not a chart.
    assert seed_html.count('<img alt="Chart: ') == seed_html.count('src="data:image/svg+xml;base64,') == 4


def test_two_renders_are_byte_identical(seed_html, tmp_path):
    again = tmp_path / "again.html"
    render_report(SEED, again)
    assert again.read_text(encoding="utf-8") == seed_html


def test_hostile_markup_is_shown_as_text(hostile_path):
    html = hostile_path.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    # No element came through: only escaped text (a text node may keep its plain quote marks).
    images = re.findall(r"<img [^>]*>", html)  # only the charts, embedded from the notebook's SVG outputs
    assert images and all(re.fullmatch(r'<img alt="Chart: [^"<>]*" src="data:image/svg\+xml;base64,[A-Za-z0-9+/=]+"/?>', i) for i in images)
    assert '<a href="javascript:' not in html
    assert "&lt;img src=x onerror=" in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "${7*7}" in html  # template text stays literal


def test_parameter_with_quotes_and_newline_cannot_inject_code(tmp_path):
    nasty = tmp_path / 'a"b\'c\nimport os; os.system("x")#.txt'
    shutil.copy(SEED, nasty)
    output = tmp_path / "nasty.html"
    render_report(nasty, output)
    assert "Russia accused of bombing" in output.read_text(encoding="utf-8")


def test_bad_input_fails_before_the_kernel_starts(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    from analysis import EmptyArticleError

    with pytest.raises(EmptyArticleError):
        render_report(empty, tmp_path / "never.html")
    assert not (tmp_path / "never.html").exists()


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _open_in_browser(path: Path, width: int, screenshot: Path) -> tuple[list[str], object]:
    chromium = _chromium()
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make browser` installs Debian's chromium")
        pytest.skip("Chromium is not installed (`make browser` installs it)")
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.on(
            "console",
            lambda message: problems.append(f"console {message.type}: {message.text}") if message.type in ("error", "warning") else None,
        )
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on(
            "request",
            lambda request: problems.append(f"request: {request.url}") if not request.url.startswith(("file:", "data:")) else None,
        )
        page.goto(path.as_uri())
        page.screenshot(path=str(screenshot), full_page=True)
        state = page.evaluate(
            "() => ({pwned: window.__pwned ?? null, scripts: document.scripts.length,"
            " overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,"
            " scrolling: Array.from(document.querySelectorAll('.table-wrap'))"
            "   .filter(w => w.scrollWidth > w.clientWidth + 1)"
            "   .map(w => Array.from(w.querySelectorAll('th')).map(th => th.textContent).join(' | ')),"
            " h2: Array.from(document.querySelectorAll('h2')).map(h => h.textContent.replace('¶', '').trim())})"
        )
        browser.close()
    return problems, state


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_seed_report_in_headless_chromium(seed_html, tmp_path, width):
    path = tmp_path / "seed.html"
    path.write_text(seed_html, encoding="utf-8")
    problems, state = _open_in_browser(path, width, ROOT / "reports" / f"seed-{width}.png")
    assert problems == []
    assert state["h2"] == SECTIONS
    assert state["overflow"] <= 0, "the page is wider than the screen"
    if width >= 1280:
        # On a laptop screen every table fits its column: a table that scrolls sideways hides its
        # last columns (a new user missed the sources' "share of speech" that way).
        assert state["scrolling"] == []


@pytest.mark.browser
def test_hostile_report_runs_no_script(hostile_path, tmp_path):
    problems, state = _open_in_browser(hostile_path, 1280, tmp_path / "hostile.png")
    assert state["pwned"] is None and state["scripts"] == 0
    assert problems == []
    assert load_article(HOSTILE).headline.startswith("Council <script>")


def test_right_of_reply_verdict_is_shown_with_its_evidence() -> None:
    from analysis import analyze
    from analysis.report.findings import key_findings
    from analysis.report.sections import sourcing_section

    text = (
        "Regulators accused Northgate Homes of hiding defects in 40 houses, the agency said on Monday.\n\n"
        "“The buyers were misled,” said inspector Lena Ortiz.\n\n"
        "Northgate Homes did not respond to a request for comment."
    )
    result = analyze(text.encode())
    html = sourcing_section(result).html()
    assert "sought but silent: was asked and did not comment (attribution 3)" in html
    assert "<td>no comment</td>" in html
    assert any("Northgate Homes" in f and "sought for comment" in f for f in key_findings(result))


@pytest.mark.parametrize(
    ("reason_sentence", "expected"),
    [
        ("who requested anonymity", "(a club official, who requested anonymity)"),
        # A reason without a verb is not a "who" clause: round 11 printed "who not authorised to speak".
        ("who was not authorised to speak to the media", "(a club official, not authorised to speak)"),
        ("speaking on condition of anonymity", "(a club official, speaking on condition of anonymity)"),
    ],
)
def test_anonymity_reason_reads_as_english_in_the_key_findings(reason_sentence, expected) -> None:
    from analysis.report.findings import key_findings

    text = (f"Club braces for relegation fight\n\nThe team lost again on Saturday.\n\n"
            f"\u201cWe have to stay calm,\u201d said a club official, {reason_sentence}.")
    findings = key_findings(analyze(load_article(text)))
    assert any(expected in finding for finding in findings), findings


def _section_text(text: str) -> tuple[str, list[str]]:
    """The sourcing section's HTML and the titles of its charts, for an article given as text."""
    from analysis.report.plots import Chart
    from analysis.report.sections import sourcing_section

    section = sourcing_section(analyze(load_article(text)))
    return "".join(p for p in section.parts if isinstance(p, str)), [p.title for p in section.parts if isinstance(p, Chart)]


def test_words_by_side_is_a_sentence_not_a_one_bar_chart_when_no_side_is_found() -> None:
    """A school match: coaches and a player belong to no country or organisation of the gazetteer,
    so every voice is unaffiliated; the report says so instead of drawing one bar."""
    text = (
        "Eagles beat Hawks in overtime\n\n"
        "The Eagles beat the Hawks 3-2 in overtime on Saturday.\n\n"
        '"We never stopped running," coach Maria Lopez said after the game.\n\n'
        'The visiting coach, Tom Reilly, said his players were tired. "We ran out of legs," he said.'
    )
    html, charts = _section_text(text)
    assert charts == ["Who speaks, and how"]
    assert "Words by side: no chart, because sides come from the countries and organisations the speakers belong to" in html
    assert "none was found here, so every voice is unaffiliated" in html
    assert "The Sources table gives each source&#x27;s words and share of speech." in html
    # "Hawks coach Tom Reilly" gives him a side, the Hawks: one side is still no comparison (his 9 words
    # in two attributions, Lopez's 4 with no side: hand-counted).
    html, charts = _section_text(text.replace("The visiting coach, Tom Reilly,", "Hawks coach Tom Reilly"))
    assert charts == ["Who speaks, and how"]
    assert "only one was found (Hawks, 9 words; 4 words from sources with no stated side)" in html


def test_words_by_side_keeps_its_chart_with_two_sides() -> None:
    text = (
        "Talks on grain stall\n\n"
        "Grain talks stalled on Friday.\n\n"
        '"We will not accept these terms," a Russian minister said.\n\n'
        '"Moscow is stalling," a Ukrainian official said.'
    )
    html, charts = _section_text(text)
    assert "Words of quoted or paraphrased speech, by side" in charts and "Words by side: no chart" not in html

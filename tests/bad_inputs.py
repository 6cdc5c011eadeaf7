"""The bad-input table of issue 10, generated in code (no big files in git).

Each :class:`BadInput` is one kind of input users feed the tool, with its documented outcome:
``error`` is the :class:`~analysis.errors.AnalysisError` subclass raised (with a message
fragment), or ``None`` when an :class:`~analysis.Article` and every measure come out. Inputs that
are paths (missing file, directory) are built in a folder by :func:`materialise`.

Used by tests/test_hardening.py, tests/test_properties.py and benchmarks/bench_scaling.py.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import (
    AnalysisError,
    EmptyArticleError,
    InputNotFoundError,
    NoProseError,
    NotEnglishError,
    UnreadableInputError,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"

PROSE = (
    "The city council voted on Monday to close the Elm Street library at the end of the year, officials said. "
    "“This is a sad day for the neighbourhood,” said council member Ana Ruiz, who voted against the plan. "
    "Mayor John Smith told reporters the budget left no other choice, and a spokesman for the library "
    "union said workers would appeal the decision."
)
FRENCH = (
    "La Russie a bombardé jeudi des combattants soutenus par les États-Unis dans le sud de la Syrie, "
    "selon un responsable américain à Washington, qui a déclaré que cette action agressive de Moscou "
    "suscitait une sérieuse inquiétude. Les avions russes n'étaient pas actifs dans cette zone depuis "
    "un certain temps, et il n'y avait aucune force terrestre du régime syrien ou de la Russie à proximité."
)
HTML = (
    "<html><head><title>Council closes library</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Council closes library</h1><p>The city council voted on Monday to close the Elm Street "
    "branch library at the end of the year, officials said.</p><p>“This is a sad day,” said council member "
    "Ana Ruiz, who voted against the closure of the branch.</p></article><footer>© 2024</footer></body></html>"
)
WORDS = ["the", "council", "said", "on", "monday", "that", "the", "plan", "would", "go", "ahead", "and", "residents"]
WORDS += ["would", "be", "heard"]


def unpunctuated(size: int) -> str:
    """One sentence of ``size`` characters: words, spaces, no punctuation at all."""
    unit = " ".join(WORDS) + " "
    return (unit * (size // len(unit) + 1))[:size].rstrip()


def unbalanced_quotes(marks: int = 2_000) -> str:
    """A paragraph with ``marks`` opening quotation marks and not one closing mark."""
    return "Strange page\n\n" + "The reporter wrote “this " * marks + "and stopped."


def minified_json(size: int = 820_000) -> str:
    """A one-line JSON array of records, as an API or a scraper saves them: about ``size`` characters."""
    import json

    record = {"id": 0, "title": "Council votes to close the library", "tag": "local", "score": 0.25}
    unit = len(json.dumps(record, separators=(",", ":"))) + 1
    records = [dict(record, id=k) for k in range(size // unit)]
    return json.dumps(records, separators=(",", ":"))


def word_salad(words: int = 330_000) -> str:
    """One line of ``words`` English words drawn at random (seeded), no punctuation: about 2 MB."""
    import random

    rng = random.Random(12)
    vocabulary = [*WORDS, "Tuesday", "Smith", "police", "The", "report", "city", "budget", "mayor"]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def news_text(size: int) -> str:
    """Ordinary news prose of about ``size`` characters: the seed's headline, then its body repeated."""
    from analysis import load_article

    seed = load_article(SEED)
    copies = max(1, size // (len(seed.body) + 2) + 1)
    text = seed.headline + "\n\n" + "\n\n".join([seed.body] * copies)
    cut = text.rfind("\n\n", 0, max(size, len(seed.headline) + 500))
    return text[:cut] if cut > len(seed.headline) else text


def only_quotes() -> str:
    return (
        "“We will not close the library.”\n\n“The budget is the budget, and we have no other choice.”\n\n"
        "“This is a sad day for everyone who reads.”"
    )


def windows_1252_quotes() -> bytes:
    return ("“Quoted,” said the café owner in Zürich, and the mayor agreed with him on Monday.\n\n" + PROSE).encode("cp1252")


def ascii_pdf() -> bytes:
    """A one-page PDF written without compression: every byte printable ASCII, the page's words
    in the content stream, so nothing but its signature tells it from text."""
    body = " ".join(f"({line}) Tj T*" for line in PROSE.split(". "))
    return (
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
        f"endobj\n4 0 obj\n<< /Length {len(body) + 20} >>\nstream\nBT /F1 10 Tf {body} ET\nendstream\nendobj\n"
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    ).encode("ascii", "replace")


def mixed_line_endings() -> bytes:
    return ("Council closes the library\r\n\r\n" + PROSE + "\r\rSecond paragraph: the union will appeal.\n\nThird one here.\r\n").encode()


@dataclass(frozen=True)
class BadInput:
    """One row of the table: how to build it, and what must happen."""

    key: str
    description: str
    build: Callable[[Path], str | bytes | Path]
    error: type[AnalysisError] | None
    message: str = ""  # a fragment of the one-line message (errors only)
    outcome: str = ""  # the documented outcome, in words (for docs/errors.md)
    size_scaled: bool = False  # a pathological input the scaling benchmark grows

    def source(self, folder: Path) -> str | bytes | Path:
        return self.build(folder)


def _missing(folder: Path) -> Path:
    return folder / "no-such-article.txt"


def _directory(folder: Path) -> Path:
    path = folder / "a-folder"
    path.mkdir(exist_ok=True)
    return path


INPUTS: tuple[BadInput, ...] = (
    BadInput("empty", "empty file", lambda _: b"", EmptyArticleError, "empty", "EmptyArticleError"),
    BadInput("whitespace", "white space only", lambda _: b"  \n\n \t\r\n  ", EmptyArticleError, "empty", "EmptyArticleError"),
    BadInput(
        "single_word", "a single word", lambda _: b"Hello", None, outcome="article of 1 word, 1 sentence; readability not scorable"
    ),
    BadInput(
        "no_punctuation",
        "no sentence-ending punctuation",
        lambda _: ("Council closes the library\n\n" + unpunctuated(600)).encode(),
        None,
        outcome="article: the paragraph is one sentence; readability flagged 'not enough prose to score'",
    ),
    BadInput("binary", "binary bytes", lambda _: bytes(range(256)) * 20, UnreadableInputError, "binary", "UnreadableInputError"),
    BadInput(
        "nul",
        "NUL bytes in text",
        lambda _: b"Some article text\x00with a NUL byte in it",
        UnreadableInputError,
        "NUL",
        "UnreadableInputError",
    ),
    BadInput(
        "latin1",
        "Latin-1 (not UTF-8)",
        lambda _: ("Le café de Zürich: the owner said the plan was fine.\n\n" + PROSE.replace("“", '"').replace("”", '"')).encode(
            "latin-1"
        ),
        None,
        outcome="article, encoding windows-1252, with a warning",
    ),
    BadInput(
        "cp1252_quotes",
        "Windows-1252 curly quotes",
        lambda _: windows_1252_quotes(),
        None,
        outcome="article, encoding windows-1252, with a warning; the curly quotes are quotes",
    ),
    BadInput(
        "utf16_bom",
        "UTF-16 with BOM",
        lambda _: codecs.BOM_UTF16_LE + ("Council closes the library\n\n" + PROSE).encode("utf-16-le"),
        None,
        outcome="article, encoding utf-16, no warning",
    ),
    BadInput(
        "utf16_no_bom",
        "UTF-16 without BOM",
        lambda _: ("Council closes the library\n\n" + PROSE).encode("utf-16-le"),
        None,
        outcome="article, encoding utf-16-le, warning 'input is UTF-16 (little-endian) without a byte-order mark'",
    ),
    BadInput(
        "pdf", "a PDF renamed .txt (uncompressed, all ASCII)", lambda _: ascii_pdf(), UnreadableInputError, "PDF", "UnreadableInputError"
    ),
    BadInput(
        "mixed_line_endings",
        "mixed line endings (CRLF, lone CR)",
        lambda _: mixed_line_endings(),
        None,
        outcome="article: CRLF and CR read as LF (same body as with LF)",
    ),
    BadInput(
        "html_as_text", "HTML given as text", lambda _: HTML, None, outcome="article, source_format html (trafilatura), with a warning"
    ),
    BadInput(
        "non_english",
        "a non-English article",
        lambda _: "La Russie accusée de bombarder des rebelles\n\n" + FRENCH,
        NotEnglishError,
        "English",
        "NotEnglishError",
    ),
    BadInput(
        "only_quotes",
        "an article made only of quotes",
        lambda _: only_quotes(),
        None,
        outcome="article: every paragraph one quote, none attributed",
    ),
    BadInput(
        "unbalanced_quotes",
        "2,000 unbalanced quote marks",
        lambda _: unbalanced_quotes(),
        None,
        outcome="article: quotes closed at the next opening mark (closed=False)",
        size_scaled=True,
    ),
    BadInput(
        "long_sentence",
        "a 50 kB sentence with no punctuation (8,000 words)",
        lambda _: "A long page\n\n" + unpunctuated(50_000),
        None,
        outcome="article of one sentence; readability flagged 'not enough prose to score'",
        size_scaled=True,
    ),
    BadInput(
        "word_salad",
        "a 2 MB line of words with no sentence end",
        lambda _: word_salad(),
        NoProseError,
        "not written in sentences: a line of 330,000 words",
        "NoProseError",
    ),
    BadInput(
        "minified_json",
        "an 820 kB one-line JSON file",
        lambda _: minified_json(),
        NoProseError,
        "reads as data, code or markup",
        "NoProseError",
    ),
    BadInput(
        "five_megabytes", "a 5 MB article", lambda _: news_text(5_000_000), None, outcome="article and every measure (about 2 minutes)"
    ),
    BadInput("missing_path", "a missing path", _missing, InputNotFoundError, "no such file", "InputNotFoundError"),
    BadInput("directory", "a directory", _directory, InputNotFoundError, "is a directory", "InputNotFoundError"),
    BadInput(
        "url", "a URL", lambda _: "https://www.example.com/news/story.html", UnreadableInputError, "never fetches", "UnreadableInputError"
    ),
)

BY_KEY = {item.key: item for item in INPUTS}
# Expensive rows (the 5 MB article) are skipped where every measure runs many times.
CHEAP = tuple(item for item in INPUTS if item.key != "five_megabytes")


def as_file(item: BadInput, folder: Path) -> Path:
    """The input as a file on disk (paths stay paths; text and bytes are written out)."""
    source = item.source(folder)
    if isinstance(source, Path):
        return source
    path = folder / f"{item.key}.{'html' if item.key == 'html_as_text' else 'txt'}"
    path.write_bytes(source.encode("utf-8") if isinstance(source, str) else source)
    return path


# --------------------------------------------------------------------------------------------
# Invariants every result must keep, whatever the input (shared with the property tests)

EPS = 1e-9


def _inside(start: int, end: int, length: int) -> bool:
    return 0 <= start <= end <= length


def check_article(article) -> None:
    body = article.body
    n = len(body)
    assert body.strip(), "an Article always has a body"
    for p in article.paragraphs:
        assert _inside(p.start, p.end, n) and body[p.start : p.end] == p.text
    last = -1
    for s in article.sentences:
        assert _inside(s.start, s.end, n) and s.start < s.end and body[s.start : s.end] == s.text
        assert s.start >= last, "sentences in order, not overlapping"
        last = s.end
        paragraph = article.paragraphs[s.paragraph]
        assert paragraph.start <= s.start and s.end <= paragraph.end
    for q in article.quotes:
        assert _inside(q.mark_start, q.start, n) and _inside(q.start, q.end, n) and q.end <= max(q.mark_end, q.end) <= n
        assert body[q.start : q.end] == q.text
        assert 0 <= q.first_paragraph <= q.last_paragraph < len(article.paragraphs)
        assert q.kind in ("double", "single", "guillemet")


def check_actors(article, actors) -> None:
    n = len(article.body)
    for m in actors.mentions:
        assert _inside(m.start, m.end, n) and m.start < m.end
        assert article.body[m.start : m.end] == m.text
        assert 0 <= m.sentence < len(article.sentences) and 0 <= m.paragraph < len(article.paragraphs)


def _share(value: float | None) -> None:
    assert value is None or -EPS <= value <= 1 + EPS, value


def check_sourcing(article, sourcing) -> None:
    n = len(article.body)
    for a in sourcing.attributions:
        assert _inside(a.start, a.end, n), (a.start, a.end, n)
        assert _inside(a.speaker_start, a.speaker_end, n), (a.speaker_start, a.speaker_end, n)
        assert 0 <= a.source_id < len(sourcing.sources)
        assert a.quote_type in ("direct", "partial", "indirect")
        assert 0 <= a.sentence < len(article.sentences)
    for a, b in sourcing.unattributed_quotes:
        assert _inside(a, b, n)
    r = sourcing.ratios
    assert r.attribution_count == len(sourcing.attributions) and r.source_count == len(sourcing.sources)
    by_type = (r.named_attribution_share, r.anonymous_attribution_share, r.office_holder_attribution_share,
               r.institution_attribution_share, r.document_attribution_share)
    by_quote = (r.direct_share, r.partial_share, r.indirect_share)
    for share in (*by_type, *by_quote, r.official_attribution_share, r.non_official_attribution_share, r.speech_share_of_body,
                  r.direct_words_anonymous_share, r.named_source_share, r.anonymous_source_share, r.institution_source_share,
                  r.document_source_share, r.office_holder_source_share):
        _share(share)
    if r.attribution_count:  # a share is None only when its denominator is 0
        assert abs(sum(by_type) - 1) < 1e-6, by_type
        assert abs(sum(by_quote) - 1) < 1e-6, by_quote
        assert abs(r.official_attribution_share + r.non_official_attribution_share - 1) < 1e-6
        assert abs(r.named_source_share + r.anonymous_source_share + r.office_holder_source_share + r.institution_source_share
                   + r.document_source_share - 1) < 1e-6
    else:
        assert all(share is None for share in (*by_type, *by_quote)), (by_type, by_quote)


def _compound(value: float) -> None:
    assert -1 - EPS <= value <= 1 + EPS, value


def check_sentiment(article, sentiment) -> None:
    n = len(article.body)
    assert len(sentiment.sentences) == len(article.sentences)
    for s in sentiment.sentences:
        _compound(s.compound)
        for part in (s.neg, s.neu, s.pos):
            _share(part)
        for e in s.evidence:
            if e.start is None:  # documented: no offsets when VADER expanded an emoji
                assert e.end is None
                continue
            assert s.start <= e.start <= e.end <= s.end <= n, (e, s.start, s.end)
    b = sentiment.body
    for value in (b.compound, b.median_compound, b.min_compound, b.max_compound, b.vader_compound):
        _compound(value)
    for value in (b.share_negative, b.share_neutral, b.share_positive, b.neg, b.neu, b.pos):
        _share(value)
    if b.sentences:
        assert abs(b.share_negative + b.share_neutral + b.share_positive - 1) < 1e-6
    for p in sentiment.paragraphs:
        _compound(p.compound)
        _share(p.share_negative)
        _share(p.share_positive)
    for seg in sentiment.segments:
        assert _inside(seg.start, seg.end, n)
        _compound(seg.compound)
    for v in sentiment.voices:
        _compound(v.compound)
        _share(v.share_negative)
        _share(v.share_positive)
    for m in sentiment.actor_mentions:
        assert _inside(m.start, m.end, n) and _inside(m.clause_start, m.clause_end, n)
        _compound(m.compound)
    for actor in sentiment.actors:
        _share(actor.share_negative)


def _part_length(article, part: str) -> int:
    return len({"body": article.body, "headline": article.headline or "", "caption": article.caption or ""}[part])


def check_framing(article, framing) -> None:
    for frame in framing.frames:
        assert 0 <= frame.score <= 1, frame
        assert 0 <= frame.items_yes <= frame.n_items
    hits = [c for item in framing.items for c in item.cues] + [c for p in framing.policy for c in p.cues]
    for cue in hits:
        assert _inside(cue.start, cue.end, _part_length(article, cue.part)), cue
        if cue.part == "body":
            assert article.body[cue.start : cue.end] == cue.text
    for p in framing.policy:
        _share(p.share_of_sentences)
        assert p.score >= 0


def check_readability(article, readability) -> None:
    import math

    if not readability.scorable:
        assert readability.scores == () or not readability.scores
        assert readability.note
    for score in readability.scores:
        assert math.isfinite(score.value), score


def check_analysis(result) -> None:
    article = result.article
    check_article(article)
    check_actors(article, result.actors)
    check_sourcing(article, result.sourcing)
    check_sentiment(article, result.sentiment)
    check_framing(article, result.framing)
    check_readability(article, result.readability)

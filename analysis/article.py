"""Raw page text or HTML → a clean, frozen :class:`Article`.

Every measure reads the same :class:`Article`, so the page is cut once here: boilerplate lines
(navigation, error-page, share/subscribe, advertising, legal and credit lines) are removed with a
reason, then the headline, byline, dateline and photo caption are taken from the head of the page,
and what is left is the body. Rules are general and their phrase lists are data
(``lexicons/boilerplate.toml``, ``lexicons/article_parts.toml``); nothing here knows the seed.

HTML (a file, bytes, or HTML handed in as a string) goes through trafilatura's main-content
extraction first (Barbaresi 2021, ACL demo; ``favor_precision=True``, which scored a mean
word-4-gram F1 of 0.96 against 0.94 for the default on the Zyte article-extraction benchmark).

Offsets: every ``start``/``end`` on a paragraph, sentence or quote is a character offset into
:attr:`Article.body`, in which paragraphs are joined by one blank line (``"\\n\\n"``).
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.errors import (
    EmptyArticleError,
    InputNotFoundError,
    NoProseError,
    NotEnglishError,
    UnreadableInputError,
)
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sentences import split_sentences

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph. ``index`` counts body paragraphs from 0."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``index`` over the whole body, ``paragraph`` the paragraph index."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuoteSpan:
    """Text inside quotation marks.

    ``start``/``end`` delimit the words inside the marks; ``mark_start``/``mark_end`` include the
    marks. A quote continued into the next paragraph (that paragraph opens with a new opening mark
    and the previous one has no closing mark, the news convention) is one span over both. A quote
    still open at the end of a paragraph that is not continued is closed there with
    ``closed=False`` (the unclosed-quote rule).
    """

    start: int
    end: int
    mark_start: int
    mark_end: int
    text: str
    first_paragraph: int
    last_paragraph: int
    closed: bool
    kind: str  # "double" (“ ” or "), "single" (‘ ’) or "guillemet" (« »)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class RemovedLine:
    """A line of the source that is not part of the article text, and why."""

    line: int  # 1-based line number in the decoded source (0 for HTML, where lines are not kept)
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """A news article, cut from its page. Build it with :func:`load_article`."""

    headline: str | None
    byline: str | None
    dateline: str | None
    caption: str | None
    caption_credit: str | None
    body: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[QuoteSpan, ...]
    removed: tuple[RemovedLine, ...]
    sha256: str
    source_name: str | None = None
    source_format: str = "text"  # "text" or "html"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())

    @property
    def word_count(self) -> int:
        """Words of the body (white-space separated tokens with a letter or digit)."""
        return sum(1 for token in self.body.split() if any(ch.isalnum() for ch in token))

    def sentences_in(self, paragraph: int) -> tuple[Sentence, ...]:
        """The sentences of one paragraph, in order."""
        return tuple(s for s in self.sentences if s.paragraph == paragraph)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains body offset ``offset``, if any (binary search: O(log n))."""
        position = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        if position >= 0 and self.sentences[position].start <= offset < self.sentences[position].end:
            return self.sentences[position]
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary: parts, counts, removed lines, quotes (the body is included)."""
        return {
            "headline": self.headline,
            "byline": self.byline,
            "dateline": self.dateline,
            "caption": self.caption,
            "caption_credit": self.caption_credit,
            "source_name": self.source_name,
            "source_format": self.source_format,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "word_count": self.word_count,
            "paragraph_count": len(self.paragraphs),
            "sentence_count": len(self.sentences),
            "body": self.body,
            "paragraphs": [{"index": p.index, "start": p.start, "end": p.end} for p in self.paragraphs],
            "sentences": [
                {"index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text} for s in self.sentences
            ],
            "quotes": [
                {
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "first_paragraph": q.first_paragraph,
                    "last_paragraph": q.last_paragraph,
                    "closed": q.closed,
                    "kind": q.kind,
                }
                for q in self.quotes
            ],
            "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in self.removed],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------------------------
# Reading the source


_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_PATH_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md", ".xhtml")
_MAX_PATH_LENGTH = 1024


def load_article(
    source: str | bytes | os.PathLike[str],
    *,
    headline: str | None = None,
    name: str | None = None,
) -> Article:
    """Read ``source`` and cut it into an :class:`Article`.

    ``source`` is a path (``pathlib.Path``, or a short ``str`` naming an existing file), raw bytes,
    or the text itself (plain page text or HTML). When ``headline`` is given the whole text is
    body: no headline, byline or caption detection (boilerplate lines are still removed).

    Raises a subclass of :class:`~analysis.errors.AnalysisError` with a one-line message for a
    missing path, a directory, a URL, binary data, an empty page, text with no prose, or a
    non-English text.
    """
    data, text, source_name = _read_source(source)
    if name is not None:
        source_name = name
    if data is not None:
        text, encoding, warnings = _decode(data)
        digest = hashlib.sha256(data).hexdigest()
    else:
        assert text is not None
        encoding, warnings = "utf-8", []
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    _refuse_binary(text)
    text = _normalise_text(text)
    if not text.strip():
        raise EmptyArticleError(
            "the input is empty or only white space: there is no article to analyse; check that the page was saved completely"
        )
    stripped = text.strip()
    if _URL.match(stripped) and not any(ch.isspace() for ch in stripped):
        # A file (or bytes) holding only a link, e.g. a saved bookmark: refused like a URL argument.
        raise UnreadableInputError(
            f"the input is only a URL ({stripped[:200]}): this tool never fetches pages; save the page and pass the file"
        )
    source_format = "text"
    removed: list[RemovedLine] = []
    parts: dict[str, str | None] = {}
    if _looks_like_html(text):
        source_format = "html"
        text, parts = _extract_html(text)
        warnings.append("input is HTML: the article was extracted with trafilatura")
    blocks = _blocks(text)
    if source_format == "html" and parts.get("headline") and blocks and _same_text(blocks[0][1], parts["headline"]):
        blocks = blocks[1:]
    body_blocks, head, removed_lines = _classify(blocks, detect_head=headline is None and source_format == "text")
    removed.extend(removed_lines)
    if headline is not None:
        head["headline"] = headline.strip() or None
    for key, value in parts.items():
        if value and not head.get(key):
            head[key] = value
    paragraphs_text = [p for p in body_blocks if p]
    if not paragraphs_text:
        raise EmptyArticleError(
            "no article body found: every line was boilerplate, a headline or a caption; "
            "pass headline=… (or --lexicons) if article lines were cut"
        )
    body, paragraphs, sentences = _build_body(paragraphs_text)
    if not any(any(ch.isalpha() for ch in s.text) for s in sentences):
        raise NoProseError("the text has no words, only numbers or symbols: there is no prose to analyse; pass the article's text")
    _check_english(body)
    return Article(
        headline=head.get("headline"),
        byline=head.get("byline"),
        dateline=head.get("dateline"),
        caption=head.get("caption"),
        caption_credit=head.get("caption_credit"),
        body=body,
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=find_quotes(body, paragraphs),
        removed=tuple(removed),
        sha256=digest,
        source_name=source_name,
        source_format=source_format,
        encoding=encoding,
        warnings=tuple(warnings),
    )


def path_argument(argument: str) -> Path:
    """A command-line argument that must name a file: refuse URLs in one line, else a Path."""
    if _URL.match(argument.strip()):
        raise UnreadableInputError(f"{argument.strip()} is a URL: this tool never fetches pages; save the page and pass the file")
    return Path(argument)


def _read_source(source: str | bytes | os.PathLike[str]) -> tuple[bytes | None, str | None, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None, None
    if isinstance(source, os.PathLike):
        return _read_path(Path(source)), None, Path(source).name
    if not isinstance(source, str):
        raise UnreadableInputError(f"cannot read a {type(source).__name__}: pass a path, a str of article text, or bytes")
    candidate = source.strip()
    if "\n" not in candidate and len(candidate) <= _MAX_PATH_LENGTH:
        if _URL.match(candidate):
            raise UnreadableInputError(f"{candidate} is a URL: this tool never fetches pages; save the page and pass the file")
        try:
            exists = bool(candidate) and os.path.exists(candidate)
        except (OSError, ValueError):
            exists = False
        if exists:
            return _read_path(Path(candidate)), None, Path(candidate).name
        if candidate.lower().endswith(_PATH_SUFFIXES) and " " not in candidate:
            raise InputNotFoundError(f"no such file: {candidate}")
    return None, source, None


def _read_path(path: Path) -> bytes:
    if path.is_dir():
        raise InputNotFoundError(f"{path.name or path} is a directory: pass one article file (or use `corpus` for a folder)")
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputNotFoundError(f"no such file: {path}") from error
    except PermissionError as error:
        raise InputNotFoundError(f"cannot read {path}: permission denied") from error
    except OSError as error:
        raise InputNotFoundError(f"cannot read {path}: {error.strerror or error}") from error


_NUL_MESSAGE = "the input holds NUL bytes: it is a binary file, not article text; pass the article as a .txt or .html file"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes: a BOM wins, then strict UTF-8, then Windows-1252 (said in a warning)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as error:
                raise UnreadableInputError(
                    f"the file starts with a {encoding} byte-order mark but is not valid {encoding}: re-save it as UTF-8"
                ) from error
    if b"\x00" in data[:4096]:
        raise UnreadableInputError(_NUL_MESSAGE)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        encoding = "windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    return text, encoding, [f"input is not UTF-8: decoded as {encoding}; check accented letters and quotation marks"]


def _refuse_binary(text: str) -> None:
    sample = text[:20000]
    if "\x00" in sample:
        raise UnreadableInputError(_NUL_MESSAGE)
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > 0.01:
        raise UnreadableInputError(
            f"the input does not look like text ({controls} control characters in the first {len(sample)}): is it a binary file? "
            "Pass the article as a .txt or .html file"
        )


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def _normalise_text(text: str) -> str:
    """Unify line endings and drop zero-width characters; typography (curly quotes) is kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_ZERO_WIDTH).replace("\u00a0", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", text)


# Comments are matched without ``.*?`` (which could run over one comment's end into the next and
# made a page of many comments exponential): a comment's text is non-dashes or a dash not opening "-->".
_HTML_START = re.compile(
    r"^\s*+(?:<\?xml[^>]*+>\s*+)?(?:<!--(?:[^-]++|-(?!->))*+-->\s*+)*+<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|article|section|header|footer|nav|main|table|tr|td|img|meta|link|script|style|figure|figcaption)\b[^<>]{0,400}>",
    re.IGNORECASE,
)


def _looks_like_html(text: str) -> bool:
    head = text[:2000]
    if _HTML_START.match(head):
        return True
    sample = text[:50000]
    tags = len(_HTML_TAG.findall(sample))
    return tags >= 8 or (tags >= 3 and sample.lstrip().startswith("<"))


def _extract_html(html: str) -> tuple[str, dict[str, str | None]]:
    import trafilatura  # imported lazily: plain-text users do not pay its import time

    document = trafilatura.bare_extraction(
        html,
        favor_precision=True,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        deduplicate=False,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise EmptyArticleError(
            "no article text found in the HTML page (trafilatura extracted nothing): save the article's text as a .txt file"
        )
    author = getattr(document, "author", None)
    parts: dict[str, str | None] = {
        "headline": getattr(document, "title", None) or None,
        "byline": f"By {author}" if author else None,
        "dateline": getattr(document, "date", None) or None,
    }
    # trafilatura puts one paragraph per line; make them blank-line separated.
    return "\n\n".join(line.strip() for line in _normalise_text(text).split("\n") if line.strip()), parts


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# --------------------------------------------------------------------------------------------
# Cutting the page into parts


def _blocks(text: str) -> list[tuple[int, str]]:
    """Split text into (first line number, paragraph text) blocks.

    Blocks are separated by blank lines. Inside a block, lines are separate paragraphs when they
    read like paragraphs (a line ends a sentence, or lines are long); hard-wrapped prose (short
    lines that stop mid-sentence) is joined with spaces.
    """
    blocks: list[tuple[int, str]] = []
    lines = text.split("\n")
    current: list[tuple[int, str]] = []

    def flush() -> None:
        if not current:
            return
        texts = [t for _, t in current]
        wrapped = len(texts) > 1 and all(len(t) <= 100 for t in texts) and not all(_ends_sentence(t) for t in texts[:-1])
        if wrapped:
            blocks.append((current[0][0], " ".join(texts)))
        else:
            blocks.extend(current)
        current.clear()

    for number, line in enumerate(lines, start=1):
        stripped = " ".join(line.split())
        if stripped:
            current.append((number, stripped))
        else:
            flush()
    flush()
    return blocks


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"”’'»)] ").endswith((".", "!", "?", "…", ":")) or not line[-1:].isalnum()


@lexicon_cache
def _boilerplate_rules() -> tuple[int, tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]]:
    data = load_lexicon("boilerplate")
    max_words = int(data["meta"]["max_words"])
    rules = []
    for name, table in data.items():
        if name == "meta":
            continue
        rules.append(
            (
                str(table["reason"]),
                frozenset(p.casefold() for p in table.get("exact", [])),
                tuple(p.casefold() for p in table.get("prefix", [])),
            )
        )
    return max_words, tuple(rules)


_EDGE_PUNCTUATION = " .,:;!?|·•–—-*#>»«\"“”'’()[]"


def boilerplate_reason(line: str) -> str | None:
    """The reason ``line`` is page furniture, or None if it may be article text."""
    max_words, rules = _boilerplate_rules()
    if len(line.split()) > max_words:
        return None
    key = line.casefold().strip(_EDGE_PUNCTUATION)
    if not key:
        return "no letters or digits"
    for reason, exact, prefixes in rules:
        if key in exact or any(key.startswith(p) or line.casefold().startswith(p) for p in prefixes):
            return reason
    return None


@lexicon_cache
def _part_rules() -> dict[str, Any]:
    data = load_lexicon("article_parts")
    agencies = sorted(data["agencies"], key=len, reverse=True)
    agency_alternation = "|".join(re.escape(a) for a in agencies)
    return {
        "byline": tuple(data["byline_prefixes"]),
        "date_prefixes": tuple(data["date_prefixes"]),
        "caption_prefixes": tuple(data["caption_prefixes"]),
        "agency": re.compile(rf"(?:^|[\s,/(]){'(?:' + agency_alternation + ')'}(?:$|[\s,/)])", re.IGNORECASE),
        "credit_suffix": re.compile(
            r"\s*[(\[]?\s*(?:(?:" + "|".join(data["caption_credit_suffix_words"]) + r")\s*(?:credit)?\s*[:/]\s*)"
            r"([^()\[\]]{2,80}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        ),
        "agency_suffix": re.compile(rf"\s*[(\[]((?:[^()\[\]]{{0,60}}/\s*)?(?:{agency_alternation})(?:\s*/[^()\[\]]{{0,60}})?)[)\]]\s*$"),
        "function_words": frozenset(data["english_function_words"]),
        "english_share": float(data["english_function_word_share"]),
    }


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    # Up to six more words. Each word is taken whole (possessive): ``(?:[\s,.]+\S+){0,6}`` could
    # split "a.b.c" at every dot and took minutes on a 200-character first line.
    rf"(?=[\s,.]|$)(?:\s*+\S++){{0,6}}+$"
)
# "WASHINGTON (AFP) - ", "BEIRUT, June 16 (Reuters) — ", "LONDON — ": a wire dateline before the lede.
_WIRE_DATELINE = re.compile(
    r"^((?:[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3})"  # the place, in capitals
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?"  # an optional date: ", June 16"
    r"(?:\s+\([A-Za-z][\w .&/-]{1,30}\))?)"  # an optional agency: "(AFP)"
    r"\s*[-–—]{1,2}\s+(?=\S)"
)


def _is_byline(line: str) -> bool:
    lower = line.casefold()
    words = line.split()
    for prefix in _part_rules()["byline"]:
        if lower.startswith(prefix) and len(words) <= 12:
            rest = line[len(prefix) :].lstrip()
            return bool(rest) and rest[0].isupper() and not _ends_with_period_sentence(rest)
    return False


def _ends_with_period_sentence(text: str) -> bool:
    return len(text.split()) > 6 and text.endswith(".")


def _is_dateline(line: str) -> bool:
    lower = line.casefold()
    if any(lower.startswith(p) for p in _part_rules()["date_prefixes"]) and len(line.split()) <= 12 and re.search(r"\d", line):
        return True
    return bool(_DATE_LINE.match(line))


def _caption(line: str) -> tuple[str, str | None] | None:
    """Return (caption text, credit) when ``line`` has a photo-caption shape."""
    rules = _part_rules()
    lower = line.casefold()
    for prefix in rules["caption_prefixes"]:
        if lower.startswith(prefix):
            return line[len(prefix) :].strip(" )"), None
    if " | " in line:
        credit, _, text = line.partition(" | ")
        credit_words = credit.split()
        credit_shaped = 1 <= len(credit_words) <= 8 and len(text.split()) >= 3 and not credit.rstrip().endswith(".")
        names_credit = rules["agency"].search(credit) or all(w[:1].isupper() or not w[:1].isalpha() for w in credit_words)
        if credit_shaped and names_credit:
            return text.strip(), credit.strip()
        # The reverse order, "text | Getty Images": a short agency credit after the bar.
        caption_text, _, trailing = line.rpartition(" | ")
        if len(trailing.split()) <= 6 and rules["agency"].search(trailing) and len(caption_text.split()) >= 3:
            return caption_text.strip(), trailing.strip()
    suffix = rules["credit_suffix"].search(line)
    if suffix and suffix.start() > 0 and len(line.split()) >= 4:
        return line[: suffix.start()].strip(), suffix.group(1).strip()
    agency = rules["agency_suffix"].search(line)
    if agency and agency.start() > 0 and len(line.split()) >= 4:
        return line[: agency.start()].strip(), agency.group(1).strip()
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 30 and not line.rstrip("\"”’' ").endswith((".", ":", ";", ","))


def _classify(blocks: list[tuple[int, str]], *, detect_head: bool) -> tuple[list[str], dict[str, str | None], list[RemovedLine]]:
    """Sort blocks into boilerplate, head parts (headline, byline, dateline, caption) and body."""
    removed: list[RemovedLine] = []
    head: dict[str, str | None] = {}
    body: list[str] = []
    for number, line in blocks:
        reason = boilerplate_reason(line)
        if reason is not None:
            removed.append(RemovedLine(number, line, reason))
            continue
        caption = _caption(line)
        if caption is not None:
            if head.get("caption") is None:
                head["caption"], head["caption_credit"] = caption
            else:
                removed.append(RemovedLine(number, line, "further photo caption"))
            continue
        in_head = detect_head and not body
        if in_head and head.get("byline") is None and _is_byline(line):
            head["byline"] = line
            continue
        if in_head and head.get("dateline") is None and _is_dateline(line):
            head["dateline"] = line
            continue
        if in_head and head.get("headline") is None and _looks_like_headline(line):
            head["headline"] = line
            continue
        if in_head and head.get("headline") is not None and _is_byline(line):
            head["byline"] = line
            continue
        body.append(line)
    if body:
        match = _WIRE_DATELINE.match(body[0])
        if match and sum(ch.isupper() for ch in match.group(1)) >= 3:
            wire = match.group(1).strip()
            head["dateline"] = f"{head['dateline']} · {wire}" if head.get("dateline") else wire
            body[0] = body[0][match.end() :]
    return body, head, removed


def _build_body(paragraph_texts: list[str]) -> tuple[str, tuple[Paragraph, ...], tuple[Sentence, ...]]:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for index, text in enumerate(paragraph_texts):
        paragraphs.append(Paragraph(index, offset, offset + len(text), text))
        for start, end in split_sentences(text):
            sentences.append(Sentence(len(sentences), index, offset + start, offset + end, text[start:end]))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return PARAGRAPH_SEPARATOR.join(paragraph_texts), tuple(paragraphs), tuple(sentences)


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _check_english(body: str) -> None:
    rules = _part_rules()
    words = [w.lower() for w in _WORD.findall(body[:200000])]
    total = len(body[:200000].split())
    if total < 30:
        return
    share = sum(1 for w in words if w in rules["function_words"]) / total
    if share < rules["english_share"]:
        raise NotEnglishError(
            f"the text does not look like English ({share:.0%} common English words, English news has about 40%): "
            "every measure here is English-only; pass an English article"
        )


# --------------------------------------------------------------------------------------------
# Quotation marks

_OPEN = {"“": "double", "«": "guillemet", "‘": "single", "„": "double"}
_CLOSE = {"”": "double", "»": "guillemet", "’": "single"}
_QUOTE_CHAR = re.compile("[“”«»‘’„\"']")


@dataclass
class _OpenQuote:
    mark_start: int
    start: int
    paragraph: int
    kind: str


def find_quotes(body: str, paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteSpan, ...]:
    """Find quotation spans in ``body`` (see :class:`QuoteSpan` for the rules).

    Straight double marks (") open when they stand before a word and close otherwise. A curly
    right single mark (’) is an apostrophe unless a single quote is open and the mark is not
    followed by a letter, so possessives (``Syria’s``, ``residents'``) never break the parser.
    A straight single mark (') opens a quote only after a space and before a letter, with no quote
    open, and closes only an open single quote before a space or punctuation; otherwise it is an
    apostrophe (``don't``, ``residents'``, ``'90s``). Single quotes nested inside a double quote
    belong to it.
    """
    spans: list[QuoteSpan] = []
    current: _OpenQuote | None = None

    def close(quote: _OpenQuote, end: int, mark_end: int, last_paragraph: int, closed: bool) -> None:
        inner_end = end
        while inner_end > quote.start and body[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > quote.start:
            spans.append(
                QuoteSpan(
                    start=quote.start,
                    end=inner_end,
                    mark_start=quote.mark_start,
                    mark_end=mark_end if closed else inner_end,
                    text=body[quote.start : inner_end],
                    first_paragraph=quote.paragraph,
                    last_paragraph=last_paragraph,
                    closed=closed,
                    kind=quote.kind,
                )
            )

    for paragraph in paragraphs:
        if current is not None:
            first = body[paragraph.start : paragraph.start + 1]
            continues = (current.kind == "double" and first in ("“", '"', "„")) or (current.kind == "guillemet" and first == "«")
            if not continues:
                previous = paragraphs[paragraph.index - 1]
                close(current, previous.end, previous.end, previous.index, closed=False)
                current = None
        skip_opening_at = paragraph.start if current is not None else -1
        for match in _QUOTE_CHAR.finditer(body, paragraph.start, paragraph.end):
            position = match.start()
            if position == skip_opening_at:
                continue  # the opening mark of a continued quotation
            mark = match.group(0)
            before = body[position - 1] if position > paragraph.start else " "
            after = body[position + 1] if position + 1 < paragraph.end else " "
            if mark == '"':
                opening = current is None and (before.isspace() or before in "([—–-/") and not after.isspace()
                if current is None and not opening and not after.isspace() and after.isalnum():
                    opening = True
                mark = "“" if opening else "”"
            elif mark == "'":
                # Straight single marks are apostrophes unless they open before a letter after a
                # space (no quote open) or close an open single quote before a space or punctuation.
                if current is None and (before.isspace() or before in "([—–") and after.isalpha():
                    mark = "‘"
                elif current is not None and current.kind == "single" and not before.isspace() and not after.isalnum():
                    mark = "’"
                else:
                    continue
            if mark in _OPEN and not (mark == "‘" and before.isalnum()):
                kind = _OPEN[mark]
                if current is not None and kind == "single" and current.kind != "single":
                    continue  # a quote inside a quote belongs to the outer one
                if current is not None and kind == current.kind:
                    close(current, position, position, paragraph.index, closed=False)
                if current is None or kind == current.kind:
                    current = _OpenQuote(position, position + 1, paragraph.index, kind)
            elif mark in _CLOSE and current is not None and _CLOSE[mark] == current.kind:
                if mark == "’" and (after.isalpha() or position == current.start):
                    continue  # an apostrophe: won’t, Syria’s
                close(current, position, position + 1, paragraph.index, closed=True)
                current = None
    if current is not None and paragraphs:
        last = paragraphs[-1]
        close(current, last.end, last.end, last.index, closed=False)
    return tuple(spans)

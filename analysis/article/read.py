"""Reading the source: a path, bytes or a str → decoded, normalised page text (HTML extracted).

A short ``str`` naming an existing file is read as that file; a URL is refused (this tool never
fetches pages). Bytes are decoded (a BOM wins; then UTF-16 without a BOM when its NULs say so, and
strict UTF-8; then Windows-1252; a decoding other than a BOM's or UTF-8 is said in a warning). A
document format known by its signature (a PDF, RTF, zip/Office document, image), other binary
data, an empty page and a page holding only a link are refused with one-line messages. Typography
(curly quotes) is kept; line endings are unified and zero-width characters dropped.

HTML (a file, bytes, or HTML handed in as a string) goes through trafilatura's main-content
extraction first (:mod:`analysis.article.html`: precision mode, hover cards removed, inline link
text restored).
The page text (for HTML, the extracted text) is then checked to be prose
(:func:`~analysis.article.language.check_prose_shape`): data, code and word dumps are refused.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from analysis.article.html import extract_html
from analysis.article.language import check_prose_shape
from analysis.errors import EmptyArticleError, InputNotFoundError, UnreadableInputError

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_PATH_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md", ".xhtml")
_MAX_PATH_LENGTH = 1024


@dataclass(frozen=True)
class Source:
    """The page as text, ready to be cut into parts, and where it came from."""

    text: str  # normalised; for HTML, the extracted main text, one paragraph per block
    sha256: str  # of the bytes as given (of the UTF-8 text for a str)
    source_name: str | None
    source_format: str  # "text" or "html"
    encoding: str
    warnings: tuple[str, ...]
    # What trafilatura found in an HTML page's metadata: "headline", "byline", "dateline".
    parts: dict[str, str | None] = field(default_factory=dict)


def read_source(source: str | bytes | os.PathLike[str], *, name: str | None = None) -> Source:
    """Read, decode and normalise ``source``; extract the article text of an HTML page.

    Raises :class:`~analysis.errors.InputNotFoundError` for a missing path or a directory, and
    :class:`~analysis.errors.UnreadableInputError` or :class:`~analysis.errors.EmptyArticleError`
    for a URL, binary data or an empty page, and :class:`~analysis.errors.NoProseError` for data,
    code, markup or a word dump.
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
    parts: dict[str, str | None] = {}
    if _looks_like_html(text):
        source_format = "html"
        text, parts = _extract_html(text)
        warnings.append("input is HTML: the article was extracted with trafilatura")
    check_prose_shape(text)
    return Source(text, digest, source_name, source_format, encoding, tuple(warnings), parts)


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


# Said of any file, whatever its name: a .txt file holding binary data is the common case.
_NUL_MESSAGE = (
    "the input holds NUL bytes: it is a binary file, not article text; "
    "save the article's text as plain text (UTF-8) or the page as HTML and pass that"
)

# File signatures ("magic numbers") of the documents people most often mistake for article text,
# each with what the file is and what to do. A signature is certain where a byte heuristic is not,
# and a PDF written without compression (``%PDF-1.4`` then ``obj``/``stream`` in plain ASCII) has no
# NUL or control byte to give it away: it would otherwise be analysed as prose.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file (it starts with %PDF-), not article text: extract its text first (e.g. with pdftotext) and pass that"),
    (b"{\\rtf", "an RTF document (it starts with {\\rtf), not plain text: save it as plain text (UTF-8) and pass that"),
    (b"PK\x03\x04", "a zip archive (a .docx, .odt or .epub document is one), not article text: save the text as plain text (UTF-8)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office document, not article text: save it as plain text (UTF-8) and pass that"),
    (b"\x1f\x8b", "a gzip-compressed file, not article text: decompress it first"),
    (b"\x89PNG", "a PNG image, not article text: pass the article's text"),
    (b"\xff\xd8\xff", "a JPEG image, not article text: pass the article's text"),
    (b"GIF87a", "a GIF image, not article text: pass the article's text"),
    (b"GIF89a", "a GIF image, not article text: pass the article's text"),
)


def _refuse_known_format(head: bytes) -> None:
    """Refuse a document format named by its signature at the start (after white space)."""
    head = head.lstrip(b" \t\r\n")
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            raise UnreadableInputError(f"the input is {what}")


# UTF-16 without a byte-order mark: text in the Latin, Greek or Cyrillic blocks has a NUL in every
# high byte, so NULs fill one byte parity and are absent from the other. Binary data (a compressed
# PDF, an image) has NULs at both parities; a stray NUL in UTF-8 text does not fill half the bytes.
_UTF16_MIN_BYTES = 64
_UTF16_NUL_SHARE = 0.3  # of the bytes at the NUL parity (English text in UTF-16: about 1.0)


def _utf16_without_bom(data: bytes) -> str | None:
    """The name of the UTF-16 byte order ``data`` is written in, when it reliably is one."""
    sample = data[:4096]
    if len(sample) < _UTF16_MIN_BYTES:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    # A rare character such as U+0100 puts a NUL at the other parity: allow 1 in 100.
    if odd >= _UTF16_NUL_SHARE * half and even <= odd // 100:
        encoding = "utf-16-le"
    elif even >= _UTF16_NUL_SHARE * half and odd <= even // 100:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding if "\x00" not in text else None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes: a BOM wins, then UTF-16 without a BOM (said in a warning) when NULs fill one
    byte parity, then strict UTF-8, then Windows-1252 (said in a warning)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as error:
                raise UnreadableInputError(
                    f"the file starts with a {encoding} byte-order mark but is not valid {encoding}: re-save it as UTF-8"
                ) from error
    _refuse_known_format(data[:64])
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise UnreadableInputError(_NUL_MESSAGE)
        byte_order = "little" if utf16.endswith("le") else "big"
        return data.decode(utf16), utf16, [f"input is UTF-16 ({byte_order}-endian) without a byte-order mark: decoded as {utf16}"]
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


# Control (Cc, minus the white-space controls), surrogate (Cs) and private-use (Co) characters,
# as one character class: counting them with a regex instead of ``unicodedata.category`` per
# character took 3 ms on every 20 kB page. The ranges are Unicode's (stable for these categories);
# tests/test_article.py checks them against ``unicodedata`` over every code point.
_CONTROL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f" + chr(0xD800) + "-" + chr(0xF8FF) + "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)

# The part of that class an ASCII text can hold, for an ASCII sample (str.isascii reads a flag, no
# scan): the whole class, whose ranges reach U+10FFFD, costs several times as much per character.
_ASCII_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _refuse_binary(text: str) -> None:
    _refuse_known_format(text[:64].encode("utf-8", "surrogatepass"))  # a PDF's text handed in as a str
    sample = text[:20000]
    if "\x00" in sample:
        raise UnreadableInputError(_NUL_MESSAGE)
    # A sample printable but for its line breaks holds none of _CONTROL's characters (controls,
    # surrogates and private-use characters are all unprintable): one C pass with no regular
    # expression, which the character class cost at every character of every page (round 20).
    printable = sample.replace("\n", " ").isprintable()
    controls = 0 if printable else len((_ASCII_CONTROL if sample.isascii() else _CONTROL).findall(sample))
    if sample and controls / len(sample) > 0.01:
        raise UnreadableInputError(
            f"the input does not look like text ({controls} control characters in the first {len(sample)}): is it a binary file? "
            "Pass the article as a .txt or .html file"
        )


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def _normalise_text(text: str) -> str:
    """Unify line endings and drop zero-width characters; typography (curly quotes) is kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    for mark in _ZERO_WIDTH:  # a search per mark: str.translate with a table cost 0.2 ms per page
        if mark in text:
            text = text.replace(mark, "")
    text = text.replace("\u00a0", " ").replace("\t", " ")
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
    text, parts = extract_html(html)
    # One paragraph per line; make them blank-line separated.
    return "\n\n".join(line.strip() for line in _normalise_text(text).split("\n") if line.strip()), parts

"""Files that are not article text, named by what they are (new-user trial 7, B1/B2): a PDF (with
or without compression), other document formats known by their signature, binary data; and UTF-16
text without a byte-order mark, which is decoded because its NULs say so reliably."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from analysis import load_article
from analysis.cli import main
from analysis.errors import UnreadableInputError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bad_inputs import PROSE, ascii_pdf

STORY = "Council closes the library\n\nThe council voted on Monday to close the library, the mayor said.\n\n" + PROSE


def test_uncompressed_pdf_renamed_txt_is_refused_as_a_pdf(tmp_path: Path, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(ascii_pdf())
    assert b"\x00" not in path.read_bytes()  # nothing but the signature gives it away
    assert main(["analyze", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: the input is a PDF file (it starts with %PDF-), not article text: extract its text first (e.g. with pdftotext) "
        "and pass that\n"
    )


def test_compressed_pdf_is_named_a_pdf_not_a_binary_file() -> None:
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode /Length 40 >>\nstream\nx\x9c\x00\x01\x02\x00\xff\nendstream"
    with pytest.raises(UnreadableInputError, match=r"^the input is a PDF file"):
        load_article(data)
    with pytest.raises(UnreadableInputError, match=r"^the input is a PDF file"):
        load_article(ascii_pdf().decode("ascii"))  # the same as a str


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Word/Office document"),
        (b"{\\rtf1\\ansi The council voted on Monday.}", "an RTF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ],
)
def test_other_document_formats_are_named(data: bytes, named: str) -> None:
    with pytest.raises(UnreadableInputError, match=f"^the input is {named}"):
        load_article(data)


def test_a_signature_inside_the_text_or_a_word_like_it_is_not_refused() -> None:
    # Does not over-fire: "%PDF-" inside a story, or a story opening with "PK" or "GIF", is text.
    inside = load_article("Leaked file traced to printer\n\nThe document began with %PDF-1.4, the expert said, as all such files do.")
    assert inside.headline == "Leaked file traced to printer"
    opening = load_article(b"PK Subban retires after 14 seasons\n\nPK Subban said on Monday that he would retire, his agent said.")
    assert opening.headline == "PK Subban retires after 14 seasons"
    gif = load_article("GIF8 maker sold\n\nThe company behind the GIF8 app was sold on Monday, its founder said.")
    assert gif.headline == "GIF8 maker sold"


@pytest.mark.parametrize(("encoding", "order"), [("utf-16-le", "little"), ("utf-16-be", "big")])
def test_utf16_without_bom_is_decoded_like_the_utf8_file(encoding: str, order: str) -> None:
    text = STORY.replace("library,", "library — “a sad day,”")  # a dash and curly quotes: high bytes not NUL
    article = load_article(text.encode(encoding))
    utf8 = load_article(text.encode("utf-8"))
    assert article.body == utf8.body and article.headline == utf8.headline
    assert article.encoding == encoding
    assert article.warnings == (f"input is UTF-16 ({order}-endian) without a byte-order mark: decoded as {encoding}",)


def test_utf16_without_bom_through_the_cli_gives_the_utf8_figures(tmp_path: Path, capsys) -> None:
    outputs = []
    for name, data in (("utf16", STORY.encode("utf-16-le")), ("utf8", STORY.encode("utf-8"))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "story.txt").write_bytes(data)
        assert main(["analyze", str(tmp_path / name / "story.txt"), "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    utf16, utf8 = outputs
    assert '"encoding": "utf-16-le"' in utf16 and '"encoding": "utf-8"' in utf8
    # Only the hash of the bytes, the encoding and the decoding warning differ.
    differing = {line.strip() for line in set(utf16.splitlines()) ^ set(utf8.splitlines())}
    allowed = ('"sha256"', '"input_sha256"', '"encoding"', '"input is UTF-16', '"warnings"', "]")
    assert all(line.startswith(allowed) for line in differing), differing


@pytest.mark.parametrize(
    "data",
    [
        b"Some article text\x00with a NUL byte in it" * 4,  # a stray NUL in UTF-8 text: NULs at both parities
        bytes(range(256)) * 20,  # binary data: NULs at both parities
        "Council closes".encode("utf-16-le"),  # too short (28 bytes) to tell UTF-16 from binary
        b"\x00A" * 40 + b"\x00",  # NULs at even positions, but an odd length: not UTF-16
    ],
)
def test_binary_data_is_still_refused_with_a_message_for_any_file_name(data: bytes) -> None:
    with pytest.raises(UnreadableInputError) as caught:
        load_article(data)
    message = str(caught.value)
    assert message.startswith("the input holds NUL bytes: it is a binary file") and ".txt" not in message

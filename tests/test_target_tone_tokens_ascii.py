"""The target-tone tokeniser's ASCII pattern (a speed path) gives the same tokens as the general one."""

from __future__ import annotations

import itertools

from analysis.sentiment.target_tokens import _SPLIT_ASCII, _SPLIT_NO_NT

ASCII = [chr(i) for i in range(128)]


def test_every_pair_of_ascii_characters_splits_alike() -> None:
    for pair in itertools.product(ASCII, repeat=2):
        text = "".join(pair)
        assert _SPLIT_ASCII.split(text) == _SPLIT_NO_NT.split(text), repr(text)


def test_sentences_split_alike() -> None:
    texts = [
        "U.S.-backed forces took the town's 3,000.5 acres -- again.",
        "'ve 's 're' x's a'sb a 's word_1 x..y a-.b \x1c\x1fend\x0b",
        '"It is a hoax," said Smith (D-CA); she\'d seen it, they\'ll say.',
    ]
    for text in texts:
        assert _SPLIT_ASCII.split(text) == _SPLIT_NO_NT.split(text), text

"""A page that is a notice to the reader, not an article: a cookie-consent or privacy wall.

Scrapers save such a page when a site shows its consent dialog instead of the story. Its sentences
address the reader ("We and our partners store and/or access information on a device, such as
cookies"; "you can change your choices"), which news about cookies or privacy, written in the third
person, does not. The words are data (``[consent_notice]`` of ``boilerplate.toml``).
"""

from __future__ import annotations

import re

from analysis.article.sentences import split_sentences
from analysis.lexicons import lexicon_cache, load_lexicon

_WORD = re.compile(r"[a-z]+(?:[/-][a-z]+)*")


@lexicon_cache
def _notice_words() -> tuple[re.Pattern[str], frozenset[str], float, int]:
    table = load_lexicon("boilerplate")["consent_notice"]
    terms = sorted((str(t).lower() for t in table["terms"]), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b")
    reader_words = frozenset(str(w).lower() for w in table["reader_words"])
    return pattern, reader_words, float(table["min_share"]), int(table["max_words"])


def consent_notice(paragraphs: list[str]) -> str | None:
    """Why the body is a consent or privacy notice (one clause, for the error), or None.

    It is one when the page has at most ``max_words`` words and at least two sentences, and at
    least ``min_share`` of them, name a consent term and address the reader in the same sentence."""
    terms, reader_words, min_share, max_words = _notice_words()
    if _more_words_than(paragraphs, max_words):
        return None
    # A term a sentence names stands in its paragraph with the same neighbours (a sentence is cut at
    # white space), so a page that names none is no notice: most short news, not cut into sentences here.
    if not any(terms.search(p.lower()) for p in paragraphs):
        return None
    sentences = [p[start:end].lower() for p in paragraphs for start, end in split_sentences(p)]
    if len(sentences) < 2:
        return None
    needed = max(2, min_share * len(sentences))
    addressed = 0
    for done, sentence in enumerate(sentences):
        if addressed + len(sentences) - done < needed:
            return None  # (the sentences left cannot reach the share: news stops here, half-way at most)
        addressed += bool(terms.search(sentence) and reader_words & set(_WORD.findall(sentence)))
    if addressed < needed:
        return None
    return (f"the page is a cookie-consent or privacy notice ({addressed} of {len(sentences)} sentences "
            "address the reader about cookies, personal data or consent)")


def _more_words_than(paragraphs: list[str], limit: int) -> bool:
    """Whether ``paragraphs`` hold more than ``limit`` words in all: each is split only up to the
    words still allowed (``maxsplit``), so an article's paragraphs are not all cut into words."""
    left = limit
    for paragraph in paragraphs:
        left -= len(paragraph.split(maxsplit=left))  # (at most left + 1 parts: one past the limit says enough)
        if left < 0:
            return True
    return False

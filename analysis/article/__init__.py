"""Raw page text or HTML → a clean, frozen :class:`Article`.

Every measure reads the same :class:`Article`, so the page is cut once here, in stages:

* :mod:`~analysis.article.read`: the path, bytes or str is read and decoded (binary data, URLs and
  empty pages refused); HTML goes through trafilatura's main-content extraction first;
* :mod:`~analysis.article.clean`: boilerplate lines (navigation, error-page, share/subscribe,
  advertising, legal and credit lines) are removed with a reason, then the headline, byline,
  dateline and photo caption are taken from the head of the page, and what is left is the body.
  Rules are general and their phrase lists are data (``lexicons/boilerplate.toml``,
  ``lexicons/article_parts.toml``); nothing here knows the seed;
* :mod:`~analysis.article.shifted_quotes`: opening quotation marks glued to the sentence before (a
  text that lost its paragraph breaks) are put back, with a warning;
* :mod:`~analysis.article.sentences`: the body paragraphs are joined and split into sentences;
* :mod:`~analysis.article.language`: a body with no words, or not in English, is refused;
* :mod:`~analysis.article.quotes`: the quotation spans are found.

Offsets: every ``start``/``end`` on a paragraph, sentence or quote is a character offset into
:attr:`Article.body`, in which paragraphs are joined by one blank line (``"\\n\\n"``).
"""

from __future__ import annotations

import os

from analysis.article.clean import boilerplate_reason, cut_page
from analysis.article.language import check_prose
from analysis.article.model import PARAGRAPH_SEPARATOR, Article, Paragraph, QuoteSpan, RemovedLine, Sentence, Tokens, word_tokens
from analysis.article.paragraph_breaks import lost_breaks_warning
from analysis.article.quotes import find_quotes
from analysis.article.read import path_argument, read_source
from analysis.article.sentences import build_body, split_sentences
from analysis.article.shifted_quotes import repair_paragraphs

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "Article",
    "Paragraph",
    "QuoteSpan",
    "RemovedLine",
    "Sentence",
    "Tokens",
    "boilerplate_reason",
    "build_body",
    "find_quotes",
    "load_article",
    "path_argument",
    "split_sentences",
    "word_tokens",
]


def load_article(
    source: str | bytes | os.PathLike[str],
    *,
    headline: str | None = None,
    name: str | None = None,
) -> Article:
    """Read ``source`` and cut it into an :class:`Article`.

    ``source`` is a path (``pathlib.Path``, or a short ``str`` naming an existing file), raw bytes,
    or the text itself (plain page text or HTML). When ``headline`` is given no headline
    is looked for in the text; a byline and dateline at its top are still taken, as from a text file
    (boilerplate lines are still removed).

    Raises a subclass of :class:`~analysis.errors.AnalysisError` with a one-line message for a
    missing path, a directory, a URL, binary data, an empty page, text with no prose, or a
    non-English text.
    """
    read = read_source(source, name=name)
    page = cut_page(read, headline=headline)
    paragraph_texts, shifted_quotes = repair_paragraphs(page.paragraphs)
    body, paragraphs, sentences = build_body(paragraph_texts)
    check_prose(body, sentences)
    warnings = (*read.warnings, *(w for w in (shifted_quotes, lost_breaks_warning(paragraphs, sentences)) if w))
    return Article(
        headline=page.headline,
        byline=page.byline,
        dateline=page.dateline,
        caption=page.caption,
        caption_credit=page.caption_credit,
        body=body,
        paragraphs=paragraphs,
        sentences=sentences,
        quotes=find_quotes(body, paragraphs),
        removed=page.removed,
        sha256=read.sha256,
        source_name=read.source_name,
        source_format=read.source_format,
        encoding=read.encoding,
        warnings=warnings,
    )

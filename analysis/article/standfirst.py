"""The standfirst of an HTML page: the summary paragraph a news page sets apart above the article text.

Many sites print the story's first sentence, or a summary of it, in an element of its own right
before the text: RT's ``<div class="article__summary">``, the Guardian's ``standfirst``, a ``dek``
or ``intro``. It is part of the article (often the lede itself: "Three people have died during
protests in Bolivia ..."), but trafilatura's precision mode keeps only the text block and drops
it, so the story loses its most important sentence without a word (new-user trial 16, F6).

Rule: an element whose class names a summary (a class word ``summary``, ``standfirst``, ``dek``,
``lede``, ``intro``, ``introduction`` or ``excerpt``), holding prose (eight words or more, ending
as a sentence ends), that comes before the first extracted paragraph in the page and shares a
container with it (their common ancestor at most five levels above the element whose text opens that paragraph), is
put back as the first paragraph, unless its words are already in the extracted text (a summary
repeated in the body) or it is the page's headline.
"""

from __future__ import annotations

import re

# A summary's class word, between separators ("article__summary", "content__standfirst", "c-dek").
_SUMMARY_CLASS = re.compile(r"(?:^|[\s_-])(?:summary|standfirst|dek|lede|intro|introduction|excerpt)(?:$|[\s_-])", re.IGNORECASE)
_SUMMARY_HINT = re.compile(r"class\s*=\s*[\"'][^\"']*(?:summary|standfirst|dek|lede|intro|excerpt)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_MIN_WORDS, _MAX_LEVELS, _PROBE, _PROBE_WORDS = 8, 5, 60, 5


def with_standfirst(html: str, paragraphs: list[str], headline: str | None) -> list[str]:
    """``paragraphs`` with the page's standfirst (see the module docstring) put back right before the
    first paragraph written as a sentence (after a headline or kicker the text opens with), when they lack it."""
    summary = standfirst(html, paragraphs, headline)
    if summary is None:
        return paragraphs
    at = next(k for k, p in enumerate(paragraphs) if _SENTENCE_END.search(p))
    return [*paragraphs[:at], summary, *paragraphs[at:]]


def standfirst(html: str, paragraphs: list[str], headline: str | None) -> str | None:
    """The page's standfirst (see the module docstring) when the extracted ``paragraphs`` lack it, else None."""
    if not paragraphs or not _SUMMARY_HINT.search(html):
        return None  # most pages: no summary element, no parsing
    import lxml.html

    # (the extracted text may open with the headline or a kicker: the first paragraph written as a sentence)
    opening = next((p for p in paragraphs if _SENTENCE_END.search(p)), None)
    if opening is None:
        return None
    tree = lxml.html.document_fromstring(html).body  # (not the <title> of the head)
    if tree is None:
        return None
    order = {element: k for k, element in enumerate(tree.iter())}
    first = _element_holding(tree, opening[:_PROBE])
    if first is None:
        return None
    body_words = {w.lower() for p in paragraphs for w in _WORD.findall(p)}
    headline_key = _key(headline or "")
    for element in tree.iter():
        if not isinstance(element.tag, str) or not _SUMMARY_CLASS.search(element.get("class") or ""):
            continue
        text = " ".join(element.text_content().split())
        words = _WORD.findall(text)
        if len(words) < _MIN_WORDS or not _SENTENCE_END.search(text) or _key(text) == headline_key:
            continue
        if order[element] >= order[first] or element in first.iterancestors() or not _near(element, first):
            continue
        if sum(w.lower() in body_words for w in words) >= 0.8 * len(words):
            continue  # the summary repeats the body's words
        return text
    return None


def _element_holding(tree: object, probe: str) -> object | None:
    """The first element whose own text (not its children's: one pass, linear in the page) opens with
    the first words of the first extracted paragraph."""
    probe_key = " ".join(_key(probe).split()[:_PROBE_WORDS])
    if not probe_key:
        return None
    for element in tree.iter():  # type: ignore[attr-defined]
        if isinstance(element.tag, str) and element.text and _key(element.text[: 4 * len(probe)]).startswith(probe_key):
            return element
    return None


def _near(element: object, first: object) -> bool:
    """Whether ``element`` and ``first`` share an ancestor at most five levels above ``first``."""
    ancestors = list(first.iterancestors())[:_MAX_LEVELS]  # type: ignore[attr-defined]
    return any(a in ancestors for a in element.iterancestors())  # type: ignore[attr-defined]


def _key(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))

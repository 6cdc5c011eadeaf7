"""Embedded social-media posts in a page's text: a tweet embedded in a news page reads, once the
page is reduced to text, as its words in one or more short paragraphs, then a signature paragraph
"— Name (@handle) Month D, YYYY" (the layout Twitter's embed code writes). The words are the
account holder's own, so they are a direct report by the name that signs them, though no quote
mark or verb marks them.

The text is read back from the signature over at most three paragraphs while the words stay within
a tweet's length (280 characters, links shortened; ``_MAX_CHARS`` allows their long forms), and
never past a paragraph that mentions Twitter or a tweet (the reporter's lead-in: "See tweets:",
"turned to Twitter to ..."), one that names the person who signs (the reporter's sentence about
them), or another signature. The paragraph right above the signature is the tweet; one before it
joins only when it breaks off mid-thought ("Council resolves to:"), since a paragraph that ends a
sentence there is the reporter's ("Another user wondered why ...": trial 14 F8).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.sourcing.context import Document

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[^()\n]{1,80}?)\s*\(@\w{1,15}\)\s*" + _MONTHS + r"\s+\d{1,2},\s+\d{4}\s*")
_LEAD_IN = re.compile(r"\b(?:twitter|tweet|tweets|tweeted)\b", re.IGNORECASE)
_PICTURE_LINK = re.compile(r"\s*pic\.twitter\.com/\w+\s*$")  # the link to the tweet's picture, no words
_MAX_CHARS = 320
# A paragraph ending a sentence ("... in the first place.", "... one user quipped."): the embed
# writes the tweet as one paragraph, so only a line broken mid-thought ("Council resolves to:")
# reads as the same tweet's (trial 14 F8).
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")
_MAX_PARAGRAPHS = 3


def embedded_tweets(doc: Document) -> list[tuple[int, tuple[tuple[int, int], ...], tuple[int, int]]]:
    """Each embedded tweet as (its first paragraph, its text spans, the signing name's span)."""
    out: list[tuple[int, tuple[tuple[int, int], ...], tuple[int, int]]] = []
    paragraphs = doc.article.paragraphs
    body = doc.body
    for signature in paragraphs:
        m = _SIGNATURE.fullmatch(body, signature.start, signature.end)
        if m is None or len(m.group("name").split()) > 8:
            continue
        signer = {x.actor for x in doc.mentions_in(m.start("name"), m.end("name")) if x.kind == "person"}
        parts: list[tuple[int, int]] = []
        chars = 0
        for k in range(signature.index - 1, max(-1, signature.index - 1 - _MAX_PARAGRAPHS), -1):
            paragraph = paragraphs[k]
            text = body[paragraph.start : paragraph.end]
            chars += len(text)
            if _SIGNATURE.fullmatch(text) or (_LEAD_IN.search(text) and "pic.twitter" not in text) or chars > _MAX_CHARS:
                break
            if any(x.actor in signer for x in doc.mentions_in(paragraph.start, paragraph.end)):
                break  # "Mayor Ina Cole welcomed the decision.": the reporter names the person who tweets
            if parts and _SENTENCE_END.search(text):
                break  # "Another user wondered why ...": a finished sentence before the tweet is the reporter's
            link = _PICTURE_LINK.search(text)
            parts.insert(0, (paragraph.start, paragraph.start + link.start() if link else paragraph.end))
        if parts:
            out.append((doc.paragraph_at(parts[0][0]).index, tuple(parts), (m.start("name"), m.end("name"))))
    return out

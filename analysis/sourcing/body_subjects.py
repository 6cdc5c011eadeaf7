"""Bodies and texts a sentence opens with, as referents of a speaker "it" (round 13).

News names a body or a text as the subject of a sentence and goes on with "it": "Donald Trump's
campaign is defending his tweets. It's denouncing what it calls “…”", "The group seeks to end
gun deaths through what it calls “…”", "A letter from the staff association reflected both
concerns. “…,” it said", "The post showed a man in a wig. It says: “…”". Such a phrase is no
actor mention (no name), so "it" would take an older body or a country named nearer. Here a
sentence that opens with a determiner or a possessor ("The", "A", "His", "Donald Trump's"), at
most three modifiers and a head noun of ``speakers.toml`` (an institution or a document), then a
lower-case word (its verb), offers that phrase as a referent, at the sentence's start. Only the
pronoun's own sentence and the few before it are read.
"""

from __future__ import annotations

import bisect

from analysis.actors import ActorMention
from analysis.article import Sentence
from analysis.sourcing.context import Document

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})
_OPENERS = frozenset({"but", "and", "still", "yet", "meanwhile", "now", "instead"})
_SENTENCES = 3  # sentences read back before the pronoun's own (bounds the cost)


def body_subjects(doc: Document, window: int, position: int) -> list[tuple[int, ActorMention]]:
    """(offset, mention) of each body or text that opens one of the sentences before ``position``
    (see the module docstring); a text's mention has kind "document"."""
    k = bisect.bisect_right(doc.sentence_starts, position) - 1
    out: list[tuple[int, ActorMention]] = []
    for sentence in doc.article.sentences[max(0, k - _SENTENCES) : k + 1]:
        if sentence.start < window or sentence.start >= position:
            continue
        mention = _opening_body(doc, sentence, position)
        if mention is not None:
            out.append((mention.start, mention))
    return out


def _opening_body(doc: Document, sentence: Sentence, limit: int) -> ActorMention | None:
    """The body or text ``sentence`` opens with as its subject, ending before ``limit``, or None."""
    words = doc.word_offsets(sentence)
    lowered = doc.sentence_lower[sentence.index]
    i = 1 if lowered[:1] and lowered[0] in _OPENERS else 0
    if i >= len(words):
        return None
    start = words[i][0]
    if lowered[i] in _DETERMINERS:
        i += 1
    else:  # a possessor: "Donald Trump's", "Rubio's"
        j = i
        while j < len(words) and j - i < 4 and words[j][2][:1].isupper() and not lowered[j].endswith(("’s", "'s")):
            j += 1
        if j >= len(words) or not words[j][2][:1].isupper() or not lowered[j].endswith(("’s", "'s")):
            return None
        i = j + 1
    for h in range(i, min(i + 4, len(words) - 1)):
        head = lowered[h]
        if head in doc.lex.institution_nouns or head in doc.lex.document_nouns:
            after = words[h + 1][2]
            if not after[:1].islower() or words[h][1] >= limit or doc.body[words[h][1] : words[h + 1][0]].strip():
                return None
            kind = "document" if head in doc.lex.document_nouns else "organisation"
            text = doc.body[start : words[h][1]]
            return ActorMention(text, kind, text, start, words[h][1], sentence.index, sentence.paragraph, "description", None)
    return None

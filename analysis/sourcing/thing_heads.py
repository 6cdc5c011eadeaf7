"""A speaker phrase whose head names no person, body or document, but which holds a document noun.

The head of a speaker phrase is the last word of its core, cut at the first comma or preposition
(:func:`analysis.sourcing.phrases.core_head`). A post-modifier that no preposition opens keeps the
cut from happening: "according to a book debunking misinformation about climate science" (head
"science"), "a study that is often drawn upon" ("upon"), "an interview he gave with 60 Minutes"
("gave"). Such a phrase used to fall through to an anonymous person, and so to a withheld-name
source (trial 16 F16); it is the document it names ("book", "study", "interview", "website":
``speakers.toml`` ``document``). A phrase holding no document noun stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.sourcing.lexicon import Lexicon

_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their"})


def unknown_head_kind(lex: Lexicon, phrase_words: Sequence[str]) -> str:
    """``document`` when a noun phrase (a determiner first) with an unknown head holds a document
    noun, else ``anonymous`` (a run such as "Gov. X signed an executive order Monday he" is a
    clause the speaker stage cut wrongly, not a document)."""
    noun_phrase = bool(phrase_words) and phrase_words[0] in _OPENERS
    return "document" if noun_phrase and any(w in lex.document_nouns for w in phrase_words) else "anonymous"


"""A short apposition after a name (", a nonprofit group", ", the county's largest employer") and its
head noun: what the actor finder reads to type a name it does not know (mentions.py) and to tell a
firm from a person (name_contexts.py). Kept here so both read one definition without importing each
other (mentions.py runs name_contexts.py's rules through short_forms.py)."""

from __future__ import annotations

import re

APPOSITION = re.compile(r", (?:a|an|the) ((?:[a-z]+(?:['’]s)? ){0,3}[a-z]+)\b")
_AFTER_HEAD = frozenset({"that", "which", "who", "in", "of", "for", "from", "based", "with", "at", "on"})


def apposition_head(phrase: str) -> str:
    """The head noun of a short apposition: its last word before a preposition or relative
    ("nonprofit group" -> "group", "group leader" -> "leader", "charity based in" -> "charity")."""
    head = ""
    for word in phrase.split():
        if word in _AFTER_HEAD:
            break
        head = word
    return head

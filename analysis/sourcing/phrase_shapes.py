"""Shapes of a speaker phrase that change what its head is (round 16 trial).

* Capitalised words joined by "&" are one name, a programme, firm or band ("Fox & Friends",
  "Procter & Gamble"), never a description of people, though the last word may be a person noun
  ("Friends", "Sons", "Partners"): news writes "and" between people, "&" only inside names
  (trial 16 F1: "Fox & Friends" was an anonymous group of participants).
* A speaker noun, then a past participle and "by", is a passive relative clause headed by the noun:
  "analysts cited by CNBC", "economists polled by Reuters" (trial 16 F10: the head was "cited", so
  a group of analysts became one withheld name).
* A person's name that modifies the phrase's head is not its speaker (round 17): "Trump supporters
  said" (the supporters speak, Trump is their side), "The Trump Administration said" (a capitalised
  institution noun), "The Bloomberg-Steyer-funded study found", "the Trump-appointed judge said" (a
  name inside a hyphenated modifier ending in a lower-case word says who paid for or appointed the
  head; trial 16 credited such a study to Michael Bloomberg).
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import Lexicon, words
from analysis.sourcing.phrases import core_head_in, known_head

# Capitalised words joined by an ampersand: one name ("Fox & Friends", "The Mamas & the Papas").
_AMPERSAND_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*&\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")


def ampersand_name(doc: Document, span: tuple[int, int]) -> str | None:
    """The name the core of the phrase at ``span`` spells as capitalised words joined by "&", else None."""
    core, _ = core_head_in(doc, span)
    text = doc.body[core[0] : core[1]].strip()
    if "&" not in text or _AMPERSAND_NAME.fullmatch(text) is None:
        return None
    return text[4:] if text[:4].lower() == "the " else text


def participle_by(doc: Document, span: tuple[int, int], core_words: Sequence[str]) -> bool:
    """Whether the phrase's core ends in a participle followed by "by" after a speaker noun
    ("analysts cited by CNBC"): the noun before the participle is the head."""
    if len(core_words) < 2:
        return False
    after = doc.body_lower[span[0] : span[1]].split(f"{core_words[-1]} by ", 1)
    return len(after) == 2 and known_head(doc.lex, core_words[-2])


# after the name: any further capitalised parts of the compound, then its lower-case last part
_HYPHENATED_MODIFIER = re.compile(r"(?:-[A-Z][\w’']*)*-[a-z]+\b")


def name_modifies_head(lex: Lexicon, after: str, not_a_head: Container[str], *, person_later: bool) -> bool:
    """Whether the name just before ``after`` (the rest of the speaker phrase) modifies its head.

    A head noun right after the name counts only when no other person is named later in the
    phrase ("Clinton spokesman Josh Schwerin" is read by the staff rule); a hyphenated modifier
    always does."""
    if _HYPHENATED_MODIFIER.match(after):
        return True
    if person_later or after[:1] != " ":
        return False
    head = words(after)[:1]
    return bool(head) and head[0] not in not_a_head and (after[1:2].islower() or head[0] in lex.institution_nouns)

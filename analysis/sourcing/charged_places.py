"""Stage 8, a charge whose subject is a name the actors stage leaves unnamed (round 18 trial F3).

"He also said that California is playing politics in its fight with the EPA": a source charges
a US state, a city or a one-word body that the actors stage does not make an actor (a US state is
a place there, an unknown name no one). :func:`~analysis.sourcing.accused.quoted_charges` wants
an actor (or "the company") as the charge's subject, so such a party was never accused and no
right-of-reply check ran. :func:`place_charges` reads the same charges (``charges`` of
``accusation.toml``) under the same conditions (inside quotation marks, or right after a
reporting verb of assertion: a source's words, not the reporter's), and takes the capitalised
name written right before the predicate as the party, as written ("California", "New York",
"Washington state"), an organisation, as :func:`~analysis.sourcing.reply.accusations` does with
"accused Acme of". A capitalised word opening its sentence or quotation ("Everyone is playing
politics") may be any word and is skipped, and so are pronouns, titles and the words the speaker
lexicon calls unnamed ("Officials").
"""

from __future__ import annotations

import re

from analysis.actors.gazetteer import is_name_word
from analysis.sourcing.accused import _CHARGE_GAP, _charge_words, _charges, _reported, charge_subject
from analysis.sourcing.context import Document

_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)(\s+state)?\s+$")
_LAST_WORD = re.compile(r"\s(\w+)\s+$")
_QUOTE_OPENERS = "“\"‘'(—–"
_MAX_NAME_WORDS = 3


def place_charges(doc: Document) -> list[tuple[int, str, str, str]]:
    """(body offset, party, kind, cue) for each charge whose subject is a capitalised name no
    actor covers (module docstring), in body order."""
    out: list[tuple[int, str, str, str]] = []
    needed = _charge_words()
    for sentence in doc.article.sentences:
        lower_words = doc.sentence_sets[sentence.index]
        if needed.isdisjoint(lower_words):
            continue  # (most sentences hold no charge's word)
        for pattern, keys in _charges():
            if keys.isdisjoint(lower_words):
                continue
            for m in pattern.finditer(doc.body_lower, sentence.start, sentence.end):
                if charge_subject(doc, sentence.start, m.start()) is not None:
                    continue  # an actor or "the company": quoted_charges has it
                party = _name_before(doc, sentence.start, m.start())
                if party is None:
                    continue
                name, at = party
                if not ((doc.in_quote(m.start()) and doc.in_quote(at)) or _reported(doc, sentence.start, at)):
                    continue  # the reporter's own words
                out.append((m.start(), name, "organisation", " ".join(doc.body[m.start() : m.end()].split())))
    return sorted(out)


def _name_before(doc: Document, floor: int, at: int) -> tuple[str, int] | None:
    """The capitalised name ending right before ``at`` and its offset, or None (module docstring)."""
    before = doc.body[floor:at]
    while True:  # past auxiliaries and adverbs ("New York has repeatedly lied"), as charge_subject reads
        gap = _LAST_WORD.search(before)
        if gap is None or gap.group(1).lower() not in _CHARGE_GAP:
            break
        before = before[: gap.start() + 1]
    found = _NAME_BEFORE.search(before)
    if found is None:
        return None
    words = found.group(1).split()
    if any(not is_name_word(w.rstrip(".")) for w in words) or len(words) > _MAX_NAME_WORDS:
        return None
    lead = before[: found.start()].rstrip()
    if not lead or lead[-1] in _QUOTE_OPENERS or lead[-1] in ".!?:":
        return None  # the first word of a sentence or a quotation may be any word
    if doc.mentions_in(floor + found.start(), floor + found.end()):
        return None  # an actor the actors stage found (a person, a country) is charge_subject's
    lower = tuple(w.lower().rstrip(".") for w in words)
    lex = doc.lex
    if lower[0] in lex.pronouns or lower[-1] in lex.unnamed or lower in lex.titles or lower[-1] in _NOT_PARTIES:
        return None
    name = " ".join(words) + (" state" if found.group(2) else "")
    return name, floor + found.start()


_NOT_PARTIES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "i",
                          "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one"})

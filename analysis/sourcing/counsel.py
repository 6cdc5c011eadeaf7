"""Stage 8, defence counsel speaks for the accused (trial 21 F7).

A lawyer named with the client ("Reyes's lawyer", "a lawyer for Reyes") is read by
:func:`~analysis.sourcing.reply.represented`; court copy more often names the lawyer by the role
alone: "Defense attorney Michael Stone said the prosecution had ignored ...", "his lawyer said the
case was built on ...", with the client only inside the quotation ("My client lost everything").
The BBC Editorial Guidelines let a reply come through a representative, and the defence is the
accused's answer in court, so such a source speaks for the accused as a spokesman does.

A source is defence counsel when one of its mentions holds a defence word right before a counsel
noun ("Defense attorney", "the defence barrister"; ``defence_words`` and ``counsel_nouns`` of
``reply.toml``), or its speaker is written "his"/"her" and a counsel noun ("his lawyer", "her
attorneys") with no other person named just before (whose lawyer it would be). Its client is the
one person the article accuses (for "his"/"her", whose gender as the text gives it agrees): with
two accused persons the text does not say whose lawyer speaks, and nothing is assumed. An accused
organisation is answered by its own "lawyer for" or spokesman, not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.accused import AccusedParty, gender_of
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import words
from analysis.sourcing.result import Attribution, Source

# "their lawyer" is left out: news writes it for a group ("the investors ... their lawyer, Daniel Ortiz").
_PRONOUN_GENDER = {"his": "m", "her": "f"}


@lexicon_cache
def _counsel_words() -> tuple[frozenset[str], frozenset[str]]:
    """(defence words, counsel nouns) of ``reply.toml``."""
    data = load_lexicon("reply")
    return frozenset(data.get("defence_words", ())), frozenset(data.get("counsel_nouns", ()))


def _counsel_pronoun(mention: str) -> str | None:
    """"defence" when ``mention`` holds a defence word right before a counsel noun, the pronoun
    when it opens with "his"/"her" and a counsel noun (one adjective may stand between:
    "his longtime lawyer"), else None."""
    defence, nouns = _counsel_words()
    said = words(mention)
    if any(said[k] in defence and said[k + 1] in nouns for k in range(len(said) - 1)):
        return "defence"
    if said[:1] and said[0] in _PRONOUN_GENDER and any(w in nouns for w in said[1:3]):
        return said[0]
    return None


def counsel_client(doc: Document, a: Attribution, source: Source, accused: Sequence[AccusedParty]) -> set[str]:
    """The accused person defence counsel speaks for in ``a`` (module docstring), as a set (empty for none)."""
    if (source.affiliation is not None and source.affiliation.lower() not in _counsel_words()[0]) or not any(
        p.kind == "person" for p in accused
    ):
        return set()  # counsel of a named body speaks for it (its affiliation; not "Defence" read as a body at a sentence's start)
    persons = {p.party for p in accused if p.kind == "person"}
    if not any(_counsel_pronoun(m) == "defence" for m in source.mentions):  # "Defense attorney Michael Stone": in all its reports
        pronoun = _counsel_pronoun(a.speaker)
        if pronoun not in _PRONOUN_GENDER or _other_person_before(doc, a, persons):
            return set()
        persons = {p for p in persons if gender_of(doc, p) in (None, _PRONOUN_GENDER[pronoun])}
    return persons if len(persons) == 1 else set()


def _other_person_before(doc: Document, a: Attribution, accused: set[str]) -> bool:
    """Whether the person named last before ``a``'s speaker (within 600 characters) is one the
    article does not accuse: "his lawyer" is then that person's ("The victim's father ... his lawyer said")."""
    before = [m for m in doc.mentions_in(max(0, a.speaker_start - 600), a.speaker_start) if m.kind == "person"]
    return bool(before) and before[-1].actor not in accused

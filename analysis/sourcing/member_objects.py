"""Stage 8, an accused body written by the people it acts through (trial 21 F2).

Conflict and crime reporting accuses a body by its members, with the body's noun as a modifier and
no article: "The alliance accused government forces of targeting a market", "Residents blamed
police officers for the deaths", "The union accused company executives of lying". The charge is
against the body, and the body answers for its forces and staff ("The government denied the
allegations"; BBC Editorial Guidelines: the reply may come from the organisation responsible). The
member nouns are ``members`` of ``accusation.toml``; the body noun is an institution noun of
``speakers.toml``. A body of a government class (government, police, military, city) is "the <noun>"
as written, for the right-of-reply check to follow as it follows "accused the government of"
(:func:`~analysis.sourcing.reply._generic_voice`); any other class is the organisation of that class
the text named last ("company executives" after "Pacific Container Lines"), else "the <noun>". A
party noun names none of several parties ("accused party officials of": whose?), so it is none.
"""

from __future__ import annotations

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.attributes import latest_org_of_class
from analysis.sourcing.context import Document

_Token = tuple[int, int, str]  # (body start, body end, lower-cased word)
_GOVERNMENT_CLASSES = frozenset({"government", "police", "military", "city"})


@lexicon_cache
def _members() -> frozenset[str]:
    """``members`` of ``accusation.toml``: the plural nouns for the people a body acts through."""
    return frozenset(load_lexicon("accusation").get("members", ()))


def member_object(doc: Document, tokens: list[_Token], k: int) -> tuple[str, str] | None:
    """(party, kind) for "accused <body noun> <members> of/for" after the verb at token ``k``
    (module docstring), else None."""
    if k + 3 >= len(tokens) or tokens[k + 2][2] not in _members() or tokens[k + 3][2] not in ("of", "for"):
        return None
    noun = tokens[k + 1][2]
    entry = doc.lex.institution_nouns.get(noun)
    if entry is None or entry[1] == "party":
        return None
    if entry[1] in _GOVERNMENT_CLASSES:
        return f"the {noun}", "organisation"
    org = latest_org_of_class(doc, entry[1], tokens[k][0], noun)
    return (org.actor, org.kind) if org is not None else (f"the {noun}", "organisation")

"""The person a representative speaks for, as the source's side (round 18 closing note).

"Ann Cole's spokesman said ...", "a lawyer for Ann Cole said ...", "Ann Cole, whose lawyer said
...": a spokesman, lawyer, agent or campaign (``representatives`` of ``lexicons/reply.toml``) named
with its principal speaks for that person, as "Acme's spokesman" speaks for Acme (an organisation
or country in the phrase is already its side, :mod:`.attributes`). The principal is a person the
actors stage names, written with a possessive right before the representative noun (lower-case
words between: "Ann Cole's longtime lawyer") or after "for" right after it ("a lawyer for Ann
Cole"). Other persons in the phrase are no principal ("Ann Cole's brother", "a neighbour of Cole").
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention
from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.context import Document


@lexicon_cache
def _representatives() -> frozenset[str]:
    """The one-word representative nouns of ``reply.toml`` ("spokesman", "lawyer", "campaign")."""
    return frozenset(r for r in load_lexicon("reply")["representatives"] if " " not in r)


# After the possessive: up to two lower-case words, then the representative noun ending the phrase
# ("Ann Cole's longtime spokesman").
_AFTER_POSSESSIVE = re.compile(r"[’']s\s+((?:[a-z-]+\s+){0,2})([a-z]+)\s*")
# Before the principal: the representative noun and "for" ("a spokesman for Ann Cole").
_NOUN_FOR = re.compile(r"\b([a-z]+)\s+for\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")


def represented_person(doc: Document, span: tuple[int, int], mention: ActorMention | None = None) -> str | None:
    """The person the representative phrase at ``span`` speaks for (module docstring), or None.
    ``mention``: the owner of a "whose <noun>" phrase, written before it."""
    body = doc.body
    persons = [mention] if mention is not None else [m for m in doc.mentions_in(*span) if m.kind == "person"]
    for m in persons:
        if m is None or m.kind != "person":
            continue
        if mention is not None:  # "Ann Cole, whose lawyer said": the noun after "whose"
            noun = body[span[0] : span[1]].split()[-1].lower()
            if noun in _representatives():
                return m.actor
            continue
        after = _AFTER_POSSESSIVE.fullmatch(body, m.end, span[1])
        if after is not None and after.group(2) in _representatives():
            return m.actor
        before = _NOUN_FOR.search(body, max(span[0], m.start - 60), m.start)
        if before is not None and before.group(1) in _representatives():
            return m.actor
    return None

"""A person whose surname is also an organisation's name (trial 16 F14, the sourcing side).

The actor stage reads "New York Mayor Michael Bloomberg" as a person "Michael" beside the
organisation "Bloomberg" (the news agency), and a later "Bloomberg said" as that organisation. In
news copy a given name followed at once, in the same run of capitals, by a one-word name is one
person's full name, whatever else that word names ("Michael Bloomberg", "Henry Ford", "Michael
Dell"): the speaker is the person, with no side from the organisation. A later lone surname that
speaks ("Bloomberg said …") is then that person, as any surname alone is the person named in full
before it; only a surname joined this way is read so, since the actor stage already joins the
surnames of the persons it knows.
"""

from __future__ import annotations

import re

from analysis.actors import ActorMention, person_gender
from analysis.sourcing.context import Document
from analysis.sourcing.registry import Registry, SourceRecord, update

_ONE_NAME = re.compile(r" ([A-Z][a-z’'-]+)\b(?![ -][A-Z])")  # one capitalised word after one space, no further name word


def glued_name(doc: Document, person: ActorMention) -> str | None:
    """"Michael Bloomberg" when the person mention is a lone given name and the word right after it
    is a one-word organisation name the actor stage took apart; None otherwise."""
    if " " in person.actor or person_gender(person.actor) is None:
        return None
    m = _ONE_NAME.match(doc.body, person.end)
    if m is None:
        return None
    after = [n for n in doc.mentions_near((m.start(1), m.end(1))) if n.start == m.start(1)]
    if not after or after[0].kind not in ("organisation", "group") or after[0].end != m.end(1):
        return None
    return f"{person.actor} {m.group(1)}"


def glued_surname_source(doc: Document, reg: Registry, text: str, span: tuple[int, int]) -> SourceRecord | None:
    """The source of the person whose glued full name ends in the one word ``text`` ("Bloomberg"
    after "Michael Bloomberg"), when exactly one such person has spoken, with the mention at
    ``span`` noted; else None."""
    word = text.strip()
    if not word or " " in word or not word[:1].isupper():
        return None
    found = [s for name, s in reg.by_person.items() if name not in doc.person_mentions and name.endswith(f" {word}")]
    if len(found) != 1:
        return None
    update(found[0], text, span, span[0], None, None, None, None)
    return found[0]

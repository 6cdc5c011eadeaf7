"""A person introduced just before a quotation is the "he" or "she" who speaks it (round 13).

News brings in a new voice by name and role at the end of a sentence and quotes them next:
"... which is something that worries Carl Lind, president of the tenants' union. “No one listens
to us,” he said." The name is no subject there (it is the object of "worries"), so the subject rule
of :func:`~analysis.sourcing.pronouns.resolve_pronoun` would pass it over for an earlier speaker;
but a reporter writes a full name and a role only for a person about to be heard. The rule holds
when the name is the person's first in the article, its apposition runs to the end of the
sentence right before the pronoun's, and no one spoke in that sentence ("Tom Rudd said the suit
named Carl Lind, a builder. “We will win,” he said" stays Rudd's).
"""

from __future__ import annotations

import bisect
import re

from analysis.actors import ActorMention
from analysis.sourcing.context import Document
from analysis.sourcing.registry import Registry, SourceRecord
from analysis.sourcing.roles import role_words

# ", president of the Riverside Tenants Union." / ", a pastor in Dayton.": a role to the sentence's
# end, opening with an article or a title (not ", sheltered in his memorial", not ", where ...").
_ROLE_TO_END = re.compile(r",\s+(?:(?P<article>an?|the)\s+)?(?P<word>[\w’'-]+)[^,;:“”\"()]{0,110}[.!]?\s*$")


def introduced_person(
    doc: Document, reg: Registry, candidates: list[tuple[int, SourceRecord | ActorMention]], position: int
) -> ActorMention | None:
    """The person named for the first time, with a role, at the end of the sentence just before
    the one holding the pronoun at ``position``, when nobody spoke in that sentence (see the module
    docstring); else None. ``candidates`` are the referents that agree with the pronoun."""
    k = bisect.bisect_right(doc.sentence_starts, position) - 1
    sentences = doc.article.sentences
    paragraph = sentences[k].paragraph
    while k >= 1 and sentences[k - 1].paragraph == paragraph and doc.in_quote(sentences[k - 1].start + 1):
        k -= 1  # the sentences of the quotation the pronoun closes: "“… Obama had will.i.am. …,” he said"
    if k < 1:
        return None
    previous = sentences[k - 1]
    inside = [c for offset, c in candidates if previous.start <= offset < previous.end]
    if not inside or any(isinstance(c, SourceRecord) for c in inside):
        return None
    if any(previous.start <= a < previous.end for a, _ in reg.contents[-8:]):
        return None  # words were reported in that sentence: its speaker is the one to follow
    for mention in inside:
        assert isinstance(mention, ActorMention)
        first = doc.person_mentions.get(mention.actor, ())
        if mention.kind == "person" and first and first[0].start == mention.start and _role_follows(doc, mention.end, previous.end):
            return mention
    return None


def _role_follows(doc: Document, end: int, sentence_end: int) -> bool:
    """Whether a role apposition runs from ``end`` to the end of the sentence (:data:`_ROLE_TO_END`)."""
    role = _ROLE_TO_END.match(doc.body, end, sentence_end)
    if role is None:
        return False
    word = role.group("word").lower()
    if role.group("article") is None and (word,) not in doc.lex.titles and word not in role_words().speaker_roles:
        return False
    return not word.endswith(("ed", "ing")) and word not in _NOT_ROLES


# Words after "a" or "the" that open no role: "..., the day after", "..., a week later".
_NOT_ROLES = frozenset({"day", "week", "month", "year", "night", "morning", "time", "same", "other", "first", "last", "next"})


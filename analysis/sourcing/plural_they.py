"""A plural "they" takes the nearest plural group written as a subject (round 15 trial).

News writes "The council says the tax is fair to families. Most Republicans do not buy into a
carbon tax. They argue it is not conservative …": the "they" is the Republicans, the plural
subject just before it, not the council heard earlier, although a "they" may stand for an
institution. :func:`.own_source.nearer_group` already prefers a group subject with a verb of
saying or thinking; this rule takes any plural subject that can speak ("Cities in Ohio and Maine
have also filed similar suits. They argue …") in the pronoun's sentence or the two before, when it
is written after every source the pronoun could take. A plural that cannot speak ("Prices rose.")
is no referent.
"""

from __future__ import annotations

import re

from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import words
from analysis.sourcing.phrases import known_head, speaker_like
from analysis.sourcing.registry import Registry
from analysis.sourcing.turns import group_subject

# A sentence opening with a plural noun phrase and then its predicate (a lower-case word that is no
# preposition or relative): "Most Republicans do not buy into …", "But lawmakers voted …". (The
# speaker stage's subject reader wants a past-tense or auxiliary verb; "do not buy" is neither.)
_PLURAL_OPENING = re.compile(
    r"(?:(?:But|And|Yet|Still|Now|Instead|Meanwhile|However),?\s+)?"
    r"(?!(?:If|When|While|Although|Though|Because|As|Since|Unless|After|Before|Once|This|These|Those|There|It|Its)\b)"
    r"(?P<group>(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][a-z-]*[a-rtv-z]s"
    # where the group is: "Cities in California, Colorado and Rhode Island"
    r"(?:\s+(?:in|from|across)\s+[A-Z][\w’'-]*(?:(?:,|\s+and|\s+or)?\s+[A-Z][\w’'-]*){0,6})?)"
    r"\s+(?!(?:of|in|on|at|for|from|with|who|whom|whose|that|which|and|or|to|as|by|than|is|was)\b)[a-z]"
)
_SENTENCES = 2  # sentences read back, as turns.group_subject does


def nearer_plural_subject(doc: Document, reg: Registry, position: int) -> tuple[int, int] | None:
    """The plural subject a "they" at ``position`` refers to when it is nearer than every group or
    institution source (:mod:`.turns` finds it), else None."""
    index = doc.sentence_at(position).index
    if index == 0:
        return None
    # Only the sentences before the pronoun's: in "If states had more room, …, they said" or "County
    # boards can do that work, they said" the subject is inside what was said, not who said it.
    before = doc.article.sentences[index - 1]
    earliest = doc.article.sentences[max(0, index - _SENTENCES)].start
    found = [g for g in (group_subject(doc, before.end - 1), _plural_opening(doc, before.end - 1))
             if g is not None and g[0] >= earliest and speaker_like(doc, g) and _speaking_head(doc, g)]
    if not found:
        return None
    group = max(found)  # the nearer
    latest = max((s.last for s in reg.sources if s.plural or s.speaker_type in ("institution", "anonymous")), default=-1)
    return group if group[0] > latest else None


def _plural_opening(doc: Document, position: int) -> tuple[int, int] | None:
    """The plural noun phrase opening the pronoun's sentence (before it) or one of the two
    before, nearest first, by :data:`_PLURAL_OPENING`; else None."""
    index = doc.sentence_at(position).index
    for sentence in reversed(doc.article.sentences[max(0, index - _SENTENCES) : index + 1]):
        m = _PLURAL_OPENING.match(doc.body, sentence.start, min(position, sentence.end))
        if m is not None and m.end("group") < position:
            return m.start("group"), m.end("group")
    return None


def _speaking_head(doc: Document, group: tuple[int, int]) -> bool:
    """Whether the group's noun (before a place phrase) names people or bodies ("Republicans",
    "cities", "lawmakers"), or an actor: a capitalised first word of a sentence is no name by itself
    ("Prices rose sharply.")."""
    tokens = words(doc.body[group[0] : group[1]])
    for k, token in enumerate(tokens):
        if token in ("in", "from", "across") and k > 0:
            tokens = tokens[:k]
            break
    return bool(tokens) and (known_head(doc.lex, tokens[-1]) or bool(doc.mentions_near(group)))

"""Which sources a "he" or "she" cannot take (issue 15, round 11).

A singular gendered pronoun names one person. A source whose head noun is a quantified group
("74 percent", "most of his competitors") or a group noun ("the crowd", "the couple", "the
audience") is several people, even when the phrase is grammatically singular and so not marked
plural: "The crowd booed. “…,” she said" is not the crowd's line.
"""

from __future__ import annotations

from analysis.sourcing.lexicon import Lexicon
from analysis.sourcing.phrases import collective
from analysis.sourcing.registry import SourceRecord

# Singular nouns for several people, which news writes as speakers ("the crowd chanted", "the
# couple said"): none is one person a "he" or "she" can mean.
GROUP_NOUNS = frozenset({"crowd", "audience", "couple", "pair", "duo", "family", "crew", "jury", "panel", "group", "team",
                         "those", "both", "all"})


def is_group(lex: Lexicon, source: SourceRecord) -> bool:
    """Whether ``source`` is a group by its head noun, not one person (see the module docstring)."""
    return source.speaker_type == "anonymous" and (source.head in GROUP_NOUNS or collective(lex, source.head))


# Round 13: who asks at a forum is not who answers. "One questioner claimed that ... “You're right,”
# he said, adding ...": the "he" is the candidate who took the question, named before it.
ASKER_NOUNS = frozenset({"questioner", "questioners", "asker"})


def is_asker(source: SourceRecord) -> bool:
    """Whether ``source`` is an unnamed person heard only as the one asking (:data:`ASKER_NOUNS`)."""
    return source.speaker_type == "anonymous" and source.head in ASKER_NOUNS

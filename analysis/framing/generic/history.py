"""Sentences set in history: a count of the dead of a past century gives a story no human face.

Human interest 1 counts people as a group in a sentence that says how the problem touches them
("38 people have been killed"): news gives a disaster or a hazard a human face through the people
it touches now. A toll of history told as background ("the Black Death killed an estimated 25
million people in Europe in the 14th century", "the 1918 flu killed 50 million") names no one
living with the story's problem (trial 19 F4: such a sentence was the only "human face" of a
story about a hunter who caught the plague). A sentence is set in history when it dates itself to
a century before the 21st ("in the 14th century", "during the nineteenth century"), to a year
before 1950 ("in 1918", "in the 1840s"), to the Middle Ages or medieval times, or "centuries
ago". Only sentences that already hold a count of people and an effect are read.
"""

from __future__ import annotations

import re

_ORDINALS = (
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
)
_PAST = re.compile(
    rf"\b(?:in|during|throughout)\s+the\s+(?:(?:early|late|mid|middle)[\s-]+)?(?:[1-9]|1\d|20)(?:st|nd|rd|th)\s+century\b"
    rf"|\b(?:in|during|throughout)\s+the\s+(?:(?:early|late|mid|middle)[\s-]+)?(?:{_ORDINALS})\s+century\b"
    r"|\b(?:in|during|by)\s+(?:the\s+)?(?:1[0-8]\d\d|19[0-4]\d)s?\b"
    r"|\bthe\s+(?:1[0-8]\d\d|19[0-4]\d)\s+(?:flu|influenza|pandemic|epidemic|plague|famine|earthquake|flood|outbreak)\b"
    r"|\b(?:middle\s+ages|medieval|centuries\s+ago)\b",
    re.IGNORECASE,
)


def set_in_past(text: str) -> bool:
    """Whether a sentence dates itself to history (before 1950; see the module's docstring)."""
    return bool(_PAST.search(text))

"""A person's link card glued into the text (new-user trial 19, F1 and F9).

Some sites (The Hill) follow a person's name with a hover card: the person's formal full name,
the headlines of a few related stories and a closing "MORE" link, all run into the sentence when
the page is saved as text: "President Trump Donald John Trump. Sunday shows preview: Shutdown
negotiations continue ... Ann Coulter blasts Trump shutdown compromise: '...' MORE in an early
morning tweet ...". The card is known by its two ends: it opens with a full name (two to five
capitalised words) ending in the very word just written before it, and it closes with "MORE" in
capitals before a lower-case word that goes on with the sentence. No sentence of news prose has
that shape. The card is cut; the text's own mention ("President Trump") stays.
"""

from __future__ import annotations

import re

# group 1: the name as the text wrote it (its last word); group 2: the card, from the full name that
# repeats that word to the closing MORE (at most 600 characters, one line).
_CARD = re.compile(r"\b([A-Z][\w'’-]+)((?: [A-Z][\w'’().-]*){1,4}? \1\b.{0,600}? MORE)(?= [a-z])")
REASON = "related-content link inside the text"


def cut_link_cards(line: str) -> tuple[str, list[tuple[str, str]]]:
    """``line`` without its link cards, and the (text, reason) of each card cut."""
    if " MORE " not in line:  # (most lines: no search)
        return line, []
    cuts: list[tuple[str, str]] = []
    pieces: list[str] = []
    last = 0
    for match in _CARD.finditer(line):
        # "Emmanuel Macron Emmanuel Jean-Michel Macron": the card opens at the repeat of the surname,
        # not of the given name; a card found again from the card's first word is the right one.
        shifted = _CARD.match(line, match.start(2) + 1)
        while shifted is not None and shifted.end(2) == match.end(2):
            match, shifted = shifted, _CARD.match(line, shifted.start(2) + 1)
        if match.start(2) < last:
            continue
        pieces.append(line[last : match.start(2)])
        cuts.append((match.group(2).strip(), REASON))
        last = match.end(2)
    if not cuts:
        return line, []
    pieces.append(line[last:])
    return "".join(pieces), cuts

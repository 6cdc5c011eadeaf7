"""A class noun with a name of its own is not the body of that class named before (trial 17 F4).

"The agency" or "regulators" after "the Environmental Protection Agency" may refer back to it, but
"New York regulators" names its own body: a place or an organisation written in capitals right
before the class noun (at most three words before it) that the earlier body's name does not hold is
another body ("New York regulators" are the state's, not the federal EPA; "the U.S. District Court"
is not the Court of Appeals; "the Texas agency" after "the Texas Commission on Environmental
Quality" still is it). A single capitalised word opening the sentence, after its article if any, is
no name unless the actor finder knows it ("Federal regulators said", "State investigators said":
common words capitalised by position, which still refer back as before). A phrase that names the
earlier body itself, or holds more than three words or a clause word before its noun (a clause
misread as a speaker), keeps the earlier body as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.actors import ActorMention
    from analysis.sourcing.context import Document

_WORD = re.compile(r"[\w’'.&-]+")
_ARTICLES = frozenset({"the", "a", "an"})
_SENTENCE_END = tuple(".!?“”\"\n")
# At most this many words before the class noun: a longer phrase is a clause misread as a speaker.
_MAX_MODIFIERS = 3
_CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "if", "when", "while", "because", "as"})


def kept_referent(doc: Document, span: tuple[int, int], head: str | None, earlier: ActorMention | None) -> ActorMention | None:
    """``earlier`` (the latest body of the phrase's class) unless the phrase at ``span`` names a body
    of its own before its class noun ``head`` that ``earlier``'s name does not hold."""
    if earlier is None or head is None:
        return earlier
    text = doc.body[span[0] : span[1]]
    cut = text.lower().rfind(head)
    before = [m for m in _WORD.finditer(text[: max(cut, 0)]) if m.group().lower() not in _ARTICLES]
    if not before or len(before) > _MAX_MODIFIERS or any(m.group().lower() in _CLAUSE_WORDS for m in before):
        return earlier  # nothing before the noun, or a long phrase (a clause read as a speaker): as before
    if any(m.actor == earlier.actor for m in doc.mentions_in(*span)):
        return earlier  # the phrase names the body itself ("the United Nations' Intergovernmental Panel ...")
    names: list[re.Match[str]] = []
    for m in reversed(before):  # the capitalised words right before the noun
        if not m.group()[:1].isupper():
            break
        names.insert(0, m)
    if not names:
        return earlier
    first = span[0] + names[0].start()
    if len(names) == 1 and _opens_sentence(doc.body, first) and not doc.mentions_in(first, first + len(names[0].group())):
        return earlier  # "Federal regulators said": capitalised by position ("Texas regulators" is a place the actors know)
    held = {w.lower() for w in _WORD.findall(earlier.actor)}
    return None if any(m.group().lower() not in held for m in names) else earlier


def _opens_sentence(body: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence, after an article if one is written."""
    before = body[:at].rstrip()
    last = before.split()[-1] if before.split() else ""
    if last.lower() in _ARTICLES:
        before = before[: -len(last)].rstrip()
    return not before or before.endswith(_SENTENCE_END)


# Words that open a phrase without describing its people: quantifiers and possessives ("Most
# economists", "Nearly a dozen", "whose party"); the determiners of ``lexicon.DETERMINERS`` are
# dropped by the caller as well.
_QUANTIFIERS = frozenset({"most", "few", "all", "both", "every", "each", "no", "nearly", "almost", "about", "some", "any",
                          "dozens", "hundreds", "thousands", "numerous", "various", "whose", "my", "your", "more", "fewer",
                          "at", "least", "over", "roughly", "around", "such"})
# Adverbs and connectives that open a phrase without describing it ("Even the United Nations' ...").
_ADVERBS = frozenset({"even", "only", "also", "just", "still", "now", "then", "but", "and", "so", "yet", "either", "neither"})


def lead_modifier(core_words: tuple[str, ...]) -> tuple[str, ...]:
    """The first word of a phrase written without a determiner when it describes the group
    ("Environmental groups", "Trade groups representing ...", "Democratic senators"): a modifier like
    those after a determiner ("the environmental groups"), so that two groups told apart by it are
    two sources (trial 17 F4: "Environmental groups described ..." was filed under "Trade groups
    representing the oil and gas industry"). Empty for one-word phrases, quantifiers and adverbs."""
    first = core_words[0] if core_words else ""
    if len(core_words) < 2 or first in _QUANTIFIERS or first in _ADVERBS or first.endswith("ly") or not first.isalpha():
        return ()
    return core_words[:1]

"""A speaker phrase opened by a universal or proportional quantifier: a category, not a person.

"Every candidate for the Democratic nomination has said ...", "almost every Democratic candidate
promises ...", "Most economists say ...", "Each of the ministers said ...": the reporter names a
category of people, whoever belongs to it; nobody's name is withheld (AP's and Reuters' anonymity
is a name the reporter knows and leaves out). Such an anonymous source is an unnamed group
(``anonymity = "unnamed_group"``, and ``Source.unnamed_group``) whatever its head noun, "Most
officials say" included; a count ("two officials", "several officials") still stands for people the
reporter spoke to. The words are ``anonymity.toml`` ``[quantified]`` (trial 16 F16).
"""

from __future__ import annotations

import re

from analysis.lexicons import lexicon_cache, load_lexicon

# "All three officials said", "each of the two diplomats": a count of people the reporter spoke to.
_COUNTS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both)\b"


@lexicon_cache
def _opening() -> re.Pattern[str]:
    data = load_lexicon("anonymity").get("quantified", {})
    quantifiers = "|".join(re.escape(q) for q in sorted(data.get("quantifiers", ()), key=len, reverse=True))
    hedges = "|".join(re.escape(h) for h in sorted(data.get("hedges", ()), key=len, reverse=True))
    if not quantifiers:
        return re.compile(r"(?!)")
    hedge = rf"(?:(?:{hedges})\s+)?" if hedges else ""
    not_after = rf"(?!\s+(?:of\s+)?(?:us|you|them)\b|\s+[a-z]+ly\b|\s+(?:of\s+the\s+)?{_COUNTS})"
    return re.compile(rf"\s*{hedge}(?:{quantifiers})\b{not_after}", re.IGNORECASE)


def quantified(mentions: tuple[str, ...]) -> bool:
    """Whether the first mention of a source opens with a universal or proportional quantifier
    ("Every candidate", "almost every Democratic candidate", "Most economists"); not an adverb's
    degree word ("most notably GE proponent Rex Tillerson")."""
    return bool(mentions) and _opening().match(mentions[0]) is not None

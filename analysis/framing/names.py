"""Whether a cue word stands inside a multi-word proper name ("Emergency" in "the Ohio Emergency
Management Agency", "Hope" in "Hope Street Group").

News names agencies, companies, programmes, laws and places with ordinary words written with
capitals. Inside such a name the word names the body, not the consideration the cue stands for: an
"Emergency Management Agency" that "said it would review payments" calls for no urgent action, a
"Fair Trade Commission" is no fairness claim. English marks the name by capitals mid-sentence, so a
cue is read as part of a name when every word it covers is capitalised, it is not the unit's first
word nor the first after an opening quotation mark, bracket, dash or colon (a sentence's or a
quotation's first word is capitalised whatever it is), and the capitalised run it sits in
is longer than the cue (the cue alone is not the name: "Congress", "the Supreme Court" stay cues).
Connectors inside a name ("of", "for", "and", "the" ...) join two capitalised words ("Department of
Public Health"). A unit written mostly in capitals (a title-case headline, an all-caps line) marks
no names this way, so the rule is off there.

The rule applies to the cue categories listed in ``[names] outside`` of ``frame_cues.toml``
(:func:`name_categories`); :func:`outside_names` is the filter the scan applies to one category's
matches in one unit (the hook in :func:`analysis.framing.cues.scan`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from analysis.lexicons import lexicon_cache, load_lexicon

Span = TypeVar("Span", bound=tuple)

#: Lower-case words that join two capitalised words of one name ("Food and Drug Administration",
#: "Department of Public Health", "Bank of England", "Doctors Without Borders" has its own capitals).
#: "on" and "in" are left out: they join a name to a date or a place as often ("the Agency on
#: Monday", "Emergency in Ohio").
CONNECTORS = frozenset({"of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "van", "von", "&"})
#: Share of a unit's words of 4+ letters that are capitalised from which the unit is read as title
#: case or all caps (capitals then mark no names): prose names things between lower-case words
#: ("The Ohio Emergency Management Agency said ..."), a title-case headline has next to none.
TITLE_CASE_SHARE = 0.9

_WORD = re.compile(r"[^\W\d_][\w'’]*|&")
#: What may stand between two words of one name: spaces, or the full stop of an initial ("U.S.").
_JOIN = re.compile(r"\.?[ \t]+|\.")
#: What a word after which a capital marks a beginning, not a name, may stand after: an opening
#: quotation mark or bracket, a dash or a colon ('signs that read "Greed Kills"', "RELATED: Severe Storms").
_BEGINNINGS = "\"'“‘([—–-:"


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def title_case(text: str) -> bool:
    """Whether ``text`` is written mostly in capitals (a title-case headline, an all-caps line)."""
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if not long_words:
        return False
    return sum(_capitalised(w) for w in long_words) / len(long_words) >= TITLE_CASE_SHARE


#: Small words a name writes in lower case; capitalised inside a run they mark title-case writing
#: ("Trump Touts 'Oil Prices Getting Lower' As Millions Hit The Road For Thanksgiving").
TITLE_WORDS = frozenset({
    "of", "for", "to", "in", "is", "on", "at", "with", "and", "a", "an", "are", "was", "by", "from", "as", "it", "its", "into", "over",
})


def _shouted(words: list[str]) -> bool:
    """A run written in capitals or title case: two or more all-caps words of three letters or more
    (acronyms stand alone: "NASA Earth Science Division"), or a capitalised small word after its
    first word."""
    caps = sum(len(w) >= 3 and w.isupper() for w in words)
    return caps >= 2 or any(w[0].isupper() and w.lower() in TITLE_WORDS for w in words[1:])


def name_runs(text: str) -> list[tuple[int, int, int]]:
    """The runs of capitalised words of ``text`` (connectors inside), as ``(start, end, words)``
    with ``words`` the number of capitalised words in the run (0 for a run written in capitals or
    title case, which marks no name: :func:`_shouted`); single capitalised words are runs of one.
    Connectors at either edge are not part of a run."""
    words = list(_WORD.finditer(text))
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(words):
        if not _capitalised(words[i].group()):
            i += 1
            continue
        start, end, j = words[i].start(), words[i].end(), i + 1
        members = [words[i].group()]
        while j < len(words) and _JOIN.fullmatch(text, words[j - 1].end(), words[j].start()):
            word = words[j].group()
            if _capitalised(word):
                end = words[j].end()
                members.append(word)
            elif word.lower() not in CONNECTORS:
                break
            j += 1
        # the run ends at its last capitalised word; a trailing connector is left out
        runs.append((start, end, 0 if _shouted(members) else len(members)))
        while i < len(words) and words[i].start() < end:
            i += 1
    return runs


def inside_name(text: str, start: int, end: int, runs: list[tuple[int, int, int]] | None = None) -> bool:
    """Whether the cue at ``text[start:end]`` is part of a longer multi-word proper name (see the
    module docstring). ``runs``: :func:`name_runs` of ``text``, when the caller holds them."""
    before = text[:start].rstrip()
    if not text[start:end][:1].isupper() or not before or before[-1] in _BEGINNINGS:
        return False
    for run_start, run_end, count in runs if runs is not None else name_runs(text):
        if run_start <= start and end <= run_end:
            if text[run_start:run_end].lower() in declared_states():
                return False  # "declared a State of Emergency": a state declared, not a body's name
            return count >= 2 and (run_start < start or end < run_end) and not title_case(text)
    return False


@lexicon_cache
def declared_states() -> frozenset[str]:
    """Capitalised phrases that name a state a government declares, not a body ("a State of
    Emergency", "a National Emergency"): ``[names] declared`` of ``frame_cues.toml``, lower-cased."""
    table = load_lexicon("frame_cues").get("names", {})
    return frozenset(phrase.lower() for phrase in table.get("declared", ()))


@lexicon_cache
def name_categories() -> frozenset[str]:
    """The cue categories (``cue:<name>``) whose cues do not count inside a multi-word name:
    ``[names] outside`` of ``frame_cues.toml`` (none when the table is missing)."""
    table = load_lexicon("frame_cues").get("names", {})
    return frozenset(f"cue:{name}" for name in table.get("outside", ()))


def outside_names(category: str, text: str, spans: Sequence[Span]) -> Sequence[Span]:
    """``spans`` (``(start, end, ...)`` matches of one ``category`` in the unit ``text``) without
    those inside a multi-word proper name, when the category is one of :func:`name_categories`;
    ``spans`` itself when nothing is dropped (most matches are lower case: no name is read)."""
    if not category.startswith("cue:"):
        return spans
    for span in spans:
        if text[span[0]].isupper():
            break
    else:
        return spans
    if category not in name_categories():
        return spans
    runs = name_runs(text)
    kept = [span for span in spans if not inside_name(text, span[0], span[1], runs)]
    return spans if len(kept) == len(spans) else kept

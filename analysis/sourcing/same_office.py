"""One office written two ways is one source (round 17, trial 16).

News names an office by its title and then by its holder, a sentence or two apart: "the mayor's
office said ... Mayor Jane Doe's office added", "Bolivia's public defender's office said ...
Public Ombudsman Nadia Cruz's office said". Both speak for one body, which was two sources (two
institutions, one with the country as its side and one with none). An office described by its
title ("the T's office", "Bolivia's T's office") and an office named by a holder whose title is
the same ("T Jane Doe's office"), in the same paragraph or the next, are one source, named by the
holder's office. The titles must be the same words, or two English names of one office that news
uses for it (``speakers.toml`` ``same_office``: the Latin American Defensoría del Pueblo is the
"public defender" in some wire copy and the "ombudsman" in other); any other pair of titles is two
offices ("the governor's office" and "Attorney General Ann Cole's office" stay apart).
"""

from __future__ import annotations

import re

from analysis.lexicons import lexicon_cache, load_lexicon
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lexicon import words
from analysis.sourcing.registry import Registry, SourceRecord

# "the mayor's office", "Bolivia's public defender's office": lower-case title words before "'s office".
_BY_TITLE = re.compile(r"(?:[Tt]he\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})[’']s\s+office")
# "Mayor Jane Doe's office", "Public Ombudsman Nadia Cruz's office": capitalised words before "'s office".
_BY_HOLDER = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){1,5})[’']s\s+office")
_PARAGRAPHS_APART = 1


@lexicon_cache
def _equivalents() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in load_lexicon("speakers").get("same_office", []):
        titles = frozenset(" ".join(words(t)) for t in group)
        for title in titles:
            out[title] = out.get(title, frozenset()) | titles
    return out


def _title(source: SourceRecord) -> str | None:
    for mention in source.mentions:
        m = _BY_TITLE.fullmatch(mention.strip())
        if m is not None:
            return " ".join(words(m.group(1)))
    return None


def _holder_title(source: SourceRecord, titles: frozenset[str]) -> bool:
    """Whether the source is an office named by a holder written after one of ``titles``."""
    for mention in source.mentions:
        m = _BY_HOLDER.fullmatch(mention.strip())
        if m is None:
            continue
        holder = " ".join(words(m.group(1)))
        if any(holder.startswith(title + " ") and len(holder) > len(title) + 1 for title in titles):
            return True
    return False


def same_office(reg: Registry, out: list[Candidate]) -> list[Candidate]:
    """Move an office's attributions by title to the same office named by its holder (module docstring)."""
    first_para: dict[int, int] = {}
    for candidate in out:
        first_para.setdefault(candidate.source, candidate.paragraph)
    offices = [s for s in reg.sources if s.speaker_type == "institution" and s.head == "office" and s.id in first_para]
    if len(offices) < 2:
        return out
    for described in offices:
        title = _title(described)
        if title is None:
            continue
        titles = _equivalents().get(title, frozenset()) | {title}
        for named in offices:
            near = abs(first_para[named.id] - first_para[described.id]) <= _PARAGRAPHS_APART
            if (named is not described and named.head is not None and near and _holder_title(named, titles)
                    and (named.affiliation is None or described.affiliation in (None, named.affiliation))):
                named.mentions[:0] = [m for m in described.mentions if m not in named.mentions]
                named.spans.extend(described.spans)
                named.affiliation = named.affiliation or described.affiliation
                described.head = None  # merged: never again a candidate
                out = [evolve(c, source=named.id) if c.source == described.id else c for c in out]
                break
    return out

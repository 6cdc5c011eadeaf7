"""Stage 5, merge: one attribution per source and sentence; a split quote in one paragraph is one quote.

Several cues of one speaker in one sentence are one attribution ("Kerry told ..., warning that
..."): a quotation wins over a paraphrase around it as its text (and its cue becomes the
attribution's cue), parts of the same kind are joined (a part inside one already kept is
dropped), and the most direct quote type wins. A paraphrase beside a quotation, not around it
("“We will appeal,” she said, adding that the city was wronged"), or a second verb's paraphrase
beside the first's ("denied the charge and said he would appeal") stays a report of its own.
A direct quotation continued after "she said" in the same paragraph is joined to the part
before it. Every cue merged is kept (the stance is chosen from them later).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.sourcing.candidates import Candidate
from analysis.sourcing.cues import Cue
from analysis.sourcing.frozen import evolve

_RANK = {"direct": 0, "partial": 1, "indirect": 2}
_LOOK_BACK = 4  # attributions before a candidate that may take it in


@dataclass
class _Host:
    """An attribution while later candidates merge into it (local to :func:`merge`)."""

    base: Candidate
    parts: list[tuple[int, int]]
    is_quote: bool
    quote_type: str
    cue: Cue | None
    extra_cues: list[Cue] = field(default_factory=list)
    furthest: int = -1  # the furthest end of ``parts``
    absorbed: bool = False  # whether a later candidate merged into it (else ``base`` is the attribution as it is)

    @classmethod
    def of(cls, candidate: Candidate) -> _Host:
        parts = list(candidate.text_parts)
        return cls(candidate, parts, candidate.is_quote, candidate.quote_type, candidate.cue, list(candidate.extra_cues),
                   max((b for _, b in parts), default=-1))

    def takes(self, candidate: Candidate) -> bool:
        if self.base.source != candidate.source or self.base.kind != candidate.kind:
            return False  # a no-comment record never merges into a report of speech
        same_sentence = self.base.sentence.index == candidate.sentence.index
        split_quote = (
            candidate.resolved_by == "continuation" and self.is_quote and candidate.is_quote
            and self.base.paragraph == candidate.paragraph and self.quote_type == candidate.quote_type == "direct"
        )
        if (
            same_sentence and _apart(self.parts, candidate.text_parts)
            and (self.is_quote != candidate.is_quote or _two_verbs(self.cue, candidate.cue) or _second_quote(self, candidate))
            and not _according(self.cue) and not _according(candidate.cue)
        ):
            # "“We will appeal,” she said, adding that the city was treated unfairly": a
            # paraphrase beside the quotation (not around it) is a second report; a quote winning
            # over it would drop its words. "..., according to X, who said “...”" stays one report.
            return False
        return same_sentence or split_quote

    def absorb(self, candidate: Candidate) -> None:
        self.absorbed = True
        if candidate.is_quote and not self.is_quote:
            self.parts = list(candidate.text_parts)
            self.furthest = max((b for _, b in self.parts), default=-1)
            self.is_quote = True
            self.quote_type = candidate.quote_type
            if candidate.cue is not None:
                if self.cue is not None:
                    self.extra_cues.insert(0, self.cue)
                self.cue = candidate.cue
        elif candidate.is_quote == self.is_quote:
            # Keep the parts not inside one the host has. A part can only be inside one when it
            # ends no later than the host's furthest end: testing that first keeps a sentence
            # with thousands of quotes linear (the full scan made it quadratic).
            for part in candidate.text_parts:
                if part[1] <= self.furthest and any(a <= part[0] and part[1] <= b for a, b in self.parts):
                    continue
                self.parts.append(part)
                self.furthest = max(self.furthest, part[1])
            if _RANK[candidate.quote_type] < _RANK[self.quote_type]:
                self.quote_type = candidate.quote_type
        if candidate.cue is not None and candidate.cue is not self.cue:
            self.extra_cues.append(candidate.cue)
        self.extra_cues.extend(candidate.extra_cues)

    def freeze(self) -> Candidate:
        if not self.absorbed:
            return self.base  # (the same values: no copy of a record nothing merged into)
        return evolve(self.base, text_parts=tuple(self.parts), is_quote=self.is_quote, quote_type=self.quote_type,
                       cue=self.cue, extra_cues=tuple(self.extra_cues))


def _according(cue: Cue | None) -> bool:
    return cue is not None and cue.according


def _two_verbs(first: Cue | None, second: Cue | None) -> bool:
    """Two reports by two verbs ("She said the plan was fair and urged ..."), not one verb's parts."""
    return first is not None and second is not None and first is not second and not second.gerund


def _second_quote(host: _Host, candidate: Candidate) -> bool:
    """A quotation introduced by a participle after the first ("“…,” she said, adding, “…”"):
    a second statement, as coders count it."""
    return host.is_quote and candidate.is_quote and candidate.cue is not None and candidate.cue.gerund and candidate.cue is not host.cue


def _apart(parts: list[tuple[int, int]], others: tuple[tuple[int, int], ...]) -> bool:
    """Whether no part of ``others`` overlaps one of ``parts`` (both non-empty)."""
    return bool(parts) and bool(others) and not any(a < d and c < b for a, b in parts for c, d in others)


def merge(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates merged (see the module docstring), in body order."""
    out: list[_Host] = []
    for candidate in candidates:
        host = next((previous for previous in reversed(out[-_LOOK_BACK:]) if previous.takes(candidate)), None)
        if host is None:
            out.append(_Host.of(candidate))
        else:
            host.absorb(candidate)
    return tuple(host.freeze() for host in out)

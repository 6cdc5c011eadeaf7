"""Stage 4, coreference: every candidate gets a source, in body order.

A candidate with a speaker phrase is resolved by :func:`~analysis.sourcing.pronouns.resolve_pronoun`
(a speaker pronoun) or :func:`~analysis.sourcing.descriptions.describe` (a name, a description,
an institution); the same words resolved once keep their source ("according to X, who said").
A quotation with no speaker continues the last speaker of its paragraph or the paragraph before
(the news convention for running quotes); with none, it is kept as an unattributed quote. Last,
:func:`cataphora` joins a lead's "A state judge ..." to the "Judge Marion Pryce" named next.

The :class:`~analysis.sourcing.registry.Registry` is the order-dependent state; what this stage
hands on (:class:`Coreference`) is frozen.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.sourcing.agent_they import passive_agent_they
from analysis.sourcing.candidates import Candidate
from analysis.sourcing.context import Document
from analysis.sourcing.descriptions import describe
from analysis.sourcing.frozen import evolve
from analysis.sourcing.lead_names import lead_then_named
from analysis.sourcing.lexicon import word_tuple, words
from analysis.sourcing.narrator_quotes import narrator_phrase
from analysis.sourcing.own_source import nearer_group
from analysis.sourcing.paragraph_subjects import paragraph_subject
from analysis.sourcing.plural_they import nearer_plural_subject
from analysis.sourcing.pronouns import resolve_pronoun, they_has_referent
from analysis.sourcing.registry import Registry, ResolvedSource, SourceRecord, compatible, note
from analysis.sourcing.result import SILENT_KINDS
from analysis.sourcing.same_office import same_office
from analysis.sourcing.turns import group_subject


@dataclass(frozen=True)
class Coreference:
    """The candidates with their sources (``Candidate.source`` indexes ``sources``), and the
    (start, end) of quotations no speaker could be found for."""

    candidates: tuple[Candidate, ...]
    sources: tuple[ResolvedSource, ...]
    unattributed: tuple[tuple[int, int], ...]


# The possessive a quotation's owner may be written with ("her remark that “…”"), and the speaker
# pronoun it is resolved as.
POSSESSIVES = {"his": "he", "her": "she", "their": "they"}


def resolve_speakers(doc: Document, candidates: tuple[Candidate, ...]) -> Coreference:
    """Resolve speakers in body order (pronouns look back at earlier sources)."""
    reg = Registry()
    kept: list[Candidate] = []
    unattributed: list[tuple[int, int]] = []
    for candidate in candidates:
        subject = paragraph_subject(doc, candidate, kept) if candidate.speaker is None and candidate.resolved_by == "continuation" else None
        if subject is not None:  # "Sen. Jane Ortiz, for her part, is labeling the plan “a blatant abuse.”"
            candidate = _resolve(doc, reg, evolve(candidate, speaker=subject, resolved_by="subject"))
        elif candidate.speaker is None:
            previous = continued(candidate, kept) if candidate.resolved_by == "continuation" else None  # not a crowd's chant
            if previous is not None and narrator_phrase(doc, candidate, previous, kept):
                previous = None  # "… No matter what, the answer is “most or all of it.”": the writer's (narrator_quotes.py)
            if previous is None:
                unattributed.append((candidate.text_parts[0][0], candidate.text_parts[-1][1]))
                continue
            candidate = evolve(candidate, speaker=previous.speaker, source=previous.source, resolved_by="continuation")
        else:
            # Words reported before their speaker ("“Lee is playing politics,” he said" with its opening mark
            # lost) are no referent of the speaker pronoun either: noted first, their owner set below.
            before = candidate.quote_type != "indirect" and candidate.text_parts and candidate.text_parts[-1][1] <= candidate.speaker[0]
            early = candidate.text_parts if before else ()
            reg.contents.extend(early)
            reg.content_sources.extend([-1] * len(early))
            candidate = _resolve(doc, reg, candidate)
            del reg.contents[len(reg.contents) - len(early) :], reg.content_sources[len(reg.content_sources) - len(early) :]
        reg.contents.extend(candidate.text_parts)  # what later pronouns must not take as a speaker
        reg.content_sources.extend([candidate.source] * len(candidate.text_parts))
        if candidate.speaker is not None:
            reg.previous = (candidate.source, candidate.paragraph, candidate.speaker[1])
        kept.append(candidate)
    resolved = tuple(same_office(reg, lead_then_named(doc, reg, list(cataphora(reg, kept)))))  # trial 16 F3; same_office.py
    return Coreference(resolved, tuple(s.freeze() for s in reg.sources), tuple(unattributed))


def continued(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The attribution an uncued quote continues: same paragraph, else the paragraph before (a
    report inside a quotation's own sentence hands on the quotation's speaker: :func:`_quote_of_sentence`).
    A no-comment or unreachable record is never continued (its party said nothing)."""
    for k in range(len(kept) - 1, -1, -1):
        previous = kept[k]
        if previous.kind in SILENT_KINDS:
            continue
        if previous.paragraph == candidate.paragraph or previous.paragraph == candidate.paragraph - 1 or (
            previous.is_quote and previous.paragraph >= candidate.paragraph - 1
        ):
            return _quote_of_sentence(kept, k)
        break
    return None


def _quote_of_sentence(kept: list[Candidate], k: int) -> Candidate:
    """``kept[k]``, or the quotation of its sentence when ``kept[k]`` is a report written into the
    quotation's attribution ("“…,” Ann Cole told the station, after Reyes stated an interest in …
    “…”"): the running quote goes on with the quotation's speaker, not with the clause's."""
    previous = kept[k]
    if previous.is_quote:
        return previous
    for j in range(k - 1, max(-1, k - 4), -1):
        other = kept[j]
        if other.sentence.index != previous.sentence.index:
            break
        if other.is_quote and other.speaker is not None and other.kind not in SILENT_KINDS:
            return other if _clause_after(previous, other) else previous
    return previous


def _clause_after(report: Candidate, quote: Candidate) -> bool:
    """Whether ``report`` is a clause written after ``quote`` and its attribution, about something
    else: its speaker stands after the quotation, its verb is no "according to" and its words do
    not take in the quotation (", CNN reported" and "according to a pool report" source the
    quotation itself; "Jones said Trump told him “…”" holds it)."""
    if report.speaker is None or quote.speaker is None or not quote.text_parts or report.speaker[0] < quote.text_parts[-1][1]:
        return False
    if report.cue is None or report.cue.according:
        return False
    first, last = quote.text_parts[0][0], quote.text_parts[-1][1]
    return not any(a < last and first < b for a, b in report.text_parts)


def _resolve(doc: Document, reg: Registry, candidate: Candidate) -> Candidate:
    """``candidate`` with the source of its speaker, creating one when no earlier source matches."""
    span = candidate.speaker
    assert span is not None
    text = doc.body[span[0] : span[1]]
    tokens = word_tuple(text)
    resolved_by = candidate.resolved_by
    pronoun = POSSESSIVES.get(tokens[0], tokens[0]) if len(tokens) == 1 else None
    if pronoun in doc.lex.pronouns:
        resolved_by = "pronoun" if resolved_by == "speaker" else resolved_by
    known = reg.span_source.get(span)
    if known is not None:  # the same words already resolved ("according to X, who said"; "he called ... and said")
        return evolve(candidate, source=known, resolved_by=resolved_by)
    group = None
    if pronoun == "they":  # own_source.nearer_group: a group subject written after every source "they" could take
        group = passive_agent_they(doc, span[0]) or group_subject(doc, span[0]) if not they_has_referent(doc, reg, span[0]) else (
            nearer_group(doc, reg, span[0]) or nearer_plural_subject(doc, reg, span[0]))  # "Most Republicans …. They argue"
    if group is not None:  # "Millennials have reached a consensus …: they say …"
        source = describe(doc, reg, group)
        note(source, text, span, span[0])
    elif pronoun in doc.lex.pronouns:
        source = _added_by_previous(doc, reg, candidate, pronoun) or resolve_pronoun(doc, reg, pronoun, span[0])
        note(source, text, span, span[0])
    else:
        source = describe(doc, reg, span)
    reg.span_source[span] = source.id
    return evolve(candidate, source=source.id, resolved_by=resolved_by)


# Verbs that continue the speaker before them: "“...,” Mr. Gidley said. Mr. Trump fits that bill, he added".
_CONTINUING = frozenset({"added", "adds", "adding", "continued", "continues"})


def _added_by_previous(doc: Document, reg: Registry, candidate: Candidate, pronoun: str) -> SourceRecord | None:
    """The speaker of the attribution just before, when "he added" or "she continued" reports a
    quotation or the words before it, in the same paragraph as that attribution or the next, and that
    person agrees with the pronoun: news writes "added" of the person just quoted, whoever the added
    words name ("Mr. Trump ... fits that bill, he added")."""
    if pronoun not in ("he", "she", "it") or candidate.cue is None or reg.previous is None:
        return None
    verb = words(candidate.cue.text)[-1:]
    if not verb or verb[0] not in _CONTINUING:
        return None
    span = candidate.speaker
    if not candidate.is_quote and not (span is not None and candidate.text_parts and candidate.text_parts[-1][1] <= span[0]):
        return None  # "Later, he added trucks": no report; only quoted words, or words before "he added"
    source_id, paragraph, _ = reg.previous
    if not 0 <= source_id < len(reg.sources) or candidate.paragraph - paragraph not in (0, 1):
        return None
    source = reg.sources[source_id]
    if pronoun == "it":  # "“…,” the newspaper said. “…,” it added": a body or a text goes on
        return source if source.speaker_type in ("institution", "document") and not source.plural else None
    if source.speaker_type != "named_person" or source.plural:
        return None
    gender = source.gender or (reg.gender_of(doc, source.person) if source.person else None)
    return source if gender == ("f" if pronoun == "she" else "m") else None


def cataphora(reg: Registry, candidates: list[Candidate]) -> tuple[Candidate, ...]:
    """"A state judge ... ruling that ..." then "Judge Marion Pryce wrote ...": an indefinite
    description whose head is the title of a person named in the next paragraph, with no
    reason given for anonymity, is that person (the usual lead-then-name order of news)."""
    out = list(candidates)
    first_para: dict[int, int] = {}
    for candidate in out:
        first_para.setdefault(candidate.source, candidate.paragraph)
    by_para: dict[int, list[SourceRecord]] = {}
    for source in reg.sources:
        if source.speaker_type == "anonymous" and source.id in first_para:
            by_para.setdefault(first_para[source.id], []).append(source)
    for named in reg.sources:
        if named.speaker_type != "named_person" or named.title is None or named.id not in first_para:
            continue
        title_head = words(named.title)[-1]
        nearby = [s for k in range(3) for s in by_para.get(first_para[named.id] - k, [])]
        for anonymous in nearby:
            if (
                anonymous.speaker_type == "anonymous" and anonymous.head == title_head
                and anonymous.reason is None and anonymous.id in first_para and anonymous.mentions
                and _lead_then_name(anonymous, named, first_para[named.id] - first_para[anonymous.id])
                and compatible(named, anonymous.modifiers, anonymous.affiliation)
                and _first_said(anonymous) < _first_said(named)  # cataphora: the description comes first
            ):
                out = _merge(out, named, anonymous)
                first_para[named.id] = first_para[anonymous.id]
    return _apposition_merge(reg, out, first_para)


def _first_said(source: SourceRecord) -> int:
    """Where the source's first mention stands in the body."""
    return min((span[0] for span in source.spans), default=source.last)


def _lead_then_name(anonymous: SourceRecord, named: SourceRecord, distance: int) -> bool:
    """Whether an unnamed source's first mention is how a lead describes the person named
    ``distance`` paragraphs later: "A state judge" in the paragraph before (or the same), or a
    unique office by its title, "Austria's interior minister" (or "the country's ...") then
    "Interior Minister Wolfgang Peschorn" (the same words before the name), within two paragraphs."""
    tokens = words(anonymous.mentions[0])
    if tokens[:1] in (["a"], ["an"]):
        return 0 <= distance <= 1
    if tokens[:1] == ["the"]:
        tokens = tokens[1:]
    if not tokens or not tokens[0].endswith(("’s", "'s")) or not 0 <= distance <= 2 or len(tokens) < 2:
        return False
    office = " ".join(tokens[1:]) + " "  # the title written before the name: "Culture Minister Karl Weber"
    return any(" ".join(words(mention)).startswith(office) for mention in named.mentions)


def _merge(out: list[Candidate], named: SourceRecord, anonymous: SourceRecord) -> list[Candidate]:
    """Move ``anonymous``'s attributions and mentions to ``named``."""
    named.mentions[:0] = [m for m in anonymous.mentions if m not in named.mentions]
    named.spans.extend(anonymous.spans)
    named.affiliation = named.affiliation or anonymous.affiliation
    anonymous.head = None  # merged: never again a candidate
    return [evolve(c, source=named.id) if c.source == anonymous.id else c for c in out]


def _apposition_merge(reg: Registry, out: list[Candidate], first_para: dict[int, int]) -> tuple[Candidate, ...]:
    """"the state's top environmental official said ..." and then "Maria Delgado, the state's top
    environmental official, said ...": a description given with no reason for anonymity that an
    apposition (within the next two paragraphs) gives to a named person is that person."""
    appositions: list[tuple[str, SourceRecord]] = []
    for named in reg.sources:
        if named.speaker_type == "named_person" and named.id in first_para:
            for mention in named.mentions:
                _, comma, rest = mention.partition(", ")
                if comma and _description_key(rest):
                    appositions.append((_description_key(rest), named))
    for anonymous in reg.sources:
        if anonymous.speaker_type != "anonymous" or anonymous.head is None or anonymous.reason is not None:
            continue
        if anonymous.plural or anonymous.id not in first_para or not anonymous.mentions:
            continue
        key = _description_key(anonymous.mentions[0])
        named = next((n for k, n in appositions if k == key and 0 <= first_para[n.id] - first_para[anonymous.id] <= 2), None)
        if named is not None:
            out = _merge(out, named, anonymous)
    return tuple(out)


def _description_key(text: str) -> str:
    """A description's words without its article ("the state's top official" -> "state's top official")."""
    tokens = words(text.rstrip(" ,"))
    if tokens[:1] in (["the"], ["a"], ["an"]):
        tokens = tokens[1:]
    return " ".join(tokens) if len(tokens) >= 2 else ""

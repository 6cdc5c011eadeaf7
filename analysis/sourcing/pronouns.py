"""Coreference of speaker pronouns: "he", "she", "they", "it" take the nearest earlier compatible
source or actor mention.

"he"/"she" take a person: a source, a person mention, or a named source whose title is used as a
definite description ("The mayor ... She said"); "it" takes an institution or a document (or an
organisation or country mention); "they" prefers plural or institutional sources. A known gender
must agree (gender is known only from words such as "spokeswoman" or "Mr", or from an earlier
pronoun, never from first names). A name inside another speaker's description ("a woman from
Kyauk Taw") is not a referent. Only the last few thousand characters and the last few dozen
sources are read. A pronoun with no referent opens an anonymous source of its own.

Number and gender agreement rules belong in :func:`_candidates`; the choice among candidates
(nearest wins) in :func:`resolve_pronoun`.
"""

from __future__ import annotations

from analysis.actors import ActorMention, person_gender
from analysis.sourcing.attributes import actor_is_official, org_class
from analysis.sourcing.context import LOOKBACK_CHARS, LOOKBACK_SOURCES, Document
from analysis.sourcing.lexicon import words
from analysis.sourcing.registry import Registry, SourceRecord, note


def resolve_pronoun(doc: Document, reg: Registry, pronoun: str, position: int) -> SourceRecord:
    """The source a speaker ``pronoun`` at ``position`` refers to (see the module docstring)."""
    gender = "f" if pronoun == "she" else "m" if pronoun == "he" else None
    window = max(0, position - LOOKBACK_CHARS)
    recent = [s for s in reg.sources[-LOOKBACK_SOURCES:] if s.last >= window]
    candidates = _candidates(doc, reg, doc.lex.pronouns[pronoun], gender, window, position, recent)
    if not candidates:
        return reg.new_source(
            speaker_type="anonymous", key=f"pronoun:{len(reg.sources)}", head=pronoun, plural=pronoun == "they",
            modifiers=frozenset(), affiliation=None, gender=gender, person=None, klass=None,
        )
    _, best = max(candidates, key=lambda c: (_salient(doc, c[1]), c[0]))
    if isinstance(best, SourceRecord):
        if best.gender is None and gender is not None:
            best.gender = gender
        return best
    if best.kind == "person":
        source, created = reg.person_source(best.actor, gender)
        if created:
            note(source, best.text, (best.start, best.end), best.start)
            source.title, source.title_official = reg.title_of(doc, best.actor)
        if source.gender is None:
            source.gender = gender
        return source
    actor = best.institution or best.actor
    source = next((s for s in recent if s.key == f"actor:{actor}"), None)
    if source is None:
        source = reg.new_source(
            speaker_type="institution", key=f"actor:{actor}", head=None, plural=False, modifiers=frozenset(),
            affiliation=best.actor, gender=None, person=None, klass=org_class(doc.lex, actor),
            institution_official=actor_is_official(doc.lex, actor),
        )
        source.name_hint = actor
        note(source, best.text, (best.start, best.end), best.start)
    return source


_OBJECT_BEFORE = frozenset({"to", "with", "against", "about", "of", "for", "by", "from", "on", "at", "over", "and",
                            "than", "like", "as", "into", "toward", "towards", "behind", "under", "between"})


def _salient(doc: Document, referent: SourceRecord | ActorMention) -> bool:
    """Whether a referent is a subject a news writer would follow with "he said": a source that
    has spoken, or a person named as the subject of a sentence (nothing but a title, a
    determiner or an opening clause before the name) — not the object of a preposition or verb."""
    if isinstance(referent, SourceRecord):
        return True
    sentence = doc.sentence_at(referent.start)
    before = doc.body[sentence.start : referent.start]
    clause = before.rfind(", ")
    lead = before[clause + 2 :] if clause != -1 else before
    lead_words = words(lead)
    if lead_words and lead_words[-1] in _OBJECT_BEFORE:
        return False
    return len(lead_words) <= 4 and all(w[:1].isupper() for w in lead.split())


def _candidates(
    doc: Document, reg: Registry, wanted: str, gender: str | None, window: int, position: int, recent: list[SourceRecord]
) -> list[tuple[int, SourceRecord | ActorMention]]:
    """(offset of the latest mention, referent) for every referent that agrees with the pronoun."""
    candidates: list[tuple[int, SourceRecord | ActorMention]] = []
    for source in recent:
        if wanted == "person" and (source.speaker_type not in ("named_person", "anonymous") or source.plural):
            continue
        if wanted == "institution" and source.speaker_type not in ("institution", "document"):
            continue
        if gender is not None and source.gender not in (None, gender):
            continue
        last = source.last
        if source.title is not None and source.speaker_type == "named_person":
            # "The mayor, who faces re-election ..." refers to the named mayor.
            title_head = words(source.title)[-1:]
            if title_head:
                found = doc.body_lower.rfind(f"the {title_head[0]}", window, position)
                last = max(last, found)
        candidates.append((last, source))
    inside_spans = [sp for src in recent for sp in src.spans[-4:]]
    if wanted == "person":
        for m in doc.mentions_in(window, position):
            if m.kind != "person":
                continue
            if any(a <= m.start and m.end <= b and (b - a) > (m.end - m.start) + 2 for a, b in inside_spans):
                continue  # a name inside another speaker's description ("a woman from Kyauk Taw")
            if doc.in_quote(m.start):
                continue  # the person a quotation is about, not a speaker ("“Cruz is lying,” he said")
            existing = reg.by_person.get(m.actor)
            known = existing.gender if existing is not None and existing.gender is not None else person_gender(m.actor)
            if gender is not None and known not in (None, gender):
                continue
            candidates.append((m.start, m))
    if wanted == "institution":
        for m in doc.mentions_in(window, position):
            if m.kind != "person":
                candidates.append((m.start, m))
    if wanted == "any":
        plural = [c for c in candidates if isinstance(c[1], SourceRecord) and (c[1].plural or c[1].speaker_type == "institution")]
        candidates = plural or candidates
    return candidates

"""Building blocks of the detectors: evidence from cue categories, from sourcing's stances and
accusations, and the merge that keeps one Evidence per unit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from analysis.actors import actor_official
from analysis.framing.context import Context, dedupe
from analysis.framing.cues import Unit
from analysis.framing.result import CueHit, Evidence


def simple(ctx: Context, *categories: str, parts: Sequence[str] = ("headline", "body")) -> list[Evidence]:
    """One Evidence per unit of ``parts`` holding a non-negated cue of any of ``categories``."""
    return [
        Evidence(u.part, u.sentence, u.text, unique_cues(cues), party_names(ctx, u))
        for u, cues in ctx.units_with(*categories, parts=parts)
    ]


def party_names(ctx: Context, unit: Unit) -> tuple[str, ...]:
    """The actors named in a body sentence, each once (read once per sentence: many questions ask)."""
    if unit.part != "body" or unit.sentence is None:
        return ()
    key = ("parties", unit.sentence)
    names = ctx.memo.get(key)
    if names is None:
        names = ctx.memo[key] = tuple(dedupe(p.name for p in ctx.parties.get(unit.sentence, [])))
    return names


def stance_evidence(ctx: Context, stances: set[str]) -> list[Evidence]:
    """One Evidence per sourcing attribution whose stance is one of ``stances``."""
    out = []
    for attribution in ctx.attributions:
        stance = attribution.stance
        if stance not in stances:
            continue
        source = ctx.sources.get(attribution.source_id)
        name = (source.name if source is not None else "") or attribution.speaker or "a source"
        text = attribution.sentence_text or attribution.text
        out.append(
            Evidence(
                "body",
                attribution.sentence,
                text,
                (),
                (),
                (name,),
                f"sourcing: {stance} ({attribution.cue})",
            )
        )
    return out


def unique_cues(cues: Iterable[CueHit]) -> tuple[CueHit, ...]:
    """Cues in text order without repeats: a cue whose span lies inside another's is dropped."""
    cues = tuple(cues)
    if len(cues) < 2:  # most units give one cue of a question's categories: nothing to order or drop
        return cues
    ordered = sorted(cues, key=lambda c: (c.part, c.start, -(c.end - c.start), c.category))
    out: list[CueHit] = []
    part, reach = None, -1  # furthest end among kept cues of the current part
    for cue in ordered:
        if cue.part == part and cue.end <= reach:
            continue
        if cue.part != part:
            part, reach = cue.part, -1
        out.append(cue)
        reach = max(reach, cue.end)
    return tuple(out)


def accusation_evidence(ctx: Context) -> list[tuple[Evidence, bool]]:
    """Accused parties found by sourcing (``right_of_reply``): one Evidence per accusing unit,
    with whether the accused party is a state actor (a country, or an official organisation)."""
    out: list[tuple[Evidence, bool]] = []
    for reply in ctx.right_of_reply:
        party, kind = reply.party, reply.kind
        government = kind == "country" or (kind == "organisation" and bool(actor_official(party)))
        for accusation in reply.accused_in:
            sentence = accusation.sentence
            part = "headline" if sentence is None else "body"
            if part == "headline" and not ctx.article.headline:
                continue
            text = ctx.article.headline if sentence is None else ctx.unit(("body", sentence)).text
            ev = Evidence(
                part, sentence, text or "", (), (party,), (),
                f"sourcing: {party} accused ({accusation.cue})",
            )
            out.append((ev, government))
    return out


def merge(*groups: list[Evidence]) -> list[Evidence]:
    """One Evidence per unit: cues, actors, sources and notes of the same unit are merged."""
    merged: dict[tuple[str, int], Evidence] = {}
    for group in groups:
        for ev in group:
            old = merged.get(ev.key)
            if old is None:
                merged[ev.key] = ev
                continue
            merged[ev.key] = Evidence(
                old.part,
                old.sentence,
                old.text or ev.text,
                unique_cues(old.cues + ev.cues),
                tuple(dict.fromkeys(old.actors + ev.actors)),
                tuple(dict.fromkeys(old.sources + ev.sources)),
                "; ".join(n for n in (old.note, ev.note) if n),
                old.strong or ev.strong,
            )
    order = {"headline": 0, "body": 1, "caption": 2, "sources": 3}
    # unique_cues gives back an equal tuple for cues already unique (most evidence is made with
    # them): then the evidence is kept as it is, without the cost of dataclasses.replace
    merged = {k: e if (cues := unique_cues(e.cues)) == e.cues else replace(e, cues=cues) for k, e in merged.items()}
    return sorted(merged.values(), key=lambda e: (order.get(e.part, 9), -1 if e.sentence is None else e.sentence))

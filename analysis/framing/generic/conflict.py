"""Conflict (CO1-CO4): disagreement, reproach, two or more sides, winners and losers. Parties are
counted by the actor they stand for ("Moscow" and "Russia" are one side) when
:mod:`analysis.actors` knows them."""

from __future__ import annotations

import re

from analysis.actors import actor_country, match_actor
from analysis.framing.context import Context, Party, dedupe
from analysis.framing.cues import unit_key
from analysis.framing.generic.evidence import accusation_evidence, merge, simple, stance_evidence
from analysis.framing.generic.registry import detector
from analysis.framing.result import Evidence

_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})\s+and\s+(?:the\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3})"
)


@detector(
    "CO1",
    question="Does the story reflect disagreement between parties-individuals-groups-countries?",
    rule="a disagreement cue (dispute, tension, rejected, criticised), or a sourcing attribution with stance accusation/denial/doubt",
    negated=("disagreement",),
)
def co1(ctx: Context) -> list[Evidence]:
    return merge(simple(ctx, "disagreement"), stance_evidence(ctx, {"accusation", "denial", "doubt"}))


@detector(
    "CO2",
    question="Does one party-individual-group-country reproach another?",
    rule=(
        "a reproach cue (accused, blamed, condemned, 'serious concern', 'aggressive'), a sourcing "
        "attribution with stance accusation/denial, or a party sourcing finds accused"
    ),
    negated=("reproach",),
)
def co2(ctx: Context) -> list[Evidence]:
    # Not the "doubt" stance (claimed, suggested): that is the reporter keeping a claim at arm's
    # length, not one party reproaching another.
    return merge(
        simple(ctx, "reproach"),
        stance_evidence(ctx, {"accusation", "denial"}),
        [ev for ev, _ in accusation_evidence(ctx)],
    )


def _party_key(party: Party) -> str:
    if party.kind in ("country", "organisation", "group"):
        country = actor_country(party.name) if party.kind != "group" else None
        return country or party.name
    return party.name


def _canonical(name: str) -> str:
    """The actor a phrase names ("Moscow" -> "Russia") when analysis.actors knows it."""
    found = match_actor(name)
    return str(found[0]) if found else name


@detector(
    "CO3",
    question="Does the story refer to two sides or to more than two sides of the problem or issue?",
    rule=(
        "in a conflict sentence two or more distinct parties (actors, 'between X and Y') or a contrast "
        "cue; contending sources of two or more affiliations; a charge and its reply; sides named "
        "outright ('both sides'); or both political camps named in one sentence (documents and bare pronouns are no sides)"
    ),
    negated=("sides",),
)
def co3(ctx: Context) -> list[Evidence]:
    """Two or more sides: in a sentence with a disagreement or reproach cue, (a) two or more
    distinct parties (actors, a person counted with the country of their title when known) or a
    "between X and Y" phrase, or (b) a contrast cue ("critics", "on the other hand", "denied",
    "countered"); (c) over the whole story, contending sources of two or more distinct
    affiliations; (d) a charge and the accused side's reply; (e) sides named outright ("both
    sides", "the other side"); (f) a sentence naming both camps of a party system ("Democrats and
    Republicans"). (c)-(f) are decisive on their own."""
    out: list[Evidence] = []
    for unit, cues in ctx.units_with("disagreement", "reproach"):
        sides: list[str] = []
        if unit.part == "body" and unit.sentence is not None:
            sides = dedupe(_party_key(p) for p in ctx.parties.get(unit.sentence, []) if p.kind != "person" or p.government)
        if ctx.cues(unit_key(unit), "predecessor"):
            # the government that undoes the measure, when named only by an office or agency noun
            sides = dedupe([*(sides or ctx.government_in(unit)[:1]), "the predecessor"])
        # the pattern opens with \b (no literal to skip to): a search read every position of every unit
        between = _BETWEEN.search(unit.text) if "between" in unit.text else None
        if between:
            sides = dedupe([*sides, _canonical(between.group(1)), _canonical(between.group(2))])
        contrast = ctx.cues(unit_key(unit), "sides")
        if len(sides) >= 2 or contrast:
            note = f"between {between.group(1)} and {between.group(2)}" if between else "parties in conflict"
            out.append(
                Evidence(unit.part, unit.sentence, unit.text, tuple(cues + contrast), tuple(sides), (), note, strong=bool(between))
            )
    out.extend(_source_sides(ctx))
    out.extend(_charge_and_reply(ctx))
    out.extend(
        Evidence(u.part, u.sentence, u.text, tuple(cues), (), (), "sides named outright", strong=True)
        for u, cues in ctx.units_with("explicit_sides")
    )
    out.extend(
        Evidence(u.part, u.sentence, u.text, tuple(cues), (), (), "both political camps", strong=True)
        for u, cues in ctx.units_with("camp_left")
        if ctx.cues(unit_key(u), "camp_right") and not ctx.cues(unit_key(u), "camp_agreement")
    )
    return merge(out)


def _charge_and_reply(ctx: Context) -> list[Evidence]:
    """A charge and the accused side's reply ("X accused Y ...", "Y denied it"): news that prints
    an accusation and its rebuttal gives two sides of the issue. One decisive Evidence, at the
    first reply (a ``reply_to_charge`` cue, or an attribution with the denial stance) that
    follows or shares the sentence with a reproach unit or an accusing attribution."""
    starts = [-1 if u.part == "headline" else (u.sentence or 0) for u, _ in ctx.units_with("reproach")]
    starts += [a.sentence for a in ctx.attributions if a.stance == "accusation"]
    if not starts:
        return []
    first = min(starts)
    replies = {u.sentence: cues for u, cues in ctx.units_with("reply_to_charge", parts=("body",))}
    for a in ctx.attributions:
        if a.stance == "denial":
            replies.setdefault(a.sentence, [])
    after = sorted(s for s in replies if s is not None and s >= first)
    if not after:
        return []
    unit = ctx.unit(("body", after[0]))
    return [Evidence(unit.part, unit.sentence, unit.text, tuple(replies[after[0]]), (), (), "a charge and the reply to it", strong=True)]


#: Reporting stances that put a source at odds with someone (sourcing's speech-verb stances).
CONTRARY_STANCES = frozenset({"accusation", "denial", "doubt"})


def _contending_sources(ctx: Context) -> set[int]:
    """Sources that speak in a sentence with a disagreement or reproach cue, or with a contrary
    stance: quoting two people does not make two sides of an issue (almost every story quotes
    sources of two affiliations); sides are sources that take a position against someone."""
    conflict = {u.sentence for u, _ in ctx.units_with("disagreement", "reproach", parts=("body",))}
    return {
        a.source_id for a in ctx.attributions
        if a.stance in CONTRARY_STANCES or a.sentence in conflict
    }


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


def _source_sides(ctx: Context) -> list[Evidence]:
    """The story's contending sources (:func:`_contending_sources`) grouped by affiliation (its
    country when known, else the source's own name): one Evidence when there are two or more
    groups."""
    if not ctx.sources:  # no source, no side (and no cue read)
        return []
    contending = _contending_sources(ctx)
    affiliations: dict[str, list[str]] = {}
    for source_id, source in ctx.sources.items():
        # a document ("a study", "a press release") reports; it takes no side of the issue; an
        # unresolved pronoun ("He") cannot be told apart from a side already named
        # a news outlet cited for its reporting ("Bloomberg reported") is no party either (press.py)
        if source_id not in contending or source.speaker_type == "document" or source.press or source.name.lower() in _PRONOUNS:
            continue
        side = source.affiliation or source.name
        if side:
            key = actor_country(side) or side
            affiliations.setdefault(key, []).append(source.name)
    if len(affiliations) < 2:
        return []
    return [
        Evidence(
            "sources", None, "; ".join(f"{k}: {', '.join(v)}" for k, v in sorted(affiliations.items())),
            (), tuple(sorted(affiliations)), tuple(n for v in affiliations.values() for n in v),
            "contending sources from two or more sides", strong=True,
        )
    ]


@detector(
    "CO4",
    question="Does the story refer to winners and losers?",
    rule="a winners/losers cue (won, defeat, gains against, setback, upper hand)",
    negated=("winners_losers",),
)
def co4(ctx: Context) -> list[Evidence]:
    return simple(ctx, "winners_losers")

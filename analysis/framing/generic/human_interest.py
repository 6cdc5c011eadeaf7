"""Human interest (HI1-HI5): a human face on the issue, emotive wording, people affected, private
lives, and a photo caption that shows suffering or human drama (the image itself is never seen)."""

from __future__ import annotations

import re

from analysis.framing.context import Context
from analysis.framing.cues import Unit, cue_lexicons, scan, unit_key
from analysis.framing.generic.evidence import merge, simple
from analysis.framing.generic.history import set_in_past
from analysis.framing.generic.registry import detector
from analysis.framing.result import Evidence

_APPOSITION = re.compile(r",\s+(?:(?:a|an)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)|(\d{1,3})\s*,)")


@detector(
    "HI1",
    question="Does the story provide a human example or 'human face' on the issue?",
    rule=(
        "an individual described as a person (age, family role, 'a resident'), a named person with a "
        "non-official apposition ('X, a nurse,'), or ordinary people as a group living with the problem "
        "(residents, farmers, families, victims)"
    ),
    negated=("human_example", "lay_people"),
)
def hi1(ctx: Context) -> list[Evidence]:
    """Human example: a person-describing cue ("a 34-year-old mother", "a resident", "who lives
    in"); a named person followed by a non-official apposition ("Maria Lopez, a nurse, …",
    "Tom Hill, 52, …"); or ordinary people as a group ("residents", "farmers", "families"): news
    gives an issue a human face through the people who live with it. A bare named person is not
    enough (in news most named people are office holders or celebrities mentioned in passing), nor
    is a quoted non-official person (mostly experts, campaigners and politicians the actor list
    does not know: on the tuning half they did not predict the coders' answer)."""
    return merge(simple(ctx, "human_example", "lay_people"), _described_persons(ctx), _people_affected(ctx))


def _people_affected(ctx: Context) -> list[Evidence]:
    """People counted as a group in a sentence that says how the problem touches them ("38 people
    have been killed", "millions of Americans live with unhealthful air")."""
    return [
        Evidence(u.part, u.sentence, u.text, tuple(cues + ctx.cues(unit_key(u), "affected")), (), (), "people affected")
        for u, cues in ctx.units_with("people_counted")
        if ctx.cues(unit_key(u), "affected") and not set_in_past(u.text)
    ]


def _described_persons(ctx: Context) -> list[Evidence]:
    """Named non-official persons followed by an apposition that is not an official title."""
    out = []
    lex = cue_lexicons()
    for sentence, parties in sorted(ctx.parties.items()):
        unit = ctx.unit(("body", sentence))
        for party in parties:
            if party.kind != "person" or party.government:
                continue
            match = _APPOSITION.match(ctx.article.body, party.end)
            if match is None:
                continue
            role = match.group(1)
            if role is not None:
                role_unit = Unit("body", sentence, role, 0)
                # An office or a profession of expertise/advocacy ("a strategic adviser at"),
                # not a person described by their life.
                roles = {"cue:official_title", "cue:professional_role"}
                if any(h.category in roles for h in scan(role_unit, lex, lambda _p, _o: "narrator")):
                    continue
            out.append(Evidence("body", sentence, unit.text, (), (party.name,), (), f"person described: {match.group(0).strip(', ')}"))
    return out


@detector(
    "HI2",
    question=(
        "Does the story employ adjectives or personal vignettes that generate feelings of outrage, "
        "empathy-caring, sympathy or compassion?"
    ),
    rule="an emotive word (tragic, devastated, grieving, innocent, brutal)",
    negated=("emotive",),
)
def hi2(ctx: Context) -> list[Evidence]:
    return simple(ctx, "emotive")


@detector(
    "HI3",
    question="Does the story emphasise how individuals and groups are affected by the issue/problem?",
    rule="an effect-on-people cue (killed, injured, displaced, lost their jobs, struggling), not negated",
    negated=("affected",),
)
def hi3(ctx: Context) -> list[Evidence]:
    return simple(ctx, "affected")


@detector(
    "HI4",
    question="Does the story go into the private or personal lives of the actors?",
    rule="a private-life cue (his wife, her children, grew up, married, at home)",
    negated=("private_life",),
)
def hi4(ctx: Context) -> list[Evidence]:
    return simple(ctx, "private_life")


@detector(
    "HI5",
    question=(
        "Does the story contain visual information that might generate feelings of outrage, "
        "empathy-caring, sympathy or compassion?"
    ),
    rule="the photo caption depicts suffering, grief or human drama (caption cues; no caption -> no)",
    negated=("visual_emotion", "emotive", "affected"),
    parts=("caption",),
)
def hi5(ctx: Context) -> list[Evidence]:
    return simple(ctx, "visual_emotion", "emotive", "affected", parts=("caption",))

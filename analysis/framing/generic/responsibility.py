"""Attribution of responsibility (RS1-RS5): who can solve the problem, who caused it, and
whether it is urgent. Government versus individual responsibility is read from word order around
the blame cues (see :func:`blame_targets`), not from a parse."""

from __future__ import annotations

import re

from analysis.framing.context import Context
from analysis.framing.cues import CueLexicons, Unit, cue_lexicons, unit_key
from analysis.framing.generic.evidence import accusation_evidence, merge, party_names, simple, stance_evidence, unique_cues
from analysis.framing.generic.human_cause import split_humankind
from analysis.framing.generic.registry import detector
from analysis.framing.result import CueHit, Evidence


@detector(
    "RS1",
    question="Does the story suggest that some level of government has the ability to alleviate the problem?",
    rule="a solution/action cue in a sentence that names a government (noun, state actor, or an official source speaking)",
    negated=("solution",),
)
def rs1(ctx: Context) -> list[Evidence]:
    out = []
    for unit, cues in ctx.units_with("solution"):
        government = ctx.government_in(unit)
        if government:
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(cues), tuple(government)))
    return out


_FORWARD_BLAME = ("accus", "blam", "fault", "condemn", "caused by", "due to", "because of", "behind")
_AGENT_NOUNS = ("culprit", "perpetrat", "polluter", "emitter")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|get|gets)\s+$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"\s+(?:of|for|by)\b")
# possessive "++": a word is never split between repetitions (no exponential backtracking)
_FOLLOWING_TARGET = re.compile(r"[\s,]*+(?:[\w'.$%-]++\s*+){1,6}?(?=\b(?:of|for|over|in|after|on)\b|[,;:]|$)")
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_TARGET_WINDOW = 120  # characters searched either side of a blame cue


def blame_targets(ctx: Context) -> tuple[list[Evidence], list[Evidence]]:
    """Split blame cues into government (RS2) and individual/group (RS4) responsibility.

    The responsible party is read from word order: after an active "accuse/blame/fault/condemn"
    ("X accused *Russia* of"), otherwise the words before the cue in the same clause ("*Russia*
    was accused", "*world powers* have failed to", "*the company* is responsible for"). The party
    is a government when it holds a government noun or a state actor, a person or group when it
    holds an agent noun or a non-state actor; when neither, the sentence decides: any government
    mention makes it RS2, an agent noun anywhere RS4. Accusations found by sourcing
    (stance "accusation") add their accused party the same way.
    """
    if "blame" in ctx.memo:
        return ctx.memo["blame"]
    government: list[Evidence] = []
    individual: list[Evidence] = []
    for unit, cues in ctx.units_with("blame"):
        text = unit.text
        for cue in cues:
            s, e = cue.start - unit.offset, cue.end - unit.offset
            lowered = cue.term.lower()
            if lowered.startswith(_AGENT_NOUNS):
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,), (cue.text,)))
                continue
            window_start = max(0, s - _TARGET_WINDOW)
            passive = bool(_PASSIVE_BEFORE.search(text, max(0, s - 12), s)) or bool(_PASSIVE_AFTER.match(text, e))
            if lowered.startswith(_FORWARD_BLAME) and not passive:
                follow = _FOLLOWING_TARGET.match(text, e, min(len(text), e + _TARGET_WINDOW))
                t0, t1 = (e, follow.end()) if follow else (e, e)
            else:
                breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, s)]
                t0, t1 = (breaks[-1] if breaks else window_start), s
            gov = ctx.government_in(unit, t0, t1) if t1 > t0 else []
            non = ctx.nongovernment_in(unit, t0, t1) if t1 > t0 else []
            target = text[t0:t1].strip()
            if gov:
                government.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(gov), (), f"responsible: {target}"))
            elif non:
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(non), (), f"responsible: {target}"))
            elif ctx.government_in(unit):
                government.append(Evidence(unit.part, unit.sentence, text, (cue,), tuple(ctx.government_in(unit))))
            elif ctx.cues(unit_key(unit), "responsible_agent"):
                individual.append(Evidence(unit.part, unit.sentence, text, (cue,)))
    for ev, is_government in accusation_evidence(ctx):
        (government if is_government else individual).append(ev)
    for ev in stance_evidence(ctx, {"accusation"}):
        if ev.sentence is None:
            continue
        try:
            unit = ctx.unit(("body", ev.sentence))
        except KeyError:
            continue
        parties = ctx.parties.get(ev.sentence, [])
        if any(p.government for p in parties) or ctx.cues(unit_key(unit), "government"):
            government.append(ev)
        elif parties or ctx.cues(unit_key(unit), "responsible_agent"):
            individual.append(ev)
    ctx.memo["blame"] = (merge(government), merge(individual))
    return ctx.memo["blame"]


@detector(
    "RS2",
    question="Does the story suggest that some level of government is responsible for the issue/problem?",
    rule="a blame cue whose responsible party (by word order) is a government, or an accusation (sourcing) in a sentence naming one",
    negated=("blame",),
)
def rs2(ctx: Context) -> list[Evidence]:
    return split_humankind(*blame_targets(ctx))[0]


@detector(
    "RS3",
    question="Does the story suggest solution(s) to the problem/issue?",
    rule="a solution cue (proposal, plan, deal, ceasefire, talks, 'should', 'seek … assurances')",
    negated=("solution",),
)
def rs3(ctx: Context) -> list[Evidence]:
    return simple(ctx, "solution")


@detector(
    "RS4",
    question="Does the story suggest that an individual (or group of people in society) is responsible for the issue/problem?",
    rule="a blame cue whose responsible party is a person, company or non-state group (agent nouns, non-state actors)",
    negated=("blame",),
)
def rs4(ctx: Context) -> list[Evidence]:
    return split_humankind(*blame_targets(ctx))[1]


@detector(
    "RS5",
    question="Does the story suggest the problem requires urgent action?",
    rule=(
        "an urgency cue (urgent, emergency, 'immediate action', 'time is running out'), or a word of pace "
        "(immediately, quickly, swift) in a call for action: after must/should/need to/urged/demand in the same clause"
    ),
    negated=("urgency", "urgency_pace"),
)
def rs5(ctx: Context) -> list[Evidence]:
    return merge(simple(ctx, "urgency"), paced_calls(ctx))


def paced_calls(ctx: Context) -> list[Evidence]:
    """Units where a word of pace qualifies a call for action ("must be shut down immediately",
    "urged Congress to act quickly"): an [cues.action_call] cue before the pace word in the same
    clause (no clause break or clause word of the [negation] table in between). A pace word that
    tells how fast something happened ("officers quickly searched the area", "in the days
    immediately following") asks for nothing."""
    lex = cue_lexicons()
    out = []
    for unit, paces in ctx.units_with("urgency_pace"):
        calls = ctx.cues(unit_key(unit), "action_call", negated=None)
        if not calls:
            continue
        cues: list[CueHit] = []
        for pace in paces:
            call = next((c for c in reversed(calls) if c.end <= pace.start and _same_clause(unit, c.end, pace.start, lex)), None)
            if call is not None:
                cues += (call, pace)
        if cues:
            out.append(Evidence(unit.part, unit.sentence, unit.text, unique_cues(cues), party_names(ctx, unit)))
    return out


def _same_clause(unit: Unit, start: int, end: int, lex: CueLexicons) -> bool:
    """No clause break (",", ";", ...) nor clause word ("but", "while") between the absolute offsets."""
    between = unit.text[start - unit.offset : end - unit.offset]
    if lex.clause_break_pattern is not None and lex.clause_break_pattern.search(between):
        return False
    return not any(word in lex.clause_words for word in between.lower().split())

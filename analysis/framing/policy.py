"""The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014): each frame's cue evidence
per 1,000 words over the headline and body, and the primary policy frame."""

from __future__ import annotations

from analysis.framing.context import Context
from analysis.framing.cues import CueLexicons
from analysis.framing.result import CueHit, PolicyFrameScore

#: Sort position of a frame without cues (after any cue's position).
_NO_CUE = (2, 0)


def score_policy(ctx: Context, lex: CueLexicons, words: int) -> tuple[PolicyFrameScore, ...]:
    """Score = cue evidence per 1,000 words over headline and body, where a cue weighs its
    lexicon weight (1, 0.5 for a weak cue, 0.25 for a very weak one; negation ignored: a topic is named even when
    negated). The primary frame (rank 1) is the frame with the most evidence when it reaches
    ``[rule] min_evidence`` of ``policy_frames.toml`` and "other" (whose cues name domains
    without a policy angle: sport, reviews, products, science) does not have more; else "other".
    Ties: more plain (weight 1) cues, then the earlier first cue (headline, then body order;
    skipped when ``[rule] tie_first_cue`` is 0), then codebook order. The remaining frames
    follow in the same order, "other" after the frames of equal evidence. A topic frame (money,
    health, crime, defence) that leads gives the lead to policy prescription or political
    when that frame has a plain cue and trails by at most ``[rule] angle_margin`` (lexicon 7.3: 1; see
    :func:`_angle_over_topic`); the rest keep their order. A ``[rule]
    scale_<frame>`` (default 1; none is set: ``scripts/cv_policy_frames.py --scales`` found no
    scale that carries across the coded sets) multiplies that frame's evidence in the ranking and
    the threshold; the reported ``score`` stays the unscaled evidence per 1,000 words.

    A frame's ``decisive`` cues (lexicon 7.2: a poll's finding reported, "a new poll finds", "according
    to the poll") settle their own sentence: a unit holding one counts for that frame alone, as the
    coding guideline's second tie rule has the most specific words decide ("a poll percentage is public
    opinion"); in an article the other sentences still count as before."""
    units = [u for u in ctx.units if u.part in ("headline", "body")]
    rule = lex.policy_rule
    first_cue_ties = rule.get("tie_first_cue", 1.0) > 0
    rows = []
    units_all, keys, by_category = ctx.units, ctx.keys, ctx.by_category
    decided = _decided_units(ctx, lex)
    for name, code, label in lex.policy:
        category = f"policy:{name}"  # the units with its hits, in unit order; hits by start as in ctx.hits
        held = [i for i in ctx.positions.get(category, ())
                if units_all[i].part in ("headline", "body") and decided.get(i, category) == category]
        entries = [by_category[(keys[i], category)][0] for i in held]  # each unit's hits (at least one), by start
        cues = [h for hits in entries for h in hits]
        evidence, plain = _evidence(cues, category, lex)
        scaled = evidence * rule.get(f"scale_{name}", 1.0)
        # ``held`` comes in unit order (the headline first, then the body sentences by offset), and a
        # unit's hits by start: the first hit of the first unit held is the earliest cue, the first
        # unit is the headline when any is, and the sentences come sorted
        lead = units_all[held[0]] if held else None
        first = (lead.part != "headline", entries[0][0].start) if first_cue_ties and lead is not None else _NO_CUE
        rows.append({
            "code": code, "name": name, "label": label, "cues": tuple(cues), "evidence": scaled,
            "key": (-scaled, name == "other", -plain, first, code),
            "share": len(held) / len(units) if units else 0.0,
            "score": 1000.0 * evidence / words if words else 0.0,
            "sentences": tuple(s for i in held if (s := units_all[i].sentence) is not None),
            "headline": lead is not None and lead.part == "headline",
        })  # fmt: skip
    rows.sort(key=lambda r: r["key"])
    other = next(r for r in rows if r["name"] == "other")
    best = next((r for r in rows if r["name"] != "other"), other)
    beaten = other["evidence"] > best["evidence"] or (other["evidence"] == best["evidence"] and best["key"][2] == 0)
    if best["evidence"] < rule.get("min_evidence", 1.0) or beaten:
        rows = [other] + [r for r in rows if r is not other]
    elif (angle := _angle_over_topic(rows, best, rule.get("angle_margin", -1.0))) is not None:
        rows = [angle] + [r for r in rows if r is not angle]
    return tuple(
        PolicyFrameScore(
            r["code"], r["name"], r["label"], len(r["cues"]),
            r["sentences"], r["headline"], r["share"], r["score"], rank, r["cues"],
        )
        for rank, r in enumerate(rows, start=1)
    )


#: Frames whose cue words mostly name what an issue is about (money, health, crime, the military), the
#: subject a policy or a politician acts on, rather than an angle of their own. Legality is left out:
#: the guideline lists "a ruling on its lawfulness" beside policy and politics as an angle of
#: government action, and authority to act is the codebook's own legality.
TOPIC_FRAMES = frozenset({"economic", "capacity_resources", "crime_punishment", "security_defense", "health_safety", "quality_of_life"})
#: The angles of government action that a topic frame's words yield to (guideline, "Government action").
ACTION_FRAMES = ("policy_prescription", "political")


def _angle_over_topic(rows: list[dict], best: dict, margin: float) -> dict | None:
    """The policy or political row that takes the lead from a topic frame ``best`` (None: no change).

    A frame is the sentence's angle, not its topic (the coding guideline): in "a plan to cut
    opioid deaths" or "the senator's attack on his rival's crime record" the health or crime words
    name what the plan or the attack is about. So when the leading frame is a topic frame and the
    stronger of policy prescription and political has at least one plain cue and trails by at most
    ``margin`` (``[rule] angle_margin``; negative: off), that frame leads instead."""
    if margin < 0 or best["name"] not in TOPIC_FRAMES:
        return None
    angle = next((r for r in rows if r["name"] in ACTION_FRAMES), None)  # rows are sorted: the stronger one
    if angle is None or angle["key"][2] == 0 or best["evidence"] - angle["evidence"] > margin:
        return None
    return angle


def _decided_units(ctx: Context, lex: CueLexicons) -> dict[int, str]:
    """Unit index -> the policy category one of whose ``decisive`` terms the unit holds (the first such
    frame in codebook order); empty when the lexicon names none."""
    decided: dict[int, str] = {}
    for name, _, _ in lex.policy:
        category = f"policy:{name}"
        terms = lex.policy_decisive.get(category)
        if not terms:
            continue
        for i in ctx.positions.get(category, ()):
            if i not in decided and any(h.term in terms for h in ctx.by_category[(ctx.keys[i], category)][0]):
                decided[i] = category
    return decided


def _evidence(cues: list[CueHit], category: str, lex: CueLexicons) -> tuple[float, int]:
    """(sum of cue weights, number of plain cues)."""
    if not cues:
        return 0, 0
    own = lex.policy_term_weights.get(category)
    if not own:  # every cue of the category weighs 1
        return float(len(cues)), len(cues)
    weights = [own.get(h.term, 1.0) for h in cues]
    return sum(weights), sum(w >= 1.0 for w in weights)


def primary_policy_frame(policy: tuple[PolicyFrameScore, ...]) -> str:
    """The top-ranked policy frame (see :func:`score_policy` for when it is "other")."""
    return policy[0].frame

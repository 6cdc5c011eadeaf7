"""Economic consequences (EC1-EC3): financial losses or gains, costs, and the economic
consequences of a course of action. Money amounts ("$500 million", "3 billion euros") are found by
a pattern here, not by the lexicon."""

from __future__ import annotations

import re

from analysis.framing.context import Context, span_lookup
from analysis.framing.cues import Unit, unit_key
from analysis.framing.generic.evidence import merge, simple
from analysis.framing.generic.money_words import all_amounts
from analysis.framing.generic.registry import detector
from analysis.framing.result import CueHit, Evidence

_SIGNS = "$€£¥₹"
_CURRENCY_WORDS = ("dollars", "euros", "pounds sterling", "yen", "yuan", "rupees", "francs", "roubles", "rubles")
# ``[\d,]*+`` is possessive and a bare amount never starts right after "digit," (inside a run): on
# "1,1,1,…" every digit was a new start that read to the end of the run (quadratic).
_MONEY = re.compile(
    # "Rs"/"INR" only as written (case-sensitive: "rs" is no currency); lakh (10^5) and crore
    # (10^7) are how Indian and Pakistani news write large amounts ("Rs 12,000 crore").
    r"(?:US\$|A\$|C\$|(?-i:\bRs\.?|\bINR)|[$€£¥₹])\s?\d[\d,]*+(?:\.\d+)?"
    r"(?:\s?(?:million|billion|trillion|bn|mn|m|k|lakh\s+crore|crore|lakh)\b)?"
    r"|\b(?<!\d,)\d[\d,]*+(?:\.\d+)?\s?(?:million|billion|trillion|lakh\s+crore|crore|lakh)?\s?"
    rf"(?:{'|'.join(_CURRENCY_WORDS)})\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Letters that IGNORECASE matches to a letter of those words but that lower-case to another
# ("ſ" is an "s", "ı" and "İ" are an "i"): a unit holding one is searched whatever its words.
_FOLDS = "ſıİ"


def _may_hold_money(text: str) -> bool:
    """False when ``text`` holds no amount: every amount holds a currency sign (first branch of
    _MONEY) or a currency word (second), and a word matched ignoring case is in the lower-cased
    text unless one of ``_FOLDS`` is there. ``in`` tests run in C; a search of _MONEY reads
    every position (most sentences with a digit are dates, counts and ages: no money). The words
    are looked for in the text's ASCII characters lower-cased as bytes: an ASCII word matched
    ignoring case by no fold is ASCII in the text too, so it is still there with the other
    characters dropped (``str.lower`` of a text with one curly quote read every character
    through the Unicode tables: 4 M of the framing stage's instructions on 40 articles), then decoded
    (an ASCII copy): ``bytes.__contains__`` first tries its argument as an int and formats the
    TypeError it drops, some 1,500 instructions a test, where ``str``'s is a plain search."""
    if any(map(text.__contains__, _SIGNS)) or any(map(text.__contains__, _FOLDS)) or "Rs" in text or "INR" in text:
        return True
    lowered = text.encode("ascii", "ignore").lower().decode("ascii")
    return any(map(lowered.__contains__, _CURRENCY_WORDS))


def _money(ctx: Context) -> dict[tuple[str, int], list[CueHit]]:
    if "money" in ctx.memo:  # EC1 and EC2 both read the amounts; found once per article
        return ctx.memo["money"]
    out: dict[tuple[str, int], list[CueHit]] = {}
    ctx.memo["money"] = out
    # One test of the whole article first (most hold no amount): a sign or currency word cannot
    # run across the line break between two units, so the article passes when any unit does.
    if not _may_hold_money("\n".join(u.text for u in ctx.units if u.part != "caption")):
        return out
    for unit in ctx.units:
        if unit.part == "caption" or not _may_hold_money(unit.text) or not _DIGIT.search(unit.text):  # every amount holds a digit
            continue
        for match in _MONEY.finditer(unit.text):
            start = unit.offset + match.start()
            hit = CueHit(
                "money", "<money amount>", match.group(0), unit.part, unit.sentence, start,
                unit.offset + match.end(), _voice(ctx, unit, start), False,
            )
            out.setdefault(unit_key(unit), []).append(hit)
    return out


def _voice(ctx: Context, unit: Unit, offset: int) -> str:
    if unit.part != "body":
        return "narrator"
    if "in_quote" not in ctx.memo:  # one lookup per article: a scan of every quote per amount was quadratic
        ctx.memo["in_quote"] = span_lookup([(q.start, q.end) for q in ctx.article.quotes])
    if ctx.memo["in_quote"](offset):
        return "quoted"
    return "narrator"


@detector(
    "EC1",
    question="Is there a mention of financial losses or gains now or in the future?",
    rule=(
        "a financial loss/gain cue (profits, losses, job cuts, recession), or a money amount with a verb of "
        "losing or gaining or with a cost or economic word (cost, funding, economy, jobs) in its sentence"
    ),
    negated=("financial",),
)
def ec1(ctx: Context) -> list[Evidence]:
    """A financial loss/gain cue, or a money amount that the sentence presents as money at stake:
    with a verb of losing or gaining, or (version 2) with a cost or economic word ("the plan will
    cost $2 billion", "$40 billion a year in economic damage"). A bare amount naming the size of
    something ("a $500 million programme to train units") is not a loss or gain."""
    out = simple(ctx, "financial")
    for key, money in all_amounts(ctx, _money(ctx), _voice).items():
        stake = ctx.cues(key, "money_change") + ctx.cues(key, "cost") + ctx.cues(key, "economic")
        if stake:
            unit = ctx.unit(key)
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(money + stake)))
    return merge(out)


@detector(
    "EC2",
    question="Is there a mention of the costs/degree of expense involved?",
    rule="a money amount ($500 million; one is enough), or cost cues (cost, budget, spending, funding) in threshold-many units",
    negated=("cost",),
)
def ec2(ctx: Context) -> list[Evidence]:
    out = simple(ctx, "cost")
    for key, money in all_amounts(ctx, _money(ctx), _voice).items():
        unit = ctx.unit(key)
        out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(money), (), (), "money amount", strong=True))
    return merge(out)


@detector(
    "EC3",
    question="Is there a reference to economic consequences of pursuing or not pursuing a course of action?",
    rule="an economic noun (economy, jobs, market, trade, prices) and a course-of-action cue (plan, policy, would, if) in one sentence",
    negated=("economic",),
)
def ec3(ctx: Context) -> list[Evidence]:
    out = []
    for unit, economic in ctx.units_with("economic"):
        actions = [
            a for a in ctx.cues(unit_key(unit), "course_of_action")
            if not any(a.start < e.end and e.start < a.end for e in economic)
        ]
        if actions:
            out.append(Evidence(unit.part, unit.sentence, unit.text, tuple(economic + actions)))
    return out

"""Money amounts as news writes them besides figures, and price lines that are no evidence of an
issue's economic consequences (Economic 1 and 2).

* **Amounts in words.** "billions of dollars", "tens of millions of euros", "a trillion dollars",
  "hundreds of thousands of pounds" name a sum as surely as "$5 billion" does (Semetko &
  Valkenburg's EC2 asks for "the costs/degree of expense involved"); news writes a sum in words
  when it is a rough size, which is the case where a story most often states a cost ("could cost
  the United States billions of dollars"). A scale word (hundred, thousand, million, billion,
  trillion), optionally led by a number word or "a", "tens", "hundreds", then a currency word in
  the plural. "pounds of" is a weight ("millions of pounds of carbon dioxide"), not money; a
  compound adjective ("a billion-dollar industry") names the size of something and is left out,
  as the figure pattern leaves out nothing it can read as money.
* **Offers and spec lines.** A line that sells the reader something ("Subscribe …", "Get … delivered
  …", "12 issues for £11.99") or gives a product's price as a labelled field ("RRP: 49.95 Euro",
  "Price: $20") prices a product on sale beside the story (a magazine's promotion, a review's
  spec box); it is no cost, loss or gain of the issue the story covers, so its amounts are not
  economic evidence. Only units that hold an amount are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from analysis.framing.context import Context
from analysis.framing.cues import Unit, unit_key
from analysis.framing.result import CueHit

_SCALE = r"(?:hundred|thousand|million|billion|trillion)s?"
_LEAD = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|several|a\s+few|tens|dozens|hundreds)"
_CURRENCY = r"(?:dollars|euros|pounds(?!\s+of\b)|pounds\s+sterling|yen|yuan|rupees|francs|roubles|rubles)"
_WORD_MONEY = re.compile(
    rf"\b(?:{_LEAD}\s+(?:of\s+)?)?{_SCALE}(?:\s+(?:of\s+)?{_SCALE})*\s+(?:of\s+)?{_CURRENCY}\b",
    re.IGNORECASE,
)
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
_CURRENCY_WORDS = ("dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "roubles", "rubles")

# An offer to the reader or a product's labelled price (see the module's docstring).
_OFFER = re.compile(
    r"^\W*(?:subscribe|order|buy|get|pre-order|shop)\b"
    r"|\b\d+\s+issues\s+for\b|\bRRP\b|^\W*(?:price|cover\s+price)\s*:",
    re.IGNORECASE,
)

Voice = Callable[[Context, Unit, int], str]


def offer_line(text: str) -> bool:
    """Whether a unit is an offer to the reader or a labelled price (its amounts are no evidence)."""
    return bool(_OFFER.search(text))


def _may_hold_words(text: str) -> bool:
    """False when ``text`` holds no amount in words: every one holds a scale word and a currency
    word, looked for in the ASCII characters lower-cased as bytes (as the economic module's
    figure test does: ``str.lower`` of a whole article is the dearer step), decoded to ``str`` for the
    tests (``bytes.__contains__`` formats a TypeError per test, see ``economic._may_hold_money``)."""
    lowered = text.encode("ascii", "ignore").lower().decode("ascii")
    return any(map(lowered.__contains__, _CURRENCY_WORDS)) and any(map(lowered.__contains__, _SCALE_WORDS))


def word_amounts(unit: Unit) -> list[tuple[int, int, str]]:
    """Amounts written in words in a unit: (start, end, text) relative to the unit's text."""
    if not _may_hold_words(unit.text):
        return []
    return [(m.start(), m.end(), m.group(0)) for m in _WORD_MONEY.finditer(unit.text)]


def all_amounts(
    ctx: Context, figures: Mapping[tuple[str, int], list[CueHit]], voice: Voice
) -> dict[tuple[str, int], list[CueHit]]:
    """The figure amounts (``figures``, found by the economic module) with the amounts in words
    added, and every unit that is an offer or a labelled price left out. Found once per article."""
    if "money_all" in ctx.memo:
        return ctx.memo["money_all"]
    out: dict[tuple[str, int], list[CueHit]] = {}
    ctx.memo["money_all"] = out
    words = [u for u in ctx.units if u.part != "caption"]
    in_words = _may_hold_words("\n".join(u.text for u in words))  # one test of the whole text
    if not figures and not in_words:
        return out  # most articles: no amount at all
    for unit in words:
        key = unit_key(unit)
        hits = list(figures.get(key, ()))
        for start, end, text in word_amounts(unit) if in_words else ():
            s, e = unit.offset + start, unit.offset + end
            if any(h.start < e and s < h.end for h in hits):  # "5 billion dollars": the figure already found it
                continue
            hits.append(CueHit("money", "<money amount>", text, unit.part, unit.sentence, s, e, voice(ctx, unit, s), False))
        if hits and not offer_line(unit.text):
            out[key] = sorted(hits, key=lambda h: h.start)
    return out

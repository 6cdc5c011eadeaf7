"""Money amounts as news writes them, in the economic frame's pattern (EC1/EC2 evidence).

Hand-checked: a new-user trial's Indian story wrote "Rs 12,000 crore" and "₹1.2 lakh crore", which
were no amount, so its economic frame was 0."""

from __future__ import annotations

import pytest

from analysis.framing.generic.economic import _MONEY, _may_hold_money


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The scheme will cost Rs 12,000 crore a year.", "Rs 12,000 crore"),
        ("It set aside Rs. 450 crore for roads.", "Rs. 450 crore"),
        ("Farm debt stands at ₹1.2 lakh crore.", "₹1.2 lakh crore"),
        ("The deficit was 1.2 lakh crore rupees.", "1.2 lakh crore rupees"),
        ("Exports were worth INR 500 crore.", "INR 500 crore"),
        ("Each family gets Rs 50,000.", "Rs 50,000"),
        ("It raised $5 million.", "$5 million"),
    ],
)
def test_amounts_are_found(text: str, amount: str) -> None:
    assert _may_hold_money(text)
    assert [match.group(0) for match in _MONEY.finditer(text)] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "Some 12,000 crore voters were counted.",  # no currency: a count, not money
        "The bus left at 12 hrs 30.",
        "Mrs 12 cats and Mr Rs were absent.",  # 'Rs' only before a number
        "Speeds of 120 kmph were recorded.",
    ],
)
def test_no_amount_without_a_currency(text: str) -> None:
    assert [match.group(0) for match in _MONEY.finditer(text)] == []

"""A gift to a campaign, party or candidate is a political act, not a good deed (round 15: a new-user
trial read "Craft reportedly donated … to Trump's campaign" as positive toward Craft, in a story that
cites the gift as evidence of her ties). A gift to a hospital is still a good act."""

from __future__ import annotations

from analysis import tone_toward


def _features(text: str, name: str = "Jones") -> list[str]:
    start = text.index(name)
    return [e.feature for e in tone_toward(text, start, start + len(name)).evidence]


def test_a_gift_to_a_campaign_is_no_good_act() -> None:
    assert "agent_good" not in _features("In 2018, Jones reportedly donated $300,000 toward the governor's campaign.")
    assert "agent_good" not in _features("Jones donated $2,700 to the Smith campaign and to the state party.")


def test_a_gift_to_a_hospital_still_is() -> None:
    text = "Jones donated $300,000 to the children's hospital."
    assert _features(text)[0] == "agent_good"
    assert tone_toward(text, 0, 5).label == "positive"

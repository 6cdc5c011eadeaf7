""""Rs." (rupees) before an amount is no sentence end: Indian English writes "Rs. 12,000 crore"
(new-user trial 7, F11); the abbreviation still ends a sentence when no number follows."""

from __future__ import annotations

import pytest

from analysis import load_article


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        (
            "The bill will cost the treasury about Rs. 12,000 crore a year. Officials said it was necessary.",
            ["The bill will cost the treasury about Rs. 12,000 crore a year.", "Officials said it was necessary."],
        ),
        # Does not over-fire: before a word that opens a sentence, "Rs." ends one.
        ("He said the ticket cost 500 Rs. The fee rose later.", ["He said the ticket cost 500 Rs.", "The fee rose later."]),
    ],
)
def test_rs_before_a_number_is_no_sentence_end(body: str, sentences: list[str]) -> None:
    assert [s.text for s in load_article(body, headline="Bill tabled").sentences] == sentences

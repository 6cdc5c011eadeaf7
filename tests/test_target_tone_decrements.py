"""Two word readings of round 21 (rules 2026.12.10 and .11, ``[grammar] decrements`` and ``noun_compounds`` of
``lexicons/target_tone.toml``): "less" before a valent word reads it as its opposite ("was less happy"
says the target was unhappy; VADER only dampens the word, so it stayed positive), and "running back"
before a player's name is the position, not the verb "back" (backing the player). Our own sentences.
"""

from __future__ import annotations

from analysis import tone_toward
from analysis.sentiment.target_features import target_features


def _features(sentence: str, mention: str) -> dict[str, tuple[float, str]]:
    start = sentence.index(mention)
    return {f.name: (f.value, f.words) for f in target_features(sentence, start, start + len(mention), 0.0)}


def _tone(sentence: str, mention: str) -> str:
    start = sentence.index(mention)
    return tone_toward(sentence, start, start + len(mention)).label


def test_less_before_a_valent_word_negates_it() -> None:
    # happy is +2.7 in VADER's lexicon; negated by VADER's factor -0.74 it is -1.998, and a scope sum is over 4
    fired = _features("Maria Lopez was less happy after the vote.", "Maria Lopez")
    assert "near_positive" not in fired
    value, words = fired["near_negative"]
    assert round(value, 4) == -0.4995 and words == "happy -2.00 (negated)"
    assert _tone("Maria Lopez was less happy after the vote.", "Maria Lopez") != "positive"


def test_more_or_less_is_a_hedge_not_a_decrement() -> None:
    # the predicate keeps happy's +2.7 (over 4: 0.675); "or" is a clause break, so the scope sum is far_
    fired = _features("Maria Lopez was more or less happy after the vote.", "Maria Lopez")
    assert fired["predicate_positive"] == (0.675, "happy +2.70")
    assert "predicate_negative" not in fired and "far_negative" not in fired


def test_less_reaches_only_the_next_word() -> None:
    # "less than ten" is a quantity: the treatment verb four words on is not negated
    fired = _features("Less than ten voters supported Ada Cole.", "Ada Cole")
    assert fired["patient_positive"] == (1.0, "supported <target>")


def test_running_back_is_a_position_not_backing() -> None:
    fired = _features("The Rams signed running back Jo Baxter on Friday.", "Jo Baxter")
    assert "patient_positive" not in fired
    # the verb before the position still treats the player
    assert _features("The coach praised running back Jo Baxter.", "Jo Baxter")["patient_positive"] == (1.0, "praised <target>")
    # and "back" as a verb still backs the target
    assert _features("Fans backed Jo Baxter.", "Jo Baxter")["patient_positive"] == (1.0, "backed <target>")

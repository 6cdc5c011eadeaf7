"""Actors, round 19 (new-user trial 19, F1, F3, F5; ``analysis/actors/false_names.py``): a name that
repeats its own surname (a link card glued to the text's mention), initials beside the full given
name, prizes, events and targets, hashtags, and "Rt." of "Rt. Hon."."""

from __future__ import annotations

from analysis import load_article
from analysis.actors import find_actors


def _mentions(body: str, headline: str = "A headline for a test story") -> list[tuple[str, str, str]]:
    article = load_article(headline + "\n\n" + body)
    return [(m.text, m.actor, m.kind) for m in find_actors(article).mentions]


def _actors(body: str) -> list[str]:
    return sorted({actor for _, actor, _ in _mentions(body)})


# --- a name repeating its surname is a mention glued to a card --------------------------------------

def test_glued_card_is_the_person_with_the_article_full_name() -> None:
    # trial 19 repro F1.txt
    body = ("Trump Donald John Trump said on Monday the talks were a disaster. Donald Trump later told reporters the "
            "deal was dead. Critics said Trump was wrong.")
    assert _mentions(body) == [
        ("Trump", "Donald Trump", "person"),
        ("Donald Trump", "Donald Trump", "person"),
        ("Trump", "Donald Trump", "person"),
    ]


def test_glued_card_alone_gives_given_name_and_surname() -> None:
    body = "French President Macron Emmanuel Jean-Michel Macron. said on Monday the tax would stay. Macron left."
    assert _actors(body) == ["Emmanuel Macron", "France"]


def test_a_name_without_a_repeated_word_is_left() -> None:
    body = "John Paul Jones said on Monday the talks had failed. Jones left early."
    assert _actors(body) == ["John Paul Jones"]


# --- initials beside the full name --------------------------------------------------------------------

def test_initials_agreeing_with_one_given_name_are_that_person() -> None:
    # trial 19 repro F5.txt
    body = ("The former speaker, Hon. B. U. Nzeribe, died on Monday, the Senate said. Senators mourned Benjamin "
            "Nzeribe, a former Speaker of the House of Representatives. Senate Leader Ahmad Lawan moved that all "
            "legislative activities be suspended until the next legislative day.#TodayInSenatePlenary")
    assert [(text, actor) for text, actor, kind in _mentions(body) if kind == "person"] == [
        ("B. U. Nzeribe", "Benjamin Nzeribe"),
        ("Benjamin Nzeribe", "Benjamin Nzeribe"),
        ("Ahmad Lawan", "Ahmad Lawan"),
    ]


def test_initials_that_two_full_names_fit_stay_apart() -> None:
    body = ("J. Smith spoke first on Monday. John Smith and Jane Smith, his sister, answered questions from "
            "the committee on Tuesday.")
    assert "J. Smith" in _actors(body)


def test_initials_disagreeing_with_the_given_name_stay_apart() -> None:
    body = "K. Nzeribe spoke on Monday. Benjamin Nzeribe answered on Tuesday."
    assert _actors(body) == ["Benjamin Nzeribe", "K. Nzeribe"]


# --- prizes, events, targets and hashtags are no actors -------------------------------------------

def test_a_prize_is_no_person() -> None:
    # trial 19 repro F3.txt
    body = ("Al Gore said Trump tears down America's standing by leaving the accord. The former vice president, "
            "who won a Nobel Peace Prize, spoke on Monday.")
    assert "Nobel Peace Prize" not in _actors(body)
    assert "Al Gore" in _actors(body)


def test_a_target_and_a_summit_are_no_actors() -> None:
    body = ("The government dropped the Clean Energy Target on Monday. Delegates met at the Ecocity World summit "
            "in Nantes, where Anna Berg spoke.")
    assert _actors(body) == ["Anna Berg"]


def test_a_person_before_an_event_noun_stays() -> None:
    body = "Critics said the Anna Berg festival had cost too much, and Berg agreed on Monday."
    assert _actors(body) == ["Anna Berg"]


def test_hashtags_are_no_actors() -> None:
    body = ("Lawmakers met on Monday to debate the budget. #MeTooMovementNow The vote was delayed, said "
            "Maria Lopez.#TodayInSenatePlenary")
    assert _actors(body) == ["Maria Lopez"]


def test_two_glued_words_stay_a_name() -> None:
    body = "Ron DeSantis said on Monday that McDonald's would stay open."
    assert "Ron DeSantis" in _actors(body)


def test_rt_hon_is_no_name_word() -> None:
    body = ("The Speaker of the House of Representatives Rt. Hon. Yakubu Dogara paid tribute on Monday, "
            "the Senate said.")
    assert not any("Rt" in actor.split() for actor in _actors(body))


def test_a_name_opening_with_a_given_name_may_repeat_it() -> None:
    body = "Somali President Mohamed Abdullahi Mohamed said on Monday the talks had failed."
    assert "Mohamed Abdullahi Mohamed" in _actors(body)


def test_a_short_card_needs_a_known_given_name() -> None:
    body = "House Speaker Pelosi Nancy Pelosi said on Monday the bill would pass. Pelosi left."
    assert _actors(body) == ["Nancy Pelosi"]


def test_three_glued_words_are_an_outlet_four_a_hashtag() -> None:
    body = ("The latest forecast from polling aggregator FiveThirtyEight has Anna Berg trailing, the paper said. "
            "Supporters wrote TodayInSenatePlenary under the post.")
    assert _actors(body) == ["Anna Berg", "FiveThirtyEight"]



def test_a_target_is_no_actor_at_its_acronym_either() -> None:
    body = ("Last week, Australia rejected its Clean Energy Target (CET), a lengthy proposal. Analysts said the CET "
            "would have cost billions.")
    assert _actors(body) == ["Australia"]

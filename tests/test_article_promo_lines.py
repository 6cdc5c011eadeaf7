"""Article text, round 19 (new-user trial 19, F9 and C5; ``lexicons/boilerplate.toml`` ``[[inline]]``,
``analysis/article/clean.py``): a magazine's subscription offer, its price, a "Click here" prompt, a
publishing system's shortcode and a comment prompt are furniture, also glued to the last paragraph;
a one-line text of several sentences is the body, not a headline."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.errors import EmptyArticleError


def _removed(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in load_article(text).removed]


def test_subscription_offer_glued_to_the_body_is_cut() -> None:
    # trial 19 repro F9.txt
    text = ("Review: a new book on classic motorcycles\n\nThe book collects photographs of famous riders and their "
            "machines, and the writing is warm and well informed. It is a pleasure to leaf through. Get Motor Cycle "
            "Monthly delivered through your letterbox every month. 12 issues for £11.99.\n")
    article = load_article(text)
    assert article.body == ("The book collects photographs of famous riders and their machines, and the writing is "
                            "warm and well informed. It is a pleasure to leaf through.")
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Get Motor Cycle Monthly delivered through your letterbox every month.", "subscription or newsletter prompt"),
        ("12 issues for £11.99.", "subscription or newsletter prompt"),
    ]


def test_promo_lines_under_a_review_are_cut() -> None:
    text = ("Helmet review\n\nThe helmet is light and quiet at speed, and the visor seals well in rain.\n\n"
            "[button link=\"http://example.com/submit/\" type=\"big\"] Send us YOUR kit review[/button]\n\n"
            "Have The Rider Weekly delivered to your door. Only 6 issues for $9.99! Click here for more information.\n\n"
            "Tell us what YOU think...\n")
    article = load_article(text)
    assert article.body == "The helmet is light and quiet at speed, and the visor seals well in rain."
    assert [r.reason for r in article.removed] == [
        "site markup", "subscription or newsletter prompt", "subscription or newsletter prompt", "site navigation",
        "share or social-media prompt",
    ]


def test_prices_and_deliveries_inside_a_sentence_stay() -> None:
    body = ("The magazine sold 12 issues for £11.99 last year, the publisher said. Residents can get food parcels "
            "delivered to your door, the council told callers. Readers who click here and there rarely subscribe.")
    article = load_article("Magazine sales fall\n\n" + body + "\n")
    assert article.body == body
    assert article.removed == ()


# --- C5: one line of several sentences --------------------------------------------------------------

def test_one_line_of_several_sentences_is_the_body() -> None:
    article = load_article("Senators mourned Benjamin Nzeribe. Ahmad Lawan moved that all activities be suspended\n")
    assert article.headline is None
    assert article.body == "Senators mourned Benjamin Nzeribe. Ahmad Lawan moved that all activities be suspended"
    assert len(article.sentences) == 2


def test_one_line_headline_alone_is_still_no_article() -> None:
    with pytest.raises(EmptyArticleError):
        load_article("Senate mourns former Speaker\n")


def test_headline_over_a_body_is_kept() -> None:
    article = load_article("Senate mourns former Speaker\n\nSenators mourned Benjamin Nzeribe on Monday.\n")
    assert article.headline == "Senate mourns former Speaker"


# --- a person's link card run into the sentence (article/link_cards.py) -------------------------------

def test_link_card_is_cut_and_the_mention_stays() -> None:
    text = ("Trump mocks global warming\n\nPresident Trump Donald John Trump. Sunday shows preview: Talks continue "
            "after proposal Rove warns Senate GOP: Don't focus on base MORE in an early morning tweet on Sunday "
            "suggested global warming could be helpful.\n")
    article = load_article(text)
    assert article.body == "President Trump in an early morning tweet on Sunday suggested global warming could be helpful."
    assert [(r.text, r.reason) for r in article.removed] == [
        ("Donald John Trump. Sunday shows preview: Talks continue after proposal Rove warns Senate GOP: Don't focus "
         "on base MORE", "related-content link inside the text"),
    ]


def test_link_card_after_given_name_and_surname() -> None:
    text = ("Leaders meet\n\nThe fires worry French President Emmanuel Macron Emmanuel Jean-Michel Macron. Trump says "
            "he's an environmentalist MORE said on Monday.\n")
    assert load_article(text).body == "The fires worry French President Emmanuel Macron said on Monday."


def test_capital_more_in_prose_stays() -> None:
    body = "Anna Berg said Berg wanted MORE money for schools and less for roads, the council said."
    assert load_article("Budget row\n\n" + body + "\n").body == body

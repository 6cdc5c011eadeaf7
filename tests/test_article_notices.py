"""Pages that are not articles: a consent wall is refused, news about cookies is analysed, and a
newsletter sign-up box is cut (trial 13 F13). Texts written for these tests."""

from __future__ import annotations

import pytest

from analysis import load_article
from analysis.errors import EmptyArticleError

CONSENT = (
    "We value your privacy\n\n"
    "We and our partners store and/or access information on a device, such as cookies, and process personal data. "
    "You may accept or manage your choices by clicking below, including your right to object where legitimate "
    "interest is used.\n\n"
    "Your choices will be signalled to our partners and will not affect browsing data. "
    "We use cookies to improve the site. The site loads faster now.\n"
)


def test_a_consent_wall_is_no_article():
    with pytest.raises(EmptyArticleError) as caught:
        load_article(CONSENT)
    assert str(caught.value).startswith(
        "no article body found: the page is a cookie-consent or privacy notice (4 of 5 sentences address the reader"
    )


def test_news_about_cookies_is_analysed():
    text = (
        "Regulator fines site over cookies\n\n"
        "The regulator fined the site $2 million on Monday, saying its cookie banner pushed users to consent to "
        "tracking. The company said it would appeal. Privacy groups said partners of the site had collected "
        "personal data for years.\n"
    )
    article = load_article(text)
    assert article.headline == "Regulator fines site over cookies" and len(article.sentences) == 3


def test_a_long_page_addressing_the_reader_is_analysed():
    advice = "You can clear your cookies in the browser's settings to protect your privacy from trackers. " * 60
    assert len(load_article("How to protect your privacy\n\n" + advice).sentences) == 60


def test_a_newsletter_box_is_cut():
    text = (
        "Browns beat Steelers\n\n"
        "The Browns beat the Steelers 21-7 on Thursday night in Cleveland, their third win of the season.\n\n"
        "Pick Six Newsletter\n\n"
        "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.\n\n"
        "The teams meet again in two weeks in Pittsburgh.\n"
    )
    article = load_article(text)
    assert [r.text for r in article.removed] == [
        "Pick Six Newsletter",
        "Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.",
    ]
    assert [r.reason for r in article.removed] == ["subscription or newsletter prompt"] * 2
    assert len(article.paragraphs) == 2

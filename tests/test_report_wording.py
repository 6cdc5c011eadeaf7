"""Report sentences a reader can take as written (new-user trial, round 8, findings 12, 14, 15)."""

from __future__ import annotations

import pytest

from analysis import analyze, load_article
from analysis.errors import EmptyArticleError
from analysis.report.findings import sentiment_findings, sourcing_findings
from analysis.report.sections import overview_section

ACCUSED = (
    "Activists accused the United States of blocking aid to the camp. Officials in Washington did not comment on the claim, "
    "and the camp's residents said supplies had run out weeks ago. \"We have nothing left,\" one resident said."
)


def test_a_finding_about_an_accused_country_starts_with_a_capital() -> None:
    result = analyze(load_article(ACCUSED, headline="Aid blocked, activists say"))
    reply = [f for f in sourcing_findings(result) if "is accused or blamed" in f]
    assert reply and reply[0].startswith("The United States is accused or blamed (1 place)")


def test_one_quotation_is_one_passage() -> None:
    result = analyze(load_article(ACCUSED, headline="Aid blocked, activists say"))
    assert len(result.article.quotes) == 1
    assert "; 1 passage in quotation marks." in overview_section(result, []).html()


def test_the_tone_finding_says_vader_scores_words_not_events() -> None:
    text = (
        "Home improvement retailer Acme reported quarterly sales that missed analysts' estimates on Tuesday, and its shares "
        "fell in early trading. Revenue came in below the forecast. The company said it would support its stores with new "
        "investment and expects a better holiday season."
    )
    finding = sentiment_findings(analyze(load_article(text, headline="Acme sales miss estimates")))[0]
    assert finding.startswith("By VADER's word lexicon the tone is ")
    assert finding.endswith("it scores words, not the events they report, so bad news told in plain words can score neutral or positive.")


def test_the_no_body_error_names_what_a_command_line_user_can_pass() -> None:
    with pytest.raises(EmptyArticleError) as error:
        load_article("Advertisement\n\nAdvertisement")
    assert "--lexicons" in str(error.value) and "pass headline=… (or" not in str(error.value)

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


def test_an_article_that_quotes_no_one_gets_no_tone_for_quoted_passages() -> None:
    # Paraphrase only: the quoted voice has no segment, so no "+0.00" that would read as neutral quotes.
    text = "Shares of Acme fell sharply on Monday. The company said it would cut jobs at three plants and close two stores."
    result = analyze(load_article(text, headline="Acme to cut jobs"))
    voices = {v.key: v for v in result.sentiment.voices if v.level == "voice"}
    assert voices["quoted"].segments == 0
    finding = sentiment_findings(result)[0]
    assert "quoted passages" not in finding and "reporter's own words" not in finding
    quoting = "Shares of Acme fell sharply on Monday. \"We will cut jobs at three plants,\" the company said."
    finding = sentiment_findings(analyze(load_article(quoting, headline="Acme to cut jobs")))[0]
    assert "; scored apart, the reporter's own words average " in finding and "the quoted passages " in finding


def test_anonymous_sources_with_one_name_are_counted_once_and_named_for_the_quoted_words() -> None:
    # Three unnamed officers each written "an officer" (distinct sources: nothing says they are one):
    # the findings name them once with their number, and say whose quoted words are anonymous.
    text = (
        'Police entered the house at dawn. "Show me your hands," an officer said. The man did not move. '
        '"Get down on the floor now," an officer said. Neighbours watched from the street. "Everyone stay back," an officer said.'
    )
    findings = sourcing_findings(analyze(load_article(text, headline="Raid at dawn")))
    assert findings[0] == ("3 of 3 attributions (100%) go to anonymous sources (3 sources written “an officer”), none of them to a "
                           "source whose name the reporter withheld (people in the events); 3 distinct sources in all.")
    assert findings[1] == "100% of the directly quoted words come from anonymous sources (3 sources written “an officer”)."


def test_the_anonymous_finding_says_how_many_names_were_withheld() -> None:
    # Round-13 trial F2: officers shouting on a bodycam video are unnamed, but no name was withheld.
    from analysis.pipeline import analyze
    from analysis.report.findings import key_findings

    scene = (
        "Officers rescue girl\n\n"
        "Police found the girl in a car on Monday. “Hands up!” an officer shouted. “Get out of the car!” an "
        "officer ordered. The suspect, John Reed, was arrested.\n\n"
        "“Everyone is safe,” said Chief Ann Cole.\n"
    )
    finding = key_findings(analyze(scene))[0]
    assert "none of them to a source whose name the reporter withheld (people in the events)" in finding
    withheld = (
        "Talks stall\n\n"
        "The talks stalled on Monday, said an official who requested anonymity. “We are far apart,” said a "
        "second official, who was not authorized to speak publicly. Traders said prices fell.\n"
    )
    finding = key_findings(analyze(withheld))[0]
    assert "2 of them to sources whose name the reporter withheld (the rest: unnamed groups)" in finding


def test_no_accused_party_is_said_not_left_out() -> None:
    """Trial 16 F4: silence read as "nobody is accused"; the finding says no party was found and why
    that can happen. An article with an accusation gets its verdict instead, not this line."""
    calm = load_article("Town opens library\n\nThe town opened a new library on Monday. “It is a fine day,” said Mayor Ann Lee.")
    findings = sourcing_findings(analyze(calm))
    assert findings[-1] == (
        "No accused or blamed party is found, so no right-of-reply check applies (the check reads accusation "
        "cues; a charge worded otherwise is not detected)."
    )
    accused = load_article(
        "Mayor accused\n\nCritics accused Mayor Ann Lee of hiding the report. Lee did not respond to a request for comment."
    )
    lines = sourcing_findings(analyze(accused))
    assert not any(line.startswith("No accused") for line in lines)
    assert any(line.startswith("Ann Lee is accused or blamed") for line in lines), lines

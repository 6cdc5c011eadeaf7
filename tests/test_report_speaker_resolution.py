"""Who said a quote is on the page, not only in a tooltip: a pronoun or surname speaker is shown with
the source it was resolved to, in the text summary, the annotated article's labels and the report's
attribution table (new-user trial 18, F19: "he S2" sent the reader to map S2 back to the sources)."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.cli import summary
from analysis.report.annotated import annotated_article_section
from analysis.report.labels import speaker_shown
from analysis.report.sections import sourcing_section

TEXT = (
    "Harbour board closes old pier\n\n"
    "Mayor Ann Cole said on Monday that the pier would close for repairs.\n\n"
    "“It is not safe any more,” she said.\n\n"
    "“We will reopen it next spring,” Cole added."
)


@pytest.mark.parametrize(
    ("written", "name", "shown"),
    [
        ("he", "Al Gore", "he (= Al Gore)"),
        ("Gore", "Al Gore", "Gore (= Al Gore)"),
        ("Mayor Ann Cole", "Ann Cole", "Mayor Ann Cole"),  # the words already name the source
        ("the official", "a US official in Washington", "the official (= a US official in Washington)"),
        ("AL GORE", "Al Gore", "AL GORE"),  # case is no new information
    ],
)
def test_a_speaker_is_shown_with_the_source_it_was_resolved_to_when_the_words_do_not_name_it(written, name, shown) -> None:
    assert speaker_shown(written, name) == shown


@pytest.fixture(scope="module")
def result():
    return analyze(TEXT.encode())


def test_the_text_summary_lists_each_attribution_with_its_resolved_speaker(result) -> None:
    lines = summary(result).splitlines()
    start = lines.index("Attributions (¶, source, speaker as written (= the source it was resolved to), verb: what was said):")
    assert lines[start + 1 : start + 4] == [
        "  ¶1 S1 Mayor Ann Cole said: “the pier would close for repairs”",
        "  ¶2 S1 she (= Ann Cole) said: “It is not safe any more”",
        "  ¶3 S1 Cole (= Ann Cole) added: “We will reopen it next spring”",
    ]


def test_the_reports_labels_and_attribution_table_show_the_resolved_name(result) -> None:
    annotated = annotated_article_section(result).html()
    assert '<span class="speaker">S1 = Ann Cole · named · official</span>' in annotated  # after "she" and "Cole"
    assert '<span class="speaker">S1 · named · official</span>' in annotated  # after "Mayor Ann Cole"
    table = sourcing_section(result).html()
    assert "<td>she (= Ann Cole)</td>" in table
    assert "<td>Cole (= Ann Cole)</td>" in table

"""Opening quotation marks glued to the sentence before are put back by load_article (trial 10, finding 4)."""

from __future__ import annotations

from analysis import analyze_sourcing, load_article
from analysis.article.shifted_quotes import MIN_SHIFTED, repair_paragraphs

# A wire story that lost its paragraph breaks: each paragraph's opening quote sits at the end of the
# sentence before it (our own text, written the way such corpora are).
GLUED = (
    "Council approves new bus lanes\n\n"
    "The city council approved two new bus lanes on Tuesday after a long debate. Mayor Ana Ortiz defended "
    'the plan at the meeting." We have waited ten years for this, and the riders deserve it," she said.'
    ' Opponents said the lanes would hurt shops on Main Street." Nobody asked the owners what they think,"'
    " said Tom Reyes, who runs a bakery on the street."
)


def test_glued_opening_quotes_are_moved_back_and_the_quotes_are_found() -> None:
    article = load_article(GLUED)
    assert article.body.count('." ') == 0 and article.body.count(' "') == 2
    assert any("2 opening quotation marks stood glued" in warning for warning in article.warnings)
    quoted = sorted(article.body[q.start : q.end] for q in article.quotes)
    assert quoted == [
        "Nobody asked the owners what they think,",
        "We have waited ten years for this, and the riders deserve it,",
    ]
    sourcing = analyze_sourcing(article)
    names = {source.source_id: source.name for source in sourcing.sources}
    direct = {names[a.source_id] for a in sourcing.attributions if a.quote_type == "direct"}
    assert direct == {"Ana Ortiz", "Tom Reyes"}  # "she said" resolved to the mayor


def test_the_repair_keeps_each_paragraph_length() -> None:
    paragraphs = tuple(GLUED.split("\n\n"))
    repaired, warning = repair_paragraphs(paragraphs)
    assert warning is not None and [len(p) for p in repaired] == [len(p) for p in paragraphs]


def test_straight_quotes_written_normally_are_left_alone() -> None:
    normal = (
        "Council approves new bus lanes\n\n"
        '"We have waited ten years for this," Mayor Ana Ortiz said. She called the vote "a relief." '
        'Opponents disagreed. "Nobody asked us," said Tom Reyes.'
    )
    article = load_article(normal)
    assert article.body == normal.split("\n\n", 1)[1] and not article.warnings


def test_one_stray_quote_or_curly_quotes_are_not_taken_for_glued_ones() -> None:
    assert MIN_SHIFTED == 2
    one = ('The mayor spoke at the meeting." We have waited," she said.',)
    assert repair_paragraphs(one) == (one, None)  # one stray mark is more often a lost quote
    # A curly opening closed by a straight quote is a typing slip, and curly text is not this corpus style.
    mixed = ('She said \u201cit is late." Then she left. He added it was "fine." Later he called." Nothing," he said.',)
    assert repair_paragraphs(mixed) == (mixed, None)

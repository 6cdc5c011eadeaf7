"""The blind real-news sourcing set and its scorer (analysis/validation/sourcing_real.py)."""

from __future__ import annotations

from pathlib import Path

from analysis import analyze_sourcing, load_article
from analysis.validation.sourcing_real import ANNOTATIONS, GoldAttribution, load_gold, score_article

TEXT = "Prices will rise, the mayor said.\n\nTom Jones praised the plan. “It is fair,” he said."


def _gold(article, content: str, source: str, speaker: str, kind: str = "statement") -> GoldAttribution:
    start = article.body.index(content)
    s = article.body.index(source)
    return GoldAttribution(((start, start + len(content)),), ((s, s + len(source)),), source, speaker, "direct", kind)


def test_one_to_one_and_strict_pronoun_speakers() -> None:
    article = load_article(TEXT, headline="")
    result = analyze_sourcing(article)
    right = [_gold(article, "Prices will rise", "the mayor", "the mayor"), _gold(article, "It is fair", "he", "Tom Jones")]
    score = score_article("x", right, result, 0)
    assert (score.gold, score.matched, score.speakers_right) == (2, 2, 2)
    # The same "he" coded as someone else: the span overlaps, but a pronoun must resolve right.
    wrong = [right[0], _gold(article, "It is fair", "he", "Sam Ortiz")]
    assert score_article("x", wrong, result, 0).speakers_right == 1


def test_no_comment_gold_is_neither_missed_nor_a_false_positive() -> None:
    article = load_article("Prices will rise, the mayor said. The company declined to comment.", headline="")
    result = analyze_sourcing(article)
    gold = [
        _gold(article, "Prices will rise", "the mayor", "the mayor"),
        _gold(article, "to comment", "The company", "the company", "no_comment"),
    ]
    score = score_article("x", gold, result, 0)
    assert score.gold == 1 and score.matched == 1
    assert score.predicted_ok == score.predicted  # the no-comment record matched its (non-speech) gold


def test_every_coded_attribution_is_found_in_its_article() -> None:
    from analysis.validation.sourcing_real import article_text

    paths = sorted(Path(ANNOTATIONS).glob("*.toml"))
    assert len(paths) == 14
    total = 0
    for path in paths:
        gold, unlocated = load_gold(path, load_article(article_text(path.stem), headline=""))
        assert unlocated == 0, path.name
        total += len(gold)
    assert total == 126

"""Readability: the eight formulas on our own sentence split, checked against textstat and by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import analyze_readability, load_article
from analysis.readability import sentence_words

SEED = Path(__file__).resolve().parent.parent / "data" / "raw" / "000_59af26005722e3de.txt"


@pytest.fixture(scope="module")
def seed_result():
    return analyze_readability(load_article(SEED))


def test_seed_counts(seed_result):
    counts = seed_result.counts
    assert (counts.sentences, counts.words, counts.syllables, counts.polysyllables) == (18, 422, 714, 74)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        # Reference values: textstat 0.7.13 with CMUdict syllables on the seed body (18 sentences,
        # 422 words). Our counts equal textstat's here, so these four agree to the rounding.
        ("flesch_reading_ease", 39.9),
        ("flesch_kincaid_grade", 13.5),
        ("gunning_fog", 15.9),
        ("smog_index", 14.7),
        # textstat gives 12.4: it uses 0.058 where Coleman & Liau (1975) published 0.0588; with
        # 2,147 letters per 422 words the difference is 0.0008 × 508.8 ≈ 0.41.
        ("coleman_liau_index", 12.9),
        # textstat counts punctuation marks as characters (15.0); Senter & Smith count letters
        # and digits only.
        ("automated_readability_index", 14.3),
        ("dale_chall", 11.3),
        # textstat gives 17.25: it counts the sentences of the text it rebuilt from words; we use
        # our 18 sentences.
        ("linsear_write", 15.8),
    ],
)
def test_seed_scores(seed_result, key, expected):
    assert seed_result.score(key) == pytest.approx(expected, abs=0.05)


def test_seed_matches_textstat_where_the_sentence_counts_agree(seed_result):
    body = load_article(SEED).body
    assert textstat.sentence_count(body) == 18  # here textstat's own counter happens to agree
    assert seed_result.score("flesch_reading_ease") == pytest.approx(textstat.flesch_reading_ease(body), abs=1e-9)
    assert seed_result.score("flesch_kincaid_grade") == pytest.approx(textstat.flesch_kincaid_grade(body), abs=1e-9)
    assert seed_result.score("gunning_fog") == pytest.approx(textstat.gunning_fog(body), abs=1e-9)
    assert seed_result.score("smog_index") == pytest.approx(textstat.smog_index(body), abs=1e-9)
    assert seed_result.score("dale_chall") == pytest.approx(textstat.dale_chall_readability_score(body), abs=1e-9)


def test_seed_meanings_and_news_norm(seed_result):
    grade = next(s for s in seed_result.scores if s.key == "flesch_kincaid_grade")
    assert grade.higher_means == "harder"
    assert grade.band == "college (grades 13–16)"
    assert grade.versus_news == "harder than typical news (grade 11–12) by 1.5 grades"
    ease = next(s for s in seed_result.scores if s.key == "flesch_reading_ease")
    assert ease.higher_means == "easier"
    assert ease.band == "difficult (college)"
    assert "harder than the news average" in ease.versus_news


@pytest.mark.parametrize(
    ("value", "band", "versus"),
    [
        # 10.97 prints as 11.0: within the range, never "easier ... by 0.0 grades" (seen on a real article)
        (10.97, "high school (grades 9–12)", "within the typical news range (grade 11–12)"),
        (10.94, "high school (grades 9–12)", "easier than typical news (grade 11–12) by 0.1 grades"),
        (8.96, "high school (grades 9–12)", "easier than typical news (grade 11–12) by 2.0 grades"),
        (12.04, "high school (grades 9–12)", "within the typical news range (grade 11–12)"),
        (12.06, "high school (grades 9–12)", "harder than typical news (grade 11–12) by 0.1 grades"),
    ],
)
def test_grade_band_and_norm_read_the_value_as_printed(value, band, versus):
    from analysis.readability import _score

    score = _score("smog_index", "SMOG", lambda counts: value, "US school grade", "harder", "McLaughlin 1969", None)
    assert score.value == value  # the stored value keeps its full precision
    assert (score.band, score.versus_news) == (band, versus)


def test_abbreviations_do_not_inflate_sentence_counts():
    # textstat's own counter splits at "U.S." and "Mr."; our split does not.
    text = (
        "Headline for a count test\n\n"
        "The U.S. Army and Mr. Smith said on Jan. 5 that the $2.5 million plan would go ahead as agreed. "
        "Gen. Jones said the U.N. would be told of the decision before the end of the month by letter."
    )
    result = analyze_readability(load_article(text))
    assert result.counts.sentences == 2
    assert textstat.sentence_count(load_article(text).body) > 2


def test_hand_counted_short_text():
    # 3 sentences; words and CMUdict syllables counted by hand:
    # "The cat sat on the mat." 6 words, 6 syllables; "It was a sunny day." 5 words, 6 syllables
    # (sun-ny); "Everybody was happy." 3 words, 4+1+2 = 7 syllables. Total 14 words, 19 syllables.
    text = "Short test\n\n" + "The cat sat on the mat. It was a sunny day. Everybody was happy. " * 3
    result = analyze_readability(load_article(text))
    assert (result.counts.sentences, result.counts.words, result.counts.syllables) == (9, 42, 57)
    expected_fk = 0.39 * (42 / 9) + 11.8 * (57 / 42) - 15.59
    assert result.score("flesch_kincaid_grade") == pytest.approx(expected_fk)


def test_per_paragraph_and_hardest_sentences(seed_result):
    assert len(seed_result.paragraphs) == 17
    assert seed_result.paragraphs[11].sentences == 2
    hardest = seed_result.hardest_sentences
    assert len(hardest) == 5
    grades = [s.flesch_kincaid_grade for s in hardest]
    assert grades == sorted(grades, reverse=True)
    assert hardest[0].text.startswith("“Today, Russian aircraft conducted")
    frame = seed_result.paragraphs_frame()
    assert list(frame.columns)[:3] == ["paragraph", "sentences", "words"]
    assert frame["words"].sum() == 422


def test_not_enough_prose_is_flagged_not_scored():
    tiny = analyze_readability(load_article("A short note\n\nThe meeting is on Monday."))
    assert tiny.scorable is False and tiny.scores == () and "not enough prose" in tiny.note
    run_on = analyze_readability(load_article("Run on\n\n" + "the cat and the dog and the bird " * 200))
    assert run_on.scorable is False and "words per sentence" in run_on.note


def test_sentence_words_drop_punctuation_as_textstat_does():
    # textstat's default removes apostrophes too ("don't" -> "dont"), curly or straight alike,
    # so word counts match its published behaviour.
    assert sentence_words("“Russia’s jets don't fly,” he said.") == ["Russias", "jets", "dont", "fly", "he", "said"]


def test_json_is_deterministic(seed_result):
    again = analyze_readability(load_article(SEED))
    assert again.to_dict() == seed_result.to_dict()


@given(
    st.lists(
        st.sampled_from(["The", "council", "voted", "on", "Monday", "to", "approve", "an", "extraordinarily", "complicated", "plan."]),
        min_size=40,
        max_size=200,
    )
)
@settings(max_examples=60, deadline=None)
def test_scores_stay_in_sane_ranges(words):
    text = "Property headline\n\n" + " ".join(words) + "."
    result = analyze_readability(load_article(text))
    if result.scorable:
        assert result.score("flesch_reading_ease") <= 121.22  # the formula's ceiling (one-syllable words)
        assert result.score("smog_index") >= 3.1291
        for paragraph in result.paragraphs:
            assert paragraph.words > 0 and paragraph.sentences > 0


def test_syllable_count_is_textstats() -> None:
    # Readability looks most words up in CMUdict / pyphen itself (textstat's per-call path cost
    # more than the look-up); the counts must be textstat's, word for word.
    from analysis.readability import _syllable_sources, syllable_count

    cmu, _ = _syllable_sources()
    words = {w.lower() for w in sentence_words(SEED.read_text(encoding="utf-8"))}
    words |= set(list(cmu)[::40]) | {"zxqv", "brexiteers", "covid19", "1999", "b52", "a_b", "ünïcode", "i̇stanbul", "don't"}
    assert [syllable_count(w) for w in sorted(words)] == [textstat.syllable_count(w) for w in sorted(words)]

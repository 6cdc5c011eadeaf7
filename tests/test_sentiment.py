"""Tests for analysis/sentiment/ and analysis/validation/sentiment.py.

Hand-checked values come from vaderSentiment 3.3.2 (the pinned version): the scores are VADER's,
the evidence is read from VADER's own lexicon and rule tables.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

from analysis import load_article
from analysis.article import Article
from analysis.errors import AnalysisError, LexiconError
from analysis.lexicons import use_lexicons
from analysis.sentiment import (
    MAX_SENTENCE_TOKENS,
    NAMES_NEUTRAL_DEFAULT,
    SUPPLEMENT_DEFAULT,
    SentimentResult,
    analyze_sentiment,
    normalise_typography,
    polarity,
    score_text,
    supplement_entries,
    user_entries,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_59af26005722e3de.txt"
VADER = SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED)


@pytest.fixture(scope="module")
def plain(seed: Article) -> SentimentResult:
    return analyze_sentiment(seed, supplement=False)


@pytest.fixture(scope="module")
def supplemented(seed: Article) -> SentimentResult:
    return analyze_sentiment(seed, supplement=True)


@pytest.fixture(scope="module")
def named(seed: Article) -> SentimentResult:
    """The seed with the words of names left unscored (not the default: see the validation)."""
    return analyze_sentiment(seed, supplement=False, names_neutral=True)


def _article(body: str) -> Article:
    return load_article(body, headline="Test headline")


# --------------------------------------------------------------------------------------------
# The seed, hand-checked


def test_seed_body_compound_is_about_minus_098(seed: Article, plain: SentimentResult) -> None:
    # VADER 3.3.2 over the whole body as extracted (curly marks): -0.9782.
    assert VADER.polarity_scores(seed.body)["compound"] == pytest.approx(-0.9782, abs=1e-4)
    # Ours: the same after typography normalisation, rebuilt from the sentence traces; it equals a
    # direct VADER call on the normalised body.
    direct = VADER.polarity_scores(normalise_typography(seed.body))
    assert plain.body.vader_compound == pytest.approx(-0.9764, abs=1e-4)
    assert plain.body.vader_compound == direct["compound"]
    assert (plain.body.vader_neg, plain.body.vader_neu, plain.body.vader_pos) == (
        direct["neg"], direct["neu"], direct["pos"],
    )
    assert round(plain.body.vader_compound, 2) == -0.98
    # The headline figure is the sentence mean, far from saturated.
    assert plain.names_neutral is False and "names scored as VADER does" in plain.method
    assert plain.body.sentences == 18
    assert plain.body.compound == pytest.approx(sum(s.compound for s in plain.sentences) / 18)
    assert plain.body.compound == pytest.approx(-0.1724, abs=1e-4)
    assert plain.body.share_negative == pytest.approx(12 / 18)
    assert plain.body.share_positive == pytest.approx(5 / 18)


def test_sentence_scores_equal_vader(seed: Article, plain: SentimentResult) -> None:
    for sentence, scored in zip(seed.sentences, plain.sentences, strict=True):
        expected = VADER.polarity_scores(normalise_typography(sentence.text))
        got = {k: getattr(scored, k) for k in ("neg", "neu", "pos", "compound")}
        assert got == expected, sentence.text


def test_para_12_rebuke(plain: SentimentResult, supplemented: SentimentResult) -> None:
    """Paragraph 12 (index 11): the diplomatic rebuke VADER reads as mild or positive."""
    first, second = (s for s in plain.sentences if s.paragraph == 11)
    assert first.text.startswith("“Russia’s latest actions raise serious concern")
    assert (first.neg, first.neu, first.pos, first.compound) == (0.14, 0.86, 0.0, -0.0772)
    assert [(e.token, e.base, e.valence, e.rules) for e in first.evidence] == [("serious", -0.3, -0.3, ())]
    assert (second.neg, second.neu, second.pos, second.compound) == (0.0, 0.849, 0.151, 0.4404)
    assert [(e.token, e.base) for e in second.evidence] == [("assurances", 1.4), ("defense", 0.5)]
    assert second.voice == "mixed" and first.voice == "quoted"
    paragraph = plain.paragraphs[11]
    assert paragraph.sentences == 2
    assert paragraph.compound == pytest.approx((-0.0772 + 0.4404) / 2)
    # The supplement's 'concern' (-0.8) makes the first sentence clearly negative; the second
    # stays positive: 'assurances' is VADER's own word (the known limit).
    first_s, second_s = (s for s in supplemented.sentences if s.paragraph == 11)
    assert first_s.compound == -0.2732
    assert [(e.token, e.source) for e in first_s.evidence] == [("serious", "vader"), ("concern", "supplement")]
    assert second_s.compound == 0.4404


def test_russia_more_negative_than_united_states(plain: SentimentResult, supplemented: SentimentResult) -> None:
    for result in (plain, supplemented):
        russia, us = result.actor("Russia"), result.actor("United States")
        assert russia is not None and us is not None
        assert russia.compound < us.compound
        assert russia.agent_of > us.agent_of
        assert "bombed" in russia.acts_as_agent
    russia = plain.actor("Russia")
    assert russia is not None
    assert russia.mentions == 12 and russia.compound == pytest.approx(0.0108, abs=1e-4)
    assert plain.actor("United States").compound == pytest.approx(0.0550, abs=1e-4)  # type: ignore[union-attr]
    # "Russia on Thursday bombed US-backed fighters": Russia agent, "US-backed" a modifier.
    first = [m for m in plain.actor_mentions if m.sentence == 0]
    assert (first[0].actor, first[0].role, first[0].act) == ("Russia", "agent", "bombed")
    assert (first[1].text, first[1].role) == ("US", None)
    assert "modifier" in first[1].role_reason
    # "the aggressive action by Moscow": agent through "by"; "accused Russia": target.
    moscow = next(m for m in plain.actor_mentions if m.text == "Moscow" and m.sentence == 0)
    assert (moscow.actor, moscow.role, moscow.act) == ("Russia", "agent", "aggressive")
    accused = [m for m in plain.actor_mentions if m.sentence == 16]
    assert [(m.actor, m.role) for m in accused] == [
        ("United States", "agent"), ("Russia", "target"), ("Bashar al-Assad", "target"),
    ]
    # "ties between Moscow and Washington": a relation, no role.
    between = [m for m in plain.actor_mentions if m.sentence == 10 and m.actor in ("Russia", "United States")]
    assert [m.role for m in between] == [None, None]


def test_seed_voices(plain: SentimentResult) -> None:
    narrator, quoted = plain.voice("narrator"), plain.voice("quoted")
    assert narrator is not None and quoted is not None
    # "moderate" (no reporting verb) is a scare quote; "serious concern." (said) is a partial quote.
    quoted_texts = [s.text for s in plain.segments if s.voice == "quoted"]
    assert "moderate" not in quoted_texts
    assert "serious concern." in quoted_texts
    assert quoted.segments == 5 and narrator.segments == 17
    assert narrator.words + quoted.words == sum(s.words for s in plain.segments)
    assert quoted.compound == pytest.approx(-0.0597, abs=1e-4)
    assert narrator.compound == pytest.approx(-0.1636, abs=1e-4)


def test_seed_arc(plain: SentimentResult) -> None:
    arc = plain.arc_frame()
    assert list(arc.columns) == ["paragraph", "tone", "rolling", "delta", "turning", "turning_kind", "label"]
    assert len(arc) == 17
    turning = {t.paragraph: t.kind for t in plain.turning_points}
    # paragraph 9 (index 8), the SDF's "significant gains", is the brightest; the war's toll ends it
    assert turning[8] == "sign+swing" and turning[9] == "sign+swing" and turning[14] == "sign+swing"
    assert "turns positive" in plain.paragraphs[8].turning  # type: ignore[operator]
    assert max(plain.paragraphs, key=lambda p: p.compound).index == 8


# --------------------------------------------------------------------------------------------
# Short texts


def test_curly_apostrophe_negation() -> None:
    text = "I don’t like this plan."
    # VADER on the raw text misses the negation (vaderSentiment #66) ...
    assert VADER.polarity_scores(text)["compound"] > 0
    scored = score_text(text, supplement=False)
    # ... after normalisation it sees "don't" and flips "like" (+1.5 x -0.74).
    assert scored["compound"] == VADER.polarity_scores("I don't like this plan.")["compound"] == -0.2755
    (like,) = scored["evidence"]
    assert (like.token, like.base, like.valence) == ("like", 1.5, pytest.approx(-1.11))
    assert like.rules == ("negated by 'don't' (x-0.74)",)
    assert text[like.start : like.end] == "like"


def test_but_rule() -> None:
    text = "The food was good, but the service was terrible."
    scored = score_text(text, supplement=False)
    assert scored["compound"] == VADER.polarity_scores(text)["compound"] == -0.4939
    good, terrible = scored["evidence"]
    assert (good.token, good.base, good.valence) == ("good", 1.9, pytest.approx(0.95))
    assert (terrible.token, terrible.base, terrible.valence) == ("terrible", -2.1, pytest.approx(-3.15))
    assert good.rules == ("'but' rule (x0.50)",) and terrible.rules == ("'but' rule (x1.50)",)


def test_booster_caps_and_punctuation() -> None:
    result = analyze_sentiment(_article("He was not very happy. This is a GOOD idea, they said!!"), supplement=False)
    first, second = result.sentences
    (happy,) = first.evidence
    assert happy.rules == ("booster 'very' (+0.293)", "negated by 'not' (x-0.74)")
    assert happy.valence == pytest.approx((2.7 + 0.293) * -0.74)
    (good,) = second.evidence
    assert good.rules == ("ALL-CAPS emphasis (+0.733 in magnitude)",)
    assert second.punctuation_emphasis == pytest.approx(2 * 0.292)
    assert "punctuation emphasis" in second.evidence_text
    assert second.compound == VADER.polarity_scores("This is a GOOD idea, they said!!")["compound"]


def test_quoted_vs_narrator() -> None:
    body = (
        "The minister visited the border town on Tuesday.\n\n"
        "“This is a terrible, shameful attack on our people,” she said.\n\n"
        "Officials said the group had trained “moderate” fighters."
    )
    result = analyze_sentiment(_article(body), supplement=False)
    assert [s.voice for s in result.sentences] == ["narrator", "mixed", "narrator"]
    quoted = [s for s in result.segments if s.voice == "quoted"]
    assert [s.text for s in quoted] == ["This is a terrible, shameful attack on our people,"]
    assert quoted[0].compound == VADER.polarity_scores("This is a terrible, shameful attack on our people,")["compound"]
    assert quoted[0].compound < -0.5
    narrator = result.voice("narrator")
    assert narrator is not None and narrator.compound > quoted[0].compound
    assert result.voice("quoted").segments == 1  # type: ignore[union-attr]


def test_metonyms_resolve_to_actors() -> None:
    body = "Moscow bombed the town on Monday. The strikes were condemned by Washington."
    result = analyze_sentiment(_article(body), supplement=True)
    roles = [(m.text, m.actor, m.role, m.act) for m in result.actor_mentions]
    assert roles == [("Moscow", "Russia", "agent", "bombed"), ("Washington", "United States", "agent", "strikes")]
    assert result.actor("Russia").compound < 0  # type: ignore[union-attr]
    passive = analyze_sentiment(_article("Russian fighters were attacked near the border."), supplement=False)
    (mention,) = passive.actor_mentions
    assert (mention.actor, mention.role) == ("Russia", "target")


def test_supplement_words_have_evidence() -> None:
    text = "Russia bombed militants and airstrikes caused casualties."
    plain_scores = score_text(text, supplement=False)
    supp = score_text(text, supplement=True)
    assert plain_scores["compound"] == 0.0
    assert supp["compound"] < -0.7
    assert [(e.token, e.source) for e in supp["evidence"]] == [
        ("bombed", "supplement"), ("militants", "supplement"), ("airstrikes", "supplement"),
        ("casualties", "supplement"),
    ]
    entries = supplement_entries()
    assert all(supp["evidence"][k].base == entries[w][0] for k, w in enumerate(["bombed", "militants", "airstrikes", "casualties"]))


def test_supplement_lexicon_is_clean() -> None:
    entries = supplement_entries()
    assert len(entries) >= 40
    for word, (valence, reason) in entries.items():
        assert word not in VADER.lexicon, f"{word} is VADER's own word"
        assert " " not in word and word == word.lower()
        assert -4 <= valence <= 4 and reason
        assert word not in BOOSTER_DICT
    assert SUPPLEMENT_DEFAULT is False  # it did not win the validation (see test_validation_figures)


def test_figures_in_digits_are_never_scored(tmp_path: Path) -> None:
    """VADER's texting slang in digits ("143" +3.2, "187" -3.1) is unscored, with or without the
    supplement: in news a number is a figure. Hand-checked: without the numbers the sentence is
    VADER's "lose" (-1.7) alone, compound -0.4019; plain VADER sums 143 +3.2, 187 -3.1 and lose -1.7."""
    text = "The county will spend $143 million on bridges, and 187 drivers may lose their routes."
    assert VADER.polarity_scores(text)["compound"] == -0.3818  # VADER's slang: 143 "I love you", 187 "murder"
    for supplement in (False, True):
        scored = score_text(text, supplement=supplement)
        assert [(e.token, e.base) for e in scored["evidence"]] == [("lose", -1.7)]
        without_numbers = "The county will spend million on bridges, and drivers may lose their routes."
        assert scored["compound"] == VADER.polarity_scores(without_numbers)["compound"]
        assert scored["compound"] == -0.4019
    # A quoted voice and an actor's mention read the same valences: no number is evidence anywhere.
    body = 'Mayor Dana Fisk said: "We hired 86 teachers and 1337 nurses." The council praised Fisk.'
    result = analyze_sentiment(_article(body), supplement=False)
    assert all(not e.token.isdigit() for s in result.sentences for e in s.evidence)
    assert result.sentences[0].compound == 0.0  # plain VADER: +0.128 (1337 +2.1, 86 -1.6)
    # (as words: a weight such as "+0.86" in the evidence is no number of the text)
    figure = re.compile(r"(?<![\d.])(?:86|1337)(?![\d.])")
    assert result.actor_mentions and all(not figure.search(m.target_evidence or "") for m in result.actor_mentions)
    # Letters with digits are not figures: the rule is for whole-digit entries only.
    assert score_text("2qt", supplement=False)["compound"] == VADER.polarity_scores("2qt")["compound"]
    # A user lexicon may still score a number on purpose: the user's explicit entry wins.
    with use_lexicons(_user_file(tmp_path, '[news_sentiment.supplement]\n"143" = { valence = 3.2, reason = "a fan forum" }\n')):
        assert [(e.token, e.source) for e in score_text("We 143 you", supplement=False)["evidence"]] == [("143", "user")]


def test_long_sentence_windowed_equals_vader() -> None:
    phrase = "the plan was not good and the results were very bad but some people were happy while others felt no hope at all"
    text = " ".join([phrase] * 25) + "."
    assert len(text.split()) > 2 * MAX_SENTENCE_TOKENS
    scored = score_text(text, supplement=False)
    assert scored["windowed"] is True
    expected = VADER.polarity_scores(text)
    assert {k: scored[k] for k in ("neg", "neu", "pos", "compound")} == expected
    assert polarity(text, supplement=False) == expected
    assert all(text[e.start : e.end] == e.token for e in scored["evidence"])


def test_body_score_equals_vader_with_but() -> None:
    """The whole-body score is rebuilt from the sentence traces; with repeated valences and a
    "but" (VADER's _but_check looks values up with list.index) it still equals VADER's call."""
    body = (
        "It was good. The plan was good but the result was bad.\n\n"
        "Good news and bad news came, but nobody was happy. It was good, very good."
    )
    result = analyze_sentiment(_article(body), supplement=False)
    expected = VADER.polarity_scores(normalise_typography(_article(body).body))
    assert result.body.vader_compound == expected["compound"]
    assert (result.body.vader_neg, result.body.vader_neu, result.body.vader_pos) == (
        expected["neg"], expected["neu"], expected["pos"],
    )


def test_frames_and_json(plain: SentimentResult) -> None:
    frame = plain.sentences_frame()
    assert list(frame.columns[:8]) == ["paragraph", "sentence", "voice", "speaker", "neg", "neu", "pos", "compound"]
    assert len(frame) == 18 and "serious -0.30" in frame.loc[11, "evidence"]
    assert len(plain.paragraphs_frame()) == 17
    assert set(plain.actors_frame()["actor"]) >= {"Russia", "United States"}
    assert set(plain.voices_frame()["key"]) == {"narrator", "quoted"}
    assert len(plain.evidence_frame()) == sum(len(s.evidence) for s in plain.sentences)
    assert len(plain.segments_frame()) == len(plain.segments)
    assert len(plain.actor_mentions_frame()) == len(plain.actor_mentions)
    first = json.dumps(plain.to_dict(), sort_keys=False)
    again = json.dumps(analyze_sentiment(load_article(SEED), supplement=False).to_dict())
    assert first == again
    assert json.loads(first)["body"]["vader_compound"] == -0.9764


def test_default_supplement_follows_constant(seed: Article) -> None:
    assert analyze_sentiment(seed).supplement is SUPPLEMENT_DEFAULT


def test_with_sourcing(seed: Article, plain: SentimentResult) -> None:
    from analysis.sourcing import analyze_sourcing

    sourcing = analyze_sourcing(seed)
    result = analyze_sentiment(seed, sourcing=sourcing, supplement=False)
    assert [s.compound for s in result.sentences] == [s.compound for s in plain.sentences]
    levels = {v.level for v in result.voices}
    assert {"voice", "source", "side"} <= levels
    quoted = [s for s in result.segments if s.voice == "quoted"]
    assert quoted and all(s.speaker for s in quoted)
    assert all(s.speaker for s in result.sentences if s.voice != "narrator")
    # The seed's only quoted voice is the anonymous US defense official (five quoted segments).
    (source,) = [v for v in result.voices if v.level == "source"]
    (side,) = [v for v in result.voices if v.level == "side"]
    assert (source.segments, source.side, side.key) == (5, "United States", "United States")
    assert source.compound == pytest.approx(plain.voice("quoted").compound)  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------
# Properties

_WORDS = [
    "good", "bad", "not", "very", "but", "no", "never", "so", "this", "kind", "of", "least", "at",
    "happy", "terrible", "don’t", "isn’t", "Great", "GREAT", "war", "peace", "killed", "bombed",
    "militants", "the", "a", "government", "said", "“quote”", "‘single’", "!", "?", "lol", ":)",
    "hope", "without", "doubt", "extremely", "slightly", "sort", "attack", "support",
]
_text = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", ", ", ". ", "! ", "? ", "  "])),
    min_size=1,
    max_size=60,
).map(lambda parts: "".join(w + sep for w, sep in parts).strip())


@settings(max_examples=150, deadline=None)
@given(_text, st.booleans())
def test_score_properties(text: str, supplement: bool) -> None:
    scored = score_text(text, supplement=supplement)
    assert -1.0 <= scored["compound"] <= 1.0
    if any(scored[k] for k in ("neg", "neu", "pos")):
        assert math.isclose(scored["neg"] + scored["neu"] + scored["pos"], 1.0, abs_tol=0.003)
    normalised = normalise_typography(text)
    lexicon = dict(VADER.lexicon)
    if supplement:
        lexicon.update({w: v for w, (v, _) in supplement_entries().items()})
    for evidence in scored["evidence"]:
        assert evidence.start is not None
        assert normalised[evidence.start : evidence.end] == evidence.token
        assert evidence.base == lexicon[evidence.token.lower()]
    if not supplement:
        assert {k: scored[k] for k in ("neg", "neu", "pos", "compound")} == VADER.polarity_scores(normalised)


@settings(max_examples=40, deadline=None)
@given(st.lists(_text, min_size=1, max_size=6))
def test_article_properties(paragraphs: list[str]) -> None:
    body = "\n\n".join(p.replace("\n", " ") for p in paragraphs)
    try:
        article = load_article(body, headline="Generated")
    except AnalysisError:  # the Article model refuses some generated texts (no prose)
        return
    result = analyze_sentiment(article, supplement=False)
    assert len(result.sentences) == len(article.sentences)
    assert -1.0 <= result.body.compound <= 1.0 and -1.0 <= result.body.vader_compound <= 1.0
    for sentence in result.sentences:
        for evidence in sentence.evidence:
            assert evidence.start is not None and sentence.start <= evidence.start < evidence.end <= sentence.end
    json.dumps(result.to_dict())


# --------------------------------------------------------------------------------------------
# Validation (NYT editorial snippets, Hutto & Gilbert 2014)


def test_validation_figures() -> None:
    from analysis.validation.sentiment import validate_sentiment

    v = validate_sentiment()
    assert v.nyt_even_plain.rows == v.nyt_even_supplement.rows == 2595
    # Round 20 unscored VADER's digit slang: one even row ("... 57 falls compared with 86 last year ...",
    # human +0.7) loses "86" (-1.6), so r 0.4910 -> 0.4914, macro-F1 0.4293 -> 0.4296, supplement r 0.4919 -> 0.4922.
    assert v.nyt_even_plain.pearson_r == pytest.approx(0.4914, abs=2e-4)
    assert v.nyt_even_plain.macro_f1 == pytest.approx(0.4296, abs=2e-4)
    assert v.nyt_even_supplement.pearson_r == pytest.approx(0.4922, abs=2e-4)
    assert v.nyt_even_supplement.macro_f1 == pytest.approx(0.4317, abs=5e-4)
    assert v.nyt_even_human_split_half_r == pytest.approx(0.9204, abs=5e-4)
    assert v.tweets_plain.pearson_r == pytest.approx(0.8722, abs=5e-4)
    assert v.tweets_supplement.macro_f1 < v.tweets_plain.macro_f1  # one tweet ("Blues Explosion") flips
    low, high = v.nyt_even_delta_r_ci95
    assert low < 0 < high  # the NYT gain is not distinguishable from zero
    assert v.supplement_wins is False
    assert v.supplement_wins is SUPPLEMENT_DEFAULT
    # Neutral names: r a little up, macro-F1 down on the held-out rows, tweets worse -> not the default.
    # 90 rows before round 8's actor finder, 88 before round 10's (places and things written like names are no persons),
    # 83 before round 13's (a title in quotation marks, "''Happy Birthday''", is no person: its "Happy" is scored again),
    # 82 before round 14's (a one-word firm named three times, the Supreme Court: more names to neutralise),
    # 84 before round 19's (the gazetteer's NGOs: "Save the Children Federation" masks "Save" too).
    assert v.nyt_even_names.rows == 2595 and v.even_rows_touched_names == 85
    assert v.nyt_even_names.pearson_r == pytest.approx(0.4930, abs=2e-4)  # 0.4925 before round 20's digits
    assert v.nyt_even_names.macro_f1 == pytest.approx(0.4276, abs=2e-4)  # 0.4272 before round 20, 0.4262 before round 13
    assert v.tweets_names.pearson_r == pytest.approx(0.8696, abs=5e-4)
    assert v.tweets_names.macro_f1 == pytest.approx(0.6301, abs=5e-4)  # 0.6294 before round 14's actor rules, 0.6281 before round 10's
    low, high = v.nyt_even_names_delta_r_ci95
    assert low < 0 < high
    assert v.names_wins is False
    assert v.names_wins is NAMES_NEUTRAL_DEFAULT


# --------------------------------------------------------------------------------------------
# Names carry no sentiment (names_neutral)


def test_names_neutral_seed(seed: Article, plain: SentimentResult, named: SentimentResult) -> None:
    assert named.names_neutral is True and "names neutral (2 name words not scored)" in named.method
    # "United" (+1.8) of "United States" is not scored; every other sentence keeps VADER's score.
    changed = [s.index for s, p in zip(named.sentences, plain.sentences, strict=True) if s.compound != p.compound]
    assert changed == [13, 16]
    for index, expected in ((13, -0.34), (16, -0.6486)):
        sentence = named.sentences[index]
        assert sentence.compound == expected
        (united,) = [e for e in sentence.evidence if e.source == "name"]
        assert united.describe() == 'United (part of the name "United States"): not scored'
        assert (united.base, united.valence) == (1.8, 0.0)
        assert seed.body[united.start : united.end] == "United"
        assert united.describe() in sentence.evidence_text
        masked = normalise_typography(seed.sentences[index].text).replace("United States", "xxxxxx States")
        assert sentence.compound == VADER.polarity_scores(masked)["compound"]
    # Actor tones: both fall, Russia stays more negative than the United States.
    russia, us = named.actor("Russia"), named.actor("United States")
    assert russia is not None and us is not None
    assert russia.compound == pytest.approx(-0.0683, abs=1e-4)
    assert us.compound == pytest.approx(-0.0241, abs=1e-4)
    assert russia.compound < us.compound
    assert (russia.agent_of, us.agent_of) == (plain.actor("Russia").agent_of, plain.actor("United States").agent_of)  # type: ignore[union-attr]
    assert named.body.compound == pytest.approx(-0.2129, abs=1e-4)
    assert named.to_dict()["names_neutral"] is True


def test_names_neutral_short_texts() -> None:
    text = "The United Nations and the Free Syrian Army met in New York. Talks were a great success."
    on = score_text(text, supplement=False, names_neutral=True)
    off = score_text(text, supplement=False, names_neutral=False)
    assert off["compound"] == VADER.polarity_scores(text)["compound"]
    names = [(e.token, e.rules) for e in on["evidence"] if e.source == "name"]
    assert names == [("United", ('part of the name "United Nations"',)), ("Free", ('part of the name "Free Syrian Army"',))]
    assert [e.token for e in on["evidence"] if e.source != "name"] == ["great", "success"]
    assert on["compound"] == VADER.polarity_scores(text.replace("United", "xxxxxx").replace("Free", "xxxx"))["compound"]
    assert polarity(text, supplement=False, names_neutral=True)["compound"] == on["compound"]
    # The gazetteer's multi-word names that are not actors count too ("Supreme Court"); names
    # whose words say what happened keep them ([names] keep_valence: "Civil War").
    court = score_text("The Supreme Court ruled after the Civil War.", names_neutral=True)
    assert [(e.token, e.source) for e in court["evidence"]] == [("Supreme", "name"), ("War", "vader")]


def test_names_neutral_default(seed: Article, plain: SentimentResult) -> None:
    assert NAMES_NEUTRAL_DEFAULT is False  # decided by test_validation_figures
    assert analyze_sentiment(seed, supplement=False).to_dict() == plain.to_dict()


# --------------------------------------------------------------------------------------------
# User lexicons ([news_sentiment] in a user file) and phrases


def _user_file(tmp_path: Path, text: str, name: str = "mine.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_phrase_changes_exactly_its_sentences(tmp_path: Path, seed: Article, plain: SentimentResult) -> None:
    path = _user_file(
        tmp_path,
        '[news_sentiment.supplement]\n"serious concern" = { valence = -2.5, reason = "a diplomatic rebuke" }\n'
        '"fragile ceasefire" = -1.0\n',
    )
    with use_lexicons(path):
        assert user_entries() == {"serious concern": (-2.5, "a diplomatic rebuke"), "fragile ceasefire": (-1.0, "user lexicon")}
        result = analyze_sentiment(seed, supplement=False)
    assert "user lexicon mine.toml (2 entries, 0 removed)" in result.method
    containing = {
        s.index for s in seed.sentences if "serious concern" in s.text.lower() or "fragile ceasefire" in s.text.lower()
    }
    assert containing  # the seed holds both phrases
    for before, after in zip(plain.sentences, result.sentences, strict=True):
        if before.index in containing:
            assert after.compound < before.compound
            phrases = [e for e in after.evidence if " " in e.token]
            assert phrases and all(e.source == "user" for e in phrases)
            assert all(seed.body[e.start : e.end] == e.token for e in phrases)
        else:
            assert (after.compound, after.evidence) == (before.compound, before.evidence)
    rebuke = next(s for s in result.sentences if "serious concern" in s.text)
    assert 'phrase "serious concern" -2.50 (user lexicon)' in rebuke.evidence_text
    assert "serious -0.30" not in rebuke.evidence_text  # the phrase's valence replaces its words'
    # Leaving the block leaves the package lists (the caches are keyed by the user file).
    assert analyze_sentiment(seed, supplement=False).to_dict() == plain.to_dict()


def test_user_phrase_short_texts(tmp_path: Path) -> None:
    path = _user_file(tmp_path, '[news_sentiment.supplement]\n"own goal" = { valence = -2.0 }\n"fed up" = -1.8\n')
    texts = ["It was an own goal.", "It was an OWN GOAL, they said", "A goal of our own.", "Voters aren’t fed up.", "Unfed up"]
    with use_lexicons(path):
        scored = [score_text(t, supplement=False) for t in texts]
        with_supplement = score_text(texts[0], supplement=True)
    first, caps, apart, negated, inside = scored
    (own,) = first["evidence"]
    assert (own.token, own.base, own.source, own.start, own.end) == ("own goal", -2.0, "user", 10, 18)
    # VADER scores the phrase as one lexicon word of valence -2.0 with a neutral word after it.
    probe = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    probe.lexicon, probe.emojis = {**VADER.lexicon, "own": -2.0}, VADER.emojis
    assert first["compound"] == probe.polarity_scores("It was an own xxxx.")["compound"] == -0.4588
    assert with_supplement["compound"] == first["compound"]  # user entries apply with or without the supplement
    assert caps["evidence"][0].token == "OWN GOAL" and caps["compound"] < first["compound"]  # VADER's ALL-CAPS rule
    assert apart["evidence"] == () and apart["compound"] == 0.0  # not the phrase
    (fed,) = negated["evidence"]
    assert fed.describe() == "phrase \"fed up\" -1.80 (user lexicon) -> +1.332 (negated by 'aren't' (x-0.74))"
    assert inside["evidence"] == ()  # whole words only


def test_user_override_changes_evidence(tmp_path: Path) -> None:
    path = _user_file(
        tmp_path,
        "[news_sentiment.supplement]\nassurances = { valence = -0.5, reason = \"boilerplate\" }\n"
        "concern = { valence = -2.0, reason = \"stronger\" }\nremove = [\"defense\", \"militants\"]\n",
    )
    text = "We seek assurances on defense and raise concern about militants."
    base = score_text(text, supplement=True)
    assert [(e.token, e.base, e.source) for e in base["evidence"]] == [
        ("assurances", 1.4, "vader"), ("defense", 0.5, "vader"), ("concern", -0.8, "supplement"),
        ("militants", -1.5, "supplement"),
    ]
    with use_lexicons(path):
        for supplement in (True, False):
            scored = score_text(text, supplement=supplement)
            assert [(e.token, e.base, e.valence, e.source) for e in scored["evidence"]] == [
                ("assurances", -0.5, -0.5, "user"), ("concern", -2.0, -2.0, "user"),
            ]
            assert "assurances -0.50 (user lexicon)" in scored["evidence"][0].describe()
        assert "militants" not in supplement_entries() and "concern" not in supplement_entries()


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('# mine\n[news_sentiment.supplement]\nok = 1.0\n"own goal" = -5.0\n', 4),
        ('[news_sentiment.supplement."own goal"]\nreason = "too strong"\nvalence = -5.0\n', 3),
    ],
)
def test_user_valence_out_of_range(tmp_path: Path, text: str, line: int) -> None:
    path = _user_file(tmp_path, text, "bad.toml")
    with pytest.raises(LexiconError) as error:
        use_lexicons(path).__enter__()
    message = str(error.value)
    assert message.startswith(f"bad.toml line {line}:") and "own goal" in message and "-5.0" in message
    assert "outside [-4.0, 4.0]" in message


def test_user_valence_out_of_range_inline_table_line(tmp_path: Path) -> None:
    path = _user_file(tmp_path, '# mine\n[news_sentiment.supplement]\n"own goal" = { valence = -5.0 }\n', "bad.toml")
    with pytest.raises(LexiconError, match=r"^bad\.toml line 3: .*own goal.*outside"):
        use_lexicons(path).__enter__()


@pytest.mark.parametrize(
    "text",
    [
        "I love it 😀 but the ending was not so good",
        "The kind of day that is sort of BAD, without doubt never so happy!!",
        "Least good, at least not the worst?? No way, no good news.",
    ],
)
def test_fast_paths_equal_vader(text: str) -> None:
    """The tracer's shortcuts (emoji pass skipped without an emoji, windowed negation and idiom
    checks, no call for words outside the lexicon) leave VADER's scores as they are."""
    scored = score_text(text, supplement=False, names_neutral=False)
    assert {k: scored[k] for k in ("neg", "neu", "pos", "compound")} == VADER.polarity_scores(text)

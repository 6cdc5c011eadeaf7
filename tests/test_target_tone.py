"""Target-dependent tone (issue #18): each rule family, scope, negation, quoted speech, the seed.

Expectations were checked by hand against the sentences; labels are asserted where the rule and
the trained weights agree with the coding guideline (docs/annotation/target_tone_guideline.md),
and the evidence (which rule fired on which words) everywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import TargetTone, tone_toward
from analysis.sentiment.target_features import target_features

FIXTURES = Path(__file__).parent / "fixtures"


def _tone(sentence: str, mention: str, occurrence: int = 0) -> TargetTone:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(mention, start + 1)
    return tone_toward(sentence, start, start + len(mention))


def _fired(sentence: str, mention: str) -> dict[str, str]:
    start = sentence.index(mention)
    return {f.name: f.words for f in target_features(sentence, start, start + len(mention), 0.0)}


def test_result_shape_and_evidence() -> None:
    tone = _tone("Police arrested Smith after the match.", "Smith")
    assert tone.label == "negative" and tone.score < -0.5  # the target as the patient of an arrest
    assert abs(tone.p_negative + tone.p_neutral + tone.p_positive - 1.0) < 1e-9
    assert tone.mention == "Smith"
    contributions = [abs(e.contribution) for e in tone.evidence]
    assert contributions == sorted(contributions, reverse=True)
    assert tone.strongest() is not None and tone.strongest().feature == "patient_negative"
    assert "arrested <target>" in tone.evidence_text


def test_evidence_texts_give_the_evidence_and_its_key_part_in_one_pass() -> None:
    """What the actor stage keeps per mention: the shown evidence, and the three items of it that push
    toward the label (here negative: R:after -0.72 is the fourth, so it is left out)."""
    tone = _tone("Police arrested Smith after the riot.", "Smith")
    text, key = tone.evidence_texts()
    assert (text, key) == (tone.evidence_text, tone.key_evidence())
    assert key == (
        "patient_negative -2.04 (arrested <target>); sentence_compound -1.51 (VADER compound of the text -0.772); "
        "near_negative -0.94 (arrested -2.10)"
    )
    assert text.startswith(key + "; R:after -0.72 ('after' after the target)")
    # A neutral mention's key evidence pushes toward the side its score leans (+0.06 here).
    calm = _tone("The mayor opened the new bridge on Monday.", "mayor")
    assert calm.label == "neutral" and calm.score == pytest.approx(0.061, abs=0.001)
    # The grammar word 'the' is weighed (in the full evidence) but is no key evidence.
    assert calm.evidence_texts() == (calm.evidence_text, "S:new +0.40 ('new' in the sentence)")


@pytest.mark.parametrize(
    ("sentence", "mention", "feature", "label"),
    [
        # target as patient of a treatment verb, active and passive
        ("Police arrested Smith after the match.", "Smith", "patient_negative", "negative"),
        ("Jones accused Smith of lying.", "Smith", "patient_negative", "negative"),
        ("Smith was arrested on Friday.", "Smith", "patient_negative", "negative"),
        # target as agent of an act
        ("Smith won the final on Sunday.", "Smith", "agent_good", "positive"),
        ("Smith lied to investigators.", "Smith", "agent_bad", "negative"),
        # evaluative words attached to the target
        # fires, but the learnt weight leaves this one neutral (see test_apposition_lowers_the_tone)
        ("Smith, a convicted fraudster, spoke to reporters.", "Smith", "apposition_negative", None),
        ("Smith is principled and honest.", "Smith", "predicate_positive", "positive"),
        ("The disgraced Smith left the building.", "Smith", "modifier_negative", None),
    ],
)
def test_rule_families(sentence: str, mention: str, feature: str, label: str | None) -> None:
    assert feature in _fired(sentence, mention)
    if label is not None:
        assert _tone(sentence, mention).label == label


def test_apposition_lowers_the_tone() -> None:
    plain = _tone("Smith spoke to reporters.", "Smith")
    labelled = _tone("Smith, a convicted fraudster, spoke to reporters.", "Smith")
    assert labelled.score < plain.score - 0.3


def test_praise_by_the_target_is_its_own_act() -> None:
    # "X praised Y": the praise is X's stance act; it is not a patient rule for X, and the verb's
    # valence lands in the stance region, not X's near context.
    fired = _fired("Smith praised the plan.", "Smith")
    assert "agent_stance" in fired and "patient_positive" not in fired
    assert "stance_positive" in fired and "near_positive" not in fired
    assert "stance_sentence_compound" in fired


def test_scope_two_parties() -> None:
    sentence = "Jones accused Smith of lying."
    jones, smith = _tone(sentence, "Jones"), _tone(sentence, "Smith")
    assert smith.label == "negative"
    assert smith.score < jones.score
    assert "patient_negative" not in {e.feature for e in jones.evidence}
    # "by X" after the verb is its agent, not its patient
    fired = _fired("Russia was sanctioned by the United States.", "United States")
    assert "patient_negative" not in fired
    assert _tone("Russia was sanctioned by the United States.", "Russia").label == "negative"


def test_negation_flips_the_rule() -> None:
    arrested, not_arrested = _tone("Smith was arrested.", "Smith"), _tone("Smith was not arrested.", "Smith")
    assert arrested.label == "negative"
    assert not_arrested.score > arrested.score + 0.5
    assert "(negated)" in _fired("Smith was not arrested.", "Smith")["patient_negative"]


def test_quoted_speech() -> None:
    # Being the speaker of a negative quote does not by itself colour the speaker
    speaker = _tone('"The weather was terrible," Smith said.', "Smith")
    assert speaker.label == "neutral"
    assert "speaker" in _fired('"The weather was terrible," Smith said.', "Smith")
    # The speaker's words about the target count
    quoted = _tone('"Smith is a liar and a fraud," Jones said.', "Smith")
    assert quoted.label == "negative"
    assert "in_quote" in _fired('"Smith is a liar and a fraud," Jones said.', "Smith")


def test_speaker_found_past_titles_appositions_and_a_cut_quotation() -> None:
    """The speaker of "said the lead report author X", "X, <apposition>, told" and "X (D-CA) wrote"
    (guideline rule 5: by itself no colour); a quotation whose opening the sentence splitter cut off
    ('... encouraging," said X') is still the speaker's quote, not words about X."""
    cut = 'This is very encouraging,” said the lead report author Hannah Leckie.'
    fired = _fired(cut, "Hannah Leckie")
    assert fired["speaker"] == "said the lead report author <target>"
    assert fired["speaker_quote_positive"] == "encouraging +2.40"
    assert "speaker_sentence_compound" in fired and "sentence_compound" not in fired
    assert _tone(cut, "Hannah Leckie").label == "neutral"
    told = "Catherine Reheis-Boyd, the president of the Western States Petroleum Association, told Fox News."
    assert _fired(told, "Catherine Reheis-Boyd")["speaker"] == "<target> , the president of the Western States Petroleum Association , told"
    assert _fired('Our planet is in crisis," Sen. Cory Booker (D-NJ) declared.', "Cory Booker")["speaker"] == "<target> ... ) declared"
    # a straight quote after a comma closes a cut quotation only when the sentence's straight quotes
    # do not pair up; paired, the first opens as written
    assert "in_quote" in _fired('The deal failed because Smith lied," Jones said.', "Smith")
    assert "in_quote" in _fired('Jones said, "Smith lied," and left.', "Smith")
    assert "in_quote" not in _fired('Jones said, "They lied," and Smith left.', "Smith")
    # "told reporters X lied": X is the topic of the report, not its speaker
    assert "speaker" not in _fired("Jones told reporters Smith lied.", "Smith")


def test_victims_and_the_verb_after_an_apposition_or_adverb() -> None:
    """Harm done to the target is its own feature, not a treatment (guideline rule 10: a victim is
    neutral); harm the target does is its bad act; the verb after "X, <apposition>," or "X
    <adverb>" is X's."""
    assert _fired("Smith was killed in the attack.", "Smith")["patient_harm"] == "<target> was killed"
    assert "patient_negative" not in _fired("Gunmen shot Smith outside his home.", "Smith")
    assert _tone("Smith was killed in the attack.", "Smith").label == "neutral"
    assert _fired("Smith shot two guards.", "Smith")["agent_bad"] == "<target> shot"
    assert _tone("Smith shot two guards.", "Smith").label == "negative"
    # an -ly adverb between the subject and its verb is skipped like "has" or "also"
    overshadowed = _fired("Carson is generally overshadowed on a debate stage.", "Carson")
    assert overshadowed["patient_negative"] == "<target> is generally overshadowed"
    assert _fired("Smith deliberately misled investigators.", "Smith")["agent_bad"] == "<target> deliberately misled"
    appositive = "Smith, a former trader, was arrested on Friday."
    assert _fired(appositive, "Smith")["patient_negative"] == "<target> , a former trader , was arrested"
    assert _tone(appositive, "Smith").label == "negative"


def test_news_compound_reuses_the_plain_score_only_without_supplement_words() -> None:
    """The actor stage passes the sentence stage's plain compound (no supplement): it is the answer
    when no supplement word occurs (a made-up 0.123 comes back unchanged: VADER did not run), and
    is ignored when one does ("bombed" is a supplement word: plain -0.0516, with it -0.5267)."""
    from analysis.sentiment.scoring import polarity
    from analysis.sentiment.target import news_compound

    calm = "The mayor opened the new bridge on Monday."
    assert news_compound(calm, 0.123) == 0.123
    war = "Russia on Thursday bombed US-backed fighters in southern Syria."
    assert round(polarity(war)["compound"], 4) == -0.0516
    assert news_compound(war, polarity(war)["compound"]) == polarity(war, supplement=True)["compound"]
    assert round(news_compound(war, 0.123), 4) == -0.5267
    assert news_compound(war, 0.123, plain_has_supplement=True) == 0.123  # already scored with it


def test_news_compound_reads_the_sentence_stage_tokens() -> None:
    """Given VADER's tokens of the text, a token equal to a supplement word decides, not a substring:
    "concerned" holds the supplement word "concern" but is a VADER word of its own, the same in both
    lexicons (-0.3182 either way), so the made-up 0.123 comes back; "concern" itself is rescored
    (-0.3182 plain, -0.4767 with the supplement)."""
    from analysis.sentiment.scoring import polarity
    from analysis.sentiment.target import news_compound

    concerned = "Officials were concerned about the delay."
    assert news_compound(concerned, 0.123) != 0.123  # the substring search rescores it ...
    assert round(news_compound(concerned, 0.123), 4) == -0.3182  # ... to the plain score
    assert news_compound(concerned, 0.123, tokens=["officials", "were", "concerned", "about", "the", "delay"]) == 0.123
    concern = "Officials voiced concern about the delay."
    assert round(polarity(concern)["compound"], 4) == -0.3182
    assert round(news_compound(concern, 0.123, tokens=["officials", "voiced", "concern", "about", "the", "delay"]), 4) == -0.4767


@pytest.mark.parametrize(("supplement", "names_neutral"), [(False, False), (True, False), (False, True)])
def test_actor_stage_target_tone_matches_tone_toward_whatever_the_sentence_settings(supplement: bool, names_neutral: bool) -> None:
    """Reusing the sentence stage's compound changes no number: every mention of the seed gets the
    score tone_toward gives its sentence on its own (which scores the sentence with the supplement)."""
    from analysis import load_article
    from analysis.sentiment import analyze_sentiment
    from analysis.sentiment.vader import normalise_typography

    article = load_article(Path(__file__).parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")
    result = analyze_sentiment(article, supplement=supplement, names_neutral=names_neutral)
    body = normalise_typography(article.body)
    assert len(result.actor_mentions) > 10
    for m in result.actor_mentions:
        sentence = article.sentences[m.sentence]
        alone = tone_toward(body[sentence.start : sentence.end], m.start - sentence.start, m.end - sentence.start)
        assert (m.target_label, m.target_score) == (alone.label, alone.score)


def test_offsets_are_checked() -> None:
    with pytest.raises(ValueError):
        tone_toward("Smith won.", 3, 40)


def test_seed_russia_treated_more_negatively_than_united_states() -> None:
    from analysis import analyze, load_article

    result = analyze(load_article(Path(__file__).parent.parent / "data" / "raw" / "000_59af26005722e3de.txt"))
    russia, us = result.sentiment.actor("Russia"), result.sentiment.actor("United States")
    assert russia is not None and us is not None
    assert russia.target_tone < us.target_tone
    assert russia.negative_mentions > 0 and russia.strongest_evidence
    frame = result.sentiment.actors_frame()
    assert {"target_tone", "negative_mentions", "positive_mentions", "strongest_evidence", "compound"} <= set(frame.columns)
    mentions = result.sentiment.actor_mentions_frame()
    assert set(mentions["target_label"]) <= {"negative", "neutral", "positive"}


def test_newsmtsc_sample_beats_vader() -> None:
    """A 60-item sample of NewsMTSC dev (MIT; licence in the fixture folder): not a validation
    figure (see analysis/validation/target_tone.py), a guard that the weights load and work."""
    from analysis.validation.datasets import target_items
    from analysis.validation.target_tone import validate_items

    ours, vader = validate_items("sample", target_items(FIXTURES / "newsmtsc_sample" / "dev_sample.jsonl"))
    assert ours.items == 60
    assert ours.macro_f1 > vader.macro_f1


def test_other_news_dev_figure() -> None:
    """The figure reported for the other-news dev part (244 mentions, coded blind; the neutral
    prior was tuned on it; like the rest of the other-news sets it is development data now),
    checked by hand from the confusion counts: F1 negative 2*17/(34+39), neutral 2*143/(180+171),
    positive 2*11/(30+34); VADER's sentence label beside it. Round 8 (contractions tokenised whole,
    single letters and contraction pieces no context words, the received-treatment rule):
    0.5358 -> 0.5238. Round 10 (the speaker prior of target_scope): three neutral speakers predicted
    negative and one predicted positive are neutral now, 0.5238 -> 0.5362. Round 11 (speakers found
    by more attributions, the prior kept for "we"): five neutral mentions predicted positive are
    neutral now, and two positive ones too, 0.5362 -> 0.5319. Round 20 (verbs of belief report the
    target's position): '"Mr. Trump believes that because ..."', coded negative, is neutral now,
    0.5319 -> 0.5240; the weights refitted on the round-20 features (model 2026.12.6):
    one negative and one positive mention predicted neutral are right, 0.5240 -> 0.5414."""
    from analysis.validation.target_tone import other_news_items, validate_other_news

    ours, vader = validate_other_news()
    assert ours.items == vader.items == 244
    assert ours.confusion == (
        ("negative", "negative", 17), ("negative", "neutral", 14), ("negative", "positive", 3),
        ("neutral", "negative", 17), ("neutral", "neutral", 143), ("neutral", "positive", 20),
        ("positive", "negative", 5), ("positive", "neutral", 14), ("positive", "positive", 11),
    )
    assert round(ours.macro_f1, 4) == 0.5414
    assert ours.macro_f1 == pytest.approx((34 / 73 + 286 / 351 + 22 / 64) / 3, abs=1e-12)
    assert round(vader.macro_f1, 4) == 0.3518
    with pytest.raises(ValueError):
        other_news_items("test")


def test_other_news_development_groups_by_article() -> None:
    """All 1,290 coded other-news mentions (the seven spent blind sets; the seventh from round 12 on)
    with their source article, for training and cross-validation grouped by article or by set; no
    two sets share an article."""
    from analysis.validation.target_tone import development_set, other_news_development

    rows = other_news_development()
    assert len(rows) == 1290 and len({item.id for item, _ in rows}) == 1290
    prefixes = ("b", "o", "t", "f", "v", "w", "s")
    by_set = [{source for item, source in rows if item.id.startswith(prefix)} for prefix in prefixes]
    assert [len([1 for item, _ in rows if item.id.startswith(prefix)]) for prefix in prefixes] == [150, 300, 200, 160, 160, 160, 160]
    assert [sum(development_set(item) == name for item, _ in rows) for name in
            ("blind", "other_news", "third", "fourth", "fifth", "sixth", "seventh")] == [150, 300, 200, 160, 160, 160, 160]
    assert sum(map(len, by_set)) == len({source for _, source in rows})
    assert {item.polarity for item, _ in rows} == {"negative", "neutral", "positive"}


def test_other_news_items_are_well_formed() -> None:
    rows = [json.loads(line) for line in (FIXTURES / "target_tone_other_news" / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 300 and {r["part"] for r in rows} == {"dev", "blind"}
    for r in rows:
        assert r["sentence"][r["from"] : r["to"]] == r["mention"]


def test_blind_items_are_well_formed() -> None:
    rows = [json.loads(line) for line in (FIXTURES / "target_tone_blind" / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 150
    assert len({r["source"] for r in rows}) >= 25
    for r in rows:
        assert r["sentence"][r["from"] : r["to"]] == r["mention"]


def test_actor_tone_survives_a_name_the_splitter_cuts_in_two() -> None:
    # "J. Scott Applewhite": the splitter ends a sentence after "J." inside a photo credit, so the
    # person mention runs past its sentence; its tone is taken on the part inside (it used to raise).
    from analysis import analyze

    text = "Lawmakers backed a sweeping resolution on climate change. **J. Scott Applewhite/AP** hide caption.\n\nThe vote was close."
    result = analyze(text, lexicons=None)
    mentions = [m for m in result.sentiment.actor_mentions if m.actor == "J. Scott Applewhite"] or list(result.sentiment.actor_mentions)
    assert all(m.target_label in ("negative", "neutral", "positive") for m in mentions)


def test_speaker_pronouns_count_for_the_speakers_actor() -> None:
    """"he said" / "she said" that sourcing resolves to a named speaker is a mention of that
    speaker's actor, with its own target tone (wire_he_she_said: Reynolds ... she, Vilsack ... he,
    Mrs. Jones ... she); a phrase that only contains a name ("a US official in Washington") does
    not make its pronouns mentions of that name."""
    from analysis import analyze

    result = analyze(FIXTURES / "articles" / "wire_he_she_said.txt")
    pronouns = [m for m in result.sentiment.actor_mentions if m.via == "pronoun"]
    assert [(m.actor, m.text) for m in pronouns] == [("Kim Reynolds", "she"), ("Tom Vilsack", "he"), ("Mrs. Jones", "she")]
    assert all(m.target_label in ("negative", "neutral", "positive") and m.target_evidence for m in pronouns)
    vilsack = result.sentiment.actor("Tom Vilsack")
    assert vilsack is not None and (vilsack.mentions, vilsack.pronoun_mentions) == (4, 1)
    rows = result.corpus_rows()["actors"]
    assert [r["actor"] for r in rows] == [a.actor for a in result.sentiment.actors]
    assert next(r for r in rows if r["actor"] == "Tom Vilsack")["pronoun_mentions"] == 1
    seed = analyze(Path(__file__).parent.parent / "data" / "raw" / "000_59af26005722e3de.txt")
    assert not [m for m in seed.sentiment.actor_mentions if m.via == "pronoun"]


def test_strongest_evidence_whenever_a_mention_is_coloured() -> None:
    """An actor with a positive or negative mention shows one as its strongest evidence, even when
    a neutral mention scores further from 0 (our text: "Police arrested Tom Reyes" is negative
    -0.73, from the arrest; his neutral mention "Reyes told reporters" is given a made-up +0.90,
    which must not become the evidence)."""
    import dataclasses

    from analysis import analyze
    from analysis.sentiment.actor_tone import _target_summary

    for name in ("02_heat_study.txt", "08_court_ruling.txt"):
        result = analyze(FIXTURES / "sourcing" / name)
        for actor in result.sentiment.actors:
            scores = [m.target_score for m in result.sentiment.actor_mentions if m.actor == actor.actor]
            coloured = bool(actor.negative_mentions or actor.positive_mentions)
            # with no coloured mention, the mention leaning furthest (by 0.05 or more) is shown, marked neutral
            assert bool(actor.strongest_evidence) == (coloured or any(abs(s) >= 0.05 for s in scores))
            assert coloured or not actor.strongest_evidence or f"(neutral {max(scores, key=abs):+.2f})" in actor.strongest_evidence
    text = "Police arrested Tom Reyes in Leeds on Friday.\n\nReyes told reporters he would appeal.\n\nThe hearing for Reyes is set for May."
    reyes = [m for m in analyze(text, lexicons=None).sentiment.actor_mentions if m.actor == "Tom Reyes"]
    assert [m.target_label for m in reyes] == ["negative", "neutral", "neutral"]
    louder = [reyes[0], dataclasses.replace(reyes[1], target_score=0.9), reyes[2]]
    summary = str(_target_summary(louder)["strongest_evidence"])
    assert summary.startswith("Tom Reyes (negative -0.75): patient_negative") and "arrested <target>" in summary


def test_a_neutral_mention_that_leans_shows_what_pushes_it_that_way() -> None:
    # New-user trial, round 12 (F7): an actor at -0.32 with no negative mention showed no evidence.
    # The key evidence of a neutral mention now names the features that push it the way it leans.
    text = "The firm said it had been contacted by the office of the state attorney general, Dana Reyes, about the losses."
    start = text.index("Dana Reyes")
    tone = tone_toward(text, start, start + len("Dana Reyes"))
    assert tone.label == "neutral" and tone.score == pytest.approx(-0.219, abs=0.001)
    assert tone.key_evidence() == (
        "sentence_compound -0.79 (VADER compound of the text -0.402); S:general -0.74 ('general' in the sentence); "
        "S:attorney -0.34 ('attorney' in the sentence)"  # not the grammar word 'about' (S:about -0.62)
    )
    # One leaning by less than 0.05 has none.
    text = "Workers lost their jobs after the plant closed, according to the report by Dana Reyes."
    start = text.index("Dana Reyes")
    tone = tone_toward(text, start, start + len("Dana Reyes"))
    assert tone.label == "neutral" and abs(tone.score) < 0.05 and tone.key_evidence() == ""


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (16, 10, "target offsets 16:10: the start comes after the end"),
        (5, 5, "target offsets 5:5 mark no text: the mention must hold at least one character"),
        (-1, 4, "target offsets -1:4 fall outside the text (22 characters: offsets run from 0 to 22)"),
        (10, 30, "target offsets 10:30 fall outside the text (22 characters"),
    ],
)
def test_bad_offsets_are_a_clear_package_error(start, end, message) -> None:
    from analysis.errors import AnalysisError

    with pytest.raises(AnalysisError) as caught:
        tone_toward("Police arrested Smith.", start, end)
    assert str(caught.value).startswith(message)


def test_key_evidence_leaves_out_grammar_words_the_full_evidence_keeps() -> None:
    # Round-13 trial F9: "L:an -0.57 ('An' before the target)" was the actor table's evidence of a
    # negative tone toward the Associated Press. The model weighs it; the key evidence names words
    # a reader can check.
    sentence = "An Associated Press journalist in the area said he heard gunfire as police tried to break up the attempt to march."
    tone = _tone(sentence, "Associated Press")
    assert "L:an -0.57 ('An' before the target)" in tone.evidence_text
    assert tone.key_evidence() == (
        "S:attempt -0.86 ('attempt' in the sentence); sentence_compound -0.75 (VADER compound of the text -0.382); "
        "S:police -0.45 ('police' in the sentence)"
    )
    assert tone.evidence_texts()[1] == tone.key_evidence()

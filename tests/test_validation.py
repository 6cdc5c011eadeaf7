"""Tests for analysis/validation/ (issue 9): the key validation
figures on the public data sets (so a regression in any measure shows here), the language check of
the refused extraction pages, the headline table and docs/validation.md, and ``run_validation``.

The figures are computed once per module (about 15 s); the two full ``run_validation`` runs
(figures plus the notebook rendered twice, about a minute) are marked slow.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from analysis import validation
from analysis.validation import guess_language, human_ceiling, summary_markdown, summary_rows, summary_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    return validation.validate_all()


def _sentiment(figures: dict[str, Any], corpus: str, prefix: str) -> dict[str, Any]:
    return next(r for r in figures["sentiment"]["table"] if r["corpus"] == corpus and r["scorer"].startswith(prefix))


# --------------------------------------------------------------------------------------------
# Key figures


def test_sentiment_figures(figures: dict[str, Any]) -> None:
    plain = _sentiment(figures, "nyt_editorial", "plain VADER")
    ours = _sentiment(figures, "nyt_editorial", "ours, default")
    assert plain["n"] == ours["n"] == 2595  # the even NYT rows only
    # Plain VADER 3.3.2 is not ours: these pin the data and the split.
    assert plain["pearson_r"] == pytest.approx(0.491, abs=0.001)
    assert plain["macro_f1"] == pytest.approx(0.429, abs=0.001)
    # Ours must stay near VADER on news (the paper: 0.492) ...
    assert ours["pearson_r"] >= 0.48
    assert ours["macro_f1"] >= 0.41
    # ... and far below the human ceilings, which pin the rating data.
    one = _sentiment(figures, "nyt_editorial", "one human")
    half = _sentiment(figures, "nyt_editorial", "split-half")
    assert one["pearson_r"] == pytest.approx(0.715, abs=0.002)
    assert half["pearson_r"] == pytest.approx(0.920, abs=0.001)
    published = _sentiment(figures, "nyt_editorial", "VADER as published")
    assert published["pearson_r"] == 0.492 and published["n"] == 5190
    tweets = _sentiment(figures, "tweet", "ours, default")
    assert tweets["n"] == 4200
    assert tweets["pearson_r"] >= 0.86
    assert _sentiment(figures, "tweet", "plain VADER")["pearson_r"] == pytest.approx(0.872, abs=0.001)
    assert figures["sentiment"]["supplement"]["on_by_default"] is False


def test_readability_figures(figures: dict[str, Any]) -> None:
    formulas = {r["formula"]: r for r in figures["readability"]["formulas"]}
    assert len(formulas) == 9  # eight formulas and textstat's FK grade
    textstat_fk = formulas["textstat_flesch_kincaid_grade"]
    assert (textstat_fk["ordered_triples"], textstat_fk["triples"]) == (184, 189)  # the shared README's baseline
    assert textstat_fk["spearman_rho"] == pytest.approx(0.567, abs=0.001)
    ours = formulas["flesch_kincaid_grade"]
    assert ours["ordered_triples"] >= 183
    assert ours["spearman_rho"] >= 0.55
    for row in formulas.values():
        assert row["ordered_triples"] >= 165, row["formula"]
        assert row["spearman_rho"] >= 0.40, row["formula"]
        assert row["clean_triples"] == 186


def test_framing_figures(figures: dict[str, Any]) -> None:
    framing = figures["framing"]
    assert (framing["n_odd"], framing["n_even"]) == (203, 225)
    frames = {f["label"]: f for f in framing["frames"]}
    assert set(frames) == {"CO", "EC", "HI", "MO"}
    for label, row in frames.items():
        assert row["n"] == 225
        assert row["auc"] >= 0.65, label
        assert row["f1"] >= row["baseline_f1"] - 0.01, label
    for label in ("EC", "HI", "MO"):  # rare frames: better than answering yes everywhere
        assert frames[label]["f1"] > frames[label]["always_yes_f1"], label
    questions = {q["item"]: q for q in framing["questions"]}
    assert len(questions) == 20
    assert sorted(q["kappa"] for q in questions.values())[len(questions) // 2] >= 0.25
    assert questions["MO2"]["kappa"] >= 0.5
    # The coders' own agreement (pairs of annotators, even ids) pins the raw annotations.
    assert framing["coder_agreement"]["co1"]["kappa"] == pytest.approx(0.548, abs=0.001)
    assert framing["coder_agreement"]["re7"]["kappa"] == pytest.approx(0.131, abs=0.001)
    assert questions["CO1"]["coder_kappa"] == framing["coder_agreement"]["co1"]["kappa"]


def test_extraction_figures(figures: dict[str, Any]) -> None:
    extraction = figures["extraction"]
    assert len(extraction["pages"]) == 60
    refused = extraction["refused"]
    assert len(refused) == 8
    # Every page we refuse is non-English, whatever its <html lang> says.
    assert extraction["refused_all_non_english"] is True
    assert all(r["gold_language"] != "en" for r in refused)
    by_tag = {(r["html_lang"], r["gold_language"]) for r in refused}
    assert ("en", "de") in by_tag  # tagged English, written in German
    assert (None, "pt") in by_tag  # untagged, written in Portuguese
    summary = {(r["pages"].split(" ")[0], r["system"].split(" ")[0]): r for r in extraction["summary"]}
    assert summary[("all", "ours")]["refused"] == 8
    assert summary[("all", "trafilatura")]["f1"] == pytest.approx(0.922, abs=0.002)
    english = next(k for k in summary if k[0] != "all")[0]
    assert summary[(english, "ours")]["n"] == 52
    assert summary[(english, "ours")]["refused"] == 0
    assert summary[(english, "ours")]["f1"] >= 0.93
    assert summary[(english, "ours")]["f1"] >= summary[(english, "trafilatura")]["f1"] - 0.01


def test_sourcing_figures(figures: dict[str, Any]) -> None:
    s = figures["sourcing"]
    assert s["fixtures"] >= 21
    assert s["precision"] >= 0.85 and s["recall"] >= 0.85  # the floors of tests/test_sourcing.py
    assert sum(t["expected"] for t in s["by_quote_type"]) == s["expected"]
    assert s["source_fields_accuracy"] >= 0.9
    first = s["held_out_first_runs"]
    readme = (ROOT / "tests" / "fixtures" / "sourcing" / "README.md").read_text("utf-8")
    # The recorded held-out figures are those of the fixture README.
    assert f"{first['matched']}/{first['found']} = {first['precision']:.3f}" in readme
    assert f"{first['matched']}/{first['expected']} = {first['recall']:.3f}" in readme


def test_every_figure_says_which_rows(figures: dict[str, Any]) -> None:
    for section in ("readability", "framing", "extraction", "sourcing"):
        assert figures[section]["rows_used"], section
    assert all(r["rows_used"] for r in figures["sentiment"]["table"])
    assert set(figures["provenance"]["data_sha256"]) == set(validation.DATA_FILES)


def test_figures_are_json_and_stable(figures: dict[str, Any]) -> None:
    text = json.dumps(figures, ensure_ascii=False, indent=2)
    assert json.loads(text) == figures
    assert "NaN" not in text


def test_policy_frame_figures(figures: dict[str, Any]) -> None:
    dev, blind = figures["policy_frames"], figures["policy_frames_blind"]
    assert (dev["n"], blind["n"]) == (357, 87)  # the fixed split of the 444 coded sentences
    assert dev["majority"]["family"] == "other"
    # Development part: the cues were chosen here (before: 0.458 / 0.555); a floor against regressions
    # (lexicon 5.2: 0.689 / 0.765; v6: 0.709 / 0.784; v7: 0.739 / 0.790).
    assert dev["macro_f1"] >= 0.70 and dev["accuracy"] >= 0.78
    # The fifth held out at first: blind at two stops (0.464 / 0.644), development data since round 4
    # (lexicon v4 was written after reading its errors: 0.523 / 0.701); pinned so a change to the cues shows here
    # (lexicon 5.2: 0.543 / 0.747 -> v6: 0.540 / 0.736, one item of 87 lost -> 7.2, round 20: 0.560 / 0.747,
    # a poll reported with party words and a comrade's death no longer lost to a regretful "shame" ->
    # 7.3, round 21: 0.571 / 0.759, a policy sentence whose health words named its subject now policy).
    assert blind["macro_f1"] == pytest.approx(0.571, abs=0.001)
    assert blind["accuracy"] == pytest.approx(0.759, abs=0.001)
    # The second set, coded blind after v4 and scored once (v4: 0.360 / 0.508; v3 rule: 0.339 / 0.497),
    # development data since: lexicon v5 was written on it and on the first set; pinned as above
    # (lexicon 5.2: 0.482 / 0.630 -> v6: 0.501 / 0.656 -> 7.2, round 20: 0.507 / 0.667: a biography's
    # date of death is no health cue, pay named beside spending is economic -> 7.3, round 21: 0.512 / 0.672,
    # a policy sentence whose money words named its subject now policy).
    second = figures["policy_frames_second"]
    assert second["n"] == 189 and second["majority"]["family"] == "other"
    assert second["macro_f1"] == pytest.approx(0.512, abs=0.001)
    assert second["accuracy"] == pytest.approx(0.672, abs=0.001)
    # The third set: coded blind from the guideline while v5 was written, scored once after it
    # (v4 gives the same figures: one prediction of 168 differs): 0.426 / 0.577. Development data since
    # round 10 (lexicon v6 was written with its errors read): 0.465 / 0.625; lexicon v7 (round 13, written on
    # all six sets): 0.627 / 0.661 (six predictions of 168 change, all sentences whose errors were read; the
    # morality and fairness families hold four and one items here, so each weighs much in macro-F1).
    # Lexicon 7.2 (round 20): "signed it into law" is policy: 0.630 / 0.667. Lexicon 7.3 (round 21, the
    # rule's `angle_margin`): 0.641 / 0.673.
    third = figures["policy_frames_third"]
    assert third["n"] == 168 and third["majority"]["family"] == "policy_political"
    assert third["macro_f1"] == pytest.approx(0.641, abs=0.001)
    assert third["accuracy"] == pytest.approx(0.673, abs=0.001)
    # The fourth set: coded blind after the learned-model trial, scored once with lexicon 5.1 (round 6):
    # 0.346 / 0.529; development data since round 10, v6: 0.342 / 0.582 (more right, one fairness item
    # of two lost: "Equally," opening a sentence is no longer a fairness cue).
    # Lexicon 7.2 (round 20): money named as such is economic (three economic sentences right, one
    # "other" sentence about money's worth lost): 0.351 / 0.593. Lexicon 7.3 (round 21, `angle_margin`):
    # 0.347 / 0.587, one economic sentence lost to policy.
    fourth = figures["policy_frames_fourth"]
    assert fourth["n"] == 189 and fourth["majority"]["family"] == "other"
    assert fourth["macro_f1"] == pytest.approx(0.347, abs=0.001)
    assert fourth["accuracy"] == pytest.approx(0.587, abs=0.001)
    # The fifth set (US political news, round 10): its development part, on which v6 was written
    # (lexicon 5.2: 0.352 / 0.500 -> v6: 0.446 / 0.590 -> v7, round 13: 0.491 / 0.625 -> 7.2, round 20:
    # 0.493 / 0.625, a wrong frame for another -> 7.3, round 21, `angle_margin`: 0.495 / 0.630, two
    # political sentences gained, one economic lost); the
    # blind part appears only with its labels.
    fifth = figures["policy_frames_fifth"]
    assert fifth["n"] == 200 and fifth["majority"]["family"] == "policy_political"
    assert fifth["rule_written_on_set"] is True
    assert fifth["macro_f1"] == pytest.approx(0.495, abs=0.001)
    assert fifth["accuracy"] == pytest.approx(0.630, abs=0.001)
    fifth_blind = figures["policy_frames_fifth_blind"]
    # Its blind part: coded in round 10, kept from the session that wrote lexicon v6, scored once after
    # the merge: 0.407 / 0.594 (majority policy_political 0.067 / 0.500; lexicon 5.2 on it, for
    # comparison only: 0.451 / 0.594 — no out-of-sample gain for v6). Lexicon v7 (round 13) was written with
    # its errors read too: 0.431 / 0.606, in-sample, and the validator flags it so. Lexicon 7.1 (round 19):
    # titles of office are no security cue (a defense secretary, a national security adviser) and "a
    # fatal blow" to a cause is no death: 0.442 / 0.619 (two political sentences right, in-sample). Lexicon
    # 7.2 (round 20): a confirmation hearing, Obamacare, "popular" and a reported poll: 0.469 / 0.644.
    # Lexicon 7.3 (round 21, `angle_margin`): 0.450 / 0.638, one economic sentence lost to political.
    assert fifth_blind["n"] == 160 and fifth_blind["rule_written_on_set"] is True
    assert fifth_blind["macro_f1"] == pytest.approx(0.450, abs=0.001)
    assert fifth_blind["accuracy"] == pytest.approx(0.638, abs=0.001)
    # The sixth set (round 12: 100 NewsMTSC sentences after the fifth set's articles, 90 more of the
    # extraction benchmark's English pages): coded blind, scored once with lexicon v6, which round 12
    # did not change: 0.471 / 0.647 (majority policy_political 0.052 / 0.347). Lexicon v7 (round 13) was
    # written with its errors read: 0.540 / 0.674, in-sample (five predictions change, all of them
    # sentences whose errors were read), so the validator flags it as a set the rule was written on.
    sixth = figures["policy_frames_sixth"]
    assert sixth["n"] == 190 and sixth["majority"]["family"] == "policy_political"
    assert sixth["rule_written_on_set"] is True
    # Round 18: its one German sentence (an extraction-benchmark page; the coder gave it
    # policy_prescription) is refused as not English since article_parts v2, so it is "other" where
    # the cues read cultural identity: 0.540 -> 0.544, accuracy unchanged (wrong either way). Round 19
    # (lexicon 7.1): the Department of Housing and Urban Development is no quality-of-life cue, so one
    # policy sentence goes from quality of life to public opinion (wrong either way): 0.545. Lexicon 7.2
    # (round 20): Medicare and Obamacare are policies, "had faith that" no morality: 0.557 / 0.689.
    # Lexicon 7.3 (round 21, `angle_margin`): 0.560 / 0.695.
    assert sixth["macro_f1"] == pytest.approx(0.560, abs=0.001)
    assert sixth["accuracy"] == pytest.approx(0.695, abs=0.001)
    # The seventh set (round 13: 120 NewsMTSC sentences after the sixth set's articles, 84 more of the
    # extraction benchmark's pages): coded blind at the round's start, kept from the helper who wrote v7,
    # scored once at the round's end: 0.501 / 0.627 (majority policy_political 0.049 / 0.324; lexicon v6
    # on it 0.431 / 0.618, so v7's cue words carried to fresh text). Round 19 read its errors (lexicon
    # 7.1): business titles ("President and CEO", "Chief Strategy Officer") and titles of office ("defense
    # secretary") are no cue, two "other" sentences and one political sentence now right: 0.508 / 0.642,
    # in-sample, so the validator flags it as written on.
    # The eighth set (round 19: 120 NewsMTSC sentences after the seventh set's articles, 73 more of the
    # extraction benchmark's pages): coded blind at the round's start, scored once at its end with
    # lexicon 7.1 (0.397 / 0.632); lexicon v7 gave the same figures at the round's start. Round 20 read its
    # errors (lexicon 7.2: eight sentences now right, none lost): 0.476 / 0.674, in-sample, so the
    # validator flags it as written on. Lexicon 7.3 (round 21, `angle_margin`): 0.475 / 0.674 (a political
    # sentence gained, an economic one lost to policy).
    eighth = figures["policy_frames_eighth"]
    assert eighth["n"] == 193 and eighth["majority"]["family"] == "policy_political"
    assert eighth["rule_written_on_set"] is True
    assert eighth["macro_f1"] == pytest.approx(0.475, abs=0.001)
    assert eighth["accuracy"] == pytest.approx(0.674, abs=0.001)
    # The ninth set (round 20: 120 NewsMTSC sentences after the eighth set's articles, 72 more of the
    # extraction benchmark's pages): coded blind at the round's start, scored once at its end with
    # lexicon 7.2 (0.476 / 0.630); 7.1 gave the same. Round 21 read its errors (lexicon 7.3: a topic
    # frame's narrow lead goes to the policy or political angle, `angle_margin`): 0.500 / 0.667, so the
    # validator flags it as written on.
    ninth = figures["policy_frames_ninth"]
    assert ninth["n"] == 192 and ninth["majority"]["family"] == "policy_political"
    assert ninth["rule_written_on_set"] is True
    assert ninth["macro_f1"] == pytest.approx(0.500, abs=0.001)
    assert ninth["accuracy"] == pytest.approx(0.667, abs=0.001)
    # The tenth set (round 21: 120 NewsMTSC sentences after the ninth set's articles, 62 more of the
    # extraction benchmark's pages): coded blind at the round's start, scored once at its end with
    # lexicon 7.3; 7.2, the round's start, gave 0.480 / 0.676. Out of sample: not written on.
    tenth = figures["policy_frames_tenth"]
    assert tenth["n"] == 182 and tenth["majority"]["family"] == "policy_political"
    assert tenth["rule_written_on_set"] is False
    assert tenth["macro_f1"] == pytest.approx(0.484, abs=0.001)
    assert tenth["accuracy"] == pytest.approx(0.681, abs=0.001)
    # Lexicon 7.2 (round 20) on the seventh: a biography's date of death, "an energetic defense of" a law
    # and a reported poll: 0.529 / 0.657; 7.3 (round 21, `angle_margin`): 0.536 / 0.667.
    seventh = figures["policy_frames_seventh"]
    assert seventh["n"] == 204 and seventh["majority"]["family"] == "policy_political"
    assert seventh["rule_written_on_set"] is True
    assert seventh["macro_f1"] == pytest.approx(0.536, abs=0.001)
    assert seventh["accuracy"] == pytest.approx(0.667, abs=0.001)
    # A second blind coder coded the fourth set again in round 10 (the same guideline, never seeing the
    # first coder's labels): 175 of 189 families agree. Checked against a separate count outside the
    # project (frames κ 0.885, agreement 0.926). Far above the rule: the gap is the method's, not the data's.
    second_coder = fourth["second_coder"]
    assert second_coder["n"] == 189
    assert second_coder["accuracy"] == pytest.approx(175 / 189, abs=1e-6)
    assert second_coder["kappa_frames"] == pytest.approx(0.885, abs=0.001)
    assert second_coder["kappa_families"] == pytest.approx(0.897, abs=0.001)
    assert second_coder["macro_f1"] == pytest.approx(0.870, abs=0.001)
    assert all("second_coder" not in figures[k] for k in ("policy_frames", "policy_frames_second", "policy_frames_third"))


def test_target_tone_figures(figures: dict[str, Any]) -> None:
    tone = figures["target_tone"]
    assert {key: f["items"] for key, f in tone.items()} == {
        "newsmtsc_dev": 343, "other_news_dev": 244, "blind": 150, "other_news_blind": 56, "third": 200, "fourth": 160,
        "fifth": 160, "sixth": 160, "seventh": 160, "eighth": 160, "ninth": 160, "tenth": 160, "eleventh": 160,
        "twelfth": 135,
    }
    # The twelfth set: drawn mechanically and coded blind at the start of round 20 by a coder who never
    # saw the project (37 negative, 94 neutral, 4 positive), kept away from that round's tone rules and
    # refit; scored once at the round's end. The round-19 model (2026.12.5, rules 2026.12.8) gave 0.535 /
    # 0.696 on it.
    assert tone["twelfth"]["macro_f1"] == pytest.approx(0.546, abs=0.001)
    assert tone["twelfth"]["accuracy"] == pytest.approx(0.711, abs=0.001)
    assert tone["twelfth"]["vader_macro_f1"] == pytest.approx(0.332, abs=0.001)
    # The eleventh set: drawn mechanically and coded blind at the start of round 19 by a coder who never
    # saw the project (37 negative, 115 neutral, 8 positive), kept away from that round's tone rules
    # (target_covered: victims, exculpation, venues); scored once at the round's end. The round-18
    # model gives the same figures: none of its mentions meets the new rules.
    # Round 20 (development data now: names carry no valence, speaker prior 4, verbs of belief, judging
    # act verbs; weights refitted, model 2026.12.6; a title in quotation marks is no quotation): every set the
    # same or higher, eleven pooled 0.512 -> 0.529.
    assert tone["eleventh"]["macro_f1"] == pytest.approx(0.523, abs=0.001)
    assert tone["eleventh"]["accuracy"] == pytest.approx(0.69375, abs=0.001)
    assert tone["eleventh"]["vader_macro_f1"] == pytest.approx(0.307, abs=0.001)
    # The tenth set: drawn and coded blind at the start of round 18 by a coder who never saw the
    # project (116 of 160 coded neutral); no tone rule or weight changed in round 18 (the model is
    # 2026.12.5); scored once at the round's end (0.528 / 0.631). Development data from round 19, whose
    # bystander rule (target_covered.setting: "during the CNN town hall") turns one of its neutral
    # mentions from negative to neutral.
    assert tone["tenth"]["macro_f1"] == pytest.approx(0.557, abs=0.001)
    assert tone["tenth"]["accuracy"] == pytest.approx(0.6625, abs=0.001)
    assert tone["tenth"]["vader_macro_f1"] == pytest.approx(0.364, abs=0.001)
    # The ninth set: drawn and coded blind at the start of round 13, before that round's actor fixes
    # and its key-evidence change (the weights and scores of model 2026.12.5 unchanged); scored once at
    # the round's end. 124 of 160 coded neutral. Not to be tuned on.
    assert tone["ninth"]["macro_f1"] == pytest.approx(0.509, abs=0.001)
    assert tone["ninth"]["accuracy"] == pytest.approx(0.681, abs=0.001)
    assert tone["ninth"]["vader_macro_f1"] == pytest.approx(0.344, abs=0.001)
    # The eighth set: drawn and coded blind at the start of round 12, before that round's tone work,
    # which shipped no model change (model 2026.12.5 is round 11's); scored once at the round's end.
    # 115 of 160 coded neutral. Not to be tuned on; development data from round 13. Round 19 (the owned
    # phrase read to its head, lexicon 2026.12.8 "denial"): 0.478 / 0.613 -> 0.488 / 0.619 (one mention,
    # "Wheeler's climate denial", the example the rule was written from: not evidence).
    assert tone["eighth"]["macro_f1"] == pytest.approx(0.519, abs=0.001)
    assert tone["eighth"]["accuracy"] == pytest.approx(0.650, abs=0.001)
    assert tone["eighth"]["vader_macro_f1"] == pytest.approx(0.296, abs=0.001)
    # The seventh set: coded blind in round 11 while that round's tone rules were written without it,
    # scored once after they were merged (the round-10 model on it: 0.460 / 0.637). 127 of 160 coded
    # neutral. Not to be tuned on; development data from round 12.
    assert tone["seventh"]["macro_f1"] == pytest.approx(0.480, abs=0.001)
    assert tone["seventh"]["accuracy"] == pytest.approx(0.66875, abs=0.001)
    assert tone["seventh"]["vader_macro_f1"] == pytest.approx(0.356, abs=0.001)
    # All three other-news sets are spent as blind sets and are development data (the first two
    # from round 4 on; the third, scored once at 0.464, was opened for error analysis in round 6);
    # pinned so a change to the model shows here. The unseen estimate is a fresh blind set's.
    # Round 8 (contractions tokenised whole; single letters and contraction pieces no context words;
    # the received-treatment rule): NewsMTSC dev 0.684 -> 0.689, first 0.393 -> 0.422, second blind part
    # 0.452 -> 0.409, third 0.503 -> 0.486, fourth 0.534 / 0.644 -> 0.542 / 0.656, fifth unchanged.
    # Round 10 (a neutral prior for a target named as the speaker, not speaking in the first person:
    # analysis/sentiment/target_scope.py): NewsMTSC dev 0.689 -> 0.686, first 0.422 unchanged, second
    # blind part 0.409 -> 0.423, third 0.486 -> 0.514, fourth 0.542 / 0.656 -> 0.550 / 0.669, fifth
    # 0.534 / 0.619 -> 0.548 / 0.638 (second dev part 0.524 -> 0.536: tests/test_target_tone.py).
    # Round 11 (speaker attributions fixed at the root and widened, the speaker prior kept for "we",
    # apposed subjects, owned results; same weights): NewsMTSC dev 0.686 unchanged, first 0.422 ->
    # 0.435, second blind part 0.423 -> 0.438, third 0.514 -> 0.530, fourth 0.550 / 0.669 -> 0.550 /
    # 0.675, fifth 0.548 / 0.638 -> 0.567 / 0.663, sixth 0.462 / 0.638 -> 0.473 / 0.656 (second dev
    # part 0.536 -> 0.532); all six pooled (1,130) 0.509 -> 0.517.
    # Round 19 (tone19b: the owned phrase read through adjectives and compounds to its head, its
    # predicate, people heads left out; same weights): NewsMTSC dev 0.686 -> 0.691, the ten other sets
    # unchanged but the eighth (above). Round 20 (above): NewsMTSC dev 0.691 -> 0.694, first 0.435 -> 0.449,
    # second blind part 0.438 -> 0.460, third 0.530 -> 0.550, fourth 0.550 / 0.675 -> 0.556 / 0.669, fifth
    # 0.567 / 0.6625 -> 0.572 / 0.6625, sixth 0.473 / 0.656 -> 0.481 / 0.669.
    assert tone["newsmtsc_dev"]["macro_f1"] == pytest.approx(0.694, abs=0.001)
    assert tone["blind"]["macro_f1"] == pytest.approx(0.449, abs=0.001)
    assert tone["other_news_blind"]["macro_f1"] == pytest.approx(0.460, abs=0.001)
    assert tone["third"]["macro_f1"] == pytest.approx(0.550, abs=0.001)
    assert tone["third"]["vader_macro_f1"] == pytest.approx(0.327, abs=0.001)
    # The fourth set: coded blind while the round-6 model was written, scored once after it (the
    # round-5 model on it, for comparison only: 0.514 / 0.637). Not to be tuned on.
    assert tone["fourth"]["macro_f1"] == pytest.approx(0.556, abs=0.001)
    assert tone["fourth"]["accuracy"] == pytest.approx(0.66875, abs=0.001)
    assert tone["fourth"]["vader_macro_f1"] == pytest.approx(0.418, abs=0.001)
    # The fifth set: coded blind in round 7 while that round's rules were written, scored once after
    # them (the round-6 model on it, for comparison only: 0.534 / 0.619, the same). Not to be tuned on.
    assert tone["fifth"]["macro_f1"] == pytest.approx(0.572, abs=0.001)
    assert tone["fifth"]["accuracy"] == pytest.approx(0.6625, abs=0.001)
    assert tone["fifth"]["vader_macro_f1"] == pytest.approx(0.395, abs=0.001)
    # A second blind coder coded the fifth set's items again in round 10: 150 of 160 labels agree
    # (6 negative and 2 positive of the first coder's read neutral, 2 the reverse).
    second_coder = tone["fifth"]["second_coder"]
    assert second_coder["items"] == 160 and second_coder["accuracy"] == pytest.approx(150 / 160)
    assert second_coder["macro_f1"] == pytest.approx(0.914, abs=0.001)
    assert second_coder["kappa"] == pytest.approx(0.859, abs=0.001)
    # The sixth set: coded blind in round 10 (a second coder), kept from the round's tone change (the
    # speaker prior) and scored once after it was merged: 0.462 / 0.638 (VADER 0.291 / 0.338);
    # development data from round 11 on (0.473 / 0.656 after its rules).
    assert tone["sixth"]["macro_f1"] == pytest.approx(0.481, abs=0.001)
    assert tone["sixth"]["accuracy"] == pytest.approx(0.66875, abs=0.001)
    assert tone["sixth"]["vader_macro_f1"] == pytest.approx(0.291, abs=0.001)
    # Target tone beats the sentence's VADER label on every set.
    assert all(f["macro_f1"] > f["vader_macro_f1"] for f in tone.values())


# --------------------------------------------------------------------------------------------
# Headline table and docs


def test_summary_table(figures: dict[str, Any]) -> None:
    rows = summary_rows(figures)
    assert {r["measure"] for r in rows} == {
        "Sentiment", "Readability", "Generic frames", "Frame questions", "HTML extraction", "Policy frames", "Sourcing",
        "Target tone",
    }
    assert all(r["ours"] for r in rows)
    text = summary_text(figures)
    assert text.splitlines()[0].startswith("Measure")
    assert len(text.splitlines()) == len(rows) + 2
    markdown = summary_markdown(figures)
    assert markdown.count("\n") == len(rows) + 1


def test_docs_table_is_the_computed_one(figures: dict[str, Any]) -> None:
    docs = (ROOT / "docs" / "validation.md").read_text("utf-8")
    assert summary_markdown(figures) in docs, (
        "docs/validation.md is out of date: paste analysis.validation.summary_markdown(analysis.validation.validate_all())"
    )


def test_the_report_quotes_the_computed_table(figures: dict[str, Any]) -> None:
    from analysis.report.methods import validation_rows

    assert validation_rows() == summary_rows(figures), (
        "analysis/report/validation_summary.json is out of date: run scripts/refresh_validation_summary.py"
    )


def test_readme_has_the_computed_table(figures: dict[str, Any]) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert summary_markdown(figures) in readme, "README.md's validation table is out of date"


# --------------------------------------------------------------------------------------------
# Units


def test_guess_language() -> None:
    assert guess_language("The minister said on Tuesday that the plan was not ready for a vote.") == "en"
    assert guess_language("Die Digitalisierung ist nicht nur ein Thema für die Industrie und den Handel.") == "de"
    assert guess_language("Nesta página você terá sempre a classificação atualizada da corrida para os fãs.") == "pt"
    assert guess_language("Он сказал, что это важно.") == "ru"
    assert guess_language("대통령은 오늘 발표했다") == "ko"
    assert guess_language("http://amzn.to/x http://amzn.to/y Il prezzo è di nuovo basso per chi non lo sapesse.") == "it"
    assert guess_language("12345") == "?"


def test_cohen_kappa_over_labels() -> None:
    from analysis.validation.metrics import cohen_kappa_labels

    # p_o = 3/4; first coder x/y half and half, second x 1/4, y 3/4: p_e = 1/2, so κ = 1/2.
    assert cohen_kappa_labels(["x", "x", "y", "y"], ["x", "y", "y", "y"]) == pytest.approx(0.5)
    assert cohen_kappa_labels(["a", "b", "c"], ["a", "b", "c"]) == pytest.approx(1.0)
    assert cohen_kappa_labels(["a", "a"], ["a", "a"]) == 0.0  # chance agreement is 1
    assert math.isnan(cohen_kappa_labels([], []))


def test_human_ceiling_on_perfect_and_split_raters() -> None:
    agree = [[1] * 20, [-2] * 20, [0] * 20, [3] * 20]
    ceiling = human_ceiling(agree)
    assert ceiling["one_rater_r"] == pytest.approx(1.0)
    assert ceiling["split_half_r"] == pytest.approx(1.0)
    assert ceiling["one_rater_macro_f1"] == pytest.approx(1.0)
    short = human_ceiling([[1, 2], [3, 4]], raters=20)  # rows with fewer ratings are left out
    assert math.isnan(short["one_rater_r"]) and math.isnan(short["split_half_r"])


def test_run_validation_writes_both_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The glue, fast: figures to JSON (deterministic, UTF-8) and the notebook handed to the renderer."""
    import analysis.report
    from analysis.validation import summary as validation_summary

    fake = {"sentiment": {"note": "ρ ≥ 0.5"}, "value": 0.1234567}
    calls: list[tuple[Path, dict[str, object], Path, str]] = []

    def render(notebook: Path, parameters: dict[str, object], output: Path, title: str) -> Path:
        calls.append((notebook, parameters, output, title))
        output.write_text("<html></html>", encoding="utf-8")
        return output

    monkeypatch.setattr(validation_summary, "validate_all", lambda: fake)
    monkeypatch.setattr(analysis.report, "render_notebook", render)
    result = validation.run_validation(tmp_path / "reports")
    assert result == fake
    written = (tmp_path / "reports" / "validation.json").read_text("utf-8")
    assert written == json.dumps(fake, ensure_ascii=False, indent=2) + "\n"
    assert "ρ ≥ 0.5" in written
    assert calls == [(validation.VALIDATION_NOTEBOOK, {}, tmp_path / "reports" / "validation.html", calls[0][3])]
    assert (tmp_path / "reports" / "validation.html").exists()


# --------------------------------------------------------------------------------------------
# The whole run, twice (slow: about a minute)


@pytest.mark.slow
def test_run_validation_is_deterministic(tmp_path: Path) -> None:
    first = validation.run_validation(tmp_path / "a")
    second = validation.run_validation(tmp_path / "b")
    assert first == second
    for name in ("validation.json", "validation.html"):
        a, b = (tmp_path / d / name for d in ("a", "b"))
        assert a.exists() and b.exists()
        assert a.read_bytes() == b.read_bytes(), name
    assert json.loads((tmp_path / "a" / "validation.json").read_text("utf-8")) == first
    html = (tmp_path / "a" / "validation.html").read_text("utf-8")
    assert "How valid are these measures?" in html
    assert "<svg" in html and "<script" not in html


def test_blind_sourcing_set(figures: dict[str, Any]) -> None:
    # The blind set was written and annotated without running or reading the tool; its figures are
    # the fair estimate. If a change moves them, record the new figures here, never tune on it.
    blind = figures["sourcing_blind"]
    # Round 14: 43 -> 44 matched. Trial-14 actor rules made the chipmaker story's union an actor
    # (IG Metall); reading that golden diff showed its source named "Germany" from a relative
    # clause, which a general rule now sets aside: this set's figures are no longer blind for it.
    assert (blind["fixtures"], blind["expected"], blind["found"], blind["matched"]) == (5, 49, 46, 44)
    assert "held out" in blind["rows_used"] and "held_out_first_runs" not in blind

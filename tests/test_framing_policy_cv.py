"""Tests for scripts/cv_policy_frames.py, the leave-one-set-out cross-validation of the primary
policy-frame rule (issue #17, round 13), and the rule's ``[rule] scale_<frame>`` hook.

The sentences are written for these tests; the coded sets are read only for their sizes."""

from __future__ import annotations

import pytest
from scripts_module import load_script

SENTENCES = (
    "The new tariffs will add about $800 a year to the average household's bills.",
    "A federal judge ruled that the agency had exceeded its authority.",
    "The town plans a new bridge.",
    "Two-thirds of voters say the government is not doing enough, a new poll finds.",
    "Senate Democrats pushed the bill before the midterms.",
    "She scored twice in the second half to seal the win.",
    "Troops were deployed along the border after the attack.",
    "It was a sunny afternoon.",
    "Wages and prices dominated the election.",
    "The candidate spent $2 million on advertising in the final week.",
    "Hospitals, nurses and patients struggled all winter, the senator said.",
)


@pytest.fixture(scope="module")
def cv():
    return load_script("cv_policy_frames")


def test_the_grid_starts_with_the_lexicons_own_setting(cv) -> None:
    from analysis.framing.cues import cue_lexicons

    rule = cue_lexicons().policy_rule
    first = cv.grid()[0]
    assert first == {k: rule[k] for k in first}
    assert len(cv.grid()) == 24 and len(cv.grid("small")) == 4


@pytest.mark.parametrize(
    "rule",
    [{}, {"min_evidence": 1.0}, {"tie_first_cue": 0.0}, {"scale_public_opinion": 2.0, "scale_political": 0.5},
     {"scale_economic": 0.25}, {"angle_margin": -1.0}, {"angle_margin": 0.0}, {"angle_margin": 0.5}],
)
def test_the_mirror_decides_as_the_rule(cv, rule) -> None:
    from analysis.framing.cues import cue_lexicons

    evidence = cv.evidence_of(SENTENCES)
    full = {**cue_lexicons().policy_rule, **rule}  # the mirror reads a whole [rule]
    assert [cv.decide(e, full) for e in evidence] == [p[0] for p in cv.predictions(SENTENCES, [rule])]


def test_a_scale_moves_the_primary_frame() -> None:
    from analysis.validation.policy_frames import primary_frames_under

    # "poll" (public opinion, 1) against "Democrats" (political, 1): the political cue comes first. (Not "the
    # latest poll": since lexicon 7.2 a reported poll finding is decisive for public opinion.)
    sentence = "Democrats lead in the poll."
    assert primary_frames_under(sentence, [{}, {"scale_public_opinion": 1.5}, {"scale_political": 0.4}]) == [
        "political", "public_opinion", "public_opinion"]
    # a scale below one can take a frame under the threshold: "plans" (0.5) x 0.5 < 0.5
    assert primary_frames_under("The town plans a new bridge.", [{"scale_policy_prescription": 0.5}]) == ["other"]


def test_weights_laid_over_the_lexicon(cv) -> None:
    # "$" (economic, 1) halved to 0.5 ties "ruled" (legality, 1)? No: "ruled" is plain, so legality.
    sentence = "The judge ruled on the $5 fee."
    evidence = cv.evidence_of([sentence])
    weights = {("economic", "$"): 0.25}
    assert cv.decide(evidence[0], {"min_evidence": 0.5}, weights) == cv.predictions([sentence], [{}], weights)[0][0] == "legality"


def test_the_bootstrap_interval_of_a_change(cv) -> None:
    truth = ["economic", "political", "health_safety", "other"] * 5
    same = cv.paired_bootstrap(truth, truth, truth, draws=50)
    assert same == {"macro_f1": (0.0, 0.0), "accuracy": (0.0, 0.0)}
    # every prediction right against every prediction "other": the change is positive on every draw
    wrong = ["other"] * len(truth)
    lo, hi = cv.paired_bootstrap(truth, truth, wrong, draws=50)["accuracy"]
    assert 0.5 <= lo <= hi <= 1.0


def test_label_scores_over_any_labels(cv) -> None:
    scores = cv.label_scores(["a", "a", "b", "c"], ["a", "b", "b", "d"], ("a", "b", "c", "d"))
    assert scores["accuracy"] == 0.5
    assert scores["f1"] == {"a": pytest.approx(2 / 3), "b": pytest.approx(2 / 3), "c": 0.0, "d": 0.0}
    assert scores["macro_f1"] == pytest.approx(1 / 3)


def test_demotions_halve_terms_the_coders_rarely_follow(cv) -> None:
    ev = cv.Evidence
    evidence = {"a": [ev((("economic", 1, (("cost", 1.0),), 0),)), ev((("economic", 1, (("cost", 1.0),), 0),)),
                      ev((("economic", 1, (("cost", 1.0), ("cost", 1.0)), 0),)),
                      ev((("legality", 5, (("court", 1.0),), 0),))]}
    truth = {"a": ["other", "other", "economic", "legality"]}
    # "cost": right in 1 of 3 sentences (a term counts once per sentence); "court" 1 of 1 (too few)
    assert cv.demotions(evidence, truth, 2, 0.5) == {("economic", "cost"): 0.5}
    assert cv.demotions(evidence, truth, 4, 0.5) == {}


def test_leave_one_set_out_on_tiny_sets(cv) -> None:
    coded = {
        # "a": a weak cue alone coded other (right at min_evidence 1.0 only)
        "a": [{"sentence": "The town plans a new bridge.", "frame": "other"},
              {"sentence": "A federal judge ruled on the case.", "frame": "legality"}],
        "b": [{"sentence": "The city plans to cut bus fares.", "frame": "other"},
              {"sentence": "The court upheld the law.", "frame": "legality"}],
        "c": [{"sentence": "The state plans a second bridge.", "frame": "policy_prescription"},
              {"sentence": "Lawyers sued the city.", "frame": "legality"}],
    }
    result = cv.loso(coded, ({"min_evidence": 0.5}, {"min_evidence": 1.0}))
    # "c" is held out with the choice of a + b (1.0: both "plans" sentences are other there)
    assert result["sets"]["c"]["chosen"] == {"min_evidence": 1.0}
    assert result["sets"]["c"]["families"]["accuracy"] == 0.5
    # "a" is held out with b + c, which tie (one plans-sentence each way): the earlier setting
    assert result["sets"]["a"]["chosen"] == {}
    assert len(result["pooled"]["truth"]) == 6
    assert result["mean_families"][1] == pytest.approx(sum(s["families"]["accuracy"] for s in result["sets"].values()) / 3)


def test_the_nine_sets_are_read_whole(cv) -> None:
    # round 19: the seventh set (scored blind once in round 13) is development data too; round 20: the
    # eighth (scored blind once at the end of round 19) as well; round 21: the ninth
    sizes = {name: len(items) for name, items in cv.load_sets().items()}
    assert sizes == {"first": 444, "second": 189, "third": 168, "fourth": 189, "fifth": 360, "sixth": 190, "seventh": 204,
                     "eighth": 193, "ninth": 192}

"""Tests for scripts/train_policy_frames.py, the cross-validation of a learned policy-frame model
against the cue rule (round 6: not adopted; the script keeps the comparison reproducible).

The sentences are written for these tests; the splits are checked on the coded sets' ids and
sources only."""

from __future__ import annotations

import numpy as np
import pytest
from scripts_module import load_script

from analysis.validation.policy_frames import FAMILY_ORDER


@pytest.fixture(scope="module")
def train():
    return load_script("train_policy_frames")


def test_words_drop_function_words_and_fold_numbers(train) -> None:
    # "£4bn": the number then "bn"; "were", "said", "to", "the" are on the stop list; curly apostrophes fold.
    assert train.words("The minister\u2019s 3 new taxes were said to cost £4bn.") == {
        "minister's", "<num>", "new", "taxes", "cost", "bn"}


def test_features_of_a_setting(train) -> None:
    item = train.Coded("first", "src", "Troops were deployed.", "security", "security",
                       {"security_defense": 1.0, "political": 0.5}, {"security_defense": 1, "political": 0}, "security")
    assert train.features(item, train.Setting(cues=True, rule_feature=True)) == {
        "e:security_defense": 1.0, "e:political": 0.5, "r:security": 1.0}
    assert train.features(item, train.Setting(words=True)) == {"w:troops": 1.0, "w:deployed": 1.0}
    terms = train.Coded("first", "src", "s", "other", "other", terms=("security_defense:troop*",))
    assert train.features(terms, train.Setting(cue_terms=True)) == {"c:security_defense:troop*": 1.0}


def test_family_features_fold_frames_into_families(train) -> None:
    # political (0.5, weak) and external regulation (1, plain) are one family; the first cue is political's.
    item = train.Coded("first", "src", "s", "policy_political", "policy_political",
                       {"political": 0.5, "external_regulation": 1.0, "economic": 1.0},
                       {"political": 0, "external_regulation": 1, "economic": 1}, "policy_political")
    x = train.family_features(item)
    assert x.shape == (len(FAMILY_ORDER), 5 + len(FAMILY_ORDER))
    policy, economic, other = (FAMILY_ORDER.index(f) for f in ("policy_political", "economic", "other"))
    assert list(x[policy, :5]) == [1.5, 1, 1, 1, 1]
    assert list(x[economic, :5]) == [1.0, 1, 1, 0, 0]
    assert list(x[other, :5]) == [0, 0, 0, 0, 0]
    assert x[other, 5 + other] == 1 and x[other, 5:].sum() == 1


def test_rerank_learns_to_follow_the_evidence(train) -> None:
    # Four items, each coded with the one family that has cue evidence: the evidence weight comes out positive.
    items = [train.Coded("first", f"s{k}", "s", fam, fam, {frame: 1.0}, {frame: 1}, fam)
             for k, (fam, frame) in enumerate([("economic", "economic"), ("health", "health_safety"),
                                               ("security", "security_defense"), ("economic", "economic")])]
    x = np.stack([train.family_features(i) for i in items])
    y = np.array([FAMILY_ORDER.index(i.family) for i in items])
    theta = train.fit_rerank(x, y, 1.0, np.ones(len(items)))
    assert theta[:5].sum() > 1.0
    assert [FAMILY_ORDER[k] for k in (x @ theta).argmax(axis=1)] == ["economic", "health", "security", "economic"]


def test_splits_hold_out_a_whole_set_or_whole_sources(train) -> None:
    sets = ("first", "second", "third", "fourth", "fifth", "sixth")  # round 13: all six coded sets
    items = [train.Coded(s, f"{s}:{k // 2}", "x", "other", "other") for s in sets for k in range(10)]
    splits = list(train.splits(items))
    assert [name for name, _, _ in splits] == [f"-> {s}" for s in sets] + [f"grouped {k}" for k in range(5)]
    for name, fit_on, held in splits:
        assert len(fit_on) + len(held) == 60
        assert not {i.source for i in fit_on} & {i.source for i in held}
        if name.startswith("->"):
            assert {i.set for i in held} == {name[3:]} and name[3:] not in {i.set for i in fit_on}
    # Every item is held out exactly once across the grouped folds.
    assert sorted(id(i) for _, _, held in splits[6:] for i in held) == sorted(id(i) for i in items)

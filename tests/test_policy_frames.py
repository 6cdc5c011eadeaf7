"""Tests for the per-sentence primary policy frame (analysis/framing/policy.py, lexicon
policy_frames.toml v6) and its validator against the coder (analysis/validation/policy_frames.py).

The example sentences were written for these tests, one per family, in the way news is worded
(the version-4 ones in the way news on the Media Frames Corpus issues is worded: same-sex
marriage, guns, immigration, tobacco, the death penalty; the version-5 ones in the way general
news desks word health, elections, defence, culture and public reaction; the version-6 ones in the
way US political news words campaigns, nominations, charges and pleas, and the idioms it shares with
other frames); none is taken from tests/fixtures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import load_article
from analysis.framing import analyze_framing
from analysis.validation.policy_frames import (
    EIGHTH_SET,
    FAMILIES,
    FIFTH_SET,
    RULE_GRID,
    SECOND_SET,
    SEVENTH_SET,
    SIXTH_SET,
    THIRD_SET,
    cross_estimate,
    cross_set_estimate,
    family_scores,
    fold_of,
    is_blind,
    load_coded,
    primary_frame,
    primary_frames_under,
    validate_policy_frames,
)


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("The new tariffs will add about $800 a year to the average household's bills.", "economic"),
        ("The county has only 40 inspectors and a backlog of 9,000 restaurant checks.", "capacity_resources"),
        ("It is simply immoral to profit from other people's suffering, the bishop said.", "morality"),
        ("Women in the same jobs still face a pay gap and discrimination at work.", "fairness_equality"),
        ("A federal judge ruled that the agency had exceeded its authority under the law.", "legality"),
        ("Police arrested 23 protesters and charged them with criminal trespass.", "crime_punishment"),
        ("The plan would require all new cars sold after 2035 to be zero-emission.", "policy_prescription"),
        ("Troops were deployed along the border after the terrorist attack.", "security_defense"),
        ("Doctors warn that the smoke is especially dangerous for children with asthma.", "health_safety"),
        ("For the Inuit, hunting on the sea ice is a tradition at the heart of their identity.", "cultural_identity"),
        ("Two-thirds of voters say the government is not doing enough, a new poll finds.", "public_opinion"),
        ("Republicans accused Democrats of using the hearing to score points before the election.", "political"),
        ("China and the United States agreed to resume diplomatic talks under the Paris agreement.", "external_regulation"),
    ],
)
def test_one_sentence_primary_frame(sentence: str, frame: str) -> None:
    result = analyze_framing(load_article(sentence, headline=""))
    assert result.primary_policy_frame == frame
    assert primary_frame(sentence) == frame
    assert result.policy[0].frame == frame and result.policy[0].rank == 1


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("Opponents say same-sex weddings would change the definition of marriage that has stood for centuries.",
         "cultural_identity"),
        ("Many rural voters see hunting as part of a heritage passed down from their fathers.", "cultural_identity"),
        ("Immigrants who learn to speak English are more readily accepted by their neighbours.", "cultural_identity"),
        ("In many small towns smoking in bars is no longer socially acceptable.", "cultural_identity"),
        ("A Gallup survey released on Tuesday showed that 61 percent of Americans favour stricter gun laws.",
         "public_opinion"),
        ("Most Americans think same-sex couples should be allowed to marry, a new poll shows.", "public_opinion"),
        ("Critics say an amnesty would reward people who cut in line ahead of those who played by the rules.",
         "fairness_equality"),
        ("Supporters of marriage equality say gay couples deserve the same rights as everyone else.", "fairness_equality"),
        ("The governor signed into law a measure requiring background checks for all gun sales.", "policy_prescription"),
        ("Stricter gun laws would save lives, the report concluded.", "policy_prescription"),
        ("The law violates the equal protection clause of the Constitution, the judge ruled.", "legality"),
        ("Gun owners say they need their weapons to protect their families.", "security_defense"),
        ("He has spent 20 years on death row awaiting lethal injection.", "crime_punishment"),
        ("Secondhand smoke causes thousands of deaths from lung cancer each year.", "health_safety"),
        ("We have lost our culture to political correctness.", "cultural_identity"),
        ("It is a matter of personal responsibility whether you own a gun.", "morality"),
    ],
)
def test_version_4_cues_on_the_codebook_issues(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("More than 6,000 people are waiting for a kidney transplant.", "health_safety"),
        ("He died of a stroke at his home in Ohio.", "health_safety"),
        ("Peanut allergies have doubled among children in a decade.", "health_safety"),
        ("The Scottish referendum was lost by ten points.", "political"),
        ("The no camp won in 28 of the 32 council areas.", "political"),
        ("The new aircraft carrier is meant to act as a deterrent.", "security_defense"),
        ("Many older people still see these gender roles as the natural order.", "cultural_identity"),
        ("The dialect is spoken by fewer than 2,000 people.", "cultural_identity"),
        ("The decision sparked anger among parents.", "public_opinion"),
        ("The film took $40m at the box office in its first weekend.", "economic"),
    ],
)
def test_version_5_cues_from_general_news(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # The no-comment line of news writing has no angle: it outweighs a weak topic word ("company").
        ("The company did not respond to a request for comment.", "other"),
        # Word senses that are no cue (version 5): a city for "stock*", an idiom for "life", a
        # half-year for the sport "first half" (the plain "profits" decides).
        ("The report was released in Stockholm on Monday.", "other"),
        ("In real life, she is a keen gardener.", "other"),
        ("Profits rose 8% in the first half of the year.", "economic"),
        # A job title that names policy is a title; a ban named by its verb is policy.
        ("The charity's director of policy said the figures were encouraging.", "other"),
        ("The city banned smoking in bars in 2007.", "policy_prescription"),
    ],
)
def test_version_5_senses_that_are_no_cue(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # Version 5.2: kinship compounds hold "law" and name no law (the money amount decides; "company"
        # alone is very weak since v6).
        ("The $2m contract went to his brother-in-law's company.", "economic"),
        ("She moved in with her in-laws after the fire.", "other"),
        # The anonymity clause of news writing says why a source is unnamed, not what is legal.
        ("A manager, who was not authorized to speak publicly, said the plant would reopen next week.", "other"),
        ("The official spoke on condition of anonymity because she was not authorised to discuss the matter.", "other"),
        # Authority to act still is legality.
        ("Congress never authorized the spending, the judge said.", "legality"),
    ],
)
def test_version_5_2_senses_that_are_no_legality_cue(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # Version 6: the political frame as US news words campaigns, nominations and the legislature.
        ("She is now the clear front-runner for her party's nomination.", "political"),
        ("He picked the senator from Ohio as his running mate.", "political"),
        ("A super PAC backing the governor spent heavily on television ads.", "political"),
        ("The majority leader scheduled the vote for Thursday night.", "political"),
        ("We are proud of the way we are raising money from small donors.", "political"),
        # Charges and pleas (crime); honour as a virtue (morality).
        ("He pleaded not guilty to all charges on Thursday.", "crime_punishment"),
        ("She faces a felony count of reckless endangerment.", "crime_punishment"),
        ("Serving your country is an honorable calling, the chaplain said.", "morality"),
    ],
)
def test_version_6_cues_from_political_news(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # Version 6: very weak cues (0.25) do not name a frame alone: idioms and people named ...
        ("She was a larger than life character, full of jokes.", "other"),
        ("He thanked his family at the end of the night.", "other"),
        ("The mayor is in a very real way the safe choice.", "political"),  # the weak title decides
        ("It should be a quiet weekend.", "other"),
        # ... but two of them, or one beside a weak cue of the same frame, do.
        ("Families struggle with daily life in the camps.", "quality_of_life"),
        # Senses of political news that are no security, economic, legality or cultural cue.
        ("The report was a bombshell for the campaign.", "political"),
        ("He hopes to secure his first victory in New Hampshire.", "other"),
        ("She wrapped her arms around him at the airport.", "other"),
        ("He seemed at a loss for words.", "other"),
        ("The radical economist spoke at the conference.", "other"),
        ("He flew to Saudi Arabia on Monday.", "other"),
        ("The judge is equally clever in her shorter opinions.", "legality"),  # "judge"; no fairness from "equally"
        ("She worked as a nurse for ten years.", "health_safety"),  # "nurse"; no policy from "worked as"
    ],
)
def test_version_6_very_weak_cues_and_senses_that_are_no_cue(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


def test_a_law_named_as_a_policy_is_policy_and_a_point_of_law_is_legality() -> None:
    # "gun laws" (policy) and "laws" (legality) tie 1-1; the policy cue comes first.
    assert primary_frame("Tougher gun laws have cut deaths in other states.") == "policy_prescription"
    assert primary_frame("The state's laws were challenged in court.") == "legality"


@pytest.mark.parametrize(
    "sentence",
    [
        "She scored twice in the second half to seal the win for the defending champions.",
        "The camera's battery lasts about a day and a half of normal use.",
        "The band's new album opens with a slow song about a summer road trip.",
        "The cat slept on the sofa all afternoon.",
    ],
)
def test_no_policy_angle_is_other(sentence: str) -> None:
    assert primary_frame(sentence) == "other"


def test_weak_cue_loses_to_a_plain_one_and_to_other() -> None:
    # "plan" is a weak policy cue; the money amount is a plain economic one.
    assert primary_frame("The company plans to spend $2 billion on new factories.") == "economic"
    # "defending" alone is weak (a title defence), the sport words decide.
    assert primary_frame("Spain face the defending champions in the league game on Sunday.") == "other"


def test_ties_go_to_the_first_cue() -> None:
    # One plain cue each (legality, then health): the main clause comes first.
    assert primary_frame("The lawsuit over the hospital was filed on Monday.") == "legality"
    assert primary_frame("The hospital was named in a lawsuit on Monday.") == "health_safety"


def _write(folder: Path, items: list[tuple[str, str]], labels: dict[str, str]) -> None:
    (folder / "items.jsonl").write_text(
        "".join(json.dumps({"id": i, "source": "test", "sentence": s}) + "\n" for i, s in items), encoding="utf-8"
    )
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps({"id": i, "frame": f}) + "\n" for i, f in labels.items()), encoding="utf-8"
    )


def test_validator_on_a_tiny_synthetic_set(tmp_path: Path) -> None:
    ids = [f"t{n}" for n in range(40)]
    dev = [i for i in ids if not is_blind(i)][:4]
    blind = [i for i in ids if is_blind(i)][:1]
    items = [(dev[0], "a"), (dev[1], "b"), (dev[2], "c"), (dev[3], "d"), (blind[0], "e")]
    labels = {dev[0]: "capacity_resources", dev[1]: "crime_punishment", dev[2]: "other", dev[3]: "other",
              blind[0]: "economic"}
    _write(tmp_path, items, labels)
    predictions = {"a": "economic", "b": "legality", "c": "other", "d": "political", "e": "other"}
    figures = validate_policy_frames("development", tmp_path, predict=predictions.__getitem__)
    assert figures["n"] == 4
    assert figures["accuracy"] == pytest.approx(3 / 4)  # folded: capacity = economic, crime = legality
    families = {r["family"]: r for r in figures["families"]}
    assert set(families) == {"economic", "legality_crime", "other", "policy_political"}
    assert families["other"]["precision"] == 1 and families["other"]["recall"] == 0.5
    assert families["policy_political"]["f1"] == 0  # predicted, never coded
    assert figures["macro_f1"] == pytest.approx((1 + 1 + 2 / 3 + 0) / 4)
    assert figures["majority"] == {"family": "other", "accuracy": 0.5, "macro_f1": pytest.approx((2 / 3) / 3)}
    assert [e["id"] for e in figures["errors"]] == [dev[3]]
    assert validate_policy_frames("blind", tmp_path, predict=predictions.__getitem__)["n"] == 1


def test_validator_refuses_bad_labels(tmp_path: Path) -> None:
    _write(tmp_path, [("t0", "a")], {"t0": "sports"})
    with pytest.raises(ValueError, match="not a codebook frame"):
        load_coded(tmp_path, "all")
    _write(tmp_path, [("t0", "a"), ("t1", "b")], {"t0": "other"})
    with pytest.raises(ValueError, match="no label"):
        load_coded(tmp_path, "all")


def test_families_follow_the_guideline() -> None:
    assert len(FAMILIES) == 15
    assert sorted(set(FAMILIES.values())) == sorted(
        ["economic", "morality", "fairness", "legality_crime", "policy_political", "security", "health",
         "cultural_identity", "public_opinion", "other"]
    )
    assert FAMILIES["external_regulation"] == FAMILIES["political"] == "policy_political"
    assert FAMILIES["quality_of_life"] == "health" and FAMILIES["capacity_resources"] == "economic"


def test_the_fixture_split_and_labels() -> None:
    every = load_coded(part="all")
    assert len(every) == 444
    dev, blind = load_coded(part="development"), load_coded(part="blind")
    assert len(dev) + len(blind) == 444 and len(dev) == 357


def test_rule_settings_under_one_scan() -> None:
    sentence = "The company plans to spend $2 billion on new factories."
    assert primary_frames_under(sentence, [{}])[0] == primary_frame(sentence) == "economic"
    # "plan" (0.5) alone: a frame at min_evidence 0.5, "other" at 1.0.
    assert primary_frames_under("The town plans a new bridge.", [{"min_evidence": 0.5}, {"min_evidence": 1.0}]) == [
        "policy_prescription", "other"]
    # one plain cue each: the first cue wins the tie, or codebook order (legality 5 before health 9).
    sentence = "The hospital was named in a lawsuit on Monday."
    assert primary_frames_under(sentence, [{"tie_first_cue": 1.0}, {"tie_first_cue": 0.0}]) == ["health_safety", "legality"]


def test_cross_estimate_on_a_tiny_set(tmp_path: Path) -> None:
    sentences = [
        "The new tariffs will add about $800 a year to the average household's bills.",
        "A federal judge ruled that the agency had exceeded its authority under the law.",
        "The cat slept on the sofa all afternoon.",
        "Two-thirds of voters say the government is not doing enough, a new poll finds.",
        "The town plans a new bridge.",
    ]
    ids = [f"c{n}" for n in range(len(sentences))]
    labels = dict(zip(ids, ["economic", "legality", "other", "public_opinion", "other"], strict=True))
    _write(tmp_path, list(zip(ids, sentences, strict=True)), labels)
    estimate = cross_estimate(tmp_path)
    assert estimate["n"] == 5 and len(estimate["chosen"]) == 5
    assert [fold_of(i) for i in ids] == [1, 4, 0, 2, 4]
    assert RULE_GRID[0] == {"min_evidence": 0.5, "tie_first_cue": 1.0}  # the lexicon's own setting, first
    # The first four are right under every setting; the last (coded other, a weak policy cue alone) is
    # right only at min_evidence >= 1. The folds that train on it choose 1.0; fold 4, which holds it
    # out, sees no difference and keeps the lexicon's own 0.5, so the held-out item is missed.
    assert [rule["min_evidence"] for rule in estimate["chosen"]] == [1.0, 1.0, 1.0, 1.0, 0.5]
    assert estimate["accuracy"] == pytest.approx(4 / 5)


def test_family_scores_empty() -> None:
    figures = family_scores([], [])
    assert figures["n"] == 0 and figures["families"] == []


def test_the_report_says_which_sets_the_rule_was_written_on(tmp_path: Path) -> None:
    # Version 7 (round 13) was written on all six coded sets (the fifth's blind part and the sixth too);
    # version 7.1 (round 19) also on the seventh, whose errors were read, version 7.2 (round 20) on the
    # eighth; a set of one's own is no set
    # it was written on.
    _write(tmp_path, [("t0", "The cat slept on the sofa all afternoon.")], {"t0": "other"})
    always_other = {"The cat slept on the sofa all afternoon.": "other"}.__getitem__
    assert validate_policy_frames("all", tmp_path, predict=always_other)["rule_written_on_set"] is False
    assert validate_policy_frames("development", FIFTH_SET, predict=lambda _: "other")["rule_written_on_set"] is True
    assert validate_policy_frames("blind", FIFTH_SET, predict=lambda _: "other")["rule_written_on_set"] is True
    for folder, written_on in ((SECOND_SET, True), (THIRD_SET, True), (SIXTH_SET, True), (SEVENTH_SET, True), (EIGHTH_SET, True)):
        figures = validate_policy_frames("all", folder, predict=lambda _: "other")
        assert figures["rule_written_on_set"] is written_on
        assert figures["method"].startswith("cue rule") and "no learned model" in figures["method"]
    assert validate_policy_frames("blind", predict=lambda _: "other")["rule_written_on_set"] is True


def _write_parted(folder: Path, items: list[tuple[str, str, str]], labels: dict[str, dict[str, str]]) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.glob("labels_*.jsonl"):
        old.unlink()
    (folder / "items.jsonl").write_text(
        "".join(json.dumps({"id": i, "part": part, "source": "test", "sentence": s}) + "\n" for i, part, s in items),
        encoding="utf-8",
    )
    for part, by_id in labels.items():
        (folder / f"labels_{part}.jsonl").write_text(
            "".join(json.dumps({"id": i, "frame": f}) + "\n" for i, f in by_id.items()), encoding="utf-8"
        )


def test_a_set_whose_items_name_their_part(tmp_path: Path) -> None:
    # The fifth set's layout: the part is in items.jsonl, each part's labels in its own file; a part
    # whose labels are not there yet (the blind part until the lead adds them) gives no items.
    items = [("m1", "development", "Police arrested two men."), ("m2", "development", "The cat slept."),
             ("m3", "blind", "Voters went to the polls.")]
    dev_labels = {"m1": "crime_punishment", "m2": "other"}
    _write_parted(tmp_path, items, {"development": dev_labels})
    assert [i["id"] for i in load_coded(tmp_path, "development")] == ["m1", "m2"]
    assert load_coded(tmp_path, "blind") == [] and len(load_coded(tmp_path, "all")) == 2
    _write_parted(tmp_path, items, {"development": dev_labels, "blind": {"m3": "political"}})
    assert [i["frame"] for i in load_coded(tmp_path, "blind")] == ["political"]
    assert len(load_coded(tmp_path, "all")) == 3
    _write_parted(tmp_path, items, {"development": {"m1": "crime_punishment"}})
    with pytest.raises(ValueError, match="no label"):
        load_coded(tmp_path, "development")


def test_the_fifth_set_fixture() -> None:
    dev = load_coded(FIFTH_SET, "development")
    assert len(dev) == 200 and all(i["id"].startswith("mtsc-") for i in dev)
    assert sum(FAMILIES[i["frame"]] == "policy_political" for i in dev) == 97  # the commonest family


def test_cross_set_estimate_on_tiny_sets(tmp_path: Path) -> None:
    # Two sets of one's own; each is scored with the settings chosen on the other. Set "a" holds an item
    # coded other with a weak policy cue alone ("plans"), right only at min_evidence 1.0; set "b" one
    # coded policy with the same cue, right only at 0.5. So "a" is scored with b's choice (0.5) and "b"
    # with a's (1.0): each misses that item, and the held-out figures show the setting does not carry.
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    _write(a, [("a1", "The town plans a new bridge."), ("a2", "Police arrested two men.")],
           {"a1": "other", "a2": "crime_punishment"})
    _write(b, [("b1", "The council plans a new bridge."), ("b2", "The cat slept on the sofa.")],
           {"b1": "policy_prescription", "b2": "other"})
    rules = [{"min_evidence": 0.5}, {"min_evidence": 1.0}]
    estimate = cross_set_estimate((("a", a, "all"), ("b", b, "all")), rules)
    assert estimate["sets"]["a"]["chosen"] == {"min_evidence": 0.5}
    assert estimate["sets"]["b"]["chosen"] == {"min_evidence": 1.0}
    assert estimate["sets"]["a"]["accuracy"] == estimate["sets"]["b"]["accuracy"] == 0.5
    assert estimate["n"] == 4 and estimate["accuracy"] == pytest.approx(0.5)
    assert estimate["mean_accuracy"] == pytest.approx(0.5)


# Lexicon 7.2 (round 20): a poll's finding reported is `decisive` for public opinion: it settles its own
# sentence (the guideline's tie rule 2), not the article. Sentences written for these tests.
@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # party, candidate and vote words report what the poll found
        ("A new poll finds the Democratic nominee five points ahead of her Republican rival.", "public_opinion"),
        ("The latest poll shows the senator losing the rural vote to the Republican candidate.", "public_opinion"),
        ("Most Democrats back the bill, but only a third of Republicans do, according to the poll.", "public_opinion"),
        # without a poll's finding the same words are political
        ("The Democratic nominee is five points ahead of her Republican rival.", "political"),
    ],
)
def test_a_poll_report_settles_its_sentence(sentence: str, frame: str) -> None:
    assert primary_frame(sentence) == frame


def test_a_poll_report_does_not_settle_an_article() -> None:
    body = ("The senator won the Republican primary on Tuesday. Democrats and Republicans in Congress fought over the vote "
            "for weeks. The party's candidate will face the Democratic nominee in November. A new poll finds her ahead.")
    result = analyze_framing(load_article(body, headline=""))
    assert result.primary_policy_frame == "political"
    opinion = next(p for p in result.policy if p.frame == "public_opinion")
    assert opinion.hits == 1 and opinion.sentences == (3,)  # "a new poll" (it overlaps "poll finds": one match per span)
    political = next(p for p in result.policy if p.frame == "political")
    assert len(political.sentences) == 3  # the decided fourth sentence no longer counts for politics


def test_decisive_terms_must_be_the_frames_own() -> None:
    from analysis.errors import LexiconError
    from analysis.framing.cues import _decisive

    assert _decisive(["poll shows"], ["poll", "poll shows"], "public_opinion") == frozenset({"poll shows"})
    with pytest.raises(LexiconError, match="not among"):
        _decisive(["poll says"], ["poll", "poll shows"], "public_opinion")
    with pytest.raises(LexiconError, match="list of terms"):
        _decisive("poll shows", ["poll shows"], "public_opinion")


# Lexicon 7.3 (round 21): a frame is the sentence's angle, not its topic (the coding guideline). When a
# topic frame (money, health, crime, defence) leads and policy prescription or political has a plain cue
# and trails by at most `angle_margin` (1), the action's frame leads. Sentences written for these tests.
@pytest.mark.parametrize(
    ("sentence", "frame", "margin_0", "off"),
    [
        # tied (1 : 1): the topic's cue came first and used to win the tie
        ("Insulin prices will fall under the new policy, the senator said.", "policy_prescription", "policy_prescription",
         "economic"),
        # the topic leads by one plain cue (2 : 1)
        ("Hospitals and nurses are at the heart of the new policy.", "policy_prescription", "health_safety", "health_safety"),
        ("Wages and prices dominated the election.", "political", "economic", "economic"),
        # a campaign's money (1.75 : 1)
        ("The candidate spent $2 million on advertising in the final week.", "political", "economic", "economic"),
        # the topic leads by more than one cue (3 : 1): it stays
        ("Hospitals, nurses and patients struggled all winter, the senator said.", *["health_safety"] * 3),
        # the politician's title is a weak cue only: the topic stays
        ("Crime is up, the mayor said.", *["crime_punishment"] * 3),
        # legality is an angle of its own, not a topic: it keeps its lead (authority to act)
        ("Congress never authorized the spending, the judge said.", *["legality"] * 3),
        # defence words alone stay security and defense (the seed's expectation)
        ("Troops were deployed along the border after the attack.", *["security_defense"] * 3),
    ],
)
def test_the_angle_leads_over_the_topic(sentence: str, frame: str, margin_0: str, off: str) -> None:
    from analysis.validation.policy_frames import primary_frames_under

    assert primary_frame(sentence) == frame
    assert primary_frames_under(sentence, [{"angle_margin": 0.0}, {"angle_margin": -1.0}]) == [margin_0, off]


def test_the_angle_rule_in_an_article() -> None:
    # The rule reads the whole article's evidence: two health sentences and one policy sentence (2 : 1).
    body = "Hospitals in the region are full. Nurses worked double shifts. The governor's new policy starts on Monday."
    result = analyze_framing(load_article(body, headline=""))
    assert result.primary_policy_frame == "policy_prescription"
    assert [p.frame for p in result.policy[:2]] == ["policy_prescription", "health_safety"]


"""Why an anonymous source has no name (trial 13 F1, F2): withheld by the reporter, a participant in
the events, or a group; named outlets and documents are no anonymous sources at all."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, load_article
from analysis.pipeline import corpus_columns


def _sources(body: str) -> dict[str, object]:
    result = analyze(load_article("Talks stall\n\n" + body))
    return {s.name: s for s in result.sourcing.sources}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The deal is close, said an official who requested anonymity.", "an official who requested anonymity"),
        ("The deal is close, people familiar with the talks said.", "people familiar with the talks"),
        ("The deal is close, two people briefed on the call said.", "two people briefed on the call"),
        ("The deal is close, officials said.", "officials"),
        ("The deal is close, Brazilian ministers said.", "Brazilian ministers"),
        ("The deal is close, a senior official said.", "a senior official"),
        ("The deal is close, a company spokesperson said.", "a company spokesperson"),
        ("The deal is close, one trade expert said.", "one trade expert"),
        # a witness who gives a reason is withheld too: the reason wins
        ("The shop burned, a witness, who asked not to be named, said.", "a witness"),
    ],
)
def test_names_the_reporter_withheld(body: str, name: str) -> None:
    source = _sources(body)[name]
    assert source.speaker_type == "anonymous"
    assert source.anonymity == "withheld"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("“Open the door!” an officer shouts.", "an officer"),
        ("“Hands! Let me see your hands!” an officer ordered.", "an officer"),
        ("The shop burned for hours, a witness said.", "a witness"),
        ("She was a kind girl, the victim's mother said.", "the victim's mother"),
        ("Dozens were hurt, a doctor on the scene said.", "a doctor on the scene"),
        ("Police fired tear gas, a journalist in the area said.", "a journalist in the area"),
        ("The water rose fast, residents said.", "residents"),
    ],
)
def test_unnamed_participants_in_the_events(body: str, name: str) -> None:
    source = _sources(body)[name]
    assert source.speaker_type == "anonymous"
    assert source.anonymity == "unnamed_participant"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Prices will rise, traders said.", "traders"),
        ("The storms are getting worse, scientists say.", "scientists"),
        ("Fifty-nine percent of voters said they were worried.", "Fifty-nine percent of voters"),
        ("Those in favor of punishment have said the fine is too low.", "Those in favor of punishment"),
    ],
)
def test_unnamed_groups(body: str, name: str) -> None:
    source = _sources(body)[name]
    assert source.anonymity == "unnamed_group"
    assert source.unnamed_group


def test_a_definite_description_of_someone_identified_is_described_not_withheld() -> None:
    sources = _sources("The plan is fair, the Florida senator said. The case is weak, the judge said. "
                       "The deal is close, the official said. Six in 10 voters said the plan was bad.")
    assert sources["the Florida senator"].anonymity == "described" and sources["the judge"].anonymity == "described"
    assert sources["the official"].anonymity == "withheld"  # a position in a body
    assert sources["Six in 10 voters"].anonymity == "unnamed_group" and sources["Six in 10 voters"].unnamed_group


def test_unnamed_group_flag_is_grammatical() -> None:
    """Every plural or quantity is a group ("officials" too), whatever its anonymity; one person is not."""
    sources = _sources("The deal is close, officials said. Prices will rise, traders said. It was bad, a witness said.")
    assert sources["officials"].unnamed_group and sources["traders"].unnamed_group
    assert not sources["a witness"].unnamed_group


def test_named_and_documented_sources_have_no_anonymity() -> None:
    sources = _sources(
        "The campaign cost the state $449,000, according to the Sioux Falls Argus Leader. "
        "Webb grabbed the girl on a city street, according to evidence presented at trial. "
        "The senators discussed the plan, according to the emails. "
        "The police failed the fans, the inquiry found. "
        "The plan is fair, Ann Lee said."
    )
    assert sources["Sioux Falls Argus Leader"].speaker_type == "institution"
    assert sources["evidence presented at trial"].speaker_type == "document"
    assert sources["the emails"].speaker_type == "document" and not sources["the emails"].unnamed_group
    assert all(s.anonymity is None for s in sources.values() if s.speaker_type != "anonymous")


def test_an_office_named_leader_stays_an_office() -> None:
    """Only a capitalised run with no office, body or party word before "Leader" is a newspaper."""
    sources = _sources("The vote was put off, according to the Senate Majority Leader.")
    assert [s.speaker_type for s in sources.values()] != ["institution"]


def test_a_reason_in_a_later_sentence_belongs_to_the_speaker_it_opens_on() -> None:
    sources = _sources(
        "Scientists say the storms are getting worse. “We are worried,” said a senior official, who requested anonymity. "
        "A man said the shop was closed. He declined to give his name."
    )
    assert sources["Scientists"].anonymity_reason is None and sources["Scientists"].anonymity == "unnamed_group"
    assert sources["a senior official"].anonymity_reason == "who requested anonymity"
    assert sources["A man"].anonymity_reason == "declined to give his name"


def test_withheld_name_shares_and_the_articles_column() -> None:
    result = analyze(load_article(
        "Talks stall\n\nThe deal is close, officials said. It was bad, a witness said. "
        "Prices will rise, traders said. The plan is fair, Ann Lee said."
    ))
    ratios = result.sourcing.ratios
    assert ratios.anonymous_attribution_share == pytest.approx(3 / 4)
    assert ratios.withheld_name_attribution_share == pytest.approx(1 / 4)
    assert ratios.withheld_name_source_share == pytest.approx(1 / 4)
    assert "withheld_name_attribution_share" in corpus_columns()["articles"]
    row = result.sourcing.sources_frame().set_index("name")
    assert row.loc["officials", "anonymity"] == "withheld" and pd.isna(row.loc["Ann Lee", "anonymity"])



# Trial 20 F5, F9: bidders are people; one rule for plural unnamed officials; a group whose members are
# named right after it withheld no name.


@pytest.mark.parametrize(
    ("body", "name", "anonymity"),
    [
        ("The tender was rigged, rival bidders said.", "rival bidders", "unnamed_group"),
        ("Two rival bidders said they would appeal the award.", "Two rival bidders", "unnamed_group"),
        ("Rival bidders complained that the deadline was too short.", "Rival bidders", "unnamed_group"),
        ("Bidders said they had been kept in the dark.", "Bidders", "unnamed_group"),
        # holders of positions in a body: "state auditors" as "harbor officials"
        ("The fees were raised twice, state auditors said.", "state auditors", "withheld"),
        ("The fees were raised twice, harbor officials said.", "harbor officials", "withheld"),
    ],
)
def test_plural_unnamed_sources_by_one_rule(body: str, name: str, anonymity: str) -> None:
    source = _sources(body)[name]
    assert (source.speaker_type, source.anonymity) == ("anonymous", anonymity)


def test_a_group_whose_members_are_named_next_withheld_no_name() -> None:
    sources = _sources(
        "Lawmakers from both parties criticized the harbor chief. Senator Ana Ortiz said the fees were unfair. "
        "Representative Tom Beck said the chief deserved a hearing."
    )
    assert sources["Lawmakers from both parties"].anonymity == "unnamed_group"
    # without the named members right after it, the same group stays withheld
    alone = _sources("Lawmakers from both parties criticized the harbor chief. The chief did not respond.")
    assert alone["Lawmakers from both parties"].anonymity == "withheld"


def test_the_state_auditor_is_one_office_holder() -> None:
    # "auditors" is a withheld head, but "the state auditor" is one person's office: identifiable, not withheld.
    source = _sources("The fees were raised twice, the state auditor said.")["the state auditor"]
    assert (source.speaker_type, source.anonymity) == ("office_holder", None)

"""Round 15 trial: "announced his decision" reports an act, not words (F17: ``speech_verbs.toml`` v7,
``needs = "not_act"``), and a report's content starts after who was told ("told Reuters the claims
are false", "telling the audience that …") or where it was written ("in his opinion at the time
that …"), and after a body's bracketed short name ("according to the Institute (INGC), …") (F9:
``analysis/sourcing/content.py``)."""

from __future__ import annotations

from sourcing_rows import attribution_rows, sourcing_of


def test_announcing_an_act_is_no_speech() -> None:
    text = (
        "President Trump announced the exit on Thursday. Ann Lee announced her resignation. Bo Chan announced his "
        "decision Thursday afternoon."
    )
    assert attribution_rows(text) == []


def test_announcing_what_was_done_with_content_is_speech_as_coders_count_it() -> None:
    text = (
        "The firm announced a $5 billion investment. Authorities announced on Friday the arrest of a man. "
        "Cy Dee announced her decision to resign."
    )
    assert [row[3] for row in attribution_rows(text)] == [
        "a $5 billion investment", "the arrest of a man", "her decision to resign",
    ]


def test_announcing_words_is_speech() -> None:
    text = (
        "The company announced plans to cut 500 jobs. The mayor announced on Monday that the plant would close. "
        "The White House announced the United States would end sanctions."
    )
    assert attribution_rows(text) == [
        ("indirect", "The company", "The company", "plans to cut 500 jobs"),
        ("indirect", "The mayor", "The mayor", "the plant would close"),
        ("indirect", "The White House", "White House", "the United States would end sanctions"),
    ]
    text = "The plant will close in May, a spokesman announced Monday. The firm announced a plan to hire 300 workers."
    assert attribution_rows(text) == [
        ("indirect", "a spokesman", "a spokesman", "The plant will close in May"),
        ("indirect", "The firm", "The firm", "a plan to hire 300 workers"),
    ]


def test_an_announced_act_does_not_make_an_accused_party_heard() -> None:
    text = "Carver Steel was charged with fraud on Monday. Carver Steel announced its decision on Thursday."
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Carver Steel", "not_sought")]
    text = "Carver Steel was charged with fraud on Monday. Carver Steel announced on Thursday that it would fight the charges."
    assert [(r.party, r.verdict) for r in sourcing_of(text).right_of_reply] == [("Carver Steel", "heard")]


def test_the_content_of_told_starts_after_who_was_told() -> None:
    # trial repro r8, and the Polygraph.info wording of the trial article
    assert attribution_rows("Professor Ann Lee told Reuters the claims are false.") == [
        ("indirect", "Professor Ann Lee", "Ann Lee", "the claims are false"),
    ]
    text = "Ann Lee told Polygraph.info the Russian Defense Ministry's allegations are false. Bo Chan told him he would resign."
    assert [row[3] for row in attribution_rows(text)] == ["the Russian Defense Ministry's allegations are false", "he would resign"]
    text = "Cy Dee told Fox News Sunday the plan is dead. The judge told Russia and Syria to respect the truce."
    assert [row[3] for row in attribution_rows(text)] == ["the plan is dead", "Russia and Syria to respect the truce"]


def test_a_long_addressee_with_no_clause_after_it_is_left_alone() -> None:
    text = "Pat Cole told Breitbart News Daily host Alex Marlow on Thursday how surprised he is."
    assert [row[3] for row in attribution_rows(text)] == ["Breitbart News Daily host Alex Marlow on Thursday how surprised he is"]


def test_telling_an_audience_and_writing_in_an_opinion() -> None:
    text = (
        "Ann Amron praised the suit. She appeared to contradict herself a few sentences later, telling the audience "
        "that the intent is really to end the industry."
    )
    assert attribution_rows(text) == [("indirect", "She", "Ann Amron", "the intent is really to end the industry")]
    text = "Judge John Keenan wrote in his opinion at the time that the legislature was the right arena."
    assert [row[3] for row in attribution_rows(text)] == ["the legislature was the right arena"]


def test_a_bracketed_short_name_belongs_to_the_body() -> None:
    text = "According to the National Institute of Disaster Management (INGC), 38 people have been killed."
    assert [row[3] for row in attribution_rows(text)] == ["38 people have been killed"]

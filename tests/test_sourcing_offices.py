"""Local public offices make a speaker official (titles lexicon v4, after a new-user trial found a
county treasurer and a state epidemiologist typed non-official)."""

from __future__ import annotations

import pytest

from analysis import analyze, load_article


def _sources(body: str) -> dict[str, tuple[bool, str | None]]:
    result = analyze(load_article("A headline for a test story\n\n" + body))
    return {s.name: (s.official, s.title) for s in result.sourcing.sources}


@pytest.mark.parametrize(("body", "name", "title"), [
    ("“We counted every cent,” said Pike County Treasurer Gary Lindqvist.", "Gary Lindqvist", "County Treasurer"),
    ("“The outbreak is growing,” said Dr. Helen Achterberg, the state epidemiologist.", "Helen Achterberg", "state epidemiologist"),
    ("“The money was moved twice,” State Auditor Maria Okafor said on Tuesday.", "Maria Okafor", "State Auditor"),
    ("“He died of smoke inhalation,” said Coroner Ellen Price.", "Ellen Price", "Coroner"),
])
def test_local_offices_are_official(body: str, name: str, title: str) -> None:
    assert _sources(body)[name] == (True, title)


def test_a_company_treasurer_is_not_official() -> None:
    sources = _sources("“Our books are clean,” said Dana Webb, the treasurer of Acme Widgets Inc.")
    assert sources["Dana Webb"][0] is False


@pytest.mark.parametrize(("body", "name"), [
    ("“We did the work,” Ridgeline Builders said in a statement.", "Ridgeline Builders"),
    ("“We poured every foundation,” said Halvorsen Contractors.", "Halvorsen Contractors"),
])
def test_firms_and_papers_are_institutions_not_people(body: str, name: str) -> None:
    result = analyze(load_article("A headline for a test story\n\n" + body))
    kinds = {s.name.removeprefix("the "): s.speaker_type for s in result.sourcing.sources}
    assert kinds[name] == "institution"


def test_the_title_of_the_second_of_two_people_named_together_is_their_own() -> None:
    body = ("Ohio Gov. Mark Delaney and Sen. Ruth Abrams clashed on Wednesday over a pipeline permit.\n\n"
            "“We are weeks away, not months,” Abrams said.")
    assert _sources(body)["Ruth Abrams"] == (True, "Sen")

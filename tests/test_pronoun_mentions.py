"""A speaker pronoun shared by two reports ("he called the audit … and said …") is a pronoun
resolution for both, so the actor table counts it as a mention of the person (a new-user trial saw
`pronoun_mentions` 0 for a man whose "he" sourcing had resolved)."""

from __future__ import annotations

from analysis import analyze, load_article

STORY = (
    "Treasurer accused of moving relief money\n\n"
    "Auditors accused Treasurer Gary Lindqvist of moving $2 million in relief money.\n\n"
    "Lindqvist denied any wrongdoing. In a brief statement released by his lawyer, he called the audit "
    '"a political hit job" and said every payment had been approved.\n'
)


def test_a_pronoun_shared_by_two_reports_is_resolved_as_a_pronoun_for_both() -> None:
    result = analyze(load_article(STORY))
    hes = [a for a in result.sourcing.attributions if a.speaker == "he"]
    assert len(hes) == 2
    assert {a.resolved_by for a in hes} <= {"pronoun", "coordination"} and any(a.resolved_by == "pronoun" for a in hes)
    assert all(result.sourcing.sources[a.source_id].name == "Gary Lindqvist" for a in hes)
    actors = result.sentiment.actors_frame().set_index("actor")
    assert actors.loc["Gary Lindqvist", "pronoun_mentions"] == 1  # one "he", two reports

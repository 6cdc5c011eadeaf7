"""Key findings: the headline facts of an analysis, as plain sentences built from the results.

Each sentence states a figure that the report shows with its evidence elsewhere; nothing here
measures anything new.
"""

from __future__ import annotations

from analysis.pipeline import ArticleAnalysis


def key_findings(result: ArticleAnalysis) -> list[str]:
    """Four or five plain-language findings, most telling first."""
    findings: list[str] = []
    readability = result.readability
    if readability.scorable:
        grade = readability.score("flesch_kincaid_grade")
        ease = readability.score("flesch_reading_ease")
        assert grade is not None and ease is not None
        fk = next(s for s in readability.scores if s.key == "flesch_kincaid_grade")
        findings.append(
            f"It reads at Flesch–Kincaid grade {grade:.1f} (Reading Ease {ease:.1f}): {fk.versus_news}."
        )
    else:
        findings.append(f"Readability was not scored: {readability.note}.")
    return findings

"""How the report names things a reader looks up: sources (``S1``), their type, and places in the
article (``headline``, ``¶3``, ``¶12.2``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from analysis.pipeline import ArticleAnalysis
    from analysis.sourcing import Source

TYPE_LABEL = {"named_person": "named", "anonymous": "anonymous", "office_holder": "office-holder",
              "institution": "institution", "document": "document",
              "unresolved": "unresolved pronoun"}


#: An anonymous source as the report prints it, by its ``anonymity`` (analysis/sourcing/anonymity.py):
#: only a name the reporter withheld is anonymous sourcing in the AP sense (round-13 trial, F2).
ANONYMITY_LABEL = {"withheld": "anonymous, name withheld", "unnamed_participant": "unnamed participant",
                   "unnamed_group": "unnamed group", "described": "unnamed, described"}


def type_label(source: Source) -> str:
    """A source's type as the report prints it; an anonymous source by its anonymity: "anonymous,
    name withheld" (a plural: "unnamed group, names withheld"), "unnamed participant" (a witness,
    an officer at the scene), "unnamed group" ("Scientists say", "59 percent said"), "unnamed,
    described" ("the Florida senator")."""
    if source.speaker_type != "anonymous" or source.anonymity not in ANONYMITY_LABEL:
        return "unnamed group" if source.unnamed_group else TYPE_LABEL[source.speaker_type]
    if source.anonymity == "withheld" and source.unnamed_group:
        return "unnamed group, names withheld"
    return ANONYMITY_LABEL[source.anonymity]


def resolved_name(speaker_as_written: str, source_name: str) -> str:
    """The source's name when the speaker's words do not already say it ("he" -> "Al Gore", "Gore" ->
    "Al Gore", "the official" -> "a US official in Washington"), else "". The report prints it beside
    the words, so a reader checking who said a quote sees how a pronoun or surname was resolved on
    the page, not only in a tooltip (new-user trial 18, F19)."""
    return "" if not source_name or source_name.casefold() in speaker_as_written.casefold() else source_name


def speaker_shown(speaker_as_written: str, source_name: str) -> str:
    """The speaker as written, with its resolution when that adds a name: "he (= Al Gore)"."""
    name = resolved_name(speaker_as_written, source_name)
    return f"{speaker_as_written} (= {name})" if name else speaker_as_written


def place_label(result: ArticleAnalysis, part: str, sentence: int | None) -> str:
    """Where a piece of evidence is, as a reader counts: ``headline``, ``caption``, ``¶3`` or
    ``¶12.2`` (second sentence of paragraph 12)."""
    if part != "body" or sentence is None:
        return part
    target = result.article.sentences[sentence]
    siblings = result.article.sentences_in(target.paragraph)
    if len(siblings) == 1:
        return f"¶{target.paragraph + 1}"
    return f"¶{target.paragraph + 1}.{siblings.index(target) + 1}"


def source_label(result: ArticleAnalysis, source_id: int) -> str:
    """``S1``, ``S2`` …: the number a source carries in every table and on the annotated article."""
    return f"S{source_id + 1}"


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``1 paragraph``, ``17 paragraphs``, ``0 sentences``: a count with its noun in agreement."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"

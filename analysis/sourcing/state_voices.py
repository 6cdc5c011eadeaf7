"""Who speaks for an accused state in the right-of-reply check: not its courts; its
administration at home (trial 14 F9).

A court's ruling is a decision in a case, not a party's answer to a charge.

"The Supreme Court rejected a bid by the administration ..." reads, with "rejected" a denial
verb of ``speech_verbs.toml``, as a denial spoken by the court; and a court of the United States
has the United States as its side, so it came out as the reply of the United States the
plaintiffs accused. A court judges the case a state is a party to; it does not speak for that
state. So a judicial speaker (a court, a tribunal, a judge or justice by head or title) does not
speak for its affiliation or that affiliation's country in the right-of-reply check, and its
reject/deny/dismiss verb is a ruling of neutral stance, not a denial.

The state's answer in such a story comes from its executive: "The administration has said a
courtroom is not the appropriate venue", "Trump administration Solicitor General Noel Francisco
said". An official speaker with no other side whose phrase names a government body of
``speakers.toml`` (class government: "administration", "government", "cabinet") speaks for the
country of the dateline ("WASHINGTON (Reuters) -"), when that country is accused; with no dateline
the text does not say whose administration it is, and a former official speaks for no one now.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.sourcing.accused import AccusedParty, dateline_country
from analysis.sourcing.attributes import org_class
from analysis.sourcing.context import Document
from analysis.sourcing.lexicon import WORD
from analysis.sourcing.result import Attribution, Source

# Words that make a speaker phrase a court or one of its judges ("the high court", "the 9th U.S.
# Circuit Court of Appeals", "Judge Ann Aiken", "the justices").
_JUDICIAL_WORDS = frozenset({"court", "courts", "tribunal", "judge", "judges", "justice", "justices", "magistrate"})
# Words that make "justice" a ministry's: "the Justice Department", "the justice minister".
_NOT_A_COURT = frozenset({"department", "ministry", "minister", "secretary", "attorney", "general", "office", "officials"})


def judicial(doc: Document, speaker: str, name: str | None = None) -> bool:
    """Whether a speaker phrase (or its source's name) is a court or a judge."""
    if name is not None and org_class(doc.lex, name) == "court":
        return True
    tokens = set(WORD.findall(speaker.lower()))
    return not _JUDICIAL_WORDS.isdisjoint(tokens) and _NOT_A_COURT.isdisjoint(tokens)


def ruling_stance(doc: Document, speaker: str, stance: str) -> str:
    """A court's "rejected" or "denied" is a ruling (neutral), not a denial of a charge."""
    return "neutral" if stance == "denial" and judicial(doc, speaker) else stance


def home_government_voice(doc: Document, a: Attribution, source: Source, accused: Sequence[AccusedParty]) -> set[str]:
    """The accused country of the dateline that ``a``'s official speaker answers for as its
    administration (see the module docstring), else the empty set."""
    if not source.official or source.affiliation is not None or judicial(doc, a.speaker, source.name):
        return set()
    tokens = WORD.findall(a.speaker.lower())
    if "former" in tokens or not any(doc.lex.institution_nouns.get(w, (False, ""))[1] == "government" for w in tokens):
        return set()
    country = dateline_country(doc)
    return {country} if country is not None and any(p.party == country and p.kind == "country" for p in accused) else set()

"""Which body "the company" is when no organisation the text names is of the company class.

News names a firm by its name alone ("Exxon said …", "Acme Oil said …") and then calls it "the
company" ("The company said it needed to make repairs"). A company's name often carries no class
noun, so the class look-up of :func:`.attributes.latest_org_of_class` finds none, and "the company"
was joined to whatever institution source came before with a company noun anywhere in its name
(trial 16 F9: the "Department of Energy", because "energy" is a company noun). The referent is then
the latest organisation that has spoken, when it is a private body of no other class: no state body
(a government is never "the company"), no country, no newspaper or broadcaster and no body that
only ever reported ("Bloomberg reported …"), not a union or a party, and spoken within the look-back window.
"""

from __future__ import annotations

from analysis.actors import actor_country
from analysis.sourcing.attributes import actor_is_official

# Re-exported beside speaking_company for descriptions.py (at the module line limit: one import line).
from analysis.sourcing.class_referents import kept_referent as kept_referent
from analysis.sourcing.class_referents import lead_modifier as lead_modifier
from analysis.sourcing.context import LOOKBACK_CHARS, LOOKBACK_SOURCES, Document
from analysis.sourcing.registry import Registry

_COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})  # the nouns that name a firm and nothing else


def speaking_company(doc: Document, reg: Registry, noun: str | None, position: int) -> str | None:
    """The latest speaking private organisation a bare "the company" or "the firm" refers to, or
    None (see the module docstring)."""
    if noun not in _COMPANY_NOUNS:
        return None
    lex = doc.lex
    for source in reversed(reg.sources[-LOOKBACK_SOURCES:]):
        if source.speaker_type != "institution" or source.name_hint is None or position - source.last > LOOKBACK_CHARS:
            continue
        if source.klass not in (None, "company") or source.head in lex.newspaper_heads:
            continue
        name = source.name_hint
        if source.institution_official or actor_is_official(lex, name) or actor_country(name) is not None:
            continue
        if all(_channel(doc, span) for span in source.spans):
            continue  # "Bloomberg reported that …": the outlet that carried the news, not the company in it
        return name
    return None


def _channel(doc: Document, span: tuple[int, int]) -> bool:
    """Whether the mention at ``span`` is an outlet carrying the news: "X reported (that)",
    "according to X" (a company speaks too, but a body that only ever reports is a newspaper or
    agency: "Bloomberg reported …; the company said" is not Bloomberg)."""
    after = doc.body_lower[span[1] : span[1] + 12].split()
    before = doc.body_lower[max(0, span[0] - 14) : span[0]]
    return (bool(after) and after[0] in ("reported", "reports", "reporting")) or before.endswith("according to ")


def spoken_form(reg: Registry, actor: str) -> str:
    """The name a firm already speaks under when "the company" finds it by a longer or shorter
    name: "Oil giant Exxon Mobil is among …", then "Exxon said …", then "The company said …" is
    Exxon, one source (a firm's first word is its short name in news style), not a second one."""
    for source in reversed(reg.sources[-LOOKBACK_SOURCES:]):
        hint = source.name_hint
        if source.speaker_type == "institution" and hint is not None and (actor.startswith(f"{hint} ") or hint.startswith(f"{actor} ")):
            return hint
    return actor

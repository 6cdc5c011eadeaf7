"""Settings of the sentiment measure: the news supplement, the user's entries, the voice and actor
word lists of ``lexicons/news_sentiment.toml``, and the defaults of the two options.

**News supplement** (``lexicons/news_sentiment.toml``): 55 news words VADER lacks
(``bombed``, ``militants``, ``airstrikes``, ``casualties``, ``concern`` ...), each with a valence
and a reason, added to a copy of VADER's lexicon (VADER's own entries always win). Off by
default (:data:`SUPPLEMENT_DEFAULT`): on the held-out even NYT rows it moves r from 0.4914 to
0.4922 and macro-F1 from 0.4296 to 0.4317 (29 of 2,595 rows touched; bootstrap 95% interval of
the r gain -0.002 .. +0.004), and it costs one tweet its class (macro-F1 0.6403 -> 0.6402), so
it did not win (:mod:`analysis.validation.sentiment`). Switch it on with ``supplement=True`` for
war reporting, where VADER's gaps are largest; each supplement word is marked in the evidence.

**Unscored entries** (``[unscored] patterns``, always in force): VADER's texting slang in digits
("143" +3.2, "187" -3.1) is dropped from every lexicon, since a number in news is a figure.

User entries (``[news_sentiment.supplement]`` of a user lexicon in force) always apply; see
:mod:`analysis.sentiment.lexicon` for how they reach VADER.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from analysis.errors import LexiconError
from analysis.lexicons import active_lexicons, lexicon_cache, load_lexicon
from analysis.sentiment.vader import normalise_typography

#: Whether the news supplement is on when ``supplement=None`` (decided by the NYT validation).
SUPPLEMENT_DEFAULT = False
#: Whether the words of names are left unscored when ``names_neutral=None`` (decided by the NYT
#: validation: see :mod:`analysis.validation.sentiment`).
NAMES_NEUTRAL_DEFAULT = False

_LEXICON_NAME = "news_sentiment"


@dataclass(frozen=True)
class _Settings:
    version: str
    supplement: Mapping[str, float]  # package entries (words and phrases), after the user's removals
    reasons: Mapping[str, str]
    user: Mapping[str, float]  # the user's entries (words and phrases): always applied
    user_reasons: Mapping[str, str]
    user_removed: frozenset[str]  # words the user removed (from the supplement and VADER's lexicon)
    user_file: str | None
    unscored: tuple[re.Pattern[str], ...]  # VADER entries never scored ([unscored] patterns), whole-entry matches
    names_keep: frozenset[str]  # names whose words keep their valence ("Cold War")
    gazetteer_names: re.Pattern[str] | None  # multi-word proper names of the gazetteer that are not actors
    scare_quote_max_words: int
    reporting_verbs: frozenset[str]
    clause_break: re.Pattern[str]
    negative_acts: frozenset[str]
    not_acts: frozenset[str]
    relational: frozenset[str]
    agentive: frozenset[str]
    passive_auxiliaries: frozenset[str]


def _entry_text(key: str) -> str:
    """How an entry is matched: lower case, straight apostrophes, single spaces."""
    return " ".join(normalise_typography(key).lower().split())


def _entries(table: Mapping[str, Any], keys: Iterable[str], where: str, *, need_reason: bool) -> dict[str, tuple[float, str]]:
    out: dict[str, tuple[float, str]] = {}
    for key in keys:
        entry = table[key]
        if isinstance(entry, dict) and "valence" in entry:
            valence, reason = entry["valence"], entry.get("reason", "")
        elif isinstance(entry, (int, float)) and not isinstance(entry, bool):
            valence, reason = entry, ""
        else:
            raise LexiconError(f"{where}: supplement entry {key!r} needs a valence" + (" and a reason" if need_reason else ""))
        if need_reason and not reason:
            raise LexiconError(f"{where}: supplement entry {key!r} needs a valence and a reason")
        if isinstance(valence, bool) or not isinstance(valence, (int, float)) or not -4.0 <= float(valence) <= 4.0:
            raise LexiconError(f"{where}: valence of {key!r} is outside -4 .. +4")
        text = _entry_text(key)
        if not text:
            raise LexiconError(f"{where}: empty supplement entry")
        out[text] = (float(valence), str(reason) or "user lexicon")
    return out


def _unscored_patterns(entries: Iterable[Any]) -> tuple[re.Pattern[str], ...]:
    """The ``[unscored] patterns``: each needs a pattern and a reason (why VADER's entries are wrong for news)."""
    patterns = []
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("pattern") or not entry.get("reason"):
            raise LexiconError(f"{_LEXICON_NAME}.toml: every [unscored] pattern needs a pattern and a reason")
        try:
            patterns.append(re.compile(str(entry["pattern"])))
        except re.error as error:
            raise LexiconError(f"{_LEXICON_NAME}.toml: bad [unscored] pattern {entry['pattern']!r}: {error}") from error
    return tuple(patterns)


@lexicon_cache
def _settings() -> _Settings:
    data = load_lexicon(_LEXICON_NAME)
    table = data.get("supplement", {})
    overlay = active_lexicons()
    user_table: Mapping[str, Any] = {}
    if overlay is not None:
        user_table = dict(overlay.sections).get(_LEXICON_NAME, {}).get("supplement", {})
    user_keys = [k for k in user_table if k != "remove"]
    package_keys = [k for k in table if k not in user_table and k != "remove"]
    package = _entries(table, package_keys, f"{_LEXICON_NAME}.toml", need_reason=True)
    user_where = f"{overlay.name} [{_LEXICON_NAME}.supplement]" if overlay is not None else "user lexicon"
    user = _entries(table, [k for k in user_keys if k in table], user_where, need_reason=False)
    removed = frozenset(_entry_text(k) for k in user_table.get("remove", []))
    voice = data.get("voice", {})
    actors = data.get("actors", {})
    names = data.get("names", {})
    try:
        clause_break = re.compile("|".join(f"(?:{p})" for p in actors.get("clause_breaks", [])) or r"(?!x)x")
    except re.error as error:
        raise LexiconError(f"{_LEXICON_NAME}.toml: bad clause_breaks pattern: {error}") from error
    keep = frozenset(" ".join(k.split()) for k in names.get("keep_valence", []))
    unscored = _unscored_patterns(data.get("unscored", {}).get("patterns", []))
    forms = sorted(
        {" ".join(f.split()) for f in load_lexicon("gazetteer").get("not_actor", []) if len(f.split()) > 1} - keep,
        key=lambda f: (-len(f), f),
    )
    gazetteer_names = (
        re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)")
        if forms
        else None
    )
    return _Settings(
        version=str(data.get("meta", {}).get("version", "?")),
        supplement=MappingProxyType({w: v for w, (v, _) in package.items()}),
        reasons=MappingProxyType({w: r for w, (_, r) in package.items()}),
        user=MappingProxyType({w: v for w, (v, _) in user.items()}),
        user_reasons=MappingProxyType({w: r for w, (_, r) in user.items()}),
        user_removed=removed,
        user_file=overlay.name if overlay is not None and (user or removed) else None,
        unscored=unscored,
        names_keep=keep,
        gazetteer_names=gazetteer_names,
        scare_quote_max_words=int(voice.get("scare_quote_max_words", 2)),
        reporting_verbs=frozenset(w.lower() for w in voice.get("reporting_verbs", [])),
        clause_break=clause_break,
        negative_acts=frozenset(w.lower() for w in actors.get("negative_acts", [])),
        not_acts=frozenset(w.lower() for w in actors.get("not_acts", [])),
        relational=frozenset(w.lower() for w in actors.get("relational", [])),
        agentive=frozenset(w.lower() for w in actors.get("agentive", [])),
        passive_auxiliaries=frozenset(w.lower() for w in actors.get("passive_auxiliaries", [])),
    )


def supplement_entries() -> dict[str, tuple[float, str]]:
    """The news supplement: word (or phrase) -> (valence, reason). Entries of a user lexicon in
    force are not part of it (see :func:`user_entries`)."""
    settings = _settings()
    return {w: (v, settings.reasons[w]) for w, v in settings.supplement.items()}


def user_entries() -> dict[str, tuple[float, str]]:
    """The entries of the user lexicon in force (``[news_sentiment.supplement]``): word or phrase
    -> (valence, reason). Empty without a user file."""
    settings = _settings()
    return {w: (v, settings.user_reasons[w]) for w, v in settings.user.items()}


def _resolve_supplement(supplement: bool | None) -> bool:
    return SUPPLEMENT_DEFAULT if supplement is None else bool(supplement)


def _resolve_names(names_neutral: bool | None) -> bool:
    return NAMES_NEUTRAL_DEFAULT if names_neutral is None else bool(names_neutral)

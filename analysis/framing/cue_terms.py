"""Cue terms compiled into the index the scan reads (:mod:`analysis.framing.cues`).

Each term becomes one anchored regex, indexed by its first word, so a text is scanned once, token
by token, and only the few terms that can start at a token are tried there (time linear in the
text; no alternation of hundreds of branches, no nesting).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from analysis.errors import LexiconError

_SEP = r"[\s\-–]+"
_GAP = r"(?:[\s\-–,]+[\w'$.%]+){0,3}?[\s\-–,]+"
_TOKEN = re.compile(r"\w+")
#: The term word that stands for any capitalised word (a name: "rival <Name>" matches "rival Lowe's",
#: not "rival factions"); case-sensitive whatever the term's case, never a term's first word.
NAME_WORD = "<Name>"
_NAME_PIECE = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'&]*"


@dataclass(frozen=True)
class _Term:
    category: str
    term: str
    pattern: re.Pattern[str]
    exclude: bool
    # the term lower-cased when it is one plain ASCII word ("killed"): at a token equal to it the
    # pattern always matches the token exactly, so the scan needs no regex there
    word: str | None = None
    # the term's second word run, lower-cased, when it is plain ASCII ("change" in "climate
    # change"; "operat" in "co-operat*", a prefix then): the pattern can only match where the next
    # token is that word (or starts with it), so other places need no regex (see _second_token)
    second: str | None = None
    second_is_prefix: bool = False
    # the term lower-cased without its "*" when it is one plain ASCII word and a "*" ("econom*"):
    # its pattern is that word and ``\w*``, so at an ASCII token starting with it the pattern
    # always matches the whole token and the scan needs no regex there
    stem: str | None = None


@dataclass(frozen=True)
class _Index:
    exact: Mapping[str, tuple[_Term, ...]]
    prefix: Mapping[str, tuple[_Term, ...]]
    prefix_lengths: tuple[int, ...]
    other: tuple[_Term, ...]  # terms that do not start with a word character
    # the first ``prefix_lengths[0]`` characters of every ``prefix`` key -> the lengths of the keys
    # starting so, ascending: a word that starts with none of them starts no prefix term (most
    # words), told by one look-up; one that does is looked up at those lengths only, not at all 13
    prefix_heads: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # the same heads -> the prefix keys starting so: one str.startswith of them tells whether any
    # starts a word (most words sharing a head with a key start none: "con" of "concern", "confront")
    prefix_keys: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # matches where any ``other`` term matches (one search tells a unit holds none of them)
    other_gate: re.Pattern[str] | None = None
    # when every ``other`` term starts with a literal caseless sign ("$", "%"): those signs (a unit
    # holding none matches none; ``in`` tests run in C, a search of the gate reads every position)
    other_signs: tuple[str, ...] | None = None


def _compile_term(term: str, category: str, exclude: bool) -> tuple[str | None, bool, _Term]:
    case_sensitive = term.startswith("=")
    body = (term[1:] if case_sensitive else term).replace("’", "'").strip()
    if not body:
        raise LexiconError(f"empty cue term in category {category!r}")
    if body.split()[0] == NAME_WORD:
        raise LexiconError(f"cue term {term!r} in category {category!r}: {NAME_WORD} cannot be a term's first word")
    pieces: list[str] = []
    previous_gap = True
    for word in body.split():
        if word == "...":
            pieces.append(_GAP)
            previous_gap = True
            continue
        if word == NAME_WORD:
            pieces.extend(([] if previous_gap else [_SEP]) + [_NAME_PIECE])
            previous_gap = False
            continue
        star = word.endswith("*")
        stem = word.rstrip("*")
        piece = _SEP.join(re.escape(part) for part in stem.split("-") if part) or re.escape(stem)
        if star:
            piece += r"\w*"
        if not previous_gap:
            pieces.append(_SEP)
        pieces.append(piece)
        previous_gap = False
    last = body.split()[-1]
    if last[-1].isalnum() or last[-1] == "_":
        pieces.append(r"(?!\w)")
    flags = 0 if case_sensitive else re.IGNORECASE
    pattern = re.compile("".join(pieces), flags)
    plain = None if case_sensitive or not (body.isascii() and re.fullmatch(r"\w+", body)) else body.lower()
    word_stem = None if case_sensitive or not (body.isascii() and re.fullmatch(r"\w+\*", body)) else body[:-1].lower()
    first_word = body.split()[0]
    head = re.match(r"\w+", first_word)
    if head is None:
        return None, False, _Term(category, term, pattern, exclude)
    key = head.group(0).lower()
    is_prefix = first_word.endswith("*") and head.group(0) == first_word.rstrip("*")
    second, second_is_prefix = _second_token(body)
    return key, is_prefix, _Term(category, term, pattern, exclude, plain, second, second_is_prefix, word_stem)


def _second_token(body: str) -> tuple[str | None, bool]:
    """The second run of word characters a match of ``body`` must hold, lower-cased, and whether
    it is a prefix (its word ends in ``*``); ``(None, False)`` when there is none before a gap
    (``...``), when a ``*`` follows a non-word character, or when it is not ASCII. Word runs of a
    match are the term's literal runs in order (separators and literal punctuation are never word
    characters; ``*`` only lengthens the run it ends), so a match starting at a token has that
    run as the next token (ASCII compares as lower-casing does). A :data:`NAME_WORD` is any word: none
    from there."""
    runs: list[tuple[str, bool]] = []
    for word in body.split():
        if word in ("...", NAME_WORD):
            break
        star = word.endswith("*")
        stem = word.rstrip("*")
        if star and not (stem[-1:].isalnum() or stem.endswith("_")):
            break
        tokens = _TOKEN.findall(stem.lower())
        runs.extend((token, star and i == len(tokens) - 1) for i, token in enumerate(tokens))
        if len(runs) >= 2:
            break
    if len(runs) < 2 or not runs[1][0].isascii():
        return None, False
    return runs[1]


def _entries(raw: Iterable[Any], where: str) -> list[str]:
    out: list[str] = []
    for entry in raw:
        if isinstance(entry, str):
            out.append(entry)
        elif isinstance(entry, Mapping) and isinstance(entry.get("term"), str):
            out.append(entry["term"])
        else:
            raise LexiconError(f"{where}: a cue entry must be a string or {{term = ..., reason = ...}}, got {entry!r}")
    return out


def _weights(raw: Iterable[Any], category: str) -> dict[tuple[str, str], float]:
    """``(category, term) -> weight`` for the entries that give a ``weight`` (a number in (0, 1])."""
    out: dict[tuple[str, str], float] = {}
    for entry in raw:
        if isinstance(entry, Mapping) and "weight" in entry:
            weight = entry["weight"]
            if not isinstance(weight, int | float) or not 0 < weight <= 1:
                raise LexiconError(f"{category}: weight of {entry.get('term')!r} must be in (0, 1], got {weight!r}")
            out[(category, entry["term"])] = float(weight)
    return out


def _build_index(categories: Mapping[str, tuple[list[str], list[str]]]) -> _Index:
    exact: dict[str, list[_Term]] = {}
    prefix: dict[str, list[_Term]] = {}
    other: list[_Term] = []
    for category, (terms, excludes) in categories.items():
        for is_exclude, group in ((False, terms), (True, excludes)):
            for term in group:
                key, is_prefix, compiled = _compile_term(term, category, is_exclude)
                if key is None:
                    other.append(compiled)
                elif is_prefix:
                    prefix.setdefault(key, []).append(compiled)
                else:
                    exact.setdefault(key, []).append(compiled)
    # plain dicts, not MappingProxyType: each new word of a corpus is looked up in them (a proxy's
    # get costs twice a dict's); nothing outside this module reads them
    prefix_lengths = tuple(sorted({len(k) for k in prefix}))
    return _Index(
        exact={k: tuple(v) for k, v in exact.items()},
        prefix={k: tuple(v) for k, v in prefix.items()},
        prefix_lengths=prefix_lengths,
        prefix_heads=_heads(prefix, prefix_lengths[0]) if prefix else {},
        prefix_keys=_keys_by_head(prefix, prefix_lengths[0]) if prefix else {},
        other=tuple(other),
        other_gate=_alternation(other) if other else None,
        other_signs=_leading_signs(other),
    )


def _keys_by_head(prefix: Mapping[str, object], head: int) -> dict[str, tuple[str, ...]]:
    keys: dict[str, list[str]] = {}
    for key in prefix:
        keys.setdefault(key[:head], []).append(key)
    return {k: tuple(sorted(v)) for k, v in keys.items()}


def _heads(prefix: Mapping[str, object], head: int) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for key in prefix:
        lengths.setdefault(key[:head], set()).add(len(key))
    return {k: tuple(sorted(v)) for k, v in lengths.items()}


def _leading_signs(terms: Iterable[_Term]) -> tuple[str, ...] | None:
    """The first characters of ``terms`` when each term's pattern starts with its first character
    as a literal that is no word character and has no case (every match then starts with one of
    them); ``None`` when one does not."""
    signs: set[str] = set()
    for term in terms:
        sign = term.term.removeprefix("=").replace("’", "'").strip()[:1]
        caseless = sign.lower() == sign == sign.upper()
        if not sign or _TOKEN.match(sign) or not caseless or not term.pattern.pattern.startswith(re.escape(sign)):
            return None
        signs.add(sign)
    return tuple(sorted(signs)) or None


def _alternation(terms: Iterable[_Term]) -> re.Pattern[str]:
    """One pattern that matches at a position exactly when one of ``terms`` does."""
    return re.compile(
        "|".join(
            f"(?i:{t.pattern.pattern})" if t.pattern.flags & re.IGNORECASE else f"(?:{t.pattern.pattern})"
            for t in terms
        )
    )

"""Versioned word lists, kept as TOML data files beside this module, and user overlays on them.

Each package file has a ``[meta]`` table with a ``version``; entries carry a ``reason`` where it
is not obvious. :func:`load_lexicon` returns a file's data merged with the user lexicons in force
(see :func:`use_lexicons`), so every module reads its lists the same way.

User lexicons (one TOML file; sections mirror the package files, e.g. ``[speech_verbs]``,
``[news_sentiment]``, ``[gazetteer]``):

* a table merges into the package's table key by key (an entry given by the user replaces the
  package's entry of the same key; new keys are added);
* a list adds its items to the package's list; an item that is a table with the ``name`` (or
  ``term``) of a package item replaces that item (so a gazetteer entry can be redefined);
* ``remove = [...]`` inside a table drops those keys, list items, or list tables of that
  ``name``/``term`` from that table;
* numbers must stay inside the file's ``meta.value_range`` when it has one (sentiment valences).

A bad file (not TOML, duplicate keys, an unknown section or key type, a value out of range) raises
:class:`~analysis.errors.LexiconError` naming the file, the line and the entry; nothing is applied
in part.
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache, wraps
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from analysis.errors import LexiconError

T = TypeVar("T")


@cache
def _read(name: str) -> tuple[dict[str, Any], str]:
    try:
        raw = resources.files(__package__).joinpath(f"{name}.toml").read_bytes()
    except FileNotFoundError as error:
        raise LexiconError(f"lexicon {name!r} is not part of the package") from error
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"lexicon {name}.toml is not valid TOML: {error}") from error
    return data, hashlib.sha256(raw).hexdigest()


@cache
def package_lexicon_names() -> tuple[str, ...]:
    """The names of the package's lexicon files (without ``.toml``), sorted."""
    return tuple(sorted(e.name[: -len(".toml")] for e in resources.files(__package__).iterdir() if e.name.endswith(".toml")))


# --------------------------------------------------------------------------------------------
# User overlays


@dataclass(frozen=True)
class UserLexicons:
    """A validated user lexicon file: its name, sha256, and its sections (read-only)."""

    name: str
    sha256: str
    sections: tuple[tuple[str, Any], ...]

    @property
    def digest(self) -> str:
        return self.sha256


_ACTIVE: ContextVar[UserLexicons | None] = ContextVar("analysis_user_lexicons", default=None)


def _key_pattern(key: str) -> re.Pattern[str]:
    # A TOML key as written: bare, "double-quoted" or 'single-quoted', followed by = or ] or .
    escaped = re.escape(key)
    return re.compile(rf"(?:^|[\s.{{\[,])(?:{escaped}|\"{escaped}\"|'{escaped}')\s*(?:=|\]|\.)")


def _line_of(text: str, trail: str) -> int:
    """The line of the entry ``trail`` ("section.table.key"): the first line holding its last key
    after the line that holds its parent, so an inline table entry reports its own line."""
    keys = [k for k in trail.split(".") if k]
    lines = text.splitlines()
    start = 0
    found = 0
    for key in keys:
        pattern = _key_pattern(key.strip('"'))
        for number in range(start, len(lines)):
            if pattern.search(lines[number]):
                found, start = number + 1, number
                break
    return found


def read_user_lexicons(path: str | os.PathLike[str]) -> UserLexicons:
    """Read and validate a user lexicon file (see the module docstring for its shape)."""
    path = Path(path)
    where = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise LexiconError(f"lexicon file not found: {path}") from error
    except OSError as error:
        raise LexiconError(f"cannot read lexicon file {path}: {error.strerror or error}") from error
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as error:
        raise LexiconError(f"{where}: not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{where}: {error}") from error
    known = set(package_lexicon_names())
    for section, value in data.items():
        if section == "meta":
            continue
        if section not in known:
            raise LexiconError(f"{where} line {_line_of(text, section)}: unknown section [{section}]; known: {', '.join(sorted(known))}")
        if not isinstance(value, dict):
            raise LexiconError(f"{where} line {_line_of(text, section)}: [{section}] must be a table")
        base = _read(section)[0]
        meta = base.get("meta", {})
        rules = _Rules(meta.get("value_range"), tuple(meta.get("value_tables", ())), tuple(meta.get("open_tables", ())))
        _check(value, base, section, where, text, rules)
        # A dry run of the merge, so a file that cannot be applied fails now, not half-way.
        _merge(base, value, f"{where} [{section}]")
    return UserLexicons(path.name, hashlib.sha256(raw).hexdigest(), tuple(sorted(data.items())))


@dataclass(frozen=True)
class _Rules:
    """What a lexicon's [meta] says of user entries: the range of numbers inside ``value_tables``
    (every table when none is named), and the ``open_tables`` (paths below the section, "." for
    the section itself) where a user may add keys of their own: word → valence maps, a state's
    abbreviations. Everywhere else a key the package does not have is a typo, refused."""

    value_range: Any
    value_tables: tuple[str, ...]
    open_tables: tuple[str, ...]


def _check(user: dict[str, Any], base: dict[str, Any], trail: str, where: str, text: str, rules: _Rules) -> None:
    """Check user entries against the package's keys and types, and numbers against the range."""
    table = trail.split(".", 1)[1] if "." in trail else "."
    closed = bool(base) and table not in rules.open_tables
    for key, value in user.items():
        entry = f"{trail}.{key}"
        line = _line_of(text, entry)
        if key == "remove":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise LexiconError(f"{where} line {line}: {entry} must be a list of strings")
            continue
        if key == "meta":
            raise LexiconError(f"{where} line {line}: {entry}: the package's [meta] cannot be changed")
        if closed and key not in base:
            known = ", ".join(sorted(k for k in base if k != "meta"))
            raise LexiconError(f"{where} line {line}: {entry}: the package's list has no such entry (known: {known})")
        if key in base:
            _check_type(value, base[key], entry, f"{where} line {line}")
        if isinstance(value, dict):
            _check(value, base.get(key, {}) if isinstance(base.get(key), dict) else {}, entry, where, text, rules)
        elif _is_number(value) and rules.value_range and _in_tables(entry, rules.value_tables):
            low, high = rules.value_range
            if not low <= value <= high:
                raise LexiconError(f"{where} line {line}: {entry} = {value} is outside [{low}, {high}]")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_type(value: Any, expected: Any, entry: str, place: str) -> None:
    """``value`` of the package's kind; a list of tables' items with the fields every package item has."""
    if isinstance(expected, dict) != isinstance(value, dict) or isinstance(expected, list) != isinstance(value, list):
        kind = "a table" if isinstance(expected, dict) else "a list" if isinstance(expected, list) else type(expected).__name__
        raise LexiconError(f"{place}: {entry} must be {kind}, like the package's")
    if isinstance(expected, (int, float)) and not isinstance(expected, bool) and not isinstance(value, (int, float)):
        raise LexiconError(f"{place}: {entry} must be a number")
    if isinstance(expected, str) and not isinstance(value, str):
        raise LexiconError(f"{place}: {entry} must be a string")
    if isinstance(expected, list) and expected and all(isinstance(item, dict) for item in expected):
        required = set.intersection(*(set(item) for item in expected))
        for item in value:
            if not isinstance(item, dict):
                raise LexiconError(f"{place}: {entry}: each item must be a table like {{ {', '.join(sorted(required))} }}")
            missing = sorted(required - set(item))
            if missing:
                raise LexiconError(f"{place}: {entry}: an item lacks {', '.join(missing)} (every package item has it)")


def _entry_key(item: Any) -> Any:
    """What identifies a list entry: a string itself, a table its ``name``, ``term`` or ``lemma``."""
    if isinstance(item, dict):
        return item.get("name", item.get("term", item.get("lemma")))
    return item


def _in_tables(entry: str, tables: tuple[str, ...]) -> bool:
    parts = entry.split(".")
    return not tables or (len(parts) > 1 and parts[1] in tables)


def _merge(base: dict[str, Any], user: dict[str, Any], trail: str) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for item in user.get("remove", []):
        if item in merged and item != "meta":
            del merged[item]
            continue
        for key, value in merged.items():
            if isinstance(value, list):
                merged[key] = [entry for entry in value if _entry_key(entry) != item]
    for key, value in user.items():
        if key == "remove":
            continue
        current = merged.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            merged[key] = _merge(current, value, f"{trail}.{key}")
        elif isinstance(value, list) and isinstance(current, list):
            # A user entry with the key of a package entry replaces it in place; new ones append.
            replaced = {_entry_key(entry): entry for entry in value}
            kept = [copy.deepcopy(replaced.pop(_entry_key(entry), entry)) for entry in current]
            merged[key] = kept + [copy.deepcopy(entry) for entry in value if _entry_key(entry) in replaced]
        else:
            merged[key] = copy.deepcopy(value)
    return merged


@contextmanager
def use_lexicons(lexicons: UserLexicons | str | os.PathLike[str] | None) -> Iterator[UserLexicons | None]:
    """Make ``lexicons`` (a :class:`UserLexicons` or the path of a TOML file) the overlay that
    :func:`load_lexicon` applies inside the ``with`` block. ``None`` leaves the package lists."""
    overlay = lexicons if isinstance(lexicons, UserLexicons) or lexicons is None else read_user_lexicons(lexicons)
    token = _ACTIVE.set(overlay)
    try:
        yield overlay
    finally:
        _ACTIVE.reset(token)


def active_lexicons() -> UserLexicons | None:
    """The user lexicons in force in this context, if any."""
    return _ACTIVE.get()


def active_digest() -> str:
    """A key for caches of anything derived from lexicons: "" for the package lists alone."""
    overlay = _ACTIVE.get()
    return overlay.sha256 if overlay is not None else ""


@lru_cache(maxsize=64)
def _merged(name: str, digest: str) -> dict[str, Any]:
    # The digest is the sha256 of the user file, so it names the overlay's content exactly.
    overlay = _ACTIVE.get()
    assert overlay is not None and overlay.sha256 == digest
    sections = dict(overlay.sections)
    base = _read(name)[0]
    return _merge(base, sections[name], f"{overlay.name} [{name}]") if name in sections else base


def load_lexicon(name: str) -> dict[str, Any]:
    """Return lexicon ``name`` (file ``lexicons/<name>.toml``) with the active user overlay applied.

    Treat the result as read-only: it is shared between callers.
    """
    overlay = _ACTIVE.get()
    if overlay is None:
        return _read(name)[0]
    return _merged(name, overlay.sha256)


def lexicon_cache(function: Callable[[], T]) -> Callable[[], T]:
    """Like ``functools.cache`` for a no-argument builder of data derived from lexicons, but keyed
    by the active user lexicons, so an overlay never sees results built without it."""

    @lru_cache(maxsize=8)
    def by_digest(_digest: str) -> T:
        return function()

    # The package lists alone (no user overlay) are the common case, and the wrapper is called
    # in the measures' inner loops (some 240 times per article): that value is kept at hand.
    package_value: list[T] = []

    @wraps(function)
    def wrapper() -> T:
        overlay = _ACTIVE.get()
        if overlay is not None:
            return by_digest(overlay.sha256)
        if not package_value:
            package_value.append(function())
        return package_value[0]

    def cache_clear() -> None:
        by_digest.cache_clear()
        package_value.clear()

    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    return wrapper


def lexicon_versions() -> dict[str, str]:
    """Map every package lexicon to ``"<version> sha256:<first 12 hex digits>"``, plus the user
    file in force (``"user:<file name>"`` → its sha256), for provenance."""
    out: dict[str, str] = {}
    for name in package_lexicon_names():
        data, digest = _read(name)
        out[name] = f"{data.get('meta', {}).get('version', '?')} sha256:{digest[:12]}"
    overlay = _ACTIVE.get()
    if overlay is not None:
        out[f"user:{overlay.name}"] = f"sha256:{overlay.sha256}"
    return out

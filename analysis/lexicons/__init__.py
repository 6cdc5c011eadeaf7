"""Versioned word lists, kept as TOML data files beside this module.

Each file has a ``[meta]`` table with a ``version``; entries carry a ``reason`` where it is not
obvious. :func:`load_lexicon` reads a file once per process (the files are immutable package data,
so caching them is safe and keeps per-article cost low).
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from analysis.errors import LexiconError


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


def load_lexicon(name: str) -> dict[str, Any]:
    """Return the parsed lexicon ``name`` (file ``lexicons/<name>.toml``); treat it as read-only."""
    return _read(name)[0]


def lexicon_versions() -> dict[str, str]:
    """Map every package lexicon to ``"<version> sha256:<first 12 hex digits>"``, for provenance."""
    out: dict[str, str] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            data, digest = _read(entry.name[: -len(".toml")])
            out[entry.name[: -len(".toml")]] = f"{data.get('meta', {}).get('version', '?')} sha256:{digest[:12]}"
    return out

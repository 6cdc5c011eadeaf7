"""Turn frozen result dataclasses into deterministic JSON-ready values, and write them.

Floats are rounded to 6 decimals (so results do not depend on the last bits of float arithmetic),
dict keys keep their insertion order, tuples become lists, and NaN/inf become None.
"""

from __future__ import annotations

import dataclasses
import json
import math
from enum import Enum
from typing import Any

FLOAT_DECIMALS = 6


def to_jsonable(value: Any) -> Any:
    """Recursively convert dataclasses, tuples, dicts and floats into plain JSON values."""
    # The plain types first, by exact type (most values of a result are these; none of them can be
    # a dataclass or an Enum); subclasses take the general path below, as before.
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is float:
        return _float(value)
    if kind is list or kind is tuple:
        return [to_jsonable(v) for v in value]
    if kind is dict:
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if hasattr(value, "to_dict"):
            return to_jsonable(value.to_dict())
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(to_jsonable(v) for v in value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if hasattr(value, "item"):  # numpy scalars
        return to_jsonable(value.item())
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")


def _float(value: float) -> float | None:
    if math.isnan(value) or math.isinf(value):
        return None
    rounded = round(value, FLOAT_DECIMALS)
    return 0.0 if rounded == 0 else rounded


# --------------------------------------------------------------------------------------------
# Writing: json.dumps(value, ensure_ascii=False, indent=2), faster

_STRING = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False (C when available)
_SPECIAL_FLOATS = {math.inf: "Infinity", -math.inf: "-Infinity"}


class _Unusual(Exception):
    """A value the fast writer leaves to json.dumps (a subclass, a key that is not a string...)."""


def dumps_indented(value: Any) -> str:
    """Exactly ``json.dumps(value, ensure_ascii=False, indent=2)``, several times faster.

    With ``indent`` json.dumps uses its pure-Python encoder, whose nested generators pass every
    piece of text up through every level of the document; an analysis document is thousands of
    pieces a few levels deep. Here each piece is appended to one list once. Only exact built-in
    types are written here; anything else is left to json.dumps.
    """
    out: list[str] = []
    try:
        _write(value, "\n", out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(out)


def _write(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_STRING(value))
    elif value is None:
        out.append("null")
    elif kind is bool:
        out.append("true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(float.__repr__(value) if value == value and value not in _SPECIAL_FLOATS else _SPECIAL_FLOATS.get(value, "NaN"))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(separator)
            out.append(_STRING(key))
            out.append(": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    else:
        raise _Unusual

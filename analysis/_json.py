"""Turn frozen result dataclasses into deterministic JSON-ready values.

Floats are rounded to 6 decimals (so results do not depend on the last bits of float arithmetic),
dict keys keep their insertion order, tuples become lists, and NaN/inf become None.
"""

from __future__ import annotations

import dataclasses
import math
from enum import Enum
from typing import Any

FLOAT_DECIMALS = 6


def to_jsonable(value: Any) -> Any:
    """Recursively convert dataclasses, tuples, dicts and floats into plain JSON values."""
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
        if math.isnan(value) or math.isinf(value):
            return None
        rounded = round(value, FLOAT_DECIMALS)
        return 0.0 if rounded == 0 else rounded
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if hasattr(value, "item"):  # numpy scalars
        return to_jsonable(value.item())
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")

"""A faster :func:`dataclasses.replace` for the stages' frozen records.

``dataclasses.replace`` reads every field, checks it, and calls ``__init__`` with keywords, which
on a frozen class sets each field through ``object.__setattr__``: about 40,000 instructions for a
:class:`~analysis.sourcing.candidates.Candidate`, some 6 % of sourcing on a short article, where
a candidate is copied a dozen times as its speaker, source and merge are settled. :func:`evolve`
copies the instance dictionary instead (about a quarter of the cost). That gives the same object
only for a plain dataclass: every field set by ``__init__``, no ``__post_init__``, no slots;
other classes go through ``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_PLAIN: dict[type, bool] = {}


def _is_plain(cls: type) -> bool:
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = (
            dataclasses.is_dataclass(cls)
            and not hasattr(cls, "__post_init__")
            and "__slots__" not in cls.__dict__
            and all(f.init and f._field_type is dataclasses._FIELD for f in dataclasses.fields(cls))  # type: ignore[attr-defined]
        )
        _PLAIN[cls] = plain
    return plain


def evolve(obj: T, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)`` (same fields, same result) for the stages' records."""
    cls = type(obj)
    if not _is_plain(cls) or not changes.keys() <= obj.__dict__.keys():
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    new = object.__new__(cls)
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new

"""A faster :func:`dataclasses.replace` for the stages' frozen records.

``dataclasses.replace`` reads every field, checks it, and calls ``__init__`` with keywords, which
on a frozen class sets each field through ``object.__setattr__``: about 40,000 instructions for a
:class:`~analysis.sourcing.candidates.Candidate`, some 6 % of sourcing on a short article, where
a candidate is copied a dozen times as its speaker, source and merge are settled. :func:`evolve`
copies the instance dictionary instead (about a quarter of the cost). That gives the same object
only for a plain dataclass: every field set by ``__init__``, no ``__post_init__``, no slots;
other classes go through ``dataclasses.replace``.

:func:`dict_init` gives such a class the same saving when an instance is built: the generated
``__init__`` of a frozen dataclass sets each field through ``object.__setattr__`` (about 3 µs for
a :class:`~analysis.sourcing.candidates.Candidate`'s twelve fields, built a dozen times or more per
article); one update of the instance dictionary sets the same fields for well under half that.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

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


C = TypeVar("C", bound=type)


def dict_init(cls: C) -> C:
    """Replace the ``__init__`` of a plain frozen dataclass (see the module docstring) by one with
    the same signature that sets every field with one update of the instance dictionary: the same
    object (equality, hash, repr, :func:`evolve` read the same fields). Defaults must be immutable
    values (no ``default_factory``), as the class is built once and the defaults shared."""
    fields = dataclasses.fields(cls)
    if not _is_plain(cls) or any(f.default_factory is not dataclasses.MISSING for f in fields):  # type: ignore[misc]
        raise TypeError(f"dict_init needs a plain dataclass with plain defaults: {cls.__name__}")
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    parameters = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d_{f.name}" for f in fields)
    assignments = ", ".join(f"{f.name}={f.name}" for f in fields)
    namespace: dict[str, Any] = {}
    # (generated source, as dataclasses writes its own __init__: the keyword names are the fields')
    exec(f"def __init__(self, {parameters}):\n    self.__dict__.update({assignments})\n", defaults, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


@dataclass_transform(frozen_default=True)
def frozen_record(cls: C) -> C:
    """``@dataclass(frozen=True)``, with the ``__init__`` of :func:`dict_init`."""
    return dict_init(dataclasses.dataclass(frozen=True)(cls))

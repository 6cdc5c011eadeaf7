"""A faster ``__init__`` for frozen dataclasses made by the hundred per article (framing's cue hits
and answers, readability's paragraphs and sentences): one call sets the instance dict."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen", bound=type)


def one_call_init(cls: _Frozen) -> _Frozen:
    """Give a frozen dataclass an ``__init__`` of the same signature that sets the instance dict
    in one call, instead of the generated one's ``object.__setattr__`` per field (the 20 answers,
    their evidence, the units and the frame scores are made by the hundred per article: this was
    a tenth of the instructions of a framing call). Equality, hashing, repr, ``replace`` and
    pickling are the dataclass's own. For classes whose fields all take plain defaults."""
    own = fields(cls)  # type: ignore[arg-type]
    if any(f.default_factory is not MISSING or not f.init or f.kw_only for f in own) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: one_call_init needs init fields with plain defaults and no __post_init__")
    defaults = {f"_default_{f.name}": f.default for f in own if f.default is not MISSING}
    parameters = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in own)
    display = ", ".join(f"{f.name!r}: {f.name}" for f in own)
    namespace: dict[str, Any] = {"_set_attribute": object.__setattr__, **defaults}
    exec(f"def __init__(self, {parameters}):\n    _set_attribute(self, '__dict__', {{{display}}})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls

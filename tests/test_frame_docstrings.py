"""Every ``*_frame()`` method of a result lists its columns in its docstring (README: "every
``*_frame()`` method returns a tidy pandas DataFrame whose columns are listed in its docstring");
a new-user review found five sentiment frames that said only "see :class:`…`"."""

from __future__ import annotations

import inspect
import re

import pytest

from analysis import analyze, load_article

SEED = "data/raw/000_59af26005722e3de.txt"


def _frame_methods():
    result = analyze(load_article(SEED))
    for part in ("sourcing", "sentiment", "framing", "readability", "actors"):
        measure = getattr(result, part)
        for name in sorted(dir(measure)):
            if name.endswith("_frame") and not name.startswith("_") and callable(getattr(measure, name)):
                yield f"{part}.{name}", getattr(measure, name)


@pytest.mark.parametrize(("name", "method"), list(_frame_methods()), ids=lambda v: v if isinstance(v, str) else "")
def test_the_docstring_names_every_column(name, method) -> None:
    frame = method()
    words = set(re.findall(r"\w+", inspect.getdoc(method) or ""))
    assert len(frame.columns) > 0, name
    assert [c for c in frame.columns if c not in words] == [], name

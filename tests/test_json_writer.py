"""The JSON writer (issue 16): ``dumps_indented`` is ``json.dumps(value, ensure_ascii=False,
indent=2)`` character for character, only faster; the golden files check it on real documents."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis._json import dumps_indented

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_the_writer_is_json_dumps(value) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_edge_values_are_written_as_json_dumps_writes_them() -> None:
    class Text(str):
        pass

    value = {
        "empty": [{}, [], ()],
        "floats": [-0.0, 1e-7, 1e22, math.nan, math.inf, -math.inf],
        "text": "é\n\"\\\x00\u2028",
        "big": 10**30,
        "subclass": Text("a"),  # left to json.dumps
        "tuple": (1, (2,)),
    }
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert dumps_indented(value) == expected
    assert '"floats": [\n    -0.0,\n    1e-07,\n    1e+22,\n    NaN,\n    Infinity,\n    -Infinity\n  ]' in expected
    assert dumps_indented({1: "a"}) == '{\n  "1": "a"\n}'  # a key that is not a string: json.dumps decides

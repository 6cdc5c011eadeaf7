"""Rows → an Arrow table, without pandas: the table ``pd.DataFrame(rows)`` would give Arrow.

A worker writes each slice's rows as Parquet parts. Going through pandas cost a corpus run with
one worker about 7 % over a plain loop of ``analyze`` (importing pandas, about 0.5 s, then a
DataFrame per table and slice), so the common case builds the Arrow table directly, with the
column types pandas infers from a list of dicts and then hands to Arrow:

======================================  ===============  ==================================
values of a column (None, NaN, absent)  pandas dtype     Arrow type
======================================  ===============  ==================================
ints only, none missing                 int64            int64
ints and/or floats, or some missing     float64          double (None, NaN, absent: null)
bools only, none missing                bool             bool
bools with None/NaN/absent              object           bool (with nulls)
strings with None/NaN/absent            str              large_string (with nulls)
only None (no NaN, none absent)         object           null
only None/NaN/absent, some not None     float64          double (all null)
======================================  ===============  ==================================

Anything else (other types, mixtures such as strings with numbers, ints beyond int64) returns
``None`` and the caller takes the pandas path, so this is only ever a faster way to the same
table. ``tests/test_corpus_lazy.py`` checks the two against each other on every such case.
"""

from __future__ import annotations

import functools
import json
import math
import sys
import warnings
from importlib import metadata
from typing import Any

_ABSENT = object()
_INT64 = (-(2**63), 2**63 - 1)


@functools.cache
def _pandas_major() -> int:
    try:
        return int(metadata.version("pandas").split(".")[0])
    except (metadata.PackageNotFoundError, ValueError):
        return 0


def matches_pandas() -> bool:
    """Whether the table above is what this environment's pandas makes: pandas 3 with its default
    string inference (pandas 2 made other types, e.g. ``string`` and object columns)."""
    if _pandas_major() != 3:
        return False
    pandas = sys.modules.get("pandas")  # an option can only have been changed in an imported pandas
    if pandas is None:
        return True
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the option is deprecated in pandas 3 (always on in 4)
        return bool(pandas.get_option("future.infer_string"))


def arrow_table(rows: list[dict[str, Any]]) -> Any | None:
    """The Arrow table of ``rows`` as pandas would make it, or None when unsure (see above)."""
    if not matches_pandas():
        return None
    try:
        import pyarrow as pa
    except ImportError:
        return None
    columns = list(dict.fromkeys(key for row in rows for key in row))
    if not all(type(name) is str for name in columns):
        return None  # pandas refuses other column names in Parquet
    arrays = []
    for name in columns:
        values = [row.get(name, _ABSENT) for row in rows]
        array = _column(values, pa)
        if array is None:
            return None
        arrays.append(array)
    return pa.Table.from_arrays(arrays, names=columns)


def _column(values: list[Any], pa: Any) -> Any | None:
    kinds: set[type] = set()
    nulls = absent_or_nan = False
    for value in values:
        if value is None:
            nulls = True
        elif value is _ABSENT:
            nulls = absent_or_nan = True
        else:
            kind = type(value)
            if kind is float and math.isnan(value):
                nulls = absent_or_nan = True
            elif kind in (int, float, bool, str):
                kinds.add(kind)
            else:
                return None  # a subclass or another type: pandas decides
    if not kinds:
        return pa.nulls(len(values), pa.float64() if absent_or_nan else pa.null())
    if int in kinds and not all(_INT64[0] <= value <= _INT64[1] for value in values if type(value) is int):
        return None  # pandas makes uint64 or object columns of those
    if kinds == {int} and not nulls:
        return _fixed(pa, pa.int64(), values, None)
    if kinds <= {int, float}:
        valid = [type(value) in (int, float) and value == value for value in values]
        return _fixed(pa, pa.float64(), [float(v) if ok else 0.0 for v, ok in zip(values, valid, strict=True)], valid if nulls else None)
    if kinds == {bool}:
        valid = [type(value) is bool for value in values]
        return _bits(pa, pa.bool_(), [v is True for v in values], valid if nulls else None)
    if kinds == {str}:
        return _strings(pa, values)
    return None


# pa.array() on a list (or a NumPy array) imports pandas to ask whether it is a pandas object,
# which is the cost this module avoids; Array.from_buffers does not.


def _validity(pa: Any, valid: list[bool] | None) -> Any:
    import numpy as np

    return None if valid is None else pa.py_buffer(np.packbits(np.array(valid, dtype=bool), bitorder="little"))


def _fixed(pa: Any, kind: Any, values: list[Any], valid: list[bool] | None) -> Any:
    import numpy as np

    dtype = np.int64 if kind == pa.int64() else np.float64
    return pa.Array.from_buffers(kind, len(values), [_validity(pa, valid), pa.py_buffer(np.array(values, dtype=dtype))])


def _bits(pa: Any, kind: Any, values: list[bool], valid: list[bool] | None) -> Any:
    return pa.Array.from_buffers(kind, len(values), [_validity(pa, valid), _validity(pa, values)])


def _strings(pa: Any, values: list[Any]) -> Any | None:
    import numpy as np

    try:
        encoded = [value.encode("utf-8") if type(value) is str else b"" for value in values]
    except UnicodeError:
        return None  # e.g. a lone surrogate: pandas decides (it raises)
    valid = [type(value) is str for value in values]
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum([len(data) for data in encoded], out=offsets[1:])
    buffers = [_validity(pa, None if all(valid) else valid), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    return pa.Array.from_buffers(pa.large_string(), len(values), buffers)


def empty_parquet(columns: list[str]) -> bytes:
    """The Parquet file ``pd.DataFrame(columns=columns).to_parquet(index=False)`` writes: no rows,
    ``null`` columns and the pandas metadata pyarrow adds for object columns with no values (the
    same bytes: ``tests/test_corpus_lazy.py`` compares them)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    described = [{"name": c, "field_name": c, "pandas_type": "empty", "numpy_type": "object", "metadata": None} for c in columns]
    pandas_metadata = {
        "index_columns": [],
        "column_indexes": [],
        "columns": described,
        "attributes": {},
        "creator": {"library": "pyarrow", "version": pa.__version__},
        "pandas_version": metadata.version("pandas"),
    }
    schema = pa.schema([pa.field(c, pa.null()) for c in columns], metadata={"pandas": json.dumps(pandas_metadata)})
    sink = pa.BufferOutputStream()
    # Not schema.empty_table(): like pa.array(), it imports pandas.
    pq.write_table(pa.Table.from_arrays([pa.nulls(0) for _ in columns], schema=schema), sink, compression="snappy")
    return sink.getvalue().to_pybytes()

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
import operator
import sys
import warnings
from importlib import metadata
from typing import Any


class _Absent:
    """The value of a column in a row that has no such key."""


_ABSENT = _Absent()
NoneType = type(None)
_PLAIN = {int, float, bool, str}
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
    columns, column_values = _transpose(rows)
    if not all(type(name) is str for name in columns):
        return None  # pandas refuses other column names in Parquet
    arrays = []
    for values in column_values:
        array = _column(values, pa)
        if array is None:
            return None
        arrays.append(array)
    return pa.Table.from_arrays(arrays, names=columns)


def _transpose(rows: list[dict[str, Any]]) -> tuple[list[Any], list[list[Any]]]:
    """The columns (in order of first appearance, as pandas orders them) and each one's values
    (``_ABSENT`` where a row has no such key)."""
    keys = rows[0].keys() if rows else {}.keys()
    if all(row.keys() == keys for row in rows):
        # The measures' rows all have the same keys: the first row's order is the table's, and
        # itemgetter reads every row's values at C speed (about 4x faster than a get per cell).
        columns = list(keys)
        if len(columns) < 2:  # itemgetter of one key gives the value, not a tuple
            return columns, [[row[name] for row in rows] for name in columns]
        return columns, [list(values) for values in zip(*map(operator.itemgetter(*columns), rows), strict=True)]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    return columns, [[row.get(name, _ABSENT) for row in rows] for name in columns]


def _column(values: list[Any], pa: Any) -> Any | None:
    kinds = set(map(type, values))  # exact types: a subclass is left to pandas below
    absent = _Absent in kinds
    nulls = absent or NoneType in kinds
    kinds -= {_Absent, NoneType}
    if not kinds <= _PLAIN:
        return None  # another type: pandas decides
    if float in kinds:
        nans = sum(1 for value in values if value != value)  # only a NaN float differs from itself
        if nans:
            nulls = absent = True  # NaN counts as missing, as in pandas
            if nans == sum(1 for value in values if type(value) is float):
                kinds.discard(float)  # every float is NaN: a column of missing values
    if not kinds:
        return pa.nulls(len(values), pa.float64() if absent else pa.null())
    if int in kinds and not _fits_int64([value for value in values if type(value) is int] if len(kinds) > 1 or nulls else values):
        return None  # pandas makes uint64 or object columns of those
    if kinds == {int} and not nulls:
        return _fixed(pa, pa.int64(), values, None)
    if kinds <= {int, float}:
        if not nulls:
            return _fixed(pa, pa.float64(), values, None)
        valid = [type(value) in (int, float) and value == value for value in values]
        return _fixed(pa, pa.float64(), [float(v) if ok else 0.0 for v, ok in zip(values, valid, strict=True)], valid)
    if kinds == {bool}:
        valid = [type(value) is bool for value in values] if nulls else None
        return _bits(pa, pa.bool_(), values if valid is None else [v is True for v in values], valid)
    if kinds == {str}:
        return _strings(pa, values, nulls)
    return None


def _fits_int64(ints: list[int]) -> bool:
    return not ints or (_INT64[0] <= min(ints) and max(ints) <= _INT64[1])


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


def _strings(pa: Any, values: list[Any], nulls: bool) -> Any | None:
    import numpy as np

    try:
        encoded = [value.encode("utf-8") if type(value) is str else b"" for value in values] if nulls else list(map(str.encode, values))
    except UnicodeError:
        return None  # e.g. a lone surrogate: pandas decides (it raises)
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
    valid = [type(value) is str for value in values] if nulls else None
    buffers = [_validity(pa, valid), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
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

"""Raw column values already coded in a file, so each is coded only once.

The columnar reader (columnar.py) dictionary-encodes each block's
columns; most of a block's distinct values (names, item ids, labels)
came up in the blocks before it. `RawCodes` remembers the exact text of
each value coded so far with its code, and looks a whole dictionary up
at once with pyarrow, so only the values new to the file are checked and
normalised in Python. It is a memo and nothing more: forgetting it (at
CAP_VALUES values or CAP_BYTES of text, so lookups stay cheap however
many distinct values a file has) only means coding a value again, to
the same code.

pyarrow arrays are made from numpy buffers here, never with pa.array,
which imports pandas when that is installed.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

try:
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

CAP_VALUES = 1 << 18
CAP_BYTES = 1 << 26
#: The code `find` gives a value not coded yet (-1 is taken: unknown label).
NEW = -2

Codes = NDArray[np.int64]


class RawCodes:
    """Text -> code for the values of one column coded so far; NEW if not."""

    _values: Any
    #: The codes of `_values`, then NEW, where index_in finds nothing.
    _codes: Codes

    def __init__(self) -> None:
        self._forget()

    def find(self, entries: Any) -> Codes:
        """The code of each of `entries` (a string array), NEW for a new one."""
        at = pc.index_in(entries, value_set=self._values)
        return self._codes[indices(pc.fill_null(at, _LAST))]

    def remember(self, entries: Any, codes: Codes) -> None:
        """Keep `codes` as the codes of `entries`, values `find` found new."""
        if (len(self._values) + len(entries) > CAP_VALUES
                or self._values.nbytes + entries.nbytes > CAP_BYTES):
            self._forget()
        self._values = pa.concat_arrays([self._values, entries])
        self._codes = np.concatenate([self._codes[:-1], codes, [NEW]])

    def _forget(self) -> None:
        self._values = pa.nulls(0, pa.string())
        self._codes = np.full(1, NEW, dtype=np.int64)


def indices(array: Any) -> Codes:
    """An int32 arrow array without nulls as int64 numpy, read from its buffer.

    Array.to_numpy would do, but it imports pandas when that is installed,
    which costs more than the whole read of a million rows.
    """
    if array.type != pa.int32() or array.null_count:
        raise ValueError(f"expected int32 indices without nulls, got {array.type}")
    data = np.frombuffer(array.buffers()[1], dtype=np.int32,
                         count=len(array) + array.offset)
    return data[array.offset:].astype(np.int64)


def arrow_indices(positions: Codes) -> Any:
    """`positions` as an int32 arrow array, for take."""
    data = np.ascontiguousarray(positions, dtype=np.int32)
    return pa.Array.from_buffers(pa.int32(), len(data), [None, pa.py_buffer(data)])


def take(entries: Any, positions: Codes) -> Any:
    """The strings of `entries` at `positions`, as an arrow array."""
    return pc.take(entries, arrow_indices(positions))


#: index_in's "not found", as an index to the last of `_codes`.
_LAST = arrow_indices(np.full(1, -1, dtype=np.int64))[0] if pa is not None else None

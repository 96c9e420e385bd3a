"""Where a block of a CSV file may end, and where a record in it starts.

A line end inside a quoted value (quoting.py) ends no record, so a block
cut there would start inside a value. `RecordCut` is blockcut's cut for
a CSV file: the last line end outside quoted values. The quoted values
of the block it cuts are kept for its parse, which needs them too.
"""

from __future__ import annotations

import numpy as np

from guidekit.scoring.blockcut import last_line_end
from guidekit.scoring.quoting import Quoted, quoted


def record_start(data: bytes, at: int, values: Quoted) -> int:
    """Where the record holding byte `at` (a quote) starts."""
    return _outside(data, _line_start(data, at), values)


def _outside(data: bytes, end: int, values: Quoted) -> int:
    """`end`, just past a line end, or the last such before it outside values."""
    while end and values.inside(np.array([end - 1]))[0]:
        k = int(np.searchsorted(values.opens, end - 1)) - 1
        end = _line_start(data, int(values.opens[k]))
    return end


def _line_start(data: bytes, at: int) -> int:
    """Just past the last line end before byte `at`, a quote; 0 if none."""
    return max(data.rfind(b"\n", 0, at), data.rfind(b"\r", 0, at)) + 1


class RecordCut:
    """blockcut's Cut for a CSV file: past the last line end outside values.

    It keeps the quoted values it found in the block it cut last, so the
    block is not searched for them again (`values_of`).
    """

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self._last: tuple[bytes, Quoted] | None = None

    def __call__(self, data: bytes, stop: int) -> int:
        """Just past the last line end outside values in data[:stop]; 0 if none."""
        end = last_line_end(data, stop)
        if data.find(b'"', 0, stop) < 0:
            return end
        values = quoted(data, stop, self.delimiter)
        self._last = data, values
        return _outside(data, end, values)

    def values_of(self, data: bytes, end: int) -> Quoted | None:
        """The values of data[:end] if this cut found them; else None."""
        if self._last is None or self._last[0] is not data:
            return None
        return self._last[1].before(end)

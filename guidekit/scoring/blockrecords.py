"""The records of a block of a CSV file with quotes, and the lines they start on.

A record ends at a line end outside quoted values (quoting.py), so a
record with a quoted line end takes more than one line; rows are
numbered by the line they start on, as the csv module numbers them (a
line ends at `\\n`, `\\r\\n` or a lone `\\r`). pyarrow may parse a
block's records up to the first the row reader must read: one with a
quote the csv module refuses, or one whose quoted value is still open at
the block's end (`taken`). Its count of rows then tells whether any
value holds a line end: if not, each record is one line. A record longer
than the csv module's field limit in bytes (a field in it may be too
long) is the row reader's too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.blockchecks import longest_line
from guidekit.scoring.blockcut import FIELD_LIMIT
from guidekit.scoring.quoting import CR, LF, Codes, Quoted
from guidekit.scoring.recordcut import record_start


@dataclass(frozen=True)
class Records:
    """How many line ends a block's first records hold, and where each starts."""

    lines: int
    #: Each record's first line, counted from the block's first (0), when
    #: some quoted value holds a line end; None when each record is a line.
    starts: Codes | None


def taken(data: bytes, end: int, values: Quoted) -> int:
    """Bytes of data[:end]'s records before the first the row reader must read."""
    found = [at for at in (values.refused, values.open_at(end)) if at >= 0]
    return record_start(data, min(found), values) if found else end


def block_records(data: bytes, used: int, values: Quoted, rows: int) -> Records | None:
    """The lines of data[:used], whole records that pyarrow read as `rows` rows.

    None when a record is too long, or (never seen) the count is not the
    csv module's.
    """
    codes = np.frombuffer(data, dtype=np.uint8, count=used)
    lf = codes == LF
    lines = int(np.count_nonzero(lf))
    if data.find(b"\r", 0, used) >= 0:
        cr = codes == CR
        lines += int(np.count_nonzero(cr)) - int(np.count_nonzero(cr[:-1] & lf[1:]))
    last = 0 if data[used - 1:used] in (b"\n", b"\r") else 1  # at the end of the file
    if rows == lines + last:
        return None if longest_line(data, used) > FIELD_LIMIT else Records(lines, None)
    ends = _line_ends(codes, lf)
    outside = ends[~values.inside(ends)]
    starts = np.concatenate(([0], outside[:rows - 1] + 1))
    longest = np.diff(np.append(starts, used)).max()
    if rows != len(outside) + last or longest > FIELD_LIMIT:
        return None
    return Records(lines, np.searchsorted(ends, starts))


def _line_ends(codes: NDArray[np.uint8], lf: NDArray[np.bool_]) -> Codes:
    """Where each line ends: its `\\n`, or its lone `\\r`."""
    lone = codes == CR
    lone[:-1] &= ~lf[1:]
    return np.flatnonzero(lf | lone)


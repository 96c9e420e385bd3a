"""What in a block of a long-format file only the row reader reads right.

pyarrow parses a block alike but for three things, so a block holding
one is the row reader's (blockparse.py): a byte-order mark at its start
(pyarrow drops it at the start of every buffer; the row reader keeps it
in the value), a line longer than the csv module's field limit (the row
reader refuses a field that long, mapped or not) and text that is not
UTF-8 (pyarrow checks only the columns it converts).
"""

from __future__ import annotations

import codecs

import numpy as np

from guidekit.scoring.blockcut import FIELD_LIMIT

try:
    import pyarrow as pa
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None


def for_the_row_reader(data: bytes, end: int, *, long: bool = True) -> bool:
    """A byte-order mark first, text not UTF-8, or (`long`) a line too long."""
    if data.startswith(codecs.BOM_UTF8):
        return True
    return (long and longest_line(data, end) > FIELD_LIMIT) or not _utf8(data, end)


def longest_line(data: bytes, end: int) -> int:
    """The longest line's length in bytes among data[:end]; 0 for short blocks.

    A `\\r` ends a line too: before a `\\n` it only ends an empty one.
    """
    if end <= FIELD_LIMIT:
        return 0
    codes = np.frombuffer(data, dtype=np.uint8, count=end)
    starts = np.concatenate(([-1], np.flatnonzero((codes == 10) | (codes == 13))))
    return int(np.diff(np.append(starts, end)).max())


def _utf8(data: bytes, end: int) -> bool:
    """Whether data[:end] is UTF-8, checked as one arrow string, not copied."""
    if data.isascii():
        return True
    bounds = pa.py_buffer(np.array([0, end], dtype=np.int32))
    text = pa.Array.from_buffers(pa.string(), 1, [None, bounds, pa.py_buffer(data)])
    try:
        text.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True

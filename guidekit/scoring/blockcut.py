"""A file cut into blocks of whole lines, a block at a time (blockparse.py).

A block is about `size` bytes, up to the last line end in them; the
bytes after it are read again with the next block. A line ends as the
csv module and pyarrow end it, at `\\n`, `\\r\\n` or a lone `\\r`, so a
file with old Mac line ends is cut into blocks too and memory stays
bounded. A block is never cut between the `\\r` and `\\n` of a line end:
the next block would start with an empty line. In a CSV file with quotes
a block ends at a record's end (`cut`, recordcut.py): a line end
inside a quoted value does not end a row.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable
from typing import BinaryIO

#: The csv module's field size limit, in characters (a character is >= 1 byte).
FIELD_LIMIT = csv.field_size_limit()
#: Bytes read, and how many of them make the block.
Block = tuple[bytes, int]
#: The block read at the end of the file.
END: Block = (b"", 0)
#: Where a block may end: just past the last one in data[:stop], 0 if none.
Cut = Callable[[bytes, int], int]
#: A line end known to be one: a `\\n`, or a `\\r` and a byte that is not `\\n`.
_LINE_END = re.compile(rb"\n|\r[^\n]")


def next_block(handle: BinaryIO, size: int, cut: Cut | None = None) -> Block:
    """The next `size` bytes or so, up to a line end: the last one in them.

    Up to the last place `cut` gives, when given. The bytes after it are
    read again with the next block, rather than the rest of the line
    added on, which would copy it all.
    """
    data = handle.read(size)
    if len(data) < size:
        return data, len(data)
    end = (cut or last_line_end)(data, len(data))
    if not end:
        data, end = _one_line(handle, data) if cut is None else _one_record(
            handle, data, cut)
    handle.seek(end - len(data), os.SEEK_CUR)
    return data, end


def last_line_end(data: bytes, stop: int) -> int:
    """Just past the last `\\n` in data[:stop], or else its last lone `\\r`.

    0 if none. Without a `\\n`, every `\\r` but a last byte is a lone one.
    """
    return data.rfind(b"\n", 0, stop) + 1 or data.rfind(b"\r", 0, max(stop - 1, 0)) + 1


def _one_line(handle: BinaryIO, data: bytes) -> Block:
    """`data`, the start of a line, read on to its end, its length doubling.

    A line past the field limit is cut there, since its block is a bad
    one; so is the end of the file.
    """
    searched = 0
    while (found := _LINE_END.search(data, searched)) is None:
        more = handle.read(len(data)) if len(data) <= FIELD_LIMIT else b""
        if not more:
            return data, len(data)
        searched, data = len(data) - 1, data + more
    return data, found.start() + 1


def _one_record(handle: BinaryIO, data: bytes, cut: Cut) -> Block:
    """`data` read on, doubling, until `cut` finds a place; as _one_line."""
    while len(data) <= FIELD_LIMIT and (more := handle.read(len(data))):
        data += more
        if end := cut(data, len(data)):
            return data, end
    return data, len(data)

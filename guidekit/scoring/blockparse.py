"""A long-format file cut into blocks and parsed by pyarrow, a few ahead.

The file is cut into blocks at line ends (blockcut.py) and each block
parsed on its own: pyarrow's streaming reader reads ahead without bound
when parsing is the slower side, and memory must not grow with rows. The
next AHEAD blocks are parsed in threads while the one before is counted
(pyarrow lets go of the GIL), and no more. A block that pyarrow cannot
parse is a bad one (None), and so are blocks the row reader reads
otherwise: one that starts with a byte-order mark (pyarrow drops it at
the start of every buffer; the row reader keeps it in the value), one
with a line longer than the csv module's field limit (the row reader
refuses a field that long, mapped or not) and one that is not UTF-8
(pyarrow checks only the columns it converts). In a CSV file the csv
module's quoting rules apply from the line of the first `"` on: a block
holding one is cut there, its lines before parsed, the rest bad. The
row reader goes on from the first byte of the bad part (resume.py).
"""

from __future__ import annotations

import codecs
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from guidekit.scoring.blockcut import (
    END,
    FIELD_LIMIT,
    Block,
    last_line_end,
    next_block,
)

try:
    import pyarrow as pa
    from pyarrow import csv as pa_csv
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

AHEAD = 2


def parsed_blocks(path: Path, offset: int, width: int, index: dict[str, int],
                  delimiter: str, size: int) -> Iterator[tuple[int, Any]]:
    """Each block's first byte and mapped columns, dictionary-encoded.

    The columns are None for a bad block (or the bad end of one), the
    last given. Blocks start after the header, at byte `offset`; `width`
    is the header's number of fields and `index` the mapped roles' places
    among them; a block is about `size` bytes.
    """
    parse = _parser(width, index, delimiter)
    with open(path, "rb") as handle, ThreadPoolExecutor(AHEAD) as pool:
        handle.seek(offset)
        read = partial(next_block, handle, size)
        parsing = ((block[1], pool.submit(parse, block))
                   for block in iter(read, END))
        ahead = deque(islice(parsing, AHEAD))
        while ahead:
            length, done = ahead.popleft()
            ahead.extend(islice(parsing, 1))
            columns, used = done.result()
            if used:
                yield offset, columns
            if used < length:
                yield offset + used, None
                return
            offset += length


def _parser(width: int, index: dict[str, int],
            delimiter: str) -> Callable[[Block], tuple[Any, int]]:
    names = [f"c{j}" for j in range(width)]
    wanted = {role: names[at] for role, at in index.items()}
    quoting = delimiter != "\t"
    options = (pa_csv.ReadOptions(column_names=names),
               pa_csv.ParseOptions(delimiter=delimiter, quote_char=False,
                                   ignore_empty_lines=False),
               pa_csv.ConvertOptions(
                   include_columns=list(wanted.values()),
                   column_types=dict.fromkeys(wanted.values(), pa.string()),
                   strings_can_be_null=False))

    def parse(block: Block) -> tuple[Any, int]:
        """The columns of the block's first `used` bytes, and `used` (0: none)."""
        data, end = block
        used = _before_quote(data, end) if quoting else end
        if not used or _for_the_row_reader(data, used):
            return None, 0
        try:
            table = pa_csv.read_csv(pa.py_buffer(data).slice(0, used), *options)
        except pa.ArrowInvalid:
            return None, 0
        return {role: table.column(name).combine_chunks().dictionary_encode()
                for role, name in wanted.items()}, used
    return parse


def _before_quote(data: bytes, end: int) -> int:
    """Where the line of the first `"` in data[:end] starts; `end` if none."""
    quote = data.find(b'"', 0, end)
    return end if quote < 0 else last_line_end(data, quote + 1)


def _for_the_row_reader(data: bytes, end: int) -> bool:
    if data.startswith(codecs.BOM_UTF8):
        return True
    return _longest_line(data, end) > FIELD_LIMIT or not _utf8(data, end)


def _longest_line(data: bytes, end: int) -> int:
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

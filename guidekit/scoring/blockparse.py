"""A long-format file cut into blocks and parsed by pyarrow, a few ahead.

The file is cut into blocks at line ends here and each block parsed on
its own: pyarrow's streaming reader reads ahead without bound when
parsing is the slower side, and memory must not grow with rows. The
next AHEAD blocks are parsed in threads while the one before is counted
(pyarrow lets go of the GIL), and no more. A block that pyarrow cannot
parse is a bad one (None), and so are blocks the row reader reads
otherwise: one of a CSV file holding a `"` (the csv module's quoting
rules apply from there on), one that starts with a byte-order mark
(pyarrow drops it at the start of every buffer; the row reader keeps it
in the value) and one with a line longer than the csv module's field
limit (the row reader refuses a field that long, mapped or not).
"""

from __future__ import annotations

import codecs
import csv
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

try:
    import pyarrow as pa
    from pyarrow import csv as pa_csv
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

AHEAD = 2
#: The csv module's field size limit, in characters (a character is >= 1 byte).
FIELD_LIMIT = csv.field_size_limit()
#: Bytes read, and how many of them make the block.
Block = tuple[bytes, int]
#: The block read at the end of the file.
END: Block = (b"", 0)


def parsed_blocks(path: Path, width: int, index: dict[str, int], delimiter: str,
                  size: int) -> Iterator[Any]:
    """Each block's mapped columns, dictionary-encoded; None for a bad one.

    `width` is the header's number of fields and `index` the mapped
    roles' places among them; a block is about `size` bytes.
    """
    parse = _parser(width, index, delimiter)
    with open(path, "rb") as handle, ThreadPoolExecutor(AHEAD) as pool:
        handle.readline()
        read = partial(_next_block, handle, size)
        parsing = (pool.submit(parse, block) for block in iter(read, END))
        ahead = deque(islice(parsing, AHEAD))
        while ahead:
            done = ahead.popleft()
            ahead.extend(islice(parsing, 1))
            block = done.result()
            yield block
            if block is None:
                return


def _next_block(handle: BinaryIO, size: int) -> Block:
    """The next `size` bytes or so, up to a line end: the last one in them.

    The bytes after that line end are read again with the next block,
    rather than the rest of the line added on, which would copy it all.
    """
    data = handle.read(size)
    end = data.rfind(b"\n") + 1
    if len(data) < size:
        return data, len(data)
    if not end:
        data += handle.readline()
        return data, len(data)
    handle.seek(end - len(data), os.SEEK_CUR)
    return data, end


def _parser(width: int, index: dict[str, int],
            delimiter: str) -> Callable[[Block], Any]:
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

    def parse(block: Block) -> Any:
        data, end = block
        if quoting and data.find(b'"', 0, end) >= 0 or data.startswith(
                codecs.BOM_UTF8) or _longest_line(data, end) > FIELD_LIMIT:
            return None
        try:
            table = pa_csv.read_csv(pa.py_buffer(data).slice(0, end), *options)
        except pa.ArrowInvalid:
            return None
        return {role: table.column(name).combine_chunks().dictionary_encode()
                for role, name in wanted.items()}
    return parse


def _longest_line(data: bytes, end: int) -> int:
    """The longest line's length in bytes among data[:end]; 0 for short blocks."""
    if end <= FIELD_LIMIT:
        return 0
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8, count=end) == 10)
    starts = np.concatenate(([-1], ends))
    return int(np.diff(np.append(starts, end)).max())

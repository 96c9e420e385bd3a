"""A long-format file cut into blocks and parsed by pyarrow, a few ahead.

The file is cut into blocks at line ends (blockcut.py) and each block
parsed on its own: pyarrow's streaming reader reads ahead without bound
when parsing is the slower side, and memory must not grow with rows. The
next AHEAD blocks are parsed in threads while the one before is counted
(pyarrow lets go of the GIL), and no more. A block that pyarrow cannot
parse is a bad one (None), and so are blocks the row reader reads
otherwise (blockchecks.py). In a CSV file a block with quotes ends at a
record's end and is parsed with quoting, which pyarrow reads as the csv
module does up to the first quote the csv module refuses or finds open
(blockrecords.py): the rest of the block is bad. The row reader goes on
from the first byte of the bad part (resume.py).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from guidekit.scoring.blockchecks import for_the_row_reader
from guidekit.scoring.blockcut import END, Block, next_block
from guidekit.scoring.blockrecords import Records, block_records, taken
from guidekit.scoring.quoting import Codes, Quoted, quoted
from guidekit.scoring.recordcut import RecordCut

try:
    import pyarrow as pa
    from pyarrow import csv as pa_csv
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

AHEAD = 2


@dataclass(frozen=True)
class Parsed:
    """A block's mapped columns (None if bad), its first byte and its lines.

    `records` is None when each row is one line, as in a block without
    quotes.
    """

    offset: int
    columns: dict[str, Any] | None
    records: Records | None = None

    def lines(self, rows: int) -> int:
        """How many lines the block's `rows` rows take."""
        return rows if self.records is None else self.records.lines

    def row_lines(self, line: int) -> Codes | None:
        """Each row's line when the block starts on `line`; None if one a line."""
        starts = None if self.records is None else self.records.starts
        return None if starts is None else line + starts


def parsed_blocks(path: Path, offset: int, width: int, index: dict[str, int],
                  delimiter: str, size: int) -> Iterator[Parsed]:
    """Each block's mapped columns, dictionary-encoded, and where it starts.

    The columns are None for a bad block (or the bad end of one), the
    last given. Blocks start after the header, at byte `offset`; `width`
    is the header's number of fields and `index` the mapped roles' places
    among them; a block is about `size` bytes.
    """
    parse = _parser(width, index, delimiter)
    cut = None if delimiter == "\t" else RecordCut(delimiter)
    with open(path, "rb") as handle, ThreadPoolExecutor(AHEAD) as pool:
        handle.seek(offset)
        read = partial(next_block, handle, size, cut)
        parsing = ((block[1], pool.submit(parse, block, _values(cut, block)))
                   for block in iter(read, END))
        ahead = deque(islice(parsing, AHEAD))
        while ahead:
            length, done = ahead.popleft()
            ahead.extend(islice(parsing, 1))
            columns, used, records = done.result()
            if used:
                yield Parsed(offset, columns, records)
            if used < length:
                yield Parsed(offset + used, None)
                return
            offset += length


def _values(cut: RecordCut | None, block: Block) -> Quoted | None:
    return None if cut is None else cut.values_of(*block)


Result = tuple[dict[str, Any] | None, int, Records | None]
_BAD: Result = (None, 0, None)


def _parser(width: int, index: dict[str, int],
            delimiter: str) -> Callable[[Block, Quoted | None], Result]:
    names = [f"c{j}" for j in range(width)]
    wanted = {role: names[at] for role, at in index.items()}
    read = pa_csv.ReadOptions(column_names=names)
    convert = pa_csv.ConvertOptions(
        include_columns=list(wanted.values()),
        column_types=dict.fromkeys(wanted.values(), pa.string()),
        strings_can_be_null=False)
    plain, quoting = (
        pa_csv.ParseOptions(delimiter=delimiter, quote_char=quote,
                            newlines_in_values=bool(quote), ignore_empty_lines=False)
        for quote in (False, '"'))

    def table(data: bytes, used: int, options: Any) -> Any:
        try:
            return pa_csv.read_csv(pa.py_buffer(data).slice(0, used), read, options,
                                   convert)
        except pa.ArrowInvalid:
            return None

    def columns(found: Any) -> dict[str, Any]:
        return {role: found.column(name).combine_chunks().dictionary_encode()
                for role, name in wanted.items()}

    def parse(block: Block, values: Quoted | None) -> Result:
        """The columns of the block's first `used` bytes, `used` (0: none), lines."""
        data, end = block
        if delimiter == "\t" or data.find(b'"', 0, end) < 0:
            found = None if for_the_row_reader(data, end) else table(data, end, plain)
            return _BAD if found is None else (columns(found), end, None)
        if values is None:
            values = quoted(data, end, delimiter)
        used = taken(data, end, values)
        if not used or for_the_row_reader(data, used, long=False):
            return _BAD
        found = table(data, used, quoting)
        records = None if found is None else block_records(data, used, values,
                                                           found.num_rows)
        return _BAD if records is None else (columns(found), used, records)
    return parse

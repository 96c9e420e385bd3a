"""Long-format CSV and TSV read a block at a time with pyarrow, when installed.

The fast way through a large submissions file (`pip install
'guidekit[fast]'`). pyarrow parses a block of rows into dictionary-
encoded columns, so a name, an item id or a label is looked at once per
block however often it repeats, and only once per file normalised and
coded (blockcodes.py); the rows are counted with numpy (batch.py). The
results are the row reader's (delimited.py, tables.py), row for row: the
same buckets, first answers, examples and line numbers.

Quoted values in a CSV file are read as the csv module reads them
(blockrecords.py). The rest is left to the row reader, which is strict
and says what is wrong: a header with provenance columns or one that
takes more than a line, and, from the record where they start, a quote
the csv module refuses or one left open, and from the block where they
start, rows pyarrow cannot split into the header's fields or with an
empty value in a mapped column (blank lines included), a field longer
than the csv module allows, or text that is not UTF-8. `read_columnar`
returns where the row reader goes on from: that record's first byte and
line number (resume.py), so no row is read twice; None when it read
the whole file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from guidekit.scoring.batch import add_batch
from guidekit.scoring.blockcodes import code_block, new_memo
from guidekit.scoring.blockparse import parsed_blocks
from guidekit.scoring.columns import Columns
from guidekit.scoring.delimited import header_delimiter
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.header_columns import column_index, optional_index
from guidekit.scoring.progress import Progress
from guidekit.scoring.resume import WHOLE, Start
from guidekit.scoring.tables import CountTables

try:
    import pyarrow as pa
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

#: Bytes per block, about: 4 MiB is some 300,000 rows of a plain file.
BLOCK = 1 << 22
FIRST_ROW = 2


def available() -> bool:
    """Whether pyarrow is installed, so the columnar read can run."""
    return pa is not None


def read_columnar(path: Path, shown: str, columns: Columns, delimiter: str,
                  key: GoldKey, tables: CountTables,
                  progress: Progress | None = None) -> Start | None:
    """Count what it can of one file; where to go on from, or None if done."""
    header = _header(path, delimiter)
    if header is None:
        return WHOLE
    names, delimiter, size = header
    index = column_index(shown, names, columns, delimiter)
    if optional_index(names, columns):
        return WHOLE
    line, memo = FIRST_ROW, new_memo()
    for block in parsed_blocks(path, size, len(names), index, delimiter, BLOCK):
        batch = None if block.columns is None else code_block(
            block.columns, line, tables, key, memo, block.row_lines(line))
        if batch is None:
            return Start(block.offset, line)
        add_batch(tables, batch, shown, key)
        line += block.lines(batch.rows)
        if progress is not None:
            progress(shown, batch.line_of(batch.rows - 1))
    return None


def _header(path: Path, delimiter: str) -> tuple[list[str], str, int] | None:
    """The header's names, the delimiter and the header's length in bytes.

    None if the row reader must read the file.
    """
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError):
        return None
    first = line.removeprefix("\ufeff")  # as utf-8-sig reads it
    if delimiter == ",":
        delimiter = header_delimiter(first)
    try:
        names = next(_reader(first, delimiter), None)
    except csv.Error:  # a field past the size limit, a quote open at the line's
        return None    # end (the header takes more lines): the row reader reads it
    if not names or not first.endswith(("\n", "\r")):
        return None
    return names, delimiter, len(line.encode("utf-8"))


def _reader(line: str, delimiter: str) -> Iterator[list[str]]:
    """The csv module's reader of one line, as the row reader reads the file."""
    if delimiter == "\t":
        return csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE)
    return csv.reader([line], delimiter=delimiter, strict=True)

"""CSV and TSV submissions, read with the csv module, one row at a time.

Files are UTF-8 (a byte-order mark is dropped) with a header row. In CSV
fields may be quoted and a quoted field may hold newlines; the reader is
strict, so a quote left open is an error, not the rest of the file
swallowed into one field. TSV is read with quoting off, as tab-separated
exports are written: a `"` in a comment column is text. A `.csv` file
saved by Excel in a locale with decimal commas is `;`-separated: the
delimiter of a CSV file is sniffed from its header line (`,` or `;`;
`,` when the line does not tell). Lines that hold
no value at all (blank, or only delimiters) are passed over: they carry
no answer. Columns beyond the mapped ones are ignored, but a row with
more fields than the header is bad: a value was split or shifted. The
columnar reader hands a file over part-way, at a line (resume.py): the
header is read, then the rows from that line on.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TextIO

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.header_columns import column_index, optional_index
from guidekit.scoring.open_quote import unreadable_row
from guidekit.scoring.resume import WHOLE, Start, open_text
from guidekit.scoring.rows import BadRow, Row, make_row


def read_delimited(path: Path, shown: str, columns: Columns, delimiter: str,
                   start: Start = WHOLE) -> Iterator[Row | BadRow]:
    """Rows of one CSV (delimiter ',') or TSV (delimiter '\\t') file.

    From `start` on when given: a line after the header where a row
    starts (resume.py); the header is read all the same.
    """
    with open_text(path, 0) as handle:
        if delimiter == ",":
            delimiter = header_delimiter(handle.readline())
            handle.seek(0)
        reader = _reader(handle, delimiter)
        try:
            header = _header(shown, next(reader, None), columns, delimiter)
        except csv.Error as exc:
            raise unreadable_row(path, shown, WHOLE, 1, delimiter, exc) from None
        if not start.offset:
            yield from _rows(path, shown, reader, WHOLE, header, delimiter)
            return
    with open_text(path, start.offset) as rest:
        yield from _rows(path, shown, _reader(rest, delimiter), start, header,
                         delimiter)


class _Reader(Protocol):
    """What is used of a csv.reader."""

    @property
    def line_num(self) -> int: ...

    def __iter__(self) -> Iterator[list[str]]: ...

    def __next__(self) -> list[str]: ...


@dataclass(frozen=True)
class _Header:
    """What the header row says: where each column is read from."""

    index: dict[str, int]
    extra: dict[str, int]
    width: int
    columns: Columns


def _reader(handle: TextIO, delimiter: str) -> _Reader:
    if delimiter == "\t":
        return csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
    return csv.reader(handle, delimiter=delimiter, strict=True)


def _header(shown: str, names: list[str] | None, columns: Columns,
            delimiter: str) -> _Header:
    if names is None:
        raise InputError(shown, None, "file is empty; expected a header row "
                         "naming the columns")
    index = column_index(shown, names, columns, delimiter)
    return _Header(index, optional_index(names, columns), len(names), columns)


def _rows(path: Path, shown: str, reader: _Reader, start: Start, header: _Header,
          delimiter: str) -> Iterator[Row | BadRow]:
    """The rows `reader` reads, numbered on from line `start.line`."""
    before = start.line - 1  # lines before the first one `reader` reads
    line = before + reader.line_num + 1
    try:
        for record in reader:
            number, line = line, before + reader.line_num + 1
            if any(field.strip() for field in record):
                yield _row(shown, number, record, header)
    except csv.Error as exc:
        raise unreadable_row(path, shown, start, line, delimiter, exc) from None


def header_delimiter(line: str) -> str:
    """`;` or `,`: what csv.Sniffer finds in a CSV header line; `,` if unsure."""
    try:
        return csv.Sniffer().sniff(line, delimiters=",;").delimiter
    except csv.Error:
        return ","


def _row(shown: str, number: int, record: list[str],
         header: _Header) -> Row | BadRow:
    index, width = header.index, header.width
    if len(record) <= max(index.values()) or len(record) > width:
        return BadRow(shown, number, f"row has {len(record)} field(s) but the "
                      f"header has {width}")
    values = {role: record[at] for role, at in index.items()}
    values |= {name: record[at] for name, at in header.extra.items()
               if at < len(record)}
    return make_row(shown, number, values, header.columns)

"""Long-format CSV and TSV read a block at a time with pyarrow, when installed.

The fast way through a large submissions file (`pip install
'guidekit[fast]'`). pyarrow parses a block of rows into columns; each
column is dictionary-encoded, so a name, an item id or a label is
normalised and looked up once per block however often it repeats, and
the rows are counted with numpy. The results are the row reader's
(delimited.py, tables.py), row for row: the same buckets, first answers,
examples and line numbers.

It takes only the plain case and leaves the rest to the row reader,
which is strict and says what is wrong: a CSV file holding a `"` (so
that every line is one row and quoting rules never differ), a header
with provenance columns, and, from the block where they start, rows
pyarrow cannot split into the header's fields or with an empty value in
a mapped column (blank lines included), a field longer than the csv
module allows, or text that is not UTF-8.
`read_columnar` returns the line the row reader should go on from, or
None when it read the whole file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.batch import Batch, add_batch
from guidekit.scoring.columns import Columns
from guidekit.scoring.delimited import column_index, header_delimiter, optional_index
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.progress import Progress
from guidekit.scoring.tables import CountTables
from guidekit.spec.spellings import normal

try:
    import pyarrow as pa
    from pyarrow import csv as pa_csv
except ImportError:  # pragma: no cover - the row reader takes every file
    pa = None

BLOCK = 1 << 22
#: The csv module's field size limit: the row reader refuses longer fields.
FIELD_LIMIT = csv.field_size_limit()
FIRST_ROW = 2


def available() -> bool:
    """Whether pyarrow is installed, so the columnar read can run."""
    return pa is not None


def read_columnar(path: Path, shown: str, columns: Columns, delimiter: str,
                  key: GoldKey, tables: CountTables,
                  progress: Progress | None = None) -> int | None:
    """Count what it can of one file; the line to go on from, or None if done."""
    header = _header(path, delimiter)
    if header is None:
        return FIRST_ROW
    names, delimiter = header
    index = column_index(shown, names, columns, delimiter)
    if optional_index(names, columns):
        return FIRST_ROW
    line = FIRST_ROW
    for block in _blocks(path, len(names), index, delimiter):
        if block is None:
            return line
        batch = _batch(block, line, tables, key)
        if batch is None:
            return line
        add_batch(tables, batch, shown, key)
        line += batch.rows
        if progress is not None:
            progress(shown, line - 1)
    return None


def _header(path: Path, delimiter: str) -> tuple[list[str], str] | None:
    """The header's names and the delimiter, or None if the row reader must read."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            first = handle.readline()
    except (OSError, UnicodeDecodeError):
        return None
    if delimiter == ",":
        if _has_quote(path):
            return None
        delimiter = header_delimiter(first)
    names = next(csv.reader([first], delimiter=delimiter, quoting=csv.QUOTE_NONE),
                 None)
    if not names or not first.endswith("\n"):
        return None
    return names, delimiter


def _has_quote(path: Path) -> bool:
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 24):
            if b'"' in chunk:
                return True
    return False


def _blocks(path: Path, width: int, index: dict[str, int],
            delimiter: str) -> Iterator[Any]:
    """Blocks of the mapped columns as pyarrow columns; None on a bad one.

    The file is cut into blocks at line ends here and each block parsed
    on its own: pyarrow's streaming reader reads ahead without bound
    when parsing is the slower side, and memory must not grow with rows.
    """
    names = [f"c{j}" for j in range(width)]
    wanted = {role: names[at] for role, at in index.items()}
    options = (pa_csv.ReadOptions(column_names=names),
               pa_csv.ParseOptions(delimiter=delimiter, quote_char=False,
                                   ignore_empty_lines=False),
               pa_csv.ConvertOptions(
                   include_columns=list(wanted.values()),
                   column_types=dict.fromkeys(wanted.values(), pa.string()),
                   strings_can_be_null=False))
    with open(path, "rb") as handle:
        handle.readline()
        while block := handle.read(BLOCK) + handle.readline():
            try:
                table = pa_csv.read_csv(pa.py_buffer(block), *options)
            except pa.ArrowInvalid:
                yield None
                return
            yield {role: table.column(name).combine_chunks()
                   for role, name in wanted.items()}


def _batch(block: dict[str, Any], line: int, tables: CountTables,
           key: GoldKey) -> Batch | None:
    """Codes for one block's rows, or None when a mapped value is empty."""
    coded = {role: column.dictionary_encode() for role, column in block.items()}
    entries = {role: c.dictionary.to_pylist() for role, c in coded.items()}
    if any(not value.strip() or len(value) > FIELD_LIMIT
           for values in entries.values() for value in values):
        return None
    rows = {role: _indices(c.indices) for role, c in coded.items()}
    first = tables.first
    names = _lookup([first.annotator(normal(v)) for v in entries["annotator"]])
    labels = _lookup([_label(key, v) for v in entries["label"]])
    annotator, label = names[rows["annotator"]], labels[rows["label"]]
    item = _items(tables, entries["item"], rows["item"], label >= 0)
    return Batch(line, annotator, item, label, entries["label"], rows["label"])


def _indices(array: Any) -> NDArray[np.int64]:
    """A dictionary's int32 indices as numpy, read from the buffer.

    Array.to_numpy would do, but it imports pandas when that is installed,
    which costs more than the whole read of a million rows.
    """
    if array.type != pa.int32() or array.null_count:
        raise ValueError(f"expected int32 indices without nulls, got {array.type}")
    data = np.frombuffer(array.buffers()[1], dtype=np.int32,
                         count=len(array) + array.offset)
    return data[array.offset:].astype(np.int64)


def _label(key: GoldKey, value: str) -> int:
    found = key.label_of(value)
    return -1 if found is None else key.labels.index(found)


def _items(tables: CountTables, entries: list[str], rows: NDArray[np.int64],
           known: NDArray[np.bool_]) -> NDArray[np.int64]:
    """Item codes, given to items in the order first seen with a known label.

    Dictionary entries come in the order first seen, so when every label
    is known that order is the one wanted as it is.
    """
    if known.all():
        order = list(range(len(entries)))
    else:
        seen, at = np.unique(rows[known], return_index=True)
        order = seen[np.argsort(at, kind="stable")].tolist()
    codes = np.full(len(entries), -1, dtype=np.int64)
    item = tables.first.item
    codes[order] = [item(normal(entries[entry])) for entry in order]
    return codes[rows]


def _lookup(codes: list[int]) -> NDArray[np.int64]:
    return np.asarray(codes, dtype=np.int64)

"""Read every submission file once into count tables (tables.py).

Long-format CSV and TSV files go through the columnar reader when
pyarrow is installed (columnar.py); it hands back where the row reader
must take over, if anywhere: a byte offset and its line number, so the
row reader starts there (resume.py) and the rows before are parsed once.
Every other file is read row by row (read.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from guidekit.scoring import columnar
from guidekit.scoring.buckets import add_bad, add_note
from guidekit.scoring.columns import Columns
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.progress import Progress, reporting
from guidekit.scoring.read import DELIMITERS, read_rows
from guidekit.scoring.resume import WHOLE, Start
from guidekit.scoring.rows import BadRow, Note
from guidekit.scoring.sniff import sniff_format
from guidekit.scoring.tables import CountTables, add_row, finish


def count_tables(paths: Iterable[str | Path], key: GoldKey, columns: Columns,
                 *, lenient: bool = False, progress: Progress | None = None,
                 fast: bool = True) -> CountTables:
    """Read every file once and count; InputError on a bad row unless lenient.

    `fast=False` reads every file row by row, pyarrow or not.
    """
    tables = CountTables.empty(key)
    for path in paths:
        start = _columnar(Path(path), columns, key, tables, progress) if fast else WHOLE
        if start is None:
            continue
        rows = reporting(read_rows(path, columns, start=start), str(path), progress)
        for row in rows:
            if isinstance(row, Note):
                add_note(tables, row)
                continue
            tables.rows += 1
            if isinstance(row, BadRow):
                add_bad(tables, row, lenient)
            else:
                add_row(tables, key, row)
    return finish(tables, key)


def _delimiter(path: Path, columns: Columns) -> str | None:
    """The delimiter if `path` is long-format CSV or TSV the columnar reader takes."""
    delimiter = DELIMITERS.get(path.suffix.lower())
    if delimiter is None or not columnar.available() or not path.is_file():
        return None
    if columns.input_format not in ("auto", "long"):
        return None
    if columns.input_format == "auto" and sniff_format(path) != "long":
        return None
    return delimiter


def _columnar(path: Path, columns: Columns, key: GoldKey, tables: CountTables,
              progress: Progress | None) -> Start | None:
    """None when the columnar reader read the whole file, else where to go on."""
    delimiter = _delimiter(path, columns)
    if delimiter is None:
        return WHOLE
    return columnar.read_columnar(path, str(path), columns, delimiter, key, tables,
                                  progress)


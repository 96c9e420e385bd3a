"""Read submission files of any supported kind, one row at a time.

Supported: `.csv` (comma-separated), `.tsv` and `.tab` (tab-separated),
`.jsonl` and `.ndjson` (one JSON object per line); the suffix decides.
Nothing is kept: rows are yielded as they are read, so memory stays flat
however large the files are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.delimited import read_delimited
from guidekit.scoring.jsonl import read_jsonl
from guidekit.scoring.rows import BadRow, Row

Reader = Callable[[Path, str, Columns], Iterator[Row | BadRow]]

READERS: dict[str, Reader] = {
    ".csv": lambda path, shown, cols: read_delimited(path, shown, cols, ","),
    ".tsv": lambda path, shown, cols: read_delimited(path, shown, cols, "\t"),
    ".tab": lambda path, shown, cols: read_delimited(path, shown, cols, "\t"),
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def reader_for(path: str | Path) -> Reader:
    """The reader for `path`'s suffix, or InputError naming the known ones."""
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        what = f"'{suffix}'" if suffix else "without a suffix"
        raise InputError(str(path), None, f"unknown kind of file {what}; "
                         f"name it with one of {kinds}")
    return reader


def read_rows(path: str | Path, columns: Columns) -> Iterator[Row | BadRow]:
    """Every data row of one file, as Row or BadRow; InputError for the file.

    >>> rows = read_rows("answers.csv", Columns())  # doctest: +SKIP
    """
    shown = str(path)
    reader = reader_for(path)
    path = Path(path)
    try:
        yield from reader(path, shown, columns)
    except UnicodeDecodeError:
        line, byte = _bad_utf8(path)
        raise InputError(shown, line, f"byte {byte:#04x} is not UTF-8; "
                         "save the file as UTF-8") from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise InputError(shown, None, f"cannot read file: {reason}") from None


def _bad_utf8(path: Path) -> tuple[int | None, int]:
    """Line number and value of the first byte that is not UTF-8."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return number, line[exc.start]
    return None, 0

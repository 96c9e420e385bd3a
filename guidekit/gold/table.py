"""Read a table (CSV, TSV or JSONL) into rows that remember their line.

CSV is read with normal quoting. TSV is read with quoting off: a `"` is
an ordinary character there, which is how most TSV exports (and the RTE
data) are written. JSONL holds one object per line. All three are UTF-8,
with or without a byte-order mark.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import InputError

KINDS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl",
         ".ndjson": "jsonl"}


@dataclass(frozen=True)
class Row:
    """One record: the line it starts on (1-based) and its cells."""

    line: int
    cells: dict[str, Any]


@dataclass(frozen=True)
class Table:
    """The rows of one file; `columns` is the header (or JSONL's first keys)."""

    path: str
    columns: list[str]
    rows: list[Row]


def read_table(path: str | Path, *, delimiter: str = ",") -> Table:
    """Read `path`, choosing the reader by its extension.

    `delimiter` is a CSV file's field separator (TSV is always tabs).

    >>> read_table("no/such.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    guidekit.errors.InputError: no/such.txt: unknown table kind '.txt'; ...
    """
    shown = str(path)
    kind = KINDS.get(Path(path).suffix.lower())
    if kind is None:
        raise InputError(shown, None, f"unknown table kind '{Path(path).suffix}'; "
                         f"use one of {', '.join(sorted(KINDS))}")
    text = _read_text(Path(path), shown)
    if kind == "jsonl":
        return _jsonl(shown, text)
    return _delimited(shown, text, tsv=kind == "tsv", delimiter=delimiter)


def _read_text(path: Path, shown: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, None, "cannot read file: "
                         f"{(exc.strerror or str(exc)).lower()}") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(shown, line, f"byte at offset {exc.start} is not UTF-8; "
                         "save the file as UTF-8") from exc


def _delimited(shown: str, text: str, *, tsv: bool, delimiter: str = ",") -> Table:
    records = _records(shown, text, tsv=tsv, delimiter=delimiter)
    first = next(records, None)
    if first is None:
        raise InputError(shown, None, "file is empty; expected a header row")
    header = first[1]
    _check_header(shown, header)
    rows = []
    for line, cells in records:
        if len(cells) != len(header):
            raise InputError(shown, line, f"row has {len(cells)} field(s), the "
                             f"header has {len(header)}")
        rows.append(Row(line, dict(zip(header, cells, strict=True))))
    return Table(shown, header, rows)


def _records(shown: str, text: str, *, tsv: bool,
             delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    lines = io.StringIO(text, newline="")
    if tsv:
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    else:
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(shown, start, f"unreadable row: {exc}") from exc
        if cells:
            yield start, cells
        start = reader.line_num + 1


def _check_header(shown: str, header: list[str]) -> None:
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(shown, 1, f"column '{name}' appears twice in the "
                             "header")
        seen.add(name)


def _jsonl(shown: str, text: str) -> Table:
    rows = []
    for line, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            cells = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(shown, line, f"invalid JSON: {exc.msg}") from exc
        if not isinstance(cells, dict):
            raise InputError(shown, line, "expected a JSON object on each line")
        rows.append(Row(line, cells))
    columns = list(rows[0].cells) if rows else []
    return Table(shown, columns, rows)

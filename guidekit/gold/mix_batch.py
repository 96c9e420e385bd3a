"""A production batch to hide honeypots in: read it, write it back.

A batch is a CSV, TSV or JSONL table (one row per item, read by
guidekit.gold.table) or a Label Studio tasks file (.json: a list of
`{"data": {...}}` tasks, see guidekit.gold.mix_labelstudio). Each row's
id is in the column `id_col` (for Label Studio, the data field of that
name); ids must be present and unique. The output keeps the batch's
format, columns and key order. A `.csv` batch may be `;`-separated (as
Excel writes it in decimal-comma locales): its delimiter is found from
the header line as `guidekit score` finds it (scoring.delimited), and
the output is written with the same one.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from guidekit.errors import InputError
from guidekit.gold.mix_labelstudio import read_tasks, tasks_text
from guidekit.gold.table import read_table
from guidekit.scoring.delimited import header_delimiter

BatchKind = Literal["csv", "tsv", "jsonl", "labelstudio"]


@dataclass(frozen=True)
class Batch:
    """The batch's rows (Label Studio: tasks) and where each starts.

    `columns` are the table's columns or the first task's data fields;
    `lines` the line each table row starts on (None for a task: errors
    then name it "task N"); `ids` the rows' ids as text; `int_ids` that
    every id is a JSON number; `delimiter` a CSV batch's field separator.
    """

    path: str
    kind: BatchKind
    columns: list[str]
    records: list[dict[str, Any]]
    lines: list[int | None]
    ids: list[str]
    int_ids: bool
    delimiter: str = ","

    def cells(self, record: dict[str, Any]) -> dict[str, Any]:
        """The row's columns: a table row itself, or a task's data."""
        if self.kind == "labelstudio":
            data: dict[str, Any] = record["data"]
            return data
        return record


def read_batch(path: str | Path, id_col: str) -> Batch:
    """Read the batch at `path`; InputError names the file and the row.

    >>> read_batch("no/such.csv", "id")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    guidekit.errors.InputError: no/such.csv: cannot read file: ...
    """
    shown, delimiter = str(path), ","
    if Path(path).suffix.lower() == ".json":
        tasks = read_tasks(shown)
        lines: list[int | None] = [None] * len(tasks)
        columns = list(tasks[0]["data"]) if tasks else []
        rows = [task["data"] for task in tasks]
        kind: BatchKind = "labelstudio"
    else:
        kind = _table_kind(shown)
        delimiter = _csv_delimiter(path) if kind == "csv" else ","
        table = read_table(path, delimiter=delimiter)
        tasks = rows = [row.cells for row in table.rows]
        lines = [row.line for row in table.rows]
        columns = table.columns
    ids = _ids(shown, rows, lines, id_col, columns)
    int_ids = all(isinstance(row[id_col], int) for row in rows)
    return Batch(shown, kind, columns, tasks, lines, ids, int_ids, delimiter)


def _csv_delimiter(path: str | Path) -> str:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return header_delimiter(handle.readline())
    except (OSError, UnicodeDecodeError):
        return ","  # read_table then names the file and what is wrong


def _table_kind(shown: str) -> BatchKind:
    suffix = Path(shown).suffix.lower()
    if suffix in (".tsv", ".tab"):
        return "tsv"
    return "jsonl" if suffix in (".jsonl", ".ndjson") else "csv"


def row_error(shown: str, line: int | None, number: int,
              message: str) -> InputError:
    """An InputError at a table row's line, or naming task `number`."""
    if line is None:
        return InputError(shown, None, f"task {number}: {message}")
    return InputError(shown, line, message)


def _ids(shown: str, rows: list[dict[str, Any]], lines: list[int | None],
         id_col: str, columns: list[str]) -> list[str]:
    if not rows:
        raise InputError(shown, None, "the batch has no rows to hide items among")
    ids: list[str] = []
    first: dict[str, str] = {}
    for number, (row, line) in enumerate(zip(rows, lines, strict=True), 1):
        value = row.get(id_col)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or (
                not str(value).strip()):
            raise row_error(shown, line, number, f"no id in column '{id_col}' "
                            f"(columns: {', '.join(columns)}); name the id "
                            "column with --id-col")
        text = str(value)
        if text in first:
            raise row_error(shown, line, number, f"id '{text}' again (first on "
                            f"{first[text]}); batch ids must be unique")
        first[text] = f"task {number}" if line is None else f"row {line}"
        ids.append(text)
    return ids


def batch_text(batch: Batch, records: list[dict[str, Any]]) -> str:
    """The output file's text: `records` in the batch's own format."""
    if batch.kind == "labelstudio":
        return tasks_text(records)
    if batch.kind == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n"
                       for row in records)
    return _delimited(batch, records)


def _delimited(batch: Batch, records: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if batch.kind == "tsv":
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE,
                            lineterminator="\n")
    else:
        writer = csv.writer(out, delimiter=batch.delimiter, lineterminator="\n")
    writer.writerow(batch.columns)
    for row in records:
        try:
            writer.writerow([row.get(name, "") for name in batch.columns])
        except csv.Error as exc:
            raise InputError(batch.path, None, f"a row holds a tab or line "
                             f"break TSV cannot carry ({exc}); use CSV") from exc
    return out.getvalue()

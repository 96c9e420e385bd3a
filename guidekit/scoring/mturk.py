"""Mechanical Turk batch results CSV: one row per assignment.

The annotator is `WorkerId`. The item id is an `Input.*` column and the
label an `Answer.*` column: `--item-col NAME` reads `Input.NAME` (default
`Input.item`, else `Input.id`), `--label-col NAME` reads `Answer.NAME`
(default `Answer.label`); a name that already starts with `Input.` or
`Answer.` is used as it is. Assignments whose `AssignmentStatus` is
`Rejected` are left out and reported as notes ("rejected assignment");
Submitted and Approved ones are read. Rows are numbered by line, as in
any CSV file (the header is line 1); a row the csv module cannot read is
named as the long-format reader names it (open_quote.py).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.open_quote import unreadable_row
from guidekit.scoring.resume import WHOLE
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.scoring.toolrows import tool_row

Record = Row | BadRow | Note
STATUS = "AssignmentStatus"
SHOWN_COLUMNS = 12


def read_mturk(path: Path, shown: str, columns: Columns) -> Iterator[Record]:
    """Rows, bad rows and notes of one MTurk batch results file."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        line = 1
        try:
            header = [name.strip() for name in next(reader, [])]
            index = mturk_columns(shown, header, columns)
            line = reader.line_num + 1
            for record in reader:
                number, line = line, reader.line_num + 1
                if any(field.strip() for field in record):
                    yield _record(shown, number, record, index, len(header))
        except csv.Error as exc:
            raise unreadable_row(path, shown, WHOLE, line, ",", exc) from None


def mturk_columns(shown: str, header: Sequence[str],
                  columns: Columns) -> dict[str, int]:
    """Position of the annotator, item, label (and status) columns."""
    if not header:
        raise InputError(shown, None, "file is empty; expected an MTurk batch "
                         "results header (WorkerId, Input.*, Answer.*)")
    item = columns.given("item")
    wanted = {
        "annotator": columns.given("annotator") or "WorkerId",
        "item": _prefixed("Input.", item) if item else
        ("Input.item" if "Input.item" in header else "Input.id"),
        "label": _prefixed("Answer.", columns.given("label") or "label"),
    }
    for role, name in wanted.items():
        if name not in header:
            raise InputError(shown, 1, _missing(name, role, header))
    index = {role: header.index(name) for role, name in wanted.items()}
    if STATUS in header:
        index["status"] = header.index(STATUS)
    return index


def _prefixed(prefix: str, name: str) -> str:
    return name if name.startswith(prefix) else prefix + name


def _missing(name: str, role: str, header: Sequence[str]) -> str:
    prefix = {"item": "Input.", "label": "Answer."}.get(role, "")
    near = [col for col in header if prefix and col.startswith(prefix)] or header
    shown = ", ".join(f"'{col}'" for col in near[:SHOWN_COLUMNS])
    more = f" and {len(near) - SHOWN_COLUMNS} more" if len(near) > SHOWN_COLUMNS else ""
    option = {"annotator": "--annotator-col", "item": "--item-col",
              "label": "--label-col"}[role]
    return (f"no column '{name}' for the {role} (columns: {shown}{more}); "
            f"name the {role} column with {option}")


def _record(shown: str, number: int, record: list[str], index: dict[str, int],
            width: int) -> Record:
    if len(record) != width:
        return BadRow(shown, number, f"row has {len(record)} field(s) but the "
                      f"header has {width}")
    values = {role: record[at] for role, at in index.items()}
    if values.get("status", "").strip() == "Rejected":
        return Note(shown, number, "rejected assignment", f"assignment of "
                    f"'{values['annotator'].strip()}' was rejected; left out")
    worker = values["annotator"].strip()
    # the row number already names the line: say which assignment instead
    where = f"assignment of '{worker}'" if worker else "assignment"
    return tool_row(shown, number, where, values)

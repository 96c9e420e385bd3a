"""Gold side files as CSV: one gold item a row, under a header row.

The header (line 1) names the columns, in any order:

- `id`, `label`, `rating`, `rationale`, `difficulty`, `pool`: that key of
  the gold item; the cell is stripped of spaces around it.
- `also`, `rules`, `tags`, `labels`: lists, their items separated by `|`
  (`R1|R7`); spaces around an item do not count.
- `item.<field>`: the item's field, such as `item.text`, taken exactly as
  written (spaces, line breaks and all).
- `provenance.<key>`: a provenance key, such as `provenance.source` or
  `provenance.reviewed_by`.

An empty cell is an absent key. Any other column is refused with a
problem at its header cell, and then no row of the file is read. Span
answers need a JSONL or YAML side file.

The file is UTF-8 (a byte-order mark is dropped) with the usual CSV
quoting: `"..."` around a cell that holds a comma, a quote or a line
break, and `""` for a quote inside. A row's place is the line it starts
on (the header is line 1); each cell's place is its own line and column.
"""

from __future__ import annotations

import csv
import difflib
import io
from typing import Any

from guidekit.problems import Problem
from guidekit.spec.gold_jsonl import decode_side_file
from guidekit.spec.models import Provenance
from guidekit.spec.where import Path_, Place, Where

TEXT_COLUMNS = ("id", "label", "rating", "rationale", "difficulty", "pool")
LIST_COLUMNS = ("also", "rules", "tags", "labels")
PROVENANCE_KEYS = tuple(info.alias or name
                        for name, info in Provenance.model_fields.items())
SEPARATOR = "|"


def read_csv(raw: bytes, shown: str, problems: list[Problem],
             fields: list[str]) -> tuple[list[Any], Where]:
    """Rows of a CSV side file, and where each row and cell stood.

    `fields` are the task's field names, for the hint on a bare field name
    used as a column.
    """
    text = decode_side_file(raw, shown, problems)
    if text is None:
        return [], Where()
    return _Reader(shown, problems, fields).read(text)


class _Reader:
    def __init__(self, shown: str, problems: list[Problem], fields: list[str]):
        self.shown, self.problems, self.fields = shown, problems, fields
        self.rows: list[Any] = []
        self.values: dict[Path_, Place] = {}
        self.keys: dict[Path_, Place] = {}
        self.broken = False

    def read(self, text: str) -> tuple[list[Any], Where]:
        lines = list(io.StringIO(text, newline=""))
        records = csv.reader(lines, strict=True)
        header = self._next(records, 1)
        if header is None or not any(name.strip() for name in header):
            if self.broken:
                return [], Where()
            self._problem(1, 1, "csv-header", "csv file has no header row",
                          "put the column names in line 1, such as id,label,item.text")
        elif self._header_ok(header, _starts(lines[:records.line_num], 1, header)):
            self._rows(records, lines, header)
        where = Where()
        where.put_all(self.values, self.keys)
        return self.rows, where

    def _rows(self, records: Any, lines: list[str], header: list[str]) -> None:
        start = records.line_num + 1
        while (cells := self._next(records, start)) is not None:
            end = records.line_num
            if any(cell.strip() for cell in cells):
                self._row(cells, header, start, lines[start - 1:end])
            start = end + 1

    def _next(self, records: Any, line: int) -> list[str] | None:
        try:
            cells: list[str] = next(records)
            return cells
        except StopIteration:
            return None
        except csv.Error as exc:
            self.broken = True
            self._problem(line, 1, "csv-syntax", f"unreadable row: {exc}",
                          'put "..." around a cell that holds a comma or a quote, '
                          'and write a quote inside it as ""')
            return None

    def _header_ok(self, header: list[str], starts: list[tuple[int, int]]) -> bool:
        seen: set[str] = set()
        ok = True
        for name, (line, col) in zip(header, starts, strict=False):
            problem = _column_problem(name, seen, self.fields)
            if problem is not None:
                self._problem(line, col, "csv-header", *problem)
                ok = False
            seen.add(name)
        return ok

    def _row(self, cells: list[str], header: list[str], line: int,
             lines: list[str]) -> None:
        if len(cells) != len(header):
            self._problem(line, 1, "csv-row",
                          f"row has {len(cells)} cell(s), the header has "
                          f"{len(header)}", "add or remove commas to match")
            return
        index = len(self.rows)
        self.values[(index,)] = (self.shown, line, 1)
        row: dict[str, Any] = {}
        starts = _starts(lines, line, cells)
        for name, value, (at_line, col) in zip(header, cells, starts, strict=True):
            place = (self.shown, at_line, col)
            if name in LIST_COLUMNS:
                quoted = lines[at_line - line][col - 1:col] == '"'
                self._list(row, index, name, value, place, exact=not quoted)
            else:
                self._cell(row, index, name, value, place)
        self.rows.append(row)

    def _cell(self, row: dict[str, Any], index: int, name: str, value: str,
              place: Place) -> None:
        group, dot, key = name.partition(".")
        if not value.strip():
            return
        if dot:
            inner = row.setdefault(group, {})
            if not inner:
                self._place((index, group), place)
            inner[key] = value if group == "item" else value.strip()
            self._place((index, group, key), place)
            return
        row[name] = value.strip()
        self._place((index, name), place)

    def _list(self, row: dict[str, Any], index: int, name: str, value: str,
              place: Place, *, exact: bool) -> None:
        """A list cell; each item's own column too when `exact` (unquoted)."""
        items = _split(value)
        if not items:
            return
        row[name] = [item for _, item in items]
        self._place((index, name), place)
        shown, line, col = place
        for i, (offset, _) in enumerate(items):
            self.values[(index, name, i)] = (shown, line, col + offset * exact)

    def _place(self, path: Path_, place: Place) -> None:
        self.values[path] = place
        self.keys[path] = place

    def _problem(self, line: int, col: int, code: str, message: str,
                 hint: str | None = None) -> None:
        self.problems.append(Problem(self.shown, line, col, "error", code,
                                     message, hint))


def _split(value: str) -> list[tuple[int, str]]:
    """The items of a list cell, each with its offset in the cell."""
    items, offset = [], 0
    for part in value.split(SEPARATOR):
        if part.strip():
            items.append((offset + len(part) - len(part.lstrip()), part.strip()))
        offset += len(part) + len(SEPARATOR)
    return items


def _column_problem(name: str, seen: set[str],
                    fields: list[str]) -> tuple[str, str | None] | None:
    """(message, hint) for a header cell that is not a column guidekit reads."""
    if name in seen:
        return f"column '{name}' appears twice in the header", "keep one of the two"
    group, dot, key = name.partition(".")
    if (group == "item" and key) or (not dot and name in _SIMPLE):
        return None
    if group == "provenance" and key in PROVENANCE_KEYS:
        return None
    if not name.strip():
        return "header has an empty column name", "name every column"
    known = [*_SIMPLE, *(f"item.{f}" for f in fields),
             *(f"provenance.{k}" for k in PROVENANCE_KEYS)]
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    if name in fields:
        close = [f"item.{name}"]
    hint = (f"did you mean '{close[0]}'?" if close
            else f"a gold item column is one of {', '.join(_SIMPLE)}")
    return (f"unknown column '{name}', expected a gold item key, item.<field> "
            "or provenance.<key>", hint)


_SIMPLE = (*TEXT_COLUMNS, *LIST_COLUMNS)


def _starts(lines: list[str], first: int, cells: list[str]) -> list[tuple[int, int]]:
    """(line, col) where each cell of the record in `lines` starts."""
    if not any('"' in line for line in lines):
        cols, col = [], 1
        for cell in cells:
            cols.append((first, col))
            col += len(cell) + 1
        return cols
    return _scan(lines, first)


def _scan(lines: list[str], first: int) -> list[tuple[int, int]]:
    starts, state = [(first, 1)], "start"
    for number, line in enumerate(lines, start=first):
        for col, char in enumerate(line.rstrip("\r\n"), start=1):
            if state == "quoted":
                state = "closed" if char == '"' else "quoted"
            elif char == ",":
                starts.append((number, col + 1))
                state = "start"
            elif char == '"' and state in ("start", "closed"):
                state = "quoted"
            elif state == "start":
                state = "plain"
    return starts

"""A block of rows as codes, counted into the tables all at once (numpy).

The columnar reader (columnar.py) turns each block of rows into a Batch;
`add_batch` does for the whole block what tables.add_row does for one
row, in the same order, so the counts, the kept first answers and the
examples (the first few, by line) come out the same.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.buckets import EXAMPLES, RowRef, admit_unknown, shorten
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.tables import CountTables, duplicate_detail

Codes = NDArray[np.int64]


@dataclass(frozen=True)
class Batch:
    """Rows from line `line` on: codes per row; item and label -1 if unknown.

    `label_entries` are the distinct label texts of the block and
    `label_rows` each row's index into them.
    """

    line: int
    annotator: Codes
    item: Codes
    label: Codes
    label_entries: list[str]
    label_rows: Codes
    #: Each row's line, when a quoted value spans lines; else one line a row.
    lines: Codes | None = None

    @property
    def rows(self) -> int:
        return len(self.annotator)

    def line_of(self, row: int) -> int:
        """The line row `row` (from 0) starts on."""
        return self.line + row if self.lines is None else int(self.lines[row])


def add_batch(tables: CountTables, batch: Batch, shown: str, key: GoldKey) -> None:
    """Count every row of `batch`, as tables.add_row would one by one."""
    tables.rows += batch.rows
    rows = np.flatnonzero(batch.label >= 0)
    a, i, y = batch.annotator, batch.item, batch.label
    if len(rows) < batch.rows:
        _unknown(tables, batch, np.flatnonzero(batch.label < 0), shown)
        a, i, y = a[rows], i[rows], y[rows]
    again, firsts = tables.first.claim_many(a, i, y)
    if len(again):
        _tally(tables, tables.duplicates, a[again])
        tables.duplicates_differing += int((firsts != y[again]).sum())
        _duplicate_examples(tables, batch, rows[again], firsts, shown, key)


def _tally(tables: CountTables, counter: dict[str, int], codes: Codes) -> None:
    names = tables.first.annotators
    counts = np.bincount(codes)
    for code in np.flatnonzero(counts).tolist():
        counter[names[code]] = counter.get(names[code], 0) + int(counts[code])


def _unknown(tables: CountTables, batch: Batch, rows: Codes, shown: str) -> None:
    if not len(rows):
        return
    _tally(tables, tables.unknown, batch.annotator[rows])
    entries, at, counts = np.unique(batch.label_rows[rows], return_index=True,
                                    return_counts=True)
    for k in np.argsort(at, kind="stable").tolist():
        admit_unknown(tables, batch.label_entries[entries[k]].strip(),
                      int(counts[k]))
    for row in rows[:EXAMPLES - len(tables.unknown_examples)].tolist():
        value = batch.label_entries[batch.label_rows[row]].strip()
        tables.unknown_examples.append(RowRef(shown, batch.line_of(row),
                                              f"label '{shorten(value)}'"))


def _duplicate_examples(tables: CountTables, batch: Batch, rows: Codes,
                        firsts: Codes, shown: str, key: GoldKey) -> None:
    room = EXAMPLES - len(tables.duplicate_examples)
    if room <= 0:
        return
    names, items = tables.first.annotators, tables.first.items
    for row, first in zip(rows[:room].tolist(), firsts[:room].tolist(),
                          strict=True):
        detail = duplicate_detail(
            names[batch.annotator[row]], items[batch.item[row]],
            key.labels[first], key.labels[batch.label[row]])
        tables.duplicate_examples.append(RowRef(shown, batch.line_of(row), detail))

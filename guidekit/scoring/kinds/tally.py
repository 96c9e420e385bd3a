"""Read submission files once into per-annotator counts for one task kind.

The same buckets as single_label scoring (tables.py): each readable
row is a gold answer, an answer to an item that is not gold, a row whose
cell names an unknown label (or a rating off the scale), or a repeat of
an (annotator, item) already answered, which is counted and left out so
the first answer is kept. A row whose cell cannot be read (answers.py)
is bad: InputError naming file, row and column, unless lenient, which
skips it and lists it. So rows = gold + non_gold + unknown + duplicates
+ skipped. Notes from tool exports are counted apart, as in tables.py.
The (annotator, item) answers seen so far are kept to find repeats.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidekit.scoring.buckets import (
    EXAMPLES,
    Buckets,
    RowRef,
    add_bad,
    add_duplicate,
    add_note,
    admit_unknown,
    repeat_detail,
    shorten,
)
from guidekit.scoring.columns import Columns
from guidekit.scoring.kinds.answers import CellError, Unknown
from guidekit.scoring.kinds.counts import Tally
from guidekit.scoring.kinds.key import Kind
from guidekit.scoring.progress import Progress, reporting
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Note, Row


@dataclass(kw_only=True)
class KindTables(Buckets):
    """Counts from every file; `tallies` holds every annotator with a read row."""

    tallies: dict[str, Tally] = field(default_factory=dict)


def tally(paths: Iterable[str | Path], kind: Kind[Any], columns: Columns, *,
          lenient: bool = False, progress: Progress | None = None) -> KindTables:
    """Read every file once and count; InputError on a bad row unless lenient."""
    counter = _Counter(kind, columns.name("label"), lenient)
    for path in paths:
        for record in reporting(read_rows(path, columns), str(path), progress):
            if isinstance(record, Note):
                counter.note(record)
            elif isinstance(record, BadRow):
                counter.tables.rows += 1
                counter.bad(record)
            else:
                counter.tables.rows += 1
                counter.add(record)
    return counter.tables


class _Counter:
    def __init__(self, kind: Kind[Any], column: str, lenient: bool) -> None:
        self.kind, self.column, self.lenient = kind, column, lenient
        self.tables = KindTables()
        self.seen: dict[tuple[str, str], Any] = {}

    def add(self, row: Row) -> None:
        try:
            answer = self.kind.read(row.label, row.item)
        except CellError as exc:
            self.bad(BadRow(row.path, row.row, f"label (column '{self.column}') "
                            f"{exc}"))
            return
        if isinstance(answer, Unknown):
            self._unknown(row, answer)
            return
        tally = self._tally(row.annotator)
        key = (row.annotator, row.item)
        if key in self.seen:
            self._duplicate(row, self.seen[key] != answer)
            return
        self.seen[key] = answer
        if not self.kind.score(tally, row.item, answer):
            self.tables.non_gold[row.annotator] += 1

    def _tally(self, annotator: str) -> Tally:
        found = self.tables.tallies.get(annotator)
        if found is None:
            found = self.tables.tallies[annotator] = Tally()
        return found

    def bad(self, row: BadRow) -> None:
        add_bad(self.tables, row, self.lenient)

    def note(self, note: Note) -> None:
        add_note(self.tables, note)

    def _unknown(self, row: Row, found: Unknown) -> None:
        tables = self.tables
        self._tally(row.annotator)
        tables.unknown[row.annotator] += 1
        for value in found.values:
            admit_unknown(tables, value, 1)
        if len(tables.unknown_examples) < EXAMPLES:
            tables.unknown_examples.append(RowRef(row.path, row.row,
                                                  self.kind.unknown(
                tuple(shorten(v) for v in found.values))))

    def _duplicate(self, row: Row, differs: bool) -> None:
        note = "a different answer" if differs else "the same answer"
        add_duplicate(self.tables, row.annotator, differs, RowRef(
            row.path, row.row, repeat_detail(row.annotator, row.item, note)))

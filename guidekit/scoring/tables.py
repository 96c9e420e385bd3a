"""Count tables: every submission row reduced to counts as it streams by.

The one table every figure comes from is `answers`, counting
(annotator, gold label, given label) over the gold items answered; an
answer that gold's `also` accepts is counted as agreeing with gold.
Beside it, per annotator: rows for items that are not gold, rows with a
label no spelling matches, and repeated rows. Rows are never kept; the
first label each annotator gave each item is (`given`), to find repeats
and for the figures that need items: agreement among annotators and
per-item diagnostics. That table grows with the number of answers.

Each readable row lands in exactly one bucket, so
rows = gold + non_gold + unknown_labels + duplicates + skipped.
A repeated (annotator, item) row is counted as a duplicate and left out:
the first answer is kept. A row whose label is unknown is not an answer
and does not claim its item. Notes (records a tool marks: cancelled,
rejected, ignored, ground truth) are not rows: they are counted by kind
in `notes`, with a few examples of each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from guidekit.errors import InputError
from guidekit.scoring.columns import Columns
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.progress import Progress, reporting
from guidekit.scoring.provenance import ProvenanceTables
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Note, Row

EXAMPLES = 5
UNKNOWN_VALUES = 20


@dataclass(frozen=True)
class RowRef:
    """A row worth showing: file, row number and what is wrong with it."""

    path: str
    row: int
    detail: str


@dataclass
class CountTables:
    """Counts gathered from every file; see the module text for buckets."""

    answers: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    annotators: dict[str, None] = field(default_factory=dict)
    non_gold: Counter[str] = field(default_factory=Counter)
    unknown: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    rows: int = 0
    duplicates_differing: int = 0
    unknown_values: Counter[str] = field(default_factory=Counter)
    unknown_examples: list[RowRef] = field(default_factory=list)
    duplicate_examples: list[RowRef] = field(default_factory=list)
    skipped: list[RowRef] = field(default_factory=list)
    given: dict[tuple[str, str], str] = field(default_factory=dict)
    notes: Counter[str] = field(default_factory=Counter)
    note_examples: list[RowRef] = field(default_factory=list)
    #: Optional provenance columns (source, prelabel, confidence, ...).
    provenance: ProvenanceTables = field(default_factory=ProvenanceTables)


def count_tables(paths: Iterable[str | Path], key: GoldKey, columns: Columns,
                 *, lenient: bool = False,
                 progress: Progress | None = None) -> CountTables:
    """Read every file once and count; InputError on a bad row unless lenient."""
    tables = CountTables()
    answered = tables.given
    for path in paths:
        for row in reporting(read_rows(path, columns), str(path), progress):
            if isinstance(row, Note):
                _note(tables, row)
                continue
            tables.rows += 1
            if isinstance(row, BadRow):
                _bad(tables, row, lenient)
            else:
                _add(tables, answered, key, row)
    return tables


def _note(tables: CountTables, note: Note) -> None:
    tables.notes[note.kind] += 1
    if tables.notes[note.kind] <= EXAMPLES:
        tables.note_examples.append(RowRef(note.path, note.row, note.detail))


def _bad(tables: CountTables, row: BadRow, lenient: bool) -> None:
    if not lenient:
        raise InputError(row.path, row.row, f"{row.reason}; fix the row, or use "
                         "--lenient to skip bad rows and list them")
    tables.skipped.append(RowRef(row.path, row.row, row.reason))


def _add(tables: CountTables, answered: dict[tuple[str, str], str],
         key: GoldKey, row: Row) -> None:
    tables.annotators.setdefault(row.annotator)
    given = key.label_of(row.label)
    if given is None:
        _unknown(tables, row)
        return
    first = answered.get((row.annotator, row.item))
    if first is not None:
        _duplicate(tables, row, first, given)
        return
    answered[(row.annotator, row.item)] = given
    answer = key.answers.get(row.item)
    tables.provenance.add(key, row, given, answer)
    if answer is None:
        tables.non_gold[row.annotator] += 1
        return
    gold = given if given in answer.accepted else answer.label
    tables.answers[(row.annotator, gold, given)] += 1


def _unknown(tables: CountTables, row: Row) -> None:
    tables.unknown[row.annotator] += 1
    value = row.label.strip()
    if value in tables.unknown_values or len(tables.unknown_values) < UNKNOWN_VALUES:
        tables.unknown_values[value] += 1
    if len(tables.unknown_examples) < EXAMPLES:
        tables.unknown_examples.append(RowRef(row.path, row.row, f"label '{value}'"))


def _duplicate(tables: CountTables, row: Row, first: str, given: str) -> None:
    tables.duplicates[row.annotator] += 1
    differs = first != given
    tables.duplicates_differing += differs
    if len(tables.duplicate_examples) < EXAMPLES:
        note = (f"a different label ('{given}', first '{first}')" if differs
                else "the same label")
        tables.duplicate_examples.append(RowRef(
            row.path, row.row, f"annotator '{row.annotator}' answered item "
            f"'{row.item}' again with {note}; the first answer is kept"))

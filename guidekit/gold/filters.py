"""Keep only the table rows whose cells hold given values (`--where`).

A filter is a list of (column, value) conditions; a row is kept when every
named cell, stripped, equals its value exactly. Kept rows keep their line
numbers, so later errors still point at the right row of the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guidekit.errors import InputError
from guidekit.gold.cells import Cells
from guidekit.gold.table import Table

Where = Mapping[str, str] | Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Filtered:
    """The rows a filter kept, and how many it skipped."""

    table: Table
    skipped: int


def where_pairs(where: Where) -> tuple[tuple[str, str], ...]:
    """The conditions as (column, value) pairs, values stripped.

    >>> where_pairs({"ok": " Yes "})
    (('ok', 'Yes'),)
    """
    pairs = where.items() if isinstance(where, Mapping) else where
    return tuple((col, value.strip()) for col, value in pairs)


def filter_rows(table: Table, where: Where) -> Filtered:
    """The rows of `table` that meet every condition of `where`."""
    pairs = where_pairs(where)
    for col, _ in pairs:
        if col not in table.columns:
            raise InputError(table.path, None, f"--where column '{col}' is not "
                             f"in the table; columns: {', '.join(table.columns)}")
    kept = [row for row in table.rows
            if all(Cells(table.path, row).text(col) == value
                   for col, value in pairs)]
    return Filtered(Table(table.path, table.columns, kept),
                    len(table.rows) - len(kept))

"""Optional report parts (agreement, diagnostics) as plain HTML tables.

A report may carry more than the per-annotator figures; the HTML page
shows each such part it finds, and nothing when it is absent or None.
Their shapes grow on their own, so they are shown generically: a
record's simple fields become name/value lines (a Figure or Interval as
its text, a number with 3 decimals), and each tuple of records becomes
a table of their simple fields, cut after MAX_ROWS rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from guidekit.scoring.figures import Figure, Interval

PARTS = (("agreement", "Agreement among annotators"),
         ("diagnostics", "Diagnostics"))
MAX_ROWS = 25
DEPTH = 2


@dataclass(frozen=True)
class Table:
    title: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    hidden: int


@dataclass(frozen=True)
class Part:
    title: str
    lines: tuple[tuple[str, str], ...]
    tables: tuple[Table, ...]


def optional_parts(report: object) -> list[Part]:
    """Each optional part `report` has, ready to show; [] when none."""
    found = [(getattr(report, name, None), title) for name, title in PARTS]
    return [part(value, title) for value, title in found if value is not None]


def part(value: object, title: str) -> Part:
    """One record (or mapping) as lines and tables."""
    lines: list[tuple[str, str]] = []
    tables: list[Table] = []
    _collect(value, "", lines, tables, DEPTH)
    return Part(title, tuple(lines), tuple(tables))


def simple(value: object) -> str | None:
    """The text of a value shown in one cell, or None if it is not simple."""
    if isinstance(value, (Figure, Interval)):
        return value.text()
    if isinstance(value, bool) or value is None:
        return {True: "yes", False: "no", None: "n/a"}[value]
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (int, str)):
        return str(value)
    return None


def _fields(value: object) -> list[tuple[str, Any]]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        return [(str(k), v) for k, v in value.items()]
    return []


def _collect(value: object, prefix: str, lines: list[tuple[str, str]],
             tables: list[Table], depth: int) -> None:
    for name, item in _fields(value):
        label = f"{prefix}{name}".replace("_", " ")
        text = simple(item)
        if text is not None:
            lines.append((label, text))
        elif isinstance(item, (tuple, list)) and item and _fields(item[0]):
            tables.append(_table(label, item))
        elif depth > 1 and _fields(item):
            _collect(item, f"{label}: ", lines, tables, depth - 1)


def _table(title: str, records: tuple[Any, ...] | list[Any]) -> Table:
    head = tuple(name for name, v in _fields(records[0]) if simple(v) is not None)
    rows = tuple(tuple(simple(dict(_fields(r)).get(h)) or "" for h in head)
                 for r in records[:MAX_ROWS])
    return Table(title, tuple(h.replace("_", " ") for h in head), rows,
                 max(0, len(records) - MAX_ROWS))

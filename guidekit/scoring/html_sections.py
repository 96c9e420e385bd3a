"""Optional report parts (agreement, diagnostics, provenance) as HTML tables.

A report may carry more than the per-annotator figures; the HTML page
shows each such part it finds, and nothing when it is absent or None.
The known parts read as the text reports do: agreement as a figure /
value table (intervals as [low, high]) and its pairwise kappa table;
diagnostics and provenance as titled tables, MAX_ROWS rows at most, with
provenance's notes (calibration error, other guideline versions). Any
other record is shown generically: its simple fields become name/value
lines (a Figure or Interval as its text, a number with 3 decimals), and
each tuple of records a table of their simple fields.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from guidekit.scoring.agreement import Agreement
from guidekit.scoring.agreement_format import agreement_lines, pair_rows
from guidekit.scoring.diag_sections import Section, sections
from guidekit.scoring.diagnostics import Diagnostics
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.provenance_format import provenance_lines, provenance_sections
from guidekit.scoring.provenance_report import Provenance

PARTS = (("agreement", "Agreement among annotators"),
         ("diagnostics", "Diagnostics"),
         ("provenance", "Provenance: who or what labelled, and how well"))
MAX_ROWS = 25
DEPTH = 2


@dataclass(frozen=True)
class Table:
    """A titled table; `numeric` columns align right; `hidden` rows cut."""

    title: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    hidden: int
    numeric: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Part:
    """One part: figure/value lines, tables, notes; `key` names the part."""

    title: str
    lines: tuple[tuple[str, str], ...]
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = ()
    key: str = ""


def optional_parts(report: object) -> list[Part]:
    """Each optional part `report` has, ready to show; [] when none."""
    found = [(getattr(report, name, None), name, title) for name, title in PARTS]
    return [known(value, name, title) for value, name, title in found
            if value is not None]


def known(value: object, name: str, title: str) -> Part:
    """A known part read as the text reports read it, else shown generically."""
    if isinstance(value, Agreement):
        lines = tuple(_split(line) for line in agreement_lines(value))
        pairs = pair_rows(value)
        table = (Table("pairwise Cohen's kappa, lowest first", tuple(pairs[0]),
                       tuple(map(tuple, pairs[1:])), 0, frozenset({2, 3, 4})),)
        return Part(title, lines, table if len(pairs) > 1 else (), key=name)
    if isinstance(value, Diagnostics):
        return Part(title, (), tuple(map(_section, sections(value, MAX_ROWS))),
                    key=name)
    if isinstance(value, Provenance):
        tables = tuple(map(_section, provenance_sections(value, MAX_ROWS)))
        return Part(title, (), tables, tuple(provenance_lines(value)), name)
    return part(value, title)


def _split(line: str) -> tuple[str, str]:
    name, _, rest = line.partition(": ")
    return (name, rest) if rest else ("", line)


def _section(s: Section) -> Table:
    title = s.title.removeprefix("provenance: ")
    return Table(title[:1].upper() + title[1:], tuple(s.rows[0]),
                 tuple(map(tuple, s.rows[1:])), s.cut, s.right)


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

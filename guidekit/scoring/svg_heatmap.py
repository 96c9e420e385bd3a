"""Geometry of the confusion heat map in the HTML report.

Rows are the gold label, columns the label given, both in the spec's
order, from every annotator's gold answers pooled. Each cell shows its
count; its shade is the count's share of the row (row-normalised), so a
rare label's confusions are as visible as a common one's. Agreement
(the diagonal) and confusion are drawn in two hues. Labels are axis
text, cut to fit, with the full label in a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.report import ScoreReport
from guidekit.scoring.svg_accuracy import shorten

CELL, GAP, TOTAL_W, MIN_LEFT = 64, 12, 70, 56
ROW_CHARS, COL_CHARS, FLAT_CHARS = 24, 14, 7
CHAR_W = 7.2


@dataclass(frozen=True)
class Cell:
    x: float
    y: float
    count: int
    share: str
    opacity: str
    diagonal: bool
    dark: bool
    gold: str
    given: str


@dataclass(frozen=True)
class Axis:
    at: float
    name: str
    full: str
    total: int


@dataclass(frozen=True)
class HeatMap:
    """Everything the template needs to draw the heat map."""

    cells: tuple[Cell, ...]
    rows: tuple[Axis, ...]
    columns: tuple[Axis, ...]
    left: float
    top: float
    width: float
    height: float
    rotate: bool
    size: int = CELL


def heat_map(report: ScoreReport) -> HeatMap:
    """The pooled confusion matrix of `report`, laid out as cells."""
    labels, matrix = report.labels, report.overall.confusion
    longest = max((len(s) for s in labels), default=0)
    left = max(MIN_LEFT, GAP + min(ROW_CHARS, longest) * CHAR_W)
    rotate = longest > FLAT_CHARS
    top = 30 + (min(COL_CHARS, longest) * CHAR_W * 0.6 if rotate else 16)
    totals = [sum(row) for row in matrix]
    given = [sum(row[j] for row in matrix) for j in range(len(labels))]
    cells = tuple(_cell(left + j * CELL, top + i * CELL, count, totals[i],
                        i == j, labels[i], labels[j])
                  for i, row in enumerate(matrix) for j, count in enumerate(row))
    rows = tuple(Axis(top + (i + 0.5) * CELL, shorten(label, ROW_CHARS), label,
                      totals[i]) for i, label in enumerate(labels))
    columns = tuple(Axis(left + (j + 0.5) * CELL, shorten(label, COL_CHARS), label,
                         given[j]) for j, label in enumerate(labels))
    side = len(labels) * CELL
    return HeatMap(cells, rows, columns, round(left, 1), round(top, 1),
                   round(left + side + TOTAL_W, 1), round(top + side + 30, 1),
                   rotate)


def _cell(x: float, y: float, count: int, total: int, diagonal: bool,
          gold: str, given: str) -> Cell:
    share = count / total if total else 0.0
    opacity = 0.0 if not count else 0.08 + 0.92 * share
    return Cell(round(x, 1), y, count, f"{share:.0%}", f"{opacity:.2f}", diagonal,
                opacity > 0.55, gold, given)

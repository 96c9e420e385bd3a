"""Geometry of the calibration plots (reliability diagrams) in the HTML report.

One square plot per set of confidence bins: the x axis is the stated
confidence, the y axis the share of those answers gold accepts, both
0 to 1. Each non-empty bin is drawn as a bar over its width up to its
accuracy, and a point at (mean confidence, accuracy); its count is
written under the axis. The dashed diagonal is perfect calibration: a
point below it is overconfident. Empty bins draw nothing.

The pooled plot comes first, then one per (source, agent) group when
there are two or more groups, at most MAX_GROUPS. Numbers here are
pixels; the template writes the SVG and escapes every text.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.figures import Figure
from guidekit.scoring.provenance_report import Provenance, ReliabilityBin
from guidekit.scoring.svg_accuracy import shorten

MAX_GROUPS = 8
LEFT, TOP, SIDE, RIGHT, BOTTOM = 46, 14, 300, 14, 52
TITLE_CHARS = 40


@dataclass(frozen=True)
class Point:
    """One non-empty bin: its bar, its point and its count, in pixels."""

    bar_x: float
    bar_w: float
    bar_y: float
    bar_h: float
    x: float
    y: float
    count: int
    count_x: float
    tip: str


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class CalibrationPlot:
    """Everything the template needs to draw one reliability diagram."""

    title: str
    full: str
    calibrated: int
    ece: str
    points: tuple[Point, ...]
    ticks: tuple[Tick, ...]
    left: int = LEFT
    top: int = TOP
    side: int = SIDE
    width: int = LEFT + SIDE + RIGHT
    height: int = TOP + SIDE + BOTTOM


def calibration_plots(p: Provenance | None) -> tuple[CalibrationPlot, ...]:
    """The pooled plot, then one per group; () without confidences."""
    if p is None or not p.calibrated:
        return ()
    plots = [plot("all answers with a confidence", p.calibrated, p.ece,
                  p.reliability)]
    if len(p.calibration_groups) > 1:
        plots += [plot(f"{g.source} \u00b7 {g.agent or 'no agent'}", g.calibrated,
                       g.ece, g.reliability)
                  for g in p.calibration_groups[:MAX_GROUPS]]
    return tuple(plots)


def plot(title: str, calibrated: int, ece: Figure,
         bins: tuple[ReliabilityBin, ...]) -> CalibrationPlot:
    """One diagram of `bins`; only the non-empty bins get a point."""
    points = tuple(_point(b) for b in bins if b.count)
    ticks = tuple(Tick(k / 5, f"{k / 5:.1f}") for k in range(6))
    return CalibrationPlot(shorten(title, TITLE_CHARS), title, calibrated,
                           ece.text(), points, ticks)


def px(value: float) -> float:
    """The x pixel of a confidence in [0, 1]."""
    return round(LEFT + min(max(value, 0.0), 1.0) * SIDE, 1)


def py(value: float) -> float:
    """The y pixel of an accuracy in [0, 1] (up is more accurate)."""
    return round(TOP + (1.0 - min(max(value, 0.0), 1.0)) * SIDE, 1)


def _point(b: ReliabilityBin) -> Point:
    acc = b.accuracy.value or 0.0
    mean = b.confidence.value if b.confidence.value is not None else b.low
    tip = (f"confidence {b.low:.1f}-{b.high:.1f}: {b.count} answer(s), mean "
           f"confidence {b.confidence.text()}, accuracy {b.accuracy.text()}")
    return Point(px(b.low) + 1, round((b.high - b.low) * SIDE - 2, 1), py(acc),
                 round(py(0.0) - py(acc), 1), px(mean), py(acc), b.count,
                 round((px(b.low) + px(b.high)) / 2, 1), tip)

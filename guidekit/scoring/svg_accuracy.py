"""Geometry of the per-annotator accuracy chart in the HTML report.

One row per annotator, worst first as in the report: a bar from 0 to
the accuracy, the Wilson interval as an error bar, a tick at the
accuracy expected by chance from the annotator's own label use, and the
spec's pass accuracy as a vertical line. Beside it a volume bar, gold
answered against the busiest annotator, so that a heavy annotator near
chance stands out at once. Rows near chance are shaded.

Only the first MAX_ROWS annotators (the worst) are drawn; the chart
says how many more there are, and the table below lists every one.
Numbers here are pixels; the template writes the SVG and escapes text.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.report import AnnotatorScore, ScoreReport

MAX_ROWS = 60
NAME_CHARS = 22
ROW, TOP, BOTTOM = 20, 30, 8
NAME_W, VOL_W, GAP, PLOT_W, NOTE_W = 184, 96, 16, 420, 330
PLOT_X = NAME_W + VOL_W + GAP
TONES = {"pass": "pass", "fail": "fail", "borderline": "borderline",
         "not enough gold": "few"}


@dataclass(frozen=True)
class Bar:
    """One annotator's row; x values are pixels, None when undefined."""

    y: float
    name: str
    full: str
    n: int
    share: str
    volume: float
    length: float
    low: float | None
    high: float | None
    chance: float | None
    text: str
    verdict: str
    tone: str
    flags: str
    near_chance: bool


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class AccuracyChart:
    """Everything the template needs to draw the chart."""

    bars: tuple[Bar, ...]
    hidden: int
    width: int
    height: int
    ticks: tuple[Tick, ...]
    threshold: float | None
    threshold_text: str
    vol_x: int = NAME_W
    vol_w: int = VOL_W
    plot_x: int = PLOT_X
    plot_w: int = PLOT_W
    note_x: int = PLOT_X + PLOT_W + GAP
    row: int = ROW


def accuracy_chart(report: ScoreReport, max_rows: int = MAX_ROWS) -> AccuracyChart:
    """The chart for the worst `max_rows` annotators of `report`."""
    shown = report.annotators[:max_rows]
    busiest = max((a.gold_answered for a in report.annotators), default=0)
    total = sum(a.gold_answered for a in report.annotators)
    bars = tuple(_bar(TOP + i * ROW, a, busiest, total)
                 for i, a in enumerate(shown))
    threshold = report.spec.pass_accuracy
    return AccuracyChart(
        bars, len(report.annotators) - len(shown),
        PLOT_X + PLOT_W + GAP + NOTE_W, TOP + len(bars) * ROW + BOTTOM,
        tuple(Tick(x(v / 10), f"{v / 10:.1f}") for v in range(0, 11, 2)),
        None if threshold is None else x(threshold),
        "" if threshold is None else f"pass {threshold:g}")


def x(value: float) -> float:
    """Pixel position of an accuracy in [0, 1]."""
    return round(PLOT_X + min(max(value, 0.0), 1.0) * PLOT_W, 1)


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "\u2026"


def _bar(y: float, a: AnnotatorScore, busiest: int, total: int) -> Bar:
    low, high = a.interval.low, a.interval.high
    acc, chance = a.accuracy.value, a.chance.value
    share = f"{a.gold_answered / total:.1%}" if total else "0%"
    return Bar(
        y, shorten(a.annotator, NAME_CHARS), a.annotator, a.gold_answered, share,
        round(VOL_W * a.gold_answered / busiest, 1) if busiest else 0.0,
        0.0 if acc is None else round(x(acc) - PLOT_X, 1),
        None if low is None else x(low),
        None if high is None else x(high), None if chance is None else x(chance),
        f"{a.accuracy.text()} {a.interval.text()}", a.verdict,
        TONES.get(a.verdict, "other"), ", ".join(f.name for f in a.flags),
        any(f.name == "near chance" for f in a.flags))

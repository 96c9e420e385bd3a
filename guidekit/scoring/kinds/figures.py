"""The kind-specific figures of a report, per annotator and pooled.

What each kind gets (the modules say how each figure is defined):

- every kind: items (gold answered), exact matches and the exact-match
  rate with its Wilson 95% interval;
- multi_label: mean per-item Jaccard (sets.py) and P/R/F1 by label,
  micro and macro, matching "labels" (prf.py);
- span: P/R/F1 under "exact" and under "overlap" matching (spans.py);
- rating: linear and quadratic weighted kappa, mean absolute error in
  scale steps and the confusion matrix over the scale (ratings.py).

A figure a kind does not have is None; a figure it has but cannot
compute is a Figure.missing with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.kinds.counts import Tally
from guidekit.scoring.kinds.prf import MatchFigures, match_figures
from guidekit.scoring.kinds.ratings import (
    mean_absolute_error,
    rating_matrix,
    weighted_kappa,
)
from guidekit.scoring.metrics import wilson_interval

Matrix = tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class RatingFigures:
    """Agreement on an ordinal scale; confusion rows gold, columns given."""

    points: tuple[int, ...]
    linear_kappa: Figure
    quadratic_kappa: Figure
    mean_absolute_error: Figure
    confusion: Matrix


@dataclass(frozen=True)
class KindFigures:
    """One annotator's figures, or every gold answer pooled (annotator None)."""

    annotator: str | None
    items: int
    exact: int
    exact_rate: Figure
    interval: Interval
    jaccard: Figure | None
    matches: tuple[MatchFigures, ...]
    rating: RatingFigures | None


@dataclass(frozen=True)
class TaskFigures:
    """The kind's figures: pooled, then annotators in the report's order.

    `notes` says how figures were defined where a choice was made.
    """

    kind: str
    notes: tuple[str, ...]
    pooled: KindFigures
    annotators: tuple[KindFigures, ...]


def kind_figures(kind: str, annotator: str | None, tally: Tally,
                 labels: tuple[str, ...], points: range | None) -> KindFigures:
    """The figures of `kind` from one tally; `points` for rating only."""
    n = tally.items
    rate = (Figure.of(tally.exact / n) if n
            else Figure.missing("no gold items answered"))
    jaccard = None
    if kind == "multi_label":
        jaccard = (Figure.of(tally.jaccard / n) if n
                   else Figure.missing("no gold items answered"))
    return KindFigures(annotator, n, tally.exact, rate,
                       wilson_interval(tally.exact, n), jaccard,
                       _matches(kind, tally, labels), _rating(tally, points))


def _matches(kind: str, tally: Tally,
             labels: tuple[str, ...]) -> tuple[MatchFigures, ...]:
    if kind == "multi_label":
        return (match_figures("labels", labels, tally.labels),)
    if kind == "span":
        return (match_figures("exact", labels, tally.labels),
                match_figures("overlap", labels, tally.overlap))
    return ()


def _rating(tally: Tally, points: range | None) -> RatingFigures | None:
    if points is None:
        return None
    matrix = rating_matrix(tally.ratings, points)
    return RatingFigures(tuple(points), weighted_kappa(matrix, 1),
                         weighted_kappa(matrix, 2), mean_absolute_error(matrix),
                         tuple(tuple(row) for row in matrix))

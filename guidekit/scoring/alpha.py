"""Krippendorff's alpha from the coincidence matrix, missing data allowed.

Notation follows Krippendorff (2011), "Computing Krippendorff's
Alpha-Reliability". Units u (items) hold m_u values each (one per
annotator who rated u); values are indices c, k in 0..K-1 of the label
axis. Only units with m_u >= 2 are pairable; the others drop out.

    o_ck  = sum_u (number of c-k pairs in u) / (m_u - 1)   coincidences
    n_c   = sum_k o_ck,   n = sum_c n_c                   pairable values
    D_o   = sum_ck o_ck delta2_ck / n                      observed
    D_e   = sum_ck n_c n_k delta2_ck / (n (n - 1))          expected
    alpha = 1 - D_o / D_e

delta2 is nominal (0 if c == k else 1), ordinal ((sum_{g=c..k} n_g -
(n_c + n_k) / 2) ** 2, in label order) or interval ((c - k) ** 2, the
label index as the value). Alpha is undefined with fewer than 2
pairable values and when D_e = 0 (every pairable value the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

from guidekit.scoring.figures import Figure

Metric = Literal["nominal", "ordinal", "interval"]
METRICS: tuple[Metric, ...] = ("nominal", "ordinal", "interval")
Units = Sequence[Sequence[int]]


def unit_counts(values: Sequence[int], size: int) -> list[int]:
    """m_uc: how many times each value 0..size-1 occurs in one unit."""
    counts = [0] * size
    for value in values:
        if not 0 <= value < size:
            raise ValueError(f"unit values must be within 0..{size - 1}, "
                             f"got {value}")
        counts[value] += 1
    return counts


def coincidences(units: Units, size: int) -> list[list[float]]:
    """o_ck, shape size x size, from every pairable unit (m_u >= 2).

    >>> coincidences([[0, 0, 1], [1]], 2)
    [[1.0, 1.0], [1.0, 0.0]]
    """
    matrix = [[0.0] * size for _ in range(size)]
    for values in units:
        counts, m = unit_counts(values, size), len(values)
        if m < 2:
            continue
        for c, m_c in enumerate(counts):
            for k, m_k in enumerate(counts):
                pairs = m_c * (m_k - (c == k))
                matrix[c][k] += pairs / (m - 1)
    return matrix


def coincidences_of_counts(counts: ArrayLike) -> list[list[float]]:
    """o_ck from per-unit value counts m_uc (shape U x K), pairable units only.

    o_ck = sum_u m_uc (m_uk - [c == k]) / (m_u - 1), as `coincidences`.

    >>> coincidences_of_counts([[2, 1], [0, 1]])
    [[1.0, 1.0], [1.0, 0.0]]
    """
    table = np.asarray(counts, dtype=np.float64)
    table = table[table.sum(axis=1) >= 2]
    weighted = table / (table.sum(axis=1, keepdims=True) - 1)
    matrix = weighted.T @ table - np.diag(weighted.sum(axis=0))
    return [[float(v) for v in row] for row in matrix]


def deltas(margins: Sequence[float], metric: Metric) -> list[list[float]]:
    """delta2_ck for `metric`, given the margins n_c in label order."""
    size = range(len(margins))
    if metric == "nominal":
        return [[float(c != k) for k in size] for c in size]
    if metric == "interval":
        return [[float((c - k) ** 2) for k in size] for c in size]
    if metric != "ordinal":
        raise ValueError(f"metric must be one of {', '.join(METRICS)}, "
                         f"got {metric!r}")
    return [[_ordinal(margins, c, k) for k in size] for c in size]


def _ordinal(margins: Sequence[float], c: int, k: int) -> float:
    low, high = min(c, k), max(c, k)
    between = sum(margins[low:high + 1])
    return (between - (margins[c] + margins[k]) / 2) ** 2


def alpha_from_coincidences(matrix: Sequence[Sequence[float]],
                            metric: Metric) -> Figure:
    """alpha = 1 - (n - 1) sum o_ck d_ck / sum n_c n_k d_ck, or why not."""
    margins = [sum(row) for row in matrix]
    n = sum(margins)
    if n < 2 - 1e-9:
        return Figure.missing(f"fewer than 2 pairable values ({n:g}): no unit "
                              "has 2 or more ratings, alpha is undefined")
    delta = deltas(margins, metric)
    size = range(len(margins))
    observed = sum(matrix[c][k] * delta[c][k] for c in size for k in size)
    expected = sum(margins[c] * margins[k] * delta[c][k]
                   for c in size for k in size)
    if expected <= 1e-12 * n * n:
        return Figure.missing("one value only: every pairable rating is the "
                              "same, so D_e = 0 and alpha is undefined")
    return Figure.of(1 - (n - 1) * observed / expected)


def krippendorff_alpha(units: Units, size: int, metric: Metric = "nominal") -> Figure:
    """Alpha over `units` (lists of value indices 0..size-1) for `metric`.

    >>> krippendorff_alpha([[0, 0], [1, 1], [0, 1]], 2).text()
    '0.444'
    """
    return alpha_from_coincidences(coincidences(units, size), metric)

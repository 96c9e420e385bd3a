"""Agreement with gold, from a confusion matrix of counts.

Notation follows Cohen (1960), "A coefficient of agreement for nominal
scales": two raters (here gold and one annotator) put N items into k
categories; n[i][j] counts the items gold put in category i and the
annotator in category j (rows gold, columns given, shape k x k). With
row sums r_i and column sums c_j:

    p_o = sum_i n[i][i] / N            observed agreement (accuracy)
    p_e = sum_i r_i * c_i / N**2       agreement expected by chance
    kappa = (p_o - p_e) / (1 - p_e)

A figure that cannot be computed comes back as Figure.missing(reason).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

from guidekit.scoring.figures import Figure, Interval

Matrix = Sequence[Sequence[int]]
#: What a count may be: exactly these types (map(type, ...) runs in C).
COUNT_TYPES = frozenset({int, bool})


def check_matrix(matrix: Matrix) -> None:
    """Raise ValueError unless `matrix` is a square k x k table of counts."""
    size = len(matrix)
    for row in matrix:
        if len(row) != size:
            raise ValueError(f"matrix must be square, got a row of {len(row)} "
                             f"in a {size}-row matrix")
        if not {*map(type, row)} <= COUNT_TYPES or min(row, default=0) < 0:
            raise ValueError("matrix must hold counts (integers >= 0)")


def wilson_interval(successes: int, n: int, *, level: float = 0.95) -> Interval:
    """Wilson (1927) score interval for the proportion successes / n.

    >>> wilson_interval(8, 10).text()
    '[0.490, 0.943]'
    """
    if not 0 <= successes <= n:
        raise ValueError(f"successes must be within 0..n, got {successes} of {n}")
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, got {level}")
    if n == 0:
        return Interval.missing("no observations", level)
    z = NormalDist().inv_cdf(0.5 + level / 2)
    p = successes / n
    shrink = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / shrink
    half = z / shrink * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return Interval.between(max(0.0, centre - half), min(1.0, centre + half), level)


def _margins(matrix: Matrix) -> tuple[int, int, int]:
    """N, sum of the diagonal, and sum_i r_i * c_i."""
    check_matrix(matrix)
    rows, cols = list(map(sum, matrix)), list(map(sum, zip(*matrix, strict=True)))
    diagonal = sum(matrix[i][i] for i in range(len(matrix)))
    products = sum(r * c for r, c in zip(rows, cols, strict=True))
    return sum(rows), diagonal, products


def observed_agreement(matrix: Matrix) -> Figure:
    """p_o: the share of items where both raters agree (accuracy)."""
    total, diagonal, _ = _margins(matrix)
    return agreement_from(total, diagonal)


def chance_agreement(matrix: Matrix) -> Figure:
    """p_e: the agreement two raters with these margins reach by chance."""
    total, _, products = _margins(matrix)
    return chance_from(total, products)


def cohen_kappa(matrix: Matrix) -> Figure:
    """Cohen's kappa; undefined with no items or when p_e is 1.

    Computed from integer counts as (N*sum n_ii - sum r_i c_i) /
    (N**2 - sum r_i c_i), one rounding only.

    >>> cohen_kappa([[20, 5], [10, 15]]).text()
    '0.400'
    >>> cohen_kappa([[7, 0], [0, 0]]).undefined
    'chance agreement is 1 (one category only): kappa is undefined'
    """
    total, diagonal, products = _margins(matrix)
    return kappa_from(total, diagonal, products)


def agreement_from(total: int, diagonal: int) -> Figure:
    """p_o from N and the sum of the diagonal."""
    if total == 0:
        return Figure.missing("no items")
    return Figure.of(diagonal / total)


def chance_from(total: int, products: int) -> Figure:
    """p_e from N and sum_i r_i * c_i."""
    if total == 0:
        return Figure.missing("no items")
    return Figure.of(products / (total * total))


def kappa_from(total: int, diagonal: int, products: int) -> Figure:
    """Cohen's kappa from N, the diagonal's sum and sum_i r_i * c_i."""
    if total == 0:
        return Figure.missing("no items")
    if products == total * total:
        return Figure.missing("chance agreement is 1 (one category only): "
                              "kappa is undefined")
    return Figure.of((total * diagonal - products) / (total * total - products))

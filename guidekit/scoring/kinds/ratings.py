"""rating: answers on an ordinal scale against gold, from a confusion matrix.

Notation follows Cohen (1968), "Weighted kappa": n[i][j] counts the gold
items gold rated at point i and the annotator at point j (rows gold,
columns given, one row and column per point of the scale, min to max),
N = sum n[i][j], r_i and c_j the row and column sums. With disagreement
weights w[i][j] = |i - j| (linear) or (i - j)**2 (quadratic), in scale
steps:

    kappa_w = 1 - N * sum w[i][j] n[i][j] / sum w[i][j] r_i c_j

(the usual division of the weights by (k - 1) or (k - 1)**2 cancels).
kappa_w is undefined with no items, or when the chance disagreement
sum w r c is 0: gold and answers all sit on one and the same point.
Mean absolute error is sum |i - j| n[i][j] / N, in scale steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from guidekit.scoring.figures import Figure

Matrix = Sequence[Sequence[int]]


def rating_matrix(ratings: Counter[tuple[int, int]], points: range) -> list[list[int]]:
    """The k x k matrix over `points` from (gold, given) -> count.

    >>> rating_matrix(Counter({(1, 2): 3}), range(1, 3))
    [[0, 3], [0, 0]]
    """
    size, low = len(points), points.start
    matrix = [[0] * size for _ in range(size)]
    for (gold, given), count in ratings.items():
        matrix[gold - low][given - low] += count
    return matrix


def weighted_kappa(matrix: Matrix, power: int) -> Figure:
    """Cohen's weighted kappa, weights |i - j| ** power (1 linear, 2 quadratic).

    >>> weighted_kappa([[2, 1, 0], [0, 2, 0], [0, 1, 2]], 2).text()
    '0.800'
    """
    total = sum(map(sum, matrix))
    if total == 0:
        return Figure.missing("no items")
    size = range(len(matrix))
    rows = [sum(row) for row in matrix]
    cols = [sum(matrix[i][j] for i in size) for j in size]
    seen = sum(abs(i - j) ** power * matrix[i][j] for i in size for j in size)
    chance = sum(abs(i - j) ** power * rows[i] * cols[j] for i in size for j in size)
    if chance == 0:
        return Figure.missing("chance disagreement is 0 (gold and answers on one "
                              "point only): weighted kappa is undefined")
    return Figure.of(1 - total * seen / chance)


def mean_absolute_error(matrix: Matrix) -> Figure:
    """Mean distance between given and gold points, in scale steps.

    >>> mean_absolute_error([[1, 1], [0, 2]]).text()
    '0.250'
    """
    total = sum(map(sum, matrix))
    if total == 0:
        return Figure.missing("no items")
    size = range(len(matrix))
    steps = sum(abs(i - j) * matrix[i][j] for i in size for j in size)
    return Figure.of(steps / total)

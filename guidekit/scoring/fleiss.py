"""Fleiss' kappa for items that each have the same number of ratings.

Notation follows Fleiss (1971), "Measuring nominal scale agreement among
many raters": N items, n ratings on each, k categories; n_ij counts the
ratings of item i in category j (shape N x k, every row summing to n).

    P_i   = (sum_j n_ij ** 2 - n) / (n (n - 1))    agreement on item i
    P_bar = sum_i P_i / N
    p_j   = sum_i n_ij / (N n)                      share of category j
    P_e   = sum_j p_j ** 2
    kappa = (P_bar - P_e) / (1 - P_e)

Undefined with no items, fewer than 2 ratings per item, or P_e = 1 (one
category only).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from guidekit.scoring.figures import Figure


def fleiss_kappa(table: ArrayLike) -> Figure:
    """Fleiss' kappa of an N x k table of counts with equal row sums.

    Raises ValueError when rows differ in length or in their sum.

    >>> fleiss_kappa([[2, 0], [0, 2], [1, 1]]).text()
    '0.333'
    """
    counts = np.asarray(table, dtype=np.int64)
    if counts.size == 0:
        return Figure.missing("no items")
    if counts.ndim != 2:
        raise ValueError(f"table must be N x k counts, got shape {counts.shape}")
    sums = counts.sum(axis=1)
    n, k = int(sums[0]), counts.shape[1]
    if (sums != n).any():
        bad = counts[np.flatnonzero(sums != n)[0]].tolist()
        raise ValueError(f"every row must have {k} counts summing to {n}, "
                         f"got {bad}")
    if n < 2:
        return Figure.missing(f"{n} rating(s) per item: agreement needs 2 or more")
    items = len(counts)
    p_bar = float(((counts * counts).sum() - items * n) / (items * n * (n - 1)))
    p_e = float(((counts.sum(axis=0) / (items * n)) ** 2).sum())
    if p_e >= 1 - 1e-12:
        return Figure.missing("chance agreement is 1 (one category only): "
                              "Fleiss' kappa is undefined")
    return Figure.of((p_bar - p_e) / (1 - p_e))

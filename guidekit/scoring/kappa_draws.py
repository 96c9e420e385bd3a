"""Kappa and macro-F1 of many resampled confusion matrices at once.

The arithmetic of `guidekit.scoring.metrics` and `labelscores`, on numpy
arrays: for a resample with row sums r, column sums c and diagonal d
(each of k labels) out of n answers,

    kappa = (n * sum_i d_i - sum_i r_i c_i) / (n ** 2 - sum_i r_i c_i)
    F1_i  = 2 d_i / (r_i + c_i),  macro-F1 = mean over labels with r_i + c_i > 0

Kappa is +inf where it is undefined (n ** 2 == sum_i r_i c_i, one
category only), a marker the caller counts and drops; never NaN. Counts
stay exact integers (float32 up to 2 ** 24, int64 otherwise; products in
float64, exact up to 2 ** 53) until the final division.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

#: Exact integer counts, float32 (below 2 ** 24) or int64, one per row/draw.
Counts = NDArray[Any]


@dataclass(frozen=True)
class Figures:
    """Kappa (+inf when undefined) and macro-F1, shape draws x matrices."""

    kappa: NDArray[np.float64]
    macro_f1: NDArray[np.float64]


@lru_cache(maxsize=16)
def transform(k: int) -> NDArray[np.float32]:
    """(3k + 1) x (k**2 + 1): cumulative counts at cell bounds -> r, c, d, sum d."""
    per_cell = np.zeros((3 * k + 1, k * k), dtype=np.float32)
    for i in range(k):
        per_cell[i, i * k:(i + 1) * k] = 1
        per_cell[k + i, i::k] = 1
        per_cell[2 * k + i, i * k + i] = 1
    per_cell[3 * k] = per_cell[2 * k:3 * k].sum(axis=0)
    difference = np.zeros((k * k, k * k + 1), dtype=np.float32)
    cells = np.arange(k * k)
    difference[cells, cells], difference[cells, cells + 1] = -1, 1
    out = per_cell @ difference
    out.setflags(write=False)
    return out


def table_figures(table: NDArray[np.float32], bounds: NDArray[np.intp], k: int,
                  n: int) -> Figures:
    """Figures for matrices whose cumulative cell counts are the `bounds` rows.

    `table` is draws x (n + 1), see bootstrap_kappa.counts_below.
    """
    draws, width = len(table), k * k + 1
    looked = np.take(table, bounds.ravel(), axis=1).reshape(-1, width)
    sums = transform(k) @ looked.T
    kappa, f1 = _figures(sums[:k], sums[k:2 * k], sums[2 * k:3 * k],
                         sums[3 * k], n)
    return Figures(kappa.reshape(draws, -1), f1.reshape(draws, -1))


def cells_figures(cells: NDArray[np.int64], n: int) -> Figures:
    """Figures for draws x k x k resampled cells of one matrix: draws x 1."""
    rows, cols = cells.sum(axis=2).T, cells.sum(axis=1).T
    diagonal = np.diagonal(cells, axis1=1, axis2=2).T
    kappa, f1 = _figures(rows, cols, diagonal, diagonal.sum(axis=0), n)
    return Figures(kappa[:, None], f1[:, None])


def _figures(rows: Counts, cols: Counts, diagonal: Counts, agree: Counts,
             n: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    # in float64: r_i c_i reaches n ** 2, past float32's exact integers
    products = np.einsum("kx,kx->x", rows.astype(np.float64),
                         cols.astype(np.float64))
    numerator = n * agree.astype(np.float64) - products
    denominator = float(n) * n - products
    kappa = np.full(len(products), np.inf)
    np.divide(numerator, denominator, out=kappa, where=denominator > 0)
    occurs = rows + cols
    # where a label occurs on neither side d_i is 0 too, so 0 / 1 adds nothing
    terms = np.divide(2 * diagonal, np.maximum(occurs, 1), dtype=np.float64)
    labels = np.maximum(np.count_nonzero(occurs, axis=0), 1)
    return kappa, terms.sum(axis=0, dtype=np.float64) / labels

"""Seeded percentile bootstrap intervals for Cohen's kappa and macro-F1.

An annotator's N gold answers fill the k x k cells of a confusion matrix
(rows gold, columns given; notation of `guidekit.scoring.metrics`). A
resample draws N of those answers with replacement, so its cells are a
multinomial draw of N over the cells with the observed shares. Kappa and
macro-F1 (`guidekit.scoring.labelscores`) are recomputed from each of
`draws` resamples; the interval holds the (1 - level) / 2 and
(1 + level) / 2 quantiles, linear between order statistics.

Drawing. Lay the N answers out cell by cell, row-major, so cell c holds
positions K[c-1] .. K[c] - 1 of the cumulative counts K. A resample
picks N positions with numpy Generator.integers; W(x) counts the picks
below position x and cell c gets W(K[c]) - W(K[c-1]). W depends on N
only, so one table serves every annotator with N answers, and one matrix
product turns its 1 + k**2 looked-up values into the row sums r, column
sums c and diagonal d. Above SHARED_MAX answers (the pooled matrix), the
cells come from Generator.multinomial instead.

Seed. Draws for N answers come from numpy.random.default_rng([seed, N]),
so an annotator's interval depends only on their own matrix, the seed and
`draws`: scoring them alone or among others, in any order, gives the same
bytes. All arithmetic is on exact integers until the final division
(float32 holds the sums, at most N <= SHARED_MAX, exactly; the products
r_i c_i, up to N**2, are taken in float64), so it does not depend on how
BLAS orders its sums. The shared table W is draws x (N + 1) float32, 33 MB
at SHARED_MAX; its picks are drawn PICKS_BLOCK at a time.

DRAWS is 500: on the benchmark (1,000 annotators x 1,000 gold answers x 8
labels, 2 cores) all annotators and the pooled matrix take 0.10-0.12 s
with 500 draws and 0.21 s with 1,000, over the 0.2 s budget. Draws where
kappa is undefined (the resample holds one category only) are left out
and counted; with fewer than half the draws defined, or fewer than 2 gold
answers (every resample repeats the one answer), the interval is missing
with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import ArrayLike, NDArray

from guidekit.scoring.blas import one_thread
from guidekit.scoring.figures import Interval
from guidekit.scoring.kappa_draws import Figures, cells_figures, table_figures

DRAWS = 500
SEED = 20110101
SHARED_MAX = 16_384
PICKS_BLOCK = 1 << 20
CHUNK_COLUMNS = 32_768


@dataclass(frozen=True)
class MatrixBootstrap:
    """Intervals for one matrix from `draws` resamples; `kappa_defined` used."""

    kappa: Interval
    macro_f1: Interval
    draws: int
    kappa_defined: int
    seed: int = SEED


def bootstrap_matrices(matrices: Iterable[ArrayLike], *, draws: int = DRAWS,
                       seed: int = SEED, level: float = 0.95) -> list[MatrixBootstrap]:
    """Kappa and macro-F1 intervals for each k x k count matrix, in order.

    >>> [b.kappa.text() for b in bootstrap_matrices([[[40, 10], [5, 45]]])]
    ['[0.543, 0.830]']
    """
    if draws < 1 or not 0 < level < 1:
        raise ValueError(f"draws must be >= 1 and level in (0, 1), got "
                         f"{draws} and {level}")
    stack = _stack(matrices)
    found: dict[int, MatrixBootstrap] = {}
    sizes = stack.reshape(len(stack), -1).sum(axis=1)
    with one_thread():
        for n in np.unique(sizes).tolist():
            at = np.flatnonzero(sizes == n)
            for i, result in zip(at.tolist(),
                                 _group(stack[at], n, draws, seed, level),
                                 strict=True):
                found[i] = result
    return [found[i] for i in range(len(stack))]


def by_annotator(matrices: Mapping[str, ArrayLike], *, draws: int = DRAWS,
                 seed: int = SEED) -> dict[str, MatrixBootstrap]:
    """bootstrap_matrices for annotator -> matrix, in one batch."""
    names = list(matrices)
    found = bootstrap_matrices((matrices[n] for n in names), draws=draws, seed=seed)
    return dict(zip(names, found, strict=True))


def _stack(matrices: Iterable[ArrayLike]) -> NDArray[np.int64]:
    stack = np.array([np.asarray(m, dtype=np.int64) for m in matrices],
                     dtype=np.int64)
    if stack.size == 0:
        return stack.reshape(0, 0, 0)
    if stack.ndim != 3 or stack.shape[1] != stack.shape[2] or (stack < 0).any():
        raise ValueError("matrices must be square k x k tables of counts >= 0, "
                         f"got shape {stack.shape}")
    return stack


def _group(stack: NDArray[np.int64], n: int, draws: int, seed: int,
           level: float) -> list[MatrixBootstrap]:
    """Every matrix of `stack` holds n answers."""
    if n < 2:
        reason = ("no gold answered" if n == 0 else
                  "one gold answer: every resample repeats it")
        missing = Interval.missing(reason, level)
        return [MatrixBootstrap(missing, missing, 0, 0, seed)] * len(stack)
    if n <= SHARED_MAX:
        figures = _shared(stack, n, draws, seed)
    else:
        figures = _multinomial(stack, n, draws, seed)
    return summarize(figures, draws, seed, level)


def _shared(stack: NDArray[np.int64], n: int, draws: int, seed: int) -> Figures:
    table = counts_below(n, draws, seed)
    flat = stack.reshape(len(stack), -1)
    bounds = np.zeros((len(stack), flat.shape[1] + 1), dtype=np.intp)
    np.cumsum(flat, axis=1, out=bounds[:, 1:])
    step = max(1, CHUNK_COLUMNS // draws)
    parts = [table_figures(table, bounds[s:s + step], stack.shape[1], n)
             for s in range(0, len(stack), step)]
    return Figures(np.concatenate([p.kappa for p in parts], axis=1),
                   np.concatenate([p.macro_f1 for p in parts], axis=1))


@lru_cache(maxsize=4)
def counts_below(n: int, draws: int, seed: int) -> NDArray[np.float32]:
    """W: draws x (n + 1); W[b, x] counts draw b's n picks below position x."""
    rng = np.random.default_rng([seed, n])
    table = np.zeros((draws, n + 1), dtype=np.float32)
    block = max(1, PICKS_BLOCK // n)
    for start in range(0, draws, block):
        # rows drawn a block at a time: the same stream as one call, less memory
        rows = min(block, draws - start)
        picks = rng.integers(0, n, size=(rows, n))
        picks += (np.arange(rows) * n)[:, None]
        hits = np.bincount(picks.ravel(), minlength=rows * n).reshape(rows, n)
        np.cumsum(hits, axis=1, out=table[start:start + rows, 1:])
    table.setflags(write=False)
    return table


def _multinomial(stack: NDArray[np.int64], n: int, draws: int,
                 seed: int) -> Figures:
    parts = []
    for matrix in stack:
        rng = np.random.default_rng([seed, n])
        cells = rng.multinomial(n, matrix.ravel() / n, size=draws)
        parts.append(cells_figures(cells.reshape(draws, *matrix.shape), n))
    return Figures(np.stack([p.kappa[:, 0] for p in parts], axis=1),
                   np.stack([p.macro_f1[:, 0] for p in parts], axis=1))


def summarize(figures: Figures, draws: int, seed: int,
              level: float) -> list[MatrixBootstrap]:
    """One MatrixBootstrap per column of the draws x matrices figures."""
    kappa, kept = percentile(figures.kappa, level, max(1, (draws + 1) // 2))
    f1, _ = percentile(figures.macro_f1, level, 1)
    out = []
    for i, defined in enumerate(kept):
        interval = kappa[i]
        if interval.undefined is not None:
            interval = Interval.missing(
                f"kappa is undefined in {draws - defined} of {draws} resamples "
                "(one category only); at least half must be defined", level)
        out.append(MatrixBootstrap(interval, f1[i], draws, defined, seed))
    return out


def percentile(values: NDArray[np.float64], level: float,
               needed: int) -> tuple[list[Interval], list[int]]:
    """Percentile intervals per column, inf marking undefined draws."""
    ordered = np.sort(values, axis=0)
    defined = np.isfinite(ordered).sum(axis=0)
    ordered[~np.isfinite(ordered)] = 0.0  # sorted last, never looked up
    last = np.maximum(defined - 1, 0)
    bounds = [_quantile(ordered, last, p) for p in ((1 - level) / 2, (1 + level) / 2)]
    intervals = [Interval.between(float(low), float(high), level)
                 if m >= needed else Interval.missing("too few defined", level)
                 for low, high, m in zip(*bounds, defined.tolist(), strict=True)]
    return intervals, defined.tolist()


def _quantile(ordered: NDArray[np.float64], last: NDArray[np.int64],
              p: float) -> Sequence[float]:
    position = p * last
    low = np.floor(position).astype(np.intp)
    high = np.minimum(low + 1, last)
    at_low = np.take_along_axis(ordered, low[None], axis=0)[0]
    at_high = np.take_along_axis(ordered, high[None], axis=0)[0]
    found = at_low + (at_high - at_low) * (position - low)
    return [float(v) for v in found]

"""A seeded bootstrap interval for nominal alpha, resampling items.

Units are rows of per-label counts m_uc (shape U x K) of the pairable
units (m_u >= 2). Each of `draws` resamples takes U units with
replacement, as numpy.random.default_rng(seed).integers(0, U, U) one
draw after another, and recomputes nominal alpha (see alpha) from the
resampled units. For nominal alpha each unit adds m_uc to n_c and
sum_c m_uc (m_uc - 1) / (m_u - 1) to the diagonal sum_c o_cc, so

    alpha = 1 - (n - 1) (n - sum_c o_cc) / (n ** 2 - sum_c n_c ** 2)

and a draw is the units' weights (how often each was picked) times
those per-unit sums. Draws where alpha is undefined (one value only)
are left out and counted. The interval is the percentile interval: the
(1 - level) / 2 and (1 + level) / 2 quantiles of the defined draws,
interpolated linearly between order statistics (numpy's default).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from guidekit.scoring.blas import one_thread
from guidekit.scoring.figures import Interval

DRAWS = 1000
SEED = 20110101
BUDGET = 50_000_000
BLOCK = 64


@dataclass(frozen=True)
class Bootstrap:
    """A percentile interval from `defined` of `draws` resamples, `seed` fixed.

    `draws` is below `requested` when requested x units exceeds the budget.
    """

    interval: Interval
    draws: int
    defined: int
    seed: int
    requested: int = DRAWS


def bootstrap_alpha(units: ArrayLike, *, draws: int = DRAWS, seed: int = SEED,
                    level: float = 0.95, budget: int = BUDGET) -> Bootstrap:
    """Percentile bootstrap interval for nominal alpha over unit counts m_uc.

    `units` is U x K; rows with fewer than 2 values are not pairable and
    are left out. The work is bounded: at most max(1, budget // U) draws
    are made; `draws` in the result says how many were.

    >>> b = bootstrap_alpha([[2, 0], [0, 2], [1, 1], [0, 2]], draws=200)
    >>> b.draws, b.interval.defined
    (200, True)
    """
    if draws < 1 or not 0 < level < 1:
        raise ValueError(f"draws must be >= 1 and level in (0, 1), got "
                         f"{draws} and {level}")
    counts = np.asarray(units, dtype=np.float64).reshape(-1, np.shape(units)[-1])
    pairable = counts[counts.sum(axis=1) >= 2]
    if len(pairable) == 0:
        return Bootstrap(Interval.missing("no unit has 2 or more ratings", level),
                         0, 0, seed, draws)
    made = min(draws, max(1, budget // len(pairable)))
    with one_thread():
        found = _resample(pairable, made, np.random.default_rng(seed))
    if len(found) == 0:
        return Bootstrap(Interval.missing(
            "alpha is undefined in every resample (one value only)", level),
            made, 0, seed, draws)
    tail = (1 - level) / 2
    low, high = np.quantile(found, [tail, 1 - tail])
    return Bootstrap(Interval.between(float(low), float(high), level),
                     made, len(found), seed, draws)


def _resample(pairable: NDArray[np.float64], draws: int,
              rng: np.random.Generator) -> NDArray[np.float64]:
    size = len(pairable)
    m = pairable.sum(axis=1)
    per_unit = np.column_stack([pairable, (pairable * (pairable - 1)).sum(axis=1)
                                / (m - 1)])
    found = []
    for start in range(0, draws, BLOCK):
        weights = np.stack([np.bincount(rng.integers(0, size, size), minlength=size)
                            for _ in range(min(BLOCK, draws - start))])
        sums = weights.astype(np.float64) @ per_unit
        margins, o_cc = sums[:, :-1], sums[:, -1]
        n = margins.sum(axis=1)
        expected = n * n - (margins * margins).sum(axis=1)
        defined = expected > 1e-9 * n * n
        found.append(1 - (n[defined] - 1) * (n[defined] - o_cc[defined])
                     / expected[defined])
    return np.concatenate(found)

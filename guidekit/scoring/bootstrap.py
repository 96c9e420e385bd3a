"""A seeded bootstrap interval for nominal alpha, resampling items.

Each of `draws` resamples takes U units with replacement from the U
pairable units (m_u >= 2), as resample_indices(random.Random(seed), U)
one draw after another, and recomputes nominal alpha (see alpha) from
the resampled units. For nominal alpha each unit adds m_uc to n_c and
sum_c m_uc (m_uc - 1) / (m_u - 1) to the diagonal sum_c o_cc, so

    alpha = 1 - (n - 1) (n - sum_c o_cc) / (n ** 2 - sum_c n_c ** 2).

Draws where alpha is undefined (one value only) are left out and
counted. The per-label margins of a draw are summed in one pass, packed
side by side in one integer. The interval is the percentile interval:
the (1 - level) / 2 and (1 + level) / 2 quantiles of the defined draws,
interpolated linearly between order statistics. Pure Python and
reproducible.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from guidekit.scoring.alpha import Units, unit_counts
from guidekit.scoring.figures import Interval

DRAWS = 1000
SEED = 20110101
BUDGET = 2_000_000


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


def bootstrap_alpha(units: Units, size: int, *, draws: int = DRAWS,
                    seed: int = SEED, level: float = 0.95,
                    budget: int = BUDGET) -> Bootstrap:
    """Percentile bootstrap interval for nominal alpha over `units`.

    The work is bounded: at most max(1, budget // U) draws are made for U
    pairable units; `draws` in the result says how many were.

    >>> b = bootstrap_alpha([[0, 0], [1, 1], [0, 1], [1, 1]], 2, draws=200)
    >>> b.draws, b.interval.defined
    (200, True)
    """
    if draws < 1 or not 0 < level < 1:
        raise ValueError(f"draws must be >= 1 and level in (0, 1), got "
                         f"{draws} and {level}")
    pairable = [unit_counts(u, size) for u in units if len(u) >= 2]
    if len(pairable) == 0:
        return Bootstrap(Interval.missing("no unit has 2 or more ratings", level),
                         0, 0, seed, draws)
    made = min(draws, max(1, budget // len(pairable)))
    found = _resample(pairable, made, random.Random(seed))
    if not found:
        return Bootstrap(Interval.missing(
            "alpha is undefined in every resample (one value only)", level),
            made, 0, seed, draws)
    found.sort()
    tail = (1 - level) / 2
    return Bootstrap(Interval.between(quantile(found, tail),
                                      quantile(found, 1 - tail), level),
                     made, len(found), seed, draws)


def resample_indices(rng: random.Random, size: int) -> list[int]:
    """`size` indices drawn uniformly from 0..size-1 with replacement.

    Each is (w * size) >> 64 for a 64-bit word w of rng.randbytes, the
    multiply-shift map (bias at most size / 2**64), much faster than
    rng.choices in pure Python.
    """
    words = array("Q", rng.randbytes(8 * size))
    return [(word * size) >> 64 for word in words]


def _resample(pairable: Sequence[Sequence[int]], draws: int,
              rng: random.Random) -> list[float]:
    size, labels = len(pairable), range(len(pairable[0]))
    diagonal = [sum(c * (c - 1) for c in u) / (sum(u) - 1) for u in pairable]
    width = (size * max(map(sum, pairable))).bit_length() + 1
    packed = [sum(m << (width * c) for c, m in zip(labels, u, strict=True))
              for u in pairable]
    mask, found = (1 << width) - 1, []
    for _ in range(draws):
        picks = resample_indices(rng, size)
        o_cc = sum(map(diagonal.__getitem__, picks))
        total = sum(map(packed.__getitem__, picks))
        margins = [(total >> (width * c)) & mask for c in labels]
        n = sum(margins)
        expected = n * n - sum(m * m for m in margins)
        if expected > 0:
            found.append(1 - (n - 1) * (n - o_cc) / expected)
    return found


def quantile(ordered: Sequence[float], p: float) -> float:
    """The p-quantile of sorted values, linear between order statistics."""
    position = p * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)

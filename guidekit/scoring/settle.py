"""How many more gold answers would settle a borderline accuracy.

An accuracy p measured on n gold answers has a Wilson (1927) score
interval [low, high] (see `guidekit.scoring.metrics.wilson_interval`).
It straddles a threshold t when low < t <= high: the answers so far do
not tell whether the annotator is above or below t. Keeping p fixed and
growing n shrinks the interval towards p, so some n + m clears t: low
>= t when p > t (a pass), high < t when p < t (a fail). When p equals t
no amount of gold settles it, and `more_gold` says "never" (None).

The smallest m is found by doubling m until the interval clears t, then
halving the gap; the interval at a fixed p narrows as n grows, so the
first m that clears it is the answer.
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Literal

Side = Literal["pass", "fail"]


def wilson_bounds(p: float, n: float, *, level: float = 0.95) -> tuple[float, float]:
    """The Wilson interval of proportion p on n (> 0) observations.

    >>> [round(b, 3) for b in wilson_bounds(0.8, 10)]
    [0.49, 0.943]
    """
    z = NormalDist().inv_cdf(0.5 + level / 2)
    shrink = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / shrink
    half = z / shrink * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def straddles(p: float, n: float, threshold: float) -> bool:
    """True when the interval holds the threshold: low < threshold <= high."""
    low, high = wilson_bounds(p, n)
    return low < threshold <= high


def more_gold(p: float, n: int, threshold: float) -> tuple[int, Side] | None:
    """The fewest extra answers at accuracy p that clear the threshold.

    None when p equals the threshold (never settles). When the interval
    already clears it, (0, side).

    >>> more_gold(0.9, 20, 0.8)
    (42, 'pass')
    >>> more_gold(0.75, 4, 0.75) is None
    True
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if p == threshold:
        return None
    side: Side = "pass" if p > threshold else "fail"
    if not straddles(p, n, threshold):
        return 0, side
    settled = 1
    while straddles(p, n + settled, threshold):
        settled *= 2
    unsettled = settled // 2
    while settled - unsettled > 1:
        middle = (settled + unsettled) // 2
        if straddles(p, n + middle, threshold):
            unsettled = middle
        else:
            settled = middle
    return settled, side


def more_gold_interval(value: float, low: float, high: float, n: int,
                       threshold: float) -> tuple[int, Side] | None:
    """About how many more answers would move a bootstrap interval off t.

    An estimate, not a count: the interval's side facing the threshold
    is assumed to shrink as 1 / sqrt(n) around `value` (the usual rate
    of a bootstrap interval), so the side of half-width h clears a gap g
    once n grows to n (h / g) ** 2; at least 1, as the interval holds t.
    None when value equals the threshold.

    >>> more_gold_interval(0.6, 0.4, 0.8, 100, 0.5)
    (300, 'pass')
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if value == threshold:
        return None
    side: Side = "pass" if value > threshold else "fail"
    half = value - low if side == "pass" else high - value
    gap = abs(value - threshold)
    return max(1, math.ceil(n * (half / gap) ** 2 - 1e-9) - n), side

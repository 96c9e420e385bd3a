"""Share a number of questions among strata in proportion to their size."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction


def allocate(sizes: Sequence[int], total: int) -> list[int]:
    """Questions per stratum: proportional to `sizes`, summing to `total`.

    Largest remainder (Hamilton's method): each stratum first gets the
    whole part of its quota ``total * size / sum(sizes)``; the questions
    left go to the largest fractional parts, ties to the larger stratum,
    then to the earlier one. When ``total >= len(sizes)`` every stratum
    gets at least one; the questions that costs come from the strata most
    over their quota.

    >>> allocate([6, 3, 1], 5)
    [3, 1, 1]
    >>> allocate([6, 3, 1], 2)
    [1, 1, 0]
    """
    _check(sizes, total)
    pool = sum(sizes)
    quotas = [Fraction(total * size, pool) for size in sizes]
    floor = 1 if total >= len(sizes) else 0
    seats = [max(int(quota), floor) for quota in quotas]
    while sum(seats) < total:
        seats[_neediest(quotas, seats, sizes)] += 1
    while sum(seats) > total:
        seats[_most_over(quotas, seats, sizes)] -= 1
    return seats


def _check(sizes: Sequence[int], total: int) -> None:
    if not sizes or any(size < 1 for size in sizes):
        raise ValueError(f"sizes must be one or more counts >= 1, got {list(sizes)}")
    if not 0 <= total <= sum(sizes):
        raise ValueError(f"total must be between 0 and {sum(sizes)}, got {total}")


def _neediest(quotas: list[Fraction], seats: list[int], sizes: Sequence[int]) -> int:
    open_ = [i for i in range(len(seats)) if seats[i] < sizes[i]]
    return min(open_, key=lambda i: (seats[i] - quotas[i], -sizes[i], i))


def _most_over(quotas: list[Fraction], seats: list[int], sizes: Sequence[int]) -> int:
    spare = [i for i in range(len(seats)) if seats[i] > 1]
    return max(spare, key=lambda i: (seats[i] - quotas[i], -sizes[i], i))

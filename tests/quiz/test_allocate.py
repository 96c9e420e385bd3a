"""Largest-remainder allocation, checked against hand-worked cases."""

from __future__ import annotations

import doctest
import math
import random
from fractions import Fraction

import pytest

from guidekit.quiz import allocate as allocate_module
from guidekit.quiz.allocate import allocate


@pytest.mark.parametrize(("sizes", "total", "expected"), [
    # quotas 3, 1.5, 0.5: floors 3, 1, 0; the empty stratum gets its one
    ([6, 3, 1], 5, [3, 1, 1]),
    # quotas 2.4, 1.2, 0.4: floors 2, 1, 0, then one each
    ([6, 3, 1], 4, [2, 1, 1]),
    # 2 seats < 3 strata: no minimum; quotas 1.2, .6, .2, largest remainder .6
    ([6, 3, 1], 2, [1, 1, 0]),
    # quotas 2.4, 1.6, .8, .8, 1.6, .8: floors 2,1,0,0,1,0, ones make 7, then
    # .6 ties between strata 2 and 5 (same size): the earlier one wins
    ([3, 2, 1, 1, 2, 1], 8, [2, 2, 1, 1, 1, 1]),
    # quotas .4, .4, .4, 2.8: floors plus ones make 5 > 4, the big one pays
    ([1, 1, 1, 7], 4, [1, 1, 1, 1]),
    # quotas 2.857, 2.857, .286: 2, 2, 1 then the tie goes to the first
    ([10, 10, 1], 6, [3, 2, 1]),
    # equal remainders, different sizes: the larger stratum first
    ([2, 4], 3, [1, 2]),
    ([5, 5], 3, [2, 1]),
    ([4, 2], 6, [4, 2]),
    ([4, 2], 0, [0, 0]),
])
def test_hand_worked(sizes: list[int], total: int, expected: list[int]) -> None:
    assert allocate(sizes, total) == expected


def test_properties_on_random_inputs() -> None:
    rng = random.Random(2024)
    for _ in range(500):
        sizes = [rng.randint(1, 12) for _ in range(rng.randint(1, 7))]
        total = rng.randint(0, sum(sizes))
        seats = allocate(sizes, total)
        assert sum(seats) == total
        assert all(0 <= s <= n for s, n in zip(seats, sizes, strict=True))
        if total >= len(sizes):
            assert min(seats) >= 1
        quotas = [Fraction(total * n, sum(sizes)) for n in sizes]
        if total < len(sizes) or min(quotas) >= 1:
            # plain Hamilton: every stratum gets its quota rounded down or up
            for seat, quota in zip(seats, quotas, strict=True):
                assert math.floor(quota) <= seat <= math.ceil(quota)


@pytest.mark.parametrize(("sizes", "total", "word"), [
    ([3, 2], 6, "total"), ([3, 2], -1, "total"), ([], 0, "sizes"), ([3, 0], 1, "sizes"),
])
def test_bad_input_names_the_argument(sizes: list[int], total: int, word: str) -> None:
    with pytest.raises(ValueError, match=word):
        allocate(sizes, total)


def test_docstring_examples_run() -> None:
    result = doctest.testmod(allocate_module)
    assert result.attempted >= 2
    assert result.failed == 0

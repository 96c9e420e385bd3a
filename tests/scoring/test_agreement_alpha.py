"""Krippendorff's alpha: the published worked example, the krippendorff package."""

from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest

from guidekit.scoring.alpha import (
    METRICS,
    Metric,
    coincidences,
    krippendorff_alpha,
)

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers (rows) x 12 units (columns), values 1..5, blanks missing.
EXAMPLE = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]
PUBLISHED = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849}


def units_of(rows: list[list[int | None]]) -> list[list[int]]:
    """Observer x unit rows (values 1..K, None missing) as units of indices."""
    columns = zip(*rows, strict=True)
    return [[v - 1 for v in column if v is not None] for column in columns]


def package(rows: list[list[int | None]], metric: Metric, size: int) -> float:
    data = np.array([[np.nan if v is None else v for v in r] for r in rows], float)
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=metric,
                                    value_domain=list(range(1, size + 1))))


@pytest.mark.parametrize("metric", METRICS)
def test_the_published_worked_example(metric: Metric) -> None:
    found = krippendorff_alpha(units_of(EXAMPLE), 5, metric)
    assert found.value == pytest.approx(PUBLISHED[metric], abs=5e-4)
    assert found.value == pytest.approx(package(EXAMPLE, metric, 5))


def test_the_worked_example_coincidences() -> None:
    # counted by hand: n_c is how often c occurs in units with 2+ values
    # (unit 12 has one value and drops out); o_11 = 6/2 + 6/3 + 2/1 from
    # units 1, 8, 11; o_12 = 1/3 + 3/3 from units 6, 8; o_33 = 12/3 + 12/3
    matrix = coincidences(units_of(EXAMPLE), 5)
    assert [sum(row) for row in matrix] == pytest.approx([9, 13, 10, 5, 3])
    assert matrix[0][0] == pytest.approx(7)
    assert matrix[0][1] == matrix[1][0] == pytest.approx(4 / 3)
    assert matrix[2][2] == pytest.approx(8)


def random_rows(rng: random.Random, size: int) -> list[list[int | None]]:
    coders, units = rng.randint(2, 6), rng.randint(3, 40)
    truth = [rng.randint(1, size) for _ in range(units)]
    return [[None if rng.random() < 0.3 else
             (t if rng.random() < 0.6 else rng.randint(1, size)) for t in truth]
            for _ in range(coders)]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("metric", METRICS)
def test_generated_data_match_the_krippendorff_package(seed: int,
                                                       metric: Metric) -> None:
    rng = random.Random(seed)
    size = rng.randint(2, 6)
    rows = random_rows(rng, size)
    units = units_of(rows)
    found = krippendorff_alpha(units, size, metric)
    pairable = [v for u in units if len(u) >= 2 for v in u]
    if len(set(pairable)) < 2:
        assert found.undefined is not None
        return
    assert found.value == pytest.approx(package(rows, metric, size), abs=1e-9)


def test_ordinal_follows_the_label_order_not_the_spelling() -> None:
    # three labels, ordered low < mid < high; disagreeing by one step
    # counts less than by two, which nominal alpha cannot see
    # (same margins, two disagreeing units each)
    near = [[0, 1], [0, 1], [2, 2]]
    far = [[0, 2], [0, 2], [1, 1]]
    assert krippendorff_alpha(near, 3, "nominal").value == pytest.approx(
        krippendorff_alpha(far, 3, "nominal").value)
    near_ordinal = krippendorff_alpha(near, 3, "ordinal").value
    far_ordinal = krippendorff_alpha(far, 3, "ordinal").value
    assert near_ordinal is not None and far_ordinal is not None
    assert near_ordinal > far_ordinal


def test_fewer_than_two_pairable_values_is_undefined() -> None:
    found = krippendorff_alpha([[0], [1], []], 2)
    assert found.value is None
    assert found.undefined is not None and "fewer than 2 pairable" in found.undefined


def test_one_value_only_is_undefined_not_zero() -> None:
    # the lone 1 sits in a unit with one rating, so it is not pairable
    found = krippendorff_alpha([[0, 0], [0, 0, 0], [1]], 2, "interval")
    assert found.value is None
    assert found.undefined is not None and "D_e = 0" in found.undefined


def test_values_outside_the_axis_are_rejected() -> None:
    with pytest.raises(ValueError, match="within 0..1"):
        krippendorff_alpha([[0, 2]], 2)

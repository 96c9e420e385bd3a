"""The seeded bootstrap interval for nominal alpha, against the krippendorff package."""

from __future__ import annotations

import random

import krippendorff
import numpy as np
import pytest

from guidekit.scoring.alpha import krippendorff_alpha, unit_counts
from guidekit.scoring.bootstrap import bootstrap_alpha


def counted(units: list[list[int]], size: int = 3) -> list[list[int]]:
    return [unit_counts(u, size) for u in units]


def reliability_data(units: list[list[int]]) -> np.ndarray:
    """coders x units, np.nan where a unit has fewer values."""
    width = max(map(len, units))
    return np.array([[u[c] if c < len(u) else np.nan for u in units]
                     for c in range(width)], float)


def generated_units(seed: int) -> list[list[int]]:
    rng = random.Random(seed)
    units = []
    for _ in range(30):
        lean = rng.randrange(3)
        units.append([lean if rng.random() < 0.7 else rng.randrange(3)
                      for _ in range(rng.randint(1, 5))])
    return units


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_draw_and_the_percentiles_match_an_independent_run(seed: int) -> None:
    units, draws = generated_units(seed), 200
    found = bootstrap_alpha(counted(units), draws=draws, seed=seed)
    pairable = [u for u in units if len(u) >= 2]
    rng, values = np.random.default_rng(seed), []
    for _ in range(draws):
        picks = rng.integers(0, len(pairable), len(pairable))
        picked = [pairable[i] for i in picks]
        values.append(krippendorff.alpha(reliability_data=reliability_data(picked),
                                         level_of_measurement="nominal",
                                         value_domain=[0, 1, 2]))
    assert (found.draws, found.defined, found.seed) == (draws, draws, seed)
    assert found.interval.low == pytest.approx(np.percentile(values, 2.5))
    assert found.interval.high == pytest.approx(np.percentile(values, 97.5))
    point = krippendorff_alpha(units, 3).value
    assert point is not None and found.interval.contains(point)


def test_the_same_seed_gives_the_same_interval_and_another_differs() -> None:
    units = generated_units(9)
    first = bootstrap_alpha(counted(units), draws=300, seed=5)
    assert bootstrap_alpha(counted(units), draws=300, seed=5) == first
    assert bootstrap_alpha(counted(units), draws=300, seed=6).interval != first.interval


def test_undefined_draws_are_left_out_and_counted() -> None:
    # one unit of two values carries every disagreement; resamples without
    # it hold one value only
    units = [[0, 0]] * 3 + [[1, 1], [0, 1]]
    found = bootstrap_alpha(counted(units, 2), draws=400, seed=3)
    assert 0 < found.defined < 400
    assert found.interval.defined
    never = bootstrap_alpha([[2, 0], [2, 0]], draws=50)
    assert never.defined == 0 and "every resample" in (never.interval.undefined or "")
    empty = bootstrap_alpha([[1, 0], [0, 1]], draws=50)
    assert "2 or more ratings" in (empty.interval.undefined or "")


def test_bad_arguments_are_rejected() -> None:
    with pytest.raises(ValueError, match="draws must be"):
        bootstrap_alpha([[1, 1]], draws=0)


def test_the_work_is_capped_and_the_cap_is_reported() -> None:
    units = generated_units(2)
    pairable = sum(len(u) >= 2 for u in units)
    found = bootstrap_alpha(counted(units), draws=500, budget=pairable * 40)
    assert (found.draws, found.requested) == (40, 500)
    assert found.defined == 40

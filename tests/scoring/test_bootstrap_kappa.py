"""Bootstrap intervals for kappa and macro-F1 against an independent bootstrap.

The reference resamples label arrays with its own generator (Mersenne
Twister, not guidekit's PCG64, another seed) and scores each resample
with scikit-learn, so it shares neither draws nor arithmetic with
guidekit; endpoints agree within Monte Carlo error.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score, f1_score

from guidekit.scoring.bootstrap_kappa import (
    DRAWS,
    SHARED_MAX,
    bootstrap_matrices,
    by_annotator,
    percentile,
)
from guidekit.scoring.labelscores import label_scores, macro_f1
from guidekit.scoring.metrics import cohen_kappa

Matrix = list[list[int]]
REFERENCE_DRAWS = 400


def arrays(matrix: Matrix) -> tuple[np.ndarray, np.ndarray]:
    """(gold, given) label arrays with the matrix's cells as counts."""
    cells = np.asarray(matrix)
    rows, cols = np.indices(cells.shape)
    return (np.repeat(rows.ravel(), cells.ravel()),
            np.repeat(cols.ravel(), cells.ravel()))


def reference(matrix: Matrix, seed: int) -> tuple[tuple[float, float], ...]:
    """Percentile 95% intervals of kappa and macro-F1, sklearn on resamples."""
    gold, given = arrays(matrix)
    rng, n = np.random.Generator(np.random.MT19937(seed)), len(gold)
    kappas, f1s = [], []
    for _ in range(REFERENCE_DRAWS):
        picks = rng.integers(0, n, size=n)
        truth, said = gold[picks], given[picks]
        kappas.append(cohen_kappa_score(truth, said))
        f1s.append(f1_score(truth, said, average="macro", zero_division=0))
    return tuple((float(np.quantile(v, 0.025)), float(np.quantile(v, 0.975)))
                 for v in (kappas, f1s))


def close(ours: tuple[float | None, float | None], theirs: tuple[float, float],
          ) -> bool:
    """Ends within a fifth of the interval's width: about 5 Monte Carlo errors.

    A 2.5% quantile from B draws of a normal figure has standard error about
    2.7 sigma / sqrt(B), 0.18 sigma for 500 and 400 draws together; the
    95% interval is 3.9 sigma wide, a fifth of it 0.78 sigma.
    """
    tolerance = 0.2 * (theirs[1] - theirs[0])
    return ours == pytest.approx(theirs, abs=tolerance)


CASES = [
    [[40, 10, 5], [8, 30, 7], [2, 6, 50]],
    [[12, 3, 0, 1], [2, 9, 4, 0], [0, 5, 15, 2], [1, 0, 3, 20]],
]


@pytest.mark.parametrize("matrix", CASES)
def test_endpoints_agree_with_an_independent_bootstrap(matrix: Matrix) -> None:
    ours = bootstrap_matrices([matrix])[0]
    kappa, f1 = reference(matrix, seed=7)
    assert close((ours.kappa.low, ours.kappa.high), kappa)
    assert close((ours.macro_f1.low, ours.macro_f1.high), f1)


@pytest.mark.parametrize(("matrix", "shared"), [
    ([[2400, 600], [500, 2100]], True),     # the shared table, float64 products
    ([[8000, 2000], [1500, 7000]], False),  # numpy's multinomial
])
def test_large_matrices_agree_on_both_paths(matrix: Matrix, shared: bool) -> None:
    n = sum(map(sum, matrix))
    assert n > 4096  # r_i c_i past float32's exact integers
    assert (n <= SHARED_MAX) == shared
    ours = bootstrap_matrices([matrix])[0]
    kappa, f1 = reference(matrix, seed=11)
    assert close((ours.kappa.low, ours.kappa.high), kappa)
    assert close((ours.macro_f1.low, ours.macro_f1.high), f1)


def random_matrices(count: int, k: int, seed: int) -> list[Matrix]:
    """Seeded matrices of 30 to 400 answers, heavier on the diagonal."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        shares = rng.dirichlet(np.ones(k * k)).reshape(k, k) + np.eye(k)
        n = int(rng.integers(30, 400))
        cells = rng.multinomial(n, (shares / shares.sum()).ravel())
        out.append(cells.reshape(k, k).tolist())
    return out


def test_point_figures_lie_inside_their_intervals() -> None:
    for matrix in random_matrices(40, 3, seed=3):
        found = bootstrap_matrices([matrix])[0]
        kappa = cohen_kappa(matrix).value
        f1 = macro_f1(label_scores(["a", "b", "c"], matrix)).value
        assert kappa is not None and f1 is not None
        assert found.kappa.contains(kappa), (matrix, found)
        assert found.macro_f1.contains(f1), (matrix, found)


def test_same_seed_same_bytes_alone_batched_or_reordered() -> None:
    matrices = random_matrices(30, 4, seed=5) + [[[3000, 900, 0, 0], [700, 2000,
                                                   0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]]
    first = bootstrap_matrices(matrices)
    again = bootstrap_matrices(matrices)
    alone = [bootstrap_matrices([m])[0] for m in matrices]
    backwards = bootstrap_matrices(matrices[::-1])[::-1]
    assert repr(first) == repr(again) == repr(alone) == repr(backwards)
    other = bootstrap_matrices(matrices, seed=1)
    assert repr(other) != repr(first)
    named = by_annotator({f"a{i}": m for i, m in enumerate(matrices)})
    assert repr(list(named.values())) == repr(first)


def test_one_category_all_correct_and_tiny_samples_say_why() -> None:
    one, right, single, none, wrong = bootstrap_matrices(
        [[[7, 0], [0, 0]], [[9, 0], [0, 1]], [[1, 0], [0, 0]], [[0, 0], [0, 0]],
         [[0, 3], [0, 0]]])
    # one category everywhere: every resample's chance agreement is 1
    assert one.kappa.undefined == ("kappa is undefined in 500 of 500 resamples "
                                   "(one category only); at least half must be "
                                   "defined")
    assert (one.macro_f1.low, one.macro_f1.high) == pytest.approx((1.0, 1.0))
    # all correct: a resample missing the 1-in-10 label (0.9 ** 10 = 35% of
    # them) is left out and counted; the rest have kappa 1
    assert right.kappa_defined == pytest.approx(DRAWS * (1 - 0.9 ** 10), abs=40)
    assert (right.kappa.low, right.kappa.high) == pytest.approx((1.0, 1.0))
    assert single.kappa.undefined == "one gold answer: every resample repeats it"
    assert single.macro_f1.undefined == single.kappa.undefined
    assert none.kappa.undefined == "no gold answered"
    # gold always a, answers always b: kappa 0 and F1 0 in every resample
    assert (wrong.kappa.low, wrong.kappa.high) == pytest.approx((0.0, 0.0))
    assert (wrong.macro_f1.low, wrong.macro_f1.high) == pytest.approx((0.0, 0.0))


def test_too_few_defined_draws_give_no_interval() -> None:
    # columns: 3 of 10 draws defined, then 6 of 10; half (5) are needed
    values = np.full((10, 2), np.inf)
    values[:3, 0] = [0.1, 0.2, 0.3]
    values[:6, 1] = [0.6, 0.1, 0.5, 0.2, 0.4, 0.3]
    intervals, defined = percentile(values, 0.5, needed=5)
    assert defined == [3, 6]
    assert intervals[0].undefined == "too few defined"
    # the 25% and 75% quantiles of 0.1 .. 0.6, linear between order statistics
    assert (intervals[1].low, intervals[1].high) == pytest.approx((0.225, 0.475))
    assert (intervals[1].low, intervals[1].high) == pytest.approx(
        tuple(np.quantile([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], [0.25, 0.75])))


def test_no_interval_end_is_ever_nan() -> None:
    matrices = random_matrices(20, 2, seed=9) + [
        [[0, 0], [0, 2]], [[1, 0], [0, 1]], [[0, 1], [1, 0]], [[2, 0], [0, 0]]]
    for found in bootstrap_matrices(matrices):
        for interval in (found.kappa, found.macro_f1):
            ends = (interval.low, interval.high)
            assert all(e is None or math.isfinite(e) for e in ends)
            assert (ends[0] is None) == (interval.undefined is not None)


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="square"):
        bootstrap_matrices([[[1, 2, 3], [4, 5, 6]]])
    with pytest.raises(ValueError, match="draws must be"):
        bootstrap_matrices([[[1]]], draws=0)

"""Metrics against hand-worked values and against statsmodels / scikit-learn."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score, f1_score, precision_recall_fscore_support
from statsmodels.stats.proportion import proportion_confint

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.labelscores import label_scores, macro_f1
from guidekit.scoring.metrics import (
    chance_agreement,
    cohen_kappa,
    observed_agreement,
    wilson_interval,
)


def expand(matrix: list[list[int]]) -> tuple[list[int], list[int]]:
    """Gold and given label vectors with the counts of `matrix`."""
    gold: list[int] = []
    given: list[int] = []
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            gold += [i] * count
            given += [j] * count
    return gold, given


def random_matrices(seed: int, count: int) -> list[list[list[int]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        k = rng.randint(2, 5)
        zero = rng.random() < 0.3
        out.append([[0 if zero and j == k - 1 else rng.randint(0, 12)
                     for j in range(k)] for _ in range(k)])
    return out


def test_wilson_hand_worked_8_of_10() -> None:
    # p = 0.8, z = 1.95996: centre 0.71674, half-width 0.22658
    found = wilson_interval(8, 10)
    assert (found.low, found.high) == (pytest.approx(0.49016, abs=1e-5),
                                       pytest.approx(0.94332, abs=1e-5))


@pytest.mark.parametrize("successes,n", [(0, 1), (0, 7), (7, 7), (1, 2), (13, 40),
                                         (408, 800), (799, 800)])
def test_wilson_matches_statsmodels_at_edges(successes: int, n: int) -> None:
    low, high = proportion_confint(successes, n, alpha=0.05, method="wilson")
    found = wilson_interval(successes, n)
    assert found.low == pytest.approx(low, abs=1e-12)
    assert found.high == pytest.approx(high, abs=1e-12)


def test_wilson_matches_statsmodels_on_random_inputs() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 2000)
        successes = rng.randint(0, n)
        level = rng.choice([0.8, 0.9, 0.95, 0.99])
        low, high = proportion_confint(successes, n, alpha=1 - level, method="wilson")
        found = wilson_interval(successes, n, level=level)
        assert (found.low, found.high) == (pytest.approx(low, abs=1e-12),
                                           pytest.approx(high, abs=1e-12))


def test_wilson_undefined_and_bad_input() -> None:
    empty = wilson_interval(0, 0)
    assert (empty.defined, empty.undefined, empty.text()) == (
        False, "no observations", "n/a")
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(3, 2)
    with pytest.raises(ValueError, match="level"):
        wilson_interval(1, 2, level=1.5)


def test_kappa_hand_worked() -> None:
    # N = 50, p_o = 35/50 = 0.7, p_e = (25*30 + 25*20)/2500 = 0.5
    matrix = [[20, 5], [10, 15]]
    assert observed_agreement(matrix).value == pytest.approx(0.7)
    assert chance_agreement(matrix).value == pytest.approx(0.5)
    assert cohen_kappa(matrix).value == pytest.approx(0.4)
    gold, given = expand(matrix)
    assert cohen_kappa(matrix).value == pytest.approx(cohen_kappa_score(gold, given))


def test_kappa_matches_sklearn_on_random_inputs() -> None:
    checked = 0
    for matrix in random_matrices(seed=11, count=300):
        found = cohen_kappa(matrix)
        if found.value is None:
            continue
        gold, given = expand(matrix)
        assert found.value == pytest.approx(cohen_kappa_score(gold, given), abs=1e-12)
        checked += 1
    assert checked > 250


def test_kappa_undefined_is_explicit_never_nan() -> None:
    one_class = cohen_kappa([[9, 0], [0, 0]])
    assert one_class.value is None
    assert "chance agreement is 1" in (one_class.undefined or "")
    assert cohen_kappa([[0, 0], [0, 0]]).undefined == "no items"
    assert observed_agreement([[0]]).undefined == "no items"


def test_kappa_rejects_bad_matrices() -> None:
    with pytest.raises(ValueError, match="square"):
        cohen_kappa([[1, 2], [3]])
    with pytest.raises(ValueError, match="counts"):
        cohen_kappa([[1, -2], [3, 4]])


def test_label_scores_hand_worked() -> None:
    # yes: tp 3, gold 4, given 3 -> P 1, R 0.75, F1 6/7; no: P 0.8, R 1, F1 8/9
    scores = label_scores(["yes", "no"], [[3, 1], [0, 4]])
    got = [(s.precision.value, s.recall.value, s.f1.value) for s in scores]
    assert got == [(pytest.approx(1.0), pytest.approx(0.75), pytest.approx(6 / 7)),
                   (pytest.approx(0.8), pytest.approx(1.0), pytest.approx(8 / 9))]
    assert macro_f1(scores).value == pytest.approx((6 / 7 + 8 / 9) / 2)


def test_label_scores_match_sklearn_on_random_inputs() -> None:
    for matrix in random_matrices(seed=5, count=200):
        k = len(matrix)
        gold, given = expand(matrix)
        if not gold:
            continue
        p, r, f, support = precision_recall_fscore_support(
            gold, given, labels=list(range(k)), zero_division=np.nan)
        scores = label_scores([str(i) for i in range(k)], matrix)
        for i, s in enumerate(scores):
            assert s.gold == support[i]
            for ours, theirs in ((s.precision, p[i]), (s.recall, r[i]), (s.f1, f[i])):
                assert (ours.value is None) == bool(np.isnan(theirs))
                if ours.value is not None:
                    assert ours.value == pytest.approx(theirs, abs=1e-12)
        assert macro_f1(scores).value == pytest.approx(
            f1_score(gold, given, average="macro"), abs=1e-12)


def test_label_scores_undefined_cases() -> None:
    scores = label_scores(["a", "b", "c"], [[2, 0, 0], [1, 0, 0], [0, 0, 0]])
    a, b, c = scores
    assert b.precision.undefined == "no answer gave 'b'"
    assert b.recall.value == pytest.approx(0.0)
    assert b.f1.value == pytest.approx(0.0)
    assert c.recall.undefined == "gold never has 'c'"
    assert c.f1.undefined == "'c' occurs in neither gold nor answers"
    # macro-F1 leaves out 'c', which occurs on neither side
    assert macro_f1(scores).value == pytest.approx((0.8 + 0.0) / 2)
    assert macro_f1(label_scores(["a"], [[0]])).undefined == "no items"
    with pytest.raises(ValueError, match="labels"):
        label_scores(["a"], [[1, 0], [0, 1]])


def test_figure_refuses_nan_and_ambiguity() -> None:
    with pytest.raises(ValueError, match="finite"):
        Figure(float("nan"))
    with pytest.raises(ValueError):
        Figure(0.5, "both")
    with pytest.raises(ValueError):
        Figure(None)
    assert Figure.of(0.12345).text() == "0.123"
    assert not Interval.missing("none", 0.95).contains(0.5)
    assert Interval.between(0.2, 0.4, 0.95).contains(0.3)

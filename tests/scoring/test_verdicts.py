"""Verdicts: not enough gold, fail, borderline (with how much gold settles it), pass."""

from __future__ import annotations

import pytest
from statsmodels.stats.proportion import proportion_confint

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.settle import (
    more_gold,
    more_gold_interval,
    straddles,
    wilson_bounds,
)
from guidekit.scoring.verdicts import verdict
from guidekit.spec.models import Scoring


def scoring(accuracy: float | None, kappa: float | None = None,
            min_gold: int = 5) -> Scoring:
    return Scoring.model_validate({"pass": {"accuracy": accuracy, "kappa": kappa},
                                   "min_gold": min_gold})


def sm_straddles(p: float, n: int, threshold: float) -> bool:
    low, high = proportion_confint(p * n, n, alpha=0.05, method="wilson")
    return bool(low < threshold <= high)


@pytest.mark.parametrize(("right", "n"), [(0, 5), (3, 4), (8, 10), (18, 20),
                                          (50, 50), (333, 700)])
def test_wilson_bounds_match_statsmodels(right: int, n: int) -> None:
    low, high = proportion_confint(right, n, alpha=0.05, method="wilson")
    assert wilson_bounds(right / n, n) == pytest.approx((low, high), abs=1e-12)


@pytest.mark.parametrize(("right", "n", "threshold"), [
    (18, 20, 0.8), (9, 10, 0.75), (5, 10, 0.75), (7, 10, 0.8), (14, 20, 0.75),
    (1, 2, 0.6), (19, 20, 0.85), (3, 10, 0.25)])
def test_more_gold_is_the_first_n_statsmodels_clears(right: int, n: int,
                                                     threshold: float) -> None:
    p = right / n
    found = more_gold(p, n, threshold)
    assert found is not None
    extra, side = found
    assert side == ("pass" if p > threshold else "fail")
    assert sm_straddles(p, n, threshold)
    # a plain scan from the current n, with statsmodels' interval
    scan = next(m for m in range(1, 100_000) if not sm_straddles(p, n + m, threshold))
    assert extra == scan


def test_more_gold_by_hand() -> None:
    # 18 of 20 against 0.8: 0.9 on 62 answers has Wilson low 0.80053 (worked by
    # hand: centre 0.876663, half-width 0.076130), on 61 just under 0.8;
    # so 42 more at the same accuracy clear 0.8
    assert more_gold(0.9, 20, 0.8) == (42, "pass")
    assert wilson_bounds(0.9, 62)[0] == pytest.approx(0.80053, abs=1e-5)
    assert wilson_bounds(0.9, 61)[0] < 0.8
    assert more_gold(0.75, 4, 0.75) is None
    assert more_gold(0.95, 100, 0.8) == (0, "pass")
    assert not straddles(0.95, 100, 0.8)
    with pytest.raises(ValueError, match="n must be at least 1"):
        more_gold(0.5, 0, 0.5)


def test_not_enough_gold_comes_first() -> None:
    assert verdict(4, Figure.of(0.5), Figure.of(0.0), scoring(0.8, 0.5)) == (
        "not enough gold", ("4 gold item(s) answered, 5 needed",))


def test_clear_pass_and_clear_fail() -> None:
    # 50 of 50: interval [0.929, 1]; 10 of 40: [0.142, 0.404]
    assert verdict(50, Figure.of(1.0), Figure.of(1.0), scoring(0.8, 0.5)) == (
        "pass", ("accuracy 1.000 >= 0.8", "kappa 1.000 >= 0.5"))
    assert verdict(40, Figure.of(0.25), Figure.of(0.6), scoring(0.8, 0.5)) == (
        "fail", ("accuracy 0.250 < 0.8",))


def test_borderline_says_how_much_gold_settles_it() -> None:
    status, reasons = verdict(20, Figure.of(0.9), Figure.of(0.8), scoring(0.8, 0.5))
    assert status == "borderline"
    assert reasons == (
        "accuracy 0.900, 95% interval [0.699, 0.972] holds 0.8",
        "at accuracy 0.900, 42 more gold answers would clear 0.8 (pass)",
        "kappa 0.800 >= 0.5")
    low = verdict(20, Figure.of(0.7), Figure.of(0.6), scoring(0.8))
    assert low[0] == "borderline"
    extra = more_gold(0.7, 20, 0.8)
    assert extra is not None and extra[1] == "fail"
    assert low[1][1] == (f"at accuracy 0.700, {extra[0]} more gold answers would "
                         "clear 0.8 (fail)")


def test_accuracy_at_the_threshold_never_settles() -> None:
    status, reasons = verdict(10, Figure.of(0.8), Figure.of(0.6), scoring(0.8))
    assert status == "borderline"
    assert reasons[1] == ("accuracy equals 0.8: more gold at this accuracy never "
                          "settles it")


def test_a_clear_kappa_miss_fails_a_borderline_accuracy() -> None:
    status, reasons = verdict(20, Figure.of(0.9), Figure.of(0.1), scoring(0.8, 0.5))
    assert status == "fail"
    assert reasons == ("kappa 0.100 < 0.5",
                       "accuracy 0.900, 95% interval [0.699, 0.972] holds 0.8")


def test_without_an_accuracy_threshold_there_is_no_borderline() -> None:
    assert verdict(6, Figure.of(0.5), Figure.of(0.6), scoring(None, 0.5)) == (
        "pass", ("kappa 0.600 >= 0.5",))


# Kappa judged on its bootstrap interval (issue 4). 45 of 50 right has Wilson
# interval [0.786, 0.957], which clears an accuracy threshold of 0.7.
def kappa_verdict(kappa: float, low: float, high: float,
                  accuracy: float = 0.9) -> tuple[str, tuple[str, ...]]:
    return verdict(50, Figure.of(accuracy), Figure.of(kappa), scoring(0.7, 0.5),
                   kappa_interval=Interval.between(low, high, 0.95))


def test_a_kappa_interval_that_holds_the_threshold_is_borderline() -> None:
    # by hand: the low side is 0.15 wide, 0.1 from 0.5; it shrinks as
    # 1/sqrt(n) to 0.1 at n = 50 * (0.15 / 0.1) ** 2 = 112.5, so 113 - 50 = 63
    assert kappa_verdict(0.6, 0.45, 0.75) == ("borderline", (
        "kappa 0.600, 95% bootstrap interval [0.450, 0.750] holds 0.5",
        "at kappa 0.600, about 63 more gold answers would clear 0.5 (pass)",
        "accuracy 0.900 >= 0.7"))


def test_a_kappa_below_the_threshold_is_borderline_while_its_interval_holds_it(
        ) -> None:
    # value 0.45 < 0.5 used to fail; the high side 0.15 wide, 0.05 from 0.5:
    # 50 * 3 ** 2 = 450 answers, so 400 more
    status, reasons = kappa_verdict(0.45, 0.3, 0.6)
    assert status == "borderline"
    assert reasons[1] == ("at kappa 0.450, about 400 more gold answers would "
                          "clear 0.5 (fail)")


def test_fail_only_when_the_whole_kappa_interval_is_below() -> None:
    assert kappa_verdict(0.3, 0.2, 0.4) == ("fail", (
        "kappa 0.300, 95% bootstrap interval [0.200, 0.400] below 0.5",))
    # the high end exactly at the threshold still holds it (low < t <= high),
    # and any more gold at this kappa would take it below: 1 more, at least
    assert kappa_verdict(0.4, 0.3, 0.5)[0] == "borderline"
    assert kappa_verdict(0.4, 0.3, 0.5)[1][1] == (
        "at kappa 0.400, about 1 more gold answers would clear 0.5 (fail)")


def test_pass_needs_the_kappa_interval_to_clear_the_threshold() -> None:
    assert kappa_verdict(0.7, 0.5, 0.85) == ("pass", (
        "accuracy 0.900 >= 0.7",
        "kappa 0.700, 95% bootstrap interval [0.500, 0.850] clears 0.5"))


def test_a_clear_accuracy_miss_fails_whatever_the_kappa_interval() -> None:
    # 10 of 50 right: Wilson [0.112, 0.330], wholly below 0.7
    status, reasons = kappa_verdict(0.45, 0.3, 0.6, accuracy=0.2)
    assert status == "fail"
    assert reasons == ("accuracy 0.200 < 0.7",
                       "kappa 0.450, 95% bootstrap interval [0.300, 0.600] "
                       "holds 0.5")


def test_kappa_at_the_threshold_never_settles() -> None:
    assert kappa_verdict(0.5, 0.4, 0.6)[1][1] == (
        "kappa equals 0.5: more gold at this kappa never settles it")


def test_without_a_kappa_interval_kappa_is_judged_on_its_value() -> None:
    missing = Interval.missing("one gold answer: every resample repeats it", 0.95)
    assert verdict(50, Figure.of(0.9), Figure.of(0.6), scoring(0.7, 0.5),
                   kappa_interval=missing) == (
        "pass", ("accuracy 0.900 >= 0.7", "kappa 0.600 >= 0.5"))


def test_more_gold_interval_by_hand() -> None:
    assert more_gold_interval(0.6, 0.4, 0.8, 100, 0.5) == (300, "pass")
    assert more_gold_interval(0.45, 0.3, 0.55, 50, 0.5) == (150, "fail")
    assert more_gold_interval(0.5, 0.4, 0.6, 50, 0.5) is None
    with pytest.raises(ValueError, match="n must be at least 1"):
        more_gold_interval(0.5, 0.4, 0.6, 0, 0.4)

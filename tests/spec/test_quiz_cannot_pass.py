"""quiz-cannot-pass: its Wilson arithmetic against scoring's own interval."""

from __future__ import annotations

import pytest

from guidekit.scoring.metrics import wilson_interval
from guidekit.spec.checks.quiz_cannot_pass import needed, perfect_low


@pytest.mark.parametrize("n", [1, 5, 12, 15, 16, 20, 60])
def test_perfect_low_is_the_wilson_low_end_score_uses(n: int) -> None:
    assert perfect_low(n) == pytest.approx(wilson_interval(n, n).low)


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95])
def test_needed_is_the_fewest_questions_that_clear(threshold: float) -> None:
    n = needed(threshold)
    assert perfect_low(n) >= threshold
    assert n == 1 or perfect_low(n - 1) < threshold

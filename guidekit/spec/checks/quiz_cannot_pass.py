"""A perfect quiz is too short to clear the scoring threshold."""

from __future__ import annotations

import math
from collections.abc import Iterator

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec

#: The 95% normal quantile `guidekit score` uses for Wilson intervals.
Z = 1.959963984540054


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    spec = loaded.spec
    threshold = spec.scoring.pass_.accuracy
    asked = spec.quiz.questions
    if threshold is None or threshold >= 1:
        return
    low = perfect_low(asked)
    if low < threshold:
        need = needed(threshold)
        exam = sum(item.pool == "exam" for item in spec.gold)
        yield Finding(("quiz", "questions"),
                      f"a quiz of {asked} question(s) answered all right has a "
                      f"Wilson 95% low end of {low:.3f}, under scoring.pass."
                      f"accuracy {threshold:g}: `guidekit score` cannot pass "
                      f"it [{need} needed]",
                      f"ask for at least {need} questions"
                      + (f" and add exam gold (the pool has {exam})"
                         if need > exam else ""))


def perfect_low(n: int) -> float:
    """Wilson's low end for n right of n, which is n / (n + z^2).

    >>> round(perfect_low(20), 3)
    0.839
    """
    return n / (n + Z * Z)


def needed(threshold: float) -> int:
    """The fewest questions whose perfect score clears `threshold`.

    >>> needed(0.8), needed(0.9)
    (16, 35)
    """
    return max(1, math.ceil(threshold * Z * Z / (1 - threshold)))


CHECK = Check(
    "quiz-cannot-pass", "warning",
    "The quiz is too short for a perfect score to pass `guidekit score`.", run,
    rationale="`guidekit score` passes an annotator only when the low end of "
    "the Wilson 95% interval of accuracy meets scoring.pass.accuracy; with "
    "few questions even 12 of 12 leaves that low end under 0.8, so every "
    "annotator of the qualification quiz comes out borderline.",
    fix="Raise quiz.questions (and the exam pool) to the number the warning "
    "gives, or lower scoring.pass.accuracy.",
)

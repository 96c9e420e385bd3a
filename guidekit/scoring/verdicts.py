"""Verdicts against the spec's thresholds, and flags for a closer look.

Each threshold is judged on an interval: accuracy on its Wilson 95%
interval, kappa on its seeded bootstrap 95% interval (see
`guidekit.scoring.bootstrap_kappa`). A figure clearly misses its
threshold when the whole interval lies below it, clearly meets it when
the interval's low end is at or above it, and is unsure when the
interval straddles it (low < threshold <= high). A kappa without an
interval (fewer than 2 gold answers, or too many resamples with one
category only) is judged on its value; an undefined kappa does not meet
a kappa threshold. Verdict, in this order:

- "not enough gold" when fewer than scoring.min_gold gold items were
  answered;
- "fail" when accuracy or kappa clearly misses its threshold, whatever
  the other figure says;
- "borderline" when accuracy or kappa is unsure and neither clearly
  misses: the gold answered cannot tell the two sides apart. A reason
  says how many more gold answers would settle it: for accuracy, at the
  same accuracy (exact, see `guidekit.scoring.settle`), or that none
  would (accuracy equal to the threshold); for kappa, an estimate that
  assumes the interval narrows as 1 / sqrt(n);
- "pass" otherwise: every threshold is clearly met. A threshold left out
  is not applied.

Flags: "near chance" when kappa is below 0.2, the top of the band Landis
& Koch (1977) call 'slight' agreement; "one label" when an annotator gave
the same label to every gold item (two or more). An interval that merely
holds chance is not a flag: with 20 items it holds 0.5 up to 0.75
accuracy, and the interval in the report already shows that.
"""

from __future__ import annotations

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.report import Flag, Verdict
from guidekit.scoring.settle import (
    more_gold,
    more_gold_interval,
    straddles,
    wilson_bounds,
)
from guidekit.spec.models import Scoring

SLIGHT = 0.2


def verdict(n: int, accuracy: Figure, kappa: Figure, scoring: Scoring, *,
            kappa_interval: Interval | None = None,
            ) -> tuple[Verdict, tuple[str, ...]]:
    """The verdict and the reasons for it, one short line each."""
    if n < scoring.min_gold:
        return "not enough gold", (f"{n} gold item(s) answered, "
                                   f"{scoring.min_gold} needed",)
    unsure = borderline_reasons(n, accuracy, scoring.pass_.accuracy)
    kappa_unsure = kappa_borderline_reasons(n, kappa, kappa_interval,
                                            scoring.pass_.kappa)
    checks = [(None, "") if unsure else
              _check("accuracy", accuracy, scoring.pass_.accuracy),
              (None, "") if kappa_unsure else
              kappa_check(kappa, kappa_interval, scoring.pass_.kappa)]
    failed = [reason for ok, reason in checks if ok is False]
    passed = [reason for ok, reason in checks if ok]
    if failed:
        return "fail", (*failed, *unsure[:1], *kappa_unsure[:1])
    if unsure or kappa_unsure:
        return "borderline", (*unsure, *kappa_unsure, *passed)
    return "pass", tuple(passed) or ("no pass thresholds set in scoring",)


def borderline_reasons(n: int, accuracy: Figure,
                       threshold: float | None) -> tuple[str, ...]:
    """Why accuracy is borderline and what would settle it; () when it is not.

    >>> borderline_reasons(20, Figure.of(0.9), 0.8)[1]
    'at accuracy 0.900, 42 more gold answers would clear 0.8 (pass)'
    """
    p = accuracy.value
    if threshold is None or p is None or n < 1 or not straddles(p, n, threshold):
        return ()
    low, high = wilson_bounds(p, n)
    held = f"accuracy {p:.3f}, 95% interval [{low:.3f}, {high:.3f}] holds {threshold:g}"
    return held, _settles("accuracy", p, threshold, more_gold(p, n, threshold))


def _check(name: str, figure: Figure,
           threshold: float | None) -> tuple[bool | None, str]:
    if threshold is None:
        return None, ""
    if figure.value is None:
        return False, f"{name} n/a ({figure.undefined}), needs >= {threshold:g}"
    ok = figure.value >= threshold
    shown = _beside(figure.value, threshold, ok)
    return ok, f"{name} {shown} {'>=' if ok else '<'} {threshold:g}"


def kappa_check(kappa: Figure, interval: Interval | None,
                threshold: float | None) -> tuple[bool | None, str]:
    """Kappa against its threshold: on the interval when there is one.

    >>> kappa_check(Figure.of(0.3), Interval.between(0.2, 0.4, 0.95), 0.5)[1]
    'kappa 0.300, 95% bootstrap interval [0.200, 0.400] below 0.5'
    """
    low = None if interval is None else interval.low
    if threshold is None or kappa.value is None or low is None or interval is None:
        return _check("kappa", kappa, threshold)
    ok = low >= threshold
    return ok, (f"kappa {kappa.value:.3f}, {_level(interval)} bootstrap interval "
                f"{interval.text()} {'clears' if ok else 'below'} {threshold:g}")


def kappa_borderline_reasons(n: int, kappa: Figure, interval: Interval | None,
                             threshold: float | None) -> tuple[str, ...]:
    """Why kappa is borderline and about what would settle it; () if not."""
    k = kappa.value
    if threshold is None or k is None or interval is None or n < 1:
        return ()
    low, high = interval.low, interval.high
    if low is None or high is None or not low < threshold <= high:
        return ()
    held = (f"kappa {k:.3f}, {_level(interval)} bootstrap interval "
            f"{interval.text()} holds {threshold:g}")
    return held, _settles("kappa", k, threshold,
                          more_gold_interval(k, low, high, n, threshold), "about ")


def _settles(name: str, value: float, threshold: float,
             settled: tuple[int, str] | None, about: str = "") -> str:
    """What more gold would settle a borderline `name`, or that none would."""
    if settled is None:
        return (f"{name} equals {threshold:g}: more gold at this {name} "
                "never settles it")
    extra, side = settled
    return (f"at {name} {value:.3f}, {about}{extra} more gold answers would "
            f"clear {threshold:g} ({side})")


def _level(interval: Interval) -> str:
    return f"{interval.level * 100:g}%"


def _beside(value: float, threshold: float, ok: bool) -> str:
    """`value` with 3 decimals, or more when rounding would hide the side."""
    for digits in range(3, 10):
        text = f"{value:.{digits}f}"
        if (float(text) >= threshold) == ok:
            return text
    return repr(value)


def flags(n: int, kappa: Figure, given: list[int], labels: tuple[str, ...],
          min_gold: int) -> tuple[Flag, ...]:
    """Warning signs; `given` counts each label's answers, in label order.

    "near chance" needs min_gold answers, as a verdict does: one wrong
    answer has kappa 0 and says nothing about the annotator.
    """
    found: list[Flag] = []
    if n >= min_gold and kappa.value is not None and kappa.value < SLIGHT:
        found.append(Flag("near chance", f"kappa {kappa.text()} < {SLIGHT} "
                          "(slight agreement at most)"))
    used = [label for label, count in zip(labels, given, strict=True) if count]
    if n >= 2 and len(used) == 1:
        found.append(Flag("one label", f"every gold answer is '{used[0]}'"))
    return tuple(found)

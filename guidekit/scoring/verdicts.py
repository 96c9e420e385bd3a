"""Verdicts against the spec's thresholds, and flags for a closer look.

Verdict: "not enough gold" when fewer than scoring.min_gold gold items
were answered; else "pass" when accuracy >= scoring.pass.accuracy and
kappa >= scoring.pass.kappa (a threshold left out is not applied, and an
undefined kappa does not meet a kappa threshold); else "fail".

Flags: "near chance" when kappa is below 0.2, the top of the band Landis
& Koch (1977) call 'slight' agreement; "one label" when an annotator gave
the same label to every gold item (two or more). An interval that merely
holds chance is not a flag: with 20 items it holds 0.5 up to 0.75
accuracy, and the interval in the report already shows that.
"""

from __future__ import annotations

from guidekit.scoring.figures import Figure
from guidekit.scoring.report import Flag, Verdict
from guidekit.spec.models import Scoring

SLIGHT = 0.2


def verdict(n: int, accuracy: Figure, kappa: Figure,
            scoring: Scoring) -> tuple[Verdict, tuple[str, ...]]:
    """The verdict and the reasons for it, one short line each."""
    if n < scoring.min_gold:
        return "not enough gold", (f"{n} gold item(s) answered, "
                                   f"{scoring.min_gold} needed",)
    checks = [_check("accuracy", accuracy, scoring.pass_.accuracy),
              _check("kappa", kappa, scoring.pass_.kappa)]
    failed = [reason for ok, reason in checks if ok is False]
    if failed:
        return "fail", tuple(failed)
    passed = [reason for ok, reason in checks if ok]
    return "pass", tuple(passed) or ("no pass thresholds set in scoring",)


def _check(name: str, figure: Figure,
           threshold: float | None) -> tuple[bool | None, str]:
    if threshold is None:
        return None, ""
    if figure.value is None:
        return False, f"{name} n/a ({figure.undefined}), needs >= {threshold:g}"
    ok = figure.value >= threshold
    shown = _beside(figure.value, threshold, ok)
    return ok, f"{name} {shown} {'>=' if ok else '<'} {threshold:g}"


def _beside(value: float, threshold: float, ok: bool) -> str:
    """`value` with 3 decimals, or more when rounding would hide the side."""
    for digits in range(3, 10):
        text = f"{value:.{digits}f}"
        if (float(text) >= threshold) == ok:
            return text
    return repr(value)


def flags(n: int, kappa: Figure, given: list[int],
          labels: tuple[str, ...]) -> tuple[Flag, ...]:
    """Warning signs; `given` counts each label's answers, in label order."""
    found: list[Flag] = []
    if kappa.value is not None and kappa.value < SLIGHT:
        found.append(Flag("near chance", f"kappa {kappa.text()} < {SLIGHT} "
                          "(slight agreement at most)"))
    used = [label for label, count in zip(labels, given, strict=True) if count]
    if n >= 2 and len(used) == 1:
        found.append(Flag("one label", f"every gold answer is '{used[0]}'"))
    return tuple(found)

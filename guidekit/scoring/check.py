"""What `guidekit score --check` gates on: the problems that fail a CI job.

A report fails the check when
- any annotator's verdict is "fail" (a pass threshold clearly missed);
- the pooled figures (every gold answer together) miss a threshold of
  the spec's `scoring.pass`: accuracy or kappa below it, or an
  undefined pooled kappa where a kappa threshold is set;
- nobody could be judged: no annotator answered scoring.min_gold gold
  items, so a check that passed would have checked nothing.

"borderline" (the interval straddles the threshold) and "not enough
gold" are shown in the report but do not fail the check on their own:
more gold settles them, and a gate that flips on a few answers is noise.
"""

from __future__ import annotations

from guidekit.scoring.figures import Figure
from guidekit.scoring.report import ScoreReport

NAMED = 5


def check_problems(report: ScoreReport) -> list[str]:
    """One line per reason the report fails the check; [] when it passes.

    >>> check_problems(score(spec, ["answers.csv"]))  # doctest: +SKIP
    ["2 of 9 annotator(s) fail: 'a7', 'b2'"]
    """
    problems = _failing(report)
    spec, overall = report.spec, report.overall
    problems += _missed("pooled accuracy", overall.accuracy, spec.pass_accuracy)
    problems += _missed("pooled kappa", overall.kappa, spec.pass_kappa)
    judged = [a for a in report.annotators if a.verdict != "not enough gold"]
    if not judged:
        problems.append(f"no annotator answered the {spec.min_gold} gold item(s) "
                        "needed for a verdict, so nothing was checked")
    return problems


def _failing(report: ScoreReport) -> list[str]:
    failed = [a.annotator for a in report.annotators if a.verdict == "fail"]
    if not failed:
        return []
    names = ", ".join(f"'{name}'" for name in failed[:NAMED])
    more = f" and {len(failed) - NAMED} more" if len(failed) > NAMED else ""
    return [f"{len(failed)} of {len(report.annotators)} annotator(s) fail: "
            f"{names}{more}"]


def _missed(name: str, figure: Figure, threshold: float | None) -> list[str]:
    if threshold is None:
        return []
    if figure.value is None:
        return [f"{name} is n/a ({figure.undefined}), needs >= {threshold:g}"]
    if figure.value < threshold:
        return [f"{name} {_below(figure.value, threshold)} < {threshold:g}"]
    return []


def _below(value: float, threshold: float) -> str:
    """`value` with 3 decimals, or more when rounding would reach `threshold`."""
    for digits in range(3, 10):
        if float(text := f"{value:.{digits}f}") < threshold:
            return text
    return repr(value)

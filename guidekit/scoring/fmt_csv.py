"""The CSV report: one row per annotator, worst first.

Each row repeats the spec id, guideline version and gold fingerprint so
that a row keeps its meaning when copied elsewhere. Figures are written
unrounded; an undefined figure is written "n/a" (the JSON report gives
the reason). Flags are joined with "; ".
"""

from __future__ import annotations

import csv
import io

from guidekit.scoring.figures import Figure
from guidekit.scoring.report import AnnotatorScore, ScoreReport

HEADER = ("annotator", "gold_answered", "correct", "accuracy", "accuracy_low",
          "accuracy_high", "kappa", "chance_agreement", "macro_f1", "verdict",
          "flags", "non_gold", "unknown_labels", "duplicates", "spec_id",
          "guideline_version", "gold_fingerprint")


def format_csv(report: ScoreReport) -> str:
    """Header and one line per annotator."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    spec = report.spec
    for a in report.annotators:
        writer.writerow([*_cells(a), spec.id, spec.version, spec.gold_fingerprint])
    return out.getvalue()


def _cells(a: AnnotatorScore) -> list[str]:
    low, high = a.interval.low, a.interval.high
    return [a.annotator, str(a.gold_answered), str(a.correct), _number(a.accuracy),
            "n/a" if low is None else repr(low), "n/a" if high is None else repr(high),
            _number(a.kappa), _number(a.chance), _number(a.macro_f1), a.verdict,
            "; ".join(f.name for f in a.flags), str(a.non_gold),
            str(a.unknown_labels), str(a.duplicates)]


def _number(value: Figure) -> str:
    return "n/a" if value.value is None else repr(value.value)

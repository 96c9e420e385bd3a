"""The CSV report: one row per annotator, worst first.

Each row repeats the spec id, guideline version and gold fingerprint so
that a row keeps its meaning when copied elsewhere. Figures are written
unrounded; an undefined figure is written "n/a" (the JSON report gives
the reason). Flags are joined with "; ".

The last six columns were added with provenance and come after every
earlier one, so readers by position keep working: how many of the
annotator's answers had a pre-label a spelling matches (prelabelled),
how many kept it, the acceptance rate, gold items whose pre-label gold
rejects, how many of those were kept (rubber_stamped) and that rate;
0 and "n/a" when no row carried a pre-label. Figures by source, agent,
reviewer and calibration are in `--format provenance-csv`
(guidekit.scoring.fmt_csv_provenance). After them come the seeded
bootstrap intervals of kappa and macro-F1 (kappa_low ... macro_f1_high).
"""

from __future__ import annotations

import csv
import io

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.provenance_report import PrelabelScore
from guidekit.scoring.report import AnnotatorScore, ScoreReport

HEADER = ("annotator", "gold_answered", "correct", "accuracy", "accuracy_low",
          "accuracy_high", "kappa", "chance_agreement", "macro_f1", "verdict",
          "flags", "non_gold", "unknown_labels", "duplicates", "spec_id",
          "guideline_version", "gold_fingerprint", "prelabelled", "prelabels_kept",
          "prelabel_acceptance", "wrong_prelabels", "rubber_stamped",
          "rubber_stamp", "kappa_low", "kappa_high", "macro_f1_low",
          "macro_f1_high")


def format_csv(report: ScoreReport) -> str:
    """Header and one line per annotator."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    spec = report.spec
    shown = {} if report.provenance is None else {
        p.annotator: p for p in report.provenance.prelabels}
    for a in report.annotators:
        writer.writerow([*_cells(a), spec.id, spec.version, spec.gold_fingerprint,
                         *_prelabel(shown.get(a.annotator)),
                         *_bounds(a.kappa_interval), *_bounds(a.macro_f1_interval)])
    return out.getvalue()


def _prelabel(p: PrelabelScore | None) -> list[str]:
    if p is None:
        return ["0", "0", "n/a", "0", "0", "n/a"]
    return [str(p.prelabelled), str(p.kept), _number(p.acceptance),
            str(p.wrong_prelabels), str(p.stamped), _number(p.rubber_stamp)]


def _cells(a: AnnotatorScore) -> list[str]:
    low, high = a.interval.low, a.interval.high
    return [a.annotator, str(a.gold_answered), str(a.correct), _number(a.accuracy),
            "n/a" if low is None else repr(low), "n/a" if high is None else repr(high),
            _number(a.kappa), _number(a.chance), _number(a.macro_f1), a.verdict,
            "; ".join(f.name for f in a.flags), str(a.non_gold),
            str(a.unknown_labels), str(a.duplicates)]


def _bounds(value: Interval) -> list[str]:
    """The bootstrap interval's ends (see bootstrap_kappa), or n/a."""
    return ["n/a" if v is None else repr(v) for v in (value.low, value.high)]


def _number(value: Figure) -> str:
    return "n/a" if value.value is None else repr(value.value)

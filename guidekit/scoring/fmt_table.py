"""The terminal report: aligned plain-text tables, worst annotators first."""

from __future__ import annotations

from guidekit.scoring.agreement_format import agreement_table
from guidekit.scoring.diag_sections import diagnostics_table
from guidekit.scoring.kinds.fmt import task_table
from guidekit.scoring.layout import (
    ANNOTATOR_HEADER,
    LABEL_HEADER,
    align,
    annotator_cells,
    confusion_cells,
    issue_lines,
    label_cells,
    pooled_line,
    printable,
    thresholds,
    totals_line,
)
from guidekit.scoring.provenance_format import provenance_table
from guidekit.scoring.report import ScoreReport

NUMERIC = frozenset({1, 2, 3, 4, 5, 6})


def format_table(report: ScoreReport) -> str:
    """Header, annotators, per-label scores, confusion matrix and totals."""
    spec = report.spec
    lines = [f"{spec.id} {spec.version}: {spec.title}",
             f"gold: {spec.gold_items} items, {spec.gold_fingerprint}",
             thresholds(report), ""]
    rows = [list(ANNOTATOR_HEADER)]
    rows += [annotator_cells(a) for a in report.annotators]
    lines += align(rows, NUMERIC) if report.annotators else ["no annotators"]
    lines += [pooled_line(report)] if report.overall.confusion else []
    lines += ["", "per label, all gold answers pooled:"]
    lines += align([list(LABEL_HEADER), *label_cells(report)],
                   frozenset(range(1, 7)))
    if report.overall.confusion:  # multi_label and span have none
        lines += ["", "confusion, rows gold, columns given:"]
        counts = frozenset(range(1, len(report.labels) + 1))
        lines += align(confusion_cells(report), counts)
    lines += task_table(report.task)
    lines += agreement_table(report.agreement)
    lines += diagnostics_table(report.diagnostics)
    lines += provenance_table(report.provenance)
    lines += ["", totals_line(report), *issue_lines(report)]
    return "".join(printable(line) + "\n" for line in lines)

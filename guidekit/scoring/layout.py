"""Small text helpers shared by the human-facing report formats."""

from __future__ import annotations

from collections.abc import Sequence

from wcwidth import wcswidth

from guidekit.scoring.buckets import RowRef
from guidekit.scoring.metrics import wilson_interval
from guidekit.scoring.report import AnnotatorScore, ScoreReport

ANNOTATOR_HEADER = ("annotator", "gold", "correct", "accuracy", "95% interval",
                    "kappa", "macro-F1", "verdict", "flags", "kappa 95% interval")
LABEL_HEADER = ("label", "gold", "given", "correct", "precision", "recall", "F1")


def printable(text: str) -> str:
    """`text` with control characters shown as escapes, safe on a terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def align(rows: Sequence[Sequence[str]], right: frozenset[int]) -> list[str]:
    """Rows padded into columns two spaces apart; `right` columns flush right.

    Cells are measured as a terminal shows them: control characters as
    their escapes (`printable`), wide ones (CJK, emoji) as two columns.
    """
    shown = [[printable(cell) for cell in row] for row in rows]
    widths = [max(map(columns, cells)) for cells in zip(*shown, strict=True)]
    lines = []
    for row in shown:
        cells = [_pad(cell, w, i in right)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    return lines


def columns(text: str) -> int:
    """How many terminal columns `text` takes (wcwidth: combining marks none,
    wide characters and emoji two), its length where wcwidth cannot tell."""
    if text.isascii():
        return len(text)
    width = wcswidth(text)
    return width if width >= 0 else len(text)


def _pad(cell: str, width: int, right: bool) -> str:
    gap = " " * (width - columns(cell))
    return gap + cell if right else cell + gap


def annotator_cells(a: AnnotatorScore) -> list[str]:
    return [a.annotator, str(a.gold_answered), str(a.correct), a.accuracy.text(),
            a.interval.text(), a.kappa.text(), a.macro_f1.text(), a.verdict,
            ", ".join(f.name for f in a.flags), a.kappa_interval.text()]


def label_cells(report: ScoreReport) -> list[list[str]]:
    return [[s.label, str(s.gold), str(s.given), str(s.correct),
             s.precision.text(), s.recall.text(), s.f1.text()]
            for s in report.overall.per_label]


def confusion_cells(report: ScoreReport) -> list[list[str]]:
    header = ["gold \\ given", *report.labels]
    body = [[label, *map(str, row)]
            for label, row in zip(report.labels, report.overall.confusion,
                                  strict=True)]
    return [header, *body]


def pooled_line(report: ScoreReport) -> str:
    """Every annotator's gold answers pooled: accuracy [Wilson], kappa, macro-F1."""
    matrix = report.overall.confusion
    total = sum(map(sum, matrix))
    right = sum(row[i] for i, row in enumerate(matrix))
    o = report.overall
    return (f"pooled, all {total} gold answers: accuracy {o.accuracy.text()} "
            f"{wilson_interval(right, total).text()}, kappa {o.kappa.text()}, "
            f"macro-F1 {o.macro_f1.text()}")


def thresholds(report: ScoreReport) -> str:
    spec = report.spec
    parts = [f"{name} >= {value:g}" for name, value in
             (("accuracy", spec.pass_accuracy), ("kappa", spec.pass_kappa))
             if value is not None]
    needs = " and ".join(parts) or "no thresholds"
    return f"pass: {needs}, with at least {spec.min_gold} gold answered"


def totals_line(report: ScoreReport) -> str:
    t = report.totals
    return (f"rows: {t.rows} read = {t.gold} gold + {t.non_gold} non-gold + "
            f"{t.unknown_labels} unknown label + {t.duplicates} duplicate + "
            f"{t.skipped} skipped")


def ref(r: RowRef) -> str:
    return f"{r.path}:{r.row}: {r.detail}"


def issue_lines(report: ScoreReport) -> list[str]:
    """Unknown labels, duplicates and skipped rows, each with its rows."""
    t, lines = report.totals, []
    if t.unknown_labels:
        values = ", ".join(f"'{v}' x{n}" for v, n in report.unknown_values)
        lines.append(f"unknown labels: {t.unknown_labels} row(s) left out "
                     f"({values}); examples:")
        lines += [f"  {ref(r)}" for r in report.unknown_examples]
    if t.duplicates:
        lines.append(f"duplicates: {t.duplicates} repeated row(s), "
                     f"{t.duplicates_differing} with a different label; the "
                     "first answer is kept; examples:")
        lines += [f"  {ref(r)}" for r in report.duplicate_examples]
    if t.skipped:
        lines.append(f"skipped: {t.skipped} bad row(s) (lenient mode):")
        lines += [f"  {ref(r)}" for r in report.skipped]
    if report.notes:
        kinds = ", ".join(f"{kind} x{n}" for kind, n in report.notes)
        lines.append(f"notes from the tool export: {kinds}; examples:")
        lines += [f"  {ref(r)}" for r in report.note_examples]
    return lines

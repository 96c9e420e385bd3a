"""The task figures in the JSON, table and Markdown reports.

JSON: the report's "task" key, null for single_label, else {kind, notes,
pooled, annotators}, annotators in the report's order; each entry has
annotator (null when pooled), items, exact, exact_rate, interval,
jaccard (multi_label, else null), matches [{matching, precision, recall,
micro_f1, macro_f1, per_label [{label, gold, given, correct, precision,
recall, f1}]}] (precision and recall micro; empty for rating) and rating
(rating, else null: {points, linear_kappa, quadratic_kappa,
mean_absolute_error, confusion {rows, columns, points, counts}}).

Text: one table, every gold answer pooled first and then each annotator
(TEXT_ROWS at most), with the kind's own columns; for span a second
table of per-label F1 under both matchings; then the notes.
"""

from __future__ import annotations

from typing import Any

from guidekit.scoring.diag_sections import Section, cut
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.kinds.figures import KindFigures, TaskFigures
from guidekit.scoring.kinds.prf import MatchFigures
from guidekit.scoring.layout import align

TEXT_ROWS = 30
POOLED = "(all pooled)"
LEAD = ("annotator", "items", "exact", "exact rate", "95% interval")
COLUMNS = {
    "multi_label": ("Jaccard", "micro-P", "micro-R", "micro-F1", "macro-F1"),
    "span": ("exact micro-F1", "exact macro-F1", "overlap micro-F1",
             "overlap macro-F1"),
    "rating": ("linear kappa", "quadratic kappa", "MAE (steps)"),
}


def task_json(task: TaskFigures | None) -> dict[str, Any] | None:
    if task is None:
        return None
    return {"kind": task.kind, "notes": list(task.notes),
            "pooled": _figures(task.pooled),
            "annotators": [_figures(f) for f in task.annotators]}


def task_sections(task: TaskFigures | None, rows: int = TEXT_ROWS) -> list[Section]:
    """The task tables, each cut to `rows` body rows."""
    if task is None:
        return []
    body = [_cells(task.kind, f) for f in (task.pooled, *task.annotators)]
    found = [Section(f"{task.kind} figures, exact match per item", [
        [*LEAD, *COLUMNS[task.kind]], *body], frozenset(range(1, 12)), 0)]
    if task.kind == "span":
        found.append(_span_labels(task.pooled))
    return [cut(s, rows) for s in found]


def task_table(task: TaskFigures | None) -> list[str]:
    """The sections and notes as plain-text lines for the table report."""
    lines: list[str] = []
    for s in task_sections(task):
        lines += ["", f"{s.title}:", *align(s.rows, s.right)]
        lines += [f"... and {s.cut} more (all in the JSON report)"] if s.cut else []
    return lines + [f"note: {n}" for n in (task.notes if task else ())]


def _cells(kind: str, f: KindFigures) -> list[str]:
    lead = [f.annotator or POOLED, str(f.items), str(f.exact), f.exact_rate.text(),
            f.interval.text()]
    if f.rating is not None:
        r = f.rating
        return [*lead, r.linear_kappa.text(), r.quadratic_kappa.text(),
                r.mean_absolute_error.text()]
    if kind == "multi_label" and f.jaccard is not None:
        m = f.matches[0]
        return [*lead, f.jaccard.text(), m.precision.text(), m.recall.text(),
                m.micro_f1.text(), m.macro_f1.text()]
    return [*lead, *(t for m in f.matches
                     for t in (m.micro_f1.text(), m.macro_f1.text()))]


def _span_labels(f: KindFigures) -> Section:
    exact, overlap = f.matches
    rows = [["label", "gold spans", "exact P", "exact R", "exact F1", "overlap P",
             "overlap R", "overlap F1"]]
    for e, o in zip(exact.per_label, overlap.per_label, strict=True):
        rows.append([e.label, str(e.gold), e.precision.text(), e.recall.text(),
                     e.f1.text(), o.precision.text(), o.recall.text(), o.f1.text()])
    return Section("span labels, all gold answers pooled", rows,
                   frozenset(range(1, 8)), 0)


def _figures(f: KindFigures) -> dict[str, Any]:
    return {"annotator": f.annotator, "items": f.items, "exact": f.exact,
            "exact_rate": _figure(f.exact_rate), "interval": _interval(f.interval),
            "jaccard": None if f.jaccard is None else _figure(f.jaccard),
            "matches": [_match(m) for m in f.matches],
            "rating": None if f.rating is None else {
                "points": list(f.rating.points),
                "linear_kappa": _figure(f.rating.linear_kappa),
                "quadratic_kappa": _figure(f.rating.quadratic_kappa),
                "mean_absolute_error": _figure(f.rating.mean_absolute_error),
                "confusion": {"rows": "gold", "columns": "given",
                              "points": list(f.rating.points),
                              "counts": [list(r) for r in f.rating.confusion]}}}


def _match(m: MatchFigures) -> dict[str, Any]:
    return {"matching": m.matching, "precision": _figure(m.precision),
            "recall": _figure(m.recall), "micro_f1": _figure(m.micro_f1),
            "macro_f1": _figure(m.macro_f1),
            "per_label": [{"label": s.label, "gold": s.gold, "given": s.given,
                           "correct": s.correct, "precision": _figure(s.precision),
                           "recall": _figure(s.recall), "f1": _figure(s.f1)}
                          for s in m.per_label]}


def _figure(value: Figure) -> dict[str, Any]:
    return {"value": value.value, "undefined": value.undefined}


def _interval(value: Interval) -> dict[str, Any]:
    return {"low": value.low, "high": value.high, "level": value.level,
            "undefined": value.undefined}

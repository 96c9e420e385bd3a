"""The Markdown report: the same content as the table, as GFM tables."""

from __future__ import annotations

from collections.abc import Sequence

from guidekit.scoring.agreement_format import agreement_lines, pair_rows
from guidekit.scoring.diag_sections import sections
from guidekit.scoring.kinds.fmt import task_sections
from guidekit.scoring.layout import (
    ANNOTATOR_HEADER,
    LABEL_HEADER,
    annotator_cells,
    confusion_cells,
    issue_lines,
    label_cells,
    pooled_line,
    thresholds,
    totals_line,
)
from guidekit.scoring.provenance_format import provenance_lines, provenance_sections
from guidekit.scoring.report import ScoreReport

SPECIAL = frozenset("\\`*_[]<>|&#!~")
NUMERIC = frozenset({1, 2, 3, 4, 5, 6})


def escape(text: str) -> str:
    """Text shown as written: Markdown and HTML characters escaped."""
    flat = " ".join(text.split())
    return "".join("\\" + ch if ch in SPECIAL else ch for ch in flat)


def table(rows: Sequence[Sequence[str]], right: frozenset[int]) -> list[str]:
    """A GFM table; the `right` columns are aligned right."""
    head, *body = rows
    marks = ["--:" if i in right else "---" for i in range(len(head))]
    return [_line(head), _line(marks, raw=True), *(_line(r) for r in body)]


def _line(cells: Sequence[str], raw: bool = False) -> str:
    shown = cells if raw else [escape(c) for c in cells]
    return "| " + " | ".join(shown) + " |"


def format_markdown(report: ScoreReport) -> str:
    """Heading, annotators, per-label scores, confusion matrix and totals."""
    spec = report.spec
    lines = [f"# Scores: {escape(spec.title)} ({escape(spec.id)} "
             f"{escape(spec.version)})", "",
             f"Gold: {spec.gold_items} items, `{spec.gold_fingerprint}`. "
             f"{_sentence(escape(thresholds(report)))}.", "", "## Annotators", ""]
    rows = [list(ANNOTATOR_HEADER), *map(annotator_cells, report.annotators)]
    lines += table(rows, NUMERIC) if report.annotators else ["No annotators."]
    if report.overall.confusion:
        lines += ["", _sentence(escape(pooled_line(report))) + "."]
    lines += ["", "## Per label (all gold answers pooled)", ""]
    lines += table([list(LABEL_HEADER), *label_cells(report)], frozenset(range(1, 7)))
    if report.overall.confusion:  # multi_label and span have none
        lines += ["", "## Confusion (rows gold, columns given)", ""]
        counts = frozenset(range(1, len(report.labels) + 1))
        lines += table(confusion_cells(report), counts)
    lines += _task(report)
    lines += _agreement(report)
    lines += _diagnostics(report)
    lines += _provenance(report)
    lines += ["", "## Rows", "", escape(totals_line(report)), ""]
    lines += [f"- {escape(line.strip())}" for line in issue_lines(report)]
    return "\n".join(lines).rstrip() + "\n"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _agreement(report: ScoreReport) -> list[str]:
    a = report.agreement
    if a is None:
        return []
    lines = ["", "## Agreement among annotators (all shared items)", ""]
    lines += [f"- {escape(line)}" for line in agreement_lines(a)]
    if a.pairs.pairs:
        lines += ["", *table(pair_rows(a), frozenset({2, 3, 4}))]
    return lines


def _diagnostics(report: ScoreReport) -> list[str]:
    lines = []
    for s in sections(report.diagnostics):
        lines += ["", f"## {_sentence(escape(s.title))}", "", *table(s.rows, s.right)]
        lines += ["", f"... and {s.cut} more (all in the JSON report)"] if s.cut else []
    return lines


def _task(report: ScoreReport) -> list[str]:
    lines = []
    for s in task_sections(report.task):
        lines += ["", f"## {_sentence(escape(s.title))}", "", *table(s.rows, s.right)]
        lines += ["", f"... and {s.cut} more (all in the JSON report)"] if s.cut else []
    notes = report.task.notes if report.task else ()
    return lines + (["", *(f"- {escape(n)}" for n in notes)] if notes else [])


def _provenance(report: ScoreReport) -> list[str]:
    lines = []
    for s in provenance_sections(report.provenance):
        lines += ["", f"## {_sentence(escape(s.title))}", "", *table(s.rows, s.right)]
        lines += ["", f"... and {s.cut} more (all in the JSON report)"] if s.cut else []
    notes = provenance_lines(report.provenance)
    return lines + (["", *(f"- {escape(line)}" for line in notes)] if notes else [])

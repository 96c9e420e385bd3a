"""The HTML report: one self-contained page with its pictures drawn inline.

The page loads nothing: CSS and SVG are inline, there is no script, and
a Content-Security-Policy says so, so it opens the same offline, from
file:// or as a CI artifact. It is rendered through the sandboxed,
autoescaping template environment: every annotator name and label is
escaped, in the SVG text as in the tables.

Shown: the spec id, version and gold fingerprint; who needs a look
(annotators near chance, busiest first, with their share of the gold
answers); the accuracy chart (see svg_accuracy; at most MAX_ROWS rows,
worst first); the confusion heat map (see svg_heatmap); per-label
precision, recall and F1; every annotator in a table; the optional
agreement, diagnostics and provenance parts when the report has them
(provenance with its calibration plots, see svg_calibration); the rows.
Long names are cut to fit by CSS, the full name kept in a title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from guidekit.scoring.html_sections import optional_parts
from guidekit.scoring.layout import (
    ANNOTATOR_HEADER,
    annotator_cells,
    issue_lines,
    label_cells,
    thresholds,
    totals_line,
)
from guidekit.scoring.report import AnnotatorScore, ScoreReport
from guidekit.scoring.svg_accuracy import TONES, accuracy_chart
from guidekit.scoring.svg_calibration import calibration_plots
from guidekit.scoring.svg_heatmap import heat_map
from guidekit.templating import environment

TEMPLATE = "score.html.j2"
WATCH = 12
VERDICTS = ("pass", "borderline", "fail", "not enough gold")


@dataclass(frozen=True)
class Watch:
    """An annotator near chance, and how much of the gold they answered."""

    annotator: str
    n: int
    share: str
    accuracy: str
    interval: str
    kappa: str


def format_html(report: ScoreReport) -> str:
    """The report as one HTML page.

    >>> page = format_html(score(load_spec("spec.yaml"), ["a.csv"]))  # doctest: +SKIP
    """
    template = environment().get_template(TEMPLATE)
    return template.render(context(report))


def context(report: ScoreReport) -> dict[str, Any]:
    """The values the template is rendered with."""
    near, total = near_chance(report), sum(a.gold_answered for a in report.annotators)
    return {
        "report": report, "spec": report.spec, "thresholds": thresholds(report),
        "counts": verdict_counts(report), "tones": TONES,
        "chart": accuracy_chart(report),
        # multi_label and span reports have no confusion matrix: no heat map
        "heat": heat_map(report) if report.overall.confusion else None,
        "watch": near[:WATCH],
        "watch_hidden": max(0, len(near) - WATCH),
        "watch_answers": sum(w.n for w in near), "all_answers": total,
        "annotator_head": ANNOTATOR_HEADER,
        "annotator_rows": [annotator_cells(a) for a in report.annotators],
        "label_rows": label_cells(report), "totals": totals_line(report),
        "issues": [line.strip() for line in issue_lines(report)],
        "parts": optional_parts(report),
        "calibration": calibration_plots(report.provenance),
    }


def verdict_counts(report: ScoreReport) -> list[tuple[str, int]]:
    """How many annotators got each verdict, in a fixed order; zeros left out."""
    found: dict[str, int] = {}
    for a in report.annotators:
        found[a.verdict] = found.get(a.verdict, 0) + 1
    order = [v for v in VERDICTS if v in found] + sorted(set(found) - set(VERDICTS))
    return [(v, found[v]) for v in order]


def near_chance(report: ScoreReport) -> list[Watch]:
    """Annotators flagged near chance, most gold answered first."""
    total = sum(a.gold_answered for a in report.annotators) or 1
    flagged = [a for a in report.annotators
               if any(f.name == "near chance" for f in a.flags)]
    flagged.sort(key=lambda a: (-a.gold_answered, a.annotator))
    return [_watch(a, total) for a in flagged]


def _watch(a: AnnotatorScore, total: int) -> Watch:
    return Watch(a.annotator, a.gold_answered, f"{a.gold_answered / total:.1%}",
                 a.accuracy.text(), a.interval.text(), a.kappa.text())

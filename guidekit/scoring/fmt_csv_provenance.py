"""`--format provenance-csv`: the provenance figures as one long CSV table.

One row per figure, so a spreadsheet can filter and pivot it:

    section,name,agent,measure,bin_low,bin_high,count,total,value,low,high,
    spec_id,guideline_version,gold_fingerprint

`section` says what a row is about and `name` which one:

- source / agent: name is the source or agent; measure "accuracy",
  count correct of total gold answered, value with the Wilson interval
  low..high.
- reviewer: measure "accuracy" (the reviewed label against gold),
  "acceptance" (kept of prelabelled) and "rubber_stamp" (kept of gold
  rows whose pre-label gold rejects).
- prelabel: name is the annotator; measures "acceptance", "rubber_stamp".
- calibration: name the source and `agent` the agent ("" when the rows
  name none), or name "(all)" for every answer pooled; measure "ece",
  total the gold answers with a confidence.
- reliability: one bin of a calibration group, bin_low..bin_high;
  measure "accuracy" (count correct of total in the bin) and
  "confidence" (value the mean confidence). Empty bins are left out.
- guideline_version: name a version other than the spec's; measure
  "rows", count the answers labelled under it.

Empty cells are not applicable; an undefined figure is "n/a" (the JSON
report says why). Figures are unrounded. With no provenance in the
submissions the file is the header alone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.provenance_report import (
    CalibrationGroup,
    Provenance,
    ReliabilityBin,
)
from guidekit.scoring.report import ScoreReport

HEADER = ("section", "name", "agent", "measure", "bin_low", "bin_high", "count",
          "total", "value", "low", "high", "spec_id", "guideline_version",
          "gold_fingerprint")
POOLED = "(all)"
Cells = list[str]
NO_INTERVAL = Interval.missing("not applicable", 0.95)


def format_provenance_csv(report: ScoreReport) -> str:
    """Header and one line per provenance figure (see the module text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    spec = report.spec
    if report.provenance is not None:
        for cells in rows(report.provenance):
            writer.writerow([*cells, spec.id, spec.version, spec.gold_fingerprint])
    return out.getvalue()


def rows(p: Provenance) -> Iterator[Cells]:
    """The figure rows, without the spec columns, in section order."""
    for s in p.sources:
        yield _row("source", s.source, "accuracy", s.correct, s.gold_answered,
                   s.accuracy, s.interval)
    for a in p.agents:
        yield _row("agent", a.agent, "accuracy", a.correct, a.gold_answered,
                   a.accuracy, a.interval)
    for r in p.reviewers:
        yield _row("reviewer", r.reviewer, "accuracy", r.correct, r.gold_reviewed,
                   r.accuracy, r.interval)
        yield _row("reviewer", r.reviewer, "acceptance", r.kept, r.prelabelled,
                   r.acceptance)
        yield _row("reviewer", r.reviewer, "rubber_stamp", r.stamped,
                   r.wrong_prelabels, r.rubber_stamp)
    for k in p.prelabels:
        yield _row("prelabel", k.annotator, "acceptance", k.kept, k.prelabelled,
                   k.acceptance)
        yield _row("prelabel", k.annotator, "rubber_stamp", k.stamped,
                   k.wrong_prelabels, k.rubber_stamp)
    if p.calibrated:
        yield from _calibration(CalibrationGroup(POOLED, "", p.calibrated,
                                                 p.reliability, p.ece))
    for g in p.calibration_groups:
        yield from _calibration(g)
    for version, n in p.other_versions:
        yield ["guideline_version", version, "", "rows", "", "", str(n), "", "",
               "", ""]


def _calibration(g: CalibrationGroup) -> Iterator[Cells]:
    yield ["calibration", g.source, g.agent, "ece", "", "", "", str(g.calibrated),
           _number(g.ece), "", ""]
    for b in g.reliability:
        if b.count:
            yield from _bin(g, b)


def _bin(g: CalibrationGroup, b: ReliabilityBin) -> Iterator[Cells]:
    where = ["reliability", g.source, g.agent]
    edges = [repr(b.low), repr(b.high)]
    yield [*where, "accuracy", *edges, str(b.correct), str(b.count),
           _number(b.accuracy), "", ""]
    yield [*where, "confidence", *edges, "", str(b.count), _number(b.confidence),
           "", ""]


def _row(section: str, name: str, measure: str, count: int, total: int,
         value: Figure, interval: Interval = NO_INTERVAL) -> Cells:
    low = "" if interval is NO_INTERVAL else _edge(interval.low)
    high = "" if interval is NO_INTERVAL else _edge(interval.high)
    return [section, name, "", measure, "", "", str(count), str(total),
            _number(value), low, high]


def _edge(value: float | None) -> str:
    return "n/a" if value is None else repr(value)


def _number(value: Figure) -> str:
    return "n/a" if value.value is None else repr(value.value)

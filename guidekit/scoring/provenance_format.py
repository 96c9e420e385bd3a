"""Provenance in the reports: JSON object, and titled tables for text formats.

JSON "provenance" is null when no answer carried a provenance column,
else {rows, sources [{source, answers, gold_answered, correct, accuracy,
interval}], prelabels [{annotator, prelabelled, kept, acceptance,
wrong_prelabels, stamped, rubber_stamp}] (highest rubber-stamp rate
first), unknown_prelabels {count, values, examples}, calibration {rows,
ece, bins [{low, high, count, confidence, accuracy}]}, guideline_versions
{spec, other [{version, rows}], other_rows}}.
"""

from __future__ import annotations

from typing import Any

from guidekit.scoring.diag_sections import TEXT_ROWS, Section
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.layout import align
from guidekit.scoring.provenance_report import Provenance


def provenance_json(p: Provenance | None) -> dict[str, Any] | None:
    """The JSON object, or None."""
    if p is None:
        return None
    return {
        "rows": p.rows,
        "sources": [{"source": s.source, "answers": s.answers,
                     "gold_answered": s.gold_answered, "correct": s.correct,
                     "accuracy": _figure(s.accuracy),
                     "interval": _interval(s.interval)} for s in p.sources],
        "prelabels": [{"annotator": a.annotator, "prelabelled": a.prelabelled,
                       "kept": a.kept, "acceptance": _figure(a.acceptance),
                       "wrong_prelabels": a.wrong_prelabels, "stamped": a.stamped,
                       "rubber_stamp": _figure(a.rubber_stamp)} for a in p.prelabels],
        "unknown_prelabels": {
            "count": sum(n for _, n in p.unknown_prelabels),
            "values": [{"value": v, "count": n} for v, n in p.unknown_prelabels],
            "examples": [{"file": f, "row": r, "detail": d}
                         for f, r, d in p.unknown_examples]},
        "calibration": {"rows": p.calibrated, "ece": _figure(p.ece), "bins": [
            {"low": b.low, "high": b.high, "count": b.count,
             "confidence": _figure(b.confidence), "accuracy": _figure(b.accuracy)}
            for b in p.reliability]},
        "guideline_versions": {
            "spec": p.spec_version,
            "other": [{"version": v, "rows": n} for v, n in p.other_versions],
            "other_rows": sum(n for _, n in p.other_versions)},
    }


def provenance_sections(p: Provenance | None) -> list[Section]:
    """Per source, pre-labels per annotator, reliability: those with rows."""
    if p is None:
        return []
    found = [
        _cap("provenance: accuracy per source, against gold",
             ("source", "answers", "gold", "correct", "accuracy", "95% interval"),
             [[s.source, str(s.answers), str(s.gold_answered), str(s.correct),
               s.accuracy.text(), s.interval.text()] for s in p.sources]),
        _cap("provenance: pre-labels kept, highest rubber-stamp rate first",
             ("annotator", "prelabelled", "kept", "acceptance",
              "wrong on gold", "kept wrong", "rubber-stamp"),
             [[a.annotator, str(a.prelabelled), str(a.kept), a.acceptance.text(),
               str(a.wrong_prelabels), str(a.stamped), a.rubber_stamp.text()]
              for a in p.prelabels]),
        _cap("provenance: confidence against gold (reliability)",
             ("confidence", "count", "mean confidence", "accuracy"),
             [[f"{b.low:.1f}-{b.high:.1f}", str(b.count), b.confidence.text(),
               b.accuracy.text()] for b in p.reliability if b.count]),
    ]
    return [s for s in found if len(s.rows) > 1]


def provenance_lines(p: Provenance | None) -> list[str]:
    """Sentences: calibration error, other guideline versions, unknown prelabels."""
    if p is None:
        return []
    lines = []
    if p.calibrated:
        lines.append(f"expected calibration error (10 bins, {p.calibrated} gold "
                     f"answers with a confidence): {p.ece.text()}")
    if p.other_versions:
        shown = ", ".join(f"'{v}' ({n})" for v, n in p.other_versions)
        total = sum(n for _, n in p.other_versions)
        lines.append(f"warning: {total} answer(s) labelled under another guideline "
                     f"version than the spec's '{p.spec_version}': {shown}")
    if p.unknown_prelabels:
        shown = ", ".join(f"'{v}' ({n})" for v, n in p.unknown_prelabels[:10])
        lines.append(f"prelabels no label spelling matches (rows kept): {shown}")
    return lines


def provenance_table(p: Provenance | None) -> list[str]:
    """Plain-text lines for the terminal report, each section after a blank."""
    lines: list[str] = []
    for s in provenance_sections(p):
        lines += ["", f"{s.title}:", *align(s.rows, s.right)]
        lines += [f"... and {s.cut} more (all in --format json)"] if s.cut else []
    notes = provenance_lines(p)
    return lines + (["", *notes] if notes else [])


def _cap(title: str, header: tuple[str, ...], body: list[list[str]]) -> Section:
    right = frozenset(range(1, len(header)))
    return Section(title, [list(header), *body[:TEXT_ROWS]], right,
                   max(0, len(body) - TEXT_ROWS))


def _figure(value: Figure) -> dict[str, Any]:
    return {"value": value.value, "undefined": value.undefined}


def _interval(value: Interval) -> dict[str, Any]:
    return {"low": value.low, "high": value.high, "level": value.level,
            "undefined": value.undefined}

"""Provenance in the reports: JSON object, and titled tables for text formats.

JSON "provenance" is null when no answer carried a provenance column,
else {rows, sources [{source, answers, gold_answered, correct, accuracy,
interval}], prelabels [{annotator, prelabelled, kept, acceptance,
wrong_prelabels, stamped, rubber_stamp}] (highest rubber-stamp rate
first), unknown_prelabels {count, values, examples}, calibration {rows,
ece, bins [{low, high, count, confidence, accuracy}], groups [{source,
agent, rows, ece, bins}] (per source and agent, agent "" when the rows
name none)}, guideline_versions {spec, other [{version, rows}],
other_rows}, agents [{agent, answers, gold_answered, correct, accuracy,
interval}], reviewers [{reviewer, reviewed, gold_reviewed, correct,
accuracy, interval, prelabelled, kept, acceptance, wrong_prelabels,
stamped, rubber_stamp}] (lowest accuracy first)}.
"""

from __future__ import annotations

from typing import Any

from guidekit.scoring.diag_sections import TEXT_ROWS, Section, cut
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.layout import align
from guidekit.scoring.provenance_report import (
    CalibrationGroup,
    Provenance,
    ReliabilityBin,
    ReviewerScore,
)
from guidekit.scoring.provenance_text import group_sections


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
        "calibration": {"rows": p.calibrated, "ece": _figure(p.ece),
                        "bins": _bins(p.reliability),
                        "groups": [_group(g) for g in p.calibration_groups]},
        "guideline_versions": {
            "spec": p.spec_version,
            "other": [{"version": v, "rows": n} for v, n in p.other_versions],
            "other_rows": sum(n for _, n in p.other_versions)},
        "agents": [{"agent": a.agent, "answers": a.answers,
                    "gold_answered": a.gold_answered, "correct": a.correct,
                    "accuracy": _figure(a.accuracy),
                    "interval": _interval(a.interval)} for a in p.agents],
        "reviewers": [_reviewer(r) for r in p.reviewers],
    }


def _bins(bins: tuple[ReliabilityBin, ...]) -> list[dict[str, Any]]:
    return [{"low": b.low, "high": b.high, "count": b.count,
             "confidence": _figure(b.confidence), "accuracy": _figure(b.accuracy)}
            for b in bins]


def _group(g: CalibrationGroup) -> dict[str, Any]:
    return {"source": g.source, "agent": g.agent, "rows": g.calibrated,
            "ece": _figure(g.ece), "bins": _bins(g.reliability)}


def _reviewer(r: ReviewerScore) -> dict[str, Any]:
    return {"reviewer": r.reviewer, "reviewed": r.reviewed,
            "gold_reviewed": r.gold_reviewed, "correct": r.correct,
            "accuracy": _figure(r.accuracy), "interval": _interval(r.interval),
            "prelabelled": r.prelabelled, "kept": r.kept,
            "acceptance": _figure(r.acceptance),
            "wrong_prelabels": r.wrong_prelabels, "stamped": r.stamped,
            "rubber_stamp": _figure(r.rubber_stamp)}


def provenance_sections(p: Provenance | None,
                        rows: int = TEXT_ROWS) -> list[Section]:
    """The provenance tables that have rows, `rows` rows at most each."""
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
        *(_cap(title, head, body) for title, head, body in group_sections(p)),
    ]
    return [cut(s, rows) for s in found if len(s.rows) > 1]


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
    return Section(title, [list(header), *body], right, 0)


def _figure(value: Figure) -> dict[str, Any]:
    return {"value": value.value, "undefined": value.undefined}


def _interval(value: Interval) -> dict[str, Any]:
    return {"low": value.low, "high": value.high, "level": value.level,
            "undefined": value.undefined}

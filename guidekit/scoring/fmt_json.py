"""The JSON report, shape "guidekit.score/v1".

Top-level keys: format, spec {id, title, version, path, gold_fingerprint,
gold_items}, scoring {min_gold, pass {accuracy, kappa}}, files, lenient,
labels, totals {rows, gold, non_gold, unknown_labels, duplicates,
duplicates_differing, skipped}, annotators [...], overall {accuracy,
kappa, macro_f1, per_label [...], confusion {rows, columns, labels,
counts}}, unknown_labels {count, values, examples}, duplicates {count,
differing, kept, examples}, skipped {count, rows}, agreement {...} (see
agreement_format; null when not computed), notes {count, kinds {kind:
count}, examples} (records a tool export marks: cancelled, reject, ignore,
rejected assignment are left out; ground truth is kept and noted),
diagnostics {...} (see fmt_diagnostics; null when not computed). Each
annotator also has "settle" (how much more gold a borderline verdict needs).
provenance {...} (see provenance_format; null when no row carries a
provenance column: source, agent, prelabel, confidence, reviewer,
guideline_version). Each annotator and overall also have "kappa_interval"
and "macro_f1_interval": seeded percentile bootstrap intervals (see
bootstrap_kappa; "undefined" says why when there is none).
task {...} (see kinds/fmt.py; null for single_label): multi_label, span and
rating figures, pooled and per annotator. For those kinds `correct` counts
exact matches, `accuracy` is the exact-match rate, `confusion` is over
scale points (rating) or empty, and agreement, diagnostics and provenance
are null.

Every figure is an object {"value": number | null, "undefined": reason |
null}; an interval is {"low", "high", "level", "undefined"}. Confusion
counts are rows gold, columns given, in the order of `labels`. Annotators
come worst first, as in every format. Numbers are not rounded. Keys are
only ever added within v1; a change of meaning gets a new format name.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from guidekit.scoring.agreement_format import agreement_json
from guidekit.scoring.buckets import RowRef
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.fmt_diagnostics import diagnostics_json, settle_json
from guidekit.scoring.labelscores import LabelScore
from guidekit.scoring.provenance_format import provenance_json
from guidekit.scoring.report import AnnotatorScore, ScoreReport

FORMAT = "guidekit.score/v1"
#: What json.dumps(value, ensure_ascii=False) makes anew on every call.
ENCODER = json.JSONEncoder(ensure_ascii=False)


def format_json(report: ScoreReport) -> str:
    """The whole report as JSON, one top-level key (and one annotator) a line.

    Each line is written by json's C encoder, which `indent` would turn
    off: for a thousand annotators indenting costs more than the rest.
    """
    lines = [f"  {_dumps(key)}: {_value(value)}"
             for key, value in as_json(report).items()]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _value(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "[\n" + ",\n".join(f"    {_dumps(v)}" for v in value) + "\n  ]"
    return _dumps(value)


def _dumps(value: Any) -> str:
    return ENCODER.encode(value)


def as_json(report: ScoreReport) -> dict[str, Any]:
    spec, totals = report.spec, report.totals
    return {
        "format": FORMAT,
        "spec": {k: getattr(spec, k) for k in
                 ("id", "title", "version", "path", "gold_fingerprint",
                  "gold_items")},
        "scoring": {"min_gold": spec.min_gold,
                    "pass": {"accuracy": spec.pass_accuracy,
                             "kappa": spec.pass_kappa}},
        "files": list(report.files),
        "lenient": report.lenient,
        "labels": list(report.labels),
        "totals": asdict(totals),
        "annotators": [
            _annotator(a) | settle_json(a, spec.pass_accuracy, spec.pass_kappa)
            for a in report.annotators],
        "overall": _overall(report),
        "unknown_labels": {
            "count": totals.unknown_labels,
            "values": [{"value": v, "count": n} for v, n in report.unknown_values],
            "examples": _refs(report.unknown_examples)},
        "duplicates": {"count": totals.duplicates,
                       "differing": totals.duplicates_differing, "kept": "first",
                       "examples": _refs(report.duplicate_examples)},
        "skipped": {"count": totals.skipped, "rows": _refs(report.skipped)},
        "agreement": agreement_json(report.agreement),
        "notes": {"count": sum(n for _, n in report.notes),
                  "kinds": dict(report.notes),
                  "examples": _refs(report.note_examples)},
        "diagnostics": diagnostics_json(report.diagnostics),
        "provenance": provenance_json(report.provenance),
        "task": _task(report),
    }


def _task(report: ScoreReport) -> dict[str, Any] | None:
    if report.task is None:
        return None
    from guidekit.scoring.kinds.fmt import task_json  # other task kinds only
    return task_json(report.task)


def figure(value: Figure) -> dict[str, Any]:
    return {"value": value.value, "undefined": value.undefined}


def interval(value: Interval) -> dict[str, Any]:
    return {"low": value.low, "high": value.high, "level": value.level,
            "undefined": value.undefined}


def _annotator(a: AnnotatorScore) -> dict[str, Any]:
    return {
        "annotator": a.annotator, "gold_answered": a.gold_answered,
        "correct": a.correct, "accuracy": figure(a.accuracy),
        "interval": interval(a.interval), "kappa": figure(a.kappa),
        "kappa_interval": interval(a.kappa_interval),
        "chance_agreement": figure(a.chance), "macro_f1": figure(a.macro_f1),
        "macro_f1_interval": interval(a.macro_f1_interval),
        "verdict": a.verdict, "reasons": list(a.reasons),
        # as asdict would make them, without its deep copy (a costly one here)
        "flags": [{"name": f.name, "reason": f.reason} for f in a.flags],
        "confusion": [list(row) for row in a.confusion],
        "top_confusions": [{"gold": c.gold, "given": c.given, "count": c.count}
                           for c in a.top_confusions],
        "non_gold": a.non_gold, "unknown_labels": a.unknown_labels,
        "duplicates": a.duplicates,
    }


def _overall(report: ScoreReport) -> dict[str, Any]:
    overall = report.overall
    return {
        "accuracy": figure(overall.accuracy), "kappa": figure(overall.kappa),
        "kappa_interval": interval(overall.kappa_interval),
        "macro_f1": figure(overall.macro_f1),
        "macro_f1_interval": interval(overall.macro_f1_interval),
        "per_label": [_label(s) for s in overall.per_label],
        "confusion": {"rows": "gold", "columns": "given",
                      "labels": list(report.labels),
                      "counts": [list(row) for row in overall.confusion]},
    }


def _label(s: LabelScore) -> dict[str, Any]:
    return {"label": s.label, "gold": s.gold, "given": s.given,
            "correct": s.correct, "precision": figure(s.precision),
            "recall": figure(s.recall), "f1": figure(s.f1)}


def _refs(refs: tuple[RowRef, ...]) -> list[dict[str, Any]]:
    return [{"file": r.path, "row": r.row, "detail": r.detail} for r in refs]

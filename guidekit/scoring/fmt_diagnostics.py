"""Diagnostics and borderline verdicts in the JSON, table and Markdown reports.

JSON key "diagnostics": {per_rule, per_tag, per_difficulty: [{name,
items, answers, correct, accuracy, interval}], confusions: [{gold, given,
count, share, declared, rules: [{rule, label, why}]}], suspect_gold:
{rule: {passing, min_answers, min_share}, items: [{item, gold, crowd,
agreeing, passing, counts: {label: n}}]}, flagged: [{annotator, flags,
answered, gold_answered, accuracy, interval, kappa}]}, or null. Each
annotator also gets "settle": null unless the verdict is borderline,
then {"more_gold": n or null (never), "towards": "pass" | "fail" | null,
"kappa": null or the same pair for kappa}: the first pair is for
accuracy (an exact count, settle.more_gold; 0 when accuracy is already
settled), "kappa" an estimate when the kappa interval straddles the
kappa threshold (settle.more_gold_interval).
The text reports (guidekit.scoring.diag_sections) show fewer rows.
"""

from __future__ import annotations

from typing import Any

from guidekit.scoring.diagnostics import Diagnostics, GroupScore
from guidekit.scoring.figures import Interval
from guidekit.scoring.report import AnnotatorScore
from guidekit.scoring.settle import more_gold, more_gold_interval


def settle_json(a: AnnotatorScore, threshold: float | None,
                kappa_threshold: float | None = None) -> dict[str, Any]:
    """{"settle": ...} for one annotator; see the module text."""
    p = a.accuracy.value
    if a.verdict != "borderline" or threshold is None or p is None:
        return {"settle": None}
    found = more_gold(p, a.gold_answered, threshold)
    more, towards = (None, None) if found is None else found
    return {"settle": {"more_gold": more, "towards": towards,
                       "kappa": _kappa_settle(a, kappa_threshold)}}


def _kappa_settle(a: AnnotatorScore, threshold: float | None) -> dict[str, Any] | None:
    value, span = a.kappa.value, a.kappa_interval
    if threshold is None or value is None or span.low is None or span.high is None:
        return None
    if not span.low < threshold <= span.high:
        return None
    found = more_gold_interval(value, span.low, span.high, a.gold_answered,
                               threshold)
    more, towards = (None, None) if found is None else found
    return {"more_gold": more, "towards": towards}


def diagnostics_json(d: Diagnostics | None) -> dict[str, Any] | None:
    if d is None:
        return None
    rule = d.suspect_rule
    return {
        "per_rule": [_group(g) for g in d.per_rule],
        "per_tag": [_group(g) for g in d.per_tag],
        "per_difficulty": [_group(g) for g in d.per_difficulty],
        "confusions": [{
            "gold": c.gold, "given": c.given, "count": c.count,
            "share": _figure(c.share.value, c.share.undefined),
            "declared": c.declared,
            "rules": [{"rule": r.rule, "label": r.label, "why": r.why}
                      for r in c.rules]} for c in d.confusions],
        "suspect_gold": {
            "rule": {"passing": rule.passing, "min_answers": rule.min_answers,
                     "min_share": rule.min_share},
            "items": [{"item": s.item, "gold": s.gold, "crowd": s.crowd,
                       "agreeing": s.agreeing, "passing": s.passing,
                       "counts": dict(s.counts)} for s in d.suspect_gold]},
        "flagged": [{
            "annotator": f.annotator, "flags": list(f.flags),
            "answered": f.answered, "gold_answered": f.gold_answered,
            "accuracy": _figure(f.accuracy.value, f.accuracy.undefined),
            "interval": _interval(f.interval), "kappa": _figure(
                f.kappa.value, f.kappa.undefined)} for f in d.flagged],
    }


def _group(g: GroupScore) -> dict[str, Any]:
    return {"name": g.name, "items": g.items, "answers": g.answers,
            "correct": g.correct,
            "accuracy": _figure(g.accuracy.value, g.accuracy.undefined),
            "interval": _interval(g.interval)}


def _figure(value: float | None, undefined: str | None) -> dict[str, Any]:
    return {"value": value, "undefined": undefined}


def _interval(i: Interval) -> dict[str, Any]:
    return {"low": i.low, "high": i.high, "level": i.level, "undefined": i.undefined}
